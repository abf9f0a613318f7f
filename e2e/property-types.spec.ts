import { expect, test } from "@playwright/test";
import { pick } from "./pick";

// "Property to set" offers only existing properties a workflow may set, and its value is checked
// against the property's type in the editor (a dropdown's options as a select, a number, a date)
// and again when the workflow runs; custom properties are made in Settings → Properties.

test("custom properties from Settings, then Set property value with type checks, a run writing the checked value", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const suffix = `${Date.now().toString(36)}${testInfo.workerIndex}`;
  const stage = { label: `Onboarding ${suffix}`, name: `onboarding_${suffix}` };
  const seats = { label: `Seats ${suffix}`, name: `seats_${suffix}` };

  // 1. Settings → Properties: a dropdown made in the dialog, a number through the API.
  await page.goto("/settings/properties");
  await expect(page.getByRole("row", { name: /Lifecycle stage lifecyclestage Dropdown select · 8 options/ })).toBeVisible();
  await page.getByRole("button", { name: "Create property" }).click();
  const dialog = page.getByRole("dialog", { name: "Create property" });
  await dialog.getByLabel("Label").fill(stage.label);
  await expect(dialog.getByLabel("Internal name")).toHaveValue(stage.name);
  await dialog.getByLabel("Field type").selectOption({ label: "Dropdown select" });
  await dialog.getByLabel("Options").fill("Not started\nIn progress\nDone");
  await expect(dialog.getByText("Internal values: not_started, in_progress, done.")).toBeVisible();
  await dialog.getByRole("button", { name: "Create property" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(`${stage.label} ${stage.name} Dropdown select · 3 options`) })).toBeVisible();
  const created = await page.request.post("/api/properties", { data: { objectType: "contact", ...seats, type: "number" } });
  expect(created.status()).toBe(201);

  // 2. A workflow that sets them.
  const workflow = await (
    await page.request.post("/api/workflows", { data: { name: `E2E property types ${suffix}`, objectType: "contact" } })
  ).json();
  await page.goto(`/workflows/${workflow.id}`);
  await page.getByRole("button", { name: "Add an action after the trigger" }).click();
  await page
    .getByRole("complementary")
    .getByRole("button", { name: /^Set property value/ })
    .click();
  const panel = page.getByRole("complementary", { name: "Set property value" });
  const propertyToSet = panel.getByRole("button", { name: /^Property to set/ });

  // Hookflow's own properties are not offered; labels come first, internal names second.
  await propertyToSet.click();
  const search = page.getByRole("textbox", { name: "Search" });
  await search.fill("lastmodified");
  await expect(page.getByRole("dialog").getByText("No matches.")).toBeVisible();
  await search.fill("job");
  await expect(page.getByRole("button", { name: "Job title jobtitle" })).toBeVisible();
  await page.keyboard.press("Escape");

  // A number: a word is refused at the field and Save is held back until it is fixed.
  await pick(page, propertyToSet, seats.name, seats.label);
  await expect(propertyToSet).toHaveAccessibleName(`Property to set: ${seats.label}`);
  const value = panel.getByLabel("Value", { exact: true });
  await value.fill("many");
  await expect(panel.getByText(`${seats.label} (${seats.name}) takes a number, such as 42 or 3.5; got "many".`)).toBeVisible();
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/An action needs attention before the workflow can be saved/)).toBeVisible();
  await value.fill("12");
  await expect(value).not.toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: testInfo.outputPath("set-property-number.png") });

  // A dropdown: its options in a select; the run stores the option's internal value.
  await pick(page, propertyToSet, stage.name, stage.label);
  const select = panel.getByRole("combobox", { name: "Value", exact: true });
  await expect(select).toHaveValue("");
  await expect(select.getByRole("option")).toHaveText(["Clear the value", "Not started", "In progress", "Done"]);
  await select.selectOption({ label: "In progress" });
  await page.screenshot({ path: testInfo.outputPath("set-property-dropdown.png") });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  const saved = await (await page.request.get(`/api/workflows/${workflow.id}`)).json();
  expect(saved.actions[0].config).toEqual({ property: stage.name, value: { type: "STATIC", value: "in_progress" } });

  // The API refuses a value the editor would not let through.
  const refused = await page.request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: saved.revision,
      actions: [{ ...saved.actions[0], config: { property: stage.name, value: { type: "STATIC", value: "Paused" } } }],
    },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.details[0].path).toBe("actions.0.config.value.value");

  await page.getByRole("switch", { name: "Workflow on" }).click();
  await expect(page.getByRole("switch", { name: "Workflow on" })).toBeChecked();
  const enrolled = await page.request.post(`/api/workflows/${workflow.id}/enrollments`, { data: { recordId: 2 } });
  expect(enrolled.ok(), await enrolled.text()).toBe(true);
  await expect
    .poll(async () => (await (await page.request.get("/api/records/2")).json()).properties[stage.name]?.value, { timeout: 30_000 })
    .toBe("in_progress");
  // The record page shows it by its label, with the option's label.
  await page.goto("/records/2");
  await expect(page.getByRole("row", { name: new RegExp(`^${stage.label} ${stage.name} In progress`) })).toBeVisible();

  // Settings → Properties: the workflow is listed as using the property, which cannot be deleted; an unused one can.
  await page.goto("/settings/properties");
  const used = page.getByRole("row", { name: new RegExp(stage.name) });
  await expect(used.getByRole("link", { name: `E2E property types ${suffix}` })).toBeVisible();
  await expect(used.getByRole("button", { name: `Delete ${stage.label}` })).toBeDisabled();
  await expect(page.getByRole("row", { name: /^Lifecycle stage/ })).toContainText("No workflow");
  await page.getByRole("button", { name: `Delete ${seats.label}` }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete property?" });
  await expect(confirm).toContainText("No workflow uses it.");
  await confirm.getByRole("button", { name: "Delete property" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(seats.name) })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(stage.name) })).toBeVisible();
});
