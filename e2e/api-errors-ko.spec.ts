import { expect, test } from "@playwright/test";
import { signedInContext } from "./fixtures/accounts";
import { workflowWith } from "./fixtures/workflows";
import { uniqueName } from "./unique-name";

// An API error's own sentence in the user's language: the API answers its apiErrors catalog key and
// params next to the English message, and the UI shows the Korean catalog's text for a Korean user.

test("in Korean, deleting a property a workflow started using, and creating one whose name is taken, say why in Korean", async ({
  browser,
}, testInfo) => {
  const context = await signedInContext(browser, "ADMIN", { locale: "ko" });
  const page = await context.newPage();
  const suffix = `${Date.now().toString(36)}${testInfo.workerIndex}`;
  const property = { label: `KO seats ${suffix}`, name: `ko_seats_${suffix}` };
  const created = await context.request.post("/api/properties", { data: { objectType: "contact", ...property, type: "number" } });
  expect(created.status(), await created.text()).toBe(201);

  // The list is loaded while no workflow uses the property, so its Delete button is enabled…
  await page.goto("/settings/properties");
  const deleteButton = page.getByRole("button", { name: `${property.label} 삭제` });
  await expect(deleteButton).toBeEnabled();

  // …then a workflow starts setting it.
  const workflowName = uniqueName("E2E 속성 사용", testInfo, " ");
  await workflowWith(
    context.request,
    workflowName,
    [{ id: "set", type: "SET_PROPERTY", config: { property: property.name, value: { type: "STATIC", value: "3" } } }],
    { enabled: false },
  );

  // The API refuses (409 PROPERTY_IN_USE), and the dialog says so in Korean, naming the workflow.
  await deleteButton.click();
  const confirm = page.getByRole("alertdialog", { name: "속성을 삭제하시겠습니까?" });
  await confirm.getByRole("button", { name: "속성 삭제" }).click();
  await expect(
    confirm.getByText(
      `워크플로가 속성 "${property.name}"을(를) 사용하고 있습니다: "${workflowName}". 먼저 해당 워크플로를 변경한 후 삭제하세요.`,
    ),
  ).toBeVisible();
  await expect(confirm.getByText("Workflows use the property")).toHaveCount(0);
  await confirm.getByRole("button", { name: "취소" }).click();

  // Creating a property whose internal name is taken: 409 CONFLICT (key CONFLICT.propertyName, the
  // object type as a param), shown at the Internal name field in Korean.
  await page.getByRole("button", { name: "속성 만들기" }).first().click();
  const dialog = page.getByRole("dialog", { name: "속성 만들기" });
  await dialog.getByLabel("레이블", { exact: true }).fill(`KO again ${suffix}`);
  await dialog.getByLabel("내부 이름", { exact: true }).fill(property.name);
  await dialog.getByRole("button", { name: "속성 만들기" }).click();
  await expect(dialog.getByText(`연락처에 이름이 "${property.name}"인 속성이 이미 있습니다. 다른 내부 이름을 선택하세요.`)).toBeVisible();
  await expect(dialog.getByText("already has a property")).toHaveCount(0);
  await context.close();
});
