"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";

export type AttachedBriefView = { id: string; title: string; ref: string };

function AttachedBrief({ documentId, brief, detach }: { documentId: string; brief: AttachedBriefView; detach: FormAction }) {
  const [state, formAction, pending] = useActionState(detach, idleState);
  return (
    <li>
      <Link href={`/desk/briefs/${brief.id}`}>{brief.title}</Link> <span className="meta">as [@{brief.ref}]</span>{" "}
      <Link href={`/desk/briefs/${brief.id}/documents/${documentId}/candidates`}>Quotes and events proposed</Link>
      <form action={formAction} className="inline-form">
        <input type="hidden" name="briefId" value={brief.id} />
        <input type="hidden" name="documentId" value={documentId} />
        <button type="submit" className="secondary" disabled={pending} aria-describedby={`detach-${brief.id}`}>
          Detach
        </button>
      </form>
      <FormFeedback id={`detach-${brief.id}`} state={state} />
    </li>
  );
}

/** The briefs that cite the document, each with a way to stop citing it there. */
export function AttachedBriefs({ documentId, briefs, detach }: { documentId: string; briefs: AttachedBriefView[]; detach: FormAction }) {
  if (briefs.length === 0) return <p className="meta">No brief cites this document yet.</p>;
  return (
    <ul className="attached-briefs">
      {briefs.map((brief) => (
        <AttachedBrief key={brief.id} documentId={documentId} brief={brief} detach={detach} />
      ))}
    </ul>
  );
}
