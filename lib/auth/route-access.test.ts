import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RouteHandler } from "@/lib/http/route-handler";
import { callRoute } from "@/test/call-route";
import { type Access, ROLES } from "./roles";

// Every API route says who may call it, next to its handler (routeHandler's first argument).
// This walks app/api, so a new route, or a new method of a route, without a rule fails here,
// and so does a route that is public without being one of the few that must be.

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const apiDir = path.resolve(import.meta.dirname, "../../app/api");

/** Routes whose own secret or purpose is their authentication. Every other public handler must be a JSON 405. */
const PUBLIC = new Set(["POST /api/hooks/[token]", "GET /api/health", ...METHODS.map((m) => `${m} /api/[...path]`)]);

function routeFiles(dir = apiDir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

async function handlers() {
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

describe("API route access rules", () => {
  it("every method of every route declares who may call it", async () => {
    const all = await handlers();
    expect(all.length).toBeGreaterThan(100);
    const allowed: Access[] = ["public", ...ROLES];
    const missing = all.filter(({ handler }) => !allowed.includes(handler.access)).map(({ method, route }) => `${method} ${route}`);
    expect(missing).toEqual([]);
  });

  it("is public only where it must be: the webhook trigger, the health check, JSON 404 and 405 answers", async () => {
    const unexpected: string[] = [];
    for (const { route, method, handler } of await handlers()) {
      if (handler.access !== "public" || PUBLIC.has(`${method} ${route}`)) continue;
      // Any other public handler may only say which methods its route takes.
      const res = await callRoute(handler, { method, params: {} });
      if (res.status !== 405) unexpected.push(`${method} ${route} answers ${res.status}`);
    }
    expect(unexpected).toEqual([]);
  });

  it("asks for a role that matches what the route does", async () => {
    const rules = Object.fromEntries(
      (await handlers())
        .filter(({ handler }) => handler.access !== "public")
        .map(({ route, method, handler }) => [`${method} ${route}`, handler.access]),
    );
    // Reading is for everyone signed in; a Test sends data out, so it is an Editor's, like every change to workflows and runs;
    // apps and secrets are an Admin's to change, and an Editor's to list (the action panels choose from them).
    expect(rules).toMatchObject({
      "GET /api/workflows": "VIEWER",
      "GET /api/enrollments/[id]": "VIEWER",
      "GET /api/records": "VIEWER",
      "GET /api/inspector/capture-urls/[id]/captures": "VIEWER",
      "POST /api/workflows/[id]/actions/[actionId]/test": "EDITOR",
      "PUT /api/workflows/[id]": "EDITOR",
      "POST /api/workflows/[id]/enrollments": "EDITOR",
      "POST /api/enrollments/[id]/retry": "EDITOR",
      "POST /api/inspector/capture-urls": "EDITOR",
      "GET /api/secrets": "EDITOR",
      "POST /api/secrets": "ADMIN",
      "DELETE /api/apps/[appId]": "ADMIN",
      "POST /api/apps/[appId]/rotate-secret": "ADMIN",
    });
    // The old capture URL paths are the same handlers, so the same rules.
    expect(rules["POST /api/inspector/bins"]).toBe(rules["POST /api/inspector/capture-urls"]);
  });
});
