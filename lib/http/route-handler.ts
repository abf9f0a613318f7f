import { NextResponse } from "next/server";
import { z } from "zod";
import { nulPath, refuseNul } from "@/lib/db/nul-characters";
import { AppError, type ErrorDetail } from "@/lib/errors";
import { englishApiError } from "@/lib/i18n/api-errors";
import { issueCode } from "@/lib/i18n/validation";
import { ERROR_STATUS } from "./error-status";
import { parseJson } from "./parse-json";
import { type Actor, authenticate } from "@/lib/auth/actor";
import { type Access, type Role, roleAtLeast } from "@/lib/auth/roles";
import { SecretKeyError } from "@/lib/secrets/secret-box";
import type { ApiErrorBody, NoContentResponse, TypedResponse } from "./typed-response";

// Every route handler goes through here: one error shape, { error: { code, message, details? } },
// 4xx for anything the caller can fix, and 500 only for our own faults, without internals.

export const MAX_JSON_BYTES = 1024 * 1024;

/** The second argument Next passes a dynamic route's handler: `{ params }: RouteParams<{ id: string }>`. */
export type RouteParams<P> = { params: Promise<P> };
type Context<P> = RouteParams<P>;
type Handler<P, R extends Response = Response> = (request: Request, context: Context<P>) => Promise<R>;
/** A non-public route's handler also gets its authenticated caller. */
type ActorHandler<P, R extends Response = Response> = (request: Request, context: Context<P>, actor: Actor) => Promise<R>;
/** A route handler with the access rule it was declared with (see Access). */
export type RouteHandler<P, R extends Response = Response> = Handler<P, R> & { readonly access: Access };

/**
 * Wraps a route handler: any throw becomes the shared error answer. Every route says here who may
 * call it (`access`: the least role, or "public"), next to its handler, so a route cannot be
 * added without a rule (lib/auth/route-access.test.ts walks app/api). A non-public route is
 * enforced here, in one place: no valid session cookie or Bearer token → 401; a role below
 * `access` → 403 naming the role needed; else the handler runs with the caller as `actor`.
 * A U+0000 in a route parameter (404) or the query string (400) stops here too (withoutNulInAddress).
 * The handler's own response type (from `json()`/`noContent()`) is kept, so
 * `ResponseBody<typeof GET>` (lib/http/typed-response.ts) gives the client the body it receives.
 *
 * For a dynamic route, annotate the context (`async (request, { params }: RouteParams<{ id: string }>) => …`)
 * rather than writing `routeHandler<{ id: string }>(…)`: an explicit type argument stops
 * TypeScript inferring the response type, and the body type becomes `unknown`.
 */
export function routeHandler<P = Record<string, never>, R extends Response = Response>(
  access: "public",
  handler: Handler<P, R>,
): RouteHandler<P, R | TypedResponse<ApiErrorBody>>;
export function routeHandler<P = Record<string, never>, R extends Response = Response>(
  access: Role,
  handler: ActorHandler<P, R>,
): RouteHandler<P, R | TypedResponse<ApiErrorBody>>;
export function routeHandler<P, R extends Response>(
  access: Access,
  handler: ActorHandler<P, R>,
): RouteHandler<P, R | TypedResponse<ApiErrorBody>> {
  const wrapped: Handler<P, R | TypedResponse<ApiErrorBody>> = async (request, context) => {
    try {
      if (access === "public") return await (handler as Handler<P, R>)(request, await withoutNulInAddress(request, context));
      const actor = await authenticate(request);
      if (!actor) {
        throw AppError.of(request.headers.has("authorization") ? "UNAUTHENTICATED.token" : "UNAUTHENTICATED.session");
      }
      if (!roleAtLeast(actor.role, access)) {
        // The actor's label in parts ("Ada via the API token CRM sync"), so the UI words it in its language.
        const named: Record<string, string> =
          actor.kind === "token" ? { actorKind: "token", tokenName: actor.tokenName } : { actorKind: "user" };
        throw AppError.of("FORBIDDEN.role", { need: access, role: actor.role, actorName: actor.name, ...named });
      }
      const response = await handler(request, await withoutNulInAddress(request, context), actor);
      // A session in use stays signed in: Better Auth extends it once a day, and the browser's cookie with it.
      return actor.kind === "user" ? withCookies(response, actor.refreshCookies ?? []) : response;
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(wrapped, { access });
}

/**
 * Refuses U+0000 in the address before any handler sees it (lib/db/nul-characters.ts): a route
 * parameter holding one names nothing (404), a query string holding one is answered 400, alike on
 * SQLite and PostgreSQL (whose text cannot hold it). Returns the context with its parameters read.
 */
async function withoutNulInAddress<P>(request: Request, context: Context<P>): Promise<Context<P>> {
  const params = await context?.params;
  if (nulPath(params) !== null) throw AppError.of("NOT_FOUND.nulAddress");
  for (const [name, value] of new URL(request.url).searchParams) refuseNul({ [name]: value }, "query");
  return { ...context, params: Promise.resolve(params as P) };
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/**
 * JSON 405 handlers for the methods a route does not have (Next's own 405 has no body):
 * `export const { PUT, PATCH, DELETE } = otherMethods({ GET, POST });`
 */
export function otherMethods(
  allowed: Partial<Record<Method, unknown>>,
): Record<Method, RouteHandler<unknown, TypedResponse<ApiErrorBody>>> {
  const allow = METHODS.filter((method) => allowed[method]).join(", ");
  // Public: it only says which methods the route takes.
  const refuse = routeHandler<unknown, TypedResponse<ApiErrorBody>>("public", async (request) =>
    json(
      { error: { code: "METHOD_NOT_ALLOWED", message: `${new URL(request.url).pathname} does not take ${request.method}. Use ${allow}.` } },
      405,
      { Allow: allow },
    ),
  );
  return Object.fromEntries(METHODS.map((method) => [method, refuse])) as Record<Method, typeof refuse>;
}

export function errorResponse(error: unknown): TypedResponse<ApiErrorBody> {
  if (error instanceof AppError) {
    return json(
      {
        error: {
          code: error.code,
          ...(error.text ? { key: error.text.key, ...(error.text.params ? { params: error.text.params } : {}) } : {}),
          message: error.message,
          ...(error.details ? { details: error.details } : {}),
        },
      },
      ERROR_STATUS[error.code],
      error.headers,
    );
  }
  if (error instanceof z.ZodError) {
    const details = zodDetails(error);
    // One issue is the sentence itself (after its field's path); several point to the details.
    if (details.length !== 1) return errorResponse(AppError.of("VALIDATION_FAILED.fields", undefined, { details }));
    return errorResponse(
      details[0].path
        ? AppError.ofIssues("VALIDATION_FAILED.field", details, { path: details[0].path })
        : AppError.ofIssues("VALIDATION_FAILED.issue", details),
    );
  }
  if (error instanceof SecretKeyError) {
    return json({ error: { code: error.code, ...error.text, message: error.message } }, 409);
  }
  const prismaCode = (error as { code?: unknown })?.code;
  if (prismaCode === "P2025") return errorResponse(AppError.of("NOT_FOUND.item"));
  if (prismaCode === "P2002") return errorResponse(AppError.of("CONFLICT.unique"));
  // Log the kind of failure, not the error object: messages may quote request data.
  console.error(
    `[hookflow] unhandled error in route: ${(error as Error)?.name ?? typeof error}: ${String((error as Error)?.message ?? "").slice(0, 300)}`,
  );
  return json({ error: { code: "INTERNAL", key: "INTERNAL", message: englishApiError("INTERNAL") } }, 500);
}

/** Each issue's path and English message, with the validation catalog's code and params the UI translates it by (lib/i18n/validation.ts). */
function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message, ...issueCode(issue) }));
}

/** A JSON answer whose type carries its body's type (see TypedResponse). */
export function json<T>(body: T, status = 200, headers?: HeadersInit): TypedResponse<T> {
  return NextResponse.json(body, { status, headers });
}

/** The response with these Set-Cookie values added (a session's cookie from sign-in, sign-out or its daily extension). */
export function withCookies<R extends Response>(response: R, setCookies: string[]): R {
  for (const cookie of setCookies) response.headers.append("Set-Cookie", cookie);
  return response;
}

export function noContent(): NoContentResponse {
  return new Response(null, { status: 204 });
}

/** Reads a JSON body: 415 for another content type, 413 over the limit, 400 for malformed JSON or a failed schema. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_JSON_BYTES): Promise<z.output<S>> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/([a-z.+-]*\+)?json\b/i.test(contentType.trim())) {
    throw AppError.of("UNSUPPORTED_MEDIA_TYPE.json");
  }
  const text = await readLimitedText(request, maxBytes);
  // parseJson answers malformed (400), too deep (400) and too many keys (413) itself.
  const value = text.length ? parseJson(text) : undefined;
  if (value === undefined) throw AppError.of("MISSING_BODY");
  return schema.parse(value);
}

/** Reads the body as text, stopping (413) as soon as it passes maxBytes, whatever Content-Length says. */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => AppError.of("PAYLOAD_TOO_LARGE", { kib: String(Math.round(maxBytes / 1024)) });
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Validates URL search params (single values) with a schema. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  return schema.parse(params);
}

/**
 * Validates a route parameter, answering 404 (not 400) when it cannot name anything: the not-found
 * error of what it names, `readParam(id, recordIdSchema, () => AppError.of("NOT_FOUND.record", { id }))`.
 */
export function readParam<S extends z.ZodType>(value: string, schema: S, notFound: () => AppError): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
