import { OBJECT_TYPE_LABELS, OBJECT_TYPES } from "@/lib/crm/object-types";

export const objectTypeOptions = OBJECT_TYPES.map((value) => ({ value, label: OBJECT_TYPE_LABELS[value].singular }));
