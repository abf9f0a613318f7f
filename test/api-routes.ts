import fs from "node:fs";
import path from "node:path";
import type { RouteHandler } from "@/lib/http/route-handler";

// Every method of every route under app/api, found from the files, so that a new route is in
// every test that walks them (lib/auth/route-access.test.ts, route-credentials.test.ts).

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const apiDir = path.resolve(import.meta.dirname, "../app/api");

function routeFiles(dir = apiDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

export async function apiHandlers() {
  const found: { route: string; method: string; handler: RouteHandler<unknown> }[] = [];
  for (const file of routeFiles()) {
    const route = `/api/${path.relative(apiDir, path.dirname(file)).split(path.sep).join("/")}`.replace(/\/$/, "");
    const module = (await import(file)) as Record<string, RouteHandler<unknown> | undefined>;
    for (const method of METHODS) {
      const handler = module[method];
      if (handler) found.push({ route, method, handler });
    }
  }
  return found;
}
