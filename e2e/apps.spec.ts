import { expect, test } from "@playwright/test";
import { uniqueName } from "./unique-name";

test("create an app: the client secret is shown once with a Copy button, then gone", async ({ page, context }, testInfo) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = uniqueName("E2E app", testInfo, " ");

  await page.goto("/settings/apps");
  await expect(page.getByRole("heading", { level: 1, name: "Apps" })).toBeVisible();

  await page.getByRole("button", { name: "Create app" }).first().click();
  const createDialog = page.getByRole("dialog", { name: "Create app" });
  await createDialog.getByLabel("App name").fill(name);
  await createDialog.getByRole("button", { name: "Create app" }).click();

  const secretDialog = page.getByRole("dialog", { name: "App created" });
  await expect(secretDialog).toBeVisible();
  await expect(secretDialog).toContainText("will not be shown again");
  const secretField = secretDialog.getByLabel("Client secret");
  const secret = await secretField.inputValue();
  expect(secret.length).toBeGreaterThanOrEqual(16);

  await secretDialog.getByRole("button", { name: "Copy" }).click();
  await expect(secretDialog.getByRole("button", { name: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

  await secretDialog.getByRole("button", { name: "Done" }).click();
  await expect(secretDialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name, exact: true })).toBeVisible();
  expect(await page.content()).not.toContain(secret);

  // Rotating asks first, then shows the new secret once in the same way.
  await page.getByRole("button", { name: `Rotate secret of ${name}`, exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Rotate client secret?" });
  await confirm.getByRole("button", { name: "Rotate secret" }).click();
  const rotatedDialog = page.getByRole("dialog", { name: "Client secret rotated" });
  await expect(rotatedDialog).toBeVisible();
  const rotated = await rotatedDialog.getByLabel("Client secret").inputValue();
  expect(rotated).not.toBe(secret);
  await rotatedDialog.getByRole("button", { name: "Close" }).click();
  await expect(rotatedDialog).toBeHidden();
  expect(await page.content()).not.toContain(rotated);
});

test("delete an app: the workflows signing with it are named before it goes", async ({ page }, testInfo) => {
  const name = uniqueName("E2E app to delete", testInfo, " ");
  const app = await (await page.request.post("/api/apps", { data: { name } })).json();
  const workflowName = uniqueName("E2E signs with app", testInfo, " ");
  const workflow = await (await page.request.post("/api/workflows", { data: { name: workflowName, objectType: "contact" } })).json();
  const saved = await page.request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: workflow.revision,
      startActionId: "hook",
      actions: [
        {
          id: "hook",
          type: "SEND_WEBHOOK",
          config: { method: "POST", webhookUrl: "https://example.com/signed", authentication: { type: "SIGNATURE", appId: app.appId } },
        },
      ],
    },
  });
  expect(saved.ok(), await saved.text()).toBe(true);

  await page.goto("/settings/apps");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name, exact: true }) });
  await expect(row.getByRole("link", { name: workflowName })).toHaveAttribute("href", `/workflows/${workflow.id}`);
  await row.getByRole("button", { name: `Delete ${name}`, exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete app?" });
  await expect(confirm).toContainText(`It signs the requests of ${workflowName}`);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("rowheader", { name, exact: true })).toBeVisible();

  await row.getByRole("button", { name: `Delete ${name}`, exact: true }).click();
  await confirm.getByRole("button", { name: "Delete app" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("rowheader", { name, exact: true })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: `App ${name} deleted.` })).toBeAttached();
  const listed = await (await page.request.get("/api/apps")).json();
  expect(listed.apps.map((a: { appId: number }) => a.appId)).not.toContain(app.appId);
});
