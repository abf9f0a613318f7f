import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { apiHandlers } from "@/test/api-routes";
import { callRoute, testToken } from "@/test/call-route";
import { createApiToken, revokeApiToken } from "./api-tokens";
import { auth } from "./auth";
import { type Role, roleAtLeast } from "./roles";
import { createUser } from "./users";

// Every non-public route under app/api (found from the files) × every kind of caller: what each
// gets. No credentials, a wrong, revoked or expired token, a deactivated user's session or token
// → 401; a role below the route's → 403; the route's role or higher → neither (the handler runs:
// with the placeholder parameters below that is usually a 404 or 415, never a refusal).

const PASSWORD = "route credentials password";
// A value for every dynamic segment any route has.
const PARAMS = { id: "x", actionId: "x", appId: "1", name: "x", token: "x", path: ["x"] };

type Caller = { label: string; headers: Record<string, string>; role: Role | null };

async function sessionCookie(email: string): Promise<string> {
  const { headers } = await auth().api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
  const cookie = headers.getSetCookie().find((value) => value.startsWith("hookflow.session_token="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0];
}

async function userWithSession(role: Role, email: string) {
  const user = await createUser({ name: `Session ${role}`, email, password: PASSWORD }, role);
  return { user, cookie: await sessionCookie(email) };
}

const callers: Caller[] = [];

beforeAll(async () => {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const revoked = await createApiToken(
    { id: (await createUser({ name: "Revoker", email: "revoker@example.com", password: PASSWORD }, "OWNER")).id, role: "OWNER" },
    { name: "revoked", role: "OWNER" },
  );
  await revokeApiToken(revoked.id);
  const expired = await createApiToken(
    { id: (await db.user.findFirstOrThrow({ where: { email: "revoker@example.com" } })).id, role: "OWNER" },
    { name: "expired", role: "OWNER", expiresInDays: 1 },
  );
  await db.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

  // A deactivated user's session and token: deactivatedAt set directly, with the session row left in
  // place, so this checks that a session is refused for the deactivation itself.
  const gone = await userWithSession("OWNER", "deactivated@example.com");
  const goneToken = await createApiToken({ id: gone.user.id, role: "OWNER" }, { name: "deactivated", role: "OWNER" });
  await db.user.update({ where: { id: gone.user.id }, data: { deactivatedAt: new Date() } });

  const viewer = await userWithSession("VIEWER", "viewer-session@example.com");
  const admin = await userWithSession("ADMIN", "admin-session@example.com");

  callers.push(
    { label: "no credentials", headers: {}, role: null },
    { label: "a wrong token", headers: bearer("hf_thisisnotatokenthisisnotatokenthisisnot1234"), role: null },
    { label: "a Basic header", headers: { authorization: "Basic b3duZXI6cGFzc3dvcmQ=" }, role: null },
    { label: "a revoked token", headers: bearer(revoked.token), role: null },
    { label: "an expired token", headers: bearer(expired.token), role: null },
    { label: "a deactivated user's session", headers: { cookie: gone.cookie }, role: null },
    { label: "a deactivated user's token", headers: bearer(goneToken.token), role: null },
    { label: "a forged session cookie", headers: { cookie: "hookflow.session_token=forged.value" }, role: null },
    { label: "a Viewer's session", headers: { cookie: viewer.cookie }, role: "VIEWER" },
    { label: "an Admin's session", headers: { cookie: admin.cookie }, role: "ADMIN" },
  );
  for (const role of ["VIEWER", "EDITOR", "ADMIN", "OWNER"] as const) {
    callers.push({ label: `a ${role} token`, headers: bearer(await testToken(role)), role });
  }
});

describe("every route × every kind of caller", () => {
  it("answers 401 without valid credentials, 403 below the route's role, and runs the handler otherwise", async () => {
    // "Sign out of all sessions" ends the sessions the callers below use: it goes last.
    const endsSessions = (route: string, method: string) => method === "DELETE" && route === "/api/sessions";
    const routes = (await apiHandlers())
      .filter(({ handler }) => handler.access !== "public")
      .sort((a, b) => Number(endsSessions(a.route, a.method)) - Number(endsSessions(b.route, b.method)));
    expect(routes.length).toBeGreaterThan(40);
    const wrong: string[] = [];
    let checked = 0;
    for (const { route, method, handler } of routes) {
      for (const caller of callers) {
        const access = handler.access as Role;
        const response = await callRoute(handler, { method, params: PARAMS, headers: caller.headers, as: "anonymous" });
        checked++;
        const expected = caller.role === null ? 401 : roleAtLeast(caller.role, access) ? "ran" : 403;
        const got = response.status === 401 || response.status === 403 ? response.status : "ran";
        if (got !== expected) wrong.push(`${method} ${route} (${access}) as ${caller.label}: ${response.status}, expected ${expected}`);
        if (expected === 401) expect(response.json.error.code).toBe("UNAUTHENTICATED");
        if (expected === 403) expect(response.json.error.message).toMatch(/^This needs the (Editor|Admin|Owner) role or higher/);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(routes.length * callers.length);
  });
});
