import { TriangleAlert } from "lucide-react";
import { errorMessage } from "@/lib/client/api-fetch";
import { Button } from "./button";

/** A failed load: what went wrong, and a way to try again. */
export function ErrorState({ title = "Could not load this page", error, onRetry }: { title?: string; error: unknown; onRetry?: () => void }) {
  return (
    <div className="error-state" role="alert">
      <TriangleAlert aria-hidden className="error-state-icon" />
      <div>
        <p className="error-state-title">{title}</p>
        <p className="error-state-text">{errorMessage(error)}</p>
        {onRetry && (
          <Button size="sm" onClick={onRetry} className="error-state-retry">
            Try again
          </Button>
        )}
      </div>
    </div>
  );
}
