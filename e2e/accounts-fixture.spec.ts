import { expect, test } from "@playwright/test";
import { apiAs, OWNER, signedInContext } from "./fixtures/accounts";

// The shared sign-in fixture the other specs stand on (e2e/fixtures/accounts.ts): every spec
// starts as the bootstrapped owner, and a spec can add a browser or API caller of any role.

test("specs start signed in as the owner, in the page and in the request fixture", async ({ page, request }) => {
  expect((await (await request.get("/api/session")).json()).user).toMatchObject({ email: OWNER.email, role: "OWNER" });
  await page.goto("/workflows");
  await expect(page).toHaveURL(/\/workflows$/);
  await expect(page.locator(`a[href="/profile"]`)).toContainText(OWNER.name);
});

test("signedInContext and apiAs sign in fresh users of a role, through an invitation", async ({ browser }) => {
  const viewer = await signedInContext(browser, "VIEWER");
  const page = await viewer.newPage();
  await page.goto("/records");
  await expect(page).toHaveURL(/\/records$/);
  await expect(page.locator(`a[href="/profile"]`)).toContainText(viewer.user.name);
  const session = await (await page.request.get("/api/session")).json();
  expect(session).toMatchObject({ user: { email: viewer.user.email, role: "VIEWER" }, via: { kind: "session" } });
  // A Viewer changes nothing.
  expect((await page.request.post("/api/workflows", { data: { name: "Not allowed", objectType: "contact" } })).status()).toBe(403);
  await viewer.close();

  const editor = await apiAs("EDITOR");
  expect((await (await editor.get("/api/session")).json()).user).toMatchObject({ email: editor.user.email, role: "EDITOR" });
  expect((await editor.post("/api/workflows", { data: { name: `Fixture ${editor.user.email}`, objectType: "contact" } })).status()).toBe(
    201,
  );
  expect((await editor.get("/api/users")).status()).toBe(403);
  await editor.dispose();
});
