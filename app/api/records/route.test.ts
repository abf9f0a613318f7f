import { describe, expect, it } from "vitest";
import { callRoute } from "@/test/call-route";
import * as collection from "./route";
import * as item from "./[id]/route";

describe("/api/records", () => {
  it("lists contacts by default, pages with a cursor and never repeats a record", async () => {
    const first = await callRoute(collection.GET, { query: { limit: "20" } });
    expect(first.status).toBe(200);
    expect(first.json.records).toHaveLength(20);
    expect(first.json.records.every((r: { objectType: string }) => r.objectType === "contact")).toBe(true);
    expect(first.json.nextCursor).toBe(first.json.records[19].id);
    const second = await callRoute(collection.GET, { query: { limit: "20", cursor: String(first.json.nextCursor) } });
    expect(second.json.records.length).toBeGreaterThanOrEqual(5);
    const ids = [...first.json.records, ...second.json.records].map((r: { id: number }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("filters by object type and searches name or email case-insensitively", async () => {
    for (const objectType of ["company", "deal", "ticket"]) {
      const res = await callRoute(collection.GET, { query: { objectType } });
      expect(res.json.records.length).toBeGreaterThanOrEqual(10);
      expect(res.json.records.every((r: { objectType: string }) => r.objectType === objectType)).toBe(true);
    }
    const byName = await callRoute(collection.GET, { query: { q: "LOVELACE" } });
    expect(byName.json.records.map((r: { displayName: string }) => r.displayName)).toEqual(["Ada Lovelace"]);
    const byEmail = await callRoute(collection.GET, { query: { q: "ada@analytical" } });
    expect(byEmail.json.records[0].properties.email).toBe("ada@analytical-engines.example");
    const none = await callRoute(collection.GET, { query: { q: "zzz-no-such-person" } });
    expect(none.json).toEqual({ records: [], nextCursor: null });
  });

  it("rejects bad query parameters with 400", async () => {
    const bad = await callRoute(collection.GET, { query: { objectType: "lead" } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/objectType must be one of: contact, company, deal, ticket/);
    expect((await callRoute(collection.GET, { query: { limit: "0" } })).status).toBe(400);
    expect((await callRoute(collection.GET, { query: { limit: "abc" } })).status).toBe(400);
  });

  it("returns one contact with property history, associations and profile parts", async () => {
    const list = await callRoute(collection.GET, { query: { q: "ada@analytical-engines.example" } });
    const id = list.json.records[0].id;
    const res = await callRoute(item.GET, { params: { id: String(id) } });
    expect(res.status).toBe(200);
    const ada = res.json;
    expect(ada.properties.lifecyclestage).toMatchObject({ value: "customer", source: "API" });
    expect(ada.history.lifecyclestage.map((v: { value: string }) => v.value)).toEqual(["customer", "marketingqualifiedlead", "lead"]);
    const times = ada.history.lifecyclestage.map((v: { timestamp: string }) => Date.parse(v.timestamp));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(ada.associations).toContainEqual(expect.objectContaining({ objectType: "company", label: "contact_to_company" }));
    expect(ada.formSubmissions.length).toBeGreaterThan(0);
    expect(ada.listMemberships.length).toBeGreaterThan(0);
    expect(ada.identityProfiles[0].vid).toBe(id);
  });

  it("answers 404 for unknown or malformed ids", async () => {
    for (const id of ["999999", "abc", "-1", "1.5"]) {
      const res = await callRoute(item.GET, { params: { id } });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("NOT_FOUND");
    }
  });
});
