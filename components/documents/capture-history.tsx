"use client";
// A captured document's archive and versions on the desk: the archived copy, "Capture
// again" (a new version; this one and its quotes stay as they are), and the words that
// changed since the previous capture.
import Link from "next/link";
import type { CaptureHistory as History } from "@/lib/capture/get-capture-history";
import { useFormAction } from "../forms/use-form-action";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";

const day = (date: Date) => date.toISOString().replace("T", " ").slice(0, 16) + " UTC";

export function CaptureHistory({ documentId, history, captureAgain }: { documentId: string; history: History; captureAgain: FormAction }) {
  const [state, action, pending] = useFormAction(captureAgain, idleState);
  const { capture, previousVersion, nextVersion, changes } = history;
  return (
    <div className="capture-history">
      {capture && (
        <p>
          <a href={`/desk/documents/${documentId}/archived`}>Archived copy of {capture.finalUrl}</a>, fetched {day(capture.fetchedAt)} (HTTP{" "}
          {capture.status}, {capture.contentType}). It opens sandboxed: no script in it runs.
        </p>
      )}
      {nextVersion && (
        <p className="notice">
          This page was captured again on {day(nextVersion.createdAt)}:{" "}
          <Link href={`/desk/documents/${nextVersion.id}`}>see the latest version</Link>. Quotes checked against this capture keep pointing
          at it.
        </p>
      )}
      {previousVersion && (
        <p>
          Captured again from <Link href={`/desk/documents/${previousVersion.id}`}>the version of {day(previousVersion.createdAt)}</Link>
          {previousVersion.quoteCount > 0 && (
            <>, which {previousVersion.quoteCount === 1 ? "one quote cites" : `${previousVersion.quoteCount} quotes cite`}</>
          )}
          .
        </p>
      )}
      {changes?.state === "same" && <p>The text has not changed since the previous capture.</p>}
      {changes?.state === "too_long" && <p>The text changed; it is too long to compare here.</p>}
      {changes?.state === "changed" && (
        <section aria-labelledby="capture-changes">
          <h3 id="capture-changes">Changes since the previous capture</h3>
          <p className="field-hint">
            {changes.added} words added, {changes.removed} words removed. Removed words are struck through; added ones are underlined.
          </p>
          <p className="word-diff">
            {changes.parts.map((part, index) =>
              part.kind === "added" ? (
                <ins key={index}>{part.text}</ins>
              ) : part.kind === "removed" ? (
                <del key={index}>{part.text}</del>
              ) : (
                <span key={index}>{part.text}</span>
              ),
            )}
          </p>
        </section>
      )}
      {history.canCaptureAgain && (
        <form action={action}>
          <input type="hidden" name="documentId" value={documentId} />
          <button type="submit" disabled={pending}>
            {pending ? "Capturing the page again…" : "Capture again"}
          </button>
          <p className="field-hint">Fetches the page again and keeps what it says now as a new version; this one is kept as it is.</p>
          <FormFeedback state={state} />
        </form>
      )}
    </div>
  );
}
