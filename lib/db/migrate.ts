import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { type DatabaseKind, databaseKind, databaseUrl, sqliteFilePath } from "./database-url";

// Migrations with Prisma's own schema engine, compiled to WebAssembly: the native
// engine that `prisma migrate` downloads is not available on these machines. The
// migrations folder and the `_prisma_migrations` table are the same as with
// `prisma migrate deploy`, so either tool can take over.

const require = createRequire(import.meta.url);
const ROOT = process.cwd();

/**
 * Where each provider's schema and migrations live. One schema has one provider:
 * prisma/postgresql/schema.prisma is written from prisma/schema.prisma by
 * scripts/prisma-schema.mjs, and each provider has its own migrations folder, both written
 * by `npm run db:migration:create`.
 */
export const PROVIDERS = {
  sqlite: { schema: path.join(ROOT, "prisma", "schema.prisma"), migrations: path.join(ROOT, "prisma", "migrations") },
  postgresql: {
    schema: path.join(ROOT, "prisma", "postgresql", "schema.prisma"),
    migrations: path.join(ROOT, "prisma", "migrations-postgresql"),
  },
} satisfies Record<DatabaseKind, { schema: string; migrations: string }>;

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  reset(input: unknown): Promise<void>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

type Wasm = { SchemaEngine: { new: (o: unknown, log: (m: string) => void, a: object) => Promise<Engine> } };

// Kept on globalThis, not in this module: the bindings module is loaded with Node's own
// import() (one instance per process), while a bundler or test runner may load this module
// more than once; a second instantiation would swap the WebAssembly under a running engine.
const shared = globalThis as unknown as { hookflowSchemaEngine?: { wasm?: Promise<Wasm>; queue: Promise<unknown> } };
shared.hookflowSchemaEngine ??= { queue: Promise.resolve() };
const engineState = shared.hookflowSchemaEngine;

function loadWasm() {
  engineState.wasm ??= (async () => {
    // The package's entry imports the .wasm file directly, which Node 20 refuses;
    // instantiate it by hand with the bindings module as its import object.
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import(/* webpackIgnore: true */ pathToFileURL(bgPath).href);
    const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg as Wasm;
  })();
  return engineState.wasm;
}

async function adapterFactory(url: string) {
  const kind = databaseKind(url);
  if (kind === "sqlite") {
    fs.mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
    return new PrismaBetterSqlite3({ url, timeout: 10_000 });
  }
  const { PrismaPg } = await import("@prisma/adapter-pg");
  return new PrismaPg({ connectionString: url });
}

// One engine at a time per process: two engines in the one WebAssembly instance at once
// (say a SQLite and a PostgreSQL migration started together) make it panic.
function withEngine<T>(url: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const run = engineState.queue.then(() => withEngineNow(url, fn));
  engineState.queue = run.catch(() => {});
  return run;
}

async function withEngineNow<T>(url: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadWasm();
  const schemaPath = PROVIDERS[databaseKind(url)].schema;
  const schema = fs.readFileSync(schemaPath, "utf8");
  const factory = await adapterFactory(url);
  // engine.free() does not close what the engine opened through the adapter, and an open
  // SQLite connection would keep the file locked for the rest of the process.
  const opened: { dispose(): Promise<void> }[] = [];
  const track = <C extends { dispose(): Promise<void> }>(connection: C) => {
    opened.push(connection);
    return readsPartialIndexes(readsCharColumns(connection));
  };
  const tracked = Object.assign(Object.create(Object.getPrototypeOf(factory)), factory, {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  }) as typeof factory;
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (message: string) => logs.push(message),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((connection) => connection.dispose().catch(() => {})));
  }
}

/**
 * The engine reads PostgreSQL's catalog (to diff a live database), whose flags are columns
 * of the one-byte type "char" (OID 18), which @prisma/adapter-pg 7.10 does not map and
 * refuses ("Column type 'char' could not be deserialized"). Its values arrive as strings,
 * so they are passed on as text. Only this module's engine connections get this.
 */
function readsCharColumns<C>(connection: C): C {
  const queryable = connection as { performIO?: (...args: unknown[]) => Promise<{ fields?: { dataTypeID: number }[] }> };
  const performIO = queryable.performIO;
  if (typeof performIO !== "function") return connection;
  queryable.performIO = async (...args: unknown[]) => {
    const result = await performIO.apply(connection, args);
    for (const field of result.fields ?? []) if (field.dataTypeID === PG_CHAR) field.dataTypeID = PG_TEXT;
    return result;
  };
  return connection;
}
const PG_CHAR = 18;
const PG_TEXT = 25;

/**
 * To read a partial index's WHERE clause (prisma/schema.prisma, Job), the engine asks SQLite for
 * `... AND name = "<index>"`: a string in double quotes, which SQLite takes as a string only
 * while its DQS fallback is on, and better-sqlite3 builds SQLite with it off ("column not found:
 * <index>" when diffing a database that has a partial index, as db:migration:create does). That
 * one query gets the name as a bound parameter instead. Only this module's engine connections
 * get this.
 */
function readsPartialIndexes<C>(connection: C): C {
  const queryable = connection as { provider?: string; performIO?: (query: SqlQuery, ...rest: unknown[]) => Promise<unknown> };
  const performIO = queryable.performIO;
  if (queryable.provider !== "sqlite" || typeof performIO !== "function") return connection;
  queryable.performIO = (query: SqlQuery, ...rest: unknown[]) => {
    const match = INDEX_SQL_QUERY.exec(query.sql);
    const fixed = match
      ? { ...query, sql: `${match[1]}?`, args: [match[2].replaceAll('""', '"')], argTypes: [{ scalarType: "string", arity: "scalar" }] }
      : query;
    return performIO.call(connection, fixed, ...rest);
  };
  return connection;
}
type SqlQuery = { sql: string; args: unknown[]; argTypes: unknown[] };
const INDEX_SQL_QUERY = /^(SELECT sql FROM sqlite_master WHERE type = 'index' AND name = )"((?:[^"]|"")*)";?$/;

function migrationsList(kind: DatabaseKind) {
  const migrationsDir = PROVIDERS[kind].migrations;
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => {
      const file = path.join(migrationsDir, dir, "migration.sql");
      return {
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}

const filters = { externalTables: [], externalEnums: [] };

/** Applies every migration of DATABASE_URL's provider (prisma/migrations or prisma/migrations-postgresql) not yet applied; returns their names. */
export async function migrate(url = databaseUrl()): Promise<string[]> {
  // The engine takes SQLite's exclusive locking mode, which fails while any other process
  // (a running web server or worker) has the file open. Most starts have nothing to apply,
  // so they skip the engine and start alongside running workers.
  // On PostgreSQL the engine's advisory lock would allow it, but loading the engine costs
  // seconds per start: the same check skips it there too.
  if (databaseKind(url) === "sqlite" ? sqliteUpToDate(url) : await postgresqlUpToDate(url)) return [];
  try {
    const applied = await withEngine(url, async (engine) => {
      const result = await engine.applyMigrations({ migrationsList: migrationsList(databaseKind(url)), filters });
      return result.appliedMigrationNames;
    });
    if (databaseKind(url) === "sqlite") enableWriteAheadLog(url);
    return applied;
  } catch (error) {
    if (/SocketTimeout|database is locked/i.test(String((error as Error)?.message))) {
      throw new Error(
        "Could not apply database migrations: another process has the database open (a running Hookflow web server or `npm run worker`). Stop them, then start again.",
      );
    }
    throw error;
  }
}

/**
 * Empties a PostgreSQL database's schema: every table, its data and the migration history, with
 * Prisma's own reset (what `prisma migrate reset` runs: DROP SCHEMA … CASCADE, then CREATE SCHEMA).
 */
export async function resetPostgresql(url: string): Promise<void> {
  if (databaseKind(url) !== "postgresql") throw new Error("resetPostgresql: not a PostgreSQL URL");
  await withEngine(url, (engine) => engine.reset({ filter: filters }));
}

type MigrationRow = { migration_name: string; finished_at: unknown; rolled_back_at: unknown };

/** True when every migration folder of the provider is recorded as applied (finished, not rolled back). */
function allApplied(kind: DatabaseKind, rows: MigrationRow[]): boolean {
  // An unfinished (failed) migration is the engine's to report.
  if (rows.some((row) => row.finished_at === null && row.rolled_back_at === null)) return false;
  const applied = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
  return migrationsList(kind).migrationDirectories.every((dir) => applied.has(dir.path));
}

async function postgresqlUpToDate(url: string): Promise<boolean> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    const table = await client.query("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS present");
    if (!table.rows[0]?.present) return false;
    const { rows } = await client.query<MigrationRow>("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations");
    return allApplied("postgresql", rows);
  } catch {
    return false; // the engine reports what is wrong
  } finally {
    await client.end().catch(() => {});
  }
}

/** True when every migration folder is recorded as applied (finished, not rolled back) in the SQLite file. */
function sqliteUpToDate(url: string): boolean {
  const file = sqliteFilePath(url);
  if (!fs.existsSync(file)) return false;
  const Database = require("better-sqlite3");
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = connection.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const rows: MigrationRow[] = connection.prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations").all();
    return allApplied("sqlite", rows);
  } finally {
    connection.close();
  }
}

/** WAL lets the web process read while a worker writes; the mode is stored in the file, so once is enough. */
function enableWriteAheadLog(url: string) {
  const Database = require("better-sqlite3");
  const connection = new Database(sqliteFilePath(url));
  try {
    connection.pragma("journal_mode = WAL");
  } finally {
    connection.close();
  }
}

/**
 * SQL that takes a database with every existing migration of the provider applied to its
 * schema; "" when none is needed. Applies the migrations to a scratch database (a SQLite
 * file; for PostgreSQL a new database on `scratchServerUrl`'s server, dropped after) and
 * diffs its live schema (the engine's shadow database does not work through the adapter).
 */
export async function pendingSchemaSql(kind: DatabaseKind, scratchServerUrl?: string): Promise<string> {
  if (kind === "sqlite") {
    const scratch = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-diff-")), "scratch.db");
    try {
      return await diffAfterMigrations(`file:${scratch}`);
    } finally {
      fs.rmSync(path.dirname(scratch), { recursive: true, force: true });
    }
  }
  if (!scratchServerUrl) throw new Error("pendingSchemaSql: a PostgreSQL server URL is needed for the scratch database");
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: scratchServerUrl });
  await admin.connect();
  const name = `hookflow_diff_${process.pid}_${Date.now()}`;
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(scratchServerUrl);
    url.pathname = `/${name}`;
    return await diffAfterMigrations(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

async function diffAfterMigrations(url: string): Promise<string> {
  const kind = databaseKind(url);
  return withEngine(url, async (engine) => {
    await engine.applyMigrations({ migrationsList: migrationsList(kind), filters });
    const schemaPath = PROVIDERS[kind].schema;
    const files = [{ path: schemaPath, content: fs.readFileSync(schemaPath, "utf8") }];
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: ROOT },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters,
    });
    const sql = result.stdout ?? "";
    return sql.includes("empty migration") || !/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/i.test(sql) ? "" : sql;
  });
}
