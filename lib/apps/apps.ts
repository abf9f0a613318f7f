import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { decryptSecret, encryptSecret } from "@/lib/secrets/secret-box";
import { appUsers } from "@/lib/workflows/secret-usage";
import type { AppSummary, AppWithSecret } from "./app-schemas";

type AppRow = { id: number; name: string; createdAt: Date; secretRotatedAt: Date };

function summary(row: AppRow): Omit<AppSummary, "usedBy"> {
  return { appId: row.id, name: row.name, createdAt: row.createdAt.toISOString(), secretRotatedAt: row.secretRotatedAt.toISOString() };
}

// HubSpot client secrets are UUIDs; keep the same form so receivers' code carries over.
const newClientSecret = () => randomUUID();

export async function createApp(name: string): Promise<AppWithSecret> {
  const clientSecret = newClientSecret();
  // Numeric app ids like HubSpot's; retry on the rare collision.
  for (let attempt = 0; ; attempt++) {
    try {
      const row = await db.app.create({
        data: { id: randomInt(1_000_000, 10_000_000), name, clientSecretEncrypted: encryptSecret(clientSecret) },
      });
      return { ...summary(row), clientSecret };
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002" || attempt >= 5) throw error;
    }
  }
}

export async function listApps(): Promise<AppSummary[]> {
  const rows = await db.app.findMany({ orderBy: { createdAt: "desc" } });
  const users = await appUsers();
  return rows.map((row) => ({ ...summary(row), usedBy: users.get(row.id) ?? [] }));
}

export async function rotateAppSecret(appId: number): Promise<AppWithSecret> {
  const clientSecret = newClientSecret();
  const result = await db.app.updateMany({
    where: { id: appId },
    data: { clientSecretEncrypted: encryptSecret(clientSecret), secretRotatedAt: new Date() },
  });
  if (result.count === 0) throw AppError.of("NOT_FOUND.app", { id: String(appId) });
  const row = await db.app.findUniqueOrThrow({ where: { id: appId } });
  return { ...summary(row), clientSecret };
}

/** Deletes an app; answers its name, which the audit log keeps after the row is gone. */
export async function deleteApp(appId: number): Promise<{ name: string }> {
  try {
    return await db.app.delete({ where: { id: appId }, select: { name: true } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") throw AppError.of("NOT_FOUND.app", { id: String(appId) });
    throw error;
  }
}

/** The client secret that signs requests for this app (server only; never returned by the API). */
export async function appClientSecret(appId: number): Promise<string | null> {
  const row = await db.app.findUnique({ where: { id: appId }, select: { clientSecretEncrypted: true } });
  return row ? decryptSecret(row.clientSecretEncrypted) : null;
}
