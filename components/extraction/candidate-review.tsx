import { Fragment, type ReactNode } from "react";
import type { FormAction } from "../users/form-state";
import { EventCandidateCard, QuoteCandidateCard, SourceCandidateCard } from "./candidate-cards";
import type { CandidateIds, EventCandidateView, QuoteCandidateView, SourceCandidateView, TextPieceView } from "./types";

const KIND_WORD: Record<string, string> = { quote: "quote", label: "label", event: "date of an event", source: "source" };

/** The captured text exactly as stored, every candidate marked where the text has it. */
function MarkedText({ pieces, language }: { pieces: TextPieceView[]; language?: string }) {
  return (
    <div className="captured-text candidate-text" lang={language}>
      {pieces.map((piece) => (
        <Fragment key={piece.start}>
          {piece.marks.reduceRight<ReactNode>(
            (inner, mark) => (
              <mark id={mark.first ? `${mark.anchor}-text` : undefined} className={`candidate-mark candidate-mark--${mark.kind} candidate-mark--${mark.state}`}
                title={`Proposed ${KIND_WORD[mark.kind] ?? mark.kind}${mark.state === "open" ? "" : ` (${mark.state.replace("_", " ")})`}`}>
                {inner}
              </mark>
            ),
            piece.text,
          )}
        </Fragment>
      ))}
    </div>
  );
}

function Group({ id, title, count, children, empty }: { id: string; title: string; count: number; children: ReactNode; empty: string }) {
  return (
    <section className="candidate-group" aria-labelledby={id}>
      <h2 id={id}>{title} <span className="meta">({count})</span></h2>
      {count === 0 ? <p className="meta">{empty}</p> : <ol className="candidate-list">{children}</ol>}
    </section>
  );
}

/**
 * The candidates screen: the document's text on one side with everything proposed
 * highlighted in place, the candidates on the other, each accepted (edited first, if
 * need be) or rejected. Nothing reaches the brief without an accept.
 */
export function CandidateReview({ ids, pieces, quotes, events, sources, actions }: {
  ids: CandidateIds;
  pieces: TextPieceView[];
  quotes: QuoteCandidateView[];
  events: EventCandidateView[];
  sources: SourceCandidateView[];
  actions: { accept: FormAction; reject: FormAction };
}) {
  const statements = quotes.filter((q) => q.kind === "quote");
  const labels = quotes.filter((q) => q.kind === "label");
  return (
    <div className="candidates-layout">
      <section className="candidates-text" aria-labelledby="captured-heading">
        <h2 id="captured-heading">Captured text</h2>
        <p className="candidate-legend meta">
          <mark className="candidate-mark candidate-mark--quote">quote</mark> <mark className="candidate-mark candidate-mark--label">label</mark>{" "}
          <mark className="candidate-mark candidate-mark--event">date</mark> <mark className="candidate-mark candidate-mark--source">source</mark>
        </p>
        <MarkedText pieces={pieces} />
      </section>
      <div className="candidates-list">
        <Group id="quote-candidates" title="Quotes" count={statements.length} empty="No passages in quotation marks.">
          {statements.map((q) => <QuoteCandidateCard key={q.key} ids={ids} quote={q} actions={actions} />)}
        </Group>
        <Group id="label-candidates" title="Labels" count={labels.length} empty="No labels.">
          {labels.map((q) => <QuoteCandidateCard key={q.key} ids={ids} quote={q} actions={actions} />)}
        </Group>
        <Group id="event-candidates" title="Events" count={events.length} empty="No dated events.">
          {events.map((e) => <EventCandidateCard key={e.key} ids={ids} event={e} actions={actions} />)}
        </Group>
        <Group id="source-candidates" title="Sources" count={sources.length} empty="No organisations or outlets named.">
          {sources.map((s) => <SourceCandidateCard key={s.key} ids={ids} source={s} actions={actions} />)}
        </Group>
      </div>
    </div>
  );
}
