import { expect, test } from "@playwright/test";
import { signedInContext } from "./fixtures/accounts";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// Roles in the UI (issue 11): the server refuses what a role may not do; the pages do not offer
// it, and say why where a control stays in view.

test("a Viewer reads a workflow: no Test button, and Save, the switch and Enroll say why they are off", async ({
  browser,
  request,
}, testInfo) => {
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E viewer reads", testInfo, " "));
  const viewer = await signedInContext(browser, "VIEWER");
  const page = await viewer.newPage();
  await page.goto(`/workflows/${workflowId}`);

  const reason = "Needs the Editor role; you are a Viewer.";
  const headerReason = "Changing or running this workflow needs the Editor role; you are a Viewer.";
  for (const control of [
    page.getByRole("button", { name: "Save" }),
    page.getByRole("button", { name: "Enroll records" }),
    page.getByRole("switch", { name: "Workflow on" }),
  ]) {
    await expect(control).toBeDisabled();
    await expect(control).toHaveAccessibleDescription(headerReason);
  }
  await expect(page.getByText(headerReason, { exact: true })).toBeVisible();
  // Nothing to add: no + between the nodes.
  await expect(page.getByRole("button", { name: /^Add an action after/ })).toHaveCount(0);

  const node = page.getByRole("button", { name: /^Action 1: Send a webhook/ });
  await node.focus();
  await node.press("Enter");
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  await expect(panel.getByLabel("Webhook URL")).toHaveValue("https://example.com/placeholder");
  await expect(panel.getByLabel("Webhook URL")).toBeDisabled();
  await expect(panel.getByText(`Read only. ${reason}`)).toBeVisible();
  // A Test sends data out: for a Viewer there is no button at all, only why.
  await expect(panel.getByRole("heading", { name: "Test action" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Test", exact: true })).toHaveCount(0);
  await expect(panel.getByText(`A Test sends record data to the endpoint. ${reason}`)).toBeVisible();
  await expect(panel.getByRole("button", { name: "Delete action" })).toHaveCount(0);

  // The server agrees: the Viewer's own session may not test or save.
  const test = await page.request.post(`/api/workflows/${workflowId}/actions/hook/test`, {
    data: { recordId: 1, type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: "https://example.com/placeholder" } },
  });
  expect(test.status()).toBe(403);
  await viewer.close();
});

test("an Editor has no Users, API tokens or Audit log in settings, and cannot create apps", async ({ browser }) => {
  const editor = await signedInContext(browser, "EDITOR");
  const page = await editor.newPage();
  await page.goto("/settings/apps");
  await expect(page.getByRole("heading", { level: 1, name: "Apps" })).toBeVisible();

  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Apps", "Secrets", "Request inspector"]) await expect(nav.getByRole("link", { name: label })).toBeVisible();
  for (const label of ["Users", "API tokens", "Audit log"]) await expect(nav.getByRole("link", { name: label })).toHaveCount(0);

  const create = page.getByRole("button", { name: "Create app" }).first();
  await expect(create).toBeDisabled();
  await expect(create).toHaveAccessibleDescription("Managing apps needs the Admin role; you are an Editor.");
  await expect(page.getByText("Managing apps needs the Admin role; you are an Editor.")).toBeVisible();

  // A link to an admin page says it is closed, rather than failing to load.
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { name: "Users is not available to you" })).toBeVisible();
  await expect(page.getByText("Needs the Admin role; you are an Editor. Ask an admin if you need it.")).toBeVisible();
  await editor.close();
});
