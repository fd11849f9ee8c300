// The archived copy of a captured page, served as it was fetched but defanged: the
// Content-Security-Policy `sandbox` (without allow-scripts or allow-same-origin) runs
// no script and gives the page an opaque origin, so nothing in it can read or set
// this site's cookies or call its pages as the reader; `default-src 'none'` stops it
// loading anything from the live site (no tracking pixels, no later changes shown as
// the archive); nosniff keeps the browser to the declared type.
import { toIsoDay } from "@/lib/dates/precision";
import { db } from "@/lib/db/client";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { getPublishedDocument } from "@/lib/publishing/get-published-document";

import { ARCHIVE_CSP } from "./archive-path";

export type ArchivedCopy = { body: Uint8Array; contentType: string; charset: string; finalUrl: string; fetchedAt: Date };
export type ArchivedCopyFacts = { finalUrl: string; fetchedAt: Date; fetchedOn: string };

const ARCHIVE_SELECT = { body: true, contentType: true, charset: true, finalUrl: true, fetchedAt: true } as const;

/** The headers every archived copy is served with; `cache` differs between the desk and the reader site. */
export function archivedCopyResponse(copy: ArchivedCopy, cache: "private" | "public"): Response {
  const type = copy.contentType === "text/plain" ? "text/plain" : "text/html";
  return new Response(new Uint8Array(copy.body), {
    headers: {
      "content-type": `${type}; charset=${copy.charset}`,
      "content-security-policy": ARCHIVE_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cross-origin-resource-policy": "same-origin",
      "x-frame-options": "DENY",
      "cache-control": cache === "private" ? "private, no-store" : "public, max-age=300",
    },
  });
}

/** For the desk: the archived copy of any captured document. */
export async function getArchivedCopy(actor: Actor | null, documentId: string): Promise<ArchivedCopy | null> {
  return db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    if (documentId.length > 64) return null;
    return tx.pageCapture.findUnique({ where: { documentId }, select: ARCHIVE_SELECT });
  });
}

/** For readers: the archived copy of a document only when a visible publication of the brief cites it. */
export async function getPublishedArchivedCopy(input: { slug: string; ref: string }): Promise<ArchivedCopy | null> {
  const published = await getPublishedDocument(input);
  if (!published) return null;
  return db().pageCapture.findUnique({ where: { documentId: published.document.id }, select: ARCHIVE_SELECT });
}

/** What the reader's document page says of the archived copy, or null when there is none. */
export async function publishedArchiveFacts(documentId: string): Promise<ArchivedCopyFacts | null> {
  const capture = await db().pageCapture.findUnique({ where: { documentId }, select: { finalUrl: true, fetchedAt: true } });
  return capture ? { ...capture, fetchedOn: toIsoDay(capture.fetchedAt) } : null;
}

/** The archived copies of these documents, by document id, for the reader's brief page. */
export async function publishedArchives(documentIds: string[]): Promise<Record<string, { finalUrl: string; fetchedOn: string }>> {
  if (documentIds.length === 0) return {};
  const captures = await db().pageCapture.findMany({
    where: { documentId: { in: documentIds.slice(0, 500) } },
    select: { documentId: true, finalUrl: true, fetchedAt: true },
  });
  return Object.fromEntries(captures.map((c) => [c.documentId!, { finalUrl: c.finalUrl, fetchedOn: toIsoDay(c.fetchedAt) }]));
}
