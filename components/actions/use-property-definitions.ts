import { useQuery } from "@tanstack/react-query";
import type { ObjectType } from "@/lib/crm/object-types";
import { propertiesApi } from "@/lib/client/properties-api";
import { queryKeys } from "@/lib/client/query-keys";

/** The object type's properties (HubSpot's defaults and custom ones), for pickers and value checks. */
export function usePropertyDefinitions(objectType: ObjectType) {
  return useQuery({
    queryKey: queryKeys.properties(objectType),
    queryFn: ({ signal }) => propertiesApi.list(objectType, signal),
    staleTime: 60_000,
  });
}
export type PropertyDefinitionsQuery = ReturnType<typeof usePropertyDefinitions>;
