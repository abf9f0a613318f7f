import { expect, test, type Page } from "@playwright/test";
import { SAMPLE_FIRST_CONTACT } from "@/lib/crm/sample-data";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

const adaName = `${SAMPLE_FIRST_CONTACT.firstname} ${SAMPLE_FIRST_CONTACT.lastname}`;

async function createWorkflowFromList(page: Page, name: string): Promise<string> {
  await page.goto("/workflows");
  await page.getByRole("button", { name: "Create workflow" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create workflow" });
  await dialog.getByLabel("Name", { exact: true }).fill(name);
  await dialog.getByLabel("Object type").selectOption("contact");
  await dialog.getByRole("button", { name: "Create workflow" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(/\/workflows\/[^/]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

test("build a workflow on the canvas: add Send a webhook, save, rename, turn on, enroll; a stale save conflicts", async ({
  page,
}, testInfo) => {
  // One person's whole journey through the editor: longer than the default budget.
  test.slow();
  const name = uniqueName("E2E editor", testInfo, " ");
  const url = `https://api.example.com/hooks/${testInfo.workerIndex}?source=e2e`;
  const id = await createWorkflowFromList(page, name);

  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("button", { name: "Trigger: Enrolled manually" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Editor" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();

  // + under the trigger opens the action list; search, then choose by group.
  await page.getByRole("button", { name: "Add an action after the trigger" }).click();
  const picker = page.getByRole("complementary", { name: "Choose an action" });
  await picker.getByRole("searchbox", { name: "Search actions" }).fill("webhook");
  await expect(picker.getByRole("heading", { name: "Data ops" })).toBeVisible();
  await picker.getByRole("button", { name: /^Send a webhook/ }).click();
  await expect(picker).toBeHidden();

  // The new action is selected; its empty URL is flagged on the node.
  const node = page.getByRole("button", { name: /^Action 1: / });
  await expect(node).toHaveAccessibleName("Action 1: Send a webhook. POST (no URL yet), needs attention");
  await expect(node).toHaveAttribute("aria-pressed", "true");
  await expect(node.getByTitle("Enter the webhook URL.")).toBeVisible();
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  // Save checks the draft first: the message sits next to the field, nothing is sent.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "An action needs attention" })).toBeVisible();
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  const urlField = panel.getByLabel("Webhook URL");
  await expect(urlField).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByText("Enter the webhook URL.")).toBeVisible();
  expect((await (await page.request.get(`/api/workflows/${id}`)).json()).actions).toHaveLength(0);

  await urlField.fill(url);
  await expect(node).toHaveAccessibleName(`Action 1: Send a webhook. POST ${url}`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();

  // What was saved comes back after a reload.
  await page.reload();
  await expect(node).toContainText(`POST ${url}`);
  const saved = await (await page.request.get(`/api/workflows/${id}`)).json();
  expect(saved.actions).toHaveLength(1);
  expect(saved.startActionId).toBe(saved.actions[0].id);
  expect(saved.actions[0].config.webhookUrl).toBe(url);

  // Keyboard: the node is a button; Enter opens its panel. Rename the action there.
  await node.focus();
  await page.keyboard.press("Enter");
  await panel.getByLabel("Action name").fill("Notify billing");
  await expect(page.getByRole("button", { name: "Action 1: Notify billing" })).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  expect((await (await page.request.get(`/api/workflows/${id}`)).json()).actions[0].name).toBe("Notify billing");

  // Turn it on.
  const onOff = page.getByRole("switch", { name: "Workflow on" });
  await expect(onOff).not.toBeChecked();
  await onOff.click();
  await expect(onOff).toBeChecked();
  expect((await (await page.request.get(`/api/workflows/${id}`)).json()).enabled).toBe(true);

  // Enroll the first contact and get a link to its run.
  await page.getByRole("button", { name: "Enroll records" }).click();
  const enroll = page.getByRole("dialog", { name: "Enroll records" });
  await enroll.getByRole("searchbox", { name: "Search contacts" }).fill(SAMPLE_FIRST_CONTACT.lastname);
  await enroll.getByRole("checkbox", { name: new RegExp(adaName) }).check();
  await enroll.getByRole("button", { name: "Enroll", exact: true }).click();
  await expect(enroll.getByText(`${adaName} was enrolled.`)).toBeVisible();
  await expect(enroll.getByRole("link", { name: "View the run" })).toHaveAttribute("href", new RegExp(`^/workflows/${id}/history/[^/]+$`));
  await enroll.getByRole("button", { name: "Close" }).click();
  await expect(enroll).toBeHidden();

  // Someone else saves in between: this page's save is refused and offers Reload.
  const current = await (await page.request.get(`/api/workflows/${id}`)).json();
  const elsewhere = `${name} (changed elsewhere)`;
  const put = await page.request.put(`/api/workflows/${id}`, { data: { revision: current.revision, name: elsewhere } });
  expect(put.status()).toBe(200);
  await page.getByRole("complementary", { name: "Notify billing" }).getByLabel("Action name").fill("Notify billing team");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "This workflow was changed in another tab or by someone else." });
  await expect(conflict).toBeVisible();
  await conflict.getByRole("button", { name: "Reload" }).click();
  await expect(conflict).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: elsewhere })).toBeVisible();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  await expect(page.getByRole("button", { name: "Action 1: Notify billing" })).toBeVisible();
});

test("delete an action after confirming (the chain is joined again), rename the workflow in place; leaving unsaved work asks first", async ({
  page,
}, testInfo) => {
  test.slow();
  const name = uniqueName("E2E editor delete", testInfo, " ");
  const created = await (await page.request.post("/api/workflows", { data: { name, objectType: "contact" } })).json();
  const config = (path: string) => ({ method: "POST", webhookUrl: `https://api.example.com/${path}` });
  const put = await page.request.put(`/api/workflows/${created.id}`, {
    data: {
      revision: created.revision,
      startActionId: "first",
      actions: [
        { id: "first", type: "SEND_WEBHOOK", name: "First", config: config("one"), nextId: "second" },
        { id: "second", type: "SEND_WEBHOOK", name: "Second", config: config("two"), nextId: "third" },
        { id: "third", type: "SEND_WEBHOOK", name: "Third", config: config("three"), nextId: null },
      ],
    },
  });
  expect(put.status()).toBe(200);

  await page.goto(`/workflows/${created.id}`);
  await expect(page.getByRole("button", { name: /^Action \d: / })).toHaveText([/First/, /Second/, /Third/]);
  await page.getByRole("button", { name: "Action 2: Second" }).click();
  await page.getByRole("complementary", { name: "Second" }).getByRole("button", { name: "Delete action" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this action?" });
  await confirm.getByRole("button", { name: "Delete action" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("button", { name: /^Action \d: / })).toHaveText([/First/, /Third/]);

  // Leaving with unsaved changes asks first; staying keeps the draft.
  await page.getByRole("link", { name: "History" }).click();
  const leave = page.getByRole("alertdialog", { name: "Leave without saving?" });
  await expect(leave).toBeVisible();
  await leave.getByRole("button", { name: "Cancel" }).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${created.id}$`));

  // The workflow's name is edited in place and saved with the rest of the draft.
  await page.getByRole("button", { name: "Rename workflow" }).click();
  const nameInput = page.getByLabel("Workflow name");
  await nameInput.fill(`${name} v2`);
  await nameInput.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: `${name} v2` })).toBeVisible();

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  const saved = await (await page.request.get(`/api/workflows/${created.id}`)).json();
  expect(saved.name).toBe(`${name} v2`);
  expect(saved.startActionId).toBe("first");
  expect(saved.actions.map((a: { id: string; nextId: string | null }) => [a.id, a.nextId])).toEqual([
    ["first", "third"],
    ["third", null],
  ]);

  // Closing the tab with unsaved changes makes the browser ask.
  await page.getByRole("button", { name: "Action 2: Third" }).click();
  await page.getByRole("complementary", { name: "Third" }).getByLabel("Action name").fill("Third, edited");
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  const asked = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
});

test("unsaved edits survive the browser's Back button: opening the workflow again brings them back, Discard drops them", async ({
  page,
}, testInfo) => {
  const name = uniqueName("E2E editor back", testInfo, " ");
  const workflowId = await createWebhookWorkflow(page.request, name);
  await page.goto("/workflows");
  await page.getByRole("link", { name }).click();
  await page.getByRole("button", { name: /^Action 1: Send a webhook/ }).click();
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  await panel.getByLabel("Webhook URL").fill("https://api.example.com/unsaved");
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();

  // Back (which the app cannot stop), then open the workflow again: the edits are still there, and it says so.
  await page.goBack();
  await expect(page).toHaveURL(/\/workflows$/);
  await page.getByRole("link", { name }).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${workflowId}$`));
  await expect(page.getByText("Your unsaved changes from earlier in this tab are back.")).toBeVisible();
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Action 1: Send a webhook/ })).toContainText("https://api.example.com/unsaved");

  // Discard (in the header, after a confirm) shows the saved version again, and a reload keeps it that way.
  await page.getByRole("button", { name: "Discard changes" }).click();
  await page.getByRole("alertdialog", { name: "Discard unsaved changes?" }).getByRole("button", { name: "Discard changes" }).click();
  await expect(page.getByText("Your unsaved changes from earlier in this tab are back.")).toBeHidden();
  await expect(page.getByRole("button", { name: /^Action 1: Send a webhook/ })).toContainText("https://example.com/placeholder");
  await page.reload();
  await expect(page.getByRole("button", { name: /^Action 1: Send a webhook/ })).toContainText("https://example.com/placeholder");
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeHidden();
});

test("an output value whose action is deleted (or whose output is renamed) is flagged at once, the delete dialog warns, and Save is refused", async ({
  page,
}, testInfo) => {
  test.slow();
  const name = uniqueName("E2E editor outputs", testInfo, " ");
  const created = await (await page.request.post("/api/workflows", { data: { name, objectType: "contact" } })).json();
  const hookId = "a-hooktier";
  const actions = [
    {
      id: hookId,
      type: "SEND_WEBHOOK",
      config: { method: "POST", webhookUrl: "https://api.example.com/tier", outputs: [{ name: "tier", path: "tier", type: "STRING" }] },
      nextId: "a-settier",
    },
    {
      id: "a-settier",
      type: "SET_PROPERTY",
      config: { property: "customer_tier", value: { type: "OUTPUT", actionId: hookId, output: "tier" } },
      nextId: null,
    },
  ];
  const put = await page.request.put(`/api/workflows/${created.id}`, {
    data: { revision: created.revision, startActionId: hookId, actions },
  });
  expect(put.status(), await put.text()).toBe(200);
  // The API refuses the same Set property on its own: the action it reads from would be gone.
  const refused = await page.request.put(`/api/workflows/${created.id}`, {
    data: { revision: created.revision + 1, actions: [{ ...actions[1] }] },
  });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.details).toContainEqual({
    path: "actions.0.config.value",
    message: 'Uses the output "tier" of an action that no longer exists; choose another value.',
    // The catalog key and params the editor translates it by.
    code: "outputReference.deleted",
    params: { outputName: "tier" },
  });

  await page.goto(`/workflows/${created.id}`);
  const hookNode = page.getByRole("button", { name: /^Action 1: Send a webhook/ });
  await expect(page.getByRole("button", { name: /^Action 2: Set property value\.(?!.*needs attention)/ })).toContainText(
    "Set Customer tier to Send a webhook → tier",
  );

  // Renaming the output breaks the value that reads it; renaming it back mends it.
  await hookNode.click();
  const hookPanel = page.getByRole("complementary", { name: "Send a webhook" });
  const outputName = hookPanel.getByLabel("Output name for tier");
  await outputName.fill("level");
  const renamedIssue = '“Send a webhook” has no output "tier" (any more); choose another value.';
  await expect(
    page.getByRole("button", { name: /^Action 2: Set property value\..*, needs attention$/ }).getByTitle(renamedIssue),
  ).toBeVisible();
  await outputName.fill("tier");
  await expect(page.getByRole("button", { name: /^Action 2: Set property value\.(?!.*needs attention)/ })).toBeVisible();

  // Deleting the action says which later action uses its output.
  await hookPanel.getByRole("button", { name: "Delete action" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete this action?" });
  await expect(confirm).toContainText("Set property value uses its output tier; that value will need replacing.");
  await confirm.getByRole("button", { name: "Delete action" }).click();
  await expect(confirm).toBeHidden();

  // The Set property is flagged at once (no save attempt needed), on its node and at its picker, which names no id.
  const issue = 'Uses the output "tier" of an action that no longer exists; choose another value.';
  const setNode = page.getByRole("button", { name: /^Action 1: Set property value\..*, needs attention$/ });
  await expect(setNode.getByTitle(issue)).toBeVisible();
  await setNode.click();
  const setPanel = page.getByRole("complementary", { name: "Set property value" });
  const picker = setPanel.getByRole("button", { name: "Value from: tier (output of a removed action)" });
  await expect(picker).toHaveAttribute("aria-invalid", "true");
  await expect(picker).toHaveAccessibleDescription(issue);
  await expect(setPanel.getByText(issue)).toBeVisible();
  await expect(page.getByText(hookId)).toHaveCount(0);

  // Save is refused before anything is sent; the saved workflow still has both actions.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "An action needs attention before the workflow can be saved." })).toBeVisible();
  expect((await (await page.request.get(`/api/workflows/${created.id}`)).json()).actions).toHaveLength(2);

  // Choosing another value clears the flag, and the save goes through.
  await setPanel.getByLabel("Set it to").selectOption("STATIC");
  await setPanel.getByLabel("Value", { exact: true }).fill("gold");
  await expect(page.getByRole("button", { name: 'Action 1: Set property value. Set Customer tier to "gold"', exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  const saved = await (await page.request.get(`/api/workflows/${created.id}`)).json();
  expect(saved.actions).toMatchObject([
    { id: "a-settier", config: { property: "customer_tier", value: { type: "STATIC", value: "gold" } } },
  ]);
});

test("Escape closes the side panel and returns to its node, but first closes a menu opened from it", async ({ page }, testInfo) => {
  const workflowId = await createWebhookWorkflow(page.request, uniqueName("E2E escape", testInfo, " "));
  await page.goto(`/workflows/${workflowId}`);
  const node = page.getByRole("button", { name: /^Action 1: Send a webhook/ });
  await node.click();
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  await panel.getByRole("radio", { name: "Customize request body" }).click();
  await panel.getByRole("button", { name: "Add property" }).click();
  await panel.getByRole("button", { name: /^Property of row 1/ }).click();
  await expect(page.getByRole("textbox", { name: "Search" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("textbox", { name: "Search" })).toBeHidden();
  await expect(panel).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(node).toBeFocused();

  await page.getByRole("button", { name: "Trigger: Enrolled manually" }).click();
  await expect(page.locator("aside.trigger-panel")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator("aside.trigger-panel")).toBeHidden();
  await expect(page.getByRole("button", { name: "Trigger: Enrolled manually" })).toBeFocused();
});

test("the keyboard meets each + right after the node it follows", async ({ page }, testInfo) => {
  const workflowId = await createWebhookWorkflow(page.request, uniqueName("E2E tab order", testInfo, " "));
  await page.goto(`/workflows/${workflowId}`);
  await page.getByRole("button", { name: "Trigger: Enrolled manually" }).focus();
  const order: (string | null)[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null));
  }
  expect(order).toEqual([
    "Add an action after the trigger",
    expect.stringMatching(/^Action 1: Send a webhook/),
    "Add an action after Send a webhook",
  ]);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Choose an action" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("canvas-insert.png") });
});
