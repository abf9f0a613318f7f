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
