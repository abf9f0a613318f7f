import { expect, test } from "@playwright/test";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// The built-in request inspector as a Send a webhook destination: its HTTPS listener is
// started by the app server itself, and webhooks trust its own certificate.

test("create a capture URL, Test a webhook against it, and see the request arrive live", async ({ page, context, request }, testInfo) => {
  const binName = uniqueName("E2E capture", testInfo, " ");
  await page.goto("/settings/inspector");
  await page.getByRole("button", { name: "New capture URL" }).first().click();
  // Other specs leave capture URLs behind: wait until the page shows the new one.
  await expect(page).toHaveURL(/[?&]bin=/);
  const urlBox = page.getByTestId("capture-url");
  await expect(urlBox).toContainText("/c/");
  const captureUrl = (await urlBox.textContent())!.trim();
  expect(captureUrl).toMatch(/^https:\/\/localhost:\d+\/c\/[\w-]{22}$/);
  await expect(page.getByText("Waiting for the first request…")).toBeVisible();
  // The app server started the listener: no warning, and the API says so.
  await expect(page.getByText("Requests to capture URLs will fail")).toHaveCount(0);
  expect((await (await request.get("/api/inspector")).json()).status).toMatchObject({ running: true, error: null });

  // Answer with a JSON body, so the Test shows fields to pick as outputs.
  await page.getByRole("button", { name: "Name and response" }).click();
  const dialog = page.getByRole("dialog", { name: "Capture URL settings" });
  await dialog.getByLabel("Name").fill(binName);
  await dialog.getByRole("textbox", { name: "Body" }).fill("{not json");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog.getByText("Body is not valid JSON")).toBeVisible();
  await dialog.getByRole("textbox", { name: "Body" }).fill('{"plan":"pro","seats":5}');
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("heading", { name: binName })).toBeVisible();
  await expect(page.getByText("200 with your application/json body")).toBeVisible();

  // In another tab, a Send a webhook action tested against the capture URL (the draft, unsaved).
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E inspector", testInfo, " "));
  const editor = await context.newPage();
  await editor.goto(`/workflows/${workflowId}`);
  await editor.getByRole("button", { name: /^Action 1: Send a webhook/ }).click();
  const panel = editor.getByRole("complementary", { name: "Send a webhook" });
  await panel.getByLabel("Webhook URL").fill(`${captureUrl}/contacts?source=e2e`);
  await expect(panel.getByLabel("Contact to test with")).not.toHaveValue("");
  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText("The test request succeeded.")).toBeVisible();
  await expect(panel.getByRole("tabpanel", { name: "Response" })).toContainText('"plan"');

  // The inspector page, left open, shows it without a reload.
  const list = page.getByRole("list", { name: "Captured requests, newest first" });
  await expect(list.getByRole("button")).toHaveCount(1);
  await expect(list).toContainText("POST");
  const detail = page.getByTestId("capture-detail");
  await expect(detail).toContainText("/contacts?source=e2e");
  await expect(detail).toContainText("X-Hookflow-Delivery-Id");
  await expect(detail).toContainText("application/json");
  await expect(detail).toContainText('"vid": 1'); // the seeded first contact's profile
  await detail.getByRole("button", { name: 'Expand "email" (2 keys)' }).click();
  await expect(detail).toContainText("ada@analytical-engines.example");
  await expect(detail.getByText("source", { exact: true })).toBeVisible(); // query parameters

  // From the panel, a new capture URL can be made and filled in without leaving the editor.
  await panel.getByRole("button", { name: "Send to the request inspector" }).click();
  await expect(editor.getByRole("menuitem", { name: new RegExp(`^${binName}`) })).toBeVisible();
  await editor.screenshot({ path: testInfo.outputPath("capture-url-menu.png") });
  await editor.getByRole("menuitem", { name: "New capture URL" }).click();
  // The new capture URL replaces the old one; the path and query typed after it stay.
  await expect(panel.getByLabel("Webhook URL")).not.toHaveValue(`${captureUrl}/contacts?source=e2e`);
  await expect(panel.getByLabel("Webhook URL")).toHaveValue(/^https:\/\/localhost:\d+\/c\/[\w-]{22}\/contacts\?source=e2e$/);

  await page.getByRole("button", { name: "Clear requests" }).click();
  await expect(page.getByText("Waiting for the first request…")).toBeVisible();
  await expect(list).toHaveCount(0);
});
