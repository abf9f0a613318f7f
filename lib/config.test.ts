import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { config, ConfigError, CONFIG_VARIABLES, loadConfig } from "./config";

const key = Buffer.alloc(32, 5);
const TOKEN = `hf_${"x".repeat(43)}`;

describe("loadConfig", () => {
  it("gives the README's defaults for an empty environment, and treats empty values as unset", () => {
    const defaults = {
      port: 3000,
      databaseUrl: "file:./data/hookflow.db",
      secretKey: undefined,
      secretKeyFile: path.resolve("data", "secret.key"),
      worker: true,
      allowedPrivateHosts: [],
      trustProxy: false,
      webhookConcurrency: 64,
      perDestinationConcurrency: 16,
      defaultConcurrency: 4,
      shutdownGraceMs: 10_000,
      leaseMs: 60_000,
      portalId: 62515,
      retentionDays: 30,
      auditRetentionDays: 365,
      inspector: true,
      inspectorPort: 3443,
      inspectorTlsDir: path.resolve("data", "inspector-tls"),
      bootstrap: null,
    };
    expect(loadConfig({})).toEqual(defaults);
    expect(loadConfig(Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, ""])))).toEqual(defaults);
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      DATABASE_URL: "file:/tmp/x.db",
      HOOKFLOW_SECRET_KEY: key.toString("hex"),
      HOOKFLOW_SECRET_KEY_FILE: "/keys/k",
      HOOKFLOW_WORKER: "off",
      WEBHOOK_ALLOWED_PRIVATE_HOSTS: " LocalHost, [::1] ,,receiver.test",
      HOOKFLOW_TRUST_PROXY: "true",
      HOOKFLOW_WEBHOOK_CONCURRENCY: "8",
      HOOKFLOW_PER_DESTINATION_CONCURRENCY: "2",
      HOOKFLOW_DEFAULT_CONCURRENCY: "1",
      HOOKFLOW_SHUTDOWN_GRACE_MS: "100",
      HOOKFLOW_LEASE_MS: "3000",
      HOOKFLOW_PORTAL_ID: "123",
      HOOKFLOW_RETENTION_DAYS: " 7 ",
      HOOKFLOW_AUDIT_RETENTION_DAYS: "OFF",
      HOOKFLOW_INSPECTOR: "off",
      HOOKFLOW_INSPECTOR_PORT: "4443",
      HOOKFLOW_INSPECTOR_TLS_DIR: "/tls",
      HOOKFLOW_BOOTSTRAP_NAME: " Ada ",
      HOOKFLOW_BOOTSTRAP_EMAIL: " Ada@Example.com ",
      HOOKFLOW_BOOTSTRAP_PASSWORD: "a long enough passphrase",
      HOOKFLOW_BOOTSTRAP_TOKEN: TOKEN,
    });
    expect(config).toEqual({
      port: 8080,
      databaseUrl: "file:/tmp/x.db",
      secretKey: key,
      secretKeyFile: "/keys/k",
      worker: false,
      allowedPrivateHosts: ["localhost", "::1", "receiver.test"],
      trustProxy: true,
      webhookConcurrency: 8,
      perDestinationConcurrency: 2,
      defaultConcurrency: 1,
      shutdownGraceMs: 100,
      leaseMs: 3000,
      portalId: 123,
      retentionDays: 7,
      auditRetentionDays: null,
      inspector: false,
      inspectorPort: 4443,
      inspectorTlsDir: "/tls",
      bootstrap: { name: "Ada", email: "ada@example.com", password: "a long enough passphrase", token: TOKEN },
    });
    expect(loadConfig({ HOOKFLOW_SECRET_KEY: key.toString("base64"), HOOKFLOW_TRUST_PROXY: "1" })).toMatchObject({
      secretKey: key,
      trustProxy: true,
    });
    expect(loadConfig({ DATABASE_URL: "postgresql://u:p@db/hookflow" }).databaseUrl).toBe("postgresql://u:p@db/hookflow");
    expect(loadConfig({ HOOKFLOW_RETENTION_DAYS: "off", HOOKFLOW_AUDIT_RETENTION_DAYS: "36500" })).toMatchObject({
      retentionDays: null,
      auditRetentionDays: 36500,
    });
  });

  it.each([
    ["HOOKFLOW_SECRET_KEY", "too-short", /HOOKFLOW_SECRET_KEY must be 32 bytes written as 64 hex characters or base64/],
    ["HOOKFLOW_SECRET_KEY", Buffer.alloc(31).toString("base64"), /HOOKFLOW_SECRET_KEY must be 32 bytes/],
    ["HOOKFLOW_PORTAL_ID", "abc", /HOOKFLOW_PORTAL_ID must be a whole number of at least 1 .*; got "abc"/],
    ["HOOKFLOW_PORTAL_ID", "1.5", /HOOKFLOW_PORTAL_ID must be a whole number/],
    ["PORT", "70000", /PORT must be a port number from 1 to 65535; got "70000"/],
    ["PORT", "http", /PORT must be a port number from 1 to 65535/],
    ["HOOKFLOW_INSPECTOR_PORT", "0", /HOOKFLOW_INSPECTOR_PORT must be a port number from 1 to 65535; got "0"/],
    ["HOOKFLOW_WEBHOOK_CONCURRENCY", "abc", /HOOKFLOW_WEBHOOK_CONCURRENCY must be a whole number of at least 1 .*; got "abc"/],
    ["HOOKFLOW_PER_DESTINATION_CONCURRENCY", "-1", /HOOKFLOW_PER_DESTINATION_CONCURRENCY must be a whole number/],
    ["HOOKFLOW_DEFAULT_CONCURRENCY", "0", /HOOKFLOW_DEFAULT_CONCURRENCY must be a whole number/],
    ["HOOKFLOW_SHUTDOWN_GRACE_MS", "10s", /HOOKFLOW_SHUTDOWN_GRACE_MS must be a whole number/],
    ["HOOKFLOW_LEASE_MS", "1e3", /HOOKFLOW_LEASE_MS must be a whole number/],
    ["HOOKFLOW_WORKER", "false", /HOOKFLOW_WORKER must be "on" or "off"; got "false"/],
    ["HOOKFLOW_INSPECTOR", "constructor", /HOOKFLOW_INSPECTOR must be "on" or "off"/],
    ["HOOKFLOW_TRUST_PROXY", "yes", /HOOKFLOW_TRUST_PROXY must be "1" \(or "true"\)/],
    [
      "HOOKFLOW_RETENTION_DAYS",
      "0",
      /HOOKFLOW_RETENTION_DAYS must be a whole number of days from 1 to 36500 .*, or "off" to keep them forever; got "0"/,
    ],
    ["HOOKFLOW_RETENTION_DAYS", "30d", /HOOKFLOW_RETENTION_DAYS must be a whole number of days/],
    ["HOOKFLOW_RETENTION_DAYS", "-1", /HOOKFLOW_RETENTION_DAYS must be a whole number of days/],
    ["HOOKFLOW_RETENTION_DAYS", "never", /HOOKFLOW_RETENTION_DAYS must be .*, or "off" to keep them forever; got "never"/],
    [
      "HOOKFLOW_AUDIT_RETENTION_DAYS",
      "36501",
      /HOOKFLOW_AUDIT_RETENTION_DAYS must be a whole number of days from 1 to 36500 \(how long audit/,
    ],
    ["DATABASE_URL", "mysql://u:p@db/x", /DATABASE_URL must be a URL starting with "file:" \(SQLite\) or "postgresql:\/\/"/],
  ])("refuses %s=%s with a message naming it and what is allowed", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it("never quotes back a secret key or a database URL's password", () => {
    const message = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected a ConfigError");
    };
    expect(message({ HOOKFLOW_SECRET_KEY: "hunter2-hunter2" })).not.toContain("hunter2");
    expect(message({ DATABASE_URL: "mysql://u:s3cret@db/x" })).not.toContain("s3cret");
    const bootstrap = { HOOKFLOW_BOOTSTRAP_EMAIL: "a@example.com" };
    expect(message({ ...bootstrap, HOOKFLOW_BOOTSTRAP_PASSWORD: "hunter2" })).not.toContain("hunter2");
    expect(message({ ...bootstrap, HOOKFLOW_BOOTSTRAP_PASSWORD: "hunter2", HOOKFLOW_BOOTSTRAP_TOKEN: "hf_s3cret" })).not.toContain(
      "s3cret",
    );
  });

  describe("the bootstrap variables", () => {
    const owner = { HOOKFLOW_BOOTSTRAP_EMAIL: "owner@example.com", HOOKFLOW_BOOTSTRAP_PASSWORD: "a long enough passphrase" };

    it("give the owner to create, named Owner unless HOOKFLOW_BOOTSTRAP_NAME says otherwise, with or without a token", () => {
      expect(loadConfig(owner).bootstrap).toEqual({
        name: "Owner",
        email: "owner@example.com",
        password: "a long enough passphrase",
        token: null,
      });
      expect(loadConfig({ ...owner, HOOKFLOW_BOOTSTRAP_TOKEN: TOKEN }).bootstrap?.token).toBe(TOKEN);
    });

    it.each([
      [{ HOOKFLOW_BOOTSTRAP_EMAIL: "owner@example.com" }, /HOOKFLOW_BOOTSTRAP_PASSWORD must be set when HOOKFLOW_BOOTSTRAP_EMAIL is/],
      [
        { HOOKFLOW_BOOTSTRAP_PASSWORD: "a long enough passphrase" },
        /HOOKFLOW_BOOTSTRAP_EMAIL must be set when HOOKFLOW_BOOTSTRAP_PASSWORD is/,
      ],
      [{ HOOKFLOW_BOOTSTRAP_TOKEN: TOKEN }, /HOOKFLOW_BOOTSTRAP_EMAIL must be set when HOOKFLOW_BOOTSTRAP_TOKEN is/],
      [{ ...owner, HOOKFLOW_BOOTSTRAP_EMAIL: "not an email" }, /HOOKFLOW_BOOTSTRAP_EMAIL must be an email address.*; got "not an email"/],
      [
        { ...owner, HOOKFLOW_BOOTSTRAP_PASSWORD: "short" },
        /HOOKFLOW_BOOTSTRAP_PASSWORD must be a password Hookflow accepts: Use at least 12 characters/,
      ],
      [
        { ...owner, HOOKFLOW_BOOTSTRAP_PASSWORD: "password1234" },
        /HOOKFLOW_BOOTSTRAP_PASSWORD must be a password Hookflow accepts: .*most common/,
      ],
      [
        { ...owner, HOOKFLOW_BOOTSTRAP_TOKEN: "hf_tooshort" },
        /HOOKFLOW_BOOTSTRAP_TOKEN must be "hf_" followed by at least 32 .*generate one with: node -e/,
      ],
      [{ ...owner, HOOKFLOW_BOOTSTRAP_TOKEN: `xx_${"x".repeat(43)}` }, /HOOKFLOW_BOOTSTRAP_TOKEN must be "hf_"/],
      [{ ...owner, HOOKFLOW_BOOTSTRAP_TOKEN: `hf_${"x".repeat(40)}/+` }, /HOOKFLOW_BOOTSTRAP_TOKEN must be "hf_"/],
    ])("refuses %o", (env, message) => {
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(message);
    });

    it("a generated token (the command in the message) is accepted", () => {
      const generated = `hf_${Buffer.alloc(32, 9).toString("base64url")}`;
      expect(loadConfig({ ...owner, HOOKFLOW_BOOTSTRAP_TOKEN: generated }).bootstrap?.token).toBe(generated);
    });
  });

  it("lists every bad variable at once", () => {
    expect(() => loadConfig({ PORT: "x", HOOKFLOW_PORTAL_ID: "y" })).toThrow(
      /environment variables have bad values\.\n- PORT .*\n- HOOKFLOW_PORTAL_ID /,
    );
  });
});

describe("config()", () => {
  const saved = process.env.HOOKFLOW_PORTAL_ID;
  afterEach(() => {
    if (saved === undefined) delete process.env.HOOKFLOW_PORTAL_ID;
    else process.env.HOOKFLOW_PORTAL_ID = saved;
  });

  it("parses once, and again when a variable changed", () => {
    expect(config()).toBe(config());
    process.env.HOOKFLOW_PORTAL_ID = "77";
    expect(config().portalId).toBe(77);
    process.env.HOOKFLOW_PORTAL_ID = "abc";
    expect(() => config()).toThrow(/HOOKFLOW_PORTAL_ID/);
  });
});
