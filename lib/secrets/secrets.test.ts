import { describe, expect, it } from "vitest";
import { createSecret, deleteSecret, secretValues } from "./secrets";

describe("secretValues", () => {
  it("shares one read among callers asking together, and never misses a secret stored before a caller asked", async () => {
    const [together, alsoTogether] = await Promise.all([secretValues(), secretValues()]);
    expect(alsoTogether).toBe(together);
    const [, after] = await Promise.all([
      secretValues(),
      (async () => {
        await createSecret({ name: "SHARED_READ_KEY", value: "sk_shared_read_0123456789" });
        return secretValues();
      })(),
    ]);
    expect(after).toContainEqual({ name: "SHARED_READ_KEY", value: "sk_shared_read_0123456789" });
    await deleteSecret("SHARED_READ_KEY");
    expect((await secretValues()).some((s) => s.name === "SHARED_READ_KEY")).toBe(false);
  });
});
