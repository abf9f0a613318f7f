import { z } from "zod";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { passwordSchema } from "./password-policy";
import type { Role } from "./roles";

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

/**
 * Creates a user with a password, through Better Auth (which hashes it), with the given role.
 * The caller decides who may: setup (the first owner) or an invitation.
 */
export async function createUser(input: NewUser, role: Role) {
  const { name, email, password } = newUserSchema.parse(input);
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    throw new AppError("CONFLICT", "A user with this email already exists.");
  }
  const { user } = await auth().api.signUpEmail({ body: { name, email, password } });
  await db.user.update({ where: { id: user.id }, data: { role } });
  return { id: user.id, name: user.name, email: user.email, role };
}
