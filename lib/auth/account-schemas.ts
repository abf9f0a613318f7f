import { z } from "zod";
import { message } from "@/lib/i18n/validation";
import { MAX_PASSWORD_LENGTH, passwordSchema } from "./password-policy";
import { ROLES } from "./roles";

// The account forms' rules, defined once: the routes parse their bodies with them and the pages'
// forms check with them before sending (this file loads no server code, so the browser may import it).

const roleField = z.enum(ROLES, message("account.role", { roles: ROLES.join(", ") }));

export const newUserSchema = z.strictObject({
  name: z.string(message("account.name")).trim().min(1, message("account.name")).max(200, message("account.nameTooLong")),
  email: z
    .string(message("account.email"))
    .trim()
    .toLowerCase()
    .pipe(z.email(message("account.emailFormat")).max(320, message("account.emailTooLong"))),
  password: passwordSchema,
});
export type NewUser = z.infer<typeof newUserSchema>;

export const userChangeSchema = z
  .strictObject({
    role: roleField.optional(),
    deactivated: z.boolean(message("account.deactivated")).optional(),
  })
  .refine((change) => change.role !== undefined || change.deactivated !== undefined, message("account.roleOrDeactivated"));

export const newApiTokenSchema = z.strictObject({
  name: z.string(message("account.tokenName")).trim().min(1, message("account.tokenName")).max(100, message("account.tokenNameTooLong")),
  role: roleField,
  expiresInDays: z
    .number()
    .int(message("account.wholeDays"))
    .min(1, message("account.minDays"))
    .max(3650, message("account.maxDays"))
    .optional(),
});

export const newInvitationSchema = z.strictObject({
  role: roleField,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email(message("account.invitationEmail")).max(320))
    .optional(),
});

export const signInSchema = z.strictObject({
  email: z.string(message("account.signInEmail")).trim().toLowerCase().min(1, message("account.signInEmail")).max(320),
  password: z.string(message("account.signInPassword")).min(1, message("account.signInPassword")).max(MAX_PASSWORD_LENGTH),
});
