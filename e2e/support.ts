// What end-to-end tests share: their own users in the run's database, and signing in
// the way a person does.
import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";
import { createDb, type Db, type Role } from "@/lib/db/client";
import { addQuote, buildBrief, buildDocument, buildUser, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { e2eDatabase } from "./database";

let database: Db | undefined;
export function e2eDb(): Db {
  database ??= createDb(e2eDatabase().url);
  return database;
}

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

export async function createUser(role: Role = "editor"): Promise<TestUser> {
  const id = randomBytes(4).toString("hex");
  const password = `pw-${randomBytes(9).toString("base64url")}`;
  const name = `${role === "admin" ? "Admin" : "Editor"} ${id}`;
  const user = await e2eDb().$transaction((tx) => buildUser(tx, { email: `${role}-${id}@briefdesk.test`, name, role, password }));
  return { ...user, password };
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">, from = "/desk") {
  await page.goto(from);
  await expect(page).toHaveURL(/\/signin/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Signing in hashes a password and checks the throttle: slower on the embedded database.
  await expect(page).toHaveURL(new RegExp(`${from.replace(/[/?]/g, "\\$&")}$`), { timeout: 15_000 });
}

/** A brief with one quote, by `author`, submitted and (unless `approvedBy` is null) approved. */
export async function reviewedBrief(author: TestUser, approvedBy: TestUser | null, title: string) {
  const slug = `${title.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}`;
  return e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "The minister said “we will respond” on Monday." });
    const brief = await buildBrief(tx, {
      slug,
      title,
      summary: "What the minister said.",
      body: "He said [@q1] ([@d1]).",
      authorIds: [author.id],
    });
    await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: brief.id, documentId: document.id, ref: "q1", text: "we will respond", speakerName: "The Minister" });
    const { review } = await submitForReview(tx, { briefId: brief.id, authorId: author.id, reviewerId: approvedBy?.id });
    if (approvedBy) await approve(tx, { reviewId: review.id, reviewerId: approvedBy.id });
    return brief;
  });
}

/** Collects every policy violation and console error a page reports. */
export async function watch(page: Page) {
  const problems: string[] = [];
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
    ),
  );
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return problems;
}
