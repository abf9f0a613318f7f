import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { secretValues } from "@/lib/secrets/secrets";
import { captureUrl } from "./inspector-config";
import { isMediaType, type CaptureDetail, type CaptureSummary, type CreateBinInput, type InspectorBinSummary, type UpdateBinInput } from "./inspector-schemas";
import { MIN_REDACTED_SECRET_LENGTH, secretRedactor } from "@/lib/secrets/redact-secrets";

// Capture URLs (bins) and the requests they received. The HTTPS listener
// (inspector-server.ts) calls recordCapture; the API and the Request inspector page read.

/** Captures kept per capture URL; older ones are dropped as new ones arrive. */
export const CAPTURES_KEPT = 100;

type BinRow = Prisma.InspectorBinGetPayload<{ include: { _count: { select: { captures: true } } } }>;

function binSummary(row: BinRow, lastCaptureAt: Date | null): InspectorBinSummary {
  return {
    id: row.id,
    name: row.name,
    url: captureUrl(row.token),
    response: { status: row.responseStatus, contentType: row.responseContentType, body: row.responseBody ?? "" },
    captureCount: row._count.captures,
    lastCaptureAt: lastCaptureAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function lastCaptureTimes(binIds: string[]): Promise<Map<string, Date>> {
  const rows = await db.inspectorCapture.groupBy({ by: ["binId"], where: { binId: { in: binIds } }, _max: { receivedAt: true } });
  return new Map(rows.flatMap((row) => (row._max.receivedAt ? [[row.binId, row._max.receivedAt] as const] : [])));
}

const withCount = { _count: { select: { captures: true } } } as const;

export async function listBins(): Promise<InspectorBinSummary[]> {
  const rows = await db.inspectorBin.findMany({ orderBy: { createdAt: "desc" }, include: withCount });
  const last = await lastCaptureTimes(rows.map((row) => row.id));
  return rows.map((row) => binSummary(row, last.get(row.id) ?? null));
}

export async function getBin(id: string): Promise<InspectorBinSummary> {
  const row = await db.inspectorBin.findUnique({ where: { id }, include: withCount });
  if (!row) throw AppError.notFound("Capture URL");
  const last = await lastCaptureTimes([id]);
  return binSummary(row, last.get(id) ?? null);
}

export async function createBin(input: CreateBinInput): Promise<InspectorBinSummary> {
  const name = input.name ?? `Capture URL ${(await db.inspectorBin.count()) + 1}`;
  // 128 random bits: the URL is the only thing that names the bin.
  const row = await db.inspectorBin.create({ data: { name, token: randomBytes(16).toString("base64url") }, include: withCount });
  return binSummary(row, null);
}

export async function updateBin(id: string, input: UpdateBinInput): Promise<InspectorBinSummary> {
  const result = await db.inspectorBin.updateMany({
    where: { id },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.response
        ? { responseStatus: input.response.status, responseContentType: input.response.contentType, responseBody: input.response.body.trim() ? input.response.body : null }
        : {}),
    },
  });
  if (result.count === 0) throw AppError.notFound("Capture URL");
  return getBin(id);
}

export async function deleteBin(id: string): Promise<void> {
  const result = await db.inspectorBin.deleteMany({ where: { id } });
  if (result.count === 0) throw AppError.notFound("Capture URL");
}

export async function clearCaptures(binId: string): Promise<void> {
  await getBin(binId);
  await db.inspectorCapture.deleteMany({ where: { binId } });
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

const captureSummary = (row: SummaryRow): CaptureSummary => ({ ...row, receivedAt: row.receivedAt.toISOString() });

/** The bin's captures, newest first (at most CAPTURES_KEPT exist). */
export async function listCaptures(binId: string): Promise<CaptureSummary[]> {
  const bin = await db.inspectorBin.findUnique({ where: { id: binId }, select: { id: true } });
  if (!bin) throw AppError.notFound("Capture URL");
  const rows = await db.inspectorCapture.findMany({ where: { binId }, orderBy: { id: "desc" }, select: summarySelect });
  return rows.map(captureSummary);
}

export async function getCapture(binId: string, captureId: number): Promise<CaptureDetail> {
  const row = await db.inspectorCapture.findFirst({ where: { id: captureId, binId } });
  if (!row) throw AppError.notFound("Captured request");
  return {
    ...captureSummary(row),
    headers: row.headers as [string, string][],
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
function answerFor(bin: { responseStatus: number; responseContentType: string; responseBody: string | null }, receipt: () => string) {
  const warnings: string[] = [];
  let status = bin.responseStatus;
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    warnings.push(`the stored status ${status} is not between 200 and 599, so 200 was answered`);
    status = 200;
  }
  let contentType = bin.responseBody === null ? "application/json" : bin.responseContentType;
  if (!isMediaType(contentType)) {
    warnings.push("the stored content type is not valid, so application/octet-stream was answered");
    contentType = "application/octet-stream";
  }
  const warning = warnings.length ? `This capture URL's response needs fixing in Settings > Request inspector: ${warnings.join("; ")}.` : undefined;
  return { status, contentType, body: bin.responseBody ?? receipt(), ...(warning ? { warning } : {}) };
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Stores a request made to a capture URL and says what to answer; null when no bin has this token. */
export async function recordCapture(token: string, incoming: IncomingCapture): Promise<CaptureAnswer | null> {
  const bin = await db.inspectorBin.findUnique({ where: { token } });
  if (!bin) return null;
  // Every stored secret is looked for in what anyone may send here, so only values long
  // enough to be past guessing: a short one replaced would confirm a guess (see MIN_REDACTED_SECRET_LENGTH).
  const redact = secretRedactor(await secretValues(), { minLength: MIN_REDACTED_SECRET_LENGTH });
  const body = redact.bytes(incoming.body);
  const utf8 = isUtf8(body);
  const headers = incoming.headers.map(([name, value]) => [name, redact.header(name, value)] as [string, string]);
  const contentType = incoming.headers.find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? null;
  const capture = await db.inspectorCapture.create({
    data: {
      binId: bin.id,
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
      responseStatus: bin.responseStatus,
    },
    select: { id: true, receivedAt: true },
  });
  const oldest = await db.inspectorCapture.findFirst({ where: { binId: bin.id }, orderBy: { id: "desc" }, skip: CAPTURES_KEPT - 1, select: { id: true } });
  if (oldest) await db.inspectorCapture.deleteMany({ where: { binId: bin.id, id: { lt: oldest.id } } });
  const receipt = { ok: true, captureId: capture.id, method: incoming.method, path: incoming.path, receivedAt: capture.receivedAt.toISOString() };
  return { ...answerFor(bin, () => JSON.stringify(receipt)), captureId: capture.id };
}
