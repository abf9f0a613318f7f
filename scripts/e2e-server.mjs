// The app as Playwright tests it: a fresh, seeded SQLite database and key file in a
// temporary folder, served on PORT (default 3100) by the same start script as npm start.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hookflow-e2e-"));
process.env.DATABASE_URL = `file:${path.join(dir, "e2e.db")}`;
process.env.HOOKFLOW_SECRET_KEY_FILE = path.join(dir, "secret.key");
process.env.PORT ??= "3100";
process.on("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
await import("./start.mjs");
