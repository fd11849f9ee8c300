"use client";

import Link from "next/link";
import { useState } from "react";
import type { DuplicateDocument } from "@/lib/documents/add-document";

export type DuplicateView = DuplicateDocument["duplicateOf"];

/** The stored document a refused add names (the form state's details), if it was refused as a duplicate. */
export const duplicateIn = (details: unknown): DuplicateView | undefined =>
  typeof details === "object" && details !== null && "duplicateOf" in details ? (details as DuplicateDocument).duplicateOf : undefined;
type AttachExisting = (input: {
  briefId: string;
  documentId: string;
}) => Promise<{ status: "ok"; value: { ref: string } } | { status: "error"; message: string; fieldErrors: Record<string, string[]> }>;

/** "Attach the existing document" for a pasted text the desk holds already. */
export function DuplicateOffer({
  briefId,
  duplicate,
  attach,
  onAttached,
}: {
  briefId?: string;
  duplicate: DuplicateView;
  attach: AttachExisting;
  onAttached?: (documentId: string, ref: string) => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [attached, setAttached] = useState<string | null>(null);
  async function run() {
    if (!briefId) return;
    setPending(true);
    const result = await attach({ briefId, documentId: duplicate.id }).catch(() => null);
    setPending(false);
    if (!result) return setMessage("The desk could not be reached. Try again.");
    if (result.status === "error") return setMessage(result.message);
    setAttached(result.value.ref);
    onAttached?.(duplicate.id, result.value.ref);
  }
  return (
    <div className="duplicate-offer" role="group" aria-label="The same text is stored already">
      <p>
        Stored already: <Link href={`/desk/documents/${duplicate.id}`}>{duplicate.title}</Link> ({duplicate.publisher})
        {duplicate.ref && (
          <>
            , cited by this brief as <code>[@{duplicate.ref}]</code>
          </>
        )}
        .
      </p>
      {attached ? (
        <p className="notice" role="status">
          The stored document is attached to the brief as [@{attached}].{" "}
          <Link href={`/desk/briefs/${briefId}/documents/${duplicate.id}/candidates`}>See what its text proposes</Link>
        </p>
      ) : (
        briefId &&
        !duplicate.ref && (
          <button type="button" onClick={() => void run()} disabled={pending}>
            {pending ? "Attaching…" : "Attach the existing document"}
          </button>
        )
      )}
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
