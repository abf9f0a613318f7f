import { expect, test as base } from "@playwright/test";
import { SAMPLE_FIRST_CONTACT } from "@/lib/crm/sample-data";
import { i18nFixtures, type I18nFixtures, LOCALES } from "./fixtures/i18n";
import { escapeRegExp } from "./pick";

// The records list and a record's page in every UI language: tabs, columns, property labels,
// dropdown option labels, profile sections and HubSpot's identity types come from the catalogs.

const test = base.extend<I18nFixtures>(i18nFixtures);
const fullName = `${SAMPLE_FIRST_CONTACT.firstname} ${SAMPLE_FIRST_CONTACT.lastname}`;

for (const locale of LOCALES) {
  test.describe(locale, () => {
    test.use({ uiLocale: locale });

    test("each object type's list fits a 1024 px window without scrolling sideways", async ({ page, t }) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      for (const type of ["contact", "company", "deal", "ticket"] as const) {
        await page.goto(`/records?type=${type}`);
        const table = page.getByRole("table", {
          name: new RegExp(`^${escapeRegExp(t("records.table.caption", { type, hasQuery: "false", q: "" }))}`),
        });
        await expect(table.getByRole("row")).not.toHaveCount(1);
        const card = page.locator(".table-card").filter({ has: table });
        const overflow = await card.evaluate((element) => element.scrollWidth - element.clientWidth);
        expect(overflow, `${type}: the table is ${overflow} px wider than its card`).toBeLessThanOrEqual(0);
      }
      // Wider, the optional columns (a contact's phone, a company's city) are back.
      await page.setViewportSize({ width: 1440, height: 900 });
      await expect(page.getByRole("columnheader", { name: t("records.columns.phone") })).toHaveCount(0);
      await page.goto("/records?type=contact");
      await expect(page.getByRole("columnheader", { name: t("records.columns.phone") })).toBeVisible();
    });

    test("find the first seeded contact and read a property's history", async ({ page, t }) => {
      await page.goto("/records");
      const contacts = page.getByRole("tab", { name: t("crm.objectTypes.contact.plural") });
      await expect(contacts).toHaveAttribute("aria-selected", "true");

      // Switching type is reflected in the URL.
      await page.getByRole("tab", { name: t("crm.objectTypes.company.plural") }).click();
      await expect(page).toHaveURL(/[?&]type=company\b/);
      await expect(page.getByRole("columnheader", { name: t("records.columns.domain") })).toBeVisible();
      await contacts.click();
      await expect(page).toHaveURL(/[?&]type=contact\b/);

      await page.getByRole("searchbox", { name: t("records.page.searchLabel", { type: "contact" }) }).fill(SAMPLE_FIRST_CONTACT.email);
      await expect(page).toHaveURL(new RegExp(`[?&]q=${escapeRegExp(encodeURIComponent(SAMPLE_FIRST_CONTACT.email))}`));
      const rows = page.getByRole("table").getByRole("row");
      await expect(rows).toHaveCount(2); // header + Ada
      await expect(rows.nth(1)).toContainText(SAMPLE_FIRST_CONTACT.email);

      await page.getByRole("link", { name: fullName, exact: true }).click();
      await expect(page).toHaveURL(/\/records\/\d+$/);
      await expect(page.getByRole("heading", { level: 1, name: fullName })).toBeVisible();
      await expect(page.getByRole("heading", { name: new RegExp(`^${escapeRegExp(t("records.profile.forms"))}`) })).toBeVisible();
      await expect(page.getByRole("heading", { name: new RegExp(`^${escapeRegExp(t("records.profile.lists"))}`) })).toBeVisible();

      // Her company, named by its object type only: HubSpot's default association label
      // (contact_to_company) restates the two types, so it is not shown.
      const related = page.getByRole("complementary", { name: t("records.detail.related") });
      const company = related.getByRole("listitem").filter({ has: page.getByRole("link", { name: SAMPLE_FIRST_CONTACT.company }) });
      await expect(company).toContainText(t("crm.objectTypes.company.singular"));
      await expect(company).not.toContainText("contact to company");
      // Her identities: an e-mail address, typed in the UI language.
      const identities = related.getByRole("region", { name: new RegExp(`^${escapeRegExp(t("records.profile.identities"))}`) });
      await expect(identities.getByRole("listitem").filter({ hasText: SAMPLE_FIRST_CONTACT.email }).first()).toContainText(
        t("records.profile.identityTypes.EMAIL"),
      );

      // Dates stored as epoch milliseconds are shown as dates.
      const createDate = page
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: new RegExp(escapeRegExp(t("crm.properties.contact.createdate"))) }) });
      await expect(createDate).toBeVisible();
      await expect(createDate).not.toContainText(/\d{12,}/);

      // lifecyclestage went lead → marketingqualifiedlead → customer.
      const stage = t("crm.properties.contact.lifecyclestage");
      const toggle = page.getByRole("button", {
        name: new RegExp(
          `^${escapeRegExp(t("records.properties.versions", { count: 3 })).replace("3", "\\d+")} ${escapeRegExp(t("records.properties.versionsOf", { label: stage }))}$`,
        ),
      });
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      const history = page.getByRole("table", {
        name: new RegExp(`^${escapeRegExp(t("records.properties.historyCaption", { label: stage, count: 3 })).replace("3", "\\d+")}$`),
      });
      await expect(history).toBeVisible();
      const versions = history.getByRole("row");
      expect(await versions.count()).toBeGreaterThan(2); // header + at least two versions
      await expect(versions.nth(1)).toContainText(t("crm.propertyOptions.lifecyclestage.customer"));
      await expect(versions.nth(1)).toContainText(t("records.properties.current"));
      await expect(history).toContainText(t("crm.propertyOptions.lifecyclestage.marketingqualifiedlead"));
      await expect(versions.last()).toContainText(t("crm.propertyOptions.lifecyclestage.lead"));
    });
  });
}
