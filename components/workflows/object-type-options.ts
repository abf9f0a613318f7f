import { useObjectTypeLabel } from "@/components/crm/use-crm-labels";
import { OBJECT_TYPES } from "@/lib/crm/object-types";

/** The object types as a select's options, named in the user's language. */
export function useObjectTypeOptions() {
  const objectTypeLabel = useObjectTypeLabel();
  return OBJECT_TYPES.map((value) => ({ value, label: objectTypeLabel(value).singular }));
}
