import { useQuery } from "@tanstack/react-query";
import type { ObjectType } from "@/lib/crm/object-types";
import { queryKeys } from "@/lib/client/query-keys";
import { recordsApi } from "@/lib/client/records-api";

/**
 * Property names a workflow of this object type can send, read from a sample record (the first one):
 * there is no property-definitions API, and every seeded record carries the object's properties.
 */
export function usePropertyNames(objectType: ObjectType) {
  return useQuery({
    queryKey: queryKeys.recordPropertyNames(objectType),
    queryFn: async ({ signal }) => {
      const { records } = await recordsApi.list({ objectType, limit: 1 }, signal);
      if (records.length === 0) return [];
      const record = await recordsApi.get(records[0].id, signal);
      return Object.keys(record.properties).sort((a, b) => a.localeCompare(b));
    },
    staleTime: 5 * 60_000,
  });
}
export type PropertyNamesQuery = ReturnType<typeof usePropertyNames>;
