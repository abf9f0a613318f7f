import fs from "node:fs";
import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { OWNER, OWNER_STATE, SIGNED_OUT } from "./fixtures/accounts";

// Runs before every spec of the chromium project (playwright.config.ts, "setup"): signs the
// bootstrapped owner in through the sign-in page, as a person would, and saves the session
// cookie for the specs (their pages and their `request` fixture both carry it).
setup.use({ storageState: SIGNED_OUT });

setup("the owner signs in", async ({ page }) => {
  await page.goto("/workflows");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workflows$/);
  await expect(page.getByRole("heading", { name: "Workflows", level: 1 })).toBeVisible();
  fs.mkdirSync(path.dirname(OWNER_STATE), { recursive: true });
  await page.context().storageState({ path: OWNER_STATE });
});
