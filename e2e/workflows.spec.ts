import { expect, test } from "@playwright/test";
import { uniqueName } from "./unique-name";

test("create a workflow from the list, rename it, and delete it after confirming", async ({ page }, testInfo) => {
  const name = uniqueName("E2E workflow", testInfo, " ");
  const renamed = `${name} (renamed)`;

  await page.goto("/workflows");
  await expect(page.getByRole("heading", { level: 1, name: "Workflows" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Workflows" })).toHaveAttribute("aria-current", "page");

  // Create: the first "Create workflow" is the header button or the empty state's call to action.
  await page.getByRole("button", { name: "Create workflow" }).first().click();
  const createDialog = page.getByRole("dialog", { name: "Create workflow" });
  await expect(createDialog).toBeVisible();

  // An empty name is refused next to the field, before any request.
  await createDialog.getByRole("button", { name: "Create workflow" }).click();
  await expect(createDialog.getByText("Name must not be empty.")).toBeVisible();

  await createDialog.getByLabel("Name", { exact: true }).fill(name);
  await createDialog.getByLabel("Object type").selectOption("deal");
  await createDialog.getByRole("button", { name: "Create workflow" }).click();
  await expect(createDialog).toBeHidden();

  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Deal");
  await expect(row).toContainText("Off");

  // Rename.
  await page.getByRole("button", { name: `Rename ${name}`, exact: true }).click();
  const renameDialog = page.getByRole("dialog", { name: "Rename workflow" });
  const nameInput = renameDialog.getByLabel("Name", { exact: true });
  await expect(nameInput).toHaveValue(name);
  await nameInput.fill(renamed);
  await renameDialog.getByRole("button", { name: "Save name" }).click();
  await expect(renameDialog).toBeHidden();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);

  // The detail page shows the saved name.
  await page.getByRole("link", { name: renamed, exact: true }).click();
  await expect(page).toHaveURL(/\/workflows\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByRole("button", { name: "Trigger: Enrolled manually" })).toBeVisible();
  await page.getByRole("link", { name: "Workflows" }).first().click();

  // Delete: cancelling keeps it; confirming removes it.
  await page.getByRole("button", { name: `Delete ${renamed}`, exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete workflow?" });
  await expect(confirm).toContainText(renamed);
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toBeVisible();

  await page.getByRole("button", { name: `Delete ${renamed}`, exact: true }).click();
  await confirm.getByRole("button", { name: "Delete workflow" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);

  const listed = await (await page.request.get("/api/workflows")).json();
  expect(listed.workflows.map((w: { name: string }) => w.name)).not.toContain(renamed);
});

test("an unknown workflow id shows a not-found message", async ({ page }) => {
  await page.goto("/workflows/does-not-exist");
  await expect(page.getByRole("heading", { name: "Workflow not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to workflows" })).toBeVisible();
});
