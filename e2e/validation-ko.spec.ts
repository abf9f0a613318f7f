import { expect, test } from "@playwright/test";
import { signedInContext } from "./fixtures/accounts";
import { createWebhookWorkflow } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// Validation messages in the user's language: the shared schemas name their messages by a key of the
// validation catalog, and the editor and the settings forms show them in Korean for a Korean user.

test("in Korean, the Send a webhook panel and the Add secret dialog say what is wrong in Korean", async ({ browser }, testInfo) => {
  const context = await signedInContext(browser, "ADMIN");
  expect((await context.request.put("/api/session/locale", { data: { locale: "ko" } })).ok()).toBe(true);
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
