import { randomUUID } from "node:crypto";
import { createApiToken } from "@/lib/auth/api-tokens";
import type { Role } from "@/lib/auth/roles";
import { createUser } from "@/lib/auth/users";

// Calls a route handler the way Next does: a real Request in, a real Response out, as a caller
// with real credentials: by default an Owner's API token (each role's user and token are
// created once per test file, in its database), or `as` another role, or "anonymous" for none.
type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export type CallOptions<P> = {
  params?: P;
  body?: unknown;
  /** Sent as is, for malformed or oversized bodies. */
  rawBody?: string;
  headers?: Record<string, string>;
  query?: Record<string, string>;
  method?: string;
  /** Where the app is reached, e.g. "https://hookflow.example" (default http://localhost). */
  origin?: string;
  /** Who calls: a role (its API token is sent), or "anonymous" (no credentials). Default OWNER; a given Authorization header wins. */
  as?: Role | "anonymous";
};

const tokens = new Map<Role, Promise<string>>();

/** An API token acting as `role`, made by a user of that role (once per test file). */
export function testToken(role: Role): Promise<string> {
  let token = tokens.get(role);
  if (!token) {
    token = (async () => {
      const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.hookflow.invalid`;
      const user = await createUser({ name: `Test ${role.toLowerCase()}`, email, password: `test password ${randomUUID()}` }, role);
      return (await createApiToken({ id: user.id, role }, { name: `${role.toLowerCase()} tests`, role })).token;
    })();
    tokens.set(role, token);
  }
  return token;
}

export async function callRoute<P = Record<string, never>>(handler: Handler<P>, options: CallOptions<P> = {}) {
  const url = new URL("/api/test", options.origin ?? "http://localhost");
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const hasBody = options.body !== undefined || options.rawBody !== undefined;
  const as = options.as ?? "OWNER";
  const credentials: Record<string, string> = as === "anonymous" ? {} : { authorization: `Bearer ${await testToken(as)}` };
  const request = new Request(url, {
    method: options.method ?? (hasBody ? "POST" : "GET"),
    headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...credentials, ...options.headers },
    body: options.rawBody ?? (options.body !== undefined ? JSON.stringify(options.body) : undefined),
  });
  const response = await handler(request, { params: Promise.resolve((options.params ?? {}) as P) });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the route answered.
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}
