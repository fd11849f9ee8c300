import { Fragment, type ReactNode } from "react";
import type { FormAction } from "../forms/form-state";
import { EventCandidateCard, QuoteCandidateCard, SourceCandidateCard } from "./candidate-cards";
import type {
  CandidatePage,
  EventCandidateView,
  QuoteCandidateView,
  SourceCandidateView,
  TextPiece,
} from "@/lib/extraction/get-document-candidates";
import type { CandidateIds } from "@/lib/extraction/schemas";

/** The addresses of a list's previous and next pages. */
export type PageLinks = { previous?: string; next?: string };

const KIND_WORD: Record<string, string> = { quote: "quote", label: "label", event: "date of an event", source: "source" };

/** The captured text exactly as stored, every candidate marked where the text has it. */
function MarkedText({ pieces, language }: { pieces: TextPiece[]; language?: string }) {
  return (
    <div className="captured-text candidate-text" lang={language}>
      {pieces.map((piece) => (
        <Fragment key={piece.start}>
          {piece.marks.reduceRight<ReactNode>(
            (inner, mark) => (
              <mark
                id={mark.first ? `${mark.anchor}-text` : undefined}
                className={`candidate-mark candidate-mark--${mark.kind} candidate-mark--${mark.state}`}
                title={`Proposed ${KIND_WORD[mark.kind] ?? mark.kind}${mark.state === "open" ? "" : ` (${mark.state.replace("_", " ")})`}`}
              >
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

function Group({
  id,
  title,
  noun,
  paging,
  links,
  children,
  empty,
}: {
  id: string;
  title: string;
  noun: string;
  paging: CandidatePage;
  links: PageLinks;
  children: ReactNode;
  empty: string;
}) {
  const first = (paging.page - 1) * paging.pageSize + 1;
  return (
    <section className="candidate-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="meta">({paging.total.toLocaleString("en")})</span>
      </h2>
      {paging.found !== null && (
        <p className="meta">
          The text holds {paging.found.toLocaleString("en")} {noun}; the first {paging.total.toLocaleString("en")} are proposed.
        </p>
      )}
      {paging.total === 0 ? (
        <p className="meta">{empty}</p>
      ) : (
        <ol className="candidate-list" start={first}>
          {children}
        </ol>
      )}
      {paging.pageCount > 1 && (
        <nav className="candidate-paging meta" aria-label={`More ${noun}`}>
          {links.previous && <a href={links.previous}>Previous {noun}</a>}
          {links.previous && links.next && " · "}
          {links.next && (
            <a href={links.next}>
              {paging.more.toLocaleString("en")} more {noun}
            </a>
          )}{" "}
          (page {paging.page} of {paging.pageCount})
        </nav>
      )}
    </section>
  );
}

/**
 * The candidates screen: the document's text on one side with everything proposed
 * highlighted in place, the candidates on the other, each accepted (edited first, if
 * need be) or rejected. Nothing reaches the brief without an accept.
 */
export function CandidateReview({
  ids,
  pieces,
  shown,
  quotes,
  events,
  sources,
  paging,
  links,
  actions,
}: {
  ids: CandidateIds;
  pieces: TextPiece[];
  shown: { start: number; end: number; length: number };
  quotes: QuoteCandidateView[];
  events: EventCandidateView[];
  sources: SourceCandidateView[];
  paging: Record<"quotes" | "labels" | "events" | "sources", CandidatePage>;
  links: Record<"quotes" | "labels" | "events" | "sources", PageLinks>;
  actions: { accept: FormAction; reject: FormAction };
}) {
  const statements = quotes.filter((q) => q.kind === "quote");
  const labels = quotes.filter((q) => q.kind === "label");
  const partial = shown.start > 0 || shown.end < shown.length;
  return (
    <div className="candidates-layout">
      <section className="candidates-text" aria-labelledby="captured-heading">
        <h2 id="captured-heading">Captured text</h2>
        {partial && (
          <p className="meta">
            Characters {(shown.start + 1).toLocaleString("en")}–{shown.end.toLocaleString("en")} of {shown.length.toLocaleString("en")},
            with the candidates listed on this page marked. The whole text is on the document’s page.
          </p>
        )}
        <dl className="candidate-legend meta" aria-label="What the highlights mean">
          <div>
            <dt>Undecided</dt>
            <dd>
              <mark className="candidate-mark candidate-mark--quote candidate-mark--open">quote</mark>
              <mark className="candidate-mark candidate-mark--label candidate-mark--open">label</mark>
              <mark className="candidate-mark candidate-mark--event candidate-mark--open">date</mark>
              <mark className="candidate-mark candidate-mark--source candidate-mark--open">source</mark>
            </dd>
          </div>
          <div>
            <dt>Accepted</dt>
            <dd>
              <mark className="candidate-mark candidate-mark--quote candidate-mark--accepted">quote</mark>
              <mark className="candidate-mark candidate-mark--label candidate-mark--accepted">label</mark>
              <mark className="candidate-mark candidate-mark--event candidate-mark--accepted">date</mark>
              <mark className="candidate-mark candidate-mark--source candidate-mark--accepted">source</mark>
            </dd>
          </div>
          <div>
            <dt>Rejected</dt>
            <dd>
              <mark className="candidate-mark candidate-mark--quote candidate-mark--rejected">no colour</mark>
            </dd>
          </div>
        </dl>
        <MarkedText pieces={pieces} />
      </section>
      <div className="candidates-list">
        <Group
          id="quote-candidates"
          title="Quotes"
          noun="quotes"
          paging={paging.quotes}
          links={links.quotes}
          empty="No passages in quotation marks."
        >
          {statements.map((q) => (
            <QuoteCandidateCard key={q.key} ids={ids} quote={q} actions={actions} />
          ))}
        </Group>
        <Group id="label-candidates" title="Labels" noun="labels" paging={paging.labels} links={links.labels} empty="No labels.">
          {labels.map((q) => (
            <QuoteCandidateCard key={q.key} ids={ids} quote={q} actions={actions} />
          ))}
        </Group>
        <Group id="event-candidates" title="Events" noun="events" paging={paging.events} links={links.events} empty="No dated events.">
          {events.map((e) => (
            <EventCandidateCard key={e.key} ids={ids} event={e} actions={actions} />
          ))}
        </Group>
        <Group
          id="source-candidates"
          title="Sources"
          noun="sources"
          paging={paging.sources}
          links={links.sources}
          empty="No organisations or outlets named."
        >
          {sources.map((s) => (
            <SourceCandidateCard key={s.key} ids={ids} source={s} actions={actions} />
          ))}
        </Group>
      </div>
    </div>
  );
}

/** While a long document is being read: how far it is, and the page asks again by itself. */
export function ReadingProgress({
  reading,
}: {
  reading: { state: "reading" | "waiting"; progress: number } | { state: "failed"; error: string };
}) {
  if (reading.state === "failed") {
    return (
      <p className="form-error" role="alert">
        {reading.error}
      </p>
    );
  }
  const label =
    reading.state === "waiting"
      ? "Waiting to read the document (another one is being read)…"
      : `Reading the document… ${reading.progress}%`;
  return (
    <section className="candidates-reading" aria-live="polite">
      {/* a long document is read by a separate process: this page looks again every two seconds */}
      <meta httpEquiv="refresh" content="2" />
      <p>{label}</p>
      <progress max={100} value={reading.progress} aria-label="Reading the document">
        {reading.progress}%
      </progress>
      <p className="meta">A long document is read once, in the background; its candidates appear here when it is done.</p>
    </section>
  );
}
