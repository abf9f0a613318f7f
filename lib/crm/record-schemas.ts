import { z } from "zod";
import { objectTypeSchema } from "./object-types";

// Shared by GET /api/records(/:id) and the records pages.

export const recordListQuerySchema = z.object({
  objectType: objectTypeSchema.default("contact"),
  q: z.string().trim().max(200, "q must be at most 200 characters.").optional(),
  limit: z.coerce.number().int().min(1).max(200, "limit must be between 1 and 200.").default(50),
  // Id of the last record of the previous page.
  cursor: z.coerce.number().int().positive().optional(),
});
export type RecordListQuery = z.infer<typeof recordListQuerySchema>;

export const recordIdSchema = z.coerce
  .number({ error: "Record id must be a positive whole number." })
  .int("Record id must be a positive whole number.")
  .positive("Record id must be a positive whole number.");

/** Current value of one property. Timestamps are ISO 8601 strings. */
export type PropertyValue = { value: string; timestamp: string; source: string; sourceId: string | null };
export type PropertyVersion = { value: string; timestamp: string; sourceType: string; sourceId: string | null };

export type RecordSummary = {
  id: number;
  objectType: z.infer<typeof objectTypeSchema>;
  displayName: string;
  /** Current values only, by property name. */
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
};

export type RecordListResponse = { records: RecordSummary[]; nextCursor: number | null };

export type RecordDetail = {
  id: number;
  objectType: z.infer<typeof objectTypeSchema>;
  displayName: string;
  createdAt: string;
  updatedAt: string;
  properties: Record<string, PropertyValue>;
  /** Every version of each property, newest first. */
  history: Record<string, PropertyVersion[]>;
  associations: { id: number; objectType: z.infer<typeof objectTypeSchema>; displayName: string; label: string }[];
  formSubmissions: unknown[];
  listMemberships: unknown[];
  identityProfiles: unknown[];
};
