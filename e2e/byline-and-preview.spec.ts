// The reader page names who wrote a brief and who reviewed it; the desk's preview of a
// draft never claims to be published.
import { expect, test } from "@playwright/test";
import { buildBrief } from "@/prisma/seed/factories";
import { publishedBrief } from "./reader-data";
import { createUser, e2eDb, signIn } from "./support";

test("the reader page says who wrote the brief and who reviewed it", async ({ page }) => {
  const brief = await publishedBrief();
  const author = await e2eDb().user.findUniqueOrThrow({ where: { id: brief.authorId }, select: { name: true } });
  const review = await e2eDb().review.findFirstOrThrow({
    where: { briefId: brief.id, decision: "approved" },
    select: { reviewer: { select: { name: true } } },
  });
  await page.goto(`/briefs/${brief.slug}`);
  await expect(page.locator("article header")).toContainText(`By ${author.name} · Reviewed by ${review.reviewer!.name}`);
});

test("the preview of a draft says it is not published, and gives no publication date", async ({ page }) => {
  const editor = await createUser("editor");
  const brief = await e2eDb().$transaction((tx) => buildBrief(tx, { title: `Draft preview ${Date.now()}`, authorIds: [editor.id] }));
  await signIn(page, editor, `/desk/briefs/${brief.id}/preview`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(brief.title);
  await expect(page.getByText("Draft preview — not published", { exact: false }).first()).toBeVisible();
  await expect(page.locator("article header")).not.toContainText("Published");
  await expect(page.locator("article header")).toContainText(`By ${editor.name}`);
});
