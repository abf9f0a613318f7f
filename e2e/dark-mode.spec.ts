import { type Page, expect, test } from "@playwright/test";
import { SIGNED_OUT } from "./fixtures/accounts";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// The theme (app/globals.css, components/theme): System follows prefers-color-scheme; the sidebar's
// switch picks Light or Dark, kept in localStorage and applied by an inline script before the first
// paint. Colours are checked as the browser computes them, so a token or a rule that stops applying fails.

// --bg and --surface of each theme, as getComputedStyle reports them.
const BG = { light: "rgb(245, 247, 250)", dark: "rgb(13, 17, 23)" };
const SURFACE = { light: "rgb(255, 255, 255)", dark: "rgb(22, 27, 36)" };

async function theme(page: Page) {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return {
      attribute: document.documentElement.dataset.theme,
      colorScheme: getComputedStyle(document.documentElement).colorScheme,
      background: body.backgroundColor,
      text: body.color,
    };
  });
}

/** WCAG contrast of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter + 0.05) / (darker + 0.05);
}

const mainBackground = (page: Page) =>
  page.locator("main").evaluate((main) => getComputedStyle(main.closest("body") ?? main).backgroundColor);

test("System follows the browser's colour scheme, live", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/workflows");
  await expect(page.getByRole("heading", { name: "Workflows", level: 1 })).toBeVisible();
  await expect(page.getByRole("radio", { name: "System" })).toBeChecked();
  expect(await theme(page)).toMatchObject({ attribute: "dark", colorScheme: "dark", background: BG.dark });
  const { text, background } = await theme(page);
  expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  // A table card is a surface, with muted header text on it (the seeded records).
  await page.goto("/records");
  const header = page.locator(".table thead th").first();
  await expect(header).toBeVisible();
  const colours = await header.evaluate((th) => ({
    text: getComputedStyle(th).color,
    card: getComputedStyle(th.closest(".table-card") ?? th).backgroundColor,
  }));
  expect(colours.card).toBe(SURFACE.dark);
  expect(contrast(colours.text, colours.card)).toBeGreaterThanOrEqual(4.5);

  // The system switches to light while the page is open: the page follows without a reload.
  await page.emulateMedia({ colorScheme: "light" });
  await expect.poll(async () => (await theme(page)).attribute).toBe("light");
  expect(await theme(page)).toMatchObject({ colorScheme: "light", background: BG.light });
});

test("the switch is named, works from the keyboard, and its choice survives a reload", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/workflows");
  const group = page.getByRole("group", { name: "Theme" });
  await expect(group.getByRole("radio")).toHaveCount(3);
  await expect(group.getByRole("radio", { name: "System" })).toBeChecked();
  expect(await theme(page)).toMatchObject({ attribute: "light", background: BG.light });

  // Tab from the last link before it lands on the chosen segment; the arrows choose.
  await page.getByRole("link", { name: "Audit log" }).focus();
  await page.keyboard.press("Tab");
  await expect(group.getByRole("radio", { name: "System" })).toBeFocused();
  const focusOutline = await group
    .locator("label")
    .first()
    .evaluate((label) => getComputedStyle(label).outlineStyle);
  expect(focusOutline).toBe("solid");
  await page.keyboard.press("ArrowRight");
  await expect(group.getByRole("radio", { name: "Light" })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(group.getByRole("radio", { name: "Dark" })).toBeChecked();
  await expect.poll(async () => (await theme(page)).attribute).toBe("dark");
  expect(await theme(page)).toMatchObject({ colorScheme: "dark", background: BG.dark });
  expect(await mainBackground(page)).toBe(BG.dark);
  expect(await page.evaluate(() => localStorage.getItem("hookflow-theme"))).toBe("dark");

  // Dark wins over a light system, after a reload and on other pages.
  await page.reload();
  await expect(page.getByRole("radio", { name: "Dark" })).toBeChecked();
  expect(await theme(page)).toMatchObject({ attribute: "dark", background: BG.dark });
  await page.getByRole("link", { name: "Records" }).click();
  await expect(page.getByRole("heading", { name: "Records", level: 1 })).toBeVisible();
  expect(await theme(page)).toMatchObject({ attribute: "dark", background: BG.dark });

  // Light wins over a dark system.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.getByRole("radio", { name: "Light" }).check();
  expect(await theme(page)).toMatchObject({ attribute: "light", colorScheme: "light", background: BG.light });
  await page.reload();
  expect(await theme(page)).toMatchObject({ attribute: "light", background: BG.light });

  // Back to System: the dark system's theme again, and nothing kept.
  await page.getByRole("radio", { name: "System" }).check();
  expect(await theme(page)).toMatchObject({ attribute: "dark", background: BG.dark });
  expect(await page.evaluate(() => localStorage.getItem("hookflow-theme"))).toBeNull();
});

test("the chosen theme is set before the app's scripts run (no flash of the other theme)", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/workflows");
  await page.evaluate(() => localStorage.setItem("hookflow-theme", "dark"));
  // Without any of the app's JavaScript (React never starts), only the inline script in <head> can set it.
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/workflows");
  expect(await theme(page)).toMatchObject({ attribute: "dark", colorScheme: "dark", background: BG.dark });
  // And it comes before the body: the theme is in place when the first content is drawn.
  const position = await page.evaluate(() => {
    const script = [...document.head.querySelectorAll("script")].find((s) => s.textContent?.includes("hookflow-theme"));
    return script ? { inHead: true, nonce: script.nonce !== "" } : { inHead: false, nonce: false };
  });
  expect(position).toEqual({ inHead: true, nonce: true });
});

test("the signed-out pages follow the theme too", async ({ browser }) => {
  const context = await browser.newContext({ storageState: SIGNED_OUT, colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await theme(page)).toMatchObject({ attribute: "dark", colorScheme: "dark", background: BG.dark });
  const email = page.getByLabel("Email");
  const field = await email.evaluate((input) => ({
    background: getComputedStyle(input).backgroundColor,
    scheme: getComputedStyle(input).colorScheme,
  }));
  expect(field).toEqual({ background: SURFACE.dark, scheme: "dark" });
  await context.close();
});

test("the workflow canvas follows the theme: background, edges and controls", async ({ page, request }, testInfo) => {
  const id = await createWebhookWorkflow(request, uniqueName("Dark canvas", testInfo));
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/workflows/${id}`);
  const canvas = page.getByRole("application", { name: "Workflow canvas" });
  await expect(canvas.locator(".react-flow__edge-path").first()).toBeAttached();
  const colours = await canvas.evaluate((flow) => ({
    background: getComputedStyle(flow).backgroundColor,
    edge: getComputedStyle(flow.querySelector(".react-flow__edge-path") as Element).stroke,
    control: getComputedStyle(flow.querySelector(".react-flow__controls-button") as Element).backgroundColor,
    minimap: getComputedStyle(flow.querySelector(".react-flow__minimap") as Element).backgroundColor,
  }));
  expect(colours).toMatchObject({ background: BG.dark, edge: "rgb(107, 118, 137)", control: SURFACE.dark, minimap: SURFACE.dark });
  expect(contrast(colours.edge, colours.background)).toBeGreaterThanOrEqual(3);
});
