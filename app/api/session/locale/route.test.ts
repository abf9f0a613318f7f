import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/test/call-route";
import * as route from "./route";

const put = (body: unknown, as: "VIEWER" | "anonymous" = "VIEWER", origin?: string) =>
  callRoute(route.PUT, { method: "PUT", body, as, origin });

describe("PUT /api/session/locale", () => {
  it("keeps the caller's language and sets the cookie that carries it; null follows the browser again", async () => {
    const chosen = await put({ locale: "ko" });
    expect(chosen.status, chosen.text).toBe(200);
    expect(chosen.json).toEqual({ locale: "ko" });
    expect(chosen.headers.get("set-cookie")).toMatch(/^hookflow-locale=ko; Max-Age=31536000; Path=\/; SameSite=Lax$/);
    const token = await db.apiToken.findFirstOrThrow({ where: { role: "VIEWER" }, select: { createdById: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: token.createdById } })).locale).toBe("ko");

    const secure = await put({ locale: "en" }, "VIEWER", "https://hookflow.example");
    expect(secure.headers.get("set-cookie")).toMatch(/; Secure$/);
    const cleared = await put({ locale: null });
    expect(cleared.headers.get("set-cookie")).toMatch(/^hookflow-locale=; Max-Age=0;/);
    expect((await db.user.findUniqueOrThrow({ where: { id: token.createdById } })).locale).toBeNull();
  });

  it("refuses a language the UI does not have, other keys, and callers who are not signed in", async () => {
    for (const body of [{ locale: "fr" }, { locale: "KO" }, { locale: "ko", extra: 1 }, {}, { locale: "__proto__" }]) {
      const res = await put(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.headers.get("set-cookie")).toBeNull();
    }
    expect((await put({ locale: "ko" }, "anonymous")).status).toBe(401);
  });
});
