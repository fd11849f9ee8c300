import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { buildBrief } from "@/prisma/seed/factories";
import { createUser, e2eDb, signIn } from "./support";

const fixture = readFileSync(new URL("../lib/extraction/fixtures/ukraine-north-korea.txt", import.meta.url), "utf8");
// The demo data holds this article already, and pasting a stored text again is refused
// (issue 16): a line of lowercase letters, which proposes nothing, makes this copy new.
const article = `${fixture}\n(desk copy ${Array.from(randomBytes(8), (b) => String.fromCharCode(97 + (b % 26))).join("")})\n`;

test("an editor pastes an article for a brief, accepts and rejects what it proposes, and sees the quotes checked", async ({ page }) => {
  test.setTimeout(90_000);
  const editor = await createUser("editor");
  const brief = await e2eDb().$transaction((tx) => buildBrief(tx, { authorIds: [editor.id], title: `Extraction ${Date.now()}` }));

  await signIn(page, editor, `/desk/documents/new?brief=${brief.id}`);
  await page.getByLabel("Title").fill("Ukraine Cuts Off North Korean Relationship After Kim Jong Un Cozies Up To Putin");
  await page.getByLabel("Publisher").selectOption({ label: "News report (publisher not recorded) (outlet)" });
  await page.getByLabel("Published date").fill("2022-07-14");
  await page.getByLabel("Captured text").fill(article);
  await page.getByRole("button", { name: "Save and attach to the brief" }).click();

  // The candidates screen: the text with its candidates marked, the candidates beside it.
  await expect(page).toHaveURL(new RegExp(`/desk/briefs/${brief.id}/documents/\\w+/candidates$`));
  await expect(page.getByRole("heading", { level: 1, name: /Candidates from/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Quotes (9)" })).toBeVisible();
  await expect(page.locator(".candidate-text mark.candidate-mark--quote").first()).toBeVisible();
  const card = (name: string) => page.getByRole("listitem", { name });

  // Accepted as proposed.
  const fullSupport = card("quote “full support”");
  await expect(fullSupport).toContainText("Kim Jong-Un, North Korea’s leader");
  await fullSupport.getByRole("button", { name: "Accept" }).click();
  await expect(fullSupport.getByText("Accepted", { exact: true })).toBeVisible();
  await expect(fullSupport).toContainText("[@q1]");

  // Edited, then accepted.
  const condemns = card("quote “strongly condemns”");
  await expect(condemns).toContainText("Oleh Nikolenko, spokesman for Ukraine’s Ministry of Foreign Affairs");
  await condemns.getByText("Edit before accepting").click();
  await condemns.getByLabel("Speaker title").fill("Spokesman, Ministry of Foreign Affairs of Ukraine");
  await condemns.getByRole("button", { name: "Accept" }).click();
  await expect(condemns).toContainText("[@q2]");

  // The label is rejected, and stays rejected.
  const label = card("label “People’s Republics.”");
  await expect(label).toContainText("Label, not a statement");
  await label.getByRole("button", { name: "Reject" }).click();
  await expect(label.getByText("Rejected", { exact: true })).toBeVisible();

  // An event at the date and precision the text gives.
  const lateJune = card("event on late June 2022");
  await lateJune.getByText("Edit before accepting").click();
  await lateJune.getByLabel("What happened").fill("Ukraine ends diplomatic relations with Syria");
  await lateJune.getByRole("button", { name: "Accept" }).click();
  await expect(lateJune).toContainText("[@e1]");

  await page.reload();
  await expect(card("label “People’s Republics.”").getByText("Rejected", { exact: true })).toBeVisible();
  await expect(card("label “People’s Republics.”").getByRole("button", { name: "Accept" })).toHaveCount(0);
  await expect(card("quote “strongly condemns”").getByRole("button", { name: "Accept" })).toHaveCount(0);
  // An accepted card shows what was accepted, as edited before accepting.
  await expect(card("quote “strongly condemns”")).toContainText("Spokesman, Ministry of Foreign Affairs of Ukraine");
  await expect(card("quote “strongly condemns”")).not.toContainText("spokesman for Ukraine’s Ministry of Foreign Affairs");
  await expect(card("event on late June 2022")).toContainText("Ukraine ends diplomatic relations with Syria");

  // On the brief's items page, with their verification statuses.
  await page.getByRole("link", { name: "Quotes and events" }).click();
  const quotes = page.getByRole("region", { name: "Quotes" });
  await expect(quotes.getByRole("listitem").filter({ hasText: "full support" })).toContainText("Verbatim");
  await expect(quotes.getByRole("listitem").filter({ hasText: "strongly condemns" })).toContainText("Verbatim");
  await expect(quotes.getByRole("listitem").filter({ hasText: "strongly condemns" })).toContainText(
    "Spokesman, Ministry of Foreign Affairs of Ukraine",
  );
  await expect(quotes.getByRole("listitem").filter({ hasText: "People’s Republics" })).toHaveCount(0);
  await expect(
    page.getByRole("region", { name: "Events" }).getByText("Ukraine ends diplomatic relations with Syria").first(),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline preview" }).locator("time")).toHaveText(["late June 2022"]);
});
