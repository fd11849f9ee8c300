"use client";

import { useActionState } from "react";
import type { QuotePanelData, QuotePanelQuote } from "@/lib/quotes/load-quote-panel";
import { FormFeedback } from "../forms/form-feedback";
import { idleState, type FormAction } from "../forms/form-state";
import { QuoteCard } from "./quote-card";
import { QuoteFields } from "./quote-fields";

export type QuotePanelActions = { add: FormAction; update: FormAction; move: FormAction; remove: FormAction };

/** What lib/quotes/load-quote-panel.ts reads: the quotes in the editor's order, the documents the brief cites, who may be a speaker source. */
export type QuotePanelProps = Omit<QuotePanelData, "quotes"> & { quotes: QuotePanelQuote[]; actions: QuotePanelActions };

/**
 * A brief's quotes in the editor: each with its verification status, moved up or down,
 * edited in place or removed; and a form to add one. Every save checks the words
 * against the document's captured text.
 */
export function QuotePanel({ briefId, quotes, documents, sourceOptions, actions }: QuotePanelProps) {
  const [addState, addAction, adding] = useActionState(actions.add, idleState);
  // Held here, not by the quote's card: the card is gone once the quote is removed,
  // and the outcome (with its warning about a marker left in the body) must stay.
  const [removeState, removeAction, removing] = useActionState(actions.remove, idleState);

  return (
    <section className="item-panel quote-panel" aria-labelledby="quote-panel-heading">
      <h2 id="quote-panel-heading">Quotes</h2>
      <div aria-live="polite">{removeState.status !== "idle" && <FormFeedback state={removeState} />}</div>
      {quotes.length === 0 ? (
        <p className="meta">No quotes yet.</p>
      ) : (
        <ol className="item-list">
          {quotes.map((quote, index) => (
            <QuoteCard
              key={quote.id}
              briefId={briefId}
              quote={quote}
              isFirst={index === 0}
              isLast={index === quotes.length - 1}
              documents={documents}
              sourceOptions={sourceOptions}
              update={actions.update}
              move={actions.move}
              remove={removeAction}
              removing={removing}
            />
          ))}
        </ol>
      )}

      <div className="item-add">
        <h3 id="quote-add-heading">Add a quote</h3>
        <form action={addAction} className="form" noValidate aria-labelledby="quote-add-heading">
          <input type="hidden" name="briefId" value={briefId} />
          <QuoteFields idPrefix="quote-new" briefId={briefId} state={addState} documents={documents} sourceOptions={sourceOptions} />
          <FormFeedback state={addState} />
          <button type="submit" disabled={adding}>
            {adding ? "Adding…" : "Add quote"}
          </button>
        </form>
      </div>
    </section>
  );
}
