"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import type { PublisherOptionView } from "../documents/add-document-form";
import { useBriefSession } from "./brief-session";
import { PanelAddDocument, PanelAttachExisting } from "./panel-add-document";
import { PanelDocument } from "./panel-document";
import type { PanelActions, PanelListView } from "./panel-types";

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The brief editor's side panel: the brief's documents (read one, select words,
 * quote them into the body), quotes, events and claims (insert their markers), a
 * paste form for a new document and a search for a stored one. Beside the editor on
 * a wide screen, below it on a narrow one.
 */
export function BriefPanel({
  briefId,
  list,
  publishers,
  actions,
}: {
  briefId: string;
  list: PanelListView;
  publishers: PublisherOptionView[];
  actions: PanelActions;
}) {
  const session = useBriefSession();
  const [openId, setOpenId] = useState<string | null>(null);
  const [inserted, setInserted] = useState<string | null>(null);
  const opened = useCallback((documentId: string) => setOpenId(documentId), []);
  const insert = (text: string, ref: string) => {
    if (session?.insert(text)) setInserted(`Inserted [@${ref}] into the body at the cursor.`);
  };
  // a document just added is open before the page's list shows it
  const known = list.documents.some((d) => d.id === openId);

  return (
    <aside className="brief-panel" aria-labelledby="brief-panel-heading">
      <details open className="brief-panel-toggle">
        <summary>
          <h2 id="brief-panel-heading">Sources</h2> <span className="field-hint">documents, quotes, events and claims</span>
        </summary>
        {inserted && (
          <p className="notice" role="status">
            {inserted}
          </p>
        )}

        <section aria-labelledby="panel-documents">
          <h3 id="panel-documents">Documents ({list.documents.length})</h3>
          {list.documents.length === 0 && !openId && <p className="field-hint">No document yet: paste one below.</p>}
          <ul className="panel-list">
            {list.documents.map((d) => (
              <li key={d.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-expanded={openId === d.id}
                  onClick={() => setOpenId(openId === d.id ? null : d.id)}
                >
                  <code>[@{d.ref}]</code> {d.title}
                </button>{" "}
                <span className="meta">
                  {d.publisher} · {d.length.toLocaleString("en")} characters
                </span>
                {openId === d.id && <PanelDocument briefId={briefId} documentId={d.id} actions={actions} />}
              </li>
            ))}
            {openId && !known && (
              <li key={openId}>
                <PanelDocument briefId={briefId} documentId={openId} actions={actions} />
              </li>
            )}
          </ul>
          <details className="panel-disclosure">
            <summary>Paste a new document</summary>
            <PanelAddDocument briefId={briefId} publishers={publishers} actions={actions} onAdded={opened} />
          </details>
          <details className="panel-disclosure">
            <summary>Attach an existing document</summary>
            <PanelAttachExisting briefId={briefId} actions={actions} onAttached={opened} />
          </details>
        </section>

        <section aria-labelledby="panel-quotes">
          <h3 id="panel-quotes">Quotes ({list.quotes.length})</h3>
          <ul className="panel-list">
            {list.quotes.map((q) => (
              <li key={q.ref}>
                <code>[@{q.ref}]</code> {q.speakerName}: “{shorten(q.text)}”{" "}
                <span className="meta">
                  {q.verification.replace("_", " ")}
                  {q.documentRef ? ` · ${q.documentRef}` : ""}
                </span>{" "}
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Insert quote ${q.ref}`}
                  onClick={() => insert(`“${q.text}” [@${q.ref}]`, q.ref)}
                >
                  Insert
                </button>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="panel-events">
          <h3 id="panel-events">Events ({list.events.length})</h3>
          <ul className="panel-list">
            {list.events.map((e) => (
              <li key={e.ref}>
                <code>[@{e.ref}]</code> {e.dateLabel}: {shorten(e.description)}{" "}
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Insert event ${e.ref}`}
                  onClick={() => insert(`[@${e.ref}]`, e.ref)}
                >
                  Insert
                </button>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="panel-claims">
          <h3 id="panel-claims">Claims ({list.claims.length})</h3>
          <ul className="panel-list">
            {list.claims.map((c) => (
              <li key={c.ref}>
                <code>[@{c.ref}]</code> {c.speakerName}: {shorten(c.text)}{" "}
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Insert claim ${c.ref}`}
                  onClick={() => insert(`[@${c.ref}]`, c.ref)}
                >
                  Insert
                </button>
              </li>
            ))}
          </ul>
          <p className="field-hint">
            <Link href={`/desk/briefs/${briefId}/items`}>Edit quotes, events and claims</Link>
          </p>
        </section>
      </details>
    </aside>
  );
}
