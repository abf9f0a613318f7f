import { useCallback, useMemo } from "react";
import { useRoleName } from "@/components/crm/use-crm-labels";
import { useDescribeAnswers } from "@/components/inspector/use-describe-answers";
import { presentSummaryParams, type SummaryParamPresenters } from "@/lib/audit/summary-params";
import type { AuditPage } from "@/lib/client/accounts-api";
import { useKeyedText } from "@/lib/client/keyed-text";
import { useFormat } from "@/lib/client/use-format";

// An audit entry's summary in the user's language: its auditSummaries catalog key and params
// (lib/audit/audit-summary.ts), with a role by its name in the accounts catalog, a day in the user's
// language and time zone, and a capture URL's answers as the inspector words them. English, and an
// entry written before the catalog (no key) or with a key this UI does not know, show the stored summary.

type AuditEntry = AuditPage["entries"][number];

export function useAuditSummary(): (entry: Pick<AuditEntry, "summary" | "summaryKey" | "summaryParams">) => string {
  const keyed = useKeyedText("auditSummaries");
  const roleName = useRoleName();
  const format = useFormat();
  const describeAnswers = useDescribeAnswers();
  const presenters = useMemo<SummaryParamPresenters>(
    // A day's parts stay on one line ("2027. 3. 3.", "Mar 3, 2027") in a narrow summary column.
    () => ({ role: roleName, day: (iso) => format.date(iso).replace(/ /g, "\u00a0"), answers: describeAnswers }),
    [roleName, format, describeAnswers],
  );
  return useCallback(
    (entry) =>
      (entry.summaryKey ? keyed(entry.summaryKey, presentSummaryParams(entry.summaryParams ?? {}, presenters)) : null) ?? entry.summary,
    [keyed, presenters],
  );
}
