import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { needsSetup, setupOwner } from "./setup";

const owner = (n: number) => ({ name: `Owner ${n}`, email: `owner${n}@example.com`, password: "a long enough passphrase" });

describe("first start: the owner account", () => {
  it("is created once, however many setups race; the others are told to sign in", async () => {
    expect(await needsSetup()).toBe(true);
    // A setup that fails (a weak password) gives its claim back.
    await expect(setupOwner({ ...owner(0), password: "short" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["password"] })],
    });
    expect(await needsSetup()).toBe(true);

    const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => setupOwner(owner(n))));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const lost of results.filter((r) => r.status === "rejected")) {
      expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: "ALREADY_SET_UP", message: expect.stringMatching(/sign in/) });
    }
    expect(await db.user.count({ where: { role: "OWNER" } })).toBe(1);
    const installation = await db.installation.findUniqueOrThrow({ where: { id: 1 } });
    expect(installation.ownerId).toBe((won[0] as PromiseFulfilledResult<{ id: string }>).value.id);
    expect(await needsSetup()).toBe(false);
    await expect(setupOwner(owner(9))).rejects.toMatchObject({ code: "ALREADY_SET_UP" });
  });
});
