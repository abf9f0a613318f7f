import { describe, expect, it } from "vitest";
import { callRoute } from "@/test/call-route";
import * as route from "./route";

describe("GET /api/health", () => {
  it("says the app and its database are up, and nothing else", async () => {
    const res = await callRoute(route.GET);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.json).toEqual({ status: "ok", database: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it("answers 503 when the database does not answer", async () => {
    process.env.DATABASE_URL = "file:/nonexistent-dir/for/health/check.db";
    const res = await callRoute(route.GET);
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ status: "unavailable", database: "unreachable" });
  });
});
