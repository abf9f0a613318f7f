import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export function EnabledBadge({ enabled }: { enabled: boolean }) {
  const t = useTranslations("workflows.badge");
  return (
    <Badge tone={enabled ? "success" : "muted"} title={enabled ? t("onTitle") : t("offTitle")}>
      <span className="badge-dot" aria-hidden />
      {enabled ? t("on") : t("off")}
    </Badge>
  );
}
