import path from "node:path";
import { defineConfig } from "vitest/config";
import { DATABASE_FREE_FILES, POSTGRESQL_ONLY_FILES } from "./test/projects";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{lib,app,scripts,components}/**/*.test.ts"],
    environment: "node",
    // Forked workers start with the env global setup prepared (NODE_EXTRA_CA_CERTS for the
    // local HTTPS receiver's CA); worker threads share this process and would not trust it.
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Two projects: every test file on SQLite, and the files that use the database again on
    // a real PostgreSQL server that test/global-setup.ts starts (initdb in a temporary folder);
    // a few files test what only PostgreSQL has and run there alone (test/projects.ts).
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          exclude: ["**/node_modules/**", ...POSTGRESQL_ONLY_FILES],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/database-per-file.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "postgresql",
          exclude: ["**/node_modules/**", ...DATABASE_FREE_FILES],
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/database-per-file.ts"],
        },
      },
    ],
  },
});
