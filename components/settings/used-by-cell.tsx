import Link from "next/link";
import { useTranslations } from "next-intl";

/** The "Used by" cell of Secrets and Apps: the workflows that use the row's credential, as links. */
export function UsedByCell({ workflows }: { workflows: { id: string; name: string }[] }) {
  const t = useTranslations("settings.usedBy");
  return (
    <td>
      {workflows.length === 0 ? (
        <span className="muted">{t("none")}</span>
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
