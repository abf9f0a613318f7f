import Link from "next/link";

/** The "Used by" cell of Secrets and Apps: the workflows that use the row's credential, as links. */
export function UsedByCell({ workflows }: { workflows: { id: string; name: string }[] }) {
  return (
    <td>
      {workflows.length === 0 ? (
        <span className="muted">No workflow</span>
      ) : (
        workflows.map((workflow, index) => (
          <span key={workflow.id}>
            {index > 0 && ", "}
            <Link href={`/workflows/${workflow.id}`}>{workflow.name}</Link>
          </span>
        ))
      )}
    </td>
  );
}
