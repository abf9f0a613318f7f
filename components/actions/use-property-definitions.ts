import { useQuery } from "@tanstack/react-query";
import { useLocalizeProperties } from "@/components/crm/use-crm-labels";
import type { ObjectType } from "@/lib/crm/object-types";
import { propertiesApi } from "@/lib/client/properties-api";
import { queryKeys } from "@/lib/client/query-keys";

/**
 * The object type's properties (HubSpot's defaults and custom ones), for pickers and value checks;
 * the defaults' labels, groups and option labels in the user's language.
 */
export function usePropertyDefinitions(objectType: ObjectType) {
  const localize = useLocalizeProperties(objectType);
  return useQuery({
    queryKey: queryKeys.properties(objectType),
    queryFn: ({ signal }) => propertiesApi.list(objectType, signal),
    select: localize,
    staleTime: 60_000,
  });
}
export type PropertyDefinitionsQuery = ReturnType<typeof usePropertyDefinitions>;
