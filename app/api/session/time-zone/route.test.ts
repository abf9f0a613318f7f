import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/test/call-route";
import * as route from "./route";

const put = (body: unknown, as: "VIEWER" | "anonymous" = "VIEWER") => callRoute(route.PUT, { method: "PUT", body, as });

const callerId = async () => (await db.apiToken.findFirstOrThrow({ where: { role: "VIEWER" }, select: { createdById: true } })).createdById;

describe("PUT /api/session/time-zone", () => {
  it("keeps the caller's time zone; null follows the browser's zone again", async () => {
    const chosen = await put({ timeZone: "Asia/Seoul" });
    expect(chosen.status, chosen.text).toBe(200);
    expect(chosen.json).toEqual({ timeZone: "Asia/Seoul" });
    expect((await db.user.findUniqueOrThrow({ where: { id: await callerId() } })).timeZone).toBe("Asia/Seoul");

    expect((await put({ timeZone: "America/New_York" })).json).toEqual({ timeZone: "America/New_York" });
    expect((await db.user.findUniqueOrThrow({ where: { id: await callerId() } })).timeZone).toBe("America/New_York");

    const cleared = await put({ timeZone: null });
    expect(cleared.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: await callerId() } })).timeZone).toBeNull();
  });

  it("refuses a zone Intl does not know with a clear message, other keys, and callers who are not signed in", async () => {
    const bad = await put({ timeZone: "Mars/Olympus_Mons" });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("timeZone must be an IANA time zone name");
    for (const body of [{ timeZone: "" }, { timeZone: 9 }, { timeZone: "UTC", extra: 1 }, {}]) {
      expect((await put(body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: await callerId() } })).timeZone).toBeNull();
    expect((await put({ timeZone: "UTC" }, "anonymous")).status).toBe(401);
  });
});
