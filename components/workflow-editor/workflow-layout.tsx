"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { OverflowTooltip } from "@/components/ui/overflow-tooltip";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import { TestResultsProvider } from "@/components/actions/test-results-context";
import { WorkflowEditorProvider } from "./workflow-editor-provider";
import { WorkflowHeader } from "./workflow-header";
import styles from "./workflow-layout.module.css";

/** The frame around the Editor and History tabs: loads the workflow once and keeps its draft. */
export function WorkflowLayout({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations("editor.layout");
  const workflow = useQuery({ queryKey: queryKeys.workflow(id), queryFn: ({ signal }) => workflowsApi.get(id, signal) });

  const back = (
    <Link href="/workflows" className="back-link">
      <ArrowLeft size={16} aria-hidden /> {t("back")}
    </Link>
  );

  if (workflow.isPending) {
    return (
      <div className="page">
        {back}
        <LoadingState label={t("loading")} rows={3} />
      </div>
    );
  }

  if (workflow.isError) {
    const notFound = workflow.error instanceof ApiRequestError && workflow.error.status === 404;
    return (
      <div className="page">
        {back}
        {notFound ? (
          <EmptyState
            title={t("notFound")}
            action={
              <Link href="/workflows" className={buttonClassName("primary")}>
                {t("backToList")}
              </Link>
            }
          >
            {t.rich("notFoundBody", { id, code: (chunks) => <code>{chunks}</code> })}
          </EmptyState>
        ) : (
          <ErrorState title={t("loadError")} error={workflow.error} onRetry={() => workflow.refetch()} />
        )}
      </div>
    );
  }

  return (
    // Keyed by id: another workflow starts with a fresh draft.
    <WorkflowEditorProvider key={id} workflow={workflow.data}>
      <TestResultsProvider>
        <div className={styles.frame}>
          <WorkflowHeader />
          <div className={styles.body}>{children}</div>
        </div>
      </TestResultsProvider>
      <OverflowTooltip />
    </WorkflowEditorProvider>
  );
}
