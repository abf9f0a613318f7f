import { Badge } from "@/components/ui/badge";

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  return (
    <Badge
      tone={enabled ? "success" : "muted"}
      title={enabled ? "The workflow enrolls records" : "The workflow is off: nothing is enrolled"}
    >
      <span className="badge-dot" aria-hidden />
      {enabled ? "On" : "Off"}
    </Badge>
  );
}
