import { spawnSync } from "node:child_process";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// Issue 13: what a capture URL answers (headers, delay, a sequence), the capture-URL menu of
// the Send a webhook panel, and Copy as curl. Deliveries go from the app's own runner to the
// inspector's own HTTPS listener, both started by the app server.

// A delivery, its retry (after the asked 1.5 s) and the pages, on a shared machine.
test.setTimeout(90_000);

/** A capture URL made through the API, answering `responses` in turn. */
async function captureUrlAnswering(request: APIRequestContext, name: string, responses: unknown[]) {
  const created = await request.post("/api/inspector/capture-urls", { data: { name } });
  expect(created.status()).toBe(201);
  const { id, url } = (await created.json()) as { id: string; url: string };
  const saved = await request.patch(`/api/inspector/capture-urls/${id}`, { data: { responses } });
  expect(saved.ok(), await saved.text()).toBe(true);
  return { id, url };
}

/** What the shell makes of a copied command: the arguments a curl stand-in is called with. */
function curlArguments(command: string): string[] {
  const run = spawnSync("sh", ["-c", `curl() { printf '%s\\n' "$@"; }\n${command}`], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.split("\n").slice(0, -1);
}

async function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test("a capture URL answering 429 with Retry-After, then 200, drives a real retry of a workflow delivery", async ({
  page,
  context,
  request,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = uniqueName("E2E sequence", testInfo, " ");
  await page.goto("/settings/inspector");
  await page.getByRole("button", { name: "New capture URL" }).first().click();
  await expect(page).toHaveURL(/[?&]bin=/);
  const urlBox = page.getByTestId("capture-url");
  await expect(urlBox).toContainText("/c/");
  const captureUrl = (await urlBox.textContent())!.trim();

  // The settings dialog: 429 with Retry-After (milliseconds, as webhooks read it), then 200.
  await page.getByRole("button", { name: "Name and response" }).click();
  const dialog = page.getByRole("dialog", { name: "Capture URL settings" });
  await dialog.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await dialog.getByRole("textbox", { name: "Status" }).fill("429");
  await dialog.getByRole("button", { name: "Add a header" }).click();
  // A header the listener could not send is refused next to its field, before anything is sent.
  await dialog.getByRole("textbox", { name: "Header 1 name" }).fill("Retry After");
  await dialog.getByRole("button", { name: "Add an answer to the sequence" }).click();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText(/A header name may hold only letters, digits/)).toBeVisible();
  // The first field to fix is focused, so a long dialog scrolls to it.
  await expect(dialog.getByRole("textbox", { name: "Header 1 name (answer 1)" })).toBeFocused();
  await dialog.getByRole("textbox", { name: "Header 1 name (answer 1)" }).fill("Retry-After");
  await dialog.getByRole("textbox", { name: "Header 1 value (answer 1)" }).fill("1500");
  await dialog.getByRole("textbox", { name: "Body (answer 2)" }).fill('{"accepted":true}');
  await dialog.screenshot({ path: testInfo.outputPath("settings-dialog.png") });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("429 then 200", { exact: true })).toBeVisible();
  await expect(page.getByTestId("sequence-position")).toHaveText("No request answered yet: the next gets answer 1 of 2.");

  // A turned-on workflow delivering to it: the first attempt gets 429, the retry (after the
  // asked 1.5 s; the runner's floor is 1 s) gets 200.
  const created = await request.post("/api/workflows", { data: { name: uniqueName("E2E retry", testInfo, " "), objectType: "contact" } });
  const workflow = (await created.json()) as { id: string; revision: number };
  const updated = await request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: workflow.revision,
      enabled: true,
      startActionId: "notify",
      actions: [
        { id: "notify", type: "SEND_WEBHOOK", name: "Notify", config: { method: "POST", webhookUrl: `${captureUrl}/orders?src=e2e` } },
      ],
    },
  });
  expect(updated.ok(), await updated.text()).toBe(true);
  const enrolled = await request.post(`/api/workflows/${workflow.id}/enrollments`, { data: { recordId: 1 } });
  expect(enrolled.status()).toBe(201);
  const { enrollmentId } = (await enrolled.json()) as { enrollmentId: string };

  const run = await page.context().newPage();
  await run.goto(`/workflows/${workflow.id}/history/${enrollmentId}`);
  await expect(run.getByRole("button", { name: /^Attempt 2/ })).toBeVisible({ timeout: 20_000 });
  await expect
    .poll(async () => (await (await request.get(`/api/enrollments/${enrollmentId}`)).json()).status, { timeout: 20_000 })
    .toBe("COMPLETED");
  const enrollment = await (await request.get(`/api/enrollments/${enrollmentId}`)).json();
  const attempts = enrollment.steps[0].attempts as { startedAt: string; response: { status: number } | null }[];
  expect(attempts.map((attempt) => attempt.response?.status)).toEqual([429, 200]);
  expect(Date.parse(attempts[1].startedAt) - Date.parse(attempts[0].startedAt)).toBeGreaterThanOrEqual(1500);
  await run.close();

  // The inspector page: both requests, where the sequence stands, and what each was answered.
  const list = page.getByRole("list", { name: "Captured requests, newest first" });
  await expect(list.getByRole("button")).toHaveCount(2);
  await expect(page.getByTestId("sequence-position")).toHaveText("2 requests answered: the next gets answer 2 of 2 (the last repeats).");
  await list.getByRole("button").nth(1).click();
  const detail = page.getByTestId("capture-detail");
  await expect(detail).toContainText("429");
  await expect(detail).toContainText("(answer 1)");
  const responseHeaders = detail.locator("section", { hasText: "Response headers:" });
  await expect(responseHeaders).toContainText("Retry-After:");
  await expect(responseHeaders).toContainText("1500");
  await page.screenshot({ path: testInfo.outputPath("capture-view.png"), fullPage: true });

  // Copy as curl: the very request, as the shell reads it, sent to the same capture URL.
  await detail.getByRole("button", { name: "Copy as curl" }).click();
  await expect(detail.getByRole("button", { name: "Copied" })).toBeVisible();
  const command = await clipboardText(page);
  const args = curlArguments(command);
  expect(args.slice(0, 2)).toEqual(["-k", `${captureUrl}/orders?src=e2e`]);
  expect(args).toContain(`X-Hookflow-Delivery-Id: ${enrollment.steps[0].deliveryId}`);
  expect(JSON.parse(args[args.indexOf("--data-binary") + 1])).toMatchObject({ vid: 1 });

  await page.getByRole("button", { name: "Reset sequence" }).click();
  await expect(page.getByTestId("sequence-position")).toHaveText("No request answered yet: the next gets answer 1 of 2.");
  // The copied command works as it is: sent for real, it is captured and answered 429 again.
  const real = spawnSync("sh", ["-c", `${command} --silent --output /dev/null --write-out '%{http_code}'`], { encoding: "utf8" });
  expect(real.stdout).toBe("429");
  await expect(list.getByRole("button")).toHaveCount(3);
});

test("the capture-URL menu keeps the typed path and query and shows each capture URL's answer", async ({ page, request }, testInfo) => {
  const name = uniqueName("E2E menu", testInfo, " ");
  const limited = await captureUrlAnswering(request, name, [
    { status: 429, contentType: "application/json", body: "", headers: [{ name: "Retry-After", value: "1000" }] },
    { status: 200, contentType: "application/json", body: "" },
  ]);
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E menu workflow", testInfo, " "));
  await page.goto(`/workflows/${workflowId}`);
  await page.getByRole("button", { name: /^Action 1: Send a webhook/ }).click();
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  const webhookUrl = panel.getByLabel("Webhook URL");
  await webhookUrl.fill("https://api.example.com/hooks/contact?source=crm&x=1");

  await panel.getByRole("button", { name: "Send to the request inspector" }).click();
  const item = page.getByRole("menuitem", { name: new RegExp(`^${name}`) });
  await expect(item).toContainText("answers 429 then 200");
  await page.screenshot({ path: testInfo.outputPath("capture-url-menu.png") });
  await item.click();
  await expect(webhookUrl).toHaveValue(`${limited.url}/hooks/contact?source=crm&x=1`);

  // Choosing again replaces the capture URL, not what follows it.
  await panel.getByRole("button", { name: "Send to the request inspector" }).click();
  await page.getByRole("menuitem", { name: "New capture URL" }).click();
  await expect(webhookUrl).not.toHaveValue(`${limited.url}/hooks/contact?source=crm&x=1`);
  await expect(webhookUrl).toHaveValue(/^https:\/\/localhost:\d+\/c\/[\w-]{22}\/hooks\/contact\?source=crm&x=1$/);
});

test("Copy as curl of a Test's request masks the API key; the capture of it shows it masked too", async ({
  page,
  context,
  request,
}, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const secretName = `E2E_CURL_${testInfo.workerIndex}_${Date.now()}`;
  // Its own value: a capture names the first stored secret with the value it finds.
  const secretValue = `sk_e2e_it's-secret-${Date.now()}-${testInfo.workerIndex}`;
  expect((await request.post("/api/secrets", { data: { name: secretName, value: secretValue } })).status()).toBe(201);
  const target = await captureUrlAnswering(request, uniqueName("E2E curl", testInfo, " "), [
    { status: 200, contentType: "application/json", body: '{"ok":true}' },
  ]);
  const created = await request.post("/api/workflows", { data: { name: uniqueName("E2E curl", testInfo, " "), objectType: "contact" } });
  const workflow = (await created.json()) as { id: string; revision: number };
  const updated = await request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: workflow.revision,
      startActionId: "hook",
      actions: [
        {
          id: "hook",
          type: "SEND_WEBHOOK",
          config: {
            method: "POST",
            webhookUrl: `${target.url}/it's?q=1`,
            authentication: { type: "API_KEY", secretName, keyName: "Authorization", location: "HEADER" },
          },
        },
      ],
    },
  });
  expect(updated.ok(), await updated.text()).toBe(true);

  await page.goto(`/workflows/${workflow.id}`);
  await page.getByRole("button", { name: /^Action 1: Send a webhook/ }).click();
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  await expect(panel.getByLabel("Contact to test with")).not.toHaveValue("");
  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText("The test request succeeded.")).toBeVisible();
  await panel.getByRole("button", { name: "Copy as curl" }).click();
  await expect(panel.getByRole("button", { name: "Copied" })).toBeVisible();
  const command = await clipboardText(page);
  expect(command).not.toContain("sk_e2e");
  const args = curlArguments(command);
  // The URL's ' survives the quoting; the key is the Test's mask.
  expect(args[0]).toBe("-k");
  expect(args[1]).toMatch(/\/it(%27|')s\?q=1$/);
  expect(args).toContain("Authorization: ********");
  expect(args).toContain("Content-Type: application/json");
  await page.screenshot({ path: testInfo.outputPath("test-copy-curl.png"), fullPage: true });

  // The inspector stored the real request with the secret replaced; its curl carries that, not the value.
  await page.goto(`/settings/inspector?bin=${target.id}`);
  const detail = page.getByTestId("capture-detail");
  await expect(detail).toContainText(`[secret ${secretName}]`);
  await detail.getByRole("button", { name: "Copy as curl" }).click();
  await expect(detail.getByRole("button", { name: "Copied" })).toBeVisible();
  const captured = await clipboardText(page);
  expect(captured).not.toContain("sk_e2e");
  expect(curlArguments(captured)).toContain(`Authorization: [secret ${secretName}]`);
});
