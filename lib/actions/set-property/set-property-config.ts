import { z } from "zod";
import { valueSourceSchema } from "@/lib/actions/value-source";

export const setPropertyConfigSchema = z.strictObject({
  property: z
    .string({ error: "Choose the property to set." })
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,99}$/, "Property names use lower-case letters, digits and underscores."),
  value: valueSourceSchema,
});
export type SetPropertyConfig = z.infer<typeof setPropertyConfigSchema>;
