import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export default function NotFound() {
  return (
    <div className="page">
      <EmptyState
        title="Page not found"
        action={
          <Link href="/workflows" className={buttonClassName("primary")}>
            Go to workflows
          </Link>
        }
      >
        The address may be mistyped, or the page was moved.
      </EmptyState>
    </div>
  );
}
