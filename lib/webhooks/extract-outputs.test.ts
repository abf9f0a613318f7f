import { describe, expect, it } from "vitest";
import { extractOutputs } from "./extract-outputs";
import { leafPaths, readPath } from "./json-path";

const body = JSON.stringify({ id: "abc", score: "42.5", ok: true, when: "2026-02-03T04:05:06Z", nested: { items: [{ id: 7 }, { id: 8 }] }, n: null });

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
    expect(result).toEqual({ ok: true, values: { id: "abc", score: 42.5, ok: true, when: Date.parse("2026-02-03T04:05:06Z"), second: 8, idText: "7" } });
  });

  it("fails with a clear message for a missing field or a value of the wrong type", () => {
    expect(extractOutputs([{ name: "x", path: "nested.items.5.id", type: "NUMBER" }], body)).toEqual({ ok: false, message: 'Output "x": the response has no field "nested.items.5.id".' });
    expect(extractOutputs([{ name: "x", path: "id", type: "NUMBER" }], body)).toMatchObject({ ok: false, message: expect.stringMatching(/is not a number/) });
    expect(extractOutputs([{ name: "x", path: "id", type: "BOOLEAN" }], body)).toMatchObject({ ok: false, message: expect.stringMatching(/not true or false/) });
    expect(extractOutputs([{ name: "x", path: "nested", type: "STRING" }], body)).toMatchObject({ ok: false, message: expect.stringMatching(/not a single value/) });
    expect(extractOutputs([{ name: "x", path: "n", type: "STRING" }], body)).toMatchObject({ ok: false });
  });

  it("needs a JSON object response when outputs are chosen, and nothing otherwise", () => {
    expect(extractOutputs([{ name: "x", path: "0", type: "STRING" }], "[1,2]")).toMatchObject({ ok: false, message: expect.stringMatching(/not a JSON object/) });
    expect(extractOutputs([{ name: "x", path: "a", type: "STRING" }], "<html>")).toMatchObject({ ok: false });
    expect(extractOutputs([], "<html>")).toEqual({ ok: true, values: {} });
  });

  it("lists leaf paths for the output picker", () => {
    expect(leafPaths(JSON.parse(body)).map((l) => l.path)).toEqual(["id", "score", "ok", "when", "nested.items.0.id", "nested.items.1.id", "n"]);
    expect(readPath({ a: [{ b: 1 }] }, "a.0.b")).toBe(1);
    expect(readPath({ a: 1 }, "a.b")).toBeUndefined();
    expect(readPath({}, "constructor")).toBeUndefined();
  });
});
