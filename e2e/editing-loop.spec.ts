// The editing loop under deadline: nothing typed is lost whichever way the page is
// left, an editor's own save never blocks their next step, and two tabs that change
// different fields both land.
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { createUser, signIn, type TestUser } from "./support";

async function newBrief(page: Page, editor: TestUser, title: string) {
  await signIn(page, editor, "/desk/briefs/new");
  await page.getByLabel("Title").fill(`${title} ${Date.now()}`);
  await page.getByRole("button", { name: "Create brief" }).click();
  await expect(page).toHaveURL(/\/desk\/briefs\/(?!new)\w+$/);
  await expect(page.getByLabel("Body")).toBeEnabled();
  return page.url();
}

// Following a link now waits for a save, a server round trip: on a loaded machine, seconds.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });
const saved = (page: Page) => page.getByRole("status").filter({ hasText: /^Saved at/ });

test("text typed just before following a link is saved first", async ({ page }) => {
  const editor = await createUser("editor");
  await newBrief(page, editor, "Link race");
  await page.getByLabel("Body").pressSequentially("Typed under deadline.", { delay: 5 });
  await page.getByRole("link", { name: "Preview" }).click();
  await expect(page).toHaveURL(/\/preview$/);
  await expect(page.getByText("Typed under deadline.")).toBeVisible();
});

test("edits left on a closed tab are offered back on the next visit", async ({ page, context }) => {
  const editor = await createUser("editor");
  const url = await newBrief(page, editor, "Closed tab");
  await page.getByLabel("Summary").pressSequentially("Not saved before the tab closed.", { delay: 5 });
  await page.close();

  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByText(/^Restored your unsaved changes from/)).toBeVisible();
  await expect(again.getByLabel("Summary")).toHaveValue("Not saved before the tab closed.");
  await again.keyboard.press("Control+s");
  await expect(saved(again)).toBeVisible();
  await again.reload();
  await expect(again.getByLabel("Summary")).toHaveValue("Not saved before the tab closed.");
  await expect(again.getByText(/^Restored your unsaved changes/)).toHaveCount(0);
});

test("Ctrl+S saves, and the header shows the revision just saved, numbered as History numbers it", async ({ page }) => {
  const editor = await createUser("editor");
  await newBrief(page, editor, "Shortcut");
  await expect(page.getByText(/· revision 1 ·/)).toBeVisible();
  await page.getByLabel("Summary").fill("Saved from the keyboard.");
  await page.keyboard.press("Control+s");
  await expect(saved(page)).toBeVisible();
  await expect(page.getByText(/· revision 2 ·/)).toBeVisible();
  await expect(page.getByRole("link", { name: "History (2)" })).toBeVisible();
});

test("submitting right after saving, or with unsaved text, submits what the editor shows", async ({ page }) => {
  const editor = await createUser("editor");
  await newBrief(page, editor, "Save then submit");
  await page.getByLabel("Summary").fill("What the minister said and when.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByLabel("Body").fill("Typed and submitted at once, never saved by hand.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("heading", { name: "Workflow: In review" })).toBeVisible();
  await expect(page.getByText(/saved again after you opened it/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Body")).toHaveValue("Typed and submitted at once, never saved by hand.");
});

test("two tabs changing different fields both land; the same field offers theirs, mine or merged", async ({ page, context }) => {
  const editor = await createUser("editor");
  const url = await newBrief(page, editor, "Two tabs");
  await page.getByLabel("Body").fill("First paragraph.\n\nSecond paragraph.");
  await page.keyboard.press("Control+s");
  await expect(saved(page)).toBeVisible();

  const other = await context.newPage();
  await other.goto(url);
  await expect(other.getByLabel("Body")).toBeEnabled();

  // Different fields: both land, and each tab shows the other's change after saving.
  await page.getByLabel("Summary").fill("Summary from tab A.");
  await page.keyboard.press("Control+s");
  await expect(saved(page)).toBeVisible();
  await other.getByLabel("Title").fill("Title from tab B");
  await other.keyboard.press("Control+s");
  await expect(saved(other)).toBeVisible();
  await expect(other.getByLabel("Summary")).toHaveValue("Summary from tab A.");
  await expect(other.getByRole("alert").filter({ hasText: "Not saved" })).toHaveCount(0);

  // The same field, different paragraphs: a conflict that names the user as "you" and offers a merge.
  await page.getByLabel("Body").fill("First paragraph, from tab A.\n\nSecond paragraph.");
  await page.keyboard.press("Control+s");
  await expect(saved(page)).toBeVisible();
  await other.getByLabel("Body").fill("First paragraph.\n\nSecond paragraph, from tab B.");
  await other.keyboard.press("Control+s");
  const conflict = other.getByRole("alert").filter({ hasText: "Not saved: this brief changed meanwhile" });
  await expect(conflict).toContainText("You saved this brief in another tab or window");
  await expect(conflict).toContainText("There you changed the body.");
  await conflict.getByRole("button", { name: "Use the merged body" }).click();
  await expect(other.getByLabel("Body")).toHaveValue("First paragraph, from tab A.\n\nSecond paragraph, from tab B.");
  await other.getByRole("button", { name: "Save my version over theirs" }).click();
  await expect(saved(other)).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Title")).toHaveValue("Title from tab B");
  await expect(page.getByLabel("Summary")).toHaveValue("Summary from tab A.");
  await expect(page.getByLabel("Body")).toHaveValue("First paragraph, from tab A.\n\nSecond paragraph, from tab B.");
});
