import type { APIRequestContext } from "@playwright/test";
import { OWNER, signedInContext } from "./fixtures/accounts";
import { expect, test } from "./fixtures/receiver";
import { workflowPostingTo } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// Cancel run, the retry schedule and the Runs page, as a person uses them. Runs are started
// through the REST API and delivered by the app's runner to a real HTTPS receiver in this process.

test.setTimeout(90_000);

async function enroll(request: APIRequestContext, workflowId: string, recordIds: number[]): Promise<string[]> {
  const response = await request.post(`/api/workflows/${workflowId}/enrollments`, { data: { recordIds } });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { enrollmentIds: string[] }).enrollmentIds;
}

type RunDetail = {
  status: string;
  steps: { status: string; retrySchedule: { planned: { attempt: number; at: string }[]; giveUpAt: string } | null }[];
};

test("a failing delivery shows its retry schedule up to the give-up time; Cancel run ends it for good", async ({
  page,
  request,
  receiver,
  browser,
}, testInfo) => {
  receiver.setHandler(() => ({ status: 503, headers: { "content-type": "application/json" }, body: '{"error":"maintenance"}' }));
  const workflowId = await workflowPostingTo(request, uniqueName("E2E cancel", testInfo, " "), `${receiver.url}/hooks/down`);
  const [enrollmentId] = await enroll(request, workflowId, [3]);

  await page.goto(`/workflows/${workflowId}/history/${enrollmentId}`);
  const schedule = page.getByRole("region", { name: /Retry schedule/ });
  await expect(schedule).toBeVisible({ timeout: 20_000 });
  // The times the page shows are the API's, in the viewer's time zone and words.
  const run = (await (await request.get(`/api/enrollments/${enrollmentId}`)).json()) as RunDetail;
  const planned = run.steps[0].retrySchedule!;
  const firstAttemptAt = Date.parse((await (await request.get(`/api/enrollments/${enrollmentId}`)).json()).steps[0].attempts[0].startedAt);
  const giveUp = Date.parse(planned.giveUpAt);
  // 3 days after the first failure (which is recorded when the first attempt ends).
  expect(giveUp - firstAttemptAt).toBeGreaterThanOrEqual(3 * 24 * 3600_000);
  expect(giveUp - firstAttemptAt).toBeLessThan(3 * 24 * 3600_000 + 60_000);
  const shown = (iso: string) =>
    page.evaluate((value) => new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(value)), iso);
  const givesUp = schedule.getByRole("definition").filter({ has: page.locator(`time[datetime="${planned.giveUpAt}"]`) });
  await expect(givesUp).toContainText(await shown(planned.giveUpAt));
  await expect(givesUp).toContainText("(in 3 days)");
  await expect(schedule.getByText(`Attempt 2 at ${await shown(planned.planned[0].at)}`)).toBeVisible();
  await expect(schedule).toContainText(`times in ${await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)}`);
  // The attempts planned after the next one, each with its time, folded until asked for.
  await schedule.getByText(/^\d+ more attempts planned if it keeps failing$/).click();
  const later = schedule.getByRole("list", { name: "Attempts planned after attempt 2" }).getByRole("listitem");
  await expect(later).toHaveCount(planned.planned.length - 1);
  await expect(later.first()).toContainText(`Attempt 3 about ${await shown(planned.planned[1].at)}`);

  // A Viewer sees the buttons disabled, saying why.
  const viewer = await signedInContext(browser, "VIEWER");
  const viewerPage = await viewer.newPage();
  await viewerPage.goto(`/workflows/${workflowId}/history/${enrollmentId}`);
  await expect(viewerPage.getByRole("button", { name: "Cancel run" })).toBeDisabled();
  await viewer.close();

  // Cancel, thought better of: nothing changes.
  await page.getByRole("button", { name: "Cancel run" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Cancel this run?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep running" }).click();
  await expect(dialog).toBeHidden();
  expect(((await (await request.get(`/api/enrollments/${enrollmentId}`)).json()) as RunDetail).status).toBe("ACTIVE");

  await page.getByRole("button", { name: "Cancel run" }).click();
  await dialog.getByRole("button", { name: "Cancel run" }).click();
  await expect(dialog).toBeHidden();
  const summary = page.getByRole("region", { name: "Run summary" });
  await expect(summary.getByTitle(/^Someone cancelled/)).toHaveText("Cancelled");
  await expect(summary.getByRole("term").filter({ hasText: "Cancelled" })).toBeVisible();
  await expect(summary.getByText(`· by ${OWNER.name}`)).toBeVisible();
  await expect(summary.getByText(`Cancelled by ${OWNER.name}`)).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel run" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Retry now" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /Retry schedule/ })).toHaveCount(0);
  const after = (await (await request.get(`/api/enrollments/${enrollmentId}`)).json()) as RunDetail;
  expect(after.status).toBe("CANCELLED");
  expect(after.steps[0].status).toBe("CANCELLED");
  // The API says why it cannot be cancelled again.
  const again = await request.post(`/api/enrollments/${enrollmentId}/cancel`);
  expect(again.status()).toBe(409);

  // The history lists it under Cancelled.
  await page.goto(`/workflows/${workflowId}/history`);
  await page.getByRole("navigation", { name: "Filter runs by status" }).getByRole("link", { name: "Cancelled" }).click();
  await expect(page).toHaveURL(/\?status=CANCELLED$/);
  await expect(page.getByRole("row").filter({ hasText: "Cancelled" })).toHaveCount(1);
});

test("the Runs page lists runs of every workflow, filters by status and workflow, pages, and links to each run", async ({
  page,
  request,
  receiver,
}, testInfo) => {
  receiver.setHandler((req) => (req.path === "/hooks/down" ? { status: 400, body: "no" } : { status: 200, body: "{}" }));
  const busyName = uniqueName("E2E runs busy", testInfo, " ");
  const busy = await workflowPostingTo(request, busyName, `${receiver.url}/hooks/ok`);
  const failing = await workflowPostingTo(request, uniqueName("E2E runs failing", testInfo, " "), `${receiver.url}/hooks/down`);
  // 30 runs: more than one page (25).
  const busyRuns = await enroll(
    request,
    busy,
    Array.from({ length: 30 }, (_, i) => (i % 5) + 1),
  );
  const [failed] = await enroll(request, failing, [2]);

  await page.goto("/workflows");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Runs" }).click();
  await expect(page).toHaveURL(/\/runs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Runs" })).toBeVisible();

  // By workflow: its 30 runs, 25 at first, the rest on Load more.
  await page.getByLabel("Workflow").selectOption({ label: busyName });
  await expect(page).toHaveURL(new RegExp(`\\?workflow=${busy}$`));
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(26); // the header row and 25
  await expect(page.getByText("25 runs shown")).toBeVisible();
  await page.getByRole("button", { name: "Load more" }).click();
  await expect(rows).toHaveCount(31);
  await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
  await expect(page.getByRole("table").getByRole("link", { name: busyName, exact: true })).toHaveCount(30);
  await expect(page.getByRole("table").getByText("Completed")).toHaveCount(30, { timeout: 30_000 });

  // By status, keeping the workflow: none failed here; in all workflows, the failing one's run is there.
  await page.getByRole("navigation", { name: "Filter runs by status" }).getByRole("link", { name: "Failed" }).click();
  await expect(page).toHaveURL(new RegExp(`\\?status=FAILED&workflow=${busy}$`));
  await expect(page.getByRole("heading", { name: "No runs match these filters" })).toBeVisible();
  await page.getByLabel("Workflow").selectOption({ label: "All workflows" });
  await expect(page).toHaveURL(/\/runs\?status=FAILED$/);
  const failedRow = page.getByRole("row").filter({ has: page.locator(`a[href$="/history/${failed}"]`) });
  await expect(failedRow).toBeVisible({ timeout: 20_000 });
  await expect(failedRow).toContainText("Failed");
  await expect(failedRow).toContainText("400");

  // Each row opens its run.
  await failedRow.getByRole("link", { name: /^View run of / }).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${failing}/history/${failed}$`));
  await expect(page.getByRole("heading", { name: "Notify billing" })).toBeVisible();
  expect(busyRuns).toHaveLength(30);
});

test("in a 1024 px window the run lists keep every row's View run link in view, in English and Korean", async ({
  browser,
  request,
  receiver,
}, testInfo) => {
  receiver.setHandler(() => ({ status: 404, body: "gone" }));
  const name = uniqueName("E2E narrow runs with a long workflow name", testInfo, " ");
  const workflowId = await workflowPostingTo(request, name, `${receiver.url}/hooks/gone`);
  await enroll(request, workflowId, [1, 2]);
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/api/workflows/${workflowId}/enrollments?status=FAILED`)).json()) as { enrollments: unknown[] })
          .enrollments.length,
    )
    .toBe(2);
  for (const locale of ["en", "ko"] as const) {
    const context = await signedInContext(browser, "VIEWER", { locale });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const path of [`/runs?workflow=${workflowId}`, `/workflows/${workflowId}/history`]) {
      await page.goto(path);
      const card = page.locator(".table-card");
      await expect(card.getByRole("row")).toHaveCount(3);
      const overflow = await card.evaluate((element) => element.scrollWidth - element.clientWidth);
      expect(overflow, `${locale} ${path}: the table is ${overflow} px wider than its card`).toBeLessThanOrEqual(0);
      await expect(card.getByRole("link", { name: /.+/ }).last()).toBeInViewport();
    }
    await context.close();
  }
});
