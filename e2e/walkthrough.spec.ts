import { expect, test as base } from "@playwright/test";
import { i18nFixtures, type I18nFixtures, LOCALES } from "./fixtures/i18n";
import { escapeRegExp, pick } from "./pick";
import { uniqueName } from "./unique-name";

// The README walkthrough, with nothing but Hookflow: a webhook-triggered workflow whose
// Send a webhook goes to the built-in request inspector, whose answer becomes an output
// that Set property value writes to the record the event was about. It runs in every UI
// language, finding each control by the text the catalogs give it in that language.

const test = base.extend<I18nFixtures>(i18nFixtures);

/** A record property in a picker: its label (in the UI's language) then its internal name. */
const property = (name: string) => new RegExp(`^.+ ${escapeRegExp(name)}$`);

for (const locale of LOCALES) {
  test.describe(locale, () => {
    test.use({ uiLocale: locale });

    test("README walkthrough: webhook trigger → inspector → output → record property", async ({ page, request, t }, testInfo) => {
      test.setTimeout(120_000);
      const tier = `gold-${locale}-${testInfo.workerIndex}-${Date.now().toString(36)}`;

      // 1. A capture URL that answers {"tier": …}.
      await page.goto("/settings/inspector");
      await page
        .getByRole("button", { name: t("inspector.page.newCaptureUrl") })
        .first()
        .click();
      // Other specs leave capture URLs behind: wait until the page shows the new one.
      await expect(page).toHaveURL(/[?&]bin=/);
      await expect(page.getByTestId("capture-url")).toContainText("/c/");
      const captureUrl = (await page.getByTestId("capture-url").textContent())!.trim();
      await page.getByRole("button", { name: t("inspector.captureUrl.nameAndResponse") }).click();
      const settings = page.getByRole("dialog", { name: t("inspector.settings.title") });
      const binName = uniqueName("Walkthrough capture", testInfo, " ");
      await settings.getByLabel(t("inspector.settings.name")).fill(binName);
      await settings.getByRole("textbox", { name: t("inspector.settings.body") }).fill(JSON.stringify({ tier }));
      await settings.getByRole("button", { name: t("inspector.settings.save") }).click();
      await expect(settings).toBeHidden();
      const inspector = page;

      // 2. A contact workflow triggered by a webhook, matching by email, with a sample event.
      const editor = await page.context().newPage();
      await editor.goto("/workflows");
      await editor
        .getByRole("button", { name: t("workflows.list.create") })
        .first()
        .click();
      const create = editor.getByRole("dialog", { name: t("workflows.create.title") });
      const workflowName = uniqueName(`E2E walkthrough ${locale}`, testInfo, " ");
      await create.getByLabel(t("workflows.create.name"), { exact: true }).fill(workflowName);
      await create.getByRole("button", { name: t("workflows.create.submit") }).click();
      await expect(create).toBeHidden();
      await editor.getByRole("link", { name: workflowName }).click();
      // The canvas's own controls and connections are named in the UI language too (React Flow's ariaLabelConfig).
      const canvasControls = editor.locator(".react-flow__controls");
      await expect(canvasControls).toHaveAttribute("aria-label", t("editor.canvasFrame.controls"));
      await expect(canvasControls.getByRole("button", { name: t("editor.canvasFrame.zoomIn") })).toBeVisible();
      const edge = t("editor.canvasFrame.edge", { from: t("editor.canvas.trigger"), to: t("editor.canvas.end") });
      await expect(editor.locator(`[aria-label="${edge}"]`)).toHaveCount(1);
      const manualTrigger = t("editor.canvas.triggerLabel", {
        name: t("editor.canvas.enrolledManually"),
        hasSummary: "no",
        hasIssue: "no",
      });
      await editor.getByRole("button", { name: new RegExp(`^${escapeRegExp(manualTrigger)}`) }).click();
      const trigger = editor.locator("aside.trigger-panel");
      await trigger.getByRole("radio", { name: t("trigger.panel.webhook") }).check();
      const payloadField = new RegExp(`^${escapeRegExp(t("trigger.panel.payloadField"))}:`);
      await pick(editor, trigger.getByRole("button", { name: payloadField }), "email", t("pickers.usePayloadField", { term: "email" }));
      const recordProperty = new RegExp(`^${escapeRegExp(t("trigger.panel.recordProperty"))}:`);
      await pick(editor, trigger.getByRole("button", { name: recordProperty }), "email", property("email"));
      await editor.getByRole("button", { name: t("editor.header.save"), exact: true }).click();
      await expect(trigger.getByTestId("hook-url")).toHaveText(/\/api\/hooks\//);
      const hookUrl = (await trigger.getByTestId("hook-url").textContent())!.trim();
      await trigger.getByRole("button", { name: t("trigger.listen.listen") }).click();
      const event = { email: "ada@analytical-engines.example", plan: "pro" };
      expect((await request.post(hookUrl, { data: event })).status()).toBe(409);
      await expect(trigger.getByLabel(t("trigger.listen.receivedPayload"))).toContainText('"plan": "pro"');
      await trigger.getByRole("button", { name: t("trigger.listen.useSample") }).click();

      // 3. Send a webhook to the capture URL with a record property and a trigger field; Test; pick the output.
      const sendLabel = t("actionTypes.SEND_WEBHOOK.label");
      await editor.getByRole("button", { name: t("editor.canvas.insertAfterTrigger") }).click();
      await editor
        .getByRole("complementary")
        .getByRole("button", { name: new RegExp(`^${escapeRegExp(sendLabel)}`) })
        .click();
      const send = editor.getByRole("complementary", { name: sendLabel });
      // The capture URL is offered under the Webhook URL field.
      await send.getByRole("button", { name: t("sendWebhook.captureUrl.trigger") }).click();
      await editor.getByRole("menuitem", { name: new RegExp(`^${escapeRegExp(binName)}`) }).click();
      await expect(send.getByLabel(t("sendWebhook.panel.webhookUrl"))).toHaveValue(captureUrl);
      await send.getByRole("radio", { name: t("sendWebhook.panel.customize") }).click();
      await send.getByRole("button", { name: t("sendWebhook.rows.addProperty") }).click();
      const propertyOfRow = (n: number) => new RegExp(`^${escapeRegExp(t("sendWebhook.rows.propertyOfRow", { n }))}`);
      await pick(editor, send.getByRole("button", { name: propertyOfRow(1) }), "email", property("email"));
      await send.getByRole("button", { name: t("sendWebhook.rows.addProperty") }).click();
      await send.getByRole("button", { name: propertyOfRow(2) }).click();
      await editor
        .getByRole("group", { name: t("pickers.webhookTrigger") })
        .getByRole("button", { name: /^plan/ })
        .click();
      await send.getByRole("button", { name: t("actions.test.run"), exact: true }).click();
      await expect(send.getByText(t("actions.test.succeeded"))).toBeVisible();
      await expect(send.getByRole("tabpanel", { name: t("exchange.response") })).toContainText(tier);
      await send.getByLabel(t("sendWebhook.outputs.use", { path: "tier" })).check();

      // The inspector, open in the other tab, shows the Test request.
      const detail = inspector.getByTestId("capture-detail");
      await expect(detail).toContainText('"plan": "pro"');
      await expect(detail).toContainText('"email": "ada@analytical-engines.example"');

      // 4. Set property value from the output; save; turn on.
      const setLabel = t("actionTypes.SET_PROPERTY.label");
      await editor
        .getByRole("button", { name: new RegExp(`^${escapeRegExp(t("editor.canvas.insertLabel", { name: sendLabel }))}`) })
        .click();
      await editor
        .getByRole("complementary")
        .getByRole("button", { name: new RegExp(`^${escapeRegExp(setLabel)}`) })
        .click();
      const set = editor.getByRole("complementary", { name: setLabel });
      await pick(
        editor,
        set.getByRole("button", { name: new RegExp(`^${escapeRegExp(t("actions.setProperty.propertyToSet"))}`) }),
        "customer_tier",
        "Customer tier",
      );
      await set.getByLabel(t("actions.setProperty.setItTo")).selectOption({ label: t("actions.setProperty.pickedWebhook") });
      await set.getByRole("button", { name: new RegExp(`^${escapeRegExp(t("actions.setProperty.valueFrom"))}`) }).click();
      await editor
        .getByRole("group", { name: t("pickers.outputsOf", { actionName: sendLabel }) })
        .getByRole("button", { name: /^tier/ })
        .click();
      await editor.getByRole("button", { name: t("editor.header.save"), exact: true }).click();
      await expect(editor.getByRole("button", { name: t("editor.header.save"), exact: true })).toBeDisabled();
      const onOff = editor.getByRole("switch", { name: t("editor.header.workflowOn") });
      await onOff.click();
      await expect(onOff).toBeChecked();

      // 5. The event enrolls Ada; the run completes; the inspector shows the delivery; the property is set.
      const enrolled = await request.post(hookUrl, { data: event });
      expect(enrolled.status()).toBe(202);
      const { enrollmentId } = await enrolled.json();
      await expect
        .poll(async () => (await (await request.get(`/api/enrollments/${enrollmentId}`)).json()).status, { timeout: 30_000 })
        .toBe("COMPLETED");
      await expect(inspector.getByRole("list", { name: t("inspector.captureUrl.capturedList") }).getByRole("button")).toHaveCount(2);
      await expect(detail).toContainText("X-Hookflow-Delivery-Id");
      await expect(detail).not.toContainText("test-"); // the newest is the real delivery, not the Test
      const record = await (await request.get("/api/records/1")).json();
      expect(record.properties.customer_tier).toMatchObject({ value: tier, source: "WORKFLOW" });
    });
  });
}
