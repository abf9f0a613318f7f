import { SAMPLE_FIRST_CONTACT } from "@/lib/crm/sample-data";
import { expect, test } from "./fixtures/receiver";
import { pick } from "./pick";
import { uniqueName } from "./unique-name";

// The second outgoing action type, end to end: added from the action picker, configured with a
// secret holding the incoming-webhook URL, tested live, saved, run, and shown on the run page.
// The receiver stands in for hooks.slack.com.

test("Send a Slack message: pick the secret, write the message with a property, test, save, run", async ({
  page,
  request,
  receiver,
}, testInfo) => {
  test.slow();
  const hookPath = `/services/T0E2E/B${testInfo.workerIndex}/pathTokenE2E`;
  const secretName = uniqueName("SLACK_E2E", testInfo, "_").replace(/[^A-Za-z0-9_]/g, "_");
  expect((await request.post("/api/secrets", { data: { name: secretName, value: `${receiver.url}${hookPath}` } })).status()).toBe(201);
  const created = await (
    await request.post("/api/workflows", { data: { name: uniqueName("E2E Slack", testInfo, " "), objectType: "contact" } })
  ).json();

  await page.goto(`/workflows/${created.id}`);
  await page.getByRole("button", { name: "Add an action after the trigger" }).click();
  const picker = page.getByRole("complementary", { name: "Choose an action" });
  await picker.getByRole("searchbox", { name: "Search actions" }).fill("slack");
  await expect(picker.getByRole("heading", { name: "Notifications" })).toBeVisible();
  await picker.getByRole("button", { name: /^Send a Slack message/ }).click();

  const node = page.getByRole("button", { name: /^Action 1: / });
  await expect(node).toHaveAccessibleName(/^Action 1: Send a Slack message\..*, needs attention$/);
  const panel = page.getByRole("complementary", { name: "Send a Slack message" });
  await panel.getByLabel("Slack webhook URL secret").selectOption(secretName);
  const message = panel.getByLabel("Message");
  await message.fill("Hot lead: ");
  await pick(page, panel.getByRole("button", { name: /^Insert a property/ }), "email", "Email email");
  await expect(message).toHaveValue("Hot lead: {{email}}");
  await expect(node).toHaveAccessibleName("Action 1: Send a Slack message. Slack: “Hot lead: {{email}}”");
  await expect(node).toContainText("Slack: “Hot lead: {{email}}”");

  await panel.screenshot({ path: testInfo.outputPath("slack-panel-settings.png") });

  // Test: posts once, shows the exchange with the URL masked.
  await expect(panel.getByLabel("Contact to test with")).not.toHaveValue("");
  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText("The test request succeeded.")).toBeVisible();
  expect(receiver.requests).toHaveLength(1);
  expect(receiver.requests[0].path).toBe(hookPath);
  expect(JSON.parse(receiver.requests[0].body)).toEqual({ text: `Hot lead: ${SAMPLE_FIRST_CONTACT.email}` });
  await expect(panel.getByText("pathTokenE2E")).toHaveCount(0);
  await panel.screenshot({ path: testInfo.outputPath("slack-panel-tested.png") });

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  const onOff = page.getByRole("switch", { name: "Workflow on" });
  await onOff.click();
  await expect(onOff).toBeChecked();

  // Settings → Secrets says the workflow uses the secret.
  const secrets = await (await request.get("/api/secrets")).json();
  expect(secrets.secrets.find((s: { name: string }) => s.name === secretName).usedBy).toEqual([{ id: created.id, name: created.name }]);

  // A run: one delivery with its attempt; the run page draws it as one.
  const enrolled = await (await request.post(`/api/workflows/${created.id}/enrollments`, { data: { recordId: 1 } })).json();
  await page.goto(`/workflows/${created.id}/history/${enrolled.enrollmentId}`);
  const step = page.getByRole("region", { name: /Send a Slack message$/ });
  await expect(step.getByRole("button", { name: /^Attempt 1/ })).toBeVisible({ timeout: 20_000 });
  await expect(step.getByText("Delivery ID")).toBeVisible();
  await expect(step.getByText("Succeeded", { exact: true })).toBeVisible();
  await expect(page.getByText("pathTokenE2E")).toHaveCount(0);
  expect(receiver.requests.filter((r) => r.path === hookPath)).toHaveLength(2);
  await page.screenshot({ path: testInfo.outputPath("slack-run.png"), fullPage: true });
});
