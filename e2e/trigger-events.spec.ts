import { expect, test } from "@playwright/test";
import { workflowWith } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

test("the Trigger events tab lists every call to the hook URL: refused with 415 and 422 and why, enrolled, duplicate; an event becomes the sample", async ({
  page,
  request,
}, testInfo) => {
  const name = uniqueName("E2E trigger events", testInfo, " ");
  const workflow = {
    id: await workflowWith(
      request,
      name,
      [{ id: "set", type: "SET_PROPERTY", config: { property: "jobtitle", value: { type: "STATIC", value: "Analyst" } } }],
      {
        trigger: {
          type: "WEBHOOK",
          eventId: { type: "BODY", path: "id" },
          recordMatch: { payloadPath: "email", property: "email", whenMissing: "REJECT" },
        },
      },
    ),
  };
  const { hookToken } = await (await request.get(`/api/workflows/${workflow.id}`)).json();
  const hook = (body: string, contentType = "application/json") =>
    request.post(`/api/hooks/${hookToken}`, {
      headers: { "content-type": contentType, authorization: "Bearer e2e-sender-token" },
      data: body,
    });
  expect((await hook("plain words", "text/plain")).status()).toBe(415);
  expect((await hook(JSON.stringify({ id: "evt-unknown", email: "nobody@nowhere.example" }))).status()).toBe(422);
  const ada = JSON.stringify({ id: "evt-ada", email: "ada@analytical-engines.example", plan: "pro" });
  expect((await hook(ada)).status()).toBe(202);
  expect((await hook(ada)).status()).toBe(200);

  await page.goto(`/workflows/${workflow.id}`);
  await page.getByRole("navigation", { name: "Workflow views" }).getByRole("link", { name: "Trigger events" }).click();
  await expect(page).toHaveURL(new RegExp(`/workflows/${workflow.id}/events$`));
  const events = page.getByRole("list", { name: "Calls to the hook URL" }).getByRole("listitem");
  await expect(events).toHaveCount(4);
  const [duplicate, enrolled, unknown, textPlain] = [events.nth(0), events.nth(1), events.nth(2), events.nth(3)];
  await expect(textPlain).toContainText("Refused");
  await expect(textPlain).toContainText("415 Unsupported Media Type");
  await expect(textPlain).toContainText("Send JSON");
  await expect(textPlain.getByText("plain words")).toBeVisible();
  await expect(unknown).toContainText("422 Unprocessable Content");
  await expect(unknown).toContainText('No contact has email = "nobody@nowhere.example"');
  await expect(enrolled).toContainText("202 Accepted");
  await expect(enrolled.getByRole("link", { name: "View the run" })).toHaveAttribute(
    "href",
    new RegExp(`/workflows/${workflow.id}/history/.+`),
  );
  await expect(duplicate).toContainText("Duplicate");
  await expect(duplicate.getByRole("link", { name: "The run it repeats" })).toHaveAttribute(
    "href",
    (await enrolled.getByRole("link", { name: "View the run" }).getAttribute("href")) ?? "",
  );
  // Headers, with the sender's credentials masked.
  await unknown.getByRole("button", { name: "Headers:" }).click();
  await expect(unknown.getByText("********").first()).toBeVisible();
  await expect(page.getByText("e2e-sender-token")).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("trigger-events.png"), fullPage: true });

  // An event's payload becomes the trigger's sample in the draft (saved with the workflow).
  await enrolled.getByRole("button", { name: "Use as sample" }).click();
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Unsaved changes")).toBeHidden();
  const after = await (await request.get(`/api/workflows/${workflow.id}`)).json();
  expect(after.trigger.sample).toEqual(JSON.parse(ada));

  // A refused event is tried again once the trigger creates missing contacts: a new event, enrolled.
  const fixed = await request.put(`/api/workflows/${workflow.id}`, {
    data: {
      revision: after.revision,
      trigger: { ...after.trigger, recordMatch: { payloadPath: "email", property: "email", whenMissing: "CREATE" } },
    },
  });
  expect(fixed.ok(), await fixed.text()).toBe(true);
  await page.reload();
  await expect(unknown).toContainText("Fix the record or the trigger, then try this event again.");
  await expect(textPlain.getByRole("button", { name: "Try again" })).toHaveCount(0);
  await unknown.getByRole("button", { name: "Try again" }).click();
  await expect(events).toHaveCount(5);
  await expect(events.first()).toContainText("Enrolled");
  await expect(events.first()).toContainText("Event id evt-unknown");

  // The run's page shows the payload that started it.
  await events.nth(2).getByRole("link", { name: "View the run" }).click();
  await page.getByRole("button", { name: "Trigger payload:" }).click();
  await expect(page.getByText('"evt-ada"')).toBeVisible();
});
