// Readable labels for properties and enumeration values, from the property definitions
// (lib/crm/property-definitions.ts; custom ones from GET /api/properties when given). Unknown
// names and values fall back to the raw text, so properties without a definition still show.
import { OBJECT_TYPES } from "@/lib/crm/object-types";
import { findProperty, optionLabel, type PropertyDefinition } from "@/lib/crm/property-definitions";
import { standardProperties } from "@/lib/crm/property-definitions";

/** Every object type's default properties; a name shared by several (lifecyclestage) has the same options in each. */
const DEFAULTS: readonly PropertyDefinition[] = OBJECT_TYPES.flatMap(standardProperties);

const definitionOf = (name: string, definitions: readonly PropertyDefinition[] | undefined) =>
  (definitions && findProperty(definitions, name)) ?? findProperty(DEFAULTS, name);

export function propertyLabel(name: string, definitions?: readonly PropertyDefinition[]): string {
  return definitionOf(name, definitions)?.label ?? name;
}

// Enumerations whose values HubSpot spells as CONSTANT_CASE (e.g. COMPUTER_SOFTWARE), for values outside the known options.
const CONSTANT_CASE_ENUMS = new Set(["industry", "hs_lead_status", "dealtype", "hs_ticket_category", "type", "source_type"]);

export function propertyValueLabel(
  name: string,
  value: string | undefined,
  definitions?: readonly PropertyDefinition[],
): string | undefined {
  if (value === undefined || value === "") return undefined;
  const mapped = optionLabel(definitionOf(name, definitions), value);
  if (mapped !== value) return mapped;
  if (CONSTANT_CASE_ENUMS.has(name) && /^[A-Z0-9_]+$/.test(value)) {
    const words = value.toLowerCase().replace(/_/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }
  return value;
}
