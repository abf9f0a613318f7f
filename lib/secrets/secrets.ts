import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { groupCommit } from "@/lib/jobs/group-commit";
import { secretUsers } from "@/lib/workflows/secret-usage";
import { decryptSecret, encryptSecret } from "./secret-box";
import type { CreateSecretInput, ReplaceSecretInput, SecretSummary } from "./secret-schemas";

type SecretRow = { name: string; createdAt: Date; updatedAt: Date };

const summary = (row: SecretRow, usedBy: SecretSummary["usedBy"] = []): SecretSummary => ({
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
  usedBy,
});

export async function createSecret(input: CreateSecretInput): Promise<SecretSummary> {
  try {
    const row = await db.secret.create({ data: { name: input.name, valueEncrypted: encryptSecret(input.value) } });
    return summary(row);
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw AppError.of("CONFLICT.secretName", { name: input.name });
    }
    throw error;
  }
}

export async function listSecrets(): Promise<SecretSummary[]> {
  const rows = await db.secret.findMany({ orderBy: { name: "asc" }, select: { name: true, createdAt: true, updatedAt: true } });
  const users = await secretUsers();
  return rows.map((row) => summary(row, users.get(row.name)));
}

/** Replaces a secret's value; requests built from now on send the new one. */
export async function replaceSecretValue(name: string, input: ReplaceSecretInput): Promise<SecretSummary> {
  const result = await db.secret.updateMany({ where: { name }, data: { valueEncrypted: encryptSecret(input.value) } });
  if (result.count === 0) throw AppError.of("NOT_FOUND.secret", { name });
  const row = await db.secret.findUniqueOrThrow({ where: { name }, select: { name: true, createdAt: true, updatedAt: true } });
  return summary(row, (await secretUsers()).get(name));
}

export async function deleteSecret(name: string): Promise<void> {
  const result = await db.secret.deleteMany({ where: { name } });
  if (result.count === 0) throw AppError.of("NOT_FOUND.secret", { name });
}

/** The secret's plaintext, for building a request (server only; never returned by the API). */
export async function secretValue(name: string): Promise<string | null> {
  const row = await db.secret.findUnique({ where: { name }, select: { valueEncrypted: true } });
  return row ? decryptSecret(row.valueEncrypted) : null;
}

/**
 * Every secret that can be decrypted, for redacting them where requests are shown (server only).
 * Callers that ask at about the same time share one read and decryption (hook ingestion asks for
 * every event it receives); each read starts after its callers asked, so none misses a secret
 * stored before it asked. The list is shared: do not change it.
 */
export const secretValues = (): Promise<readonly { name: string; value: string }[]> => readSecretValues(null);

const readSecretValues = groupCommit(async (callers: null[]) => {
  const rows = await db.secret.findMany({ select: { name: true, valueEncrypted: true } });
  const values = rows.flatMap((row) => {
    try {
      return [{ name: row.name, value: decryptSecret(row.valueEncrypted) }];
    } catch {
      return [];
    }
  });
  return callers.map(() => values);
});
