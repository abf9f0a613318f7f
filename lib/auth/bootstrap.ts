import { recordAudit } from "@/lib/audit/audit-log";
import { auditSummary } from "@/lib/audit/audit-summary";
import type { Config } from "@/lib/config";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { registerApiToken } from "./api-tokens";
import { setupOwner } from "./setup";

// Automated installs (issue 11): HOOKFLOW_BOOTSTRAP_EMAIL/_PASSWORD (and _TOKEN) create the owner
// at start, and register the token's value as an Owner API token, when, and only when, the
// database has no user, as authentik's and Grafana's bootstrap variables do. Once anyone exists the
// variables are ignored, so leaving them set never resets a password or revives a revoked token.
// npm start runs this (scripts/seed-if-empty.ts) before the server answers anyone.

const BOOTSTRAP = { kind: "system", name: "Bootstrap" } as const;

export type BootstrapOutcome =
  | { created: false; reason: "not configured" | "users exist" }
  | { created: true; userId: string; tokenId: string | null };

/** Creates the configured owner (and token) if the database has no user yet. */
export async function bootstrap(settings: Config["bootstrap"]): Promise<BootstrapOutcome> {
  if (!settings) return { created: false, reason: "not configured" };
  if ((await db.user.count()) > 0) return { created: false, reason: "users exist" };
  let owner: Awaited<ReturnType<typeof setupOwner>>;
  try {
    // setupOwner claims the installation first: of two starts at once (or a start and a browser
    // setup), one creates the owner and the other finds it already set up.
    owner = await setupOwner({ name: settings.name, email: settings.email, password: settings.password });
  } catch (error) {
    if (error instanceof AppError && error.code === "ALREADY_SET_UP") return { created: false, reason: "users exist" };
    throw error;
  }
  const token = settings.token ? await registerApiToken(owner, { name: "Bootstrap", value: settings.token }) : null;
  await recordAudit(BOOTSTRAP, {
    action: "setup.completed",
    target: { type: "user", id: owner.id },
    summary: auditSummary("setup.bootstrap", { email: owner.email, withToken: token ? "yes" : "no" }),
  });
  return { created: true, userId: owner.id, tokenId: token?.id ?? null };
}
