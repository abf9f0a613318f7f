import type { APIRequestContext, Page, TestInfo } from "@playwright/test";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";
import { signedInContext, tokenAs } from "./fixtures/accounts";
import { expect, test } from "./fixtures/receiver";
import { workflowPostingTo, workflowWith } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// Runs are produced through the REST API (the same contract the UI uses) and delivered by the
// app's in-process runner to a real HTTPS receiver in this process; the pages are then read
// as a person would.

test.setTimeout(60_000);

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

/** An attempt of the run page in Korean ("시도 1"). */
function attemptKo(page: Page, ko: (key: "runs.attempt.attempt", values: { attempt: number }) => string, n: number) {
  const name = ko("runs.attempt.attempt", { attempt: n });
  return page.getByRole("listitem").filter({ has: page.getByRole("button", { name: new RegExp(`^${name}(?!\\d)`) }) });
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

test("a Korean user reads a run's failures and who cancelled it through an API token in Korean", async ({
  browser,
  request,
  receiver,
}, testInfo) => {
  const ko = createTranslator({ locale: "ko", messages: MESSAGES.ko });
  receiver.setHandler((req) =>
    req.path === "/hooks/ko-gone"
      ? { status: 404, body: "gone" }
      : req.path === "/hooks/ko-busy"
        ? { status: 503, body: "busy" }
        : { status: 200, body: "{}" },
  );
  // A run that failed for good (404), and one waiting for a retry (503) that an API token cancels.
  const failedWorkflow = await workflowPostingTo(request, uniqueName("E2E ko 404", testInfo, " "), `${receiver.url}/hooks/ko-gone`);
  const failedRun = await enroll(request, failedWorkflow, 3);
  const busyWorkflow = await workflowPostingTo(request, uniqueName("E2E ko 503", testInfo, " "), `${receiver.url}/hooks/ko-busy`);
  const busyRun = await enroll(request, busyWorkflow, 3);
  await expect
    .poll(async () => ((await (await request.get(`/api/enrollments/${failedRun}`)).json()) as { status: string }).status, {
      timeout: 20_000,
    })
    .toBe("FAILED");
  await expect
    .poll(
      async () => ((await (await request.get(`/api/enrollments/${busyRun}`)).json()) as { steps: { status: string }[] }).steps[0]?.status,
      {
        timeout: 20_000,
      },
    )
    .toBe("RETRY_SCHEDULED");
  const admin = await tokenAs("ADMIN");
  try {
    const cancelled = await admin.post(`/api/enrollments/${busyRun}/cancel`);
    expect(cancelled.status(), await cancelled.text()).toBe(200);
  } finally {
    await admin.dispose();
  }
  const cancelledBy = { name: admin.user.name, via: "token", tokenName: "E2E admin token" };

  const context = await signedInContext(browser, "ADMIN", { locale: "ko" });
  try {
    const page = await context.newPage();
    // The failed run: its error and its attempt's, in Korean (the English was stored with its key and params).
    const refused = ko("runErrors.response.refused", { status: "404" });
    await page.goto(`/workflows/${failedWorkflow}/history/${failedRun}`);
    await expect(page.getByRole("region", { name: ko("runs.detail.summary") }).getByText(refused)).toBeVisible();
    await expect(attemptKo(page, ko, 1).getByRole("tabpanel").getByText(refused)).toBeVisible();
    await expect(page.getByText(/The endpoint refused/)).toHaveCount(0);

    // The cancelled run: the failure of its attempt, and who cancelled it through which token.
    await page.goto(`/workflows/${busyWorkflow}/history/${busyRun}`);
    const summary = page.getByRole("region", { name: ko("runs.detail.summary") });
    await expect(summary.getByText(ko("runs.detail.by", cancelledBy))).toBeVisible();
    await expect(summary.getByText(ko("runs.activity.cancelled", { ...cancelledBy, actor: cancelledBy.name }))).toBeVisible();
    await expect(
      attemptKo(page, ko, 1)
        .getByRole("tabpanel")
        .getByText(ko("runErrors.response.serverError", { status: "503" })),
    ).toBeVisible();
    await expect(page.getByText(/via the API token|Hookflow will retry/)).toHaveCount(0);

    // The run history's row says it too.
    await page.goto(`/workflows/${busyWorkflow}/history`);
    await expect(page.getByRole("cell", { name: ko("runs.list.cancelledBy", cancelledBy) })).toBeVisible();
  } finally {
    await context.close();
  }
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
  await expect(page.getByRole("navigation", { name: "Filter runs by status" }).getByRole("link", { name: "Active" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("heading", { name: "No active runs" })).toBeVisible();
});

test("an action is named as people see it, never by its internal id: on the canvas and in a run's outputs", async ({
  page,
  request,
  receiver,
}, testInfo) => {
  receiver.setHandler(() => ({
    status: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ customer: { tier: "gold" } }),
  }));
  const created = await request.post("/api/workflows", {
    data: { name: uniqueName("E2E history names", testInfo, " "), objectType: "contact" },
  });
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
          config: {
            method: "POST",
            webhookUrl: `${receiver.url}/hooks/tier`,
            outputs: [{ name: "tier", path: "customer.tier", type: "STRING" }],
          },
        },
        {
          id: "a-settier1",
          type: "SET_PROPERTY",
          config: { property: "customer_tier", value: { type: "OUTPUT", actionId: hookId, output: "tier" } },
        },
      ],
    },
  });
  expect(updated.ok(), await updated.text()).toBe(true);

  await page.goto(`/workflows/${workflow.id}`);
  const setNode = page.getByRole("button", { name: /^Action 2: Set property value/ });
  await expect(setNode).toContainText("Set Customer tier to Send a webhook → tier");
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

/** The run page's steps, for a person to look at (attached to the test's output); tall, as the page scrolls inside its frame. */
async function screenshotSteps(page: Page, testInfo: TestInfo, file: string) {
  await page.setViewportSize({ width: 1280, height: 2000 });
  await page.getByRole("region", { name: "Steps" }).screenshot({ path: testInfo.outputPath(file) });
}

/** A step of the run page: its card, named by its heading ("2 Delay"). */
function stepCard(page: Page, title: string | RegExp) {
  return page.getByRole("region", { name: title });
}

test("a Delay step says how long it waits and until when, and the step behind it waits for the delay", async ({
  page,
  request,
  receiver,
}, testInfo) => {
  const workflowId = await workflowWith(request, uniqueName("E2E history delay", testInfo, " "), [
    {
      id: "notify",
      type: "SEND_WEBHOOK",
      name: "Notify billing",
      config: { method: "POST", webhookUrl: `${receiver.url}/hooks/before-wait` },
    },
    { id: "wait", type: "DELAY", config: { amount: 1, unit: "HOURS" } },
    { id: "follow", type: "SEND_WEBHOOK", name: "Follow up", config: { method: "POST", webhookUrl: `${receiver.url}/hooks/after-wait` } },
  ]);
  const enrolledAt = Date.now();
  const enrollmentId = await enroll(request, workflowId, 4);
  await page.goto(`/workflows/${workflowId}/history/${enrollmentId}`);

  // The webhook before the delay reads as a delivery, as before.
  const notify = stepCard(page, /Notify billing$/);
  await expect(notify.getByRole("button", { name: /^Attempt 1/ })).toBeVisible({ timeout: 20_000 });
  await expect(notify.getByText("Delivery ID")).toBeVisible();
  await expect(notify.getByText("200 OK").first()).toBeVisible();

  // The delay: how long, until when (an hour after the run reached it), and no delivery wording.
  const delay = stepCard(page, /Delay$/);
  await expect(delay).toContainText(/Waits 1 hour · until .*\d{1,2}:\d{2}.* \(in 1 hour\)/, { timeout: 20_000 });
  await expect(delay.getByText("Waiting", { exact: true })).toBeVisible();
  const until = Date.parse((await delay.getByRole("time").last().getAttribute("datetime")) ?? "");
  expect(until - enrolledAt).toBeGreaterThan(59 * 60_000);
  expect(until - Date.now()).toBeLessThan(60 * 60_000 + 1000);
  for (const text of ["Delivery ID", "No response", "No response was received.", "Sending"])
    await expect(delay.getByText(text)).toHaveCount(0);
  await expect(delay.getByRole("button", { name: /^Attempt/ })).toHaveCount(0);
  await expect(delay.getByText("Succeeded")).toHaveCount(0);

  // The step behind it has not started: it waits for the delay, it is not "sending".
  const follow = stepCard(page, /Follow up$/);
  await expect(follow).toContainText(/Waits for the delay to end · starts at .*\d{1,2}:\d{2}/);
  await expect(follow.getByText("Scheduled", { exact: true })).toBeVisible();
  await expect(follow.getByText(/Sending/)).toHaveCount(0);
  await expect(follow.getByText("Delivery ID")).toHaveCount(0);

  // The run stays active, nothing can be retried, and nothing was sent after the delay.
  const summary = page.getByRole("region", { name: "Run summary" });
  await expect(summary.getByText("Active", { exact: true })).toBeVisible();
  await expect(summary).toContainText(/waiting for a delay until .*\d{1,2}:\d{2}/);
  await expect(page.getByRole("button", { name: "Retry now" })).toHaveCount(0);
  expect(receiver.requests.filter((r) => r.path === "/hooks/after-wait")).toHaveLength(0);
  await screenshotSteps(page, testInfo, "run-webhook-delay-waiting.png");
});

test("a Set property value step shows the property and the value it set; a failed one its error, and Retry now runs it again", async ({
  page,
  request,
}, testInfo) => {
  const okId = await workflowWith(request, uniqueName("E2E history set", testInfo, " "), [
    { id: "set", type: "SET_PROPERTY", config: { property: "customer_tier", value: { type: "STATIC", value: "gold" } } },
  ]);
  const okRun = await enroll(request, okId, 5);
  await page.goto(`/workflows/${okId}/history/${okRun}`);
  const set = stepCard(page, /Set property value$/);
  await expect(set.getByText("Succeeded")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("region", { name: "Run summary" }).getByText("Completed", { exact: true })).toBeVisible();
  const facts = set.getByRole("definition");
  await expect(facts.filter({ hasText: "customer_tier" })).toHaveCount(1);
  await expect(facts.filter({ hasText: "gold" })).toHaveCount(1);
  await expect(set.getByRole("term").filter({ hasText: "Set at" })).toBeVisible();
  for (const text of ["Delivery ID", "No response", "No response was received.", /Failed after/, /request|endpoint|webhook/i])
    await expect(set.getByText(text)).toHaveCount(0);
  await expect(set.getByRole("button", { name: /^Attempt/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Retry now" })).toHaveCount(0);
  await screenshotSteps(page, testInfo, "run-set-property-succeeded.png");

  // A value that cannot be read (a manual run has no webhook trigger) fails the step: its error, and Retry now.
  const failingId = await workflowWith(request, uniqueName("E2E history set fails", testInfo, " "), [
    {
      id: "set",
      type: "SET_PROPERTY",
      name: "Copy the order tier",
      config: { property: "customer_tier", value: { type: "TRIGGER", path: "order.tier" } },
    },
  ]);
  const failedRun = await enroll(request, failingId, 6);
  await page.goto(`/workflows/${failingId}/history/${failedRun}`);
  const failed = stepCard(page, /Copy the order tier$/);
  await expect(failed.getByText("Could not set customer_tier")).toBeVisible({ timeout: 20_000 });
  await expect(failed.getByText('The webhook trigger has no value at "order.tier" for this enrollment.')).toBeVisible();
  for (const text of ["Delivery ID", "No response", /Failed after/]) await expect(failed.getByText(text)).toHaveCount(0);
  await screenshotSteps(page, testInfo, "run-set-property-failed.png");

  await failed.getByRole("button", { name: "Retry now" }).click();
  // The second try fails the same way; both tries are listed, newest first.
  const tries = failed.getByRole("list", { name: "Tries of Copy the order tier" }).getByRole("listitem");
  await expect(tries).toHaveCount(2, { timeout: 20_000 });
  await expect(tries.first()).toContainText("Try 2");
  await expect(failed.getByText("Sending")).toHaveCount(0);
  await screenshotSteps(page, testInfo, "run-set-property-retried.png");
});
