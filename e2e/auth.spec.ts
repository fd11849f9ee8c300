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

test("an admin invites an editor, who sets a password through the link and signs in", async ({ page, browser }) => {
  const admin = await createUser("admin");
  await signIn(page, admin, "/desk/admin/users");
  const email = `invited-${Date.now()}@briefdesk.test`;
  const invite = page.locator("form").filter({ has: page.getByRole("button", { name: "Invite" }) });
  await invite.getByLabel("Name").fill("Ines Invited");
  await invite.getByLabel("Email").fill(email);
  await invite.getByLabel("Role").selectOption("editor");
  await invite.getByRole("button", { name: "Invite" }).click();
  const link = await page.getByLabel("One-time link").inputValue();
  expect(link).toMatch(/\/set-password\/[\w-]+$/);
  await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText("no password set yet");

  // The invited person, in their own browser.
  const invited = await (await browser.newContext()).newPage();
  await invited.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await expect(invited.getByText(email)).toBeVisible();
  await invited.getByLabel("New password").fill("a password of my own");
  await invited.getByLabel("Confirm password").fill("a password of my own");
  await invited.getByRole("button", { name: "Set password" }).click();
  await expect(invited.getByText("Password set. Sign in with your new password.")).toBeVisible();
  await invited.getByLabel("Email").fill(email);
  await invited.getByLabel("Password").fill("a password of my own");
  await invited.getByRole("button", { name: "Sign in" }).click();
  await expect(invited).toHaveURL(/\/desk$/);
  await expect(invited.getByText("Signed in as Ines Invited")).toBeVisible();

  // The link works once.
  await invited.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await expect(invited.getByText(/already been used/)).toBeVisible();
  await expect(invited.getByLabel("New password")).toHaveCount(0);
});

test("a deactivated user is signed out at their next request", async ({ page, browser }) => {
  const admin = await createUser("admin");
  const editor = await createUser("editor");
  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, editor);

  await signIn(page, admin, "/desk/admin/users");
  const card = page.getByRole("listitem").filter({ hasText: editor.email });
  await card.getByRole("button", { name: "Deactivate" }).click();
  await expect(card).toContainText("Deactivated");

  await editorPage.goto("/desk");
  await expect(editorPage).toHaveURL(/\/signin\?callbackUrl=%2Fdesk$/);
  await editorPage.getByLabel("Email").fill(editor.email);
  await editorPage.getByLabel("Password").fill(editor.password);
  await editorPage.getByRole("button", { name: "Sign in" }).click();
  await expect(editorPage.locator("#signin-error")).toHaveText("Email or password is incorrect.");
});
