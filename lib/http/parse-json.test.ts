import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ERROR_STATUS } from "./error-status";
import { MAX_JSON_DEPTH, MAX_JSON_KEYS, parseJson } from "./parse-json";

const nested = (depth: number, open = "[", close = "]") => open.repeat(depth) + close.repeat(depth);
const nestedObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: ERROR_STATUS[error.code], code: error.code, message: error.message };
  }
  throw new Error("expected a refusal");
};

describe("parseJson", () => {
  it("parses ordinary JSON of every kind", () => {
    expect(parseJson('{"a": [1, "x", null, true, {"b": 2.5}]}')).toEqual({ a: [1, "x", null, true, { b: 2.5 }] });
    expect(parseJson("42")).toBe(42);
    expect(parseJson('"text"')).toBe("text");
    expect(parseJson("null")).toBeNull();
  });

  it("accepts nesting up to the limit and refuses one level more with a 400 that names it, before parsing", () => {
    expect(() => parseJson(nested(MAX_JSON_DEPTH))).not.toThrow();
    expect(() => parseJson(nestedObject(MAX_JSON_DEPTH))).not.toThrow();
    for (const text of [
      nested(MAX_JSON_DEPTH + 1),
      nestedObject(MAX_JSON_DEPTH + 1),
      nested(2_500),
      nested(10_000),
      nestedObject(100_000),
    ]) {
      expect(refusal(() => parseJson(text))).toMatchObject({
        status: 400,
        code: "JSON_TOO_DEEP",
        message: expect.stringContaining(`${MAX_JSON_DEPTH} levels`),
      });
    }
    // Unbalanced text is still measured (and then refused as malformed, not as a crash).
    expect(refusal(() => parseJson("[".repeat(200_000)))).toMatchObject({ status: 400, code: "JSON_TOO_DEEP" });
    expect(refusal(() => parseJson("[[[1]"))).toMatchObject({ status: 400, code: "MALFORMED_JSON" });
  });

  it("takes custom limits", () => {
    expect(refusal(() => parseJson(nested(5), { maxDepth: 4, maxKeys: 10 }))).toMatchObject({
      code: "JSON_TOO_DEEP",
      message: expect.stringContaining("4 levels"),
    });
    expect(refusal(() => parseJson('{"a":1,"b":2,"c":3}', { maxDepth: 4, maxKeys: 2 }))).toMatchObject({
      status: 413,
      code: "JSON_TOO_MANY_KEYS",
    });
  });

  it("ignores brackets, braces and colons inside strings, escaped quotes included", () => {
    const tricky = JSON.stringify({ s: '[[[[{{{{::::"]]]]\\', t: "[".repeat(MAX_JSON_DEPTH * 2), u: ":".repeat(MAX_JSON_KEYS * 2) });
    expect(parseJson(tricky)).toEqual(JSON.parse(tricky));
  });

  it("counts keys over the whole document and refuses more than the limit with a 413", () => {
    const many = (n: number) => `[${Array.from({ length: n }, (_, i) => `{"k${i}":${i}}`).join(",")}]`;
    expect(() => parseJson(many(MAX_JSON_KEYS))).not.toThrow();
    expect(refusal(() => parseJson(many(MAX_JSON_KEYS + 1)))).toMatchObject({
      status: 413,
      code: "JSON_TOO_MANY_KEYS",
      message: expect.stringContaining(String(MAX_JSON_KEYS)),
    });
    // Array items are not keys.
    expect(() => parseJson(JSON.stringify(Array.from({ length: MAX_JSON_KEYS * 2 }, (_, i) => i)))).not.toThrow();
  });

  it("gives objects no prototype, so inherited names are ordinary own keys", () => {
    const value = parseJson(
      '{"constructor": "c", "toString": 1, "nested": [{"valueOf": true, "hasOwnProperty": null}], "empty": {}}',
    ) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(value.constructor).toBe("c");
    expect(value.toString).toBe(1);
    const item = (value.nested as Record<string, unknown>[])[0];
    expect(Object.getPrototypeOf(item)).toBeNull();
    expect(Object.keys(item)).toEqual(["valueOf", "hasOwnProperty"]);
    expect(Object.getPrototypeOf(value.empty)).toBeNull();
    expect(Array.isArray(value.nested)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a "__proto__" key, however it is written and wherever it is, without touching any prototype', () => {
    for (const text of [
      '{"__proto__": {"polluted": true}}',
      '{"a": [{"b": {"__proto__": 1}}]}',
      '{"\\u005f_proto__": {"polluted": true}}',
    ]) {
      expect(
        refusal(() => parseJson(text)),
        text,
      ).toMatchObject({ status: 400, code: "FORBIDDEN_KEY", message: expect.stringContaining("__proto__") });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Only the key is refused: the word as a value or inside a longer key is fine.
    expect(parseJson('{"note": "__proto__", "x__proto__": 1}')).toEqual({ note: "__proto__", x__proto__: 1 });
  });

  it("keeps escapes inside strings", () => {
    const value = parseJson(JSON.stringify({ quote: '"\\', uni: "\u2028é😀", ctl: "\u0001\t", text: "\\u0000" })) as Record<string, string>;
    expect(value.quote).toBe('"\\');
    expect(value.uni).toBe("\u2028é😀");
    expect(value.ctl).toBe("\u0001\t");
    // The six characters \u0000 as text (an escaped backslash) are no NUL.
    expect(value.text).toBe("\\u0000");
  });

  it("refuses U+0000 in a key or a string with a 400 that says where, without the value (PostgreSQL cannot store it)", () => {
    const cases: [unknown, string][] = [
      [{ email: "a@b.c", "pl\u0000an": "x" }, 'at "pl\\u0000an"'],
      [{ email: "a@b.c", plan: "a\u0000b" }, 'at "plan"'],
      [{ contact: { emails: ["x", { address: "\u0000" }] } }, 'at "contact.emails.1.address"'],
      [["ok", "\u0000"], 'at "1"'],
      ["\u0000", "has the character U+0000 (NUL), which"],
    ];
    for (const [value, where] of cases) {
      const text = JSON.stringify(value);
      const got = refusal(() => parseJson(text));
      expect(got, text).toMatchObject({ status: 400, code: "NUL_CHARACTER", message: expect.stringContaining(where) });
      expect(got.message).not.toContain("\u0000");
      expect(got.message).not.toContain("a@b.c");
    }
  });

  it("answers malformed text with a 400 that says so", () => {
    for (const text of ["{nope", "", "[1,]", '{"a" 1}', '"unterminated', "tru"]) {
      expect(
        refusal(() => parseJson(text)),
        text,
      ).toMatchObject({ status: 400, code: "MALFORMED_JSON", message: expect.stringContaining("not valid JSON") });
    }
  });
});
