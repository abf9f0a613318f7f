import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy } from "./security-headers";

describe("a page's Content-Security-Policy", () => {
  it("allows scripts only from this origin with this response's nonce, and no framing", () => {
    const policy = pageContentSecurityPolicy("abc123==", false);
    const directives = Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(directives["frame-ancestors"]).toEqual(["'none'"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(pageContentSecurityPolicy("n", true)).toContain("'unsafe-eval'");
  });
});
