import path from "node:path";
import { z } from "zod";
import { passwordSchema } from "./auth/password-policy";

// Every environment variable Hookflow reads, parsed and checked in one place. The start
// scripts (scripts/check-config.ts) and the web process (instrumentation.ts) call config()
// first, so a bad value stops the start with a message naming the variable and what it
// may be, instead of failing on first use. Unset or empty means the default (README,
// "Configuration"). NODE_EXTRA_CA_CERTS is not here: Node itself reads it at its start.

/** A variable with a value it does not allow; the message names it and says what is allowed. */
export class ConfigError extends Error {
  readonly code = "BAD_CONFIGURATION";
}

type Variable<T> = {
  fallback: T;
  /** What the variable may be, after "must be". */
  allowed: string;
  /** The value, or undefined when `raw` is not allowed. */
  parse: (raw: string) => T | undefined;
  /** How a refused value is quoted back; secrets and passwords in URLs are not. */
  show?: (raw: string) => string;
};

function variable<T>({ fallback, allowed, parse, show = (raw) => `"${raw}"` }: Variable<T>) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T => {
      if (raw === undefined || raw.trim() === "") return fallback;
      const value = parse(raw);
      if (value !== undefined) return value;
      ctx.issues.push({ code: "custom", input: raw, message: `must be ${allowed}; got ${show(raw)}.` });
      return z.NEVER;
    });
}

const wholeNumber = (raw: string, max = Number.MAX_SAFE_INTEGER) => {
  const n = Number(raw.trim());
  return /^\d+$/.test(raw.trim()) && n >= 1 && n <= max ? n : undefined;
};

const positive = (fallback: number, what: string) =>
  variable({ fallback, allowed: `a whole number of at least 1 (${what})`, parse: (raw) => wholeNumber(raw) });

const port = (fallback: number) =>
  variable({ fallback, allowed: "a port number from 1 to 65535", parse: (raw) => wholeNumber(raw, 65535) });

/** The value `words` gives the (trimmed, lower-case) text, own keys only. */
const oneOf = <T>(words: Record<string, T>, raw: string) => {
  const word = raw.trim().toLowerCase();
  return Object.hasOwn(words, word) ? words[word] : undefined;
};

const onOff = (fallback: boolean) => variable({ fallback, allowed: '"on" or "off"', parse: (raw) => oneOf({ on: true, off: false }, raw) });

/** Longest retention accepted: 100 years (beyond it dates stop being meaningful; "off" keeps forever). */
const MAX_RETENTION_DAYS = 36_500;

/**
 * Days something is kept before the retention sweep deletes it, or null for "off" (kept
 * forever). 0 is refused rather than read as "delete at once" or "forever": either reading
 * would surprise someone, and the first one loses data.
 */
const retentionDays = (fallback: number | null, what: string) =>
  variable<number | null>({
    fallback,
    allowed: `a whole number of days from 1 to ${MAX_RETENTION_DAYS} (${what}), or "off" to keep them forever`,
    parse: (raw) => (raw.trim().toLowerCase() === "off" ? null : wholeNumber(raw, MAX_RETENTION_DAYS)),
  });

const directory = (fallback: string) =>
  variable({ fallback: path.resolve(fallback), allowed: "a path", parse: (raw) => path.resolve(raw) });

/** A 32-byte key written as 64 hex characters or base64, or undefined when it is not one. */
export function decodeSecretKey(text: string): Buffer | undefined {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, "hex");
  const b64 = Buffer.from(trimmed, "base64");
  return b64.length === 32 ? b64 : undefined;
}

export const SECRET_KEY_ALLOWED =
  "32 bytes written as 64 hex characters or base64 (generate one with: " +
  "node -e \"console.log(require('crypto').randomBytes(32).toString('base64'))\")";

const BOOTSTRAP_TOKEN_ALLOWED =
  '"hf_" followed by at least 32 letters, digits, "-" or "_" (generate one with: ' +
  "node -e \"console.log('hf_' + require('crypto').randomBytes(32).toString('base64url'))\")";

/** A value that must never be quoted back (a password, a token): only its length is. */
const hidden = (raw: string) => `${raw.trim().length} characters (not shown)`;

export const DEFAULT_DATABASE_URL = "file:./data/hookflow.db";

const environmentSchema = z.object({
  PORT: port(3000),
  DATABASE_URL: variable({
    fallback: DEFAULT_DATABASE_URL,
    allowed: 'a URL starting with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
    parse: (raw) => (raw.startsWith("file:") || /^postgres(ql)?:\/\//.test(raw) ? raw : undefined),
    // A database URL may hold a password: only its scheme is quoted back.
    show: (raw) => `"${raw.split(":")[0]}:…"`,
  }),
  HOOKFLOW_SECRET_KEY: variable<Buffer | undefined>({
    fallback: undefined,
    allowed: SECRET_KEY_ALLOWED,
    parse: decodeSecretKey,
    show: (raw) => `${raw.trim().length} characters (not shown)`,
  }),
  HOOKFLOW_SECRET_KEY_FILE: directory(path.join("data", "secret.key")),
  HOOKFLOW_WORKER: onOff(true),
  WEBHOOK_ALLOWED_PRIVATE_HOSTS: variable<string[]>({
    fallback: [],
    allowed: "comma-separated host names",
    parse: (raw) =>
      raw
        .split(",")
        .map((h) =>
          h
            .trim()
            .toLowerCase()
            .replace(/^\[|\]$/g, ""),
        )
        .filter(Boolean),
  }),
  HOOKFLOW_TRUST_PROXY: variable({
    fallback: false,
    allowed: '"1" (or "true") to trust X-Forwarded-Host and X-Forwarded-Proto, "0" (or "false") not to',
    parse: (raw) => oneOf({ "1": true, true: true, "0": false, false: false }, raw),
  }),
  HOOKFLOW_WEBHOOK_CONCURRENCY: positive(64, "webhook deliveries in flight per runner"),
  HOOKFLOW_PER_DESTINATION_CONCURRENCY: positive(16, "deliveries in flight to one host"),
  HOOKFLOW_DEFAULT_CONCURRENCY: positive(4, "other workflow work in flight per runner"),
  HOOKFLOW_SHUTDOWN_GRACE_MS: positive(10_000, "milliseconds a stopping runner waits for work in flight"),
  HOOKFLOW_LEASE_MS: positive(60_000, "milliseconds a claimed job is held before another runner may take it"),
  HOOKFLOW_PORTAL_ID: positive(62515, "the portal id sent in payloads"),
  HOOKFLOW_RETENTION_DAYS: retentionDays(30, "how long finished runs, jobs, hook events and inspector captures are kept"),
  HOOKFLOW_AUDIT_RETENTION_DAYS: retentionDays(365, "how long audit log entries are kept"),
  HOOKFLOW_INSPECTOR: onOff(true),
  HOOKFLOW_INSPECTOR_PORT: port(3443),
  HOOKFLOW_INSPECTOR_TLS_DIR: directory(path.join("data", "inspector-tls")),
  // The owner (and an Owner API token) created at start when the database has no user yet, for
  // installs without a browser step (lib/auth/bootstrap.ts). Ignored once a user exists.
  HOOKFLOW_BOOTSTRAP_NAME: variable({
    fallback: "Owner",
    allowed: "a name of at most 200 characters",
    parse: (raw) => (raw.trim().length <= 200 ? raw.trim() : undefined),
    show: (raw) => `${raw.trim().length} characters`,
  }),
  HOOKFLOW_BOOTSTRAP_EMAIL: variable<string | undefined>({
    fallback: undefined,
    allowed: "an email address, like owner@example.com",
    parse: (raw) => {
      const email = z.email().max(320).safeParse(raw.trim().toLowerCase());
      return email.success ? email.data : undefined;
    },
  }),
  HOOKFLOW_BOOTSTRAP_PASSWORD: z
    .string()
    .optional()
    .transform((raw, ctx): string | undefined => {
      if (raw === undefined || raw === "") return undefined;
      // The password policy's own message says what is wrong; the value is never quoted back.
      const checked = passwordSchema.safeParse(raw);
      if (checked.success) return checked.data;
      ctx.issues.push({
        code: "custom",
        input: "(not shown)",
        message: `must be a password Hookflow accepts: ${checked.error.issues[0].message}`,
      });
      return z.NEVER;
    }),
  HOOKFLOW_BOOTSTRAP_TOKEN: variable<string | undefined>({
    fallback: undefined,
    allowed: BOOTSTRAP_TOKEN_ALLOWED,
    parse: (raw) => (/^hf_[A-Za-z0-9_-]{32,}$/.test(raw.trim()) ? raw.trim() : undefined),
    show: hidden,
  }),
});

export const configSchema = environmentSchema
  .superRefine((env, ctx) => {
    // The bootstrap variables make sense together only: an owner needs an email and a password,
    // and a token needs an owner to belong to.
    const email = env.HOOKFLOW_BOOTSTRAP_EMAIL !== undefined;
    const password = env.HOOKFLOW_BOOTSTRAP_PASSWORD !== undefined;
    if (email && !password) {
      ctx.issues.push({
        code: "custom",
        input: undefined,
        path: ["HOOKFLOW_BOOTSTRAP_PASSWORD"],
        message: "must be set when HOOKFLOW_BOOTSTRAP_EMAIL is (the owner's password).",
      });
    }
    if (password && !email) {
      ctx.issues.push({
        code: "custom",
        input: undefined,
        path: ["HOOKFLOW_BOOTSTRAP_EMAIL"],
        message: "must be set when HOOKFLOW_BOOTSTRAP_PASSWORD is (the owner's email).",
      });
    }
    if (env.HOOKFLOW_BOOTSTRAP_TOKEN !== undefined && !email) {
      ctx.issues.push({
        code: "custom",
        input: undefined,
        path: ["HOOKFLOW_BOOTSTRAP_EMAIL"],
        message:
          "must be set when HOOKFLOW_BOOTSTRAP_TOKEN is (the token belongs to the bootstrap owner; set HOOKFLOW_BOOTSTRAP_PASSWORD too).",
      });
    }
  })
  .transform((env) => ({
    port: env.PORT,
    databaseUrl: env.DATABASE_URL,
    /** Unset: the key lives in `secretKeyFile`, created on first use. */
    secretKey: env.HOOKFLOW_SECRET_KEY,
    secretKeyFile: env.HOOKFLOW_SECRET_KEY_FILE,
    worker: env.HOOKFLOW_WORKER,
    allowedPrivateHosts: env.WEBHOOK_ALLOWED_PRIVATE_HOSTS,
    trustProxy: env.HOOKFLOW_TRUST_PROXY,
    webhookConcurrency: env.HOOKFLOW_WEBHOOK_CONCURRENCY,
    perDestinationConcurrency: env.HOOKFLOW_PER_DESTINATION_CONCURRENCY,
    defaultConcurrency: env.HOOKFLOW_DEFAULT_CONCURRENCY,
    shutdownGraceMs: env.HOOKFLOW_SHUTDOWN_GRACE_MS,
    leaseMs: env.HOOKFLOW_LEASE_MS,
    portalId: env.HOOKFLOW_PORTAL_ID,
    /** Days finished runs, finished jobs, hook events and inspector captures are kept; null: forever (lib/retention). */
    retentionDays: env.HOOKFLOW_RETENTION_DAYS,
    /** Days audit log entries are kept; null: forever. */
    auditRetentionDays: env.HOOKFLOW_AUDIT_RETENTION_DAYS,
    inspector: env.HOOKFLOW_INSPECTOR,
    inspectorPort: env.HOOKFLOW_INSPECTOR_PORT,
    inspectorTlsDir: env.HOOKFLOW_INSPECTOR_TLS_DIR,
    /** The owner to create at start when there is no user yet; null when the variables are unset. */
    bootstrap:
      env.HOOKFLOW_BOOTSTRAP_EMAIL !== undefined && env.HOOKFLOW_BOOTSTRAP_PASSWORD !== undefined
        ? {
            name: env.HOOKFLOW_BOOTSTRAP_NAME,
            email: env.HOOKFLOW_BOOTSTRAP_EMAIL,
            password: env.HOOKFLOW_BOOTSTRAP_PASSWORD,
            token: env.HOOKFLOW_BOOTSTRAP_TOKEN ?? null,
          }
        : null,
  }));

export type Config = z.infer<typeof configSchema>;

/** The names of the variables Hookflow reads. */
export const CONFIG_VARIABLES = Object.keys(environmentSchema.shape) as (keyof typeof environmentSchema.shape)[];

/** Parses an environment; throws a ConfigError listing every bad variable. Pure: reads only `env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `- ${issue.path.join(".")} ${issue.message}`);
  throw new ConfigError(
    `Hookflow cannot start: ${problems.length === 1 ? "an environment variable has a bad value" : "environment variables have bad values"}.\n` +
      `${problems.join("\n")}\nFix the environment (README, "Configuration" lists every variable) and start again.`,
  );
}

let cached: Config | undefined;

/**
 * The configuration of this process, parsed on first use and kept: it is read on the delivery
 * path (URL guard, inspector origin, payloads), so it must cost nothing after that. A running
 * process's environment does not change; tests that change it get resetConfig() called for
 * them (test/database-per-file.ts).
 */
export function config(): Config {
  cached ??= loadConfig(process.env);
  return cached;
}

/** Forgets the parsed configuration, so the next config() reads the environment again. */
export function resetConfig(): void {
  cached = undefined;
}

/**
 * Not configuration: the password `npm run user:create` and `npm run user:reset-password` set,
 * from HOOKFLOW_PASSWORD (read here, where every environment variable is read). It is never
 * taken from the command line, where `ps` shows it to every user of the machine.
 */
export function commandPassword(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.HOOKFLOW_PASSWORD || undefined;
}

/** For a process start: the configuration, or the ConfigError's message on stderr and exit code 1. */
export function configOrExit(): Config {
  try {
    return config();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
