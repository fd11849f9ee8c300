// An editor captures a web page: the server fetches it (fetch-page.ts: public
// addresses only), reads its main text and metadata, and keeps the page as fetched
// (PageCapture) for the editor to confirm as a document. No transaction is held open
// while the network or the reader works: the actor is checked before and again when
// the capture is stored.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type Prisma } from "@/lib/db/client";
import { capturedTextProblem } from "@/lib/documents/schemas";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { CaptureError } from "./capture-error";
import { captureFetchOptions } from "./capture-settings";
import { fetchPage, type FetchedPage, type FetchOptions } from "./fetch-page";
import { forgetUnsavedCaptures } from "./forget-unsaved-captures";
import { matchPublisher, registrableDomain, type PublisherMatch } from "./match-publisher";
import { readCapturedPage } from "./read-captured-page";
import type { PageReading } from "./read-page";
import { capturePageSchema } from "./schemas";

export type CapturePageInput = UseCaseInput<typeof capturePageSchema>;

export type CaptureStage = "fetching" | "extracting" | "saving";

export type CaptureProposal = {
  captureId: string;
  finalUrl: string;
  fetchedAt: string;
  /** what the form proposes for the document's address: the canonical URL, else the final one */
  url: string;
  title: string | null;
  author: string | null;
  publishedOn: string | null;
  language: string | null;
  publisher: PublisherMatch | null;
  /** when no source lists the page's domain: a new source to propose */
  suggestedSource: { name: string; domain: string } | null;
  textLength: number;
  textStart: string;
};

export type CaptureOptions = { signal?: AbortSignal; onStage?: (stage: CaptureStage) => void; fetch?: FetchOptions };

/** Captures at once in one server process: each holds a connection and may take a core to read. */
const MAX_CAPTURES = 4;
let running = 0;

/** Fetches and reads a page; fails with a CaptureError (a sentence for the address field). */
export async function fetchAndRead(url: string, options: CaptureOptions): Promise<{ page: FetchedPage; reading: PageReading }> {
  if (running >= MAX_CAPTURES) throw new CaptureError("The server is capturing other pages right now: try again in a moment.");
  running++;
  try {
    return await fetchAndReadNow(url, options);
  } finally {
    running--;
  }
}

async function fetchAndReadNow(url: string, options: CaptureOptions): Promise<{ page: FetchedPage; reading: PageReading }> {
  options.onStage?.("fetching");
  const page = await fetchPage(url, { ...captureFetchOptions(), ...options.fetch, signal: options.signal });
  options.onStage?.("extracting");
  const reading = await readCapturedPage(page, options.signal);
  if (reading.text === "") throw new CaptureError("No article text was found on this page: paste its text instead.");
  const problem = capturedTextProblem(reading.text);
  if (problem) throw new CaptureError(problem.replace(/^The text/, "The page's text"));
  if (options.signal?.aborted) throw new CaptureError("The capture was cancelled.");
  return { page, reading };
}

/** The PageCapture row for a fetched page (documentId set when it is saved with a document). */
export function pageCaptureData(page: FetchedPage, reading: PageReading, capturedById: string): Prisma.PageCaptureUncheckedCreateInput {
  const { text, ...metadata } = reading;
  return {
    requestedUrl: page.requestedUrl,
    finalUrl: page.finalUrl,
    status: page.status,
    contentType: page.contentType,
    charset: page.charset,
    body: new Uint8Array(page.body),
    fetchedAt: page.fetchedAt,
    text,
    metadata,
    capturedById,
  };
}

export async function capturePage(actor: Actor | null, input: CapturePageInput, options: CaptureOptions = {}): Promise<CaptureProposal> {
  const data = await db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    return parseInput(capturePageSchema, input);
  });
  const { page, reading } = await fetchAndRead(data.url, options);
  options.onStage?.("saving");
  return db().$transaction(async (tx) => {
    const me = await authorize(tx, actor, "desk.use");
    await forgetUnsavedCaptures(tx, me.id);
    const capture = await tx.pageCapture.create({ data: pageCaptureData(page, reading, me.id), select: { id: true } });
    await recordAudit(tx, {
      actorId: me.id,
      action: "page.capture",
      entityType: "page_capture",
      entityId: capture.id,
      data: { requestedUrl: page.requestedUrl, finalUrl: page.finalUrl, bytes: page.body.length },
    });
    const publisher = await matchPublisher(tx, page.finalUrl);
    const domain = registrableDomain(page.finalUrl);
    return {
      captureId: capture.id,
      finalUrl: page.finalUrl,
      fetchedAt: page.fetchedAt.toISOString(),
      url: reading.canonicalUrl ?? page.finalUrl,
      title: reading.title,
      author: reading.author,
      publishedOn: reading.publishedOn,
      language: reading.language,
      publisher,
      suggestedSource: publisher || !domain ? null : { name: reading.siteName ?? domain, domain },
      textLength: reading.text.length,
      textStart: reading.text.slice(0, 600),
    };
  });
}
