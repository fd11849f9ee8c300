import { expect, test } from "@playwright/test";
import { createUser, e2eDb, reviewedBrief, signIn } from "./support";

test("an editor schedules a publication, cancels it, schedules again, and readers see it once its time has come", async ({ browser }) => {
  // Two waits for reader caches (the brief page, then the home page, each up to 10 s stale) on top of the desk steps.
  test.setTimeout(90_000);
  const [author, reviewer] = [await createUser("editor"), await createUser("editor")];
  const brief = await reviewedBrief(author, reviewer, "Scheduled statement");
  const page = await (await browser.newContext({ timezoneId: "Europe/Kyiv" })).newPage();
  await signIn(page, author, `/desk/briefs/${brief.id}`);

  // A time in the past is refused next to the field, and what was typed stays.
  await page.getByLabel("Schedule for a date and time").check();
  await expect(page.getByLabel(/Publish at \(your time, Europe\/K(iev|yiv)\)/)).toBeVisible();
  await page.getByLabel(/Publish at/).fill("2020-01-01T09:00");
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText("Choose a time at least a minute from now, or publish now.")).toBeVisible();
  await expect(page.getByLabel(/Publish at/)).toHaveValue("2020-01-01T09:00");

  const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Kyiv" });
  await page.getByLabel(/Publish at/).fill(`${tomorrow}T09:30`);
  await page.getByRole("button", { name: "Schedule" }).click();
  // The panel now says when readers get it, in UTC: 09:30 in Kyiv is 06:30 or 07:30 UTC.
  await expect(page.getByRole("heading", { name: "Workflow: Scheduled" })).toBeVisible();
  await expect(
    page.getByRole("note").filter({ hasText: /Published version 1 is scheduled: readers see it from .* at 0[67]:30 UTC/ }),
  ).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/briefs/${brief.slug}`))?.status()).toBe(404);

  // Cancelled: the brief is approved again and can be scheduled anew.
  await page.getByRole("button", { name: "Cancel the schedule" }).click();
  await expect(page.getByRole("heading", { name: "Workflow: Approved: ready to publish" })).toBeVisible();
  await page.getByLabel("Schedule for a date and time").check();
  await page.getByLabel(/Publish at/).fill(`${tomorrow}T09:30`);
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("heading", { name: "Workflow: Scheduled" })).toBeVisible();

  // Time passes (the clock is moved, not waited for): the brief is public with nobody at the desk.
  await e2eDb().publication.updateMany({ where: { briefId: brief.id }, data: { publishedAt: new Date(Date.now() - 1000) } });
  // Reader pages may be served from the cache for up to 10 s after the clock moved.
  await expect(async () => {
    expect((await reader.goto(`/briefs/${brief.slug}`))?.status()).toBe(200);
  }).toPass({ timeout: 30_000 });
  await expect(reader.getByRole("heading", { level: 1, name: "Scheduled statement" })).toBeVisible();
  await reader.goto("/");
  await expect(async () => {
    await reader.reload();
    await expect(reader.getByRole("link", { name: "Scheduled statement" })).toBeVisible();
  }).toPass({ timeout: 30_000 });
});

test("an admin allows self-approval for a one-person desk, and readers are told", async ({ browser }) => {
  // settings, review, publish, the reader page and the settings again: ten page loads, past 30 s on a loaded runner
  test.setTimeout(90_000);
  const admin = await createUser("admin");
  const brief = await reviewedBrief(admin, null, "Self approved statement");
  const page = await (await browser.newContext()).newPage();
  await signIn(page, admin, "/desk/admin/settings");
  try {
    await page.getByLabel("Allow an editor to approve a brief they wrote or edited").check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Self-approval is on" })).toBeVisible();

    await page.goto(`/desk/briefs/${brief.id}/review`);
    await expect(page.getByText(/approving it is a self-approval/)).toBeVisible();
    await page.getByLabel("Checked q1").check();
    await page.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByText(`Approved by ${admin.name}.`)).toBeVisible();
    await page.goto(`/desk/briefs/${brief.id}`);
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByRole("button", { name: "Yes, publish now" }).click();
    await expect(page.getByRole("heading", { name: "Workflow: Published" })).toBeVisible();

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/briefs/${brief.slug}`);
    await expect(reader.getByText(/approved by its own author: this desk allows self-approval/)).toBeVisible();
  } finally {
    await page.goto("/desk/admin/settings");
    await page.getByLabel("Allow an editor to approve a brief they wrote or edited").uncheck();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Self-approval is off" })).toBeVisible();
  }
  await page.goto("/desk/admin/audit?action=setting.change");
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: `${admin.name} changed the setting` })
      .first(),
  ).toBeVisible();
});
