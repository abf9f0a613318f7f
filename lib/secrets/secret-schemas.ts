import { z } from "zod";
import { message } from "@/lib/i18n/validation";

export const SECRET_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export const secretNameSchema = z.string(message("secret.nameRequired")).trim().regex(SECRET_NAME_PATTERN, message("secret.namePattern"));

/** What no header value may carry (tab aside): CR, LF, NUL, the other C0 controls and DEL. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_CHARACTERS = /[\x00-\x08\x0a-\x1f\x7f]/;

const secretValueSchema = z
  .string(message("secret.valueRequired"))
  .min(1, message("secret.valueEmpty"))
  .refine((value) => value.trim().length > 0, message("secret.valueBlank"))
  .refine((value) => !CONTROL_CHARACTERS.test(value), message("secret.valueControl"))
  .max(8192, message("secret.valueTooLong"));

export const createSecretSchema = z.strictObject({ name: secretNameSchema, value: secretValueSchema });
/** A new value for an existing secret (rotation): its name, and so the workflows that use it, stay. */
export const replaceSecretSchema = z.strictObject({ value: secretValueSchema });
export type ReplaceSecretInput = z.infer<typeof replaceSecretSchema>;
export type CreateSecretInput = z.infer<typeof createSecretSchema>;

/** A secret as the API returns it: never its value. `usedBy`: the workflows that name it. */
export type SecretSummary = { name: string; createdAt: string; updatedAt: string; usedBy: { id: string; name: string }[] };
