import type { Metadata } from "next";
import Link from "next/link";
import { AddDocumentForm } from "@/components/documents/add-document-form";
import { requireActor } from "@/lib/auth/require-actor";
import { listSourceOptions } from "@/lib/sources/source-options";
import { addDocumentAction } from "../actions/add-document";
import { proposeCapturedSourceAction } from "../actions/propose-captured-source";
import { attachExistingDocumentAction } from "../actions/attach-existing-document";
import { proposePublisherAction } from "../actions/propose-publisher";

export const metadata: Metadata = { title: "Add a document" };

export default async function NewDocumentPage({ searchParams }: { searchParams: Promise<{ brief?: string | string[] }> }) {
  const { brief } = await searchParams;
  const briefId = (Array.isArray(brief) ? brief[0] : brief) || undefined;
  const from = briefId ? `/desk/documents/new?brief=${encodeURIComponent(briefId)}` : "/desk/documents/new";
  const actor = await requireActor({ from });
  const publishers = await listSourceOptions(actor);
  return (
    <div className="documents">
      <h1>Add a document</h1>
      {briefId ? (
        <p className="meta">
          Once saved, the document is attached to <Link href={`/desk/briefs/${briefId}`}>the brief</Link> with its next document ref, and
          you see the quotes, events and sources its text proposes for the brief.
        </p>
      ) : (
        <p className="meta">The article, statement or transcript that quotes and events will cite.</p>
      )}
      {publishers.length === 0 && (
        <p className="form-error" role="alert">
          The source registry is empty: an admin must add the publisher first.
        </p>
      )}
      <AddDocumentForm
        action={addDocumentAction}
        publishers={publishers}
        briefId={briefId}
        proposeSource={proposeCapturedSourceAction}
        proposePublisher={proposePublisherAction}
        attachExisting={attachExistingDocumentAction}
      />
    </div>
  );
}
