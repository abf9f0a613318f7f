import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createWorkflow } from "@/lib/workflows/workflows";

// On SQLite this process has one connection. A statement made outside a transaction while one is
// open must not run inside it: the transaction's rollback would undo a write whose caller was
// already told it was done, and a read would see writes that were never committed.
describe("statements outside a transaction", () => {
  it("are neither undone by another transaction's rollback nor see its uncommitted writes", async () => {
    const workflow = await createWorkflow({ name: "outside", objectType: "contact" });
    let read: Promise<string | undefined> | undefined;
    let outsideWrite: Promise<unknown> | undefined;
    const failing = db.$transaction(async (tx) => {
      await tx.workflow.update({ where: { id: workflow.id }, data: { name: "uncommitted" } });
      // While this transaction is open: a read and a write by other callers (`then` sends a
      // Prisma query; it is lazy until then).
      read = db.workflow.findUnique({ where: { id: workflow.id }, select: { name: true } }).then((row) => row?.name);
      outsideWrite = db.secret.create({ data: { name: "OUTSIDE_WRITE", valueEncrypted: "x" } }).then();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("roll back");
    });
    await expect(failing).rejects.toThrow("roll back");
    await outsideWrite;
    expect(await read).toBe("outside");
    expect(await db.secret.findUnique({ where: { name: "OUTSIDE_WRITE" }, select: { name: true } })).toEqual({ name: "OUTSIDE_WRITE" });
    await db.secret.delete({ where: { name: "OUTSIDE_WRITE" } });
    expect((await db.workflow.findUniqueOrThrow({ where: { id: workflow.id } })).name).toBe("outside");
  });
});
