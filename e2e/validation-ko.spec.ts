import { expect, test } from "@playwright/test";
import { signedInContext } from "./fixtures/accounts";
import { createWebhookWorkflow, workflowWith } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// Validation messages in the user's language: the shared schemas name their messages by a key of the
// validation catalog, and the editor and the settings forms show them in Korean for a Korean user.

test("in Korean, the Send a webhook panel and the Add secret dialog say what is wrong in Korean", async ({ browser }, testInfo) => {
  const context = await signedInContext(browser, "ADMIN", { locale: "ko" });
  const page = await context.newPage();

  const workflowId = await createWebhookWorkflow(context.request, uniqueName("E2E 검증", testInfo, " "));
  await page.goto(`/workflows/${workflowId}`);
  // The action's type label comes from its definition; the panel is found by its field.
  const node = page.getByRole("button", { name: /^작업 1: / });
  await node.focus();
  await node.press("Enter");
  const urlField = page.getByLabel("웹훅 URL");
  const panel = page.getByRole("complementary").filter({ has: urlField });
  await urlField.fill("http://example.com/hook");
  await expect(panel.getByText("웹훅 URL은 https://를 사용해야 합니다(일반 http는 허용되지 않습니다).")).toBeVisible();
  await expect(urlField).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByText("plain http is not allowed")).toHaveCount(0);
  await urlField.fill("https://example.com/hook");
  await expect(panel.getByText("웹훅 URL은 https://를 사용해야 합니다")).toBeHidden();

  await page.goto("/settings/secrets");
  await page.getByRole("button", { name: "비밀 추가" }).first().click();
  const dialog = page.getByRole("dialog", { name: "비밀 추가" });
  await dialog.getByLabel("이름", { exact: true }).fill("9 not valid");
  await dialog.getByRole("button", { name: "비밀 저장" }).click();
  await expect(dialog.getByText("이름은 문자로 시작하고 문자, 숫자, 밑줄만 사용해야 합니다(최대 64자).")).toBeVisible();
  await dialog.getByLabel("이름", { exact: true }).fill("KO_SECRET");
  await dialog.getByLabel("값", { exact: true }).fill("   ");
  await dialog.getByRole("button", { name: "비밀 저장" }).click();
  await expect(dialog.getByText("값이 공백으로만 이루어질 수 없습니다.")).toBeVisible();
  await expect(dialog.getByText(/must|required/)).toHaveCount(0);
  await context.close();
});

test("in Korean, Set property value on a number property says at the field that a word is not a number", async ({ browser }, testInfo) => {
  const context = await signedInContext(browser, "ADMIN", { locale: "ko" });
  const suffix = `${Date.now().toString(36)}${testInfo.workerIndex}`;
  const seats = { label: `Seats ${suffix}`, name: `seats_${suffix}` };
  expect((await context.request.post("/api/properties", { data: { objectType: "contact", ...seats, type: "number" } })).status()).toBe(201);
  const workflowId = await workflowWith(
    context.request,
    uniqueName("E2E 속성 유형", testInfo, " "),
    [{ id: "set", type: "SET_PROPERTY", config: { property: seats.name, value: { type: "STATIC", value: "" } } }],
    { enabled: false },
  );

  const page = await context.newPage();
  await page.goto(`/workflows/${workflowId}`);
  const node = page.getByRole("button", { name: /^작업 1: / });
  await node.focus();
  await node.press("Enter");
  const value = page.getByLabel("값", { exact: true });
  const panel = page.getByRole("complementary").filter({ has: value });
  await value.fill("many");
  await expect(panel.getByText(`${seats.label}(${seats.name}) 속성에는 42나 3.5 같은 숫자를 입력하세요. 입력한 값: "many"`)).toBeVisible();
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByText("takes a number")).toHaveCount(0);
  await value.fill("12");
  await expect(value).not.toHaveAttribute("aria-invalid", "true");
  await context.close();
});
