import type { Page } from "@playwright/test";
import { SAMPLE_FIRST_CONTACT } from "@/lib/crm/sample-data";
import { i18nFixtures, type I18nFixtures, LOCALES, type UiText } from "./fixtures/i18n";
import { expect, test as receiverTest } from "./fixtures/receiver";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { escapeRegExp, pick } from "./pick";
import { uniqueName } from "./unique-name";

// The Send a webhook panel in the workflow editor, against a real HTTPS receiver: the app
// server trusts the receiver's test CA and may reach localhost (scripts/e2e-server.mjs). Every
// test runs in each UI language, finding controls by the catalogs' text in that language.

const test = receiverTest.extend<I18nFixtures>(i18nFixtures);

const RECEIVER_JSON = { received: true, orderId: "A-1001", score: 7, customer: { tier: "gold" } };

async function openPanel(page: Page, t: UiText, workflowId: string) {
  await page.goto(`/workflows/${workflowId}`);
  // Opened from the keyboard, as the canvas allows.
  const node = page.getByRole("button", {
    name: new RegExp(
      `^${escapeRegExp(t("editor.canvas.actionLabel", { position: 1, name: t("actionTypes.SEND_WEBHOOK.label"), hasSummary: "no", hasOutputs: "no", hasIssue: "no" }))}`,
    ),
  });
  await node.focus();
  await node.press("Enter");
  const panel = page.getByRole("complementary", { name: t("actionTypes.SEND_WEBHOOK.label") });
  await expect(panel.getByLabel(t("sendWebhook.panel.webhookUrl"))).toBeVisible();
  return panel;
}

/** Chooses a record property by its internal name; the picker shows its label first ("Email email"). */
async function chooseProperty(page: Page, trigger: ReturnType<Page["getByRole"]>, property: string) {
  await pick(page, trigger, property, new RegExp(`^.+ ${escapeRegExp(property)}$`));
}

for (const locale of LOCALES) {
  test.describe(locale, () => {
    test.use({ uiLocale: locale });

    test("POST with a request signature and a custom body: test, choose outputs, save, reload", async ({
      page,
      request,
      receiver,
      t,
    }, testInfo) => {
      receiver.setHandler(() => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(RECEIVER_JSON) }));
      const appName = uniqueName("E2E signing app", testInfo, " ");
      const app = await (await request.post("/api/apps", { data: { name: appName } })).json();
      const workflowId = await createWebhookWorkflow(request, uniqueName("E2E webhook POST", testInfo, " "));
      const url = `${receiver.url}/hooks/contact`;

      const panel = await openPanel(page, t, workflowId);
      await panel.getByRole("radio", { name: "POST" }).click();
      await panel.getByLabel(t("sendWebhook.panel.webhookUrl")).fill(url);
      await panel.getByLabel(t("sendWebhook.auth.type")).selectOption({ label: t("sendWebhook.auth.signature") });
      await panel
        .getByLabel(t("sendWebhook.auth.app"), { exact: true })
        .selectOption({ label: t("sendWebhook.auth.appOption", { name: appName, id: app.appId }) });

      await panel.getByRole("radio", { name: t("sendWebhook.panel.customize") }).click();
      await panel.getByRole("button", { name: t("sendWebhook.rows.addProperty") }).click();
      await chooseProperty(
        page,
        panel.getByRole("button", { name: new RegExp(`^${escapeRegExp(t("sendWebhook.rows.propertyOfRow", { n: 1 }))}`) }),
        "email",
      );
      await expect(panel.getByLabel(t("sendWebhook.rows.keyOfRow", { n: 1 }))).toHaveValue("email");
      await panel.getByRole("button", { name: t("sendWebhook.rows.addStatic") }).click();
      await panel.getByLabel(t("sendWebhook.rows.keyOfRow", { n: 2 })).fill("source");
      await panel.getByLabel(t("sendWebhook.rows.staticOfRow", { n: 2 })).fill("hookflow-e2e");

      // Test with the first contact (the seeded Ada Lovelace).
      await expect(panel.getByLabel(t("actions.test.record", { object: t("crm.objectTypes.contact.singular") }))).not.toHaveValue("");
      await panel.getByRole("button", { name: t("actions.test.run"), exact: true }).click();
      await expect(panel.getByText(t("actions.test.succeeded"))).toBeVisible();

      // What the receiver got: the unsaved draft, signed with the app's secret.
      expect(receiver.requests).toHaveLength(1);
      const received = receiver.requests[0];
      expect(received.method).toBe("POST");
      expect(received.path).toBe("/hooks/contact");
      expect(JSON.parse(received.body)).toEqual({ email: expect.stringContaining("@"), source: "hookflow-e2e" });
      expect(received.headers["x-hubspot-signature"]).toMatch(/^[0-9a-f]{64}$/);

      // Response tab: status and the receiver's JSON.
      const responseTab = panel.getByRole("tabpanel", { name: t("exchange.response") });
      await expect(responseTab.getByText("200 OK")).toBeVisible();
      await expect(responseTab).toContainText('"orderId"');
      await expect(responseTab).toContainText('"A-1001"');

      // Request tab: method, URL and the signature header.
      await panel.getByRole("tab", { name: t("exchange.request") }).click();
      const requestTab = panel.getByRole("tabpanel", { name: t("exchange.request") });
      await expect(requestTab).toContainText(url);
      await expect(requestTab).toContainText("X-HubSpot-Signature");
      await expect(requestTab).toContainText(received.headers["x-hubspot-signature"]);

      // Outputs: two fields of the response, one renamed.
      await panel.getByLabel(t("sendWebhook.outputs.use", { path: "orderId" })).check();
      await panel.getByLabel(t("sendWebhook.outputs.use", { path: "customer.tier" })).check();
      await expect(panel.getByLabel(t("sendWebhook.outputs.type", { path: "orderId" }))).toHaveValue("STRING");
      await panel.getByLabel(t("sendWebhook.outputs.name", { path: "customer.tier" })).fill("customerTier");

      await page.getByRole("button", { name: t("editor.header.save"), exact: true }).click();
      await expect(page.getByText(t("editor.header.unsaved"))).toBeHidden();

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
      const reloaded = await openPanel(page, t, workflowId);
      await expect(reloaded.getByRole("radio", { name: "POST" })).toBeChecked();
      await expect(reloaded.getByLabel(t("sendWebhook.panel.webhookUrl"))).toHaveValue(url);
      await expect(reloaded.getByLabel(t("sendWebhook.auth.type"))).toHaveValue("SIGNATURE");
      await expect(reloaded.getByLabel(t("sendWebhook.auth.app"), { exact: true })).toHaveValue(String(app.appId));
      await expect(reloaded.getByRole("radio", { name: t("sendWebhook.panel.customize") })).toBeChecked();
      await expect(reloaded.getByLabel(t("sendWebhook.rows.keyOfRow", { n: 1 }))).toHaveValue("email");
      await expect(
        reloaded.getByRole("button", { name: new RegExp(`^${escapeRegExp(t("sendWebhook.rows.propertyOfRow", { n: 1 }))}`) }),
      ).toContainText(t("crm.properties.contact.email"));
      await expect(reloaded.getByLabel(t("sendWebhook.rows.keyOfRow", { n: 2 }))).toHaveValue("source");
      await expect(reloaded.getByLabel(t("sendWebhook.rows.staticOfRow", { n: 2 }))).toHaveValue("hookflow-e2e");
      await expect(reloaded.getByLabel(t("sendWebhook.outputs.use", { path: "orderId" }))).toBeChecked();
      await expect(reloaded.getByLabel(t("sendWebhook.outputs.use", { path: "customer.tier" }))).toBeChecked();
      await expect(reloaded.getByLabel(t("sendWebhook.outputs.name", { path: "customer.tier" }))).toHaveValue("customerTier");
    });

    // The Test section's record picker and the Records page both list contacts; their cached lists
    // must not be mistaken for each other when the app navigates without a reload.
    test("after a Test, the sidebar's Records link opens the records list", async ({ page, request, receiver, t }, testInfo) => {
      receiver.setHandler(() => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(RECEIVER_JSON) }));
      const workflowId = await createWebhookWorkflow(request, uniqueName("E2E webhook then records", testInfo, " "));
      const panel = await openPanel(page, t, workflowId);
      await panel.getByLabel(t("sendWebhook.panel.webhookUrl")).fill(`${receiver.url}/hooks/then-records`);
      await expect(panel.getByLabel(t("actions.test.record", { object: t("crm.objectTypes.contact.singular") }))).not.toHaveValue("");
      await panel.getByRole("button", { name: t("actions.test.run"), exact: true }).click();
      await expect(panel.getByText(t("actions.test.succeeded"))).toBeVisible();

      // A client-side navigation (not page.goto), so the editor's query cache comes along.
      await page
        .getByRole("navigation", { name: t("shell.nav.main") })
        .getByRole("link", { name: t("shell.nav.records") })
        .click();
      await page.getByRole("button", { name: t("editor.leave.confirm") }).click();
      await expect(page).toHaveURL(/\/records(\?|$)/);
      const fullName = `${SAMPLE_FIRST_CONTACT.firstname} ${SAMPLE_FIRST_CONTACT.lastname}`;
      await expect(page.getByRole("table").getByRole("link", { name: fullName, exact: true })).toBeVisible();
    });

    test("GET with query parameters and an API key in the query: the key reaches the receiver and is never shown", async ({
      page,
      request,
      receiver,
      t,
    }, testInfo) => {
      const secretName = uniqueName("E2E_KEY", testInfo, "_").replace(/[^A-Za-z0-9_]/g, "_");
      const secretValue = `sk_live_${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
      expect((await request.post("/api/secrets", { data: { name: secretName, value: secretValue } })).ok()).toBe(true);
      const workflowId = await createWebhookWorkflow(request, uniqueName("E2E webhook GET", testInfo, " "));
      const url = `${receiver.url}/lookup`;

      const panel = await openPanel(page, t, workflowId);
      await panel.getByRole("radio", { name: "GET" }).click();
      await panel.getByLabel(t("sendWebhook.panel.webhookUrl")).fill(url);
      await panel.getByLabel(t("sendWebhook.auth.type")).selectOption({ label: t("sendWebhook.auth.apiKey") });
      await panel.getByLabel(t("sendWebhook.auth.secret"), { exact: true }).selectOption(secretName);
      await panel.getByLabel(t("sendWebhook.auth.keyName")).fill("api_key");
      await panel.getByRole("radio", { name: t("sendWebhook.auth.queryParam") }).click();

      await expect(panel.getByRole("heading", { name: t("sendWebhook.panel.queryParams") })).toBeVisible();
      await panel.getByRole("button", { name: t("sendWebhook.rows.addProperty") }).click();
      await chooseProperty(
        page,
        panel.getByRole("button", { name: new RegExp(`^${escapeRegExp(t("sendWebhook.rows.propertyOfRow", { n: 1 }))}`) }),
        "email",
      );
      await panel.getByRole("button", { name: t("sendWebhook.rows.addStatic") }).click();
      await panel.getByLabel(t("sendWebhook.rows.keyOfRow", { n: 2 })).fill("source");
      await panel.getByLabel(t("sendWebhook.rows.staticOfRow", { n: 2 })).fill("e2e");

      await panel.getByRole("button", { name: t("actions.test.run"), exact: true }).click();
      await expect(panel.getByText(t("actions.test.succeeded"))).toBeVisible();

      expect(receiver.requests).toHaveLength(1);
      const received = receiver.requests[0];
      expect(received.method).toBe("GET");
      expect(received.query).toEqual({ email: expect.stringContaining("@"), source: "e2e", api_key: secretValue });

      await panel.getByRole("tab", { name: t("exchange.request") }).click();
      const requestTab = panel.getByRole("tabpanel", { name: t("exchange.request") });
      await expect(requestTab).toContainText("api_key=********");
      expect(await page.content()).not.toContain(secretValue);
    });

    test("an http:// URL says why it is refused, and testing a blocked address explains it in plain words", async ({
      page,
      request,
      receiver,
      t,
    }, testInfo) => {
      const workflowId = await createWebhookWorkflow(request, uniqueName("E2E webhook blocked", testInfo, " "));
      const panel = await openPanel(page, t, workflowId);
      const urlField = panel.getByLabel(t("sendWebhook.panel.webhookUrl"));

      await urlField.fill("http://example.com/hook");
      await expect(panel.getByText(t("validation.webhookUrl.https"))).toBeVisible();
      await expect(urlField).toHaveAttribute("aria-invalid", "true");

      // The app server may reach "localhost" in e2e, but never a loopback IP address.
      await urlField.fill(`https://127.0.0.1:${receiver.port}/x`);
      await expect(panel.getByText(t("validation.webhookUrl.https"))).toBeHidden();
      await panel.getByRole("button", { name: t("actions.test.run"), exact: true }).click();
      await expect(panel.getByText(t("actions.test.failure.blockedTitle"))).toBeVisible();
      await expect(panel.getByText(t("actions.test.failure.blockedAdvice"))).toBeVisible();
      // The refusal itself, in the UI language from the runErrors key the Test answered with.
      const refusal = t("runErrors.blocked.address", { host: "127.0.0.1", reason: t("runErrors.address.loopback") });
      await expect(panel.getByText(refusal)).toBeVisible();
      expect(receiver.requests).toHaveLength(0);
    });
  });
}
