import { APIError } from "better-auth/api";
import type { z } from "zod";
import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { signInSchema } from "./account-schemas";
import { auth } from "./auth";
import type { Role } from "./roles";
import { checkSignInAllowed, recordSignInFailure, recordSignInSuccess } from "./sign-in-throttle";

// Signing in and out through Better Auth's API (its HTTP handler is not mounted), so the answer
// keeps Hookflow's error shape, failures are throttled per account and address, and each try
// lands in the audit log. A wrong password and an unknown email get the same answer, after the
// same work (Better Auth hashes the typed password either way).

type Client = { headers: Headers; secure: boolean; ip: string | null };

const badCredentials = () => AppError.of("BAD_CREDENTIALS.wrong");

/** Signs in: the user and the Set-Cookie values of the new session, or BAD_CREDENTIALS (401) / TOO_MANY_ATTEMPTS (429). */
export async function signIn(input: z.input<typeof signInSchema>, client: Client) {
  const { email, password } = signInSchema.parse(input);
  const anonymous = { kind: "anonymous" as const, name: email.slice(0, 200), ip: client.ip };
  try {
    await checkSignInAllowed(email, client.ip);
  } catch (error) {
    await recordAudit(anonymous, { action: "signin.throttled", summary: auditSummary("signin.throttled", { email }) });
    throw error;
  }
  let signedIn: { headers: Headers; response: { user: { id: string } } };
  try {
    signedIn = await auth(client.secure).api.signInEmail({
      body: { email, password, rememberMe: true },
      headers: client.headers,
      returnHeaders: true,
    });
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    await recordSignInFailure(email, client.ip);
    await recordAudit(anonymous, { action: "signin.failed", summary: auditSummary("signin.failed", { email }) });
    throw badCredentials();
  }
  const user = await db.user.findUniqueOrThrow({
    where: { id: signedIn.response.user.id },
    select: { id: true, name: true, email: true, role: true, deactivatedAt: true },
  });
  if (user.deactivatedAt) {
    // The password was right, so saying why tells nothing to someone who did not know it.
    await db.session.deleteMany({ where: { userId: user.id } });
    await recordAudit(anonymous, { action: "signin.failed", summary: auditSummary("signin.deactivated", { email }) });
    throw AppError.of("BAD_CREDENTIALS.deactivated");
  }
  await recordSignInSuccess(email);
  await recordAudit(
    { kind: "user", userId: user.id, name: user.name, email: user.email, role: user.role as Role, sessionId: "", ip: client.ip },
    { action: "signin.succeeded", target: { type: "user", id: user.id }, summary: auditSummary("signin.succeeded", { name: user.name }) },
  );
  return {
    user: { id: user.id, name: user.name, email: user.email, role: user.role as Role },
    setCookies: signedIn.headers.getSetCookie(),
  };
}

/** Ends this browser's session on the server; the Set-Cookie values clear the cookie. */
export async function signOut(client: Client): Promise<string[]> {
  try {
    const { headers } = await auth(client.secure).api.signOut({ headers: client.headers, returnHeaders: true });
    return headers.getSetCookie();
  } catch (error) {
    if (error instanceof APIError) return [];
    throw error;
  }
}
