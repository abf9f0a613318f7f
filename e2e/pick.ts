import { expect, type Locator, type Page } from "@playwright/test";

/** Escapes text for use inside a RegExp (labels with dots, brackets, …). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Chooses in one of the editor's pickers (components/pickers/source-picker.tsx): opens it, searches,
 * and clicks the option whose name starts with `option` (an option reads "Label internal_name").
 * Finds the picker's popover through the trigger's aria-controls, so it works in every UI language.
 */
export async function pick(page: Page, picker: Locator, search: string, option: string | RegExp = search) {
  await picker.click();
  const popoverId = await picker.getAttribute("aria-controls");
  expect(popoverId, "the picker names its popover").toBeTruthy();
  const popover = page.locator(`[id="${popoverId}"]`);
  await popover.getByRole("textbox").fill(search);
  const name = typeof option === "string" ? new RegExp(`^${escapeRegExp(option)}`) : option;
  await popover.getByRole("button", { name }).first().click();
  await expect(popover).toBeHidden();
}
