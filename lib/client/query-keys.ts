import type { ObjectType } from "@/lib/crm/object-types";

// One place for TanStack Query keys so a mutation invalidates exactly what it changed.
export const queryKeys = {
  workflows: ["workflows"] as const,
  workflow: (id: string) => ["workflows", id] as const,
  records: (objectType: ObjectType, q: string) => ["records", "list", objectType, q] as const,
  record: (id: number | string) => ["records", "detail", String(id)] as const,
  apps: ["apps"] as const,
  secrets: ["secrets"] as const,
  inspector: ["inspector"] as const,
  inspectorCaptures: (binId: string) => ["inspector", binId, "captures"] as const,
  inspectorCapture: (binId: string, captureId: number) => ["inspector", binId, "captures", captureId] as const,
};
