import { z } from "zod";
import { customIssue, message } from "@/lib/i18n/validation";

// Where an action reads a value from: a property of the enrolled record, a fixed
// value, a field of the webhook trigger's payload, or an output of an earlier action.
export const valueSourceSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("PROPERTY"), property: z.string().trim().min(1, message("valueSource.property")) }),
    z.strictObject({ type: z.literal("STATIC"), value: z.string().max(10_000, message("valueSource.staticTooLong")) }),
    z.strictObject({ type: z.literal("TRIGGER"), path: z.string().trim().min(1, message("valueSource.triggerPath")) }),
    z.strictObject({
      type: z.literal("OUTPUT"),
      actionId: z.string().min(1, message("valueSource.actionId")),
      output: z.string().min(1, message("valueSource.output")),
    }),
  ],
  message("valueSource.type"),
);
export type ValueSource = z.infer<typeof valueSourceSchema>;

/** The record properties the sources read. */
export const sourceProperties = (sources: ValueSource[]): string[] =>
  sources.flatMap((source) => (source.type === "PROPERTY" ? [source.property] : []));

export const keyedSourceSchema = z.strictObject({
  key: z
    .string()
    .trim()
    .min(1, message("valueSource.keyEmpty"))
    .max(200, message("valueSource.keyTooLong"))
    // Refused rather than sent: receivers written in JavaScript take it as an object's prototype
    // (or drop it, as qs does for query strings), never as a field, and Hookflow's own API
    // refuses it as a JSON key too. Configs saved before still send it as a plain key.
    .refine((key) => key !== "__proto__", message("valueSource.keyProto")),
  source: valueSourceSchema,
});
export type KeyedSource = z.infer<typeof keyedSourceSchema>;

/** Adds an issue for each key used more than once. */
export function refineUniqueKeys(rows: KeyedSource[], ctx: z.RefinementCtx, field: string) {
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const first = seen.get(row.key);
    if (first !== undefined) {
      ctx.addIssue(customIssue("valueSource.keyDuplicate", { name: row.key }, [field, index, "key"]));
    } else seen.set(row.key, index);
  });
}
