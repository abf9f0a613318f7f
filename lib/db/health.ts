import packageJson from "@/package.json";
import { db } from "@/lib/db";

/** What GET /api/health answers: the process is up, and whether the database answers a trivial query. No data. */
export async function health(): Promise<{ status: "ok" | "unavailable"; database: "ok" | "unreachable"; version: string }> {
  let database: "ok" | "unreachable" = "ok";
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    database = "unreachable";
  }
  return { status: database === "ok" ? "ok" : "unavailable", database, version: packageJson.version };
}
