import { expect, test } from "@playwright/test";
import { createFormat } from "@/lib/client/format";
import { SAMPLE_FIRST_CONTACT } from "@/lib/crm/sample-data";
import { signedInContext } from "./fixtures/accounts";

// Dates and times in the UI language and the user's time zone (issue 14): a Korean user in Seoul
// reads a record's dates in Korean form and Seoul time, whatever zone the browser is in.

test("a Korean user with the time zone Asia/Seoul sees a record's dates in Korean and in Seoul time", async ({ browser }) => {
  const context = await signedInContext(browser, "VIEWER");
  const api = context.request;
  expect((await api.put("/api/session/locale", { data: { locale: "ko" } })).status()).toBe(200);
  const bad = await api.put("/api/session/time-zone", { data: { timeZone: "Mars/Olympus_Mons" } });
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("IANA time zone");
  expect((await api.put("/api/session/time-zone", { data: { timeZone: "Asia/Seoul" } })).status()).toBe(200);

  const page = await context.newPage();
  await page.goto(`/records?type=contact&q=${encodeURIComponent(SAMPLE_FIRST_CONTACT.email)}`);
  await page.getByRole("link", { name: `${SAMPLE_FIRST_CONTACT.firstname} ${SAMPLE_FIRST_CONTACT.lastname}`, exact: true }).click();
  await expect(page).toHaveURL(/\/records\/(\d+)$/);
  const id = /\/records\/(\d+)$/.exec(page.url())?.[1];
  const record = (await (await api.get(`/api/records/${id}`)).json()) as { createdAt: string };

  const seoul = createFormat({ locale: "ko", timeZone: "Asia/Seoul", justNow: "방금 전" });
  const created = seoul.dateTime(record.createdAt);
  expect(created).toMatch(/^\d{4}\. \d{1,2}\. \d{1,2}\. 오[전후] \d{1,2}:\d{2}$/);
  await expect(page.getByText(`생성 ${created}`)).toBeVisible();

  // The profile shows the choice and the zone the dates are in.
  await page.goto("/profile");
  await expect(page.getByRole("combobox", { name: "시간대" })).toHaveValue("Asia/Seoul");
  await expect(page.getByText(/날짜와 시간은 Asia\/Seoul 기준으로 표시됩니다/)).toBeVisible();
  await context.close();
});

// TimeZoneSync writes the browser's zone into the hookflow-tz cookie and re-renders the page once
// (an RSC request) when the page was drawn in the cookie's old zone; a user who chose a zone is
// shown that zone whatever the cookie says, so their page is not fetched twice.
for (const chosen of [null, "Asia/Seoul"]) {
  test(`a browser in New York ${chosen ? `re-renders nothing for a user who chose ${chosen}` : "re-renders once for a user who follows the browser"}`, async ({
    browser,
  }) => {
    const context = await signedInContext(browser, "VIEWER", { timezoneId: "America/New_York" });
    if (chosen) expect((await context.request.put("/api/session/time-zone", { data: { timeZone: chosen } })).status()).toBe(200);
    const page = await context.newPage();
    const refreshes: string[] = [];
    page.on("request", (request) => {
      const headers = request.headers();
      if (headers.rsc === "1" && !headers["next-router-prefetch"]) refreshes.push(request.url());
    });
    await page.goto("/profile");
    await expect
      .poll(async () => (await context.cookies()).find((cookie) => cookie.name === "hookflow-tz")?.value)
      .toBe(encodeURIComponent("America/New_York"));
    await page.waitForLoadState("networkidle");
    expect(refreshes).toHaveLength(chosen ? 0 : 1);
    await context.close();
  });
}
