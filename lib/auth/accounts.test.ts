import { describe, expect, it } from "vitest";
import * as auditLog from "@/app/api/audit-log/route";
import * as invitation from "@/app/api/invite/[token]/route";
import * as invitations from "@/app/api/invitations/route";
import * as session from "@/app/api/session/route";
import * as sessions from "@/app/api/sessions/route";
import * as setup from "@/app/api/setup/route";
import * as token from "@/app/api/tokens/[id]/route";
import * as tokens from "@/app/api/tokens/route";
import * as user from "@/app/api/users/[id]/route";
import * as users from "@/app/api/users/route";
import * as workflows from "@/app/api/workflows/route";
import { db } from "@/lib/db";
import { callRoute } from "@/test/call-route";
import { databaseHolds } from "@/test/stored-text";
import { MAX_FAILURES } from "./sign-in-throttle";

// Accounts through the real routes and database: setup, sign-in and its throttling, sessions,
// deactivation, the last Owner, invitation links, API tokens, and what the database keeps.

const PASSWORD = "a long enough passphrase";
const cookieOf = (setCookie: string | null) => (setCookie ?? "").split(";")[0];

async function signIn(email: string, password = PASSWORD, ip = "203.0.113.7") {
  return callRoute(session.POST, { body: { email, password }, as: "anonymous", headers: { "x-forwarded-for": ip } });
}

async function invite(role: string, email?: string) {
  const created = await callRoute(invitations.POST, { body: { role, ...(email ? { email } : {}) } });
  expect(created.status).toBe(201);
  return created.json as { id: string; token: string; url: string; path: string; expiresAt: string };
}

async function join(role: "VIEWER" | "EDITOR" | "ADMIN" | "OWNER", email: string) {
  const { token: value } = await invite(role);
  const joined = await callRoute(invitation.POST, {
    params: { token: value },
    body: { name: email.split("@")[0], email, password: PASSWORD },
    as: "anonymous",
  });
  expect(joined.status).toBe(201);
  return { id: joined.json.user.id as string, cookie: cookieOf(joined.headers.get("set-cookie")) };
}

describe("first setup", () => {
  it("creates the owner once, signs them in with an HttpOnly SameSite=Lax cookie, and then refuses", async () => {
    expect((await callRoute(setup.GET, { as: "anonymous" })).json).toEqual({ needsSetup: true });
    const created = await callRoute(setup.POST, { body: { name: "Ada", email: "ada@example.com", password: PASSWORD }, as: "anonymous" });
    expect(created.status).toBe(201);
    expect(created.json.user).toMatchObject({ email: "ada@example.com", role: "OWNER" });
    const cookie = created.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^hookflow\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await callRoute(session.GET, { as: "anonymous", headers: { cookie: cookieOf(cookie) } });
    expect(me.json).toMatchObject({ user: { email: "ada@example.com", role: "OWNER" }, via: { kind: "session" } });

    const again = await callRoute(setup.POST, { body: { name: "Eve", email: "eve@example.com", password: PASSWORD }, as: "anonymous" });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("ALREADY_SET_UP");
    expect((await callRoute(setup.GET, { as: "anonymous" })).json).toEqual({ needsSetup: false });
  });

  it("marks the cookie Secure (and __Secure-) when the app is reached over HTTPS", async () => {
    await join("VIEWER", "secure@example.com");
    const signedIn = await callRoute(session.POST, {
      origin: "https://hookflow.example",
      body: { email: "secure@example.com", password: PASSWORD },
      as: "anonymous",
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("set-cookie")).toMatch(/^__Secure-hookflow\.session_token=.*; Secure/i);
  });
});

describe("signing in", () => {
  it("answers a wrong password and an unknown email alike, and signs out on the server", async () => {
    await join("EDITOR", "grace@example.com");
    const wrong = await signIn("grace@example.com", "not the password at all");
    const unknown = await signIn("nobody@example.com", "not the password at all");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.json).toEqual(wrong.json);
    expect(wrong.json.error).toEqual({
      code: "BAD_CREDENTIALS",
      key: "BAD_CREDENTIALS.wrong",
      message: "The email or password is not right.",
    });

    const ok = await signIn("GRACE@example.com ");
    expect(ok.status).toBe(200);
    const cookie = cookieOf(ok.headers.get("set-cookie"));
    expect((await callRoute(workflows.GET, { as: "anonymous", headers: { cookie } })).status).toBe(200);
    const out = await callRoute(session.DELETE, { method: "DELETE", as: "anonymous", headers: { cookie } });
    expect(out.status).toBe(204);
    expect((await callRoute(workflows.GET, { as: "anonymous", headers: { cookie } })).status).toBe(401);
  });

  it("keeps a session in use alive: once a day of use, the session and the browser's cookie are extended", async () => {
    await join("VIEWER", "daily@example.com");
    const cookie = cookieOf((await signIn("daily@example.com")).headers.get("set-cookie"));
    const fresh = await callRoute(workflows.GET, { as: "anonymous", headers: { cookie } });
    expect(fresh.headers.get("set-cookie")).toBeNull();
    // Signed in two days ago: the session would end in five days.
    const user = await db.user.findUniqueOrThrow({ where: { email: "daily@example.com" } });
    await db.session.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() + 5 * 86_400_000) } });
    const used = await callRoute(workflows.GET, { as: "anonymous", headers: { cookie } });
    expect(used.status).toBe(200);
    expect(used.headers.get("set-cookie")).toMatch(/^hookflow\.session_token=.*Max-Age=604800/);
    const session = await db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { expiresAt: "desc" } });
    expect(session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
  });

  it("throttles failures per account (even with the right password next) and per address, with Retry-After", async () => {
    await join("VIEWER", "target@example.com");
    for (let i = 0; i < MAX_FAILURES.account; i++) {
      expect((await signIn("target@example.com", `wrong guess number ${i}`, `198.51.100.${i}`)).status).toBe(401);
    }
    const locked = await signIn("target@example.com", PASSWORD, "198.51.100.99");
    expect(locked.status).toBe(429);
    expect(locked.json.error.code).toBe("TOO_MANY_ATTEMPTS");
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(800);
    // An email with no account is throttled the same way, so the answer tells nothing.
    for (let i = 0; i < MAX_FAILURES.account; i++) await signIn("ghost@example.com", `guess ${i}`, `198.51.100.${i}`);
    expect((await signIn("ghost@example.com", "guess", "198.51.100.99")).status).toBe(429);

    // One address spraying many accounts.
    for (let i = 0; i < MAX_FAILURES.client; i++) await signIn(`spray${i}@example.com`, "spray password", "192.0.2.1");
    const sprayed = await signIn("target2@example.com", "spray password", "192.0.2.1");
    expect(sprayed.status).toBe(429);
    expect((await signIn("target2@example.com", "spray password", "192.0.2.2")).status).toBe(401);

    const audit = await callRoute(auditLog.GET, { query: { action: "signin.throttled" } });
    expect(audit.json.entries.length).toBeGreaterThan(0);
    expect(audit.json.entries[0]).toMatchObject({ actor: { kind: "anonymous" } });
  });
});

describe("users", () => {
  it("deactivation ends the user's sessions and tokens at once; reactivation lets them sign in again", async () => {
    const editor = await join("ADMIN", "deact@example.com");
    const cookie = editor.cookie;
    expect((await callRoute(session.GET, { as: "anonymous", headers: { cookie } })).status).toBe(200);
    const made = await callRoute(tokens.POST, { as: "anonymous", headers: { cookie }, body: { name: "Their script", role: "EDITOR" } });
    expect(made.status).toBe(201);
    const bearer = { authorization: `Bearer ${made.json.token}` };
    expect((await callRoute(workflows.GET, { as: "anonymous", headers: bearer })).status).toBe(200);

    const off = await callRoute(user.PATCH, { method: "PATCH", params: { id: editor.id }, body: { deactivated: true } });
    expect(off.status).toBe(200);
    expect(off.json.user.deactivatedAt).toEqual(expect.any(String));
    expect((await callRoute(session.GET, { as: "anonymous", headers: { cookie } })).status).toBe(401);
    expect(await db.session.count({ where: { userId: editor.id } })).toBe(0);
    expect((await callRoute(workflows.GET, { as: "anonymous", headers: bearer })).status).toBe(401);
    expect((await signIn("deact@example.com")).json.error.message).toMatch(/deactivated/);

    await callRoute(user.PATCH, { method: "PATCH", params: { id: editor.id }, body: { deactivated: false } });
    expect((await signIn("deact@example.com")).status).toBe(200);
  });

  it("keeps the last Owner, and nobody gives or changes a role above their own", async () => {
    const list = await callRoute(users.GET);
    const owners = list.json.users.filter((u: { role: string; deactivatedAt: string | null }) => u.role === "OWNER" && !u.deactivatedAt);
    // The test file's own Owner (its token makes these calls) and the setup's: make the others Admins.
    const me = (await callRoute(session.GET)).json.user.id as string;
    const others = owners.filter((owner: { id: string }) => owner.id !== me);
    expect(others.length).toBeGreaterThan(0);
    for (const owner of others) {
      expect((await callRoute(user.PATCH, { method: "PATCH", params: { id: owner.id }, body: { role: "ADMIN" } })).status).toBe(200);
    }
    const last = { id: me };
    const demote = await callRoute(user.PATCH, { method: "PATCH", params: { id: last.id }, body: { role: "ADMIN" } });
    expect(demote.status).toBe(409);
    expect(demote.json.error.code).toBe("LAST_OWNER");
    expect((await callRoute(user.PATCH, { method: "PATCH", params: { id: last.id }, body: { deactivated: true } })).json.error.code).toBe(
      "LAST_OWNER",
    );
    for (const owner of owners.slice(1))
      await callRoute(user.PATCH, { method: "PATCH", params: { id: owner.id }, body: { role: "OWNER" } });

    const admin = await join("ADMIN", "admin@example.com");
    const asAdmin = { as: "anonymous" as const, headers: { cookie: admin.cookie } };
    const promote = await callRoute(user.PATCH, { ...asAdmin, method: "PATCH", params: { id: admin.id }, body: { role: "OWNER" } });
    expect(promote.status).toBe(403);
    expect(
      (await callRoute(user.PATCH, { ...asAdmin, method: "PATCH", params: { id: last.id }, body: { deactivated: true } })).status,
    ).toBe(403);
    expect((await callRoute(invitations.POST, { ...asAdmin, body: { role: "OWNER" } })).status).toBe(403);
    expect((await callRoute(tokens.POST, { ...asAdmin, body: { name: "Too high", role: "OWNER" } })).status).toBe(403);
    expect((await callRoute(user.PATCH, { method: "PATCH", params: { id: "no-such-user" }, body: { role: "VIEWER" } })).status).toBe(404);
    expect((await callRoute(user.PATCH, { method: "PATCH", params: { id: admin.id }, body: {} })).status).toBe(400);
  });

  it("signs out of all sessions", async () => {
    const viewer = await join("VIEWER", "many@example.com");
    const second = cookieOf((await signIn("many@example.com")).headers.get("set-cookie"));
    const ended = await callRoute(sessions.DELETE, { method: "DELETE", as: "anonymous", headers: { cookie: viewer.cookie } });
    expect(ended.json).toEqual({ ended: 2 });
    expect((await callRoute(session.GET, { as: "anonymous", headers: { cookie: second } })).status).toBe(401);
  });
});

describe("invitation links", () => {
  it("work once, only until they expire, only for their email, and only their hash is kept", async () => {
    const link = await invite("EDITOR", "bound@example.com");
    expect(link.url).toBe(`http://localhost/invite/${link.token}`);
    expect((await callRoute(invitation.GET, { params: { token: link.token }, as: "anonymous" })).json).toMatchObject({
      role: "EDITOR",
      email: "bound@example.com",
    });
    const wrongEmail = await callRoute(invitation.POST, {
      params: { token: link.token },
      body: { name: "X", email: "other@example.com", password: PASSWORD },
      as: "anonymous",
    });
    expect(wrongEmail.status).toBe(400);
    const accepted = await callRoute(invitation.POST, {
      params: { token: link.token },
      body: { name: "Bound", email: "bound@example.com", password: PASSWORD },
      as: "anonymous",
    });
    expect(accepted.status).toBe(201);
    expect(accepted.json.user.role).toBe("EDITOR");
    const twice = await callRoute(invitation.POST, {
      params: { token: link.token },
      body: { name: "Again", email: "bound@example.com", password: PASSWORD },
      as: "anonymous",
    });
    expect(twice.status).toBe(410);
    expect(twice.json.error.code).toBe("INVITATION_GONE");

    const expired = await invite("VIEWER");
    await db.invitation.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callRoute(invitation.GET, { params: { token: expired.token }, as: "anonymous" })).status).toBe(410);
    expect(
      (
        await callRoute(invitation.POST, {
          params: { token: expired.token },
          body: { name: "Late", email: "late@example.com", password: PASSWORD },
          as: "anonymous",
        })
      ).status,
    ).toBe(410);
    expect((await callRoute(invitation.GET, { params: { token: "not-a-token" }, as: "anonymous" })).status).toBe(404);

    // Two acceptances at once: one account.
    const raced = await invite("VIEWER");
    const results = await Promise.all(
      ["race1@example.com", "race2@example.com"].map((email) =>
        callRoute(invitation.POST, { params: { token: raced.token }, body: { name: "Racer", email, password: PASSWORD }, as: "anonymous" }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 410]);

    const withdrawn = await invite("VIEWER");
    const { DELETE } = await import("@/app/api/invitations/[id]/route");
    expect((await callRoute(DELETE, { method: "DELETE", params: { id: withdrawn.id } })).status).toBe(204);
    expect((await callRoute(invitation.GET, { params: { token: withdrawn.token }, as: "anonymous" })).status).toBe(410);
    expect(JSON.stringify(await db.invitation.findMany())).not.toContain(link.token);
  });
});

describe("API tokens", () => {
  it("show the value once, work as Bearer on any route, stop when revoked, and are never stored in plain text", async () => {
    const created = await callRoute(tokens.POST, { body: { name: "CRM sync", role: "EDITOR", expiresInDays: 30 } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      name: "CRM sync",
      role: "EDITOR",
      token: expect.stringMatching(/^hf_[A-Za-z0-9_-]{43}$/),
      expiresAt: expect.any(String),
    });
    const value: string = created.json.token;
    const bearer = { authorization: `Bearer ${value}` };
    expect((await callRoute(workflows.GET, { as: "anonymous", headers: bearer })).status).toBe(200);
    const me = await callRoute(session.GET, { as: "anonymous", headers: bearer });
    expect(me.json.via).toMatchObject({ kind: "token", tokenName: "CRM sync" });

    const list = await callRoute(tokens.GET);
    expect(list.text).not.toContain(value);
    expect(list.json.tokens.find((t: { id: string }) => t.id === created.json.id)).toMatchObject({
      prefix: value.slice(0, 7),
      lastUsedAt: expect.any(String),
      revokedAt: null,
    });

    expect((await callRoute(token.DELETE, { method: "DELETE", params: { id: created.json.id } })).status).toBe(204);
    const after = await callRoute(workflows.GET, { as: "anonymous", headers: bearer });
    expect(after.status).toBe(401);
    expect(after.text).not.toContain(value);

    const audit = await callRoute(auditLog.GET, { query: { targetType: "token", targetId: created.json.id } });
    expect(audit.json.entries.map((e: { action: string }) => e.action)).toEqual(["token.revoked", "token.created"]);
    expect(audit.json.entries[1].actor.label).toBe("Test owner via the API token owner tests");
    expect(JSON.stringify(audit.json)).not.toContain(value);

    // Neither token values nor passwords are in the database (on SQLite: the file, in any form SQLite keeps).
    expect(await databaseHolds(value)).toBe(false);
    expect(await databaseHolds(PASSWORD)).toBe(false);
  });
});
