"use client";

import { useQuery } from "@tanstack/react-query";
import { Pencil, Plus, Trash2, Workflow as WorkflowIcon } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useRoleGuard } from "@/components/app-shell/current-user";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { QueryTable } from "@/components/ui/query-table";
import { RelativeTime } from "@/components/ui/relative-time";
import { queryKeys } from "@/lib/client/query-keys";
import { workflowsApi } from "@/lib/client/workflows-api";
import { OBJECT_TYPE_LABELS } from "@/lib/crm/object-types";
import type { WorkflowSummary } from "@/lib/workflows/workflow-schema";
import { CreateWorkflowDialog } from "./create-workflow-dialog";
import { DeleteWorkflowDialog } from "./delete-workflow-dialog";
import { EnabledBadge } from "./enabled-badge";
import { RenameWorkflowDialog } from "./rename-workflow-dialog";

export function WorkflowsPage() {
  const workflows = useQuery({ queryKey: queryKeys.workflows, queryFn: ({ signal }) => workflowsApi.list(signal) });
  // Creating, renaming and deleting need an Editor; below it the buttons stay, disabled, with the reason under the header.
  const editor = useRoleGuard("EDITOR", "Creating or changing workflows");
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<WorkflowSummary | null>(null);
  const [deleting, setDeleting] = useState<WorkflowSummary | null>(null);

  const createButton = (
    <Button variant="primary" icon={<Plus className="btn-icon" aria-hidden />} onClick={() => setCreating(true)} {...editor.control}>
      Create workflow
    </Button>
  );

  return (
    <div className="page">
      <PageHeader
        title="Workflows"
        description="Enroll CRM records and send their data to outside systems with webhooks."
        actions={workflows.data && workflows.data.length > 0 ? createButton : undefined}
      />
      {editor.note}

      <QueryTable
        query={workflows}
        loadingLabel="Loading workflows…"
        errorTitle="Could not load workflows"
        empty={
          <EmptyState icon={<WorkflowIcon size={28} />} title="No workflows yet" action={createButton}>
            A workflow enrolls contacts, companies, deals or tickets and runs actions for each, such as sending its data to your systems
            over HTTPS.
          </EmptyState>
        }
        caption="Workflows"
        columns={
          <>
            <th scope="col">Name</th>
            <th scope="col">Object type</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Actions
            </th>
            <th scope="col">Last updated</th>
            <th scope="col">
              <span className="visually-hidden">Manage</span>
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
            <td>{OBJECT_TYPE_LABELS[workflow.objectType]?.singular ?? workflow.objectType}</td>
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
                aria-label={`Rename ${workflow.name}`}
                onClick={() => setRenaming(workflow)}
                {...editor.control}
              >
                Rename
              </Button>
              <Button
                size="sm"
                variant="ghost"
                className="btn-ghost-danger"
                icon={<Trash2 className="btn-icon" aria-hidden />}
                aria-label={`Delete ${workflow.name}`}
                onClick={() => setDeleting(workflow)}
                {...editor.control}
              >
                Delete
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
