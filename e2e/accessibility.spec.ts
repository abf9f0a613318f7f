import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { BASE_URL, signedInContext } from "./fixtures/accounts";
import { expect, test } from "./fixtures/receiver";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// axe-core on every page, in the states people see most: it must report no serious or critical
// violation of WCAG 2.1 A/AA (colour contrast, names of controls, ARIA use, landmarks…).

async function expectAccessible(page: Page, what: string) {
  // Loaded: a heading is shown and no loading placeholder is left.
  await expect(page.getByRole("heading").first()).toBeVisible();
  await expect(page.locator(".loading-state")).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary}`).join("\n")}`);
  // Soft: one run reports the violations of every page.
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  expect.soft(serious, `${what} (${theme} theme): axe violations`).toEqual([]);
}

/** No two buttons of a region share an accessible name (a screen reader's button list must tell them apart). */
async function expectDistinctButtonNames(region: Locator, what: string) {
  const names = await region
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label") ?? b.textContent?.trim() ?? ""));
  const repeated = names.filter((name, index) => names.indexOf(name) !== index);
  expect(repeated, `${what}: buttons with the same name`).toEqual([]);
}

/** The pages a signed-in person opens from the sidebar. */
const PAGES: [string, string][] = [
  ["/", "Home"],
  ["/workflows", "Workflows"],
  ["/runs", "Runs"],
  ["/records", "Records"],
  ["/records/1", "A record"],
  ["/settings", "Settings"],
  ["/settings/apps", "Apps"],
  ["/settings/secrets", "Secrets"],
  ["/settings/properties", "Properties"],
  ["/settings/inspector", "Request inspector"],
  ["/settings/users", "Users"],
  ["/settings/tokens", "API tokens"],
  ["/settings/audit-log", "Audit log"],
  ["/profile", "Profile"],
];

for (const colorScheme of ["light", "dark"] as const)
  test(`every page passes axe-core with no serious or critical violations (${colorScheme} theme)`, async ({
    page,
    browser,
    receiver,
  }, testInfo) => {
    test.setTimeout(120_000);
    // The theme follows the system's setting until someone picks one (components/theme).
    await page.emulateMedia({ colorScheme });
    for (const [path, what] of PAGES) {
      await page.goto(path);
      await expectAccessible(page, what);
    }
    await page.goto("/settings/properties");
    await page.getByRole("button", { name: "Create property" }).click();
    await page.getByRole("dialog", { name: "Create property" }).getByLabel("Field type").selectOption({ label: "Dropdown select" });
    await expectAccessible(page, "Create property dialog");
    await page.keyboard.press("Escape");

    // The editor, with the Send a webhook panel open and rows in its tables, and the trigger panel.
    const name = uniqueName("E2E accessibility", testInfo, " ");
    const workflowId = await createWebhookWorkflow(page.request, name);
    await page.goto(`/workflows/${workflowId}`);
    await expectAccessible(page, "Workflow editor");
    await page
      .getByRole("button", { name: /Send a webhook/ })
      .first()
      .click();
    const panel = page.getByRole("complementary");
    await panel.getByRole("radio", { name: "Customize request body" }).click();
    await panel.getByRole("button", { name: "Add property" }).first().click();
    await panel.getByRole("button", { name: "Add property" }).first().click();
    await expectAccessible(page, "Send a webhook panel");
    await expectDistinctButtonNames(panel, "Send a webhook panel");
    await panel.getByRole("button", { name: /^Property of row 1/ }).click();
    await expect(page.getByRole("textbox", { name: "Search" })).toBeVisible();
    await expectAccessible(page, "Property picker");
    await page.keyboard.press("Escape");

    // A run's page and the history list, after a delivery to the local receiver.
    const saved = await (await page.request.get(`/api/workflows/${workflowId}`)).json();
    const updated = await page.request.put(`/api/workflows/${workflowId}`, {
      data: {
        revision: saved.revision,
        enabled: true,
        actions: [{ id: "hook", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/a11y` } }],
      },
    });
    expect(updated.ok(), await updated.text()).toBe(true);
    const enrolled = await page.request.post(`/api/workflows/${workflowId}/enrollments`, { data: { recordId: 1 } });
    const { enrollmentId } = await enrolled.json();
    await expect.poll(() => receiver.requests.length, { timeout: 20_000 }).toBe(1);
    await page.goto(`/workflows/${workflowId}/history`);
    await expect(page.getByText("Completed").first()).toBeVisible({ timeout: 20_000 });
    await expectAccessible(page, "Run history");
    await page.goto(`/workflows/${workflowId}/events`);
    await expectAccessible(page, "Trigger events (none yet)");
    await page.goto(`/workflows/${workflowId}/history/${enrollmentId}`);
    await expect(page.getByRole("button", { name: /^Attempt 1/ })).toBeVisible();
    await expectAccessible(page, "A run");

    // Pages seen signed out: sign-in, and an invitation link.
    const invitation = await (await page.request.post("/api/invitations", { data: { role: "VIEWER" } })).json();
    const signedOut = await browser.newContext({ baseURL: BASE_URL, colorScheme });
    const guest = await signedOut.newPage();
    await guest.goto("/sign-in");
    await expectAccessible(guest, "Sign in");
    await guest.goto(invitation.path);
    await expectAccessible(guest, "Invitation");
    await signedOut.close();
  });

// In Korean: names, labels and text all change, so contrast, label-in-name and the page's language are checked again.
test("every page passes axe-core in Korean, the editor with the Send a webhook panel open included", async ({
  browser,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const context = await signedInContext(browser, "ADMIN", { locale: "ko" });
  const page = await context.newPage();
  for (const [path, what] of PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expectAccessible(page, `${what} (Korean)`);
  }
  const workflowId = await createWebhookWorkflow(request, uniqueName("E2E accessibility ko", testInfo, " "));
  await page.goto(`/workflows/${workflowId}`);
  await expectAccessible(page, "Workflow editor (Korean)");
  await page
    .getByRole("button", { name: /웹훅 보내기/ })
    .first()
    .click();
  await expect(page.getByRole("complementary", { name: "웹훅 보내기" })).toBeVisible();
  await expectAccessible(page, "Send a webhook panel (Korean)");
  await context.close();
});
