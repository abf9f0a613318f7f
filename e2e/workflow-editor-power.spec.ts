import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// The editor's power-user features: undo and redo, Ctrl/Cmd+S, Discard, Duplicate, the side panel's
// width, full text of cut labels, and the editor staying put when the side panel is scrolled to its end.

/** A webhook whose output "tier" a Set property after it reads. */
async function createOutputWorkflow(request: APIRequestContext, name: string): Promise<string> {
  const created = await (await request.post("/api/workflows", { data: { name, objectType: "contact" } })).json();
  const put = await request.put(`/api/workflows/${created.id}`, {
    data: {
      revision: created.revision,
      startActionId: "hook",
      actions: [
        {
          id: "hook",
          type: "SEND_WEBHOOK",
          config: { method: "POST", webhookUrl: "https://api.example.com/tier", outputs: [{ name: "tier", path: "tier", type: "STRING" }] },
          nextId: "set",
        },
        {
          id: "set",
          type: "SET_PROPERTY",
          config: { property: "customer_tier", value: { type: "OUTPUT", actionId: "hook", output: "tier" } },
          nextId: null,
        },
      ],
    },
  });
  expect(put.status(), await put.text()).toBe(200);
  return created.id;
}

const savedWorkflow = async (page: Page, id: string) => (await page.request.get(`/api/workflows/${id}`)).json();
const nodes = (page: Page) => page.getByRole("button", { name: /^Action \d+: / });
/**
 * The canvas's actions in order, by accessible name without the summary and outputs the name goes on
 * with ("Action 1: Send a webhook", "Action 1: Set property value, needs attention").
 */
const nodeNames = (page: Page) =>
  nodes(page).evaluateAll((els) => els.map((el) => el.getAttribute("aria-label")?.replace(/\. .*?(, needs attention)?$/, "$1")));

/** Whether the page's own handler kept the browser from acting on the next key press (a listener registered after it sees the verdict). */
async function watchDefaultPrevented(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const w = window as unknown as { lastKeyPrevented?: boolean };
    w.lastKeyPrevented = undefined;
    window.addEventListener("keydown", (event) => (w.lastKeyPrevented = event.defaultPrevented), { once: true });
  });
  return () => page.evaluate(() => (window as unknown as { lastKeyPrevented?: boolean }).lastKeyPrevented === true);
}

test("undo and redo by button and keyboard: typing is one step, a deleted action a later one reads comes back; Ctrl+S saves like Save", async ({
  page,
}, testInfo) => {
  test.slow();
  const id = await createOutputWorkflow(page.request, uniqueName("E2E undo", testInfo, " "));
  await page.goto(`/workflows/${id}`);
  const undo = page.getByRole("button", { name: "Undo", exact: true });
  const redo = page.getByRole("button", { name: "Redo", exact: true });
  const save = page.getByRole("button", { name: "Save", exact: true });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  await expect(undo).toHaveAttribute("title", "Undo (Ctrl+Z)");
  await expect(redo).toHaveAttribute("aria-keyshortcuts", /Control\+Shift\+Z/);

  // Typing a name key by key is one step of the history.
  await page.getByRole("button", { name: /^Action 1: Send a webhook/ }).click();
  const hookPanel = page.getByRole("complementary", { name: "Send a webhook" });
  await hookPanel.getByLabel("Action name").pressSequentially("Tier lookup");
  await expect(page.getByRole("button", { name: "Action 1: Tier lookup" })).toBeVisible();
  await undo.click();
  await expect(page.getByRole("button", { name: /^Action 1: Send a webhook/ })).toBeVisible();
  await expect(undo).toBeDisabled();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  await redo.click();
  await expect(page.getByRole("button", { name: "Action 1: Tier lookup" })).toBeVisible();
  await expect(redo).toBeDisabled();

  // Deleting the action whose output the Set property reads breaks the save; Ctrl+Z brings it back.
  await page.getByRole("complementary", { name: "Tier lookup" }).getByRole("button", { name: "Delete action" }).click();
  await page.getByRole("alertdialog", { name: "Delete this action?" }).getByRole("button", { name: "Delete action" }).click();
  // The node says why, as its description.
  await expect(page.getByRole("button", { name: /^Action 1: Set property value\..*, needs attention$/ })).toHaveAccessibleDescription(
    'Uses the output "tier" of an action that no longer exists; choose another value.',
  );
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("Control+z");
  await expect.poll(() => nodeNames(page)).toEqual(["Action 1: Tier lookup", "Action 2: Set property value"]);
  await expect(page.getByRole("button", { name: /^Action 2: Set property value\.(?!.*needs attention)/ })).toBeVisible();
  // Redo is Shift+Ctrl+Z, and Ctrl+Y too.
  await page.keyboard.press("Control+Shift+z");
  await expect.poll(() => nodeNames(page)).toEqual(["Action 1: Set property value, needs attention"]);
  await page.keyboard.press("Control+z");
  await expect.poll(() => nodeNames(page)).toEqual(["Action 1: Tier lookup", "Action 2: Set property value"]);
  await page.keyboard.press("Control+y");
  await expect.poll(() => nodeNames(page)).toEqual(["Action 1: Set property value, needs attention"]);
  await page.keyboard.press("Control+z");
  await expect.poll(() => nodeNames(page)).toEqual(["Action 1: Tier lookup", "Action 2: Set property value"]);

  // Ctrl+S saves the draft, and the browser's own save never opens.
  const prevented = await watchDefaultPrevented(page);
  await page.keyboard.press("Control+s");
  expect(await prevented()).toBe(true);
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  await expect(save).toBeDisabled();
  const saved = await savedWorkflow(page, id);
  expect(saved.actions.map((a: { id: string; name?: string }) => [a.id, a.name ?? null])).toEqual([
    ["hook", "Tier lookup"],
    ["set", null],
  ]);
  // With nothing to save, Ctrl+S does nothing (and still keeps the browser's dialog away).
  const preventedAgain = await watchDefaultPrevented(page);
  await page.keyboard.press("Control+s");
  expect(await preventedAgain()).toBe(true);
  expect((await savedWorkflow(page, id)).revision).toBe(saved.revision);

  // In a text field, Ctrl+Z is the field's own text undo: the draft's last change (a select) stays.
  await page.getByRole("button", { name: "Action 2: Set property value" }).click();
  const setPanel = page.getByRole("complementary", { name: "Set property value" });
  await setPanel.getByLabel("Set it to").selectOption("STATIC");
  await expect(undo).toBeEnabled();
  await setPanel.getByLabel("Action name").focus();
  await page.keyboard.press("Control+z");
  await expect(setPanel.getByLabel("Set it to")).toHaveValue("STATIC");
  // Outside it, Undo takes the select back.
  await undo.click();
  await expect(setPanel.getByLabel("Set it to")).toHaveValue("PICKED");

  // Ctrl+S with a problem does what Save does: the same message, nothing sent.
  await page.getByRole("button", { name: "Action 1: Tier lookup" }).click();
  await page.getByRole("complementary", { name: "Tier lookup" }).getByLabel("Webhook URL").fill("");
  await page.keyboard.press("Control+s");
  await expect(page.getByRole("alert").filter({ hasText: "An action needs attention before the workflow can be saved." })).toBeVisible();
  expect((await savedWorkflow(page, id)).revision).toBe(saved.revision);
  await page.screenshot({ path: testInfo.outputPath("undo-redo-header.png") });
});

test("Discard changes is in the header while there are unsaved edits and asks first; Undo brings the edits back", async ({
  page,
}, testInfo) => {
  const id = await createWebhookWorkflow(page.request, uniqueName("E2E discard", testInfo, " "));
  await page.goto(`/workflows/${id}`);
  const discard = page.getByRole("button", { name: "Discard changes" });
  await expect(discard).toBeHidden();

  const node = page.getByRole("button", { name: /^Action 1: Send a webhook/ });
  await node.click();
  // The header does not grow with its extra buttons (the editor under it stays put).
  const tabs = page.getByRole("navigation", { name: "Workflow views" });
  const tabsBefore = (await tabs.boundingBox())!;
  await page.getByRole("complementary", { name: "Send a webhook" }).getByLabel("Webhook URL").fill("https://api.example.com/changed");
  await expect(node).toContainText("https://api.example.com/changed");
  await expect(discard).toBeVisible();
  expect((await tabs.boundingBox())!.y).toBe(tabsBefore.y);

  // Cancel keeps the edits.
  await discard.click();
  const confirm = page.getByRole("alertdialog", { name: "Discard unsaved changes?" });
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(node).toContainText("https://api.example.com/changed");

  await discard.click();
  await confirm.getByRole("button", { name: "Discard changes" }).click();
  await expect(confirm).toBeHidden();
  await expect(node).toContainText("https://example.com/placeholder");
  await expect(page.getByText("Unsaved changes", { exact: true })).toBeHidden();
  await expect(discard).toBeHidden();

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(node).toContainText("https://api.example.com/changed");
  await expect(discard).toBeVisible();
  await page.reload();
  // The unsaved edits were kept for this tab; the banner points at the header's button.
  await expect(page.getByText("Your unsaved changes from earlier in this tab are back.")).toBeVisible();
  await discard.click();
  await confirm.getByRole("button", { name: "Discard changes" }).click();
  await expect(node).toContainText("https://example.com/placeholder");
  await expect(page.getByText("Your unsaved changes from earlier in this tab are back.")).toBeHidden();
  expect((await savedWorkflow(page, id)).actions[0].config.webhookUrl).toBe("https://example.com/placeholder");
});

test("duplicate an action: a copy right after it with its settings and a new id, undoable; saved, it is there after a reload", async ({
  page,
}, testInfo) => {
  test.slow();
  const id = await createOutputWorkflow(page.request, uniqueName("E2E duplicate", testInfo, " "));
  await page.goto(`/workflows/${id}`);
  await page.getByRole("button", { name: "Action 2: Set property value" }).click();
  await page.getByRole("complementary", { name: "Set property value" }).getByRole("button", { name: "Duplicate action" }).click();

  // The copy's panel opens, after the original on the canvas.
  const copyPanel = page.getByRole("complementary", { name: "Set property value (copy)" });
  await expect(copyPanel).toBeVisible();
  await expect
    .poll(() => nodeNames(page))
    .toEqual(["Action 1: Send a webhook", "Action 2: Set property value", "Action 3: Set property value (copy)"]);
  await expect(copyPanel.getByRole("button", { name: /^Value from: tier/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Action 3: Set property value \(copy\)\.(?!.*needs attention)/ })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("duplicated-action.png") });

  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(nodes(page)).toHaveCount(2);
  await expect(copyPanel).toBeHidden();
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect(nodes(page)).toHaveCount(3);

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  const saved = await savedWorkflow(page, id);
  expect(saved.actions).toHaveLength(3);
  const [, original, copy] = saved.actions;
  expect(copy.id).not.toBe(original.id);
  expect(copy.name).toBe("Set property value (copy)");
  expect(copy.config).toEqual(original.config);
  expect(original.nextId).toBe(copy.id);

  await page.reload();
  await expect
    .poll(() => nodeNames(page))
    .toEqual(["Action 1: Send a webhook", "Action 2: Set property value", "Action 3: Set property value (copy)"]);
});

test("the side panel is widened by dragging or with the arrow keys, within limits, and keeps its width after a reload", async ({
  page,
}, testInfo) => {
  const id = await createWebhookWorkflow(page.request, uniqueName("E2E panel width", testInfo, " "));
  await page.goto(`/workflows/${id}`);
  await page.evaluate(() => localStorage.removeItem("hookflow:side-panel-width"));
  await page.reload();
  await page.getByRole("button", { name: /^Action 1: Send a webhook/ }).click();
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  const separator = page.getByRole("separator", { name: "Resize the side panel" });
  await expect(separator).toHaveAttribute("aria-valuenow", "420");
  expect(Math.round((await panel.boundingBox())!.width)).toBe(420);

  // Keyboard: Left widens (the panel is on the right), Right narrows, Home is the narrowest.
  await separator.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(separator).toHaveAttribute("aria-valuenow", "452");
  await page.keyboard.press("ArrowRight");
  await expect(separator).toHaveAttribute("aria-valuenow", "436");
  await page.keyboard.press("Home");
  await expect(separator).toHaveAttribute("aria-valuenow", "320");
  expect(Math.round((await panel.boundingBox())!.width)).toBe(320);

  // Drag its edge 200px to the left.
  const box = (await separator.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(separator).toHaveAttribute("aria-valuenow", "520");
  expect(Math.round((await panel.boundingBox())!.width)).toBe(520);
  await page.screenshot({ path: testInfo.outputPath("wide-panel.png") });

  // No wider than the limit, however far it is dragged.
  await page.mouse.move(box.x - 196, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(0, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  const widest = Number(await separator.getAttribute("aria-valuenow"));
  expect(widest).toBeLessThanOrEqual(800);
  expect(Math.round((await panel.boundingBox())!.width)).toBe(widest);
  await page.keyboard.press("Home");
  for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+ArrowLeft");
  await expect(separator).toHaveAttribute("aria-valuenow", "640");

  await page.reload();
  await page.getByRole("button", { name: /^Action 1: Send a webhook/ }).click();
  await expect(separator).toHaveAttribute("aria-valuenow", "640");
  expect(Math.round((await panel.boundingBox())!.width)).toBe(640);
  await page.evaluate(() => localStorage.removeItem("hookflow:side-panel-width"));
});

test("a label cut short shows its full text on hover and on keyboard focus", async ({ page }, testInfo) => {
  const id = await createWebhookWorkflow(page.request, uniqueName("E2E cut labels", testInfo, " "));
  const long = "Send the onboarding plan to the billing system and the customer success team's tracker";
  const current = await savedWorkflow(page, id);
  const put = await page.request.put(`/api/workflows/${id}`, {
    data: { revision: current.revision, actions: [{ ...current.actions[0], name: long }], startActionId: current.actions[0].id },
  });
  expect(put.status()).toBe(200);
  await page.goto(`/workflows/${id}`);
  const node = page.getByRole("button", { name: `Action 1: ${long}` });
  await expect(node).toBeVisible();
  const tooltip = page.getByRole("tooltip");

  await node.getByText(long).hover();
  await expect(tooltip).toHaveText(long);
  await page.mouse.move(5, 400);
  await expect(tooltip).toBeHidden();

  // Keyboard: Tab from the trigger's + onto the node.
  await page.getByRole("button", { name: "Add an action after the trigger" }).focus();
  await page.keyboard.press("Tab");
  await expect(node).toBeFocused();
  await expect(tooltip).toContainText(long);
  await page.keyboard.press("Tab");
  await expect(tooltip).toBeHidden();
});

test("scrolling the side panel to its end and past it does not move the editor", async ({ page }, testInfo) => {
  const id = await createWebhookWorkflow(page.request, uniqueName("E2E panel scroll", testInfo, " "));
  await page.goto(`/workflows/${id}`);
  // Long enough to scroll, with visually hidden labels near its end (each row's Remove button).
  await page.getByRole("button", { name: /^Action 1: Send a webhook/ }).click();
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  await panel.getByRole("radio", { name: "Customize request body" }).click();
  for (let i = 0; i < 6; i++) await panel.getByRole("button", { name: "Add property" }).click();

  const canvas = page.locator(".react-flow");
  const canvasBefore = (await canvas.boundingBox())!;
  const panelBefore = (await panel.boundingBox())!;
  await panel.locator(".wf-panel-body").hover();
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 600);
  // The panel's body reached its end…
  const body = panel.locator(".wf-panel-body");
  await expect.poll(() => body.evaluate((el) => el.scrollHeight - el.clientHeight - el.scrollTop)).toBeLessThanOrEqual(1);
  expect(await body.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // …and neither the canvas nor the panel moved: the editor's frame has nothing to scroll.
  expect((await canvas.boundingBox())!.y).toBe(canvasBefore.y);
  expect((await panel.boundingBox())!.y).toBe(panelBefore.y);
  const frame = page.locator("[data-workflow-editor]").locator("..");
  expect(await frame.evaluate((el) => ({ overflow: el.scrollHeight - el.clientHeight, scrollTop: el.scrollTop }))).toEqual({
    overflow: 0,
    scrollTop: 0,
  });
});
