import { config } from "@/lib/config";
import type { RecordDetail } from "./record-schemas";

// The "Include all properties" request bodies, in the shapes HubSpot sends, so a receiver
// written for HubSpot reads Hookflow's calls unchanged.
// Contacts: the contact profile, with every version of every property.
// Other objects: latest values only.

const epochMs = (iso: string) => Date.parse(iso);

// Keyed by property names, which are user input: no prototype, so "__proto__" is a key like any
// other (JSON.stringify sends it) and "constructor" is never Object's. Reads are own-only.
const ownVersions = (record: RecordDetail, name: string) => (Object.hasOwn(record.history, name) ? record.history[name] : undefined);

function contactProfilePayload(record: RecordDetail) {
  const properties: Record<string, { value: string; versions: unknown[] }> = Object.create(null);
  for (const [name, current] of Object.entries(record.properties)) {
    const versions = ownVersions(record, name) ?? [
      { value: current.value, timestamp: current.timestamp, sourceType: current.source, sourceId: current.sourceId },
    ];
    properties[name] = {
      value: current.value,
      versions: versions.map((version, index) => ({
        value: version.value,
        "source-type": version.sourceType,
        "source-id": version.sourceId,
        "source-label": null,
        timestamp: epochMs(version.timestamp),
        selected: index === 0,
      })),
    };
  }
  return {
    vid: record.id,
    "canonical-vid": record.id,
    "merged-vids": [],
    "portal-id": config().portalId,
    "is-contact": true,
    properties,
    "form-submissions": record.formSubmissions,
    "list-memberships": record.listMemberships,
    "identity-profiles": record.identityProfiles,
    "merge-audits": [],
  };
}

function objectPayload(record: RecordDetail) {
  const properties: Record<string, { value: string; timestamp: number; source: string; sourceId: string | null }> = Object.create(null);
  for (const [name, current] of Object.entries(record.properties)) {
    properties[name] = { value: current.value, timestamp: epochMs(current.timestamp), source: current.source, sourceId: current.sourceId };
  }
  return {
    objectId: record.id,
    objectType: record.objectType.toUpperCase(),
    portalId: config().portalId,
    isDeleted: false,
    properties,
  };
}

export function allPropertiesPayload(record: RecordDetail) {
  return record.objectType === "contact" ? contactProfilePayload(record) : objectPayload(record);
}
