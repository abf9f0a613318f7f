import { actorLabel } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { AuditAction } from "./audit-actions";

// The history a run's page shows (who enrolled it, who pressed Retry now), read from the audit
// entries about it.

/**
 * One line of a run's history: what happened, when, and by whom as the audit log names them
 * (`actorLabel`, English) and in parts (`actor`: the person, the API token's name if one was used).
 */
type TargetHistoryItem = { at: string; action: AuditAction; actorLabel: string; actor: { name: string; tokenName: string | null } };

// A run retried more often than this shows how it started and its latest presses; the audit log has all.
const HISTORY_LIMIT = 100;

/** The audit entries about one target (e.g. an enrollment), oldest first. */
export async function targetHistory(target: { type: string; id: string }): Promise<TargetHistoryItem[]> {
  const select = { id: true, at: true, action: true, actorKind: true, actorName: true, tokenName: true } as const;
  const where = { targetType: target.type, targetId: target.id };
  const [first, latest] = await Promise.all([
    db.auditEntry.findFirst({ where, orderBy: [{ at: "asc" }, { id: "asc" }], select }),
    db.auditEntry.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], take: HISTORY_LIMIT, select }),
  ]);
  const rows = latest.reverse();
  if (first && !rows.some((row) => row.id === first.id)) rows.unshift(first);
  return rows.map((row) => ({
    at: row.at.toISOString(),
    action: row.action as AuditAction,
    actorLabel:
      row.actorKind === "token" && row.tokenName
        ? actorLabel({ kind: "token", name: row.actorName, tokenName: row.tokenName })
        : row.actorName,
    actor: { name: row.actorName, tokenName: row.actorKind === "token" ? row.tokenName : null },
  }));
}
