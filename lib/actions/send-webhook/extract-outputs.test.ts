import { describe, expect, it } from "vitest";
import { extractOutputs } from "./extract-outputs";
import { leafPaths, readPath } from "@/lib/webhooks/json-path";

const body = JSON.stringify({
  id: "abc",
  score: "42.5",
  ok: true,
  when: "2026-02-03T04:05:06Z",
  nested: { items: [{ id: 7 }, { id: 8 }] },
  n: null,
});

describe("outputs", () => {
  it("reads nested keys and array indexes and converts types", () => {
    const result = extractOutputs(
      [
        { name: "id", path: "id", type: "STRING" },
        { name: "score", path: "score", type: "NUMBER" },
        { name: "ok", path: "ok", type: "BOOLEAN" },
        { name: "when", path: "when", type: "DATETIME" },
        { name: "second", path: "nested.items.1.id", type: "NUMBER" },
        { name: "idText", path: "nested.items.0.id", type: "STRING" },
      ],
      body,
    );
    expect(result).toEqual({
      ok: true,
      values: { id: "abc", score: 42.5, ok: true, when: Date.parse("2026-02-03T04:05:06Z"), second: 8, idText: "7" },
    });
  });

  it("fails with a clear message for a missing field or a value of the wrong type", () => {
    expect(extractOutputs([{ name: "x", path: "nested.items.5.id", type: "NUMBER" }], body)).toEqual({
      ok: false,
      error: {
        key: "outputs.missingField",
        params: { output: "x", path: "nested.items.5.id" },
        text: 'Output "x": the response has no field "nested.items.5.id".',
      },
    });
    expect(extractOutputs([{ name: "x", path: "id", type: "NUMBER" }], body)).toMatchObject({
      ok: false,
      error: { text: expect.stringMatching(/is not a number/) },
    });
    expect(extractOutputs([{ name: "x", path: "id", type: "BOOLEAN" }], body)).toMatchObject({
      ok: false,
      error: { text: expect.stringMatching(/not true or false/) },
    });
    expect(extractOutputs([{ name: "x", path: "nested", type: "STRING" }], body)).toMatchObject({
      ok: false,
      error: { text: expect.stringMatching(/not a single value/) },
    });
    expect(extractOutputs([{ name: "x", path: "n", type: "STRING" }], body)).toMatchObject({ ok: false });
  });

  it("replaces U+0000 in a STRING output with U+FFFD (later steps copy outputs into text PostgreSQL cannot hold it in)", () => {
    const body = JSON.stringify({ tier: "go\u0000ld", n: 1 });
    expect(
      extractOutputs(
        [
          { name: "tier", path: "tier", type: "STRING" },
          { name: "n", path: "n", type: "STRING" },
        ],
        body,
      ),
    ).toEqual({ ok: true, values: { tier: "go\uFFFDld", n: "1" } });
  });

  it("needs a JSON object response when outputs are chosen, and nothing otherwise", () => {
    expect(extractOutputs([{ name: "x", path: "0", type: "STRING" }], "[1,2]")).toMatchObject({
      ok: false,
      error: { text: expect.stringMatching(/not a JSON object/) },
    });
    expect(extractOutputs([{ name: "x", path: "a", type: "STRING" }], "<html>")).toMatchObject({ ok: false });
    expect(extractOutputs([], "<html>")).toEqual({ ok: true, values: {} });
  });

  it("lists leaf paths for the output picker", () => {
    expect(leafPaths(JSON.parse(body)).map((l) => l.path)).toEqual([
      "id",
      "score",
      "ok",
      "when",
      "nested.items.0.id",
      "nested.items.1.id",
      "n",
    ]);
    expect(readPath({ a: [{ b: 1 }] }, "a.0.b")).toBe(1);
    expect(readPath({ a: 1 }, "a.b")).toBeUndefined();
    expect(readPath({}, "constructor")).toBeUndefined();
  });
});

// Output paths and names are user input and responses are other people's JSON: only the
// response's own fields count, and an output named "__proto__" is an output like any other.

const MEMBERS = ["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__", "prototype"];

describe("outputs and paths named like Object.prototype members", () => {
  it("reports a path the response does not have as missing, with the normal message", () => {
    for (const path of [...MEMBERS, "data.constructor", "data.__proto__.x", "items.length", "items.0.toString", "data.constructor.name"]) {
      expect(extractOutputs([{ name: "x", path, type: "STRING" }], '{"data":{},"items":[{}]}'), path).toMatchObject({
        ok: false,
        error: { text: `Output "x": the response has no field "${path}".` },
      });
      expect(readPath({ data: {}, items: [{}] }, path), path).toBeUndefined();
    }
  });

  it("reads those fields when the response has them, and keeps outputs named after them", () => {
    const body = '{"__proto__":"p","constructor":"c","toString":3,"data":{"hasOwnProperty":true,"__proto__":{"x":"deep"}}}';
    const result = extractOutputs(
      [
        { name: "__proto__", path: "__proto__", type: "STRING" },
        { name: "constructor", path: "constructor", type: "STRING" },
        { name: "toString", path: "toString", type: "NUMBER" },
        { name: "hasOwnProperty", path: "data.hasOwnProperty", type: "BOOLEAN" },
        { name: "valueOf", path: "data.__proto__.x", type: "STRING" },
      ],
      body,
    );
    expect(result.ok).toBe(true);
    const values = (result as { values: Record<string, unknown> }).values;
    expect(Object.keys(values)).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"]);
    expect(JSON.stringify(values)).toBe('{"__proto__":"p","constructor":"c","toString":3,"hasOwnProperty":true,"valueOf":"deep"}');
    expect(leafPaths(JSON.parse(body)).map((leaf) => leaf.path)).toEqual([
      "__proto__",
      "constructor",
      "toString",
      "data.hasOwnProperty",
      "data.__proto__.x",
    ]);
  });

  it("reads a record whose own hasOwnProperty field shadows the method", () => {
    const payload = JSON.parse('{"hasOwnProperty":"mine","contact":{"hasOwnProperty":1,"email":"a@b.example"}}');
    expect(readPath(payload, "hasOwnProperty")).toBe("mine");
    expect(readPath(payload, "contact.email")).toBe("a@b.example");
    expect(readPath(Object.assign(Object.create(null), { a: { b: 2 } }), "a.b")).toBe(2);
  });
});
