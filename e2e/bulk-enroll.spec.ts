import { expect, test } from "./fixtures/receiver";
import { uniqueName } from "./unique-name";

test("enroll several records at once: ticks kept across searches, then every record a search finds, after a confirm", async ({
  page,
  receiver,
}, testInfo) => {
  test.setTimeout(90_000);
  const name = uniqueName("E2E bulk enroll", testInfo, " ");
  const workflow = await (await page.request.post("/api/workflows", { data: { name, objectType: "contact" } })).json();
  const saved = await page.request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: workflow.revision,
      enabled: true,
      startActionId: "hook",
      actions: [{ id: "hook", type: "SEND_WEBHOOK", config: { method: "POST", webhookUrl: `${receiver.url}/bulk` } }],
    },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  const search = async (q: string) =>
    (await (await page.request.get(`/api/records?objectType=contact&limit=200&q=${encodeURIComponent(q)}`)).json()).records as {
      id: number;
      displayName: string;
    }[];
  const [first, second] = await search("");

  await page.goto(`/workflows/${workflow.id}`);
  await page.getByRole("button", { name: "Enroll records" }).click();
  const dialog = page.getByRole("dialog", { name: "Enroll records" });
  const searchBox = dialog.getByRole("searchbox", { name: "Search contacts" });
  // A tick stays while another search shows other records.
  await searchBox.fill(first.displayName);
  await dialog.getByRole("checkbox", { name: new RegExp(`^${first.displayName}`) }).check();
  await searchBox.fill(second.displayName);
  await dialog.getByRole("checkbox", { name: new RegExp(`^${second.displayName}`) }).check();
  await expect(dialog.getByText(`2 selected: ${first.displayName}, ${second.displayName}.`)).toBeVisible();
  await dialog.getByRole("button", { name: "Enroll 2 contacts" }).click();
  await expect(dialog.getByRole("status")).toContainText("2 contacts were enrolled.");
  await expect.poll(() => receiver.requests.length, { timeout: 30_000 }).toBe(2);
  const sent = receiver.requests.map((r) => JSON.parse(r.body.toString()).vid ?? JSON.parse(r.body.toString()).objectId);
  expect(sent.sort()).toEqual([first.id, second.id].sort());

  // Every contact the search finds, not only the 20 shown, after a confirm that can be declined.
  await dialog.getByRole("button", { name: "Enroll more" }).click();
  const q = "example";
  const matching = await search(q);
  expect(matching.length).toBeGreaterThan(2);
  await searchBox.fill(q);
  await dialog.getByRole("button", { name: `Enroll all matching “${q}”` }).click();
  const confirm = dialog.getByRole("alert");
  await expect(confirm).toContainText(`Enroll every contact that “${q}” finds`);
  await confirm.getByRole("button", { name: "Keep choosing" }).click();
  await expect(confirm).toBeHidden();
  await dialog.getByRole("button", { name: `Enroll all matching “${q}”` }).click();
  await confirm.getByRole("button", { name: "Enroll all" }).click();
  await expect(dialog.getByRole("status")).toContainText(`${matching.length} contacts were enrolled.`);
  await expect.poll(() => receiver.requests.length, { timeout: 60_000 }).toBe(2 + matching.length);
  await dialog.getByRole("link", { name: "View the runs" }).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${workflow.id}/history$`));
});
