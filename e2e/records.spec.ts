import { expect, test } from "@playwright/test";
import { SAMPLE_FIRST_CONTACT } from "@/lib/crm/sample-data";

const fullName = `${SAMPLE_FIRST_CONTACT.firstname} ${SAMPLE_FIRST_CONTACT.lastname}`;

test("find the first seeded contact and read a property's history", async ({ page }) => {
  await page.goto("/records");
  await expect(page.getByRole("tab", { name: "Contacts" })).toHaveAttribute("aria-selected", "true");

  // Switching type is reflected in the URL.
  await page.getByRole("tab", { name: "Companies" }).click();
  await expect(page).toHaveURL(/[?&]type=company\b/);
  await expect(page.getByRole("columnheader", { name: "Domain" })).toBeVisible();
  await page.getByRole("tab", { name: "Contacts" }).click();
  await expect(page).toHaveURL(/[?&]type=contact\b/);

  await page.getByRole("searchbox", { name: /Search contacts/ }).fill(SAMPLE_FIRST_CONTACT.email);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(SAMPLE_FIRST_CONTACT.email).replace(/\./g, "\\.")}`));
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2); // header + Ada
  await expect(rows.nth(1)).toContainText(SAMPLE_FIRST_CONTACT.email);

  await page.getByRole("link", { name: fullName, exact: true }).click();
  await expect(page).toHaveURL(/\/records\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
  await expect(page.getByRole("link", { name: SAMPLE_FIRST_CONTACT.company })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Form submissions/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /List memberships/ })).toBeVisible();

  // Dates stored as epoch milliseconds are shown as dates.
  const createDate = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /Create date/ }) });
  await expect(createDate).toBeVisible();
  await expect(createDate).not.toContainText(/\d{12,}/);

  // lifecyclestage went lead → marketingqualifiedlead → customer.
  const toggle = page.getByRole("button", { name: /^\d+ versions of Lifecycle stage$/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const history = page.getByRole("table", { name: /History of Lifecycle stage/ });
  await expect(history).toBeVisible();
  const versions = history.getByRole("row");
  expect(await versions.count()).toBeGreaterThan(2); // header + at least two versions
  await expect(versions.nth(1)).toContainText("Customer");
  await expect(versions.nth(1)).toContainText("Current");
  await expect(history).toContainText("Marketing qualified lead");
  await expect(versions.last()).toContainText("Lead");
});
