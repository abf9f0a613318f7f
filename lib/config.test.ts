import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { config, ConfigError, CONFIG_VARIABLES, loadConfig } from "./config";

const key = Buffer.alloc(32, 5);

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
      inspector: true,
      inspectorPort: 3443,
      inspectorTlsDir: path.resolve("data", "inspector-tls"),
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
      HOOKFLOW_INSPECTOR: "off",
      HOOKFLOW_INSPECTOR_PORT: "4443",
      HOOKFLOW_INSPECTOR_TLS_DIR: "/tls",
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
      inspector: false,
      inspectorPort: 4443,
      inspectorTlsDir: "/tls",
    });
    expect(loadConfig({ HOOKFLOW_SECRET_KEY: key.toString("base64"), HOOKFLOW_TRUST_PROXY: "1" })).toMatchObject({
      secretKey: key,
      trustProxy: true,
    });
    expect(loadConfig({ DATABASE_URL: "postgresql://u:p@db/hookflow" }).databaseUrl).toBe("postgresql://u:p@db/hookflow");
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
