import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures/receiver";
import { uniqueName } from "./unique-name";

// Runs are produced through the REST API (the same contract the UI uses) and delivered by the
// app's in-process runner to a real HTTPS receiver in this process; the pages are then read
// as a person would.

test.setTimeout(60_000);

async function workflowPostingTo(request: APIRequestContext, name: string, webhookUrl: string): Promise<string> {
  const created = await request.post("/api/workflows", { data: { name, objectType: "contact" } });
  expect(created.status()).toBe(201);
  const workflow = (await created.json()) as { id: string; revision: number };
  const updated = await request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: workflow.revision,
      enabled: true,
      startActionId: "notify",
      actions: [{ id: "notify", type: "SEND_WEBHOOK", name: "Notify billing", config: { method: "POST", webhookUrl } }],
    },
  });
  expect(updated.ok(), await updated.text()).toBe(true);
  return workflow.id;
}

async function enroll(request: APIRequestContext, workflowId: string, recordId: number): Promise<string> {
  const response = await request.post(`/api/workflows/${workflowId}/enrollments`, { data: { recordId } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { enrollmentId: string }).enrollmentId;
}

async function recordName(request: APIRequestContext, recordId: number): Promise<string> {
  const response = await request.get(`/api/records/${recordId}`);
  return ((await response.json()) as { displayName: string }).displayName;
}

function attempt(page: Page, n: number) {
  return page.getByRole("listitem").filter({ has: page.getByRole("button", { name: new RegExp(`^Attempt ${n}\\b`) }) });
}

test("a delivered run shows as completed, with its attempt's response and request", async ({ page, request, receiver }, testInfo) => {
  const workflowId = await workflowPostingTo(request, uniqueName("E2E history ok", testInfo, " "), `${receiver.url}/hooks/ok`);
  const name = await recordName(request, 1);

  // Before any run: the empty state.
  await page.goto(`/workflows/${workflowId}/history`);
  await expect(page.getByRole("heading", { name: "No runs yet — enroll a record to see it here" })).toBeVisible();

  await enroll(request, workflowId, 1);
  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row).toBeVisible();
  // The list refreshes by itself while the run is active.
  await expect(row.getByText("Completed")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("link", { name, exact: true })).toHaveAttribute("href", "/records/1");

  // The status filter lives in the URL.
  await page.getByRole("navigation", { name: "Filter runs by status" }).getByRole("link", { name: "Failed" }).click();
  await expect(page).toHaveURL(/\?status=FAILED$/);
  await expect(page.getByRole("heading", { name: "No failed runs" })).toBeVisible();
  await page.getByRole("navigation", { name: "Filter runs by status" }).getByRole("link", { name: "Completed" }).click();
  await expect(page).toHaveURL(/\?status=COMPLETED$/);
  await page.getByRole("link", { name: `View run for ${name}` }).click();

  await expect(page.getByRole("heading", { level: 2, name: new RegExp(name) })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Notify billing" })).toBeVisible();
  const first = attempt(page, 1);
  await expect(first.getByRole("button", { name: /^Attempt 1/ })).toHaveAttribute("aria-expanded", "true");
  await expect(first.getByRole("tab", { name: "Response" })).toHaveAttribute("aria-selected", "true");
  const responsePanel = first.getByRole("tabpanel");
  await expect(responsePanel.getByText("200 OK")).toBeVisible();
  await expect(responsePanel.getByRole("button", { name: /Headers:/ })).toBeVisible();
  await expect(responsePanel.getByText('"ok"')).toBeVisible();

  // Request tab: the method, the URL the receiver was called at, and the headers sent.
  await first.getByRole("tab", { name: "Request" }).click();
  const requestPanel = first.getByRole("tabpanel");
  await expect(requestPanel.getByText("POST", { exact: true })).toBeVisible();
  await expect(requestPanel.getByText(`${receiver.url}/hooks/ok`)).toBeVisible();
  await expect(requestPanel.getByRole("button", { name: /httpHeaders:/ })).toBeVisible();
  expect(receiver.requests.filter((r) => r.path === "/hooks/ok")).toHaveLength(1);
  const deliveryId = receiver.requests[0].headers["x-hookflow-delivery-id"];
  await expect(page.getByText(deliveryId, { exact: true }).first()).toBeVisible();
});

test("a failed delivery shows its scheduled retry, and Retry now adds a second attempt", async ({ page, request, receiver }, testInfo) => {
  receiver.setHandler((req) =>
    req.path === "/hooks/down"
      ? { status: 500, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: "database unavailable" }) }
      : { status: 200, body: "{}" },
  );
  const workflowId = await workflowPostingTo(request, uniqueName("E2E history 500", testInfo, " "), `${receiver.url}/hooks/down`);
  const enrollmentId = await enroll(request, workflowId, 2);

  await page.goto(`/workflows/${workflowId}/history/${enrollmentId}`);
  const first = attempt(page, 1);
  await expect(first).toBeVisible({ timeout: 20_000 });
  await expect(first.getByText("Retryable")).toBeVisible();
  await expect(first.getByRole("tabpanel").getByText("500 Internal Server Error")).toBeVisible();
  await expect(first.getByText(/^Next retry at /)).toBeVisible();
  await expect(page.getByText("Retry scheduled")).toBeVisible();
  await expect(page.getByText("Active", { exact: true }).first()).toBeVisible();

  await page.getByRole("button", { name: "Retry now" }).click();
  const second = attempt(page, 2);
  await expect(second).toBeVisible({ timeout: 20_000 });
  // The newest attempt opens; the older one folds away.
  await expect(second.getByRole("tabpanel").getByText("500 Internal Server Error")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Attempt 1/ })).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("button", { name: /^Attempt \d/ })).toHaveCount(2);
  expect(receiver.requests.filter((r) => r.path === "/hooks/down").length).toBeGreaterThanOrEqual(2);
  // Both attempts carry the same delivery id, so the receiver can de-duplicate.
  const ids = new Set(receiver.requests.map((r) => r.headers["x-hookflow-delivery-id"]));
  expect(ids.size).toBe(1);
});

test("the list pages with Load more and filters by status", async ({ page, request, receiver }, testInfo) => {
  const workflowId = await workflowPostingTo(request, uniqueName("E2E history paging", testInfo, " "), `${receiver.url}/hooks/many`);
  const recordIds = Array.from({ length: 27 }, (_, i) => i + 1);
  const enrolled = await request.post(`/api/workflows/${workflowId}/enrollments`, { data: { recordIds } });
  expect(enrolled.status(), await enrolled.text()).toBe(201);

  await page.goto(`/workflows/${workflowId}/history`);
  const rows = page.getByRole("table", { name: "Runs" }).locator("tbody tr");
  await expect(rows).toHaveCount(25);
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(rows).toHaveCount(27);
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);

  // Every run completes; the Completed filter (kept in the URL) then shows them all, Active none.
  await expect(rows.filter({ hasText: "Completed" })).toHaveCount(27, { timeout: 30_000 });
  await page.goto(`/workflows/${workflowId}/history?status=ACTIVE`);
  await expect(page.getByRole("navigation", { name: "Filter runs by status" }).getByRole("link", { name: "Active" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { name: "No active runs" })).toBeVisible();
});

test("an action is named as people see it, never by its internal id: on the canvas and in a run's outputs", async ({ page, request, receiver }, testInfo) => {
  receiver.setHandler(() => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ customer: { tier: "gold" } }) }));
  const created = await request.post("/api/workflows", { data: { name: uniqueName("E2E history names", testInfo, " "), objectType: "contact" } });
  expect(created.status()).toBe(201);
  const workflow = (await created.json()) as { id: string; revision: number };
  // Neither action has a name of its own: each is known by its type's label.
  const hookId = "a-ba7q5xhq";
  const updated = await request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: workflow.revision,
      enabled: true,
      startActionId: hookId,
      actions: [
        {
          id: hookId,
          type: "SEND_WEBHOOK",
          nextId: "a-settier1",
          config: { method: "POST", webhookUrl: `${receiver.url}/hooks/tier`, outputs: [{ name: "tier", path: "customer.tier", type: "STRING" }] },
        },
        { id: "a-settier1", type: "SET_PROPERTY", config: { property: "customer_tier", value: { type: "OUTPUT", actionId: hookId, output: "tier" } } },
      ],
    },
  });
  expect(updated.ok(), await updated.text()).toBe(true);

  await page.goto(`/workflows/${workflow.id}`);
  const setNode = page.getByRole("button", { name: /^Action 2: Set property value/ });
  await expect(setNode).toContainText("Set customer_tier to Send a webhook → tier");
  await expect(page.getByText(hookId)).toHaveCount(0);

  const enrollmentId = await enroll(request, workflow.id, 3);
  await page.goto(`/workflows/${workflow.id}/history/${enrollmentId}`);
  const outputs = page.getByRole("table", { name: "Outputs of this run" });
  const tier = outputs.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "tier", exact: true }) });
  await expect(tier).toBeVisible({ timeout: 20_000 });
  await expect(tier.getByRole("cell").first()).toHaveText("Send a webhook");
  await expect(tier).toContainText("gold");
  await expect(page.getByText(hookId)).toHaveCount(0);
});
