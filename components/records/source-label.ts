import { useTranslations } from "next-intl";

// Where a property value came from (HubSpot's source types), as the record page names it.
const SOURCES = ["CRM_UI", "FORM", "IMPORT", "API", "WORKFLOW", "INTEGRATION", "SALES"] as const;

/** A source the catalog names; any other (a name like "constructor" included) is shown as sent. */
export function isKnownSource(source: string): source is (typeof SOURCES)[number] {
  return (SOURCES as readonly string[]).includes(source);
}

/** "CRM_UI" → "CRM UI" / "CRM UI", "WORKFLOW" → "Workflow" / "워크플로"; unknown sources as sent, none as a dash. */
export function useSourceLabel(): (source: string | null | undefined) => string {
  const t = useTranslations("records.sources");
  return (source) => (!source ? "—" : isKnownSource(source) ? t(source) : source);
}
