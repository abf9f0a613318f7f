import { z } from "zod";

export const SECRET_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const secretNameSchema = z
  .string({ error: "name is required." })
  .trim()
  .regex(SECRET_NAME_PATTERN, "name must start with a letter and use only letters, digits and underscores (at most 64 characters).");

/** What no header value may carry (tab aside): CR, LF, NUL, the other C0 controls and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTERS = /[\x00-\x08\x0a-\x1f\x7f]/;

const secretValueSchema = z
  .string({ error: "value is required." })
  .min(1, "value must not be empty.")
  .refine((value) => value.trim().length > 0, "value must not be only spaces.")
  .refine(
    (value) => !CONTROL_CHARACTERS.test(value),
    "value must not contain a line break or another control character: it could not be sent in a header. A pasted value often ends with a line break; remove it.",
  )
  .max(8192, "value must be at most 8192 characters.");

export const createSecretSchema = z.strictObject({ name: secretNameSchema, value: secretValueSchema });
/** A new value for an existing secret (rotation): its name, and so the workflows that use it, stay. */
export const replaceSecretSchema = z.strictObject({ value: secretValueSchema });
export type ReplaceSecretInput = z.infer<typeof replaceSecretSchema>;
export type CreateSecretInput = z.infer<typeof createSecretSchema>;

/** A secret as the API returns it: never its value. `usedBy`: the workflows that name it. */
export type SecretSummary = { name: string; createdAt: string; updatedAt: string; usedBy: { id: string; name: string }[] };
