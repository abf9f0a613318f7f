import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { databaseKind, databaseUrl } from "@/lib/db/database-url";
import { db } from "@/lib/db";
import { derivedKey } from "@/lib/secrets/secret-box";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy";

// Sign-in and sessions with Better Auth (issue 11): a well-kept library rather than our own
// session and password code. Email and password only; passwords are hashed with scrypt (its
// default, memory-hard); sessions live in the Session table and in an HttpOnly, SameSite=Lax
// cookie. Users are never created by signing up: the owner is created at setup, the others by
// invitation (lib/auth/users.ts), which check the password policy first; Better Auth's own
// sign-up is off. Its HTTP handler is not mounted: Hookflow's routes (app/api/session, setup,
// invitations) call its API, so every answer keeps Hookflow's error shape and throttling.
//
// Two instances: the session cookie is Secure (and named __Secure-hookflow.session_token) when
// the browser reached the app over HTTPS, and plain on http://, e.g. a LAN install without TLS,
// where a browser would drop a Secure cookie and sign-in would never stick.

function createAuth(secure: boolean) {
  return betterAuth({
    database: prismaAdapter(db, { provider: databaseKind(databaseUrl()) === "postgresql" ? "postgresql" : "sqlite" }),
    secret: derivedKey("auth-session"),
    // Creating a user (setup, invitation) does not sign anyone in; signing in does.
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      autoSignIn: false,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "VIEWER", input: false },
        deactivatedAt: { type: "date", required: false, input: false },
        locale: { type: "string", required: false, input: false },
        timeZone: { type: "string", required: false, input: false },
      },
    },
    // The web server's address is not known in advance (any Host); nothing here builds absolute URLs.
    baseURL: "http://localhost",
    advanced: { cookiePrefix: "hookflow", useSecureCookies: secure },
    // Sign-in throttling is Hookflow's own (lib/auth/sign-in-throttle.ts), per account and per address.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
  });
}

type Auth = ReturnType<typeof createAuth>;
const instances = new Map<boolean, Auth>();

/** The Better Auth instance for http:// (secure false) or https:// requests, made on first use (it reads the secret key, which tests set per file). */
export function auth(secure = false): Auth {
  let instance = instances.get(secure);
  if (!instance) {
    instance = createAuth(secure);
    instances.set(secure, instance);
  }
  return instance;
}

/**
 * Deletes up to `limit` sessions and one-time values that expired by `now`; returns how many.
 * Better Auth deletes an expired session only when its cookie comes back, and expired
 * verification values when it looks one up, so a browser that never returns would leave its
 * session for ever. For the retention sweep (lib/retention).
 */
export async function deleteExpiredAuthRows(now: Date, limit: number): Promise<number> {
  const expired = { expiresAt: { lte: now } };
  const sessions = await db.session.findMany({ where: expired, take: limit, select: { id: true } });
  let deleted = sessions.length
    ? (await db.session.deleteMany({ where: { id: { in: sessions.map((row) => row.id) }, ...expired } })).count
    : 0;
  if (deleted < limit) {
    const values = await db.verification.findMany({ where: expired, take: limit - deleted, select: { id: true } });
    if (values.length)
      deleted += (await db.verification.deleteMany({ where: { id: { in: values.map((row) => row.id) }, ...expired } })).count;
  }
  return deleted;
}
