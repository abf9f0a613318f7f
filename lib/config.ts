import path from "node:path";
import { z } from "zod";

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
  HOOKFLOW_INSPECTOR: onOff(true),
  HOOKFLOW_INSPECTOR_PORT: port(3443),
  HOOKFLOW_INSPECTOR_TLS_DIR: directory(path.join("data", "inspector-tls")),
});

export const configSchema = environmentSchema.transform((env) => ({
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
  inspector: env.HOOKFLOW_INSPECTOR,
  inspectorPort: env.HOOKFLOW_INSPECTOR_PORT,
  inspectorTlsDir: env.HOOKFLOW_INSPECTOR_TLS_DIR,
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
