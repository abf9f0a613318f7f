import { expect, test } from "@playwright/test";
import { BASE_URL, signedInContext, SIGNED_OUT } from "./fixtures/accounts";

// The UI language: the signed-in user's choice (the sidebar's switch), else the browser's
// Accept-Language, else English. A fresh user: the owner's session is shared by the other specs.

test("the sidebar switches the UI to Korean and back, kept as the user's setting across reloads and browsers", async ({
  browser,
}, testInfo) => {
  const context = await signedInContext(browser, "VIEWER");
  const page = await context.newPage();
  await page.goto("/workflows");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Workflows" })).toBeVisible();

  await page.getByLabel("Language").selectOption("ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  const navKo = page.getByRole("navigation", { name: "주 메뉴" });
  await expect(navKo.getByRole("link", { name: "워크플로" })).toBeVisible();
  await expect(page).toHaveTitle("워크플로 · Hookflow");
  await expect(navKo.getByRole("link", { name: "실행" })).toBeVisible();
  await expect(page.getByRole("group", { name: "테마" }).getByText("시스템")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("sidebar-ko.png") });
  await page.reload();
  await expect(page.getByLabel("언어")).toHaveValue("ko");

  // Another browser of the same user, asking for English: the setting wins.
  const other = await browser.newContext({ baseURL: BASE_URL, storageState: SIGNED_OUT, locale: "en-US" });
  const signIn = await other.request.post("/api/session", { data: { email: context.user.email, password: context.user.password } });
  expect(signIn.status()).toBe(200);
  const otherPage = await other.newPage();
  await otherPage.goto("/workflows");
  await expect(otherPage.locator("html")).toHaveAttribute("lang", "ko");
  await other.close();

  await page.getByLabel("언어").selectOption("en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Workflows" })).toBeVisible();
  await context.close();
});

test("without a choice, the browser's Accept-Language decides", async ({ browser }) => {
  const korean = await browser.newContext({ baseURL: BASE_URL, storageState: SIGNED_OUT, locale: "ko-KR" });
  const page = await korean.newPage();
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await korean.close();
  const french = await browser.newContext({ baseURL: BASE_URL, storageState: SIGNED_OUT, locale: "fr-FR" });
  const fallback = await french.newPage();
  await fallback.goto("/sign-in");
  await expect(fallback.locator("html")).toHaveAttribute("lang", "en");
  await french.close();
});
