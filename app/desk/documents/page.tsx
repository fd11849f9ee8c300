import type { Metadata } from "next";
import Link from "next/link";
import { DocumentIndex, DocumentSearch } from "@/components/documents/document-index";
import { requireActor } from "@/lib/auth/require-actor";
import { listDocuments } from "@/lib/documents/list-documents";

export const metadata: Metadata = { title: "Documents" };

const SHOWN = 100;

export default async function DocumentsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const { q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 200) || undefined;
  const actor = await requireActor({ from: query ? `/desk/documents?q=${encodeURIComponent(query)}` : "/desk/documents" });
  const documents = await listDocuments(actor, { query, limit: SHOWN });
  return (
    <div className="documents">
      <h1>Documents</h1>
      <p>
        <Link href="/desk/documents/new">Add a document</Link>
      </p>
      <DocumentSearch query={query} />
      {documents.length === SHOWN && <p className="meta">The {SHOWN} newest are shown: search to find older ones.</p>}
      <DocumentIndex documents={documents} query={query} />
    </div>
  );
}
