import { config } from "@/lib/config";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { isTimeZone } from "@/lib/i18n/time-zones";
import { db } from "@/lib/db";
import { ownOrigin } from "@/lib/http/request-guard";
import { verifyApiToken } from "./api-tokens";
import { auth } from "./auth";
import type { Role } from "./roles";

// Who is calling (issue 11): a signed-in user (the session cookie) or an API token
// (Authorization: Bearer hf_…). routeHandler authenticates every non-public route here once and
// hands the actor to the handler, which records it in the audit log.

type UserActor = {
  kind: "user";
  userId: string;
  name: string;
  email: string;
  role: Role;
  /** The UI language the user chose; null follows the browser. */
  locale?: Locale | null;
  /** The IANA time zone the user chose; null follows the browser's. */
  timeZone?: string | null;
  sessionId: string;
  /** Set-Cookie values that extend the session cookie when Better Auth extended the session (once a day of use). */
  refreshCookies?: string[];
};
type TokenActor = { kind: "token"; userId: string; name: string; role: Role; tokenId: string; tokenName: string };
export type Actor = (UserActor | TokenActor) & { ip: string | null };

/** Whether the browser reached the app over HTTPS (X-Forwarded-Proto counts only with HOOKFLOW_TRUST_PROXY=1). */
export function isHttps(request: Request): boolean {
  return ownOrigin(new URL(request.url), request.headers).startsWith("https:");
}

/**
 * The caller's address. Hookflow's own server (scripts/server.mjs) rewrites X-Forwarded-For
 * before the app sees it: without HOOKFLOW_TRUST_PROXY it is the socket's address alone (the
 * last and only entry); with it, the socket's address (the proxy's) is appended to what the proxy
 * sent, so the entry before it is the client as the proxy saw it, whether the proxy overwrote
 * the header or appended to one the client made up (nginx's $proxy_add_x_forwarded_for). One
 * proxy in front is assumed; entries further left are the client's own claims.
 */
export function clientAddress(headers: Headers, trustProxy = config().trustProxy): string | null {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const address = trustProxy ? (entries.at(-2) ?? entries.at(-1)) : entries.at(-1);
  return address ? address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "").slice(0, 100) : null;
}

/** The caller of a request, or null when it has no valid credentials. A Bearer header that fails is not retried as a cookie. */
export async function authenticate(request: Request): Promise<Actor | null> {
  const ip = clientAddress(request.headers);
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const token = bearer ? await verifyApiToken(bearer[1]) : null;
    if (!token) return null;
    const creator = await db.user.findUnique({ where: { id: token.userId }, select: { name: true } });
    if (!creator) return null;
    return { kind: "token", userId: token.userId, name: creator.name, role: token.role, tokenId: token.tokenId, tokenName: token.name, ip };
  }
  return sessionActor(request.headers, isHttps(request), ip);
}

/** The signed-in user of a request's session cookie, or null (none, expired, signed out, or deactivated). */
export async function sessionActor(headers: Headers, secure: boolean, ip = clientAddress(headers)): Promise<Actor | null> {
  if (!headers.get("cookie")) return null;
  const { headers: answer, response: found } = await auth(secure).api.getSession({
    headers,
    query: { disableCookieCache: true },
    returnHeaders: true,
  });
  // With the cookie cache off, Better Auth read the session and its user from the database just
  // now: role and deactivation are the row's, so a change applies at once.
  const user = found?.user;
  if (!user || user.deactivatedAt) return null;
  const refreshCookies = answer.getSetCookie();
  return {
    kind: "user",
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Role,
    locale: isLocale(user.locale) ? user.locale : null,
    timeZone: isTimeZone(user.timeZone) ? user.timeZone : null,
    sessionId: found.session.id,
    ip,
    ...(refreshCookies.length ? { refreshCookies } : {}),
  };
}

/** How an actor is named in the audit log and on a run's page: "Ada" or "Ada via the API token CRM sync". */
export function actorLabel(actor: Pick<Actor, "name"> & ({ kind: "user" } | { kind: "token"; tokenName: string })): string {
  return actor.kind === "token" ? `${actor.name} via the API token ${actor.tokenName}` : actor.name;
}
