"use client";

import Link from "next/link";
import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import { useBriefSession } from "./brief-session";
import { PassageQuote } from "./passage-quote";
import type { PanelActions, PanelDocumentView, PassageSuggestionView } from "./panel-types";

type Selected = { start: number; end: number };

/** The selection's offsets in `container`'s text, when the selection lies within it and is not empty. */
function selectionIn(container: HTMLElement): Selected | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  const end = start + range.toString().length;
  return end > start ? { start, end } : null;
}

/** One open candidate, accepted from the panel as the extractor proposes it. */
function AcceptCandidate({
  ids,
  candidateKey,
  label,
  fields,
  accept,
}: {
  ids: { briefId: string; documentId: string };
  candidateKey: string;
  label: string;
  fields: Record<string, string | null>;
  accept: FormAction;
}) {
  const [state, action, pending] = useActionState(accept, idleState);
  return (
    <li className="panel-candidate">
      <span>{label}</span>
      {state.status === "ok" ? (
        <FormFeedback state={state} />
      ) : (
        <form action={action} className="inline-form" aria-label={`Accept ${label}`}>
          <input type="hidden" name="briefId" value={ids.briefId} />
          <input type="hidden" name="documentId" value={ids.documentId} />
          <input type="hidden" name="candidateKey" value={candidateKey} />
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value ?? ""} />
          ))}
          <button type="submit" className="secondary" disabled={pending}>
            {pending ? "Accepting…" : "Accept"}
          </button>
          {state.status === "error" && <FormFeedback state={state} />}
        </form>
      )}
    </li>
  );
}

/**
 * A document of the brief, read in the panel: select words of its text and choose
 * "Quote this"; its open candidates can be accepted here, all of them on its
 * candidates page.
 */
export function PanelDocument({ briefId, documentId, actions }: { briefId: string; documentId: string; actions: PanelActions }) {
  const session = useBriefSession();
  const [document, setDocument] = useState<PanelDocumentView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [from, setFrom] = useState(0);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [passage, setPassage] = useState<PassageSuggestionView | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const text = useRef<HTMLPreElement>(null);
  const ids = { briefId, documentId };

  const load = useCallback(async () => {
    const result = await actions.openDocument({ briefId, documentId, from }).catch(() => null);
    if (!result) return setProblem("The desk could not be reached. Try again in a moment.");
    if (result.status === "error") return setProblem(result.message);
    setProblem(null);
    setDocument(result.value);
  }, [actions, briefId, documentId, from]);

  // eslint-disable-next-line react-hooks/set-state-in-effect -- the document is read from the server when opened
  useEffect(() => void load(), [load]);

  // The selection is kept when it collapses (a click on "Quote this" may collapse it first).
  useEffect(() => {
    const onChange = () => {
      const container = text.current;
      const within = container && selectionIn(container);
      if (within && document) setSelected({ start: within.start + document.start, end: within.end + document.start });
    };
    window.document.addEventListener("selectionchange", onChange);
    return () => window.document.removeEventListener("selectionchange", onChange);
  }, [document]);

  async function quoteThis() {
    if (!selected) return;
    setAsking(true);
    const result = await actions.suggest({ ...ids, ...selected }).catch(() => null);
    setAsking(false);
    if (!result) return setNote("The desk could not be reached. Try again in a moment.");
    if (result.status === "error") return setNote(Object.values(result.fieldErrors).flat()[0] ?? result.message);
    setNote(null);
    setPassage(result.value);
  }

  function inserted({ ref, text: words }: { ref: string; text: string }) {
    const done = session?.insert(`“${words}” [@${ref}]`) ?? false;
    setPassage(null);
    setSelected(null);
    window.getSelection()?.removeAllRanges();
    setNote(
      done ? `Quote [@${ref}] made and inserted into the body at the cursor.` : `Quote [@${ref}] made: cite it in the body as [@${ref}].`,
    );
    void load();
  }

  if (problem)
    return (
      <p className="form-error" role="alert">
        {problem}
      </p>
    );
  if (!document)
    return (
      <p className="field-hint" role="status">
        Reading the document…
      </p>
    );
  const candidateLink = `/desk/briefs/${briefId}/documents/${documentId}/candidates`;
  return (
    <div className="panel-document">
      <p className="field-hint">
        Select words in the text, then choose “Quote this”. <Link href={candidateLink}>All candidates from this document</Link>
      </p>
      {note && (
        <p className="notice" role="status">
          {note}
        </p>
      )}
      {passage ? (
        <PassageQuote ids={ids} passage={passage} quote={actions.quote} onInserted={inserted} onCancel={() => setPassage(null)} />
      ) : (
        <div className="panel-buttons panel-quote-this">
          <button type="button" disabled={!selected || asking} onMouseDown={(e) => e.preventDefault()} onClick={() => void quoteThis()}>
            {asking ? "Reading…" : "Quote this"}
          </button>
          {!selected && <span className="field-hint">Select words in the text first.</span>}
        </div>
      )}
      <pre ref={text} className="panel-text" aria-label={`Text of ${document.title}`} tabIndex={0}>
        {document.text}
      </pre>
      {(document.start > 0 || document.end < document.length) && (
        <p className="field-hint panel-buttons">
          Characters {(document.start + 1).toLocaleString("en")}–{document.end.toLocaleString("en")} of{" "}
          {document.length.toLocaleString("en")}.
          {document.start > 0 && (
            <button type="button" className="secondary" onClick={() => setFrom(Math.max(0, document.start - 20_000))}>
              Earlier text
            </button>
          )}
          {document.end < document.length && (
            <button type="button" className="secondary" onClick={() => setFrom(document.end)}>
              Later text
            </button>
          )}
        </p>
      )}
      <section aria-label={`Candidates from ${document.title}`}>
        <h4>Candidates</h4>
        {document.reading ? (
          <p className="field-hint">
            This long document is still being read: <Link href={candidateLink}>follow its progress</Link>.
          </p>
        ) : document.quotes.length + document.events.length === 0 ? (
          <p className="field-hint">Nothing proposed is left undecided.</p>
        ) : (
          <ul className="panel-candidates">
            {document.quotes.map((q) => (
              <AcceptCandidate
                key={q.key}
                ids={ids}
                candidateKey={q.key}
                accept={actions.accept}
                label={`quote “${q.text}” (${q.speakerName || "no speaker"})`}
                fields={{
                  text: q.text,
                  speakerName: q.speakerName,
                  speakerTitle: q.speakerTitle,
                  speakerSourceId: q.speakerSourceId,
                  saidOn: q.saidOn,
                  saidOnPrecision: q.saidOnPrecision,
                }}
              />
            ))}
            {document.events.map((e) => (
              <AcceptCandidate
                key={e.key}
                ids={ids}
                candidateKey={e.key}
                accept={actions.accept}
                label={`event ${e.dateLabel}: ${e.description}`}
                fields={{
                  description: e.description,
                  date: e.date,
                  dateEnd: e.dateEnd,
                  precision: e.precision,
                  dateLabel: "",
                  reportedById: e.reportedById,
                }}
              />
            ))}
          </ul>
        )}
        {document.open.quotes + document.open.events > document.quotes.length + document.events.length && (
          <p className="field-hint">
            <Link href={candidateLink}>
              {document.open.quotes + document.open.events - document.quotes.length - document.events.length} more on the candidates page
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
