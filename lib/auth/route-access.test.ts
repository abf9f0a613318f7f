import { describe, expect, it } from "vitest";
import { apiHandlers, METHODS } from "@/test/api-routes";
import { callRoute } from "@/test/call-route";
import { type Access, ROLES } from "./roles";

// Every API route says who may call it, next to its handler (routeHandler's first argument).
// This walks app/api, so a new route, or a new method of a route, without a rule fails here,
// and so does a route that is public without being one of the few that must be.

/**
 * Routes whose own secret or purpose is their authentication: the webhook trigger, the health
 * check, signing in and out, the first setup and invitation links. Every other public handler
 * must be a JSON 404 or 405.
 */
const PUBLIC = new Set([
  "POST /api/hooks/[token]",
  "GET /api/health",
  "POST /api/session",
  "DELETE /api/session",
  "GET /api/setup",
  "POST /api/setup",
  "GET /api/invite/[token]",
  "POST /api/invite/[token]",
  ...METHODS.map((m) => `${m} /api/[...path]`),
]);

describe("API route access rules", () => {
  it("every method of every route declares who may call it", async () => {
    const all = await apiHandlers();
    expect(all.length).toBeGreaterThan(100);
    const allowed: Access[] = ["public", ...ROLES];
    const missing = all.filter(({ handler }) => !allowed.includes(handler.access)).map(({ method, route }) => `${method} ${route}`);
    expect(missing).toEqual([]);
  });

  it("is public only where it must be: the webhook trigger, the health check, sign-in, setup, invitations, JSON 404 and 405 answers", async () => {
    const unexpected: string[] = [];
    for (const { route, method, handler } of await apiHandlers()) {
      if (handler.access !== "public" || PUBLIC.has(`${method} ${route}`)) continue;
      // Any other public handler may only say which methods its route takes.
      const res = await callRoute(handler, { method, params: {} });
      if (res.status !== 405) unexpected.push(`${method} ${route} answers ${res.status}`);
    }
    expect(unexpected).toEqual([]);
  });

  it("asks for a role that matches what the route does", async () => {
    const rules = Object.fromEntries(
      (await apiHandlers())
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
      "POST /api/inspector/capture-urls/[id]/reset-sequence": "EDITOR",
      "GET /api/secrets": "EDITOR",
      "POST /api/secrets": "ADMIN",
      "DELETE /api/apps/[appId]": "ADMIN",
      "POST /api/apps/[appId]/rotate-secret": "ADMIN",
      "GET /api/session": "VIEWER",
      "DELETE /api/sessions": "VIEWER",
      "GET /api/tokens": "ADMIN",
      "POST /api/tokens": "ADMIN",
      "DELETE /api/tokens/[id]": "ADMIN",
      "GET /api/users": "ADMIN",
      "PATCH /api/users/[id]": "ADMIN",
      "POST /api/invitations": "ADMIN",
      "GET /api/audit-log": "ADMIN",
    });
    // The old capture URL paths are the same handlers, so the same rules.
    expect(rules["POST /api/inspector/bins"]).toBe(rules["POST /api/inspector/capture-urls"]);
  });
});
