// The benchmarks' PostgreSQL: one throwaway server (scripts/postgres-server.mjs, as the tests
// use: initdb in a temporary folder, a loopback port, removed when this process ends), and
// a fresh database on it for each benchmark that needs one.
import pg from "pg";
import { startPostgres } from "../scripts/postgres-server.mjs";

/** A started server; `database(name)` creates an empty database and returns its URL. BENCH_POSTGRES_PORT: first port to try. */
export async function benchPostgres() {
  const server = await startPostgres({ port: Number(process.env.BENCH_POSTGRES_PORT) || 0 });
  return {
    stop: server.stop,
    async database(name) {
      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"`);
      } finally {
        await admin.end();
      }
      const url = new URL(server.url);
      url.pathname = `/${name}`;
      return url.toString();
    },
  };
}
