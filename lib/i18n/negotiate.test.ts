import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("picks the browser's preferred language the UI has, by quality, else English", () => {
    expect(negotiateLocale("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7")).toBe("ko");
    expect(negotiateLocale("en-GB,ko;q=0.5")).toBe("en");
    expect(negotiateLocale("de-DE,de;q=0.9,ko;q=0.8")).toBe("ko");
    expect(negotiateLocale("en;q=0.1,ko;q=0.9")).toBe("ko");
    expect(negotiateLocale("fr-FR,de")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
  });

  it("never throws on a malformed header", () => {
    for (const header of ["*", ";;;", "x-?;q=abc", "ko;q=", "\u0000", "a".repeat(5000), ",,,"]) {
      expect(["en", "ko"], JSON.stringify(header.slice(0, 20))).toContain(negotiateLocale(header));
    }
  });
});
