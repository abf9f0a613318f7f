import { expect, test } from "./fixtures/receiver";
import { uniqueName } from "./unique-name";

test("pinned test data: an action that reads an earlier output is tested with that action's last Test, which stays when its panel closes", async ({
  page,
  receiver,
}, testInfo) => {
  receiver.setHandler(() => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify({ id: "ord-42" }) }));
  const name = uniqueName("E2E pinned", testInfo, " ");
  const workflow = await (await page.request.post("/api/workflows", { data: { name, objectType: "contact" } })).json();
  const saved = await page.request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: workflow.revision,
      startActionId: "lookup",
      actions: [
        {
          id: "lookup",
          name: "Look up the order",
          nextId: "notify",
          type: "SEND_WEBHOOK",
          config: { method: "POST", webhookUrl: `${receiver.url}/lookup`, outputs: [{ name: "id", path: "id", type: "STRING" }] },
        },
        {
          id: "notify",
          name: "Notify billing",
          type: "SEND_WEBHOOK",
          config: {
            method: "POST",
            webhookUrl: `${receiver.url}/notify`,
            body: { type: "CUSTOM", fields: [{ key: "order", source: { type: "OUTPUT", actionId: "lookup", output: "id" } }] },
          },
        },
      ],
    },
  });
  expect(saved.ok(), await saved.text()).toBe(true);
  await page.goto(`/workflows/${workflow.id}`);

  // Before the earlier action was tested: the Test says which one to test first, and sends nothing.
  await page.getByRole("button", { name: /^Action 2: Notify billing/ }).click();
  let panel = page.getByRole("complementary", { name: "Notify billing" });
  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText(/Test Look up the order first/).first()).toBeVisible();
  expect(receiver.requests).toHaveLength(0);

  // Test the earlier action; its result stays after its panel closes and opens again.
  await page.getByRole("button", { name: /^Action 1: Look up the order/ }).click();
  const lookup = page.getByRole("complementary", { name: "Look up the order" });
  await lookup.getByRole("button", { name: "Test", exact: true }).click();
  await expect(lookup.getByText("The test request succeeded.")).toBeVisible();
  await lookup.getByRole("button", { name: "Close" }).first().click();
  await page.getByRole("button", { name: /^Action 1: Look up the order/ }).click();
  await expect(page.getByRole("complementary", { name: "Look up the order" }).getByText("The test request succeeded.")).toBeVisible();

  // Now the later action is tested with that Test's output, and says so.
  await page.getByRole("button", { name: /^Action 2: Notify billing/ }).click();
  panel = page.getByRole("complementary", { name: "Notify billing" });
  await expect(panel.getByText(/Values from earlier actions come from their last Test here: Look up the order \(tested at/)).toBeVisible();
  await panel.getByRole("button", { name: "Test", exact: true }).click();
  await expect(panel.getByText("The test request succeeded.")).toBeVisible();
  const notify = receiver.requests.filter((r) => r.path === "/notify");
  expect(notify).toHaveLength(1);
  expect(JSON.parse(notify[0].body.toString())).toEqual({ order: "ord-42" });
});
