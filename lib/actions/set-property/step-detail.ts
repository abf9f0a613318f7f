/** What the run page is told about a Set property value step: the property, the value written (null when none) and its source (null: a fixed value). */
export type SetPropertyStepDetail = { property: string; value: string | null; source: string | null };
