import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appClientSecret } from "@/lib/apps/apps";
import { updateWorkflowSchema } from "@/lib/workflows/workflow-schema";
import { createWorkflow, updateWorkflow } from "@/lib/workflows/workflows";
import { callRoute } from "@/test/call-route";
import * as collection from "./route";
import * as rotate from "./[appId]/rotate-secret/route";
import * as item from "./[appId]/route";

describe("/api/apps", () => {
  it("creates an app with a numeric id and shows the client secret only once", async () => {
    const created = await callRoute(collection.POST, { body: { name: "Billing sync" } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "Billing sync", appId: expect.any(Number) });
    expect(created.json.clientSecret).toMatch(/^[0-9a-f-]{36}$/);
    const list = await callRoute(collection.GET);
    expect(list.json.apps.find((a: { appId: number }) => a.appId === created.json.appId)).toEqual({
      appId: created.json.appId,
      name: "Billing sync",
      createdAt: expect.any(String),
      secretRotatedAt: expect.any(String),
      usedBy: [],
    });
    expect(list.text).not.toContain(created.json.clientSecret);
    expect(await appClientSecret(created.json.appId)).toBe(created.json.clientSecret);
  });

  it("rotates the secret: the old one stops signing, the new one is returned once", async () => {
    const { json: app } = await callRoute(collection.POST, { body: { name: "Rotating" } });
    const rotated = await callRoute(rotate.POST, { method: "POST", params: { appId: String(app.appId) } });
    expect(rotated.status).toBe(200);
    expect(rotated.json.clientSecret).not.toBe(app.clientSecret);
    const stored = await appClientSecret(app.appId);
    expect(createHash("sha256").update(stored!).digest("hex")).toBe(createHash("sha256").update(rotated.json.clientSecret).digest("hex"));
  });

  it("lists the workflows that sign with each app, and deletes an app by id (Admins only)", async () => {
    const { json: app } = await callRoute(collection.POST, { body: { name: "Signs" } });
    const workflow = await createWorkflow({ name: "Signed sender", objectType: "contact" });
    await updateWorkflow(
      workflow.id,
      updateWorkflowSchema.parse({
        revision: 1,
        actions: [
          {
            id: "a",
            type: "SEND_WEBHOOK",
            config: { method: "POST", webhookUrl: "https://example.com/x", authentication: { type: "SIGNATURE", appId: app.appId } },
          },
        ],
      }),
    );
    const listed = (await callRoute(collection.GET)).json.apps.find((a: { appId: number }) => a.appId === app.appId);
    expect(listed.usedBy).toEqual([{ id: workflow.id, name: "Signed sender" }]);
    const params = { appId: String(app.appId) };
    expect((await callRoute(item.DELETE, { method: "DELETE", params, as: "EDITOR" })).status).toBe(403);
    expect((await callRoute(item.DELETE, { method: "DELETE", params })).status).toBe(204);
    expect(await appClientSecret(app.appId)).toBeNull();
    expect((await callRoute(item.DELETE, { method: "DELETE", params })).status).toBe(404);
  });

  it("answers 404 for unknown or malformed app ids and 400 for a bad name", async () => {
    expect((await callRoute(rotate.POST, { method: "POST", params: { appId: "123" } })).status).toBe(404);
    expect((await callRoute(rotate.POST, { method: "POST", params: { appId: "abc" } })).status).toBe(404);
    expect((await callRoute(item.DELETE, { method: "DELETE", params: { appId: "1" } })).status).toBe(404);
    const bad = await callRoute(collection.POST, { body: { name: "   " } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/name must not be empty/);
  });
});
