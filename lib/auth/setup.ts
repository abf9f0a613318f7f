import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type NewUser, newUserSchema } from "./account-schemas";
import { createUser } from "./users";

// First start: "Create the owner account". It happens once: the Installation row (id 1) is
// claimed before the owner is created, so of two setups at the same moment one wins and the
// other is told to sign in; a setup that fails after its claim gives the claim back.

/** Whether the install still needs its owner (no setup has completed or is under way). */
export async function needsSetup(): Promise<boolean> {
  return (await db.installation.findUnique({ where: { id: 1 }, select: { id: true } })) === null;
}

/** Creates the owner, once. */
export async function setupOwner(input: NewUser) {
  const owner = newUserSchema.parse(input);
  try {
    await db.installation.create({ data: { id: 1, ownerId: "" } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw AppError.of("ALREADY_SET_UP");
    }
    throw error;
  }
  try {
    const user = await createUser(owner, "OWNER");
    await db.installation.update({ where: { id: 1 }, data: { ownerId: user.id } });
    return user;
  } catch (error) {
    await db.installation.delete({ where: { id: 1 } });
    throw error;
  }
}
