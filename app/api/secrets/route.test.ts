import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { secretValue } from "@/lib/secrets/secrets";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import * as collection from "./route";
import * as item from "./[name]/route";

const VALUE = "Bearer pat-na1-5ecret-va1ue-never-shown";

describe("/api/secrets", () => {
  it("stores a secret encrypted and never returns its value", async () => {
    const created = await callRoute(collection.POST, { body: { name: "CRM_TOKEN", value: VALUE } });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ name: "CRM_TOKEN", createdAt: expect.any(String), updatedAt: expect.any(String), usedBy: [] });
    expect(created.text).not.toContain("5ecret");
    const list = await callRoute(collection.GET);
    expect(list.json.secrets.map((s: { name: string }) => s.name)).toContain("CRM_TOKEN");
    expect(list.text).not.toContain("5ecret");
    const row = await db.secret.findUniqueOrThrow({ where: { name: "CRM_TOKEN" } });
    expect(row.valueEncrypted).not.toContain("5ecret");
    expect(row.valueEncrypted).toMatch(/^v1:/);
    expect(await secretValue("CRM_TOKEN")).toBe(VALUE);
  });

  it("refuses a duplicate name with 409 and bad names or values with 400", async () => {
    await callRoute(collection.POST, { body: { name: "DUP", value: "a" } });
    const dup = await callRoute(collection.POST, { body: { name: "DUP", value: "other-value" } });
    expect(dup.status).toBe(409);
    expect(dup.json.error.message).toMatch(/already exists/);
    expect(dup.text).not.toContain("other-value");
    for (const body of [
      { name: "9lives", value: "x" },
      { name: "has space", value: "x" },
      { name: "OK", value: "" },
      { name: "OK", value: "   " },
      { name: "OK" },
    ]) {
      const res = await callRoute(collection.POST, { body });
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe("VALIDATION_FAILED");
    }
  });

  it("refuses a value with a line break or another control character, which no header can carry", async () => {
    for (const value of ["tok-123456789\r\n", "tok-1234\r\nX-Injected: yes", "tok\u007fabc", "line\nbreak"]) {
      const res = await callRoute(collection.POST, { body: { name: "PASTED", value } });
      expect(res.status, JSON.stringify(value)).toBe(400);
      expect(res.json.error.details, JSON.stringify(value)).toContainEqual({
        path: "value",
        message: expect.stringMatching(/line break or another control character/),
        code: "secret.valueControl",
      });
      expect(res.text).not.toContain("tok-");
    }
    // A NUL is refused before the schema, as in any request body (lib/db/nul-characters.ts).
    const nul = await callRoute(collection.POST, { body: { name: "PASTED", value: "tok-1234\u0000abc" } });
    expect(nul.status).toBe(400);
    expect(nul.json.error).toMatchObject({ code: "NUL_CHARACTER", details: [{ path: "value" }] });
    expect(nul.text).not.toContain("tok-");
    expect(await db.secret.findUnique({ where: { name: "PASTED" } })).toBeNull();
    // Spaces and tabs inside a value are fine (a header may carry them).
    expect((await callRoute(collection.POST, { body: { name: "SPACED", value: "Bearer a\tb c" } })).status).toBe(201);
  });

  it("lists the workflows that use each secret (trigger verification and API keys)", async () => {
    await callRoute(collection.POST, { body: { name: "USED_KEY", value: "k-1234" } });
    await callRoute(collection.POST, { body: { name: "USED_HOOK", value: "h-1234" } });
    const sender = await createWorkflow({ name: "Uses the key", objectType: "contact" });
    await updateWorkflow(
      sender.id,
      updateWorkflowSchema.parse({
        revision: 1,
        actions: [
          {
            id: "a",
            type: "SEND_WEBHOOK",
            config: {
              method: "POST",
              webhookUrl: "https://example.com/x",
              authentication: { type: "API_KEY", secretName: "USED_KEY", keyName: "X-Key", location: "HEADER" },
            },
          },
        ],
      }),
    );
    const receiver = await createWorkflow({ name: "Verifies with it", objectType: "contact" });
    await updateWorkflow(
      receiver.id,
      updateWorkflowSchema.parse({
        revision: 1,
        trigger: { type: "WEBHOOK", verification: { type: "HMAC_SHA256", secretName: "USED_HOOK" } },
      }),
    );
    const list = await callRoute(collection.GET);
    const byName = Object.fromEntries(list.json.secrets.map((s: { name: string; usedBy: unknown }) => [s.name, s.usedBy]));
    expect(byName.USED_KEY).toEqual([{ id: sender.id, name: "Uses the key" }]);
    expect(byName.USED_HOOK).toEqual([{ id: receiver.id, name: "Verifies with it" }]);
  });

  it("replaces a value (rotation) keeping the name and its users; Admins only; the value is checked and never returned", async () => {
    await callRoute(collection.POST, { body: { name: "ROTATED", value: "old-value-1234" } });
    const before = await db.secret.findUniqueOrThrow({ where: { name: "ROTATED" } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const replaced = await callRoute(item.PUT, { method: "PUT", params: { name: "ROTATED" }, body: { value: "new-value-5678" } });
    expect(replaced.status).toBe(200);
    expect(replaced.json).toEqual({
      name: "ROTATED",
      createdAt: before.createdAt.toISOString(),
      updatedAt: expect.any(String),
      usedBy: [],
    });
    expect(new Date(replaced.json.updatedAt).getTime()).toBeGreaterThan(before.updatedAt.getTime());
    expect(replaced.text).not.toMatch(/value-/);
    expect(await secretValue("ROTATED")).toBe("new-value-5678");
    const audit = await db.auditEntry.findFirstOrThrow({ where: { action: "secret.rotated" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ targetId: "ROTATED" });
    expect(JSON.stringify(audit)).not.toMatch(/value-/);

    const editor = await callRoute(item.PUT, { method: "PUT", params: { name: "ROTATED" }, body: { value: "editor-value" }, as: "EDITOR" });
    expect(editor.status).toBe(403);
    for (const body of [{ value: "" }, { value: "line\nbreak" }, {}, { value: "x", name: "OTHER" }]) {
      const bad = await callRoute(item.PUT, { method: "PUT", params: { name: "ROTATED" }, body });
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.json.error.code).toBe("VALIDATION_FAILED");
    }
    const missing = await callRoute(item.PUT, { method: "PUT", params: { name: "NO_SUCH" }, body: { value: "x" } });
    expect(missing.status).toBe(404);
    expect(await db.secret.findUnique({ where: { name: "NO_SUCH" } })).toBeNull();
    expect(await secretValue("ROTATED")).toBe("new-value-5678");
  });

  it("deletes by name; unknown names are 404", async () => {
    await callRoute(collection.POST, { body: { name: "TEMP", value: "x" } });
    expect((await callRoute(item.DELETE, { method: "DELETE", params: { name: "TEMP" } })).status).toBe(204);
    expect((await callRoute(item.DELETE, { method: "DELETE", params: { name: "TEMP" } })).status).toBe(404);
    expect((await callRoute(item.DELETE, { method: "DELETE", params: { name: "../etc" } })).status).toBe(404);
  });
});
