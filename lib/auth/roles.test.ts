import { describe, expect, it } from "vitest";
import { ROLES, type Role, roleAtLeast } from "./roles";

describe("roles", () => {
  it("each includes the ones below it, and none above", () => {
    const grid = ROLES.map((role) => ROLES.map((needed: Role) => roleAtLeast(role, needed)));
    expect(grid).toEqual([
      [true, false, false, false],
      [true, true, false, false],
      [true, true, true, false],
      [true, true, true, true],
    ]);
  });
});
