import { type Browser, expect, type Page, test } from "@playwright/test";
import { BASE_URL, OWNER, SIGNED_OUT, signedInContext } from "./fixtures/accounts";
import { uniqueName } from "./unique-name";

// The account pages (issue 11): sign-in, Settings → Users (invitation links, roles,
// deactivation), Settings → API tokens and the audit log that records all of it. The specs run
// as the bootstrapped owner (e2e/auth.setup.ts); people who join do so in contexts of their own.

const signedOut = (browser: Browser) => browser.newContext({ baseURL: BASE_URL, storageState: SIGNED_OUT });

/** The audit log filtered to one action, as a person would pick it. */
async function auditEntries(page: Page, action: string) {
  await page.goto("/settings/audit-log");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: action });
  return page.getByRole("table", { name: "Audit log entries, newest first" });
}

test("sign-in: a wrong password shows the server's message, then the right one goes to the page asked for", async ({ browser }) => {
  const context = await signedOut(browser);
  const page = await context.newPage();
  await page.goto("/records");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Frecords$/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

  await page.getByLabel("Email").fill(OWNER.email);
  await page.getByLabel("Password").fill("not the owner's password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right." })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Frecords$/);
  // The email stays for the next try; the wrong password does not.
  await expect(page.getByLabel("Email")).toHaveValue(OWNER.email);
  await expect(page.getByLabel("Password")).toHaveValue("");

  await page.getByLabel("Password").fill(OWNER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${BASE_URL}/records`);
  await expect(page.getByRole("heading", { level: 1, name: "Records" })).toBeVisible();
  // The sidebar names who is signed in, and links to their profile.
  await expect(page.getByRole("link", { name: /E2E Owner\s*Owner/ })).toHaveAttribute("href", "/profile");
  await context.close();
});

test("users: an invitation link shown once, accepted in another browser; role changed; deactivation signs that user out", async ({
  page,
  browser,
}, testInfo) => {
  // Three browsers and a dozen steps: more than the default 30 seconds on a busy machine.
  test.setTimeout(90_000);
  const email = `${uniqueName("joiner", testInfo)}@e2e.hookflow.test`;
  const name = uniqueName("E2E Joiner", testInfo, " ");

  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: /E2E Owner/ })).toBeVisible();

  await page.getByRole("button", { name: "Invite user" }).click();
  const dialog = page.getByRole("dialog", { name: "Invite user" });
  await dialog.getByLabel("Role").selectOption({ label: "Viewer" });
  await dialog.getByLabel("Email (optional)").fill(email);
  await dialog.getByRole("button", { name: "Create link" }).click();

  const created = page.getByRole("dialog", { name: "Invitation link created" });
  await expect(created.getByText("It will not be shown again.")).toBeVisible();
  await expect(created.getByText(/Valid until/)).toBeVisible();
  const link = await created.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(new RegExp(`^${BASE_URL}/invite/[A-Za-z0-9_-]{43}$`));
  await created.getByRole("button", { name: "Done" }).click();
  await expect(created).toBeHidden();
  // Shown once: the page no longer holds it, and the list of open invitations names only the email.
  expect(await page.content()).not.toContain(link.split("/invite/")[1]);
  const invitations = page.getByRole("table", { name: "Open invitations" });
  await expect(invitations.getByRole("row", { name: new RegExp(email) })).toContainText("Viewer");

  // The invited person, in a browser of their own.
  const joinerContext = await signedOut(browser);
  const joiner = await joinerContext.newPage();
  await joiner.goto(link);
  await expect(joiner.getByRole("heading", { level: 1, name: "Join Hookflow" })).toBeVisible();
  await expect(joiner.getByText("E2E Owner invited you to Hookflow as a Viewer.")).toBeVisible();
  await expect(joiner.getByLabel("Email")).toHaveValue(email);
  await expect(joiner.getByLabel("Email")).toHaveAttribute("readonly", "");
  await joiner.getByLabel("Name").fill(name);
  await joiner.getByLabel("Password", { exact: true }).fill("password1234");
  await joiner.getByLabel("Confirm password").fill("password1234");
  await joiner.getByRole("button", { name: "Create account and join" }).click();
  // The policy's message, before anything is sent.
  await expect(joiner.getByText("This password is one of the most common ones; choose another.")).toBeVisible();
  const password = `joiner passphrase ${testInfo.workerIndex} ${Date.now()}`;
  await joiner.getByLabel("Password", { exact: true }).fill(password);
  await joiner.getByLabel("Confirm password").fill(password);
  await joiner.getByRole("button", { name: "Create account and join" }).click();
  await expect(joiner).toHaveURL(`${BASE_URL}/workflows`);
  await expect(joiner.getByRole("link", { name: new RegExp(`${name}\\s*Viewer`) })).toBeVisible();

  // The link worked once.
  const lateContext = await signedOut(browser);
  const late = await lateContext.newPage();
  await late.goto(link);
  await expect(late.getByText("This link was used, expired or withdrawn; ask an admin for a new one.")).toBeVisible();
  await lateContext.close();

  // The owner makes them an Editor.
  await page.reload();
  await expect(invitations.getByRole("row", { name: new RegExp(email) })).toHaveCount(0);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByRole("cell", { name: email })).toBeVisible();
  await row.getByLabel(`Role of ${name}`).selectOption({ label: "Editor" });
  await expect(page.getByRole("status").filter({ hasText: `${name} is now Editor.` })).toBeAttached();
  await page.reload();
  await expect(row.getByLabel(`Role of ${name}`)).toHaveValue("EDITOR");
  // The joiner's next page load shows the new role.
  await joiner.goto("/records");
  await expect(joiner.getByRole("link", { name: new RegExp(`${name}\\s*Editor`) })).toBeVisible();

  // Deactivate: asked first, then their session ends at once.
  await row.getByRole("button", { name: `Deactivate ${name}` }).click();
  const confirm = page.getByRole("alertdialog", { name: `Deactivate ${name}?` });
  await expect(confirm).toContainText("signed out everywhere at once");
  await expect(confirm).toContainText("API tokens they created stop working at once");
  await confirm.getByRole("button", { name: "Deactivate" }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByText("Deactivated")).toBeVisible();

  // Their next page load goes to sign-in, and back to this page after. A request the open page makes
  // on its own may get there first (the API answers 401, and the page leaves for the same address),
  // which aborts the reload: either way they land on sign-in.
  await joiner.reload().catch((error: Error) => {
    if (!error.message.includes("ERR_ABORTED")) throw error;
  });
  await expect(joiner).toHaveURL(`${BASE_URL}/sign-in?next=%2Frecords`);
  await joinerContext.close();

  // The audit log has each step, by whom.
  const joined = await auditEntries(page, "User joined");
  await expect(joined.getByRole("row", { name: new RegExp(`${name}.*joined as Viewer by invitation`) })).toBeVisible();
  const deactivated = await auditEntries(page, "User deactivated");
  const entry = deactivated.getByRole("row", { name: new RegExp(`${name} deactivated`) });
  await expect(entry.getByRole("rowheader")).toHaveText("E2E Owner");
});

test("API tokens: created with its value and curl line shown once, it works until revoked", async ({ page, playwright }, testInfo) => {
  const name = uniqueName("E2E token", testInfo, " ");

  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  // The bootstrap token (the e2e server's) is listed, so the header has the button.
  await page.getByRole("button", { name: "Create token" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API token" });
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Role").selectOption({ label: "Viewer" });
  await dialog.getByLabel("Expires in days (optional)").fill("0");
  await dialog.getByRole("button", { name: "Create token" }).click();
  // The server's rule, next to the field.
  await expect(dialog.getByText("At least 1 day.")).toBeVisible();
  await dialog.getByLabel("Expires in days (optional)").fill("30");
  await dialog.getByRole("button", { name: "Create token" }).click();

  const created = page.getByRole("dialog", { name: "API token created" });
  await expect(created.getByText("It will not be shown again.")).toBeVisible();
  const token = await created.getByLabel("Token").inputValue();
  expect(token).toMatch(/^hf_[A-Za-z0-9_-]{43}$/);
  await expect(created.getByText(`curl -H "Authorization: Bearer ${token}" ${BASE_URL}/api/workflows`)).toBeVisible();
  await created.getByRole("button", { name: "Done" }).click();
  await expect(created).toBeHidden();
  expect(await page.content()).not.toContain(token);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${token.slice(0, 7)}…`);
  await expect(row).toContainText("Viewer");
  await expect(row).toContainText("Active");

  // The value works on the API, as a Viewer: it reads, and may not create.
  const api = await playwright.request.newContext({
    baseURL: BASE_URL,
    storageState: SIGNED_OUT,
    extraHTTPHeaders: { Authorization: `Bearer ${token}` },
  });
  expect((await api.get("/api/workflows")).status()).toBe(200);
  expect((await api.post("/api/workflows", { data: { name, objectType: "contact" } })).status()).toBe(403);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole("alertdialog", { name: "Revoke API token?" });
  await confirm.getByRole("button", { name: "Revoke token" }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
  expect((await api.get("/api/workflows")).status()).toBe(401);
  await api.dispose();

  // Both steps are in the audit log; a token's own calls are labelled with it.
  const createdEntries = await auditEntries(page, "Token created");
  await expect(createdEntries.getByRole("row", { name: new RegExp(`API token "${name}" created with the Viewer role`) })).toBeVisible();
  const revokedEntries = await auditEntries(page, "Token revoked");
  await expect(revokedEntries.getByRole("row", { name: new RegExp(`API token "${name}" revoked`) })).toBeVisible();
  // The actor filter narrows to one person's (or token's) entries.
  await page.getByLabel("Actor").fill("nobody by this name");
  await expect(page.getByText("No entries match these filters")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByLabel("Action")).toHaveValue("");
});

test("sign out of all sessions (profile): another open page of that user goes to sign-in on its next request, and back after", async ({
  browser,
}) => {
  const viewer = await signedInContext(browser, "VIEWER");
  const records = await viewer.newPage();
  await records.goto("/records");
  await expect(records.getByRole("heading", { level: 1, name: "Records" })).toBeVisible();

  const profile = await viewer.newPage();
  await profile.goto("/profile");
  await expect(profile.getByText(viewer.user.email)).toBeVisible();
  await expect(profile.getByRole("main").getByText(/^Viewer$/)).toBeVisible();
  await profile.getByRole("button", { name: "Sign out of all sessions" }).click();
  const confirm = profile.getByRole("alertdialog", { name: "Sign out of all sessions?" });
  await confirm.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(profile).toHaveURL(`${BASE_URL}/sign-in`);

  // The records page is still on screen; its next request is refused (401) and it leaves for sign-in.
  await records.getByRole("searchbox", { name: /Search contacts/ }).fill("Ada");
  await expect(records).toHaveURL(/\/sign-in\?next=%2Frecords/);
  await records.getByLabel("Email").fill(viewer.user.email);
  await records.getByLabel("Password").fill(viewer.user.password);
  await records.getByRole("button", { name: "Sign in" }).click();
  await expect(records).toHaveURL(/\/records/);
  await expect(records.getByRole("heading", { level: 1, name: "Records" })).toBeVisible();
  await viewer.close();
});

test("the audit log in Korean: each summary in Korean, its role too; an entry written before summaries had keys stays in English", async ({
  browser,
}, testInfo) => {
  const context = await signedInContext(browser, "ADMIN", { locale: "ko" });
  const page = await context.newPage();
  const name = uniqueName("KO token", testInfo, " ");
  const created = await context.request.post("/api/tokens", { data: { name, role: "VIEWER", expiresInDays: 30 } });
  expect(created.status(), await created.text()).toBe(201);
  const expiresAt: string = (await created.json()).expiresAt;

  await page.goto("/settings/audit-log");
  await expect(page.getByRole("heading", { level: 1, name: "감사 로그" })).toBeVisible();
  const table = page.getByRole("table", { name: "감사 로그 항목(최신순)" });
  // The summary's key and params in Korean: the role by its Korean name, the expiry as a Korean date.
  await page.getByLabel("작업").selectOption({ label: "토큰 생성됨" });
  const tokenRow = table.getByRole("row", {
    name: new RegExp(`"${name}" API 토큰을 뷰어 역할로 만들었습니다\\(만료: \\d{4}\\. \\d{1,2}\\. \\d{1,2}\\.\\)\\.`),
  });
  await expect(tokenRow).toBeVisible();
  await expect(table.getByText(`API token "${name}"`)).toHaveCount(0);
  await page.getByLabel("작업").selectOption({ label: "사용자 가입함" });
  const { user } = context;
  await expect(table.getByRole("row", { name: `${user.name}(${user.email})님이 초대를 받아 관리자 역할로 가입했습니다.` })).toBeVisible();

  // An entry as the API answers one written before the catalog (no summaryKey): its English summary, as stored.
  await page.route(
    (url) => url.pathname === "/api/audit-log",
    async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      for (const entry of body.entries) Object.assign(entry, { summaryKey: null, summaryParams: null });
      await route.fulfill({ response, json: body });
    },
  );
  await page.reload();
  await page.getByLabel("작업").selectOption({ label: "토큰 생성됨" });
  await expect(
    table.getByRole("row", { name: `API token "${name}" created with the Viewer role, expiring ${expiresAt.slice(0, 10)}.` }),
  ).toBeVisible();
  await context.close();
});
