import { describe, expect, it } from "vitest";
import { extractOutputs } from "./extract-outputs";
import { leafPaths, readPath } from "./json-path";

// Output paths and names are user input and responses are other people's JSON: only the
// response's own fields count, and an output named "__proto__" is an output like any other.

const MEMBERS = ["constructor", "toString", "__proto__", "valueOf", "hasOwnProperty", "isPrototypeOf", "__defineGetter__", "prototype"];

describe("outputs and paths named like Object.prototype members", () => {
  it("reports a path the response does not have as missing, with the normal message", () => {
    for (const path of [...MEMBERS, "data.constructor", "data.__proto__.x", "items.length", "items.0.toString", "data.constructor.name"]) {
      expect(extractOutputs([{ name: "x", path, type: "STRING" }], '{"data":{},"items":[{}]}'), path).toEqual({ ok: false, message: `Output "x": the response has no field "${path}".` });
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
    expect(leafPaths(JSON.parse(body)).map((leaf) => leaf.path)).toEqual(["__proto__", "constructor", "toString", "data.hasOwnProperty", "data.__proto__.x"]);
  });

  it("reads a record whose own hasOwnProperty field shadows the method", () => {
    const payload = JSON.parse('{"hasOwnProperty":"mine","contact":{"hasOwnProperty":1,"email":"a@b.example"}}');
    expect(readPath(payload, "hasOwnProperty")).toBe("mine");
    expect(readPath(payload, "contact.email")).toBe("a@b.example");
    expect(readPath(Object.assign(Object.create(null), { a: { b: 2 } }), "a.b")).toBe(2);
  });
});
