// The API's capture (POST /api/v1/desk/documents with `url` and no `capturedText`):
// the page is captured and stored as a document in one call. Fields the caller gives
// win; the rest come from the page. The publisher is the caller's `sourceId`, else the
// source that lists the page's domain, else a new source proposed from the page (an
// admin confirms it later, as with any editor's proposal).
import type { Actor } from "@/lib/auth/policy";
import { addDocument, type AddDocumentInput, type AddedDocument } from "@/lib/documents/add-document";
import { capturePage, type CaptureOptions } from "./capture-page";
import { proposeCapturedSource } from "./propose-captured-source";

export type CapturedDocument = AddedDocument & { capture: { finalUrl: string; fetchedAt: string; proposedSourceId: string | null } };

type Body = AddDocumentInput & { url: string };
const given = <T>(value: T | null | undefined): T | undefined =>
  value === undefined || value === null || value === "" ? undefined : value;

/** Is this API body a capture request: a `url`, and neither text nor file? */
export function isCaptureRequest(body: AddDocumentInput): body is Body {
  return typeof body.url === "string" && given(body.capturedText) === undefined && given(body.file) === undefined;
}

export async function captureDocument(actor: Actor | null, body: Body, options: CaptureOptions = {}): Promise<CapturedDocument> {
  const proposal = await capturePage(actor, { url: body.url }, options);
  let sourceId = given(body.sourceId) ?? proposal.publisher?.id;
  let proposedSourceId: string | null = null;
  if (sourceId === undefined) {
    proposedSourceId = (await proposeCapturedSource(actor, { captureId: proposal.captureId })).id;
    sourceId = proposedSourceId;
  }
  const added = await addDocument(actor, {
    ...body,
    title: given(body.title) ?? (proposal.title ?? proposal.url).slice(0, 500),
    url: proposal.url,
    author: given(body.author) ?? proposal.author,
    publishedOn: given(body.publishedOn) ?? proposal.publishedOn,
    language: given(body.language) ?? proposal.language,
    sourceId,
    capturedText: undefined,
    captureId: proposal.captureId,
  });
  return { ...added, capture: { finalUrl: proposal.finalUrl, fetchedAt: proposal.fetchedAt, proposedSourceId } };
}
