import { db } from "@/lib/db";
import { readSnapshot } from "@/lib/db/read-snapshot";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ObjectType } from "./object-types";
import type { PropertyValue, PropertyVersion, RecordDetail, RecordListQuery, RecordListResponse, RecordSummary } from "./record-schemas";

type StoredProperties = Record<string, PropertyValue>;

// Property names are user input ("constructor", "__proto__", "toString"…), so every object keyed by
// them is made without a prototype: a lookup finds the record's own properties or nothing, and
// assigning "__proto__" adds a property instead of changing the object's prototype.

/** The stored properties (parsed JSON, so own keys) copied into an object without a prototype. */
function storedProperties(properties: unknown): StoredProperties {
  return Object.assign(Object.create(null) as StoredProperties, properties ?? {});
}

function currentValues(properties: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [name, prop] of Object.entries(storedProperties(properties))) out[name] = prop.value;
  return out;
}

export async function listRecords(query: RecordListQuery): Promise<RecordListResponse> {
  const where: Prisma.RecordWhereInput = { objectType: query.objectType, isDeleted: false };
  // searchText is stored lower-cased, so `contains` is case-insensitive on SQLite and PostgreSQL alike.
  if (query.q) where.searchText = { contains: query.q.toLowerCase() };
  if (query.cursor) where.id = { gt: query.cursor };
  const rows = await db.record.findMany({ where, orderBy: { id: "asc" }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return {
    records: page.map(
      (row): RecordSummary => ({
        id: row.id,
        objectType: row.objectType as ObjectType,
        displayName: row.displayName,
        properties: currentValues(row.properties),
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      }),
    ),
    nextCursor: rows.length > query.limit ? page[page.length - 1].id : null,
  };
}

/**
 * Ids of the live records of a type that a search finds (as listRecords does; no search: all of
 * them), oldest first, at most `max + 1` so a caller can tell that there are more than `max`.
 */
export async function matchingRecordIds(objectType: ObjectType, q: string | undefined, max: number): Promise<number[]> {
  const where: Prisma.RecordWhereInput = { objectType, isDeleted: false };
  if (q) where.searchText = { contains: q.toLowerCase() };
  const rows = await db.record.findMany({ where, orderBy: { id: "asc" }, take: max + 1, select: { id: true } });
  return rows.map((row) => row.id);
}

type RecordRow = {
  id: number;
  objectType: string;
  displayName: string;
  createdAt: Date;
  updatedAt: Date;
  properties: unknown;
  formSubmissions: unknown;
  listMemberships: unknown;
  identityProfiles: unknown;
};
type HistoryRow = { name: string; value: string; timestamp: Date; sourceType: string; sourceId: string | null };

/** History rows must come newest first. */
function toRecordDetail(row: RecordRow, historyRows: HistoryRow[], associations: RecordDetail["associations"]): RecordDetail {
  const history: Record<string, PropertyVersion[]> = Object.create(null);
  for (const version of historyRows) {
    history[version.name] ??= [];
    history[version.name].push({
      value: version.value,
      timestamp: version.timestamp.toISOString(),
      sourceType: version.sourceType,
      sourceId: version.sourceId,
    });
  }
  return {
    id: row.id,
    objectType: row.objectType as ObjectType,
    displayName: row.displayName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    properties: storedProperties(row.properties),
    history,
    associations,
    formSubmissions: (row.formSubmissions as unknown[] | null) ?? [],
    listMemberships: (row.listMemberships as unknown[] | null) ?? [],
    identityProfiles: (row.identityProfiles as unknown[] | null) ?? [],
  };
}

const historyOrder = [{ timestamp: "desc" as const }, { id: "desc" as const }];

export async function getRecord(id: number): Promise<RecordDetail> {
  // Current values and their history as of one moment (a property change writes both together).
  // One query after another: Prisma sends the queries of sibling includes at once, which on
  // PostgreSQL overlap on the transaction's one connection (pg warns that it will refuse that).
  const linked = { select: { id: true, objectType: true, displayName: true } };
  const row = await readSnapshot(async (tx) => {
    const record = await tx.record.findFirst({ where: { id, isDeleted: false } });
    if (!record) return null;
    return {
      ...record,
      history: await tx.propertyHistory.findMany({ where: { recordId: id }, orderBy: historyOrder }),
      associations: await tx.association.findMany({ where: { fromId: id }, include: { to: linked } }),
      associatedBy: await tx.association.findMany({ where: { toId: id }, include: { from: linked } }),
    };
  });
  if (!row) throw AppError.of("NOT_FOUND.record", { id: String(id) });
  const associations = [
    ...row.associations.map((a) => ({ ...a.to, label: a.label })),
    ...row.associatedBy.map((a) => ({ ...a.from, label: a.label })),
  ].map((a) => ({ id: a.id, objectType: a.objectType as ObjectType, displayName: a.displayName, label: a.label }));
  return toRecordDetail(row, row.history, associations);
}

/**
 * Records as a workflow run needs them, many at once (two queries at most): current
 * properties and profile parts, with property history only for the ids in `withHistory`,
 * and no associations. Missing or deleted records are left out of the map.
 */
export async function loadRecordsForRun(ids: number[], withHistory: Set<number>): Promise<Map<number, RecordDetail>> {
  const unique = [...new Set(ids)];
  const historyIds = unique.filter((id) => withHistory.has(id));
  // Fixed SQL: the runner reads records for every batch of steps, and Prisma's compiling and row
  // mapping of findMany cost more than the read (declared column types still map JSON and dates).
  const recordRows = (client: Pick<Prisma.TransactionClient, "$queryRaw">) =>
    client.$queryRaw<RecordRow[]>`
      SELECT id, "objectType", "displayName", "createdAt", "updatedAt", properties, "formSubmissions", "listMemberships", "identityProfiles"
      FROM "Record" WHERE id IN (${Prisma.join(unique)}) AND "isDeleted" = ${false}`;
  // With history, values and versions from one moment, so a contact profile's `value` is its newest version.
  const [rows, historyRows] = historyIds.length
    ? await readSnapshot(async (tx) => [
        await recordRows(tx),
        await tx.propertyHistory.findMany({ where: { recordId: { in: historyIds } }, orderBy: [{ recordId: "asc" }, ...historyOrder] }),
      ])
    : [await recordRows(db), []];
  const byRecord = new Map<number, HistoryRow[]>();
  for (const h of historyRows) (byRecord.get(h.recordId) ?? byRecord.set(h.recordId, []).get(h.recordId)!).push(h);
  return new Map(rows.map((row) => [row.id, toRecordDetail(row, byRecord.get(row.id) ?? [], [])]));
}
