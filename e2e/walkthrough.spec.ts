import { expect, test } from "@playwright/test";
import { pick } from "./pick";
import { uniqueName } from "./unique-name";

// The README walkthrough, with nothing but Hookflow: a webhook-triggered workflow whose
// Send a webhook goes to the built-in request inspector, whose answer becomes an output
// that Set property value writes to the record the event was about.

test("README walkthrough: webhook trigger → inspector → output → record property", async ({ page, context, request }, testInfo) => {
  test.setTimeout(120_000);
  const tier = `gold-${testInfo.workerIndex}-${Date.now().toString(36)}`;

  // 1. A capture URL that answers {"tier": …}.
  await page.goto("/settings/inspector");
  await page.getByRole("button", { name: "New capture URL" }).first().click();
  // Other specs leave capture URLs behind: wait until the page shows the new one.
  await expect(page).toHaveURL(/[?&]bin=/);
  await expect(page.getByTestId("capture-url")).toContainText("/c/");
  const captureUrl = (await page.getByTestId("capture-url").textContent())!.trim();
  await page.getByRole("button", { name: "Name and response" }).click();
  const settings = page.getByRole("dialog", { name: "Capture URL settings" });
  const binName = uniqueName("Walkthrough capture", testInfo, " ");
  await settings.getByLabel("Name").fill(binName);
  await settings.getByRole("textbox", { name: "Body" }).fill(JSON.stringify({ tier }));
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(settings).toBeHidden();
  const inspector = page;

  // 2. A contact workflow triggered by a webhook, matching by email, with a sample event.
  const editor = await context.newPage();
  await editor.goto("/workflows");
  await editor.getByRole("button", { name: "Create workflow" }).first().click();
  const create = editor.getByRole("dialog", { name: "Create workflow" });
  await create.getByLabel("Name", { exact: true }).fill(uniqueName("E2E walkthrough", testInfo, " "));
  await create.getByRole("button", { name: "Create workflow" }).click();
  await expect(create).toBeHidden();
  await editor
    .getByRole("link", { name: /^E2E walkthrough/ })
    .first()
    .click();
  await editor.getByRole("button", { name: /^Trigger: Enrolled manually/ }).click();
  const trigger = editor.locator("aside.trigger-panel");
  await trigger.getByRole("radio", { name: /Webhook received/ }).check();
  await pick(editor, trigger.getByRole("button", { name: /^Payload field:/ }), "email", "Use payload field email");
  await pick(editor, trigger.getByRole("button", { name: /^Record property:/ }), "email", "Email email");
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(trigger.getByTestId("hook-url")).toHaveText(/\/api\/hooks\//);
  const hookUrl = (await trigger.getByTestId("hook-url").textContent())!.trim();
  await trigger.getByRole("button", { name: "Listen for a test event" }).click();
  const event = { email: "ada@analytical-engines.example", plan: "pro" };
  expect((await request.post(hookUrl, { data: event })).status()).toBe(409);
  await expect(trigger.getByLabel("Received payload")).toContainText('"plan": "pro"');
  await trigger.getByRole("button", { name: "Use as sample" }).click();

  // 3. Send a webhook to the capture URL with a record property and a trigger field; Test; pick the output.
  await editor.getByRole("button", { name: "Add an action after the trigger" }).click();
  await editor
    .getByRole("complementary")
    .getByRole("button", { name: /^Send a webhook/ })
    .click();
  const send = editor.getByRole("complementary", { name: "Send a webhook" });
  // The capture URL is offered under the Webhook URL field.
  await send.getByRole("button", { name: "Send to the request inspector" }).click();
  await editor.getByRole("menuitem", { name: new RegExp(`^${binName}`) }).click();
  await expect(send.getByLabel("Webhook URL")).toHaveValue(captureUrl);
  await send.getByRole("radio", { name: "Customize request body" }).click();
  await send.getByRole("button", { name: "Add property" }).click();
  await pick(editor, send.getByRole("button", { name: /^Property of row 1/ }), "email", "Email email");
  await send.getByRole("button", { name: "Add property" }).click();
  await send.getByRole("button", { name: /^Property of row 2/ }).click();
  await editor.getByRole("group", { name: "Webhook trigger" }).getByRole("button", { name: /^plan/ }).click();
  await send.getByRole("button", { name: "Test", exact: true }).click();
  await expect(send.getByText("The test request succeeded.")).toBeVisible();
  await expect(send.getByRole("tabpanel", { name: "Response" })).toContainText(tier);
  await send.getByLabel("Use tier as an output").check();

  // The inspector, open in the other tab, shows the Test request.
  const detail = inspector.getByTestId("capture-detail");
  await expect(detail).toContainText('"plan": "pro"');
  await expect(detail).toContainText('"email": "ada@analytical-engines.example"');

  // 4. Set property value from the output; save; turn on.
  await editor.getByRole("button", { name: /^Add an action after Send a webhook/ }).click();
  await editor
    .getByRole("complementary")
    .getByRole("button", { name: /^Set property value/ })
    .click();
  const set = editor.getByRole("complementary", { name: "Set property value" });
  await pick(editor, set.getByRole("button", { name: /^Property to set/ }), "customer_tier", "Customer tier");
  await set.getByLabel("Set it to").selectOption({ label: "A property, webhook trigger field or earlier output" });
  await set.getByRole("button", { name: /^Value from/ }).click();
  await editor
    .getByRole("group", { name: /^Outputs of/ })
    .getByRole("button", { name: /^tier/ })
    .click();
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  const onOff = editor.getByRole("switch", { name: "Workflow on" });
  await onOff.click();
  await expect(onOff).toBeChecked();

  // 5. The event enrolls Ada; the run completes; the inspector shows the delivery; the property is set.
  const enrolled = await request.post(hookUrl, { data: event });
  expect(enrolled.status()).toBe(202);
  const { enrollmentId } = await enrolled.json();
  await expect
    .poll(async () => (await (await request.get(`/api/enrollments/${enrollmentId}`)).json()).status, { timeout: 30_000 })
    .toBe("COMPLETED");
  await expect(inspector.getByRole("list", { name: "Captured requests, newest first" }).getByRole("button")).toHaveCount(2);
  await expect(detail).toContainText("X-Hookflow-Delivery-Id");
  await expect(detail).not.toContainText("test-"); // the newest is the real delivery, not the Test
  const record = await (await request.get("/api/records/1")).json();
  expect(record.properties.customer_tier).toMatchObject({ value: tier, source: "WORKFLOW" });
});
