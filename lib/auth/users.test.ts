import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { auth } from "./auth";
import { createUser } from "./users";
import { databaseHolds } from "@/test/stored-text";

const PASSWORD = "correct horse battery staple";

describe("users and passwords", () => {
  it("creates a user with a role and signs them in; the password is stored only as a scrypt hash", async () => {
    const created = await createUser({ name: "Ada Owner", email: " Ada@Example.com ", password: PASSWORD }, "OWNER");
    expect(created).toMatchObject({ name: "Ada Owner", email: "ada@example.com", role: "OWNER" });
    expect(await db.user.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({ role: "OWNER", deactivatedAt: null });

    const account = await db.account.findFirstOrThrow({ where: { userId: created.id, providerId: "credential" } });
    expect(account.password).not.toContain(PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/); // salt:key, scrypt

    const signedIn = await auth().api.signInEmail({ body: { email: "ada@example.com", password: PASSWORD } });
    expect(signedIn.token).toEqual(expect.any(String));
    expect(await db.session.count({ where: { userId: created.id } })).toBe(1);
    await expect(auth().api.signInEmail({ body: { email: "ada@example.com", password: `${PASSWORD}!` } })).rejects.toThrow();

    // Nowhere in the database (on SQLite: the file, in any form SQLite might keep it).
    expect(await databaseHolds(PASSWORD)).toBe(false);
  });

  it("refuses short and common passwords, a bad email and a taken one, saying what to fix", async () => {
    await expect(createUser({ name: "Short", email: "short@example.com", password: "abc123" }, "VIEWER")).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["password"], message: "Use at least 12 characters." })],
    });
    await expect(createUser({ name: "Common", email: "common@example.com", password: "Password1234" }, "VIEWER")).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: expect.stringMatching(/most common/) })],
    });
    await expect(createUser({ name: "Same", email: "same@example.com", password: "aaaaaaaaaaab" }, "VIEWER")).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: expect.stringMatching(/different characters/) })],
    });
    await expect(createUser({ name: "Bad", email: "not an email", password: PASSWORD }, "VIEWER")).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["email"] })],
    });
    await createUser({ name: "Taken", email: "taken@example.com", password: PASSWORD }, "EDITOR");
    await expect(createUser({ name: "Again", email: "TAKEN@example.com", password: PASSWORD }, "EDITOR")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await db.user.count({ where: { email: { in: ["short@example.com", "common@example.com", "same@example.com"] } } })).toBe(0);
  });
});
