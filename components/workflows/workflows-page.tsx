"use client";

import { useQuery } from "@tanstack/react-query";
import { Pencil, Plus, Trash2, Workflow as WorkflowIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import type { WorkflowSummary } from "@/lib/workflows/workflow-schema";
import { CreateWorkflowDialog } from "./create-workflow-dialog";
import { DeleteWorkflowDialog } from "./delete-workflow-dialog";
import { EnabledBadge } from "./enabled-badge";
import { RenameWorkflowDialog } from "./rename-workflow-dialog";

export function WorkflowsPage() {
  const t = useTranslations("workflows.list");
  const objectTypeLabel = useObjectTypeLabel();
  const workflows = useQuery({ queryKey: queryKeys.workflows, queryFn: ({ signal }) => workflowsApi.list(signal) });
  // Creating, renaming and deleting need an Editor; below it the buttons stay, disabled, with the reason under the header.
  const editor = useRoleGuard("EDITOR", t("manage"));
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<WorkflowSummary | null>(null);
  const [deleting, setDeleting] = useState<WorkflowSummary | null>(null);

  const createButton = (
    <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setCreating(true)} {...editor.control}>
      {t("create")}
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={workflows.data && workflows.data.length > 0 ? createButton : undefined}
      />
      {editor.note}

      <QueryTable
        query={workflows}
        loadingLabel={t("loading")}
        errorTitle={t("loadError")}
        empty={
          <EmptyState icon={<WorkflowIcon size={28} />} title={t("emptyTitle")} action={createButton}>
            {t("emptyBody")}
          </EmptyState>
        }
        caption={t("caption")}
        columns={
          <>
            <th scope="col">{t("columns.name")}</th>
            <th scope="col">{t("columns.objectType")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col" className="num">
              {t("columns.actions")}
            </th>
            <th scope="col">{t("columns.updated")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("columns.manage")}</span>
            </th>
          </>
        }
      >
        {(workflow) => (
          <tr key={workflow.id}>
            <th scope="row" className="cell-primary">
              <Link href={`/workflows/${encodeURIComponent(workflow.id)}`} className="table-link">
                {workflow.name}
              </Link>
            </th>
            <td>{objectTypeLabel(workflow.objectType).singular}</td>
            <td>
              <EnabledBadge enabled={workflow.enabled} />
            </td>
            <td className="num">{workflow.actionCount}</td>
            <td>
              <RelativeTime value={workflow.updatedAt} />
            </td>
            <td className="cell-actions">
              <Button
                size="sm"
                variant="ghost"
                icon={<Pencil className="btn-icon" aria-hidden />}
                aria-label={t("renameNamed", { name: workflow.name })}
                onClick={() => setRenaming(workflow)}
                {...editor.control}
              >
                {t("rename")}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                className="btn-ghost-danger"
                icon={<Trash2 className="btn-icon" aria-hidden />}
                aria-label={t("deleteNamed", { name: workflow.name })}
                onClick={() => setDeleting(workflow)}
                {...editor.control}
              >
                {t("delete")}
              </Button>
            </td>
          </tr>
        )}
      </QueryTable>

      <CreateWorkflowDialog open={creating} onOpenChange={setCreating} />
      <RenameWorkflowDialog workflow={renaming} onClose={() => setRenaming(null)} />
      <DeleteWorkflowDialog workflow={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
