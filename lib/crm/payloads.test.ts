import { describe, expect, it } from "vitest";
import { allPropertiesPayload } from "./payloads";
import type { RecordDetail } from "./record-schemas";

const base = {
  displayName: "x",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-02T00:00:00.000Z",
  associations: [],
  formSubmissions: [{ "form-id": "f1" }],
  listMemberships: [{ "static-list-id": 3 }],
  identityProfiles: [{ vid: 7 }],
};

describe("all-properties payloads", () => {
  it("sends a contact as a HubSpot contact profile with every version, newest first and selected", () => {
    const contact: RecordDetail = {
      ...base,
      id: 7,
      objectType: "contact",
      properties: { lifecyclestage: { value: "customer", timestamp: "2026-01-03T00:00:00.000Z", source: "API", sourceId: "sync" } },
      history: {
        lifecyclestage: [
          { value: "customer", timestamp: "2026-01-03T00:00:00.000Z", sourceType: "API", sourceId: "sync" },
          { value: "lead", timestamp: "2026-01-01T00:00:00.000Z", sourceType: "FORM", sourceId: null },
        ],
      },
    };
    const payload = allPropertiesPayload(contact);
    expect(payload).toMatchObject({
      vid: 7,
      "canonical-vid": 7,
      "portal-id": 62515,
      "is-contact": true,
      "form-submissions": [{ "form-id": "f1" }],
      "list-memberships": [{ "static-list-id": 3 }],
      "identity-profiles": [{ vid: 7 }],
    });
    expect((payload as { properties: Record<string, unknown> }).properties.lifecyclestage).toEqual({
      value: "customer",
      versions: [
        {
          value: "customer",
          "source-type": "API",
          "source-id": "sync",
          "source-label": null,
          timestamp: Date.parse("2026-01-03T00:00:00.000Z"),
          selected: true,
        },
        {
          value: "lead",
          "source-type": "FORM",
          "source-id": null,
          "source-label": null,
          timestamp: Date.parse("2026-01-01T00:00:00.000Z"),
          selected: false,
        },
      ],
    });
  });

  it("sends other objects with latest values only", () => {
    const deal: RecordDetail = {
      ...base,
      id: 40,
      objectType: "deal",
      properties: { amount: { value: "1200", timestamp: "2026-01-03T00:00:00.000Z", source: "CRM_UI", sourceId: null } },
      history: {
        amount: [
          { value: "1200", timestamp: "2026-01-03T00:00:00.000Z", sourceType: "CRM_UI", sourceId: null },
          { value: "900", timestamp: "2026-01-01T00:00:00.000Z", sourceType: "CRM_UI", sourceId: null },
        ],
      },
    };
    expect(allPropertiesPayload(deal)).toEqual({
      objectId: 40,
      objectType: "DEAL",
      portalId: 62515,
      isDeleted: false,
      properties: { amount: { value: "1200", timestamp: Date.parse("2026-01-03T00:00:00.000Z"), source: "CRM_UI", sourceId: null } },
    });
  });
});
