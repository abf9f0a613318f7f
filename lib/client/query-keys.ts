import type { ObjectType } from "@/lib/crm/object-types";
import type { AuditFilters } from "./accounts-api";

// One place for TanStack Query keys so a mutation invalidates exactly what it changed.
export const queryKeys = {
  workflows: ["workflows"] as const,
  workflow: (id: string) => ["workflows", id] as const,
  /** Prefix of every records query below: what a change to records invalidates. */
  records: ["records"] as const,
  // A key names one shape of cached data. The Records page pages with useInfiniteQuery
  // ({ pages, pageParams }); the record pickers read one page with useQuery ({ records, nextCursor }).
  // Sharing a key handed one the other's cached data after a client-side navigation.
  recordPages: (objectType: ObjectType, q: string) => ["records", "pages", objectType, q] as const,
  recordPicker: (objectType: ObjectType, q: string) => ["records", "picker", objectType, q] as const,
  properties: (objectType: ObjectType) => ["properties", objectType] as const,
  record: (id: number | string) => ["records", "detail", String(id)] as const,
  apps: ["apps"] as const,
  secrets: ["secrets"] as const,
  inspector: ["inspector"] as const,
  inspectorCaptures: (captureUrlId: string) => ["inspector", captureUrlId, "captures"] as const,
  inspectorCapture: (captureUrlId: string, captureId: number) => ["inspector", captureUrlId, "captures", captureId] as const,
  users: ["users"] as const,
  tokens: ["tokens"] as const,
  audit: (filters: AuditFilters) => ["audit-log", filters] as const,
  invite: (token: string) => ["invite", token] as const,
};
