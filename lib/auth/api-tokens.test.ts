import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiToken, registerApiToken, revokeApiToken, verifyApiToken } from "./api-tokens";
import { createUser } from "./users";
import { databaseHolds } from "@/test/stored-text";

const PASSWORD = "a long enough passphrase";

describe("API tokens", () => {
  it("are shown once, kept only as a hash, and act with their role until revoked", async () => {
    const admin = await createUser({ name: "Admin", email: "admin@example.com", password: PASSWORD }, "ADMIN");
    const created = await createApiToken(admin, { name: "CRM sync", role: "EDITOR", expiresInDays: 30 });
    expect(created).toMatchObject({ name: "CRM sync", role: "EDITOR", token: expect.stringMatching(/^hf_[A-Za-z0-9_-]{43}$/) });
    expect(Date.parse(created.expiresAt!) - Date.now()).toBeGreaterThan(29 * 86_400_000);

    expect(await verifyApiToken(created.token)).toEqual({ tokenId: created.id, name: "CRM sync", userId: admin.id, role: "EDITOR" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
    expect(await verifyApiToken(`${created.token}x`)).toBeNull();
    expect(await verifyApiToken("Bearer nonsense")).toBeNull();

    expect(await databaseHolds(created.token)).toBe(false);

    await revokeApiToken(created.id);
    expect(await verifyApiToken(created.token)).toBeNull();
    await expect(revokeApiToken("no-such-token")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot rise above their creator, stop when they expire, and stop when the creator is deactivated or demoted", async () => {
    const editor = await createUser({ name: "Editor", email: "editor@example.com", password: PASSWORD }, "EDITOR");
    await expect(createApiToken(editor, { name: "too high", role: "ADMIN" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/above yours/),
    });
    await expect(createApiToken(editor, { name: "", role: "VIEWER" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["name"] })],
    });

    const short = await createApiToken(editor, { name: "short-lived", role: "EDITOR", expiresInDays: 1 });
    expect(await verifyApiToken(short.token, new Date(Date.now() + 2 * 86_400_000))).toBeNull();

    const token = await createApiToken(editor, { name: "ci", role: "EDITOR" });
    await db.user.update({ where: { id: editor.id }, data: { role: "VIEWER" } });
    expect(await verifyApiToken(token.token)).toMatchObject({ role: "VIEWER" });
    await db.user.update({ where: { id: editor.id }, data: { deactivatedAt: new Date() } });
    expect(await verifyApiToken(token.token)).toBeNull();
  });

  it("can be registered from a given value (the bootstrap token), kept as a hash, with the owner's role", async () => {
    const owner = await createUser({ name: "Owner", email: "owner@example.com", password: PASSWORD }, "OWNER");
    const value = `hf_${"b".repeat(43)}`;
    const registered = await registerApiToken(owner, { name: "Bootstrap", value });
    expect(registered).toEqual({ id: expect.any(String), name: "Bootstrap", role: "OWNER" });
    expect(await verifyApiToken(value)).toEqual({ tokenId: registered.id, name: "Bootstrap", userId: owner.id, role: "OWNER" });
    expect(await verifyApiToken(`hf_${"b".repeat(42)}`)).toBeNull();
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: registered.id } });
    expect(row).toMatchObject({ prefix: "hf_bbbb", expiresAt: null, revokedAt: null });
    expect(row.tokenHash).not.toContain(value);
    await expect(registerApiToken(owner, { name: "short", value: "hf_short" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    // The same value twice is one token: the hash is unique.
    await expect(registerApiToken(owner, { name: "again", value })).rejects.toThrow();
  });
});
