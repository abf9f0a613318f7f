import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["{lib,app,scripts}/**/*.test.ts"],
    environment: "node",
    // Forked workers start with the env global setup prepared (NODE_EXTRA_CA_CERTS for the
    // local HTTPS receiver's CA); worker threads share this process and would not trust it.
    pool: "forks",
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/database-per-file.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
