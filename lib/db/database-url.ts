import path from "node:path";
import { config } from "@/lib/config";

export type DatabaseKind = "sqlite" | "postgresql";

export function databaseUrl(): string {
  return config().databaseUrl;
}

export function databaseKind(url = databaseUrl()): DatabaseKind {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(":")[0]}:…".`);
}

/** Absolute path of a SQLite database file from a `file:` URL (relative to the working directory). */
export function sqliteFilePath(url = databaseUrl()): string {
  const raw = url.slice("file:".length).split("?")[0];
  return path.resolve(raw);
}
