import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { issueCode } from "@/lib/i18n/validation";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { type NewUser, newUserSchema, userChangeSchema } from "./account-schemas";
import { passwordSchema } from "./password-policy";
import { type Role, roleAtLeast } from "./roles";

/**
 * Creates a user with a password and a role; Better Auth hashes it (scrypt). The caller decides
 * who may: setup (the first owner), an invitation, the bootstrap variables or `npm run user:create`.
 */
export async function createUser(input: NewUser, role: Role) {
  const { name, email, password } = newUserSchema.parse(input);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw AppError.of("CONFLICT.userEmail");
  }
  const context = await auth().$context;
  const hash = await context.password.hash(password);
  const user = await context.internalAdapter.createUser({ name, email, emailVerified: false, role }, { method: "email-password" });
  await context.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  return { id: user.id, name: user.name, email: user.email, role };
}

/** Sets a user's password (npm run user:reset-password) and ends their sessions. */
export async function setPassword(email: string, password: string) {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw AppError.ofIssues("VALIDATION_FAILED.issue", [{ path: "password", message: issue.message, ...issueCode(issue) }]);
  }
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  if (!user) throw AppError.of("NOT_FOUND.userEmail", { email: email.trim().slice(0, 320) });
  const context = await auth().$context;
  const hash = await context.password.hash(parsed.data);
  if (await context.internalAdapter.findCredentialAccount?.(user.id)) await context.internalAdapter.updatePassword(user.id, hash);
  else await context.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  await db.session.deleteMany({ where: { userId: user.id } });
  return user;
}

const userFields = { id: true, name: true, email: true, role: true, deactivatedAt: true, createdAt: true } as const;

export async function listUsers() {
  const users = await db.user.findMany({ select: userFields, orderBy: { createdAt: "asc" } });
  return users.map(userView);
}

function userView(user: { id: string; name: string; email: string; role: string; deactivatedAt: Date | null; createdAt: Date }) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role as Role,
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

/**
 * Changes a user's role or deactivates (or reactivates) them, as `actor`. Nobody gives a role above
 * their own, nor changes someone ranked above them; the last active Owner cannot be demoted or
 * deactivated. Deactivation ends the user's sessions at once (their API tokens stop with them).
 */
export async function changeUser(actor: { userId: string; role: Role }, userId: string, input: z.input<typeof userChangeSchema>) {
  const change = userChangeSchema.parse(input);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: userFields });
    if (!user) throw AppError.of("NOT_FOUND.user", { id: userId });
    if (!roleAtLeast(actor.role, user.role as Role)) {
      throw AppError.of("FORBIDDEN.changeAbove", { role: user.role, own: actor.role });
    }
    if (change.role && !roleAtLeast(actor.role, change.role)) {
      throw AppError.of("FORBIDDEN.giveAbove", { own: actor.role });
    }
    const losesOwner =
      user.role === "OWNER" && !user.deactivatedAt && ((change.role && change.role !== "OWNER") || change.deactivated === true);
    if (losesOwner && (await tx.user.count({ where: { role: "OWNER", deactivatedAt: null } })) <= 1) {
      throw AppError.of("LAST_OWNER");
    }
    const deactivatedAt = change.deactivated === undefined ? undefined : change.deactivated ? (user.deactivatedAt ?? new Date()) : null;
    const updated = await tx.user.update({ where: { id: userId }, data: { role: change.role, deactivatedAt }, select: userFields });
    if (change.deactivated) await tx.session.deleteMany({ where: { userId } });
    return { before: userView(user), after: userView(updated) };
  });
}

/** Ends every session of a user (sign out everywhere). */
export async function endSessions(userId: string): Promise<number> {
  return (await db.session.deleteMany({ where: { userId } })).count;
}
