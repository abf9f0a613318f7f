import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/audit-log";
import { needsSetup } from "@/lib/auth/setup";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";

// npm run user:create and npm run user:reset-password, run for real (tsx, as npm runs them) on
// this file's database, with the password in HOOKFLOW_PASSWORD; without it and without a
// terminal they refuse.
const run = (script: string, args: string[], password?: string) => {
  const env: NodeJS.ProcessEnv = { ...process.env, HOOKFLOW_PASSWORD: password };
  if (password === undefined) delete env.HOOKFLOW_PASSWORD;
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], {
    env,
    encoding: "utf8",
    timeout: 60_000,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const client = { headers: new Headers(), secure: false, ip: "127.0.0.1" };
const PASSWORD = "first long passphrase";

// Each command is a new Node process (a few seconds each on a busy machine).
describe("npm run user:create", { timeout: 240_000 }, () => {
  it("creates the owner of a new install (completing its setup), then users of any role; refuses clearly", async () => {
    expect(await needsSetup()).toBe(true);
    const early = run("user-create", ["--email", "viewer@example.com", "--name", "Vic", "--role", "viewer"], PASSWORD);
    expect(early.status).toBe(1);
    expect(early.stderr).toContain("no owner yet");

    const owner = run("user-create", ["--email", "Ada@Example.com", "--name", "Ada", "--role", "OWNER"], PASSWORD);
    expect(owner.stderr).toBe("");
    expect(owner.status).toBe(0);
    expect(owner.stdout).toContain("Created Ada (ada@example.com) as Owner, the owner of this install.");
    expect(await needsSetup()).toBe(false);
    expect((await signIn({ email: "ada@example.com", password: PASSWORD }, client)).user).toMatchObject({ name: "Ada", role: "OWNER" });

    const viewer = run("user-create", ["--email=vic@example.com", "--name=Vic", "--role=viewer"], PASSWORD);
    expect(viewer.status).toBe(0);
    expect(await db.user.findUnique({ where: { email: "vic@example.com" }, select: { role: true } })).toEqual({ role: "VIEWER" });

    const { entries } = await listAudit({ action: "user.created" });
    expect(entries.map((e) => [e.actor.kind, e.actor.name, e.summary])).toEqual([
      ["system", "Command line", "Vic (vic@example.com) created as Viewer from the command line."],
      ["system", "Command line", "Ada (ada@example.com) created as Owner from the command line, completing the setup."],
    ]);

    const refusals: [string[], string | undefined, number, RegExp][] = [
      [
        ["--email", "ada@example.com", "--name", "Ada", "--role", "ADMIN"],
        PASSWORD,
        1,
        /already exists.*user:reset-password -- --email ada@example.com/,
      ],
      [["--email", "new@example.com", "--name", "New", "--role", "ADMIN"], "short", 1, /password: Use at least 12 characters/],
      [["--email", "new@example.com", "--name", "New", "--role", "ADMIN"], undefined, 1, /No password: set HOOKFLOW_PASSWORD/],
      [
        ["--email", "new@example.com", "--name", "New", "--role", "ADMIN", "--password", PASSWORD],
        undefined,
        2,
        /not taken from the command line/,
      ],
      [
        ["--email", "new@example.com", "--name", "New", "--role", "KING"],
        PASSWORD,
        2,
        /--role must be one of VIEWER, EDITOR, ADMIN, OWNER; got "KING"/,
      ],
      [["--email", "new@example.com", "--role", "ADMIN"], PASSWORD, 2, /Missing --name\.\nUsage: npm run user:create/],
      [["--email", "not-an-email", "--name", "New", "--role", "ADMIN"], PASSWORD, 1, /email: Enter an email address/],
      [["--email", "new@example.com", "--name", "New", "--role", "ADMIN", "--colour", "red"], PASSWORD, 2, /Unknown option '--colour'/],
    ];
    for (const [args, password, status, message] of refusals) {
      const result = run("user-create", args, password);
      expect(result.stderr, args.join(" ")).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(result.status, args.join(" ")).toBe(status);
    }
    expect(await db.user.count()).toBe(2);
  });
});

describe("npm run user:reset-password", { timeout: 240_000 }, () => {
  it("sets the password, ends the user's sessions and clears their failed attempts", async () => {
    const created = run("user-create", ["--email", "bo@example.com", "--name", "Bo", "--role", "OWNER"], PASSWORD);
    expect(created.status).toBe(0);
    const bo = await db.user.findUniqueOrThrow({ where: { email: "bo@example.com" } });
    await signIn({ email: "bo@example.com", password: PASSWORD }, client);
    expect(await db.session.count({ where: { userId: bo.id } })).toBe(1);
    for (let i = 0; i < 5; i++) await expect(signIn({ email: "bo@example.com", password: "wrong guess number" }, client)).rejects.toThrow();
    await expect(signIn({ email: "bo@example.com", password: PASSWORD }, client)).rejects.toMatchObject({ code: "TOO_MANY_ATTEMPTS" });

    const reset = run("user-reset-password", ["--email", "BO@example.com"], "second long passphrase");
    expect(reset.stderr).toBe("");
    expect(reset.status).toBe(0);
    expect(reset.stdout).toContain("Password set for Bo (BO@example.com); their sessions have ended.");
    expect(await db.session.count({ where: { userId: bo.id } })).toBe(0);
    await expect(signIn({ email: "bo@example.com", password: PASSWORD }, client)).rejects.toMatchObject({ code: "BAD_CREDENTIALS" });
    expect((await signIn({ email: "bo@example.com", password: "second long passphrase" }, client)).user.id).toBe(bo.id);
    const { entries } = await listAudit({ action: "user.password_reset" });
    expect(entries).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ kind: "system", name: "Command line" }),
        target: { type: "user", id: bo.id },
      }),
    ]);

    const unknown = run("user-reset-password", ["--email", "nobody@example.com"], "third long passphrase");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("No user has the email nobody@example.com");
    const weak = run("user-reset-password", ["--email", "bo@example.com"], "password1234");
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("most common");
    const missing = run("user-reset-password", [], "third long passphrase");
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("Missing --email.");
  });
});
