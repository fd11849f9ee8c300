// No source lists a captured page's domain: the editor proposes one from the page, in
// one click. It is proposed like any editor's proposal (unconfirmed, unrated, for an
// admin to confirm), named by the page's site name and listing the page's domain, so
// the next page from that site finds it.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { proposeSource } from "@/lib/sources/propose-source";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { matchPublisher, registrableDomain } from "./match-publisher";
import { proposeCapturedSourceSchema as schema } from "./schemas";

export type ProposeCapturedSourceInput = UseCaseInput<typeof schema>;

export async function proposeCapturedSource(actor: Actor | null, input: ProposeCapturedSourceInput): Promise<{ id: string; name: string }> {
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    const { captureId } = parseInput(schema, input);
    const capture = await tx.pageCapture.findUnique({
      where: { id: captureId },
      select: { finalUrl: true, metadata: true, capturedById: true },
    });
    if (!capture || capture.capturedById !== me.id)
      throw new AppError("not_found", "This capture is not available: capture the page again.");
    const existing = await matchPublisher(tx, capture.finalUrl);
    if (existing) return { id: existing.id, name: existing.name };
    const domain = registrableDomain(capture.finalUrl);
    if (!domain) {
      const message = "No source can be proposed for an address without a domain name: choose the publisher.";
      throw new AppError("invalid", message, { sourceId: [message] });
    }
    const siteName = (capture.metadata as { siteName?: unknown }).siteName;
    const name = typeof siteName === "string" && siteName.trim() !== "" ? siteName.trim().slice(0, 200) : domain;
    const source = await proposeSource(
      actor,
      {
        name,
        kind: "outlet",
        homepageUrl: `https://${domain}`,
        domains: [domain],
        notes: `Proposed from a page captured at ${capture.finalUrl}.`.slice(0, 5000),
      },
      tx,
    );
    return { id: source.id, name: source.name };
  });
}
