import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { callRoute } from "@/test/call-route";
import { startHttpsReceiver, type HttpsReceiver } from "@/test/https-receiver";
import * as appRotate from "./apps/[appId]/rotate-secret/route";
import * as appItem from "./apps/[appId]/route";
import * as apps from "./apps/route";
import * as auditLog from "./audit-log/route";
import * as retry from "./enrollments/[id]/retry/route";
import * as enrollmentItem from "./enrollments/[id]/route";
import * as hook from "./hooks/[token]/route";
import * as captures from "./inspector/capture-urls/[id]/captures/route";
import * as captureUrl from "./inspector/capture-urls/[id]/route";
import * as captureUrls from "./inspector/capture-urls/route";
import * as secretItem from "./secrets/[name]/route";
import * as secrets from "./secrets/route";
import * as testRoute from "./workflows/[id]/actions/[actionId]/test/route";
import * as enrollments from "./workflows/[id]/enrollments/route";
import * as hookToken from "./workflows/[id]/hook-token/route";
import * as workflowItem from "./workflows/[id]/route";
import * as workflows from "./workflows/route";

// Every state-changing route of the app (the account routes test their own) writes one audit
// entry after it succeeds: the right action, who did it and how, what it is about, and a summary
// without secret values. Calls go through the routes with real API tokens (test/call-route.ts).

const OWNER_LABEL = "Test owner via the API token owner tests";
const EDITOR_LABEL = "Test editor via the API token editor tests";
// The same actors in parts, which the run page words in the viewer's language.
const OWNER_ACTOR = { name: "Test owner", tokenName: "owner tests" };
const EDITOR_ACTOR = { name: "Test editor", tokenName: "editor tests" };
const SECRET_VALUE = "sk_live_audit_never_logged_4711";

let receiver: HttpsReceiver;
beforeAll(async () => {
  process.env.WEBHOOK_ALLOWED_PRIVATE_HOSTS = "localhost";
  receiver = await startHttpsReceiver(() => ({ status: 200, headers: { "content-type": "application/json" }, body: '{"ok":true}' }));
});
afterAll(() => receiver.close());

/** Calls a route and answers the entries it wrote, oldest first. */
async function entriesOf(call: () => Promise<{ status: number; json: unknown }>, status: number) {
  const before = await db.auditEntry.count();
  const res = await call();
  expect(res.status, JSON.stringify(res.json)).toBe(status);
  const rows = await db.auditEntry.findMany({ orderBy: [{ at: "asc" }, { id: "asc" }], skip: before });
  return { res, rows };
}

async function workflowWithWebhook(name: string) {
  const created = await callRoute(workflows.POST, { body: { name, objectType: "contact" } });
  const id: string = created.json.id;
  const saved = await callRoute(workflowItem.PUT, {
    method: "PUT",
    params: { id },
    body: {
      revision: 1,
      actions: [
        {
          id: "hook",
          type: "SEND_WEBHOOK",
          name: "Tell the CRM",
          config: {
            method: "POST",
            webhookUrl: `${receiver.url}/private/path?tenant=acme-internal`,
            authentication: { type: "API_KEY", secretName: "AUDIT_KEY", keyName: "api_key", location: "QUERY_PARAM" },
          },
        },
      ],
    },
  });
  expect(saved.status, JSON.stringify(saved.json)).toBe(200);
  return { id, revision: saved.json.revision as number };
}

describe("audit entries of the app's routes", () => {
  it("secrets: created and deleted by name, the value in no entry", async () => {
    const created = await entriesOf(() => callRoute(secrets.POST, { body: { name: "AUDIT_KEY", value: SECRET_VALUE } }), 201);
    expect(created.rows).toHaveLength(1);
    expect(created.rows[0]).toMatchObject({
      action: "secret.created",
      actorKind: "token",
      actorName: "Test owner",
      tokenName: "owner tests",
      targetType: "secret",
      targetId: "AUDIT_KEY",
      summary: 'Created secret "AUDIT_KEY"',
      summaryKey: "secret.created",
      summaryParams: { name: "AUDIT_KEY" },
    });

    await callRoute(secrets.POST, { body: { name: "GONE_KEY", value: `${SECRET_VALUE}-2` } });
    const deleted = await entriesOf(() => callRoute(secretItem.DELETE, { method: "DELETE", params: { name: "GONE_KEY" } }), 204);
    expect(deleted.rows.map((r) => [r.action, r.targetId, r.summary])).toEqual([
      ["secret.deleted", "GONE_KEY", 'Deleted secret "GONE_KEY"'],
    ]);

    // A refused call changes nothing and writes nothing.
    const missing = await entriesOf(() => callRoute(secretItem.DELETE, { method: "DELETE", params: { name: "GONE_KEY" } }), 404);
    expect(missing.rows).toEqual([]);
  });

  it("workflows: created, changed with the revision, turned on and off, hook URL renewed, deleted", async () => {
    const created = await entriesOf(() => callRoute(workflows.POST, { body: { name: "Audited", objectType: "contact" } }), 201);
    const id = (created.res.json as { id: string }).id;
    expect(created.rows.map((r) => [r.action, r.targetType, r.targetId, r.summary])).toEqual([
      ["workflow.created", "workflow", id, 'Created workflow "Audited" (contact records)'],
    ]);

    const action = { id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/in` } };
    const changed = await entriesOf(
      () => callRoute(workflowItem.PUT, { method: "PUT", params: { id }, body: { revision: 1, name: "Audited flow", actions: [action] } }),
      200,
    );
    expect(changed.rows.map((r) => [r.action, r.summary])).toEqual([
      ["workflow.updated", 'Changed workflow "Audited flow": renamed from "Audited", the actions (revision 2)'],
    ]);

    const on = await entriesOf(
      () => callRoute(workflowItem.PUT, { method: "PUT", params: { id }, body: { revision: 2, enabled: true } }),
      200,
    );
    expect(on.rows.map((r) => [r.action, r.targetId, r.summary])).toEqual([
      ["workflow.turned_on", id, 'Turned workflow "Audited flow" on (revision 3)'],
    ]);

    // Turning off while changing the trigger is two entries: the change, then the switch.
    const offAndWebhook = await entriesOf(
      () =>
        callRoute(workflowItem.PUT, {
          method: "PUT",
          params: { id },
          body: { revision: 3, enabled: false, trigger: { type: "WEBHOOK", recordMatch: { payloadPath: "email", property: "email" } } },
        }),
      200,
    );
    expect(offAndWebhook.rows.map((r) => [r.action, r.summary])).toEqual([
      ["workflow.updated", 'Changed workflow "Audited flow": the trigger (revision 4)'],
      ["workflow.turned_off", 'Turned workflow "Audited flow" off (revision 4)'],
    ]);
    const oldToken: string = (offAndWebhook.res.json as { hookToken: string }).hookToken;

    const renewed = await entriesOf(() => callRoute(hookToken.POST, { params: { id } }), 200);
    const newToken: string = (renewed.res.json as { hookToken: string }).hookToken;
    expect(newToken).not.toBe(oldToken);
    expect(renewed.rows.map((r) => [r.action, r.targetId, r.summary])).toEqual([
      ["workflow.hook_token_rotated", id, 'Gave workflow "Audited flow" a new webhook URL; the old one stopped working'],
    ]);

    const deleted = await entriesOf(() => callRoute(workflowItem.DELETE, { method: "DELETE", params: { id } }), 204);
    expect(deleted.rows.map((r) => [r.action, r.targetId, r.summary])).toEqual([
      ["workflow.deleted", id, 'Deleted workflow "Audited flow"'],
    ]);
    expect(deleted.rows[0]).toMatchObject({ actorName: "Test owner", tokenName: "owner tests", actorKind: "token" });

    // The hook URL is a credential: no entry quotes it.
    const all = JSON.stringify(await db.auditEntry.findMany());
    expect(all).not.toContain(oldToken);
    expect(all).not.toContain(newToken);
  });

  it("a Test names the workflow, the action and the destination host only: no path, query or key", async () => {
    const { id } = await workflowWithWebhook("Tested flow");
    const { rows, res } = await entriesOf(
      () => callRoute(testRoute.POST, { params: { id, actionId: "hook" }, body: { recordId: 1 } }),
      200,
    );
    expect((res.json as { outcome: string }).outcome).toBe("SUCCESS");
    // The key really went out, in the query: it is the entry that must not carry it.
    expect(receiver.requests.at(-1)!.query.api_key).toBe(SECRET_VALUE);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: "action.tested",
      targetType: "workflow",
      targetId: id,
      summary: `Tested "Tell the CRM" of workflow "Tested flow" with record 1: sent to localhost:${receiver.port}`,
    });
    for (const leak of ["tenant", "acme-internal", "/private/path", "api_key", SECRET_VALUE]) {
      expect(rows[0].summary).not.toContain(leak);
    }
    // A Viewer may not Test (it sends data out), and a refused Test leaves no entry.
    const refused = await entriesOf(
      () => callRoute(testRoute.POST, { params: { id, actionId: "hook" }, body: { recordId: 1 }, as: "VIEWER" }),
      403,
    );
    expect(refused.rows).toEqual([]);
  });

  it("enrollments and Retry now: one entry per run, by whom and how, which the run's page shows", async () => {
    const { id, revision } = await workflowWithWebhook("Enrolled flow");
    await callRoute(workflowItem.PUT, { method: "PUT", params: { id }, body: { revision, enabled: true } });

    const one = await entriesOf(() => callRoute(enrollments.POST, { params: { id }, body: { recordId: 1 } }), 201);
    const enrollmentId: string = (one.res.json as { enrollmentId: string }).enrollmentId;
    expect(one.res.json).toEqual({ enrollmentId });
    const record = await db.record.findUniqueOrThrow({ where: { id: 1 }, select: { displayName: true } });
    expect(one.rows.map((r) => [r.action, r.targetType, r.targetId, r.summary])).toEqual([
      ["enrollment.created", "enrollment", enrollmentId, `Enrolled record 1 (${record.displayName}) in workflow "Enrolled flow"`],
    ]);

    const many = await entriesOf(() => callRoute(enrollments.POST, { params: { id }, body: { recordIds: [2, 3] } }), 201);
    const ids: string[] = (many.res.json as { enrollmentIds: string[] }).enrollmentIds;
    expect(many.rows.map((r) => [r.action, r.targetId])).toEqual(ids.map((e) => ["enrollment.created", e]));
    expect(many.rows[1].summary).toMatch(/^Enrolled record 3\b.* in workflow "Enrolled flow"$/);

    // No runner in this file: make the step wait for a retry, as a failed delivery would.
    await db.enrollmentStep.updateMany({ where: { enrollmentId }, data: { status: "RETRY_SCHEDULED" } });
    const retried = await entriesOf(() => callRoute(retry.POST, { params: { id: enrollmentId }, as: "EDITOR" }), 202);
    expect(Object.keys(retried.res.json as object).sort()).toEqual(["actionId", "enrollmentId", "runAt"]);
    expect(retried.rows).toHaveLength(1);
    expect(retried.rows[0]).toMatchObject({
      action: "enrollment.retried",
      targetType: "enrollment",
      targetId: enrollmentId,
      actorName: "Test editor",
      tokenName: "editor tests",
      summary: `Retry now: "Tell the CRM" for record 1 (${record.displayName})`,
    });

    // The run's page: who enrolled it, who retried it, and through which token; a Viewer reads it too.
    const run = await callRoute(enrollmentItem.GET, { params: { id: enrollmentId }, as: "VIEWER" });
    expect(run.status).toBe(200);
    expect(run.json.history).toEqual([
      { at: expect.any(String), action: "enrollment.created", actorLabel: OWNER_LABEL, actor: OWNER_ACTOR },
      { at: expect.any(String), action: "enrollment.retried", actorLabel: EDITOR_LABEL, actor: EDITOR_ACTOR },
    ]);
    expect(Date.parse(run.json.history[0].at)).toBeLessThanOrEqual(Date.parse(run.json.history[1].at));
    // Another run's history is its own.
    const other = await callRoute(enrollmentItem.GET, { params: { id: ids[0] } });
    expect(other.json.history).toEqual([
      { at: expect.any(String), action: "enrollment.created", actorLabel: OWNER_LABEL, actor: OWNER_ACTOR },
    ]);
  });

  it("a run the webhook trigger started says so, with no entry", async () => {
    const created = await callRoute(workflows.POST, { body: { name: "Hooked", objectType: "contact" } });
    const saved = await callRoute(workflowItem.PUT, {
      method: "PUT",
      params: { id: created.json.id },
      body: {
        revision: 1,
        enabled: true,
        trigger: { type: "WEBHOOK", recordMatch: { payloadPath: "contact.email", property: "email" } },
        actions: [{ id: "a1", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/in` } }],
      },
    });
    const event = await entriesOf(
      () =>
        callRoute(hook.POST, {
          as: "anonymous",
          params: { token: saved.json.hookToken },
          rawBody: JSON.stringify({ contact: { email: "ada@analytical-engines.example" } }),
        }),
      202,
    );
    expect(event.rows).toEqual([]);
    const run = await callRoute(enrollmentItem.GET, { params: { id: (event.res.json as { enrollmentId: string }).enrollmentId } });
    expect(run.json.history).toEqual([{ at: run.json.createdAt, action: "webhook.received", actorLabel: null, actor: null }]);
  });

  it("apps: created, secret rotated, deleted, by name and app ID, no client secret", async () => {
    const created = await entriesOf(() => callRoute(apps.POST, { body: { name: "Partner app" } }), 201);
    const { appId, clientSecret } = created.res.json as { appId: number; clientSecret: string };
    expect(created.rows.map((r) => [r.action, r.targetType, r.targetId, r.summary])).toEqual([
      ["app.created", "app", String(appId), `Created app "Partner app" (app ID ${appId})`],
    ]);

    const rotated = await entriesOf(() => callRoute(appRotate.POST, { params: { appId: String(appId) } }), 200);
    const newSecret = (rotated.res.json as { clientSecret: string }).clientSecret;
    expect(rotated.rows.map((r) => [r.action, r.targetId, r.summary])).toEqual([
      ["app.secret_rotated", String(appId), `Gave app "Partner app" (app ID ${appId}) a new client secret; the old one stopped working`],
    ]);

    const deleted = await entriesOf(() => callRoute(appItem.DELETE, { method: "DELETE", params: { appId: String(appId) } }), 204);
    expect(deleted.rows.map((r) => [r.action, r.targetId, r.summary])).toEqual([
      ["app.deleted", String(appId), `Deleted app "Partner app" (app ID ${appId})`],
    ]);

    const all = JSON.stringify(await db.auditEntry.findMany());
    expect(all).not.toContain(clientSecret);
    expect(all).not.toContain(newSecret);
  });

  it("capture URLs: created, changed (name, response, cleared), deleted, without the URL or the response body", async () => {
    const created = await entriesOf(() => callRoute(captureUrls.POST, { body: { name: "Partner sandbox" }, as: "EDITOR" }), 201);
    const { id, url } = created.res.json as { id: string; url: string };
    expect(created.rows.map((r) => [r.action, r.targetType, r.targetId, r.summary, r.actorName])).toEqual([
      ["inspector.capture_url_created", "capture_url", id, 'Created capture URL "Partner sandbox"', "Test editor"],
    ]);

    const changed = await entriesOf(
      () =>
        callRoute(captureUrl.PATCH, {
          method: "PATCH",
          params: { id },
          body: { name: "Sandbox", response: { status: 201, contentType: "application/json", body: '{"token":"body-stays-out"}' } },
        }),
      200,
    );
    expect(changed.rows.map((r) => [r.action, r.targetId, r.summary])).toEqual([
      ["inspector.capture_url_changed", id, 'Changed capture URL "Sandbox": its name, its response (status 201)'],
    ]);

    const cleared = await entriesOf(() => callRoute(captures.DELETE, { method: "DELETE", params: { id } }), 204);
    expect(cleared.rows.map((r) => [r.action, r.summary])).toEqual([
      ["inspector.capture_url_changed", 'Cleared the captured requests of capture URL "Sandbox"'],
    ]);

    const deleted = await entriesOf(() => callRoute(captureUrl.DELETE, { method: "DELETE", params: { id } }), 204);
    expect(deleted.rows.map((r) => [r.action, r.targetId, r.summary])).toEqual([
      ["inspector.capture_url_deleted", id, 'Deleted capture URL "Sandbox"'],
    ]);

    const all = JSON.stringify(await db.auditEntry.findMany());
    expect(all).not.toContain(new URL(url).pathname.split("/").pop());
    expect(all).not.toContain("body-stays-out");
  });

  it("the audit log answers each summary's catalog key and params beside its English; older entries have none", async () => {
    const created = await callRoute(workflows.POST, { body: { name: "Keyed", objectType: "deal" } });
    const id: string = created.json.id;
    const renamed = await callRoute(workflowItem.PUT, { method: "PUT", params: { id }, body: { revision: 1, name: "Keyed flow" } });
    expect(renamed.status, JSON.stringify(renamed.json)).toBe(200);
    // An entry written before summaries had keys: its English summary only.
    const old = await db.auditEntry.create({
      data: {
        at: new Date(Date.now() - 60_000),
        action: "workflow.updated",
        actorKind: "system",
        actorName: "Before keys",
        targetType: "workflow",
        targetId: id,
        summary: 'Changed workflow "Keyed": the trigger (revision 1)',
      },
    });

    const listed = await callRoute(auditLog.GET, { query: { targetType: "workflow", targetId: id } });
    expect(listed.status).toBe(200);
    expect(listed.json.entries.map((e: Record<string, unknown>) => [e.action, e.summary, e.summaryKey, e.summaryParams])).toEqual([
      [
        "workflow.updated",
        'Changed workflow "Keyed flow": renamed from "Keyed" (revision 2)',
        "workflow.changed",
        { name: "Keyed flow", revision: "2", changes: "name", previousName: "Keyed" },
      ],
      ["workflow.created", 'Created workflow "Keyed" (deal records)', "workflow.created", { name: "Keyed", objectType: "deal" }],
      ["workflow.updated", 'Changed workflow "Keyed": the trigger (revision 1)', null, null],
    ]);
    // The last test checks that every entry of this file is by a token.
    await db.auditEntry.delete({ where: { id: old.id } });
  });

  it("no entry anywhere holds a secret's value, and every entry names its token", async () => {
    const rows = await db.auditEntry.findMany();
    expect(rows.length).toBeGreaterThan(20);
    expect(JSON.stringify(rows)).not.toContain(SECRET_VALUE);
    for (const row of rows) expect([OWNER_LABEL, EDITOR_LABEL]).toContain(`${row.actorName} via the API token ${row.tokenName}`);
  });
});

describe("the hook URL is a credential", () => {
  it("a Viewer's GET of a workflow leaves the hookToken out; an Editor's has it", async () => {
    const created = await callRoute(workflows.POST, { body: { name: "Hook URL", objectType: "contact" } });
    const saved = await callRoute(workflowItem.PUT, {
      method: "PUT",
      params: { id: created.json.id },
      body: { revision: 1, trigger: { type: "WEBHOOK" } },
    });
    const token: string = saved.json.hookToken;
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);

    const asViewer = await callRoute(workflowItem.GET, { params: { id: created.json.id }, as: "VIEWER" });
    expect(asViewer.status).toBe(200);
    expect(asViewer.json).not.toHaveProperty("hookToken");
    expect(asViewer.text).not.toContain(token);
    expect(asViewer.json).toMatchObject({ id: created.json.id, trigger: { type: "WEBHOOK" } });

    const asEditor = await callRoute(workflowItem.GET, { params: { id: created.json.id }, as: "EDITOR" });
    expect(asEditor.json.hookToken).toBe(token);

    // The list never carries it, for anyone.
    const list = await callRoute(workflows.GET, { as: "OWNER" });
    expect(list.text).not.toContain(token);
  });
});
