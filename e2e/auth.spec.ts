import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support";

test("an editor signs in, returns to the page they asked for, and signs out", async ({ page }) => {
  const editor = await createUser("editor");
  await page.goto("/desk/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdesk%2Faccount$/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/desk\/account$/);
  await expect(page.getByText(`Signed in as ${editor.name}`)).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdesk$/);
});

test("a wrong password gets one generic message and keeps the email typed", async ({ page }) => {
  const editor = await createUser("editor");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#signin-error")).toHaveText("Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(editor.email);
  await expect(page).toHaveURL(/\/signin/);
});

test("repeated failures are refused for a while, even with the right password", async ({ page }) => {
  test.setTimeout(60_000);
  const editor = await createUser("editor");
  await page.goto("/signin");
  await page.getByLabel("Email").fill(editor.email);
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Password").fill(`wrong ${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled({ timeout: 15_000 });
  }
  await expect(page.locator("#signin-error")).toContainText("Too many failed sign-in attempts. Try again in");
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#signin-error")).toContainText("Too many failed sign-in attempts");
  await expect(page).toHaveURL(/\/signin/);
});

test("an editor cannot open user management", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor);
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  const response = await page.goto("/desk/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
