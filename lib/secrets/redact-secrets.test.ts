import { describe, expect, it } from "vitest";
import { MIN_REDACTED_SECRET_LENGTH, secretRedactor } from "./redact-secrets";

const KEY = { name: "KEY", value: 'p/ä"ss\\w+rd é=12' };

describe("secretRedactor", () => {
  it("finds a secret in each form it may be sent or echoed in", () => {
    const redact = secretRedactor([KEY]);
    const utf8 = Buffer.from(KEY.value);
    const json = JSON.stringify(KEY.value).slice(1, -1);
    const forms = {
      raw: KEY.value,
      uri: encodeURIComponent(KEY.value),
      uriLower: encodeURIComponent(KEY.value).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
      form: new URLSearchParams({ v: KEY.value }).toString().slice(2),
      json,
      php: json.replaceAll("/", "\\/").replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
      python: json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
      twice: JSON.stringify(JSON.stringify(KEY.value)).slice(3, -3),
      base64: utf8.toString("base64"),
      base64NoPad: utf8.toString("base64").replace(/=+$/, ""),
      base64url: utf8.toString("base64url"),
    };
    for (const [kind, form] of Object.entries(forms)) expect(redact.text(`<${form}>`), kind).toBe("<[secret KEY]>");
    // Bytes: inside binary data, byte for byte.
    const binary = Buffer.concat([Buffer.from([0xff, 0x00]), utf8, Buffer.from([0xfe])]);
    expect(redact.bytes(binary)).toEqual(Buffer.concat([Buffer.from([0xff, 0x00]), Buffer.from("[secret KEY]"), Buffer.from([0xfe])]));
  });

  it("decodes Basic credentials in any header, as sent or echoed", () => {
    const redact = secretRedactor([KEY]);
    const basic = `Basic ${Buffer.from(`user:${KEY.value}`).toString("base64")}`;
    expect(redact.header("Authorization", basic)).toBe('Basic [base64 of "user:[secret KEY]"]');
    expect(redact.header("x-echo-authorization", basic)).toBe('Basic [base64 of "user:[secret KEY]"]');
    expect(redact.header("x-other", "Basic dXNlcjpub3RoaW5n")).toBe("Basic dXNlcjpub3RoaW5n");
  });

  it(`leaves values shorter than ${MIN_REDACTED_SECRET_LENGTH} characters alone unless told otherwise`, () => {
    const pin = { name: "PIN", value: "7391" };
    expect(secretRedactor([pin]).text("pin 7391")).toBe("pin 7391");
    expect(secretRedactor([pin], { minLength: 1, label: () => "***" }).text("pin 7391, NzM5MQ==")).toBe("pin ***, ***");
    expect(
      secretRedactor([{ name: "A", value: "a".repeat(MIN_REDACTED_SECRET_LENGTH) }]).text("a".repeat(MIN_REDACTED_SECRET_LENGTH)),
    ).toBe("[secret A]");
  });

  it("replaces a secret that contains another whole, in one pass", () => {
    const redact = secretRedactor([
      { name: "SHORT", value: "abcdefghijkl" },
      { name: "LONG", value: "abcdefghijkl-more" },
      { name: "LABEL", value: "[secret LONG]" },
    ]);
    expect(redact.text("abcdefghijkl-more abcdefghijkl")).toBe("[secret LONG] [secret SHORT]");
  });
});
