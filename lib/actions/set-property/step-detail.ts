/** Where a Set property value step read its value: null for a fixed value; an earlier action (null when gone from the run) and its output. */
export type SetPropertyStepSource =
  | { type: "PROPERTY"; property: string }
  | { type: "TRIGGER"; path: string }
  | { type: "OUTPUT"; output: string; action: { type: string; name: string | null } | null };

/** What the run page is told about a Set property value step: the property, the value written (null when none) and its source (null: a fixed value). */
export type SetPropertyStepDetail = { property: string; value: string | null; source: SetPropertyStepSource | null };
