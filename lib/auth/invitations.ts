import { createHash, randomBytes, randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { englishMessage } from "@/lib/i18n/validation";
import { type Role, roleAtLeast } from "./roles";
import { newInvitationSchema, newUserSchema } from "./account-schemas";
import { createUser } from "./users";

// Invitations (issue 11): there is no mail server, so an Admin creates a one-time link, shown
// once, and passes it on. Only the link's SHA-256 is kept; it works once, for 7 days, and gives
// the role chosen (never above the inviter's).

const VALID_DAYS = 7;
const DAY_MS = 86_400_000;
const hashOf = (value: string) => createHash("sha256").update(value).digest("hex");

/** What an invitation link's token looks like (256 bits, base64url); anything else names no invitation. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** The path of an invitation's page; the value is in the answer once and nowhere else. */
const invitationPath = (token: string) => `/invite/${token}`;

export async function createInvitation(
  inviter: { userId: string; role: Role },
  input: z.input<typeof newInvitationSchema>,
  now = new Date(),
) {
  const { role, email } = newInvitationSchema.parse(input);
  if (!roleAtLeast(inviter.role, role)) {
    throw AppError.of("FORBIDDEN.inviteAbove", { own: inviter.role });
  }
  const token = randomBytes(32).toString("base64url");
  const row = await db.invitation.create({
    data: {
      id: randomUUID(),
      tokenHash: hashOf(token),
      role,
      email: email ?? null,
      createdById: inviter.userId,
      expiresAt: new Date(now.getTime() + VALID_DAYS * DAY_MS),
    },
  });
  return { id: row.id, role, email: row.email, token, path: invitationPath(token), expiresAt: row.expiresAt.toISOString() };
}

/** Open invitations (not used, not expired), newest first. */
export async function listInvitations(now = new Date()) {
  const rows = await db.invitation.findMany({
    where: { usedAt: null, expiresAt: { gt: now } },
    include: { createdBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({
    id: row.id,
    role: row.role as Role,
    email: row.email,
    createdBy: row.createdBy.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  }));
}

export async function revokeInvitation(id: string) {
  const result = await db.invitation.deleteMany({ where: { id, usedAt: null } });
  if (result.count === 0) throw AppError.of("NOT_FOUND.invitation", { id });
}

const gone = () => AppError.of("INVITATION_GONE");

/** What an invitation link offers, or INVITATION_GONE (410). */
export async function openInvitation(token: string, now = new Date()) {
  const row = await db.invitation.findUnique({ where: { tokenHash: hashOf(token) }, include: { createdBy: { select: { name: true } } } });
  if (!row || row.usedAt || row.expiresAt <= now) throw gone();
  return { role: row.role as Role, email: row.email, invitedBy: row.createdBy.name, expiresAt: row.expiresAt.toISOString() };
}

/**
 * Creates the account an invitation offers, once: the link is marked used first (a second
 * acceptance at the same moment finds it used), and given back if the account cannot be created.
 */
export async function acceptInvitation(token: string, input: z.input<typeof newUserSchema>, now = new Date()) {
  const account = newUserSchema.parse(input);
  const row = await db.invitation.findUnique({ where: { tokenHash: hashOf(token) } });
  if (!row || row.usedAt || row.expiresAt <= now) throw gone();
  if (row.email && row.email !== account.email) {
    throw AppError.of(
      "VALIDATION_FAILED.invitationEmail",
      { email: row.email },
      {
        details: [
          {
            path: "email",
            message: englishMessage("account.invitationEmailOnly", { email: row.email }),
            code: "account.invitationEmailOnly",
            params: { email: row.email },
          },
        ],
      },
    );
  }
  const claimed = await db.invitation.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count === 0) throw gone();
  try {
    const user = await createUser(account, row.role as Role);
    await db.invitation.update({ where: { id: row.id }, data: { usedById: user.id } });
    return user;
  } catch (error) {
    await db.invitation.update({ where: { id: row.id }, data: { usedAt: null } });
    throw error;
  }
}

/** Deletes up to `limit` invitations that expired by `now` (used or not: a used one has done its work, and the audit log keeps who invited whom); returns how many. For the retention sweep (lib/retention). */
export async function deleteExpiredInvitations(now: Date, limit: number): Promise<number> {
  const expired = { expiresAt: { lte: now } };
  const rows = await db.invitation.findMany({ where: expired, take: limit, select: { id: true } });
  if (!rows.length) return 0;
  return (await db.invitation.deleteMany({ where: { id: { in: rows.map((row) => row.id) }, ...expired } })).count;
}
