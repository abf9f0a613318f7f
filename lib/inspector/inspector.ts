import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { secretValues } from "@/lib/secrets/secrets";
import { captureUrlAddress } from "./inspector-config";
import {
  isMediaType,
  type CaptureDetail,
  type CaptureSummary,
  type CaptureUrlSummary,
  type CreateCaptureUrlInput,
  type UpdateCaptureUrlInput,
} from "./inspector-schemas";
import { MIN_REDACTED_SECRET_LENGTH, secretRedactor } from "@/lib/secrets/redact-secrets";

// Capture URLs and the requests they received. The HTTPS listener (inspector-server.ts)
// calls recordCapture; the API and the Request inspector page read. The database still
// names a capture URL an InspectorBin (binId on captures): renaming the table needs a migration.

/** Captures kept per capture URL; older ones are dropped as new ones arrive. */
export const CAPTURES_KEPT = 100;

type CaptureUrlRow = Prisma.InspectorBinGetPayload<{ include: { _count: { select: { captures: true } } } }>;

function captureUrlSummary(row: CaptureUrlRow, lastCaptureAt: Date | null): CaptureUrlSummary {
  return {
    id: row.id,
    name: row.name,
    url: captureUrlAddress(row.token),
    response: { status: row.responseStatus, contentType: row.responseContentType, body: row.responseBody ?? "" },
    captureCount: row._count.captures,
    lastCaptureAt: lastCaptureAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function lastCaptureTimes(captureUrlIds: string[]): Promise<Map<string, Date>> {
  const rows = await db.inspectorCapture.groupBy({ by: ["binId"], where: { binId: { in: captureUrlIds } }, _max: { receivedAt: true } });
  return new Map(rows.flatMap((row) => (row._max.receivedAt ? [[row.binId, row._max.receivedAt] as const] : [])));
}

const withCount = { _count: { select: { captures: true } } } as const;

export async function listCaptureUrls(): Promise<CaptureUrlSummary[]> {
  const rows = await db.inspectorBin.findMany({ orderBy: { createdAt: "desc" }, include: withCount });
  const last = await lastCaptureTimes(rows.map((row) => row.id));
  return rows.map((row) => captureUrlSummary(row, last.get(row.id) ?? null));
}

export async function getCaptureUrl(id: string): Promise<CaptureUrlSummary> {
  const row = await db.inspectorBin.findUnique({ where: { id }, include: withCount });
  if (!row) throw AppError.notFound("Capture URL");
  const last = await lastCaptureTimes([id]);
  return captureUrlSummary(row, last.get(id) ?? null);
}

export async function createCaptureUrl(input: CreateCaptureUrlInput): Promise<CaptureUrlSummary> {
  const name = input.name ?? `Capture URL ${(await db.inspectorBin.count()) + 1}`;
  // 128 random bits: the URL is the only thing that names the capture URL.
  const row = await db.inspectorBin.create({ data: { name, token: randomBytes(16).toString("base64url") }, include: withCount });
  return captureUrlSummary(row, null);
}

export async function updateCaptureUrl(id: string, input: UpdateCaptureUrlInput): Promise<CaptureUrlSummary> {
  const result = await db.inspectorBin.updateMany({
    where: { id },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.response
        ? {
            responseStatus: input.response.status,
            responseContentType: input.response.contentType,
            responseBody: input.response.body.trim() ? input.response.body : null,
          }
        : {}),
    },
  });
  if (result.count === 0) throw AppError.notFound("Capture URL");
  return getCaptureUrl(id);
}

/** Deletes a capture URL and its captures; answers its name, which the audit log keeps after the row is gone. */
export async function deleteCaptureUrl(id: string): Promise<{ name: string }> {
  try {
    return await db.inspectorBin.delete({ where: { id }, select: { name: true } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") throw AppError.notFound("Capture URL");
    throw error;
  }
}

/** Deletes every capture of a capture URL; answers the capture URL's name, for the audit log. */
export async function clearCaptures(captureUrlId: string): Promise<{ name: string }> {
  const { name } = await getCaptureUrl(captureUrlId);
  await db.inspectorCapture.deleteMany({ where: { binId: captureUrlId } });
  return { name };
}

const summarySelect = {
  id: true,
  method: true,
  path: true,
  query: true,
  contentType: true,
  bodyBytes: true,
  responseStatus: true,
  receivedAt: true,
} as const;

type SummaryRow = Prisma.InspectorCaptureGetPayload<{ select: typeof summarySelect }>;

// Headers are stored as JSON [name, value] pairs (see recordCapture): read back through a
// schema, not a cast, so a row written by another version cannot hand the page a wrong shape.
const storedHeadersSchema = z.array(z.tuple([z.string(), z.string()]));
const storedHeaders = (value: Prisma.JsonValue): [string, string][] => storedHeadersSchema.safeParse(value).data ?? [];

const captureSummary = (row: SummaryRow): CaptureSummary => ({ ...row, receivedAt: row.receivedAt.toISOString() });

/** The capture URL's captures, newest first (at most CAPTURES_KEPT exist). */
export async function listCaptures(captureUrlId: string): Promise<CaptureSummary[]> {
  const found = await db.inspectorBin.findUnique({ where: { id: captureUrlId }, select: { id: true } });
  if (!found) throw AppError.notFound("Capture URL");
  const rows = await db.inspectorCapture.findMany({ where: { binId: captureUrlId }, orderBy: { id: "desc" }, select: summarySelect });
  return rows.map(captureSummary);
}

export async function getCapture(captureUrlId: string, captureId: number): Promise<CaptureDetail> {
  const row = await db.inspectorCapture.findFirst({ where: { id: captureId, binId: captureUrlId } });
  if (!row) throw AppError.notFound("Captured request");
  return {
    ...captureSummary(row),
    headers: storedHeaders(row.headers),
    body: row.body,
    bodyEncoding: row.bodyEncoding === "base64" ? "base64" : "utf8",
    bodyTruncated: row.bodyTruncated,
    remoteAddress: row.remoteAddress,
  };
}

export type IncomingCapture = {
  method: string;
  /** Path after the capture URL, starting with "/". */
  path: string;
  query: string;
  headers: [string, string][];
  body: Buffer;
  bodyBytes: number;
  bodyTruncated: boolean;
  remoteAddress: string | null;
};

export type CaptureAnswer = {
  status: number;
  contentType: string;
  body: string;
  captureId: number;
  /** Set when the stored response could not be answered as set (a value older versions accepted). */
  warning?: string;
};

/** The capture URL's response as it can be sent: a stored value that cannot be is replaced, with a warning (a header, so ASCII) saying so. */
function answerFor(stored: { responseStatus: number; responseContentType: string; responseBody: string | null }, receipt: () => string) {
  const warnings: string[] = [];
  let status = stored.responseStatus;
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    warnings.push(`the stored status ${status} is not between 200 and 599, so 200 was answered`);
    status = 200;
  }
  let contentType = stored.responseBody === null ? "application/json" : stored.responseContentType;
  if (!isMediaType(contentType)) {
    warnings.push("the stored content type is not valid, so application/octet-stream was answered");
    contentType = "application/octet-stream";
  }
  const warning = warnings.length
    ? `This capture URL's response needs fixing in Settings > Request inspector: ${warnings.join("; ")}.`
    : undefined;
  return { status, contentType, body: stored.responseBody ?? receipt(), ...(warning ? { warning } : {}) };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Stores a request made to a capture URL and says what to answer; null when no capture URL has this token. */
export async function recordCapture(token: string, incoming: IncomingCapture): Promise<CaptureAnswer | null> {
  const target = await db.inspectorBin.findUnique({ where: { token } });
  if (!target) return null;
  // Every stored secret is looked for in what anyone may send here, so only values long
  // enough to be past guessing: a short one replaced would confirm a guess (see MIN_REDACTED_SECRET_LENGTH).
  const redact = secretRedactor(await secretValues(), { minLength: MIN_REDACTED_SECRET_LENGTH });
  const body = redact.bytes(incoming.body);
  // Text with a NUL byte is kept as base64 too: PostgreSQL's text cannot hold U+0000 (lib/db/nul-characters.ts).
  const utf8 = !body.includes(0) && isUtf8(body);
  const headers = incoming.headers.map(([name, value]) => [name, redact.header(name, value)] as [string, string]);
  const contentType = incoming.headers.find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? null;
  const capture = await db.inspectorCapture.create({
    data: {
      binId: target.id,
      method: incoming.method,
      path: redact.text(incoming.path),
      query: redact.text(incoming.query),
      contentType,
      headers,
      body: utf8 ? body.toString("utf8") : body.toString("base64"),
      bodyEncoding: utf8 ? "utf8" : "base64",
      bodyBytes: incoming.bodyBytes,
      bodyTruncated: incoming.bodyTruncated,
      remoteAddress: incoming.remoteAddress,
      responseStatus: target.responseStatus,
    },
    select: { id: true, receivedAt: true },
  });
  const oldest = await db.inspectorCapture.findFirst({
    where: { binId: target.id },
    orderBy: { id: "desc" },
    skip: CAPTURES_KEPT - 1,
    select: { id: true },
  });
  if (oldest) await db.inspectorCapture.deleteMany({ where: { binId: target.id, id: { lt: oldest.id } } });
  const receipt = {
    ok: true,
    captureId: capture.id,
    method: incoming.method,
    path: incoming.path,
    receivedAt: capture.receivedAt.toISOString(),
  };
  return { ...answerFor(target, () => JSON.stringify(receipt)), captureId: capture.id };
}

/** Deletes up to `limit` captures received before `before`, of every capture URL; returns how many. For the retention sweep (lib/retention). */
export async function deleteCapturesBefore(before: Date, limit: number): Promise<number> {
  const rows = await db.inspectorCapture.findMany({
    where: { receivedAt: { lt: before } },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true },
  });
  if (!rows.length) return 0;
  return (await db.inspectorCapture.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } })).count;
}
