import { z } from "zod";

export const OBJECT_TYPES = ["contact", "company", "deal", "ticket"] as const;
export const objectTypeSchema = z.enum(OBJECT_TYPES, {
  error: () => `objectType must be one of: ${OBJECT_TYPES.join(", ")}.`,
});
export type ObjectType = z.infer<typeof objectTypeSchema>;

export const OBJECT_TYPE_LABELS: Record<ObjectType, { singular: string; plural: string }> = {
  contact: { singular: "Contact", plural: "Contacts" },
  company: { singular: "Company", plural: "Companies" },
  deal: { singular: "Deal", plural: "Deals" },
  ticket: { singular: "Ticket", plural: "Tickets" },
};

/**
 * The property HubSpot stamps with the time any of a record's properties last changed
 * (milliseconds since the epoch, as text; contacts name it without the `hs_`).
 */
export const LAST_MODIFIED_PROPERTY: Record<ObjectType, string> = {
  contact: "lastmodifieddate",
  company: "hs_lastmodifieddate",
  deal: "hs_lastmodifieddate",
  ticket: "hs_lastmodifieddate",
};

/** Where a property value came from, as in HubSpot's property history. */
export const PROPERTY_SOURCES = ["CRM_UI", "FORM", "IMPORT", "API", "WORKFLOW", "INTEGRATION", "SALES"] as const;
export type PropertySource = (typeof PROPERTY_SOURCES)[number];
