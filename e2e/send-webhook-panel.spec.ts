import type { Page } from "@playwright/test";
import { SAMPLE_FIRST_CONTACT } from "@/lib/crm/sample-data";
import { expect, test } from "./fixtures/receiver";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { pick } from "./pick";
import { uniqueName } from "./unique-name";

// The Send a webhook panel in the workflow editor, against a real HTTPS receiver: the app
// server trusts the receiver's test CA and may reach localhost (scripts/e2e-server.mjs).

const RECEIVER_JSON = { received: true, orderId: "A-1001", score: 7, customer: { tier: "gold" } };

async function openPanel(page: Page, workflowId: string) {
  await page.goto(`/workflows/${workflowId}`);
  // Opened from the keyboard, as the canvas allows.
  const node = page.getByRole("button", { name: /^Action 1: Send a webhook/ });
  await node.focus();
  await node.press("Enter");
  const panel = page.getByRole("complementary", { name: "Send a webhook" });
  await expect(panel.getByLabel("Webhook URL")).toBeVisible();
  return panel;
}

/** Chooses a record property by its internal name; the picker shows its label first ("Email email"). */
async function chooseProperty(page: Page, trigger: ReturnType<Page["getByRole"]>, property: string) {
  await pick(page, trigger, property, new RegExp(`^.+ ${property}$`));
}

test("POST with a request signature and a custom body: test, choose outputs, save, reload", async ({
  page,
  request,
  receiver,
}, testInfo) => {
  receiver.setHandler(() => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(RECEIVER_JSON) }));
  const appName = uniqueName("E2E signing app", testInfo, " ");
  const app = await (await request.post("/api/apps", { data: { name: appName } })).json();
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E webhook POST", testInfo, " "));
  const url = `${receiver.url}/hooks/contact`;

  const panel = await openPanel(page, workflowId);
  await panel.getByRole("radio", { name: "POST" }).click();
  await panel.getByLabel("Webhook URL").fill(url);
  await panel.getByLabel("Authentication type").selectOption({ label: "Include request signature in header" });
  await panel.getByLabel("App", { exact: true }).selectOption({ label: `${appName} (app ID ${app.appId})` });

  await panel.getByRole("radio", { name: "Customize request body" }).click();
  await panel.getByRole("button", { name: "Add property" }).click();
  await chooseProperty(page, panel.getByRole("button", { name: /^Property of row 1/ }), "email");
  await expect(panel.getByLabel("Key of row 1")).toHaveValue("email");
  await panel.getByRole("button", { name: "Add static value" }).click();
  await panel.getByLabel("Key of row 2").fill("source");
  await panel.getByLabel("Static value of row 2").fill("hookflow-e2e");

  // Test with the first contact (the seeded Ada Lovelace).
  await expect(panel.getByLabel("Contact to test with")).not.toHaveValue("");
  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText("The test request succeeded.")).toBeVisible();

  // What the receiver got: the unsaved draft, signed with the app's secret.
  expect(receiver.requests).toHaveLength(1);
  const received = receiver.requests[0];
  expect(received.method).toBe("POST");
  expect(received.path).toBe("/hooks/contact");
  expect(JSON.parse(received.body)).toEqual({ email: expect.stringContaining("@"), source: "hookflow-e2e" });
  expect(received.headers["x-hubspot-signature"]).toMatch(/^[0-9a-f]{64}$/);

  // Response tab: status and the receiver's JSON.
  const responseTab = panel.getByRole("tabpanel", { name: "Response" });
  await expect(responseTab.getByText("200 OK")).toBeVisible();
  await expect(responseTab).toContainText('"orderId"');
  await expect(responseTab).toContainText('"A-1001"');

  // Request tab: method, URL and the signature header.
  await panel.getByRole("tab", { name: "Request" }).click();
  const requestTab = panel.getByRole("tabpanel", { name: "Request" });
  await expect(requestTab).toContainText(url);
  await expect(requestTab).toContainText("X-HubSpot-Signature");
  await expect(requestTab).toContainText(received.headers["x-hubspot-signature"]);

  // Outputs: two fields of the response, one renamed.
  await panel.getByLabel("Use orderId as an output").check();
  await panel.getByLabel("Use customer.tier as an output").check();
  await expect(panel.getByLabel("Output type for orderId")).toHaveValue("STRING");
  await panel.getByLabel("Output name for customer.tier").fill("customerTier");

  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Unsaved changes")).toBeHidden();

  const saved = await (await request.get(`/api/workflows/${workflowId}`)).json();
  expect(saved.actions[0].config).toEqual({
    method: "POST",
    webhookUrl: url,
    authentication: { type: "SIGNATURE", appId: app.appId },
    body: {
      type: "CUSTOM",
      fields: [
        { key: "email", source: { type: "PROPERTY", property: "email" } },
        { key: "source", source: { type: "STATIC", value: "hookflow-e2e" } },
      ],
    },
    queryParams: [],
    outputs: [
      { name: "orderId", path: "orderId", type: "STRING" },
      { name: "customerTier", path: "customer.tier", type: "STRING" },
    ],
  });

  // After a reload, the panel shows everything that was saved, outputs included without a new test.
  await page.reload();
  const reloaded = await openPanel(page, workflowId);
  await expect(reloaded.getByRole("radio", { name: "POST" })).toBeChecked();
  await expect(reloaded.getByLabel("Webhook URL")).toHaveValue(url);
  await expect(reloaded.getByLabel("Authentication type")).toHaveValue("SIGNATURE");
  await expect(reloaded.getByLabel("App", { exact: true })).toHaveValue(String(app.appId));
  await expect(reloaded.getByRole("radio", { name: "Customize request body" })).toBeChecked();
  await expect(reloaded.getByLabel("Key of row 1")).toHaveValue("email");
  await expect(reloaded.getByRole("button", { name: /^Property of row 1/ })).toContainText("Email");
  await expect(reloaded.getByLabel("Key of row 2")).toHaveValue("source");
  await expect(reloaded.getByLabel("Static value of row 2")).toHaveValue("hookflow-e2e");
  await expect(reloaded.getByLabel("Use orderId as an output")).toBeChecked();
  await expect(reloaded.getByLabel("Use customer.tier as an output")).toBeChecked();
  await expect(reloaded.getByLabel("Output name for customer.tier")).toHaveValue("customerTier");
});

// The Test section's record picker and the Records page both list contacts; their cached lists
// must not be mistaken for each other when the app navigates without a reload.
test("after a Test, the sidebar's Records link opens the records list", async ({ page, request, receiver }, testInfo) => {
  receiver.setHandler(() => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(RECEIVER_JSON) }));
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E webhook then records", testInfo, " "));
  const panel = await openPanel(page, workflowId);
  await panel.getByLabel("Webhook URL").fill(`${receiver.url}/hooks/then-records`);
  await expect(panel.getByLabel("Contact to test with")).not.toHaveValue("");
  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText("The test request succeeded.")).toBeVisible();

  // A client-side navigation (not page.goto), so the editor's query cache comes along.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Records" }).click();
  await page.getByRole("button", { name: "Discard changes and leave" }).click();
  await expect(page).toHaveURL(/\/records(\?|$)/);
  const fullName = `${SAMPLE_FIRST_CONTACT.firstname} ${SAMPLE_FIRST_CONTACT.lastname}`;
  await expect(page.getByRole("table").getByRole("link", { name: fullName, exact: true })).toBeVisible();
});

test("GET with query parameters and an API key in the query: the key reaches the receiver and is never shown", async ({
  page,
  request,
  receiver,
}, testInfo) => {
  const secretName = uniqueName("E2E_KEY", testInfo, "_").replace(/[^A-Za-z0-9_]/g, "_");
  const secretValue = `sk_live_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  expect((await request.post("/api/secrets", { data: { name: secretName, value: secretValue } })).ok()).toBe(true);
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E webhook GET", testInfo, " "));
  const url = `${receiver.url}/lookup`;

  const panel = await openPanel(page, workflowId);
  await panel.getByRole("radio", { name: "GET" }).click();
  await panel.getByLabel("Webhook URL").fill(url);
  await panel.getByLabel("Authentication type").selectOption({ label: "API key" });
  await panel.getByLabel("Secret", { exact: true }).selectOption(secretName);
  await panel.getByLabel("API key name").fill("api_key");
  await panel.getByRole("radio", { name: "Query parameter" }).click();

  await expect(panel.getByRole("heading", { name: "Query parameters" })).toBeVisible();
  await panel.getByRole("button", { name: "Add property" }).click();
  await chooseProperty(page, panel.getByRole("button", { name: /^Property of row 1/ }), "email");
  await panel.getByRole("button", { name: "Add static value" }).click();
  await panel.getByLabel("Key of row 2").fill("source");
  await panel.getByLabel("Static value of row 2").fill("e2e");

  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText("The test request succeeded.")).toBeVisible();

  expect(receiver.requests).toHaveLength(1);
  const received = receiver.requests[0];
  expect(received.method).toBe("GET");
  expect(received.query).toEqual({ email: expect.stringContaining("@"), source: "e2e", api_key: secretValue });

  await panel.getByRole("tab", { name: "Request" }).click();
  const requestTab = panel.getByRole("tabpanel", { name: "Request" });
  await expect(requestTab).toContainText("api_key=********");
  expect(await page.content()).not.toContain(secretValue);
});

test("an http:// URL says why it is refused, and testing a blocked address explains it in plain words", async ({
  page,
  request,
  receiver,
}, testInfo) => {
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E webhook blocked", testInfo, " "));
  const panel = await openPanel(page, workflowId);
  const urlField = panel.getByLabel("Webhook URL");

  await urlField.fill("http://example.com/hook");
  await expect(panel.getByText("The webhook URL must use https:// (plain http is not allowed).")).toBeVisible();
  await expect(urlField).toHaveAttribute("aria-invalid", "true");

  // The app server may reach "localhost" in e2e, but never a loopback IP address.
  await urlField.fill(`https://127.0.0.1:${receiver.port}/x`);
  await expect(panel.getByText("The webhook URL must use https://")).toBeHidden();
  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText("The address is blocked")).toBeVisible();
  await expect(panel.getByText(/only sends webhooks to public internet addresses/)).toBeVisible();
  await expect(panel.getByText(/Refused: 127\.0\.0\.1 is a loopback/)).toBeVisible();
  expect(receiver.requests).toHaveLength(0);
});
