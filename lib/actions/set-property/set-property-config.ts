import { z } from "zod";
import { message } from "@/lib/i18n/validation";
import { valueSourceSchema } from "@/lib/actions/value-source";

export const setPropertyConfigSchema = z.strictObject({
  property: z
    .string(message("setProperty.property"))
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,99}$/, message("setProperty.propertyName")),
  value: valueSourceSchema,
});
export type SetPropertyConfig = z.infer<typeof setPropertyConfigSchema>;
