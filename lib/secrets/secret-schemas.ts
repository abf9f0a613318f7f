import { z } from "zod";

export const SECRET_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const secretNameSchema = z
  .string({ error: "name is required." })
  .trim()
  .regex(
    SECRET_NAME_PATTERN,
    "name must start with a letter and use only letters, digits and underscores (at most 64 characters).",
  );

export const createSecretSchema = z.strictObject({
  name: secretNameSchema,
  value: z
    .string({ error: "value is required." })
    .min(1, "value must not be empty.")
    .refine((value) => value.trim().length > 0, "value must not be only spaces.")
    .max(8192, "value must be at most 8192 characters."),
});
export type CreateSecretInput = z.infer<typeof createSecretSchema>;

/** A secret as the API returns it: never its value. `usedBy`: the workflows that name it. */
export type SecretSummary = { name: string; createdAt: string; updatedAt: string; usedBy: { id: string; name: string }[] };
