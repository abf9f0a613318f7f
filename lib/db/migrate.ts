import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseKind, databaseUrl, sqliteFilePath } from "./database-url";

// Migrations with Prisma's own schema engine, compiled to WebAssembly: the native
// engine that `prisma migrate` downloads is not available on these machines. The
// migrations folder and the `_prisma_migrations` table are the same as with
// `prisma migrate deploy`, so either tool can take over.

const require = createRequire(import.meta.url);
const ROOT = process.cwd();
const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

let wasmReady: Promise<{ SchemaEngine: { new: (o: unknown, log: (m: string) => void, a: object) => Promise<Engine> } }> | undefined;

function loadWasm() {
  wasmReady ??= (async () => {
    // The package's entry imports the .wasm file directly, which Node 20 refuses;
    // instantiate it by hand with the bindings module as its import object.
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import(/* webpackIgnore: true */ pathToFileURL(bgPath).href);
    const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as unknown as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return wasmReady;
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

async function withEngine<T>(url: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadWasm();
  const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
  const factory = await adapterFactory(url);
  // engine.free() does not close what the engine opened through the adapter, and an open
  // SQLite connection would keep the file locked for the rest of the process.
  const opened: { dispose(): Promise<void> }[] = [];
  const track = <C extends { dispose(): Promise<void> }>(connection: C) => {
    opened.push(connection);
    return connection;
  };
  const tracked = Object.assign(Object.create(Object.getPrototypeOf(factory)), factory, {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  }) as typeof factory;
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
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

function migrationsList() {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((dir) => {
      const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
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

/** Applies every migration in prisma/migrations not yet applied; returns their names. */
export async function migrate(url = databaseUrl()): Promise<string[]> {
  // The engine takes SQLite's exclusive locking mode, which fails while any other process
  // (a running web server or worker) has the file open. Most starts have nothing to apply,
  // so they skip the engine and start alongside running workers.
  if (databaseKind(url) === "sqlite" && sqliteUpToDate(url)) return [];
  try {
    const applied = await withEngine(url, async (engine) => {
      const result = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
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

/** True when every migration folder is recorded as applied (finished, not rolled back) in the SQLite file. */
function sqliteUpToDate(url: string): boolean {
  const file = sqliteFilePath(url);
  if (!fs.existsSync(file)) return false;
  const Database = require("better-sqlite3");
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = connection.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table) return false;
    const rows: { migration_name: string; finished_at: unknown; rolled_back_at: unknown }[] = connection
      .prepare("SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations")
      .all();
    // An unfinished (failed) migration is the engine's to report.
    if (rows.some((row) => row.finished_at === null && row.rolled_back_at === null)) return false;
    const applied = new Set(rows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
    return migrationsList().migrationDirectories.every((dir) => applied.has(dir.path));
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
 * SQL that takes a database with every existing migration applied to prisma/schema.prisma;
 * "" when none is needed. Applies the migrations to a scratch SQLite file and diffs its
 * live schema (the engine's in-memory shadow database does not work through the adapter).
 */
export async function pendingSchemaSql(): Promise<string> {
  const scratch = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-diff-")), "scratch.db");
  const url = `file:${scratch}`;
  try {
    return await withEngine(url, async (engine) => {
      await engine.applyMigrations({ migrationsList: migrationsList(), filters });
      const schema = fs.readFileSync(SCHEMA_PATH, "utf8");
      const files = [{ path: SCHEMA_PATH, content: schema }];
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
  } finally {
    fs.rmSync(path.dirname(scratch), { recursive: true, force: true });
  }
}
