import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Chooses in one of the editor's pickers (components/pickers/source-picker.tsx): opens it, searches,
 * and clicks the option whose name starts with `option` (an option reads "Label internal_name").
 */
export async function pick(page: Page, picker: Locator, search: string, option: string | RegExp = search) {
  await picker.click();
  const popover = page.getByRole("dialog").filter({ has: page.getByRole("textbox", { name: "Search" }) });
  await popover.getByRole("textbox", { name: "Search" }).fill(search);
  const name = typeof option === "string" ? new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) : option;
  await popover.getByRole("button", { name }).first().click();
  await expect(popover).toBeHidden();
}
