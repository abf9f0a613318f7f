import type { PrismaClient } from "@/lib/generated/prisma/client";
import { displayNameFor, searchTextFor } from "./record-naming";
import { buildSampleData, currentValues, profileWithVid, type SampleRecord } from "./sample-data";

export type SeedCounts = { contacts: number; companies: number; deals: number; tickets: number };

export async function isSeeded(db: PrismaClient): Promise<boolean> {
  return (await db.record.count()) > 0;
}

function recordRow(record: SampleRecord) {
  const values = currentValues(record);
  const properties = Object.fromEntries(
    Object.entries(record.history).map(([name, versions]) => {
      const current = versions.at(-1)!;
      return [
        name,
        { value: current.value, timestamp: new Date(current.timestamp).toISOString(), source: current.source, sourceId: current.sourceId },
      ];
    }),
  );
  const timestamps = Object.values(record.history).flatMap((versions) => versions.map((v) => v.timestamp));
  return {
    objectType: record.objectType,
    displayName: displayNameFor(record.objectType, values),
    searchText: searchTextFor(record.objectType, values),
    properties,
    createdAt: new Date(Math.min(...timestamps)),
    updatedAt: new Date(Math.max(...timestamps)),
  };
}

/**
 * Inserts the sample CRM data into an empty database, all or nothing. Contacts go in
 * first so that the documented first sample contact gets id 1 on a fresh database.
 */
export async function seed(db: PrismaClient): Promise<SeedCounts> {
  const data = buildSampleData();
  return db.$transaction(
    async (tx) => {
      const existing = await tx.record.count();
      if (existing > 0) {
        throw new Error(`Cannot seed sample data: the database already has ${existing} record(s). Run npm run db:reset to start over.`);
      }

      const groups = [data.contacts, data.companies, data.deals, data.tickets];
      const ids = new Map<string, number>();
      for (const group of groups) {
        const created = await tx.record.createManyAndReturn({ data: group.map(recordRow), select: { id: true } });
        // RETURNING order is not guaranteed, but ids are assigned in insertion order.
        const sorted = created.map((r) => r.id).sort((a, b) => a - b);
        for (const [i, record] of group.entries()) ids.set(record.key, sorted[i]);
      }

      // A contact's profile embeds its own id (`vid`), known only now. updatedAt is
      // passed again because @updatedAt would otherwise stamp the seeding time.
      for (const contact of data.contacts) {
        if (!contact.profile) continue;
        const id = ids.get(contact.key)!;
        const profile = profileWithVid(contact.profile, id);
        await tx.record.update({
          where: { id },
          data: {
            formSubmissions: profile.formSubmissions,
            listMemberships: profile.listMemberships,
            identityProfiles: profile.identityProfiles,
            updatedAt: recordRow(contact).updatedAt,
          },
        });
      }

      await tx.propertyHistory.createMany({
        data: groups.flat().flatMap((record) =>
          Object.entries(record.history).flatMap(([name, versions]) =>
            versions.map((v) => ({
              recordId: ids.get(record.key)!,
              name,
              value: v.value,
              timestamp: new Date(v.timestamp),
              sourceType: v.source,
              sourceId: v.sourceId,
            })),
          ),
        ),
      });

      await tx.association.createMany({
        data: data.associations.map((a) => {
          const fromId = ids.get(a.from);
          const toId = ids.get(a.to);
          if (fromId === undefined || toId === undefined) {
            throw new Error(`Sample association ${a.from} → ${a.to} refers to a record that was not created.`);
          }
          return { fromId, toId, label: a.label };
        }),
      });

      // The custom property the README's walkthrough sets (Settings → Properties lists it).
      await tx.propertyDefinition.createMany({
        data: [{ objectType: "contact", name: "customer_tier", label: "Customer tier", type: "string" }],
      });

      return {
        contacts: data.contacts.length,
        companies: data.companies.length,
        deals: data.deals.length,
        tickets: data.tickets.length,
      };
    },
    // Generous: SQLite on a slow disk or a cold PostgreSQL connection can take a while.
    { maxWait: 10_000, timeout: 120_000 },
  );
}
