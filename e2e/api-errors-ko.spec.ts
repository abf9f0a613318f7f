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

test("in Korean, an Editor demoted while the page is open is told the role it needs in Korean", async ({ browser, request }) => {
  const context = await signedInContext(browser, "EDITOR", { locale: "ko" });
  const page = await context.newPage();
  await page.goto("/workflows");
  const create = page.getByRole("button", { name: "워크플로 만들기" }).first();
  await expect(create).toBeEnabled();

  // The owner makes them a Viewer; the page still offers what an Editor may do.
  const users: { users: { id: string; email: string }[] } = await (await request.get("/api/users")).json();
  const me = users.users.find((user) => user.email === context.user.email);
  expect(me).toBeDefined();
  const demoted = await request.patch(`/api/users/${me?.id}`, { data: { role: "VIEWER" } });
  expect(demoted.status(), await demoted.text()).toBe(200);

  // The API refuses (403 FORBIDDEN, key FORBIDDEN.role: the roles as selects, the name as a param).
  await create.click();
  const dialog = page.getByRole("dialog", { name: "워크플로 만들기" });
  await dialog.getByLabel("이름", { exact: true }).fill("KO 역할 확인");
  await dialog.getByRole("button", { name: "워크플로 만들기" }).click();
  await expect(dialog.getByText(`이 작업에는 편집자 이상의 역할이 필요합니다. ${context.user.name}의 역할은 뷰어입니다.`)).toBeVisible();
  await expect(dialog.getByText("role or higher")).toHaveCount(0);
  await context.close();
});

test("in Korean, the Trigger events tab says why the hook URL refused an event in Korean", async ({ browser, request }, testInfo) => {
  const workflow = {
    id: await workflowWith(
      request,
      uniqueName("E2E 트리거 거부", testInfo, " "),
      [{ id: "set", type: "SET_PROPERTY", config: { property: "jobtitle", value: { type: "STATIC", value: "Analyst" } } }],
      {
        trigger: { type: "WEBHOOK", recordMatch: { payloadPath: "email", property: "email", whenMissing: "REJECT" } },
      },
    ),
  };
  const { hookToken } = await (await request.get(`/api/workflows/${workflow.id}`)).json();
  const hook = (body: string, contentType = "application/json") =>
    request.post(`/api/hooks/${hookToken}`, { headers: { "content-type": contentType }, data: body });
  expect((await hook("plain words", "text/plain")).status()).toBe(415);
  expect((await hook(JSON.stringify({ email: "nobody@nowhere.example" }))).status()).toBe(422);

  // Each refusal keeps its catalog key and params with the event; the tab words them in Korean.
  const context = await signedInContext(browser, "ADMIN", { locale: "ko" });
  const page = await context.newPage();
  await page.goto(`/workflows/${workflow.id}/events`);
  await expect(
    page.getByText("JSON(Content-Type: application/json)이나 폼(application/x-www-form-urlencoded)으로 보내세요."),
  ).toBeVisible();
  await expect(page.getByText('속성 email의 값이 "nobody@nowhere.example"인 연락처 레코드가 없습니다.', { exact: false })).toBeVisible();
  await expect(page.getByText("No contact has")).toHaveCount(0);
  await expect(page.getByText("Send JSON")).toHaveCount(0);
  await context.close();
});
