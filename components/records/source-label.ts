const SOURCE_LABELS: Record<string, string> = {
  CRM_UI: "CRM UI",
  FORM: "Form",
  IMPORT: "Import",
  API: "API",
  WORKFLOW: "Workflow",
  INTEGRATION: "Integration",
  SALES: "Sales",
};

/** "CRM_UI" → "CRM UI"; unknown sources shown as sent. */
export function sourceLabel(source: string | null | undefined): string {
  if (!source) return "—";
  return Object.hasOwn(SOURCE_LABELS, source) ? SOURCE_LABELS[source] : source;
}
