import { z } from "zod";

// Where an action reads a value from: a property of the enrolled record, a fixed
// value, a field of the webhook trigger's payload, or an output of an earlier action.
export const valueSourceSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("PROPERTY"), property: z.string().trim().min(1, "Choose a property.") }),
    z.strictObject({ type: z.literal("STATIC"), value: z.string().max(10_000, "Static values are limited to 10,000 characters.") }),
    z.strictObject({ type: z.literal("TRIGGER"), path: z.string().trim().min(1, "Choose a webhook trigger property.") }),
    z.strictObject({
      type: z.literal("OUTPUT"),
      actionId: z.string().min(1, "Choose an action."),
      output: z.string().min(1, "Choose an output."),
    }),
  ],
  { error: () => "source.type must be PROPERTY, STATIC, TRIGGER or OUTPUT." },
);
export type ValueSource = z.infer<typeof valueSourceSchema>;

/** The record properties the sources read. */
export const sourceProperties = (sources: ValueSource[]): string[] =>
  sources.flatMap((source) => (source.type === "PROPERTY" ? [source.property] : []));

export const keyedSourceSchema = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1, "Every row needs a key.")
    .max(200, "Keys are limited to 200 characters.")
    // Refused rather than sent: receivers written in JavaScript take it as an object's prototype
    // (or drop it, as qs does for query strings), never as a field, and Hookflow's own API
    // refuses it as a JSON key too. Configs saved before still send it as a plain key.
    .refine(
      (key) => key !== "__proto__",
      'The key "__proto__" is not allowed: JavaScript receivers treat it as an object\'s prototype, not a field. Choose another key.',
    ),
  source: valueSourceSchema,
});
export type KeyedSource = z.infer<typeof keyedSourceSchema>;

/** Adds an issue for each key used more than once. */
export function refineUniqueKeys(rows: KeyedSource[], ctx: z.RefinementCtx, field: string) {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const first = seen.get(row.key);
    if (first !== undefined) {
      ctx.addIssue({ code: "custom", path: [field, index, "key"], message: `The key "${row.key}" is used more than once.` });
    } else seen.set(row.key, index);
  });
}
