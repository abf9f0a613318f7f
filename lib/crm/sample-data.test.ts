import { describe, it, expect } from "vitest";
import { ASSOCIATION_LABELS, SAMPLE_BASE_DATE, SAMPLE_FIRST_CONTACT, buildSampleData, currentValues } from "./sample-data";

const data = buildSampleData();
const allRecords = [...data.contacts, ...data.companies, ...data.deals, ...data.tickets];

describe("buildSampleData", () => {
  it("is deterministic", () => {
    expect(buildSampleData()).toEqual(buildSampleData());
  });

  it("has enough records of each type", () => {
    expect(data.contacts.length).toBeGreaterThanOrEqual(25);
    expect(data.companies.length).toBeGreaterThanOrEqual(10);
    expect(data.deals.length).toBeGreaterThanOrEqual(10);
    expect(data.tickets.length).toBeGreaterThanOrEqual(10);
  });

  it("starts with the documented first contact", () => {
    const first = currentValues(data.contacts[0]);
    expect(first).toMatchObject(SAMPLE_FIRST_CONTACT);
    expect(data.contacts[0].history.lifecyclestage.map((v) => v.value)).toEqual(["lead", "marketingqualifiedlead", "customer"]);
  });

  it("gives every contact the core properties", () => {
    for (const contact of data.contacts) {
      const values = currentValues(contact);
      for (const name of ["email", "firstname", "lastname", "phone", "lifecyclestage"]) {
        expect(values[name], `${contact.key}.${name}`).toBeTruthy();
      }
    }
  });

  it("has contacts with several versions of a property, from varied sources", () => {
    const withHistory = data.contacts.filter((c) => Object.values(c.history).some((versions) => versions.length > 1));
    expect(withHistory.length).toBeGreaterThanOrEqual(5);
    const sources = new Set(
      data.contacts.flatMap((c) =>
        Object.values(c.history)
          .flat()
          .map((v) => v.source),
      ),
    );
    for (const source of ["CRM_UI", "FORM", "IMPORT", "API", "SALES"]) expect(sources).toContain(source);
  });

  it("uses unique emails on reserved domains", () => {
    const emails = data.contacts.map((c) => currentValues(c).email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.]+@[a-z0-9-]+\.example$/);
  });

  it("stores every property value as a string, versions oldest first and not after the base date", () => {
    for (const record of allRecords) {
      for (const [name, versions] of Object.entries(record.history)) {
        expect(versions.length, `${record.key}.${name}`).toBeGreaterThan(0);
        for (const v of versions) {
          expect(typeof v.value, `${record.key}.${name}`).toBe("string");
          expect(v.timestamp).toBeLessThanOrEqual(SAMPLE_BASE_DATE);
        }
        const times = versions.map((v) => v.timestamp);
        expect(times).toEqual([...times].sort((a, b) => a - b));
      }
    }
  });

  it("associates every contact with a company and every association with existing records", () => {
    const keys = new Set(allRecords.map((r) => r.key));
    for (const a of data.associations) {
      expect(keys.has(a.from), a.from).toBe(true);
      expect(keys.has(a.to), a.to).toBe(true);
      expect(ASSOCIATION_LABELS).toContain(a.label);
    }
    for (const contact of data.contacts) {
      expect(data.associations.some((a) => a.from === contact.key && a.label === "contact_to_company")).toBe(true);
    }
  });

  it("gives contacts a HubSpot-shaped profile", () => {
    for (const contact of data.contacts) {
      const identities = contact.profile!.identityProfiles[0].identities;
      expect(identities.map((i) => i.type)).toEqual(["EMAIL", "LEAD_GUID"]);
      expect(identities[0].value).toBe(currentValues(contact).email);
    }
    expect(data.contacts[0].profile!.formSubmissions.length).toBeGreaterThan(0);
  });
});
