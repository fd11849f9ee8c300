// Source to cited quote on one screen (issue 16, item 4): an article pasted in the
// editor's side panel, words selected in its text, "Quote this", "Insert" — the
// quote is made from exactly those characters and lands in the body with its
// marker, in at most 4 clicks and without a full page load (counted by "load" events
// and a window marker that only survives without one).
import { randomBytes } from "node:crypto";
import { expect as baseExpect, test, type Locator, type Page } from "@playwright/test";
import { buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { createUser, e2eDb, signIn, watch } from "./support";

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

const letters = () => Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join("");
const article = () => `The city council voted on Tuesday to close Main Street to cars from September.

"This is about whether our children can get to school safely," said Ana Lind, the mayor of Riverton.

Councillor Piet Berg said the plan "ignores every shop on Main Street" and promised to fight it.

(desk copy ${letters()})
`;

/** Selects `words` in `container`'s text the way a person does: one drag of the mouse. */
async function dragSelect(page: Page, container: Locator, words: string) {
  await container.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const box = await container.evaluate((el, words) => {
    const node = el.firstChild as Text;
    const at = node.data.indexOf(words);
    if (at < 0) throw new Error(`"${words}" is not in the text`);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0);
    const [first, last] = [rects[0]!, rects[rects.length - 1]!];
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

async function newBrief(page: Page) {
  const editor = await createUser("editor");
  const brief = await e2eDb().$transaction((tx) =>
    buildBrief(tx, { authorIds: [editor.id], title: `Main Street vote ${Date.now()}`, body: "" }),
  );
  await signIn(page, editor, `/desk/briefs/${brief.id}`);
  await expect(page.getByLabel("Body")).toBeEnabled();
  return { editor, brief };
}

test("from a pasted article to a cited, verbatim quote in the body: at most 4 clicks, no page load, no retyping", async ({ page }) => {
  const problems = await watch(page);
  const { brief } = await newBrief(page);
  const body = page.getByLabel("Body");
  await body.fill("The mayor put it plainly:");

  // the paste: the panel's compact form, on the editor's own page
  await page.getByText("Paste a new document").click();
  await page.getByLabel("Headline").fill("Council votes to close Main Street to cars");
  await page.getByLabel("Publisher").selectOption({ label: "News report (publisher not recorded) (outlet)" });
  await page.getByLabel("Text of the document").fill(article());

  // from here on every click and every full page load is counted
  // a full page load fires "load" and forgets the marker; same-document updates do neither
  let loads = 0;
  page.on("load", () => loads++);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  let clicks = 0;
  const click = async (target: Locator) => {
    clicks++;
    await target.click();
  };

  await click(page.getByRole("button", { name: "Add and attach" }));
  const text = page.getByLabel(/^Text of Council votes/);
  await expect(text).toContainText("whether our children");
  const words = "whether our children can get to school safely";
  clicks++;
  await dragSelect(page, text, words);
  await click(page.getByRole("button", { name: "Quote this" }));
  const card = page.getByRole("region", { name: "Quote this passage" });
  await expect(card.getByText(words, { exact: true })).toBeVisible();
  // the speaker comes from the text: the candidate these words are part of
  await expect(card.getByLabel("Speaker", { exact: true })).toHaveValue("Ana Lind");
  await expect(card.getByLabel("Speaker’s role")).toHaveValue("mayor of Riverton");
  await click(card.getByRole("button", { name: "Insert", exact: true }));

  await expect(body).toHaveValue(`The mayor put it plainly: “${words}” [@q1]`);
  expect(clicks).toBeLessThanOrEqual(4);
  expect(loads).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  // the panel lists the new quote, checked verbatim against the document
  await expect(page.getByRole("region", { name: /^Quotes \(1\)/ })).toContainText("verbatim");
  await expect(page.getByRole("region", { name: "Live preview" })).toContainText(words);
  await expect(page.getByRole("list", { name: "Quotations to fix before submitting" })).toHaveCount(0);

  await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Body")).toHaveValue(`The mayor put it plainly: “${words}” [@q1]`);
  const quote = await e2eDb().quote.findFirstOrThrow({ where: { briefId: brief.id, ref: "q1" } });
  expect(quote).toMatchObject({ text: words, speakerName: "Ana Lind", verification: "verbatim" });
  expect(problems).toEqual([]);
});

test("the panel reaches a document's candidates: accept one in place, or open them all", async ({ page }) => {
  await newBrief(page);
  await page.getByText("Paste a new document").click();
  await page.getByLabel("Headline").fill("Council votes, candidates");
  await page.getByLabel("Publisher").selectOption({ label: "News report (publisher not recorded) (outlet)" });
  await page.getByLabel("Text of the document").fill(article());
  await page.getByRole("button", { name: "Add and attach" }).click();
  const candidates = page.getByRole("region", { name: /^Candidates from/ });
  await candidates
    .getByRole("form", { name: /^Accept quote “ignores every shop on Main Street”/ })
    .getByRole("button", { name: "Accept" })
    .click();
  // accepted: it leaves the undecided list (the panel reads the document again) and is the brief's quote q1
  await expect(candidates.getByRole("form", { name: /^Accept quote “ignores every shop on Main Street”/ })).toHaveCount(0);
  await expect(page.getByRole("region", { name: /^Quotes \(1\)/ })).toContainText("[@q1] Piet Berg");
  await page.getByRole("link", { name: "All candidates from this document" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Candidates from “Council votes, candidates”/ })).toBeVisible();
});

test("pasting a text the desk holds already offers the stored document instead of a duplicate", async ({ page }) => {
  const { brief } = await newBrief(page);
  const text = article();
  const stored = await e2eDb().$transaction((tx) => buildDocument(tx, { title: "Stored earlier: the council vote", capturedText: text }));
  await page.goto(`/desk/documents/new?brief=${brief.id}`);
  await page.getByLabel("Title").fill("The same article again");
  await page.getByLabel("Publisher").selectOption({ label: "News report (publisher not recorded) (outlet)" });
  await page.getByLabel("Author").fill("Desk reporter");
  await page.getByLabel("Captured text").fill(text);
  await page.getByRole("button", { name: "Save and attach to the brief" }).click();

  const offer = page.getByRole("group", { name: "The same text is stored already" });
  await expect(offer).toContainText("Stored earlier: the council vote");
  await expect(page.locator("#document-capturedText-error")).toContainText("This exact text is stored already");
  // nothing typed is lost
  await expect(page.getByLabel("Title")).toHaveValue("The same article again");
  await expect(page.getByLabel("Author")).toHaveValue("Desk reporter");
  expect(await page.getByLabel("Captured text").inputValue()).toBe(text);
  expect(await e2eDb().document.count({ where: { title: "The same article again" } })).toBe(0);

  await offer.getByRole("button", { name: "Attach the existing document" }).click();
  await expect(page.getByText("The stored document is attached to the brief as [@d1].")).toBeVisible();
  expect(await e2eDb().briefDocument.findFirst({ where: { briefId: brief.id, documentId: stored.id }, select: { ref: true } })).toEqual({
    ref: "d1",
  });
});

test("the document form proposes a missing publisher in place, keeping the paste and every field", async ({ page }) => {
  const editor = await createUser("editor");
  await signIn(page, editor, "/desk/documents/new");
  const text = article();
  const name = `Riverton Cycling Club ${letters()}`;
  await page.getByLabel("Title").fill("Statement of the cycling club");
  await page.getByLabel("Author").fill("Club secretary");
  await page.getByLabel("Published date").fill("2026-11-20");
  await page.getByLabel("Captured text").fill(text);
  let loads = 0;
  page.on("load", () => loads++);
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await page.getByRole("button", { name: "Propose a new publisher" }).click();
  const dialog = page.getByRole("dialog", { name: "Propose a new source" });
  await dialog.getByRole("button", { name: "Propose and choose it" }).click();
  await expect(dialog.locator("#publisher-name-error")).toHaveText("Enter a name.");
  await dialog.getByLabel("Its name").fill(name);
  await dialog.getByLabel("What it is").selectOption("organisation");
  await dialog.getByRole("button", { name: "Propose and choose it" }).click();
  await expect(dialog).toBeHidden();

  const publisher = page.getByLabel("Publisher", { exact: true });
  await expect(publisher.locator("option:checked")).toHaveText(`${name} (organisation, proposed)`);
  await expect(page.getByLabel("Title")).toHaveValue("Statement of the cycling club");
  await expect(page.getByLabel("Author")).toHaveValue("Club secretary");
  await expect(page.getByLabel("Published date")).toHaveValue("2026-11-20");
  expect(await page.getByLabel("Captured text").inputValue()).toBe(text);
  expect(loads).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  const source = await e2eDb().source.findFirstOrThrow({ where: { name } });
  expect(source).toMatchObject({ confirmed: false, proposedById: editor.id, kind: "organisation" });

  await page.getByRole("button", { name: "Save document" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statement of the cycling club" })).toBeVisible();
  expect(
    await e2eDb().document.findFirstOrThrow({
      where: { title: "Statement of the cycling club", sourceId: source.id },
      select: { capturedText: true },
    }),
  ).toEqual({ capturedText: text });
});

test("a stored document is attached to another brief, from its page and from the editor's panel", async ({ page }) => {
  const { editor, brief } = await newBrief(page);
  const title = `Council statement ${letters()}`;
  const { document, other } = await e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, { title, capturedText: article() });
    const other = await buildBrief(tx, { authorIds: [editor.id], title: `Other brief ${letters()}` });
    await citeDocument(tx, { briefId: other.id, documentId: document.id, ref: "d1" });
    return { document, other };
  });

  // from the editor's panel: find it by its headline, attach it, read it
  await page.getByText("Attach an existing document").click();
  await page.getByLabel("Search stored documents").fill(title);
  await page.getByRole("button", { name: "Find", exact: true }).click();
  await page.getByRole("button", { name: `Attach ${title}` }).click();
  await expect(page.getByText("Attached as [@d1].")).toBeVisible();
  await expect(page.getByLabel(`Text of ${title}`)).toContainText("whether our children");
  await expect(page.getByRole("region", { name: /^Documents \(1\)/ })).toContainText(title);

  // from the document's page, to a third brief
  const third = await e2eDb().$transaction((tx) => buildBrief(tx, { authorIds: [editor.id], title: `Third brief ${letters()}` }));
  await page.goto(`/desk/documents/${document.id}`);
  const attach = page.getByRole("form", { name: "Attach to a brief" });
  const choices = await attach.getByLabel("Brief").locator("option").allTextContents();
  expect(choices.some((c) => c.startsWith(other.title) || c.startsWith(brief.title))).toBe(false);
  await attach.getByLabel("Brief").selectOption({ label: `${third.title} (draft)` });
  await attach.getByRole("button", { name: "Attach to the brief" }).click();
  await expect(attach.getByText("The document is attached as d1: cite it in the body as [@d1].")).toBeVisible();
  await expect(page.getByRole("region", { name: "Briefs citing it" })).toContainText(third.title);
});

test("on a phone the panel stacks below the editor and nothing in it is wider than the screen", async ({ page }) => {
  await newBrief(page);
  await page.getByText("Paste a new document").click();
  await page.getByLabel("Headline").fill("Council votes, on a phone");
  await page.getByLabel("Publisher").selectOption({ label: "News report (publisher not recorded) (outlet)" });
  await page.getByLabel("Text of the document").fill(article());
  await page.getByRole("button", { name: "Add and attach" }).click();
  await expect(page.getByLabel(/^Text of Council votes/)).toContainText("whether our children");
  // pictures to look at, when asked for (SHOTS_DIR)
  const shots = process.env.SHOTS_DIR;
  if (shots) await page.screenshot({ path: `${shots}/editor-1280.png`, fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  // the panel and everything in it within the phone's width (the page-wide sweep is item 7's test)
  const widest = await page
    .getByRole("complementary")
    .evaluate((panel) =>
      Math.max(panel.getBoundingClientRect().right, ...[...panel.querySelectorAll("*")].map((el) => el.getBoundingClientRect().right)),
    );
  expect(widest).toBeLessThanOrEqual(390);
  const [editor, panel] = [await page.getByLabel("Body").boundingBox(), await page.getByRole("complementary").boundingBox()];
  expect(panel!.y).toBeGreaterThan(editor!.y);
  if (shots) {
    await page.screenshot({ path: `${shots}/editor-390.png`, fullPage: true });
    await page.getByRole("complementary").screenshot({ path: `${shots}/panel-390.png` });
  }
});
