import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/audit-log";
import { db } from "@/lib/db";
import { verifyApiToken } from "./api-tokens";
import { bootstrap } from "./bootstrap";
import { needsSetup } from "./setup";
import { signIn } from "./sign-in";

const TOKEN = `hf_${Buffer.alloc(32, 3).toString("base64url")}`;
const settings = { name: "Ada", email: "ada@example.com", password: "a long enough passphrase", token: TOKEN };

describe("bootstrap from the environment", () => {
  it("does nothing without the variables", async () => {
    expect(await bootstrap(null)).toEqual({ created: false, reason: "not configured" });
    expect(await db.user.count()).toBe(0);
  });

  it("creates one owner and its token however many starts race, once, and never again once a user exists", async () => {
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => bootstrap(settings)));
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.created)).toEqual(Array(3).fill({ created: false, reason: "users exist" }));
    const owners = await db.user.findMany({ select: { id: true, name: true, email: true, role: true } });
    expect(owners).toEqual([{ id: expect.any(String), name: "Ada", email: "ada@example.com", role: "OWNER" }]);
    expect(await needsSetup()).toBe(false);

    // The given value works as an Owner token, kept as a hash only.
    expect(await verifyApiToken(TOKEN)).toMatchObject({ userId: owners[0].id, role: "OWNER", name: "Bootstrap" });
    expect(await db.apiToken.count()).toBe(1);
    expect(await db.apiToken.count({ where: { tokenHash: TOKEN } })).toBe(0);
    // And the password signs in.
    const signed = await signIn(
      { email: "ada@example.com", password: settings.password },
      { headers: new Headers(), secure: false, ip: "127.0.0.1" },
    );
    expect(signed.user.email).toBe("ada@example.com");

    const { entries } = await listAudit({ action: "setup.completed" });
    expect(entries).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ kind: "system", name: "Bootstrap" }),
        target: { type: "user", id: owners[0].id },
      }),
    ]);

    // A later start with other values changes nothing: no second owner, no new token, no password reset.
    await db.apiToken.updateMany({ data: { revokedAt: new Date() } });
    const again = await bootstrap({ ...settings, email: "eve@example.com", password: "another long passphrase" });
    expect(again).toEqual({ created: false, reason: "users exist" });
    expect(await db.user.count()).toBe(1);
    expect(await verifyApiToken(TOKEN)).toBeNull();
    expect(await db.auditEntry.count({ where: { action: "setup.completed" } })).toBe(1);
  });
});
