import { expect, test } from "@playwright/test";
import { createUser, signIn } from "./support";

test("a stale save from a second tab is refused without losing text, then overwrites knowingly", async ({ page, context }) => {
  const editor = await createUser("editor");
  await signIn(page, editor, "/desk/briefs/new");
  await page.getByLabel("Title").fill(`Ukraine cuts ties with North Korea ${Date.now()}`);
  await expect(page.getByLabel("Slug")).toHaveValue(/^ukraine-cuts-ties-with-north-korea-\d+$/);
  await expect(page.getByText("Available")).toBeVisible();
  await page.getByRole("button", { name: "Create brief" }).click();
  await expect(page).toHaveURL(/\/desk\/briefs\/(?!new)\w+$/);

  // Autosave, and the live preview beside the body.
  await page.getByLabel("Body").fill("## Background\n\nKyiv **severed** relations.");
  await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("region", { name: "Live preview" }).getByRole("heading", { name: "Background" })).toBeVisible({
    timeout: 10_000,
  });

  // A second tab saves a new summary first.
  const second = await context.newPage();
  await second.goto(page.url());
  await second.getByLabel("Summary").fill("Summary from the second tab.");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible();

  // The first tab, still on the old version, changes the same field.
  await page.getByLabel("Summary").fill("Summary from the first tab.");
  await page.getByRole("button", { name: "Save" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "Not saved: this brief changed meanwhile" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("You saved this brief in another tab or window after this one opened it");
  await expect(conflict).toContainText("There you changed the summary.");
  await expect(conflict).toContainText("Summary from the second tab.");
  await expect(page.getByLabel("Summary")).toHaveValue("Summary from the first tab.");

  await page.getByRole("button", { name: "Save my version over theirs" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible();
  await second.reload();
  await expect(second.getByLabel("Summary")).toHaveValue("Summary from the first tab.");
});

test("a citation marker that points at nothing is shown as an error", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor, "/desk/briefs/new");
  await page.getByLabel("Title").fill(`Markers ${Date.now()}`);
  await page.getByRole("button", { name: "Create brief" }).click();
  await expect(page).toHaveURL(/\/desk\/briefs\/(?!new)\w+$/);
  await page.getByLabel("Body").fill("Kim promised support [@q7].");
  await expect(page.getByText("[@q7] points at nothing in this brief.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Live preview" }).getByText("[@q7?]")).toBeVisible();
});

test("leaving with unsaved changes warns", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor, "/desk/briefs/new");
  await page.getByLabel("Title").fill(`Unsaved ${Date.now()}`);
  await page.getByRole("button", { name: "Create brief" }).click();
  await expect(page).toHaveURL(/\/desk\/briefs\/(?!new)\w+$/);
  await page.getByLabel("Summary").fill("Not saved yet");
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  expect((await dialog).type()).toBe("beforeunload");
  await (await dialog).dismiss();
});
