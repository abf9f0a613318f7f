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
// invitation (lib/auth/users.ts), which check the password policy first.

function createAuth() {
  return betterAuth({
    database: prismaAdapter(db, { provider: databaseKind(databaseUrl()) === "postgresql" ? "postgresql" : "sqlite" }),
    secret: derivedKey("auth-session"),
    // Creating a user (setup, invitation) does not sign anyone in; signing in does.
    emailAndPassword: { enabled: true, autoSignIn: false, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH },
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "VIEWER", input: false },
        deactivatedAt: { type: "date", required: false, input: false },
      },
    },
    advanced: { cookiePrefix: "hookflow" },
    telemetry: { enabled: false },
  });
}

let instance: ReturnType<typeof createAuth> | undefined;

/** The Better Auth instance, made on first use (it reads the secret key, which tests set per file). */
export function auth(): ReturnType<typeof createAuth> {
  instance ??= createAuth();
  return instance;
}
