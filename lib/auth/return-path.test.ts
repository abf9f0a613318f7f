import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath } from "./return-path";

describe("where sign-in returns to", () => {
  it.each(["/records", "/workflows/abc/history?status=FAILED", "/settings/users#invite", "/records/12?q=a%20b"])(
    "keeps the same-origin path %s",
    (path) => {
      expect(safeReturnPath(path)).toBe(path);
    },
  );

  it.each([
    "https://evil.example/",
    "//evil.example/x",
    "/\\evil.example",
    "/\\\\evil.example",
    "/\tevil",
    "javascript:alert(1)",
    "records",
    "",
    null,
    "/sign-in?next=/x",
    "/setup",
    `/${"a".repeat(3000)}`,
  ])("sends %j to the workflows instead", (path) => {
    expect(safeReturnPath(path)).toBe("/workflows");
  });

  it("builds the sign-in link with the path to come back to", () => {
    expect(signInPath("/records?q=ada")).toBe("/sign-in?next=%2Frecords%3Fq%3Dada");
    expect(signInPath("//evil.example")).toBe("/sign-in");
  });
});
