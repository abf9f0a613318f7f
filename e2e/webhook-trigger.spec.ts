import { expect, test } from "./fixtures/receiver";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { pick } from "./pick";
import { uniqueName } from "./unique-name";

// The webhook trigger from the editor: set it up, get the URL, capture a test event as the
// sample, pick one of its fields in a Send a webhook body, turn on, and see the event delivered.

const EVENT = { email: "ada@analytical-engines.example", plan: "pro" };

test("webhook trigger: configure, listen for a test event, use it as sample, enroll from the URL", async ({
  page,
  request,
  receiver,
}, testInfo) => {
  test.setTimeout(90_000);
  receiver.setHandler(() => ({ status: 200, headers: { "content-type": "application/json" }, body: "{}" }));
  const created = await request.post("/api/workflows", {
    data: { name: uniqueName("E2E webhook trigger", testInfo, " "), objectType: "contact" },
  });
  expect(created.ok()).toBe(true);
  const workflow = await created.json();
  // The custom property the workflow sets (Set property value offers existing properties only); kept from an earlier run.
  const property = await request.post("/api/properties", {
    data: { objectType: "contact", label: "Customer plan", name: "customer_plan", type: "string" },
  });
  expect([201, 409]).toContain(property.status());

  await page.goto(`/workflows/${workflow.id}`);
  const triggerNode = page.getByRole("button", { name: "Trigger: Enrolled manually" });
  await triggerNode.click();
  const panel = page.locator("aside.trigger-panel");
  await expect(panel.getByRole("heading", { name: "Records enrolled manually" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("trigger-manual.png") });

  // Webhook received: no URL until saved.
  await panel.getByRole("radio", { name: /Webhook received/ }).check();
  await expect(panel.getByRole("heading", { name: "Webhook received" })).toBeVisible();
  await expect(panel.getByText(/Save to get the URL/)).toBeVisible();
  await pick(page, panel.getByRole("button", { name: /^Payload field:/ }), "email", "Use payload field email");
  await pick(page, panel.getByRole("button", { name: /^Record property:/ }), "email", "Email email");
  await expect(page.getByRole("button", { name: /^Trigger: Webhook received\. Matches contact by email/ })).toBeVisible();

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  const urlText = panel.getByTestId("hook-url");
  await expect(urlText).toHaveText(/\/api\/hooks\/[A-Za-z0-9_-]+$/);
  await urlText.scrollIntoViewIfNeeded();
  const hookUrl = (await urlText.textContent())!.trim();
  expect(new URL(hookUrl).origin).toBe(new URL(page.url()).origin);
  await page.screenshot({ path: testInfo.outputPath("trigger-webhook-configured.png") });

  // An event stored before listening starts is not the one listened for.
  expect((await request.post(hookUrl, { data: { email: "earlier@example.com", plan: "old" } })).status()).toBe(409);

  // Listen, then send while the workflow is off: stored, not enrolled.
  await panel.getByRole("button", { name: "Listen for a test event" }).click();
  await expect(panel.getByText(/Listening for an event/)).toBeVisible();
  await page.waitForTimeout(2000); // a poll or two: still listening, the earlier event is not taken
  await expect(panel.getByText(/Listening for an event/)).toBeVisible();
  await panel.getByText(/Listening for an event/).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("trigger-listening.png") });
  const off = await request.post(hookUrl, { data: EVENT });
  expect(off.status()).toBe(409);
  const payload = panel.getByLabel("Received payload");
  await expect(payload).toContainText('"plan": "pro"');
  await expect(payload).toContainText('"email": "ada@analytical-engines.example"');
  await panel.getByRole("button", { name: "Use as sample" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath("trigger-sample-received.png") });
  await panel.getByRole("button", { name: "Use as sample" }).click();
  // With a sample, the payload field is picked from its fields.
  await expect(panel.getByRole("button", { name: "Payload field: email", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  const saved = await (await request.get(`/api/workflows/${workflow.id}`)).json();
  expect(saved.trigger).toMatchObject({ type: "WEBHOOK", recordMatch: { payloadPath: "email", property: "email" }, sample: EVENT });

  // A Send a webhook action whose body takes "plan" from the trigger's sample fields.
  await page.getByRole("button", { name: "Add an action after the trigger" }).click();
  await page
    .getByRole("complementary")
    .getByRole("button", { name: /^Send a webhook/ })
    .click();
  const action = page.getByRole("complementary", { name: "Send a webhook" });
  await action.getByRole("radio", { name: "POST" }).click();
  await action.getByLabel("Webhook URL").fill(`${receiver.url}/hooks/plan`);
  await action.getByRole("radio", { name: "Customize request body" }).click();
  await action.getByRole("button", { name: "Add property" }).click();
  await action.getByRole("button", { name: /^Property of row 1/ }).click();
  const triggerGroup = page.getByRole("group", { name: "Webhook trigger" });
  await expect(triggerGroup.getByRole("button", { name: /^email/ })).toBeVisible();
  await triggerGroup.getByRole("button", { name: /^plan/ }).click();
  await action.getByLabel("Key of row 1").fill("plan");
  await expect(action.getByRole("button", { name: /^Property of row 1: plan \(webhook trigger\)/ })).toBeVisible();
  // Test resolves the trigger field against the sample.
  await action.getByRole("button", { name: "Test", exact: true }).click();
  await expect(action.getByText("The test request succeeded.")).toBeVisible();
  expect(receiver.requests).toHaveLength(1);
  expect(JSON.parse(receiver.requests[0].body)).toEqual({ plan: "pro" });

  // Set property value takes the same trigger field from its data panel.
  await page.getByRole("button", { name: /^Add an action after Send a webhook/ }).click();
  await page
    .getByRole("complementary")
    .getByRole("button", { name: /^Set property value/ })
    .click();
  const setPanel = page.getByRole("complementary", { name: "Set property value" });
  await pick(page, setPanel.getByRole("button", { name: /^Property to set/ }), "customer_plan", "Customer plan");
  await setPanel.getByLabel("Set it to").selectOption({ label: "A property, webhook trigger field or earlier output" });
  await setPanel.getByRole("button", { name: /^Value from/ }).click();
  await page.getByRole("group", { name: "Webhook trigger" }).getByRole("button", { name: /^plan/ }).click();
  await expect(setPanel.getByRole("button", { name: /^Value from: plan \(webhook trigger\)/ })).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();

  const onOff = page.getByRole("switch", { name: "Workflow on" });
  await onOff.click();
  await expect(onOff).toBeChecked();

  const on = await request.post(hookUrl, { data: EVENT });
  expect(on.status()).toBe(202);
  await expect.poll(() => receiver.requests.length, { timeout: 30_000 }).toBe(2);
  expect(receiver.requests[1].path).toBe("/hooks/plan");
  expect(receiver.requests[1].headers["x-hookflow-delivery-id"]).not.toMatch(/^test-/);
  expect(JSON.parse(receiver.requests[1].body)).toEqual({ plan: "pro" });
  await expect
    .poll(async () => (await (await request.get("/api/records/1")).json()).properties.customer_plan, { timeout: 30_000 })
    .toMatchObject({ value: "pro", source: "WORKFLOW" });

  // Regenerate the URL: the old one stops working at once, the new one enrolls.
  await page.getByRole("button", { name: /^Trigger: Webhook received/ }).click();
  await panel.getByRole("button", { name: "Regenerate URL" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Regenerate URL" }).click();
  await expect(urlText).not.toHaveText(hookUrl);
  const newUrl = (await urlText.textContent())!.trim();
  expect((await request.post(hookUrl, { data: EVENT })).status()).toBe(404);
  expect((await request.post(newUrl, { data: EVENT })).status()).toBe(202);
});

test("trigger settings that block saving or turning on are shown at their fields and on the trigger node", async ({
  page,
  request,
}, testInfo) => {
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E trigger errors", testInfo, " "));
  await page.goto(`/workflows/${workflowId}`);
  await page.getByRole("button", { name: "Trigger: Enrolled manually" }).click();
  const panel = page.locator("aside.trigger-panel");
  await panel.getByRole("radio", { name: /Webhook received/ }).check();
  await panel.getByLabel("How the sender proves it is genuine").selectOption({ label: "Signature (HMAC-SHA256)" });

  // Saving without a signing secret: refused before sending, the field says why.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The trigger needs attention before the workflow can be saved." })).toBeVisible();
  const secret = panel.getByLabel("Signing secret");
  await expect(secret).toHaveAttribute("aria-invalid", "true");
  await expect(secret).toHaveAccessibleDescription(/Choose a secret\./);
  await expect(page.getByRole("button", { name: /^Trigger: Webhook received.*, needs attention$/ })).toBeVisible();

  // Without verification it saves; turning on without record matching names the field.
  await panel.getByLabel("How the sender proves it is genuine").selectOption({ label: "None (the secret URL only)" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
  await page.getByRole("switch", { name: "Workflow on" }).click();
  await expect(page.getByText("The workflow cannot be turned on yet:")).toBeVisible();
  const payloadField = panel.getByRole("button", { name: /^Payload field:/ });
  await expect(payloadField).toHaveAttribute("aria-invalid", "true");
  await expect(payloadField).toHaveAccessibleDescription(/Choose which payload field identifies the record/);
  await expect(page.getByRole("button", { name: /^Trigger: Webhook received.*, needs attention$/ })).toBeVisible();

  // Fixing it clears the flags.
  await pick(page, payloadField, "email", "Use payload field email");
  await pick(page, panel.getByRole("button", { name: /^Record property:/ }), "email", "Email email");
  await expect(payloadField).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("button", { name: /^Trigger: Webhook received.*, needs attention$/ })).toHaveCount(0);
  await page.getByRole("switch", { name: "Workflow on" }).click();
  await expect(page.getByRole("switch", { name: "Workflow on" })).toBeChecked();
});
