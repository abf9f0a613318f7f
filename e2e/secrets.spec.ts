import { expect, test } from "@playwright/test";
import { test as receiverTest } from "./fixtures/receiver";
import { uniqueName } from "./unique-name";

test("add a secret: the value never stays in the page, the name is listed, then delete it", async ({ page }, testInfo) => {
  const name = uniqueName("E2E_SECRET", testInfo, "_").replace(/-/g, "_");
  const value = `Bearer hf-e2e-${Math.random().toString(36).slice(2)}-do-not-leak`;

  await page.goto("/settings/secrets");
  await expect(page.getByRole("heading", { level: 1, name: "Secrets" })).toBeVisible();

  await page.getByRole("button", { name: "Add secret" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Add secret" });
  await expect(dialog.getByText("Start with a letter; then letters, digits and underscores")).toBeVisible();

  // Name rules are checked before anything is sent.
  await dialog.getByLabel("Name", { exact: true }).fill("9 not valid");
  await dialog.getByRole("button", { name: "Save secret" }).click();
  await expect(dialog.getByText(/Name must start with a letter/)).toBeVisible();

  const valueInput = dialog.getByLabel("Value", { exact: true });
  await expect(valueInput).toHaveAttribute("type", "password");
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await valueInput.fill("   ");
  await dialog.getByRole("button", { name: "Save secret" }).click();
  await expect(dialog.getByText("Value must not be only spaces.")).toBeVisible();
  await valueInput.fill(value);
  await dialog.getByRole("button", { name: "Save secret" }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole("rowheader", { name, exact: true })).toBeVisible();
  expect(await page.content()).not.toContain(value);
  expect(await (await page.request.get("/api/secrets")).text()).not.toContain(value);

  // A second secret with the same name is refused with the API's conflict, next to the name.
  await page.getByRole("button", { name: "Add secret" }).first().click();
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await dialog.getByLabel("Value", { exact: true }).fill(value);
  await dialog.getByRole("button", { name: "Save secret" }).click();
  await expect(dialog.getByText(/already exists/)).toBeVisible();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  expect(await page.content()).not.toContain(value);

  // The workflows that use it are listed, and named again before deleting.
  const workflowName = uniqueName("E2E uses secret", testInfo, " ");
  const workflow = await (await page.request.post("/api/workflows", { data: { name: workflowName, objectType: "contact" } })).json();
  const updated = await page.request.put(`/api/workflows/${workflow.id}`, {
    data: { revision: workflow.revision, trigger: { type: "WEBHOOK", verification: { type: "HMAC_SHA256", secretName: name } } },
  });
  expect(updated.ok()).toBe(true);
  await page.reload();
  await expect(page.getByRole("row", { name: new RegExp(name) }).getByRole("link", { name: workflowName })).toBeVisible();

  // Delete after confirming.
  await page.getByRole("button", { name: `Delete ${name}`, exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete secret?" });
  await expect(confirm).toContainText(name);
  await expect(confirm).toContainText(`It is used by ${workflowName}`);
  await expect(confirm).toContainText("refuses every event (401)");
  await confirm.getByRole("button", { name: "Delete secret" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("rowheader", { name, exact: true })).toHaveCount(0);
  const listed = await (await page.request.get("/api/secrets")).json();
  expect(listed.secrets.map((s: { name: string }) => s.name)).not.toContain(name);
});

receiverTest(
  "replace a secret's value: the name and the workflow using it stay, and its next run sends the new value",
  async ({ page, receiver }, testInfo) => {
    const name = uniqueName("E2E_ROTATED", testInfo, "_").replace(/-/g, "_");
    const oldValue = `old-${Math.random().toString(36).slice(2)}`;
    const newValue = `new-${Math.random().toString(36).slice(2)}`;
    expect((await page.request.post("/api/secrets", { data: { name, value: oldValue } })).ok()).toBe(true);
    const workflowName = uniqueName("E2E rotation", testInfo, " ");
    const workflow = await (await page.request.post("/api/workflows", { data: { name: workflowName, objectType: "contact" } })).json();
    const saved = await page.request.put(`/api/workflows/${workflow.id}`, {
      data: {
        revision: workflow.revision,
        enabled: true,
        startActionId: "hook",
        actions: [
          {
            id: "hook",
            type: "SEND_WEBHOOK",
            config: {
              method: "POST",
              webhookUrl: `${receiver.url}/rotation`,
              authentication: { type: "API_KEY", secretName: name, keyName: "X-Api-Key", location: "HEADER" },
            },
          },
        ],
      },
    });
    expect(saved.ok()).toBe(true);
    const runOnce = async () => {
      const seen = receiver.requests.length;
      const enrolled = await page.request.post(`/api/workflows/${workflow.id}/enrollments`, { data: { recordId: 1 } });
      expect(enrolled.status(), await enrolled.text()).toBe(201);
      await expect.poll(() => receiver.requests.length, { timeout: 20_000 }).toBe(seen + 1);
      return receiver.requests[seen].headers["x-api-key"];
    };
    expect(await runOnce()).toBe(oldValue);

    await page.goto("/settings/secrets");
    await page.getByRole("button", { name: `Replace the value of ${name}`, exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Replace the value of ${name}` });
    await expect(dialog).toContainText(`${workflowName} keep using it`);
    const input = dialog.getByLabel("New value", { exact: true });
    await expect(input).toHaveAttribute("type", "password");
    // Checked before anything is sent, as when adding.
    await input.fill("   ");
    await dialog.getByRole("button", { name: "Replace value" }).click();
    await expect(dialog.getByText("Value must not be only spaces.")).toBeVisible();
    await input.fill(newValue);
    await dialog.getByRole("button", { name: "Replace value" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole("status").filter({ hasText: `The value of ${name} was replaced.` })).toBeAttached();
    await expect(page.getByRole("row", { name: new RegExp(name) }).getByRole("link", { name: workflowName })).toBeVisible();
    expect(await page.content()).not.toContain(newValue);

    expect(await runOnce()).toBe(newValue);
  },
);
