import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AttachedBriefs } from "@/components/documents/attached-briefs";
import { AttachToBrief } from "@/components/documents/attach-to-brief";
import { CapturedText } from "@/components/documents/captured-text";
import { CitingQuoteList } from "@/components/documents/citing-quote-list";
import { DocumentFacts } from "@/components/documents/document-facts";
import type { Actor } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/require-actor";
import { getDocument } from "@/lib/documents/get-document";
import { highlightQuotes } from "@/lib/documents/highlight-quotes";
import { listAttachTargets } from "@/lib/documents/list-attach-targets";
import { isAppError } from "@/lib/errors";
import { attachDocumentAction } from "../actions/attach-document";
import { detachDocumentAction } from "../actions/detach-document";
import { captureAgainAction } from "../actions/capture-again";
import { CaptureHistory } from "@/components/documents/capture-history";
import { getCaptureHistory } from "@/lib/capture/get-capture-history";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (actor: Actor, id: string) =>
  getDocument(actor, id).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "not_found" || error.code === "invalid")) notFound();
    throw error;
  }),
);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requireActor({ from: `/desk/documents/${id}` });
  return { title: (await load(actor, id)).title };
}

export default async function DocumentPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor({ from: `/desk/documents/${id}` });
  const document = await load(actor, id);
  const history = await getCaptureHistory(actor, document.id);
  const targets = await listAttachTargets(actor, { documentId: document.id });
  const highlights = highlightQuotes(document.capturedText, document.quotes);
  const found = new Set(highlights.flatMap((range) => range.quoteIds));
  const quoteLabels = Object.fromEntries(
    document.quotes.map((q) => [q.id, { ref: q.ref, speakerName: q.speakerName, briefTitle: q.brief.title }]),
  );

  return (
    <article className="document-page">
      <p className="meta">
        <Link href="/desk/documents">Documents</Link>
      </p>
      <h1>{document.title}</h1>
      <DocumentFacts
        document={{
          ...document,
          addedBy: document.addedBy?.name ?? null,
          publisher: { ...document.source, retired: document.source.retiredAt !== null },
        }}
      />
      {(history.capture || history.canCaptureAgain || history.previousVersion || history.nextVersion) && (
        <section aria-labelledby="capture-heading">
          <h2 id="capture-heading">Web capture</h2>
          <CaptureHistory documentId={document.id} history={history} captureAgain={captureAgainAction} />
        </section>
      )}
      <section aria-labelledby="citing-quotes">
        <h2 id="citing-quotes">Quotes citing it</h2>
        <CitingQuoteList quotes={document.quotes.map((q) => ({ ...q, found: found.has(q.id) }))} />
      </section>
      <section aria-labelledby="attached-briefs">
        <h2 id="attached-briefs">Briefs citing it</h2>
        <AttachedBriefs documentId={document.id} briefs={document.briefs} detach={detachDocumentAction} />
      </section>
      <section aria-labelledby="attach-to-brief">
        <h2 id="attach-to-brief">Attach to a brief</h2>
        <AttachToBrief documentId={document.id} briefs={targets} attach={attachDocumentAction} />
      </section>
      <section aria-labelledby="captured-text">
        <h2 id="captured-text">Captured text</h2>
        <p className="field-hint">As captured, line breaks and all; passages that quotes cite are highlighted.</p>
        <CapturedText text={document.capturedText} language={document.language} highlights={highlights} quotes={quoteLabels} />
      </section>
    </article>
  );
}
