import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { newApiTokenSchema } from "./account-schemas";
import { type Role, roleAtLeast } from "./roles";

// API tokens: `Authorization: Bearer hf_…` on any /api route (issue 11). The value is 256 random
// bits, shown once; the database keeps its SHA-256 only (a fast hash is right for a random
// value: there is nothing to guess), so a copy of the database file lets no one in.

const PREFIX = "hf_";
const DAY_MS = 86_400_000;

const hashOf = (value: string) => createHash("sha256").update(value).digest("hex");

/** Creates a token acting as `role`, which may not be above its creator's. The value is in the answer, and nowhere else. */
export async function createApiToken(creator: { id: string; role: Role }, input: z.input<typeof newApiTokenSchema>, now = new Date()) {
  const { name, role, expiresInDays } = newApiTokenSchema.parse(input);
  if (!roleAtLeast(creator.role, role)) {
    throw AppError.of("FORBIDDEN.tokenAbove", { own: creator.role });
  }
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await db.apiToken.create({
    data: {
      id: randomUUID(),
      name,
      role,
      tokenHash: hashOf(token),
      prefix: token.slice(0, PREFIX.length + 4),
      createdById: creator.id,
      expiresAt: expiresInDays ? new Date(now.getTime() + expiresInDays * DAY_MS) : null,
    },
  });
  return { id: row.id, name: row.name, role, token, expiresAt: row.expiresAt?.toISOString() ?? null };
}

/**
 * Registers a value chosen outside Hookflow (HOOKFLOW_BOOTSTRAP_TOKEN) as a token of `owner`, for
 * installs scripted without a browser; like any token only its hash is kept, and it never expires.
 */
export async function registerApiToken(owner: { id: string; role: Role }, { name, value }: { name: string; value: string }) {
  if (!/^hf_[A-Za-z0-9_-]{32,}$/.test(value)) throw AppError.of("VALIDATION_FAILED.apiTokenFormat");
  const row = await db.apiToken.create({
    data: {
      id: randomUUID(),
      name,
      role: owner.role,
      tokenHash: hashOf(value),
      prefix: value.slice(0, PREFIX.length + 4),
      createdById: owner.id,
    },
  });
  return { id: row.id, name: row.name, role: owner.role };
}

/** Who a Bearer value acts as, or null: unknown, revoked, expired, or its creator deactivated. Its role is capped by the creator's current one. */
export async function verifyApiToken(
  value: string,
  now = new Date(),
): Promise<{ tokenId: string; name: string; userId: string; role: Role } | null> {
  if (!value.startsWith(PREFIX)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashOf(value) },
    include: { createdBy: { select: { role: true, deactivatedAt: true } } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.createdBy.deactivatedAt) return null;
  const tokenRole = row.role as Role;
  const creatorRole = row.createdBy.role as Role;
  // Last used, to the minute: not a write for every request.
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: row.id, name: row.name, userId: row.createdById, role: roleAtLeast(creatorRole, tokenRole) ? tokenRole : creatorRole };
}

/** Every token, newest first, without its value or hash: what the API tokens page lists. */
export async function listApiTokens() {
  const rows = await db.apiToken.findMany({ include: { createdBy: { select: { name: true } } }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role as Role,
    prefix: row.prefix,
    createdBy: row.createdBy.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

/** Revokes a token at once (again is fine); its name, for the audit log. */
export async function revokeApiToken(id: string, now = new Date()): Promise<{ name: string }> {
  const row = await db.apiToken.findUnique({ where: { id }, select: { name: true } });
  if (!row) throw AppError.of("NOT_FOUND.apiToken", { id });
  await db.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  return row;
}
