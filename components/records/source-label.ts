import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { PROPERTY_SOURCES, type PropertySource } from "@/lib/crm/object-types";

const isKnown = (source: string): source is PropertySource => (PROPERTY_SOURCES as readonly string[]).includes(source);

/** "CRM_UI" → `name("CRM_UI")` ("CRM UI"); unknown sources shown as sent. */
export function sourceLabel(source: string | null | undefined, name: (known: PropertySource) => string = (known) => known): string {
  if (!source) return "—";
  return isKnown(source) ? name(source) : source;
}

/** sourceLabel with the sources named in the user's language (crm.sources). */
export function useSourceLabel(): (source: string | null | undefined) => string {
  const t = useTranslations("crm.sources");
  return useCallback((source) => sourceLabel(source, (known) => t(known)), [t]);
}
