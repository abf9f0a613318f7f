import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, sourceFiles } from "@/test/source-files";

// Every error the API answers names its sentence by a key of the apiErrors catalog, so the UI can
// show it in the user's language (lib/client/error-text.ts): an AppError is made with AppError.of
// (or AppError.ofIssues), never with an English sentence of its own, and an error body written by
// hand carries a key too. The few answers no Hookflow page ever shows stay English; they are listed
// here, each with the reason.

/** Hand-written error bodies that stay English: file, code, and why no page shows them. */
const ENGLISH_ONLY: { file: string; code: string; reason: string }[] = [
  {
    file: "lib/http/route-handler.ts",
    code: "METHOD_NOT_ALLOWED",
    reason: "a method a route does not take: the UI calls each route with its own methods, only API clients meet it",
  },
  {
    file: "app/api/hooks/[token]/route.ts",
    code: "METHOD_NOT_ALLOWED",
    reason: "a GET to a workflow's hook URL: answered to the outside sender or a browser tab, never shown by a page",
  },
  {
    file: "lib/http/request-guard.ts",
    code: "BAD_PATH_ENCODING",
    reason: "a broken %-escape in an /api path: the UI encodes every path it calls (a page gets its own HTML answer)",
  },
  ...["NOT_FOUND", "PAYLOAD_TOO_LARGE", "INTERNAL"].map((code) => ({
    file: "lib/inspector/inspector-server.ts",
    code,
    reason:
      "the request inspector's listener answers whoever sends to a capture URL as a receiver would; a Test shows it as the response received",
  })),
];

const files = [
  ...sourceFiles(path.join(REPO_ROOT, "lib")),
  ...sourceFiles(path.join(REPO_ROOT, "app")),
  path.join(REPO_ROOT, "proxy.ts"),
].map((file) => ({
  file: path.relative(REPO_ROOT, file).split(path.sep).join("/"),
  text: readFileSync(file, "utf8"),
}));

const lineOf = (text: string, index: number) => text.slice(0, index).split("\n").length;

/** `new AppError(` outside lib/errors.ts, where AppError.of makes every one from its key. */
function unkeyedAppErrors(file: string, text: string): string[] {
  if (file === "lib/errors.ts") return [];
  return [...text.matchAll(/new AppError\s*\(/g)].map((m) => `${file}:${lineOf(text, m.index)}`);
}

/**
 * `{ code: "X", message: … }` written by hand (an error body, the proxy's refusal) with neither a key
 * between them nor a message from the catalog (englishApiError): an English answer.
 */
function englishBodies(file: string, text: string): { at: string; code: string }[] {
  return [...text.matchAll(/\bcode:\s*"([A-Z][A-Z_]+)",\s*message:(?!\s*englishApiError\b)/g)].map((m) => ({
    at: `${file}:${lineOf(text, m.index)}`,
    code: m[1],
  }));
}

describe("API errors", () => {
  it("are made from apiErrors catalog keys (AppError.of), not English sentences", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(({ file, text }) => unkeyedAppErrors(file, text))).toEqual([]);
  });

  it("answered by hand carry a key, but for the listed answers no page shows", () => {
    const found = files.flatMap(({ file, text }) => englishBodies(file, text).map((body) => ({ ...body, file })));
    const allowed = (body: { file: string; code: string }) => ENGLISH_ONLY.some((e) => e.file === body.file && e.code === body.code);
    expect(found.filter((body) => !allowed(body)).map((body) => `${body.at} ${body.code}`)).toEqual([]);
    // The list stays short and true: each entry still names an answer that exists.
    for (const entry of ENGLISH_ONLY) {
      expect(
        found.some((body) => body.file === entry.file && body.code === entry.code),
        `${entry.file} ${entry.code}`,
      ).toBe(true);
    }
  });

  it("finds an AppError written with its own sentence, and a hand-written body without a key", () => {
    const sample = [
      "export function f(id: string) {",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the sample file's own template literal, as source text.
      '  if (!id) throw new AppError("NOT_FOUND", `Thing ${id} was not found.`);',
      '  return json({ error: { code: "GONE", message: "It went." } }, 410);',
      "}",
      'const keyed = json({ error: { code: "INTERNAL", key: "INTERNAL", message: englishApiError("INTERNAL") } });',
      'const guard = { status: 403, code: "CROSS_SITE_REQUEST", message: englishApiError(key, params), text: { key, params } };',
      'const issue = { code: "custom", message: "Not an API error code." };',
      'const problem = { status: 400, code: "BAD_PATH",',
      '  message: "Written by hand." };',
    ].join("\n");
    expect(unkeyedAppErrors("lib/sample.ts", sample)).toEqual(["lib/sample.ts:2"]);
    expect(englishBodies("lib/sample.ts", sample)).toEqual([
      { at: "lib/sample.ts:3", code: "GONE" },
      { at: "lib/sample.ts:8", code: "BAD_PATH" },
    ]);
    expect(unkeyedAppErrors("lib/errors.ts", sample)).toEqual([]);
  });
});
