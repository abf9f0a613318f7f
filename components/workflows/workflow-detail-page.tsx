"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft, Sparkles } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { LoadingState } from "@/components/ui/loading-state";
import { PageHeader } from "@/components/ui/page-header";
import { RelativeTime } from "@/components/ui/relative-time";
import { ApiError } from "@/lib/client/api-fetch";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import { OBJECT_TYPE_LABELS } from "@/lib/crm/object-types";
import { actionDefinitions } from "@/lib/actions/action-registry";
import { DeleteWorkflowDialog } from "./delete-workflow-dialog";
import { EnabledBadge } from "./enabled-badge";
import { RenameWorkflowDialog } from "./rename-workflow-dialog";

export function WorkflowDetailPage({ id }: { id: string }) {
  const router = useRouter();
  const workflow = useQuery({ queryKey: queryKeys.workflow(id), queryFn: ({ signal }) => workflowsApi.get(id, signal) });
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const back = (
    <Link href="/workflows" className="back-link">
      <ArrowLeft size={16} aria-hidden /> Workflows
    </Link>
  );

  if (workflow.isPending) {
    return (
      <div className="page">
        {back}
        <LoadingState label="Loading workflow…" rows={3} />
      </div>
    );
  }

  if (workflow.isError) {
    const notFound = workflow.error instanceof ApiError && workflow.error.status === 404;
    return (
      <div className="page">
        {back}
        {notFound ? (
          <EmptyState
            title="Workflow not found"
            action={
              <Link href="/workflows" className={buttonClassName("primary")}>
                Back to workflows
              </Link>
            }
          >
            No workflow has the id <code>{id}</code>. It may have been deleted.
          </EmptyState>
        ) : (
          <ErrorState title="Could not load this workflow" error={workflow.error} onRetry={() => workflow.refetch()} />
        )}
      </div>
    );
  }

  const wf = workflow.data;
  return (
    <div className="page">
      {back}
      <PageHeader
        title={wf.name}
        eyebrow={
          <span className="meta-row">
            <span>{OBJECT_TYPE_LABELS[wf.objectType]?.singular ?? wf.objectType}-based workflow</span>
            <EnabledBadge enabled={wf.enabled} />
          </span>
        }
        description={
          <>
            Updated <RelativeTime value={wf.updatedAt} /> · revision {wf.revision}
          </>
        }
        actions={
          <>
            <Button onClick={() => setRenaming(true)}>Rename</Button>
            <Button variant="danger" onClick={() => setDeleting(true)}>
              Delete
            </Button>
          </>
        }
      />

      <section className="card notice" aria-labelledby="editor-soon">
        <Sparkles aria-hidden className="notice-icon" />
        <div>
          <h2 id="editor-soon" className="section-title">
            The visual editor arrives soon
          </h2>
          <p className="muted">
            You will build this workflow on a canvas here: a trigger, then actions such as Send a webhook. Until then,
            workflows can be edited through <code>PUT /api/workflows/{wf.id}</code>.
          </p>
        </div>
      </section>

      <section className="card" aria-labelledby="wf-actions">
        <h2 id="wf-actions" className="section-title">
          Actions <span className="count">{wf.actions.length}</span>
        </h2>
        <p className="muted">
          Trigger: {wf.trigger.type === "WEBHOOK" ? "incoming webhook" : "manual enrollment"}
        </p>
        {wf.actions.length === 0 ? (
          <p className="muted">No actions yet.</p>
        ) : (
          <ol className="action-list">
            {wf.actions.map((action) => {
              const definition = actionDefinitions[action.type];
              return (
                <li key={action.id}>
                  <strong>{action.name || definition?.label || action.type}</strong>
                  {definition && (
                    <span className="muted mono"> {definition.summary(action.config as never)}</span>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <RenameWorkflowDialog workflow={renaming ? wf : null} onClose={() => setRenaming(false)} />
      <DeleteWorkflowDialog
        workflow={deleting ? wf : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => router.push("/workflows")}
      />
    </div>
  );
}
