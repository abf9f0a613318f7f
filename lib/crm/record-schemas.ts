import { z } from "zod";
import { message } from "@/lib/i18n/validation";
import { objectTypeSchema } from "./object-types";

// Shared by GET /api/records(/:id) and the records pages.

export const recordListQuerySchema = z.object({
  objectType: objectTypeSchema.default("contact"),
  q: z.string().trim().max(200, message("record.qTooLong")).optional(),
  limit: z.coerce.number().int().min(1).max(200, message("record.limit")).default(50),
  // Id of the last record of the previous page.
  cursor: z.coerce.number().int().positive().optional(),
});
export type RecordListQuery = z.infer<typeof recordListQuerySchema>;

export const recordIdSchema = z.coerce.number(message("record.id")).int(message("record.id")).positive(message("record.id"));

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
