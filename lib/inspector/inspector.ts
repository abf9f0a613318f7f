import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { secretValues } from "@/lib/secrets/secrets";
import { captureUrlAddress } from "./inspector-config";
import {
  captureUrlAnswerSchema,
  isMediaType,
  MAX_DELAY_MS,
  updateCaptureUrlSchema,
  type CaptureDetail,
  type CaptureSummary,
  type CaptureUrlAnswer,
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

type StoredAnswers = Pick<CaptureUrlRow, "responseStatus" | "responseContentType" | "responseBody" | "responseAnswers">;

// Stored answers are read back through a schema, loosely (no limits or reserved names: the
// listener checks what it sends, see answerFor), so a row written by another version cannot
// hand the page or the listener a wrong shape.
const storedAnswersSchema = z
  .array(
    z.object({
      status: z.number(),
      contentType: z.string(),
      body: z.string(),
      headers: z.array(z.object({ name: z.string(), value: z.string() })).catch([]),
      delayMs: z.number().catch(0),
    }),
  )
  .min(1);

/** A capture URL's answers: the stored list, or the one answer of the columns rows older than sequences have. */
function storedAnswers(row: StoredAnswers): CaptureUrlAnswer[] {
  const parsed = storedAnswersSchema.safeParse(row.responseAnswers);
  if (parsed.success) return parsed.data;
  return [{ status: row.responseStatus, contentType: row.responseContentType, body: row.responseBody ?? "", headers: [], delayMs: 0 }];
}

function captureUrlSummary(row: CaptureUrlRow, lastCaptureAt: Date | null): CaptureUrlSummary {
  const responses = storedAnswers(row);
  return {
    id: row.id,
    name: row.name,
    url: captureUrlAddress(row.token),
    response: responses[0],
    responses,
    sequence: { answered: row.answeredCount, nextAnswer: Math.min(row.answeredCount + 1, responses.length) },
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
  if (!row) throw AppError.of("NOT_FOUND.captureUrl");
  const last = await lastCaptureTimes([id]);
  return captureUrlSummary(row, last.get(id) ?? null);
}

export async function createCaptureUrl(input: CreateCaptureUrlInput): Promise<CaptureUrlSummary> {
  const name = input.name ?? `Capture URL ${(await db.inspectorBin.count()) + 1}`;
  // 128 random bits: the URL is the only thing that names the capture URL.
  const row = await db.inspectorBin.create({ data: { name, token: randomBytes(16).toString("base64url") }, include: withCount });
  return captureUrlSummary(row, null);
}

/** Renames a capture URL and/or sets its answers; new answers start the sequence again from the first. */
export async function updateCaptureUrl(id: string, input: UpdateCaptureUrlInput): Promise<CaptureUrlSummary> {
  const parsed = updateCaptureUrlSchema.parse(input);
  const answers = parsed.responses ?? (parsed.response ? [parsed.response] : undefined);
  const result = await db.inspectorBin.updateMany({
    where: { id },
    data: {
      ...(parsed.name !== undefined ? { name: parsed.name } : {}),
      ...(answers
        ? {
            // The columns keep the first answer, for readers older than sequences.
            responseStatus: answers[0].status,
            responseContentType: answers[0].contentType,
            responseBody: answers[0].body.trim() ? answers[0].body : null,
            responseAnswers: answers.map((answer) => ({ ...answer, body: answer.body.trim() ? answer.body : "" })),
            answeredCount: 0,
          }
        : {}),
    },
  });
  if (result.count === 0) throw AppError.of("NOT_FOUND.captureUrl");
  return getCaptureUrl(id);
}

/** Starts a capture URL's sequence again: the next request gets the first answer. */
export async function resetAnswerSequence(id: string): Promise<CaptureUrlSummary> {
  const result = await db.inspectorBin.updateMany({ where: { id }, data: { answeredCount: 0 } });
  if (result.count === 0) throw AppError.of("NOT_FOUND.captureUrl");
  return getCaptureUrl(id);
}

/** Deletes a capture URL and its captures; answers its name, which the audit log keeps after the row is gone. */
export async function deleteCaptureUrl(id: string): Promise<{ name: string }> {
  try {
    return await db.inspectorBin.delete({ where: { id }, select: { name: true } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") throw AppError.of("NOT_FOUND.captureUrl");
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
  if (!found) throw AppError.of("NOT_FOUND.captureUrl");
  const rows = await db.inspectorCapture.findMany({ where: { binId: captureUrlId }, orderBy: { id: "desc" }, select: summarySelect });
  return rows.map(captureSummary);
}

export async function getCapture(captureUrlId: string, captureId: number): Promise<CaptureDetail> {
  const row = await db.inspectorCapture.findFirst({ where: { id: captureId, binId: captureUrlId } });
  if (!row) throw AppError.of("NOT_FOUND.capture");
  const { responseHeaders, responseDelayMs, answerNumber, ...rest } = row;
  return {
    ...captureSummary(rest),
    headers: storedHeaders(row.headers),
    response: { headers: storedHeaders(responseHeaders), delayMs: responseDelayMs, answerNumber },
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
  /** Content-Type first (none on 204 and 304, which have no body), then the answer's own headers. */
  headers: [string, string][];
  body: string;
  delayMs: number;
  captureId: number;
};

/**
 * One stored answer as it can be sent: a value that cannot be (written by an older version, or
 * by hand) is replaced or left out, with a warning (a header, so ASCII) saying so.
 */
function answerFor(stored: CaptureUrlAnswer) {
  const warnings: string[] = [];
  let status = stored.status;
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    warnings.push(`the stored status ${status} is not between 200 and 599, so 200 was answered`);
    status = 200;
  }
  const hasBody = stored.body.trim() !== "";
  let contentType = hasBody ? stored.contentType : "application/json";
  if (!isMediaType(contentType)) {
    warnings.push("the stored content type is not valid, so application/octet-stream was answered");
    contentType = "application/octet-stream";
  }
  // Each header is checked alone, as the API checks it (name, value, reserved names), beside a
  // neutral content type and body, so only the header itself can fail.
  const headers: [string, string][] = [];
  for (const header of stored.headers) {
    const checked = captureUrlAnswerSchema.safeParse({ status, contentType: "text/plain", body: "", headers: [header] });
    if (checked.success) headers.push([checked.data.headers[0].name, checked.data.headers[0].value]);
    else warnings.push("a stored header could not be sent, so it was left out");
  }
  let delayMs = stored.delayMs;
  if (!Number.isInteger(delayMs) || delayMs < 0 || delayMs > MAX_DELAY_MS) {
    warnings.push("the stored delay is not between 0 and 40 s, so there was none");
    delayMs = 0;
  }
  // 204 and 304 answers have no body by definition (HTTP), whatever the capture URL was given.
  const bodyless = status === 204 || status === 304;
  const warning = warnings.length
    ? `This capture URL's response needs fixing in Settings > Request inspector: ${warnings.join("; ")}.`
    : undefined;
  return {
    status,
    headers: [
      ...(bodyless ? [] : [["Content-Type", contentType] as [string, string]]),
      ...headers,
      ...(warning ? [["X-Hookflow-Capture-Warning", warning] as [string, string]] : []),
    ],
    /** null: the JSON receipt, which names the capture once it is stored. */
    body: bodyless ? "" : hasBody ? stored.body : null,
    delayMs,
  };
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
  // Counting the request and reading the answers in one statement: concurrent requests each
  // get their own place in the sequence.
  let target: Awaited<ReturnType<typeof db.inspectorBin.update>>;
  try {
    target = await db.inspectorBin.update({ where: { token }, data: { answeredCount: { increment: 1 } } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") return null;
    throw error;
  }
  const answers = storedAnswers(target);
  const answerIndex = Math.min(target.answeredCount, answers.length) - 1;
  // Every stored secret is looked for in what anyone may send here, so only values long
  // enough to be past guessing: a short one replaced would confirm a guess (see MIN_REDACTED_SECRET_LENGTH).
  const redact = secretRedactor(await secretValues(), { minLength: MIN_REDACTED_SECRET_LENGTH });
  const body = redact.bytes(incoming.body);
  // Text with a NUL byte is kept as base64 too: PostgreSQL's text cannot hold U+0000 (lib/db/nul-characters.ts).
  const utf8 = !body.includes(0) && isUtf8(body);
  const headers = incoming.headers.map(([name, value]) => [name, redact.header(name, value)] as [string, string]);
  const contentType = incoming.headers.find(([name]) => name.toLowerCase() === "content-type")?.[1] ?? null;
  const answer = answerFor(answers[answerIndex]);
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
      responseStatus: answer.status,
      responseHeaders: answer.headers,
      responseDelayMs: answer.delayMs,
      answerNumber: answers.length > 1 ? answerIndex + 1 : null,
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
  return { ...answer, body: answer.body ?? JSON.stringify(receipt), captureId: capture.id };
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
