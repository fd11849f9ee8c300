import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import { addQuote, buildBrief, buildDocument, citeDocument } from "@/prisma/seed/factories";
import { approve, submitForReview } from "@/prisma/seed/workflow";
import { createUser, e2eDb, signIn } from "./support";

test("an admin adds a webhook, sees a failed delivery in the log, and re-sends it once the receiver works", async ({ browser }) => {
  test.setTimeout(60_000);
  // A receiver on 127.0.0.1 that fails until told otherwise and checks every signature.
  const slug = `webhook-statement-${Date.now()}`;
  let secret = "";
  let healthy = false;
  const received: { event: string; slug: string; verified: boolean }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString("utf8");
    });
    request.on("end", () => {
      const payload = JSON.parse(body);
      if (payload.data?.slug !== slug) return response.writeHead(204).end(); // other tests' briefs
      const header = request.headers["briefdesk-signature"] as string;
      received.push({ event: payload.event, slug: payload.data.slug, verified: verifyWebhookSignature({ secret, body, header }).ok });
      response.writeHead(healthy ? 200 : 500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/briefdesk`;

  const [admin, author, reviewer] = [await createUser("admin"), await createUser("editor"), await createUser("editor")];
  const page = await (await browser.newContext()).newPage();
  await signIn(page, admin, "/desk/admin/webhooks");
  await page.getByLabel("Receiver URL").fill("ftp://example.org/x");
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByText("Give an http:// or https:// URL.")).toBeVisible();
  await page.getByLabel("Receiver URL").fill(url);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  await expect(page.getByLabel("Signing secret")).toHaveValue(/^whsec_/);
  secret = await page.getByLabel("Signing secret").inputValue();

  const brief = await e2eDb().$transaction(async (tx) => {
    const document = await buildDocument(tx, { capturedText: "The minister said “we will respond” on Monday." });
    const created = await buildBrief(tx, {
      slug,
      title: "Webhook statement",
      summary: "What the minister said.",
      body: "He said [@q1] ([@d1]).",
      authorIds: [author.id],
    });
    await citeDocument(tx, { briefId: created.id, documentId: document.id, ref: "d1" });
    await addQuote(tx, { briefId: created.id, documentId: document.id, ref: "q1", text: "we will respond", speakerName: "The Minister" });
    const { review } = await submitForReview(tx, { briefId: created.id, authorId: author.id, reviewerId: reviewer.id });
    await approve(tx, { reviewId: review.id, reviewerId: reviewer.id });
    return created;
  });
  const authorPage = await (await browser.newContext()).newPage();
  await signIn(authorPage, author, `/desk/briefs/${brief.id}`);
  await authorPage.getByRole("button", { name: "Publish" }).click();
  await authorPage.getByRole("button", { name: "Yes, publish now" }).click();
  await expect(authorPage.getByRole("heading", { name: "Workflow: Published" })).toBeVisible();

  // The worker sends it within seconds; the receiver refuses it, and the log says so.
  await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
  await page.goto((await page.getByRole("link", { name: "Delivery log" }).first().getAttribute("href"))!);
  await expect(page.getByRole("heading", { level: 1, name: "Deliveries" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText("Last error: The receiver answered HTTP 500.")).toBeVisible();
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText(/Pending, retry due/)).toBeVisible();

  healthy = true;
  await page.getByRole("button", { name: "Re-send" }).first().click();
  await expect(page.getByText("Queued again: it goes out within a few seconds.")).toBeVisible();
  await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/Delivered .* \(HTTP 200\)/)).toBeVisible();
  }).toPass({ timeout: 15_000 });
  expect(received).toEqual([
    { event: "brief.published", slug, verified: true },
    { event: "brief.published", slug, verified: true },
  ]);

  for (const [name, width, height] of [
    ["desktop", 1280, 900],
    ["phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/webhooks-log-${name}.png`, fullPage: true });
    await page.goto("/desk/admin/webhooks");
    await page.screenshot({ path: `test-results/webhooks-${name}.png`, fullPage: true });
    await page.goBack();
  }
  await new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  });
});
