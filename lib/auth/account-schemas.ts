import { z } from "zod";
import { MAX_PASSWORD_LENGTH, passwordSchema } from "./password-policy";
import { ROLES } from "./roles";

// The account forms' rules, defined once: the routes parse their bodies with them and the pages'
// forms check with them before sending (this file loads no server code, so the browser may import it).

const roleField = z.enum(ROLES, { error: () => `role must be one of ${ROLES.join(", ")}.` });

export const newUserSchema = z.strictObject({
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(200, "Names are limited to 200 characters."),
  email: z
    .string({ error: "Enter an email address." })
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter an email address, like name@example.com.").max(320, "Email addresses are limited to 320 characters.")),
  password: passwordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;

export const userChangeSchema = z
  .strictObject({
    role: roleField.optional(),
    deactivated: z.boolean({ error: "deactivated is true or false." }).optional(),
  })
  .refine((change) => change.role !== undefined || change.deactivated !== undefined, "Send role or deactivated (or both).");

export const newApiTokenSchema = z.strictObject({
  name: z
    .string({ error: "Name the token (e.g. CRM sync)." })
    .trim()
    .min(1, "Name the token (e.g. CRM sync).")
    .max(100, "Token names are limited to 100 characters."),
  role: roleField,
  expiresInDays: z.number().int("Whole days.").min(1, "At least 1 day.").max(3650, "At most 3650 days.").optional(),
});

export const newInvitationSchema = z.strictObject({
  role: roleField,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter an email address, like name@example.com, or leave it out.").max(320))
    .optional(),
});

export const signInSchema = z.strictObject({
  email: z.string({ error: "Enter your email address." }).trim().toLowerCase().min(1, "Enter your email address.").max(320),
  password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH),
});
