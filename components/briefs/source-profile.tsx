import Link from "next/link";
import { formatDay } from "../format";
import { countryLabel } from "@/lib/sources/labels";
import { BriefList, type BriefListItem } from "./brief-list";
import { kindLabel, ReaderSourceLabels } from "./source-list";
import type { ReaderSourceEntry } from "@/lib/publishing/list-reader-sources";

export type SourceProfileView = Omit<ReaderSourceEntry, "id" | "slug"> & { briefs: BriefListItem[]; briefCount: number };

/** What a registry source is, how far we trust it and why, and the briefs that rest on it. */
export function SourceProfile({ source }: { source: SourceProfileView }) {
  return (
    <article className="source-profile">
      <h1>{source.name}</h1>
      <p>
        <ReaderSourceLabels reliability={source.reliability} stateAffiliated={source.stateAffiliated} />
      </p>
      <dl className="source-facts">
        <div>
          <dt>Kind</dt>
          <dd>{kindLabel(source.kind)}</dd>
        </div>
        {source.country && (
          <div>
            <dt>Country</dt>
            <dd>{countryLabel(source.country)}</dd>
          </div>
        )}
        {source.homepageUrl && (
          <div>
            <dt>Homepage</dt>
            <dd>
              <a href={source.homepageUrl} rel="noopener noreferrer nofollow" className="print-url">
                {source.homepageUrl}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>Reliability</dt>
          <dd>{source.reliabilityRationale || "We have not written a rating for this source."}</dd>
        </div>
        {source.stateAffiliated && (
          <div>
            <dt>State affiliation</dt>
            <dd>Controlled or funded by a state: we attribute what it says and do not treat it as independent confirmation.</dd>
          </div>
        )}
        {source.retired && (
          <div>
            <dt>Status</dt>
            <dd>Retired from our registry: older briefs still cite it.</dd>
          </div>
        )}
      </dl>
      <section aria-labelledby="citing-heading">
        <h2 id="citing-heading">Briefs citing {source.name}</h2>
        {source.briefCount > source.briefs.length && (
          <p className="meta">
            The {source.briefs.length} most recent of {source.briefCount} briefs.
          </p>
        )}
        <BriefList briefs={source.briefs} headingLevel={3} empty="No published brief cites this source." />
      </section>
    </article>
  );
}

export type CapturedDocumentView = {
  title: string;
  publisher: { name: string; slug: string };
  url: string | null;
  author: string | null;
  publishedOn: string | null;
  language: string;
  contentHash: string;
  capturedText: string;
  capturedAt: Date;
  brief: { slug: string; title: string };
  /** the page as fetched, when the document was captured from its address */
  archive?: { href: string; finalUrl: string; fetchedOn: string } | null;
};

/**
 * Our copy of a document exactly as it was captured. The text is rendered as text
 * (React escapes it), never as HTML: it is whatever the publisher wrote.
 */
export function CapturedDocument({ document: d }: { document: CapturedDocumentView }) {
  return (
    <article className="captured-document">
      <p className="meta">
        Captured copy of a document cited in <Link href={`/briefs/${d.brief.slug}`}>{d.brief.title}</Link>
      </p>
      <h1>{d.title}</h1>
      <dl className="source-facts">
        <div>
          <dt>Publisher</dt>
          <dd>
            <Link href={`/sources/${d.publisher.slug}`}>{d.publisher.name}</Link>
          </dd>
        </div>
        {d.author && (
          <div>
            <dt>Author</dt>
            <dd>{d.author}</dd>
          </div>
        )}
        {d.publishedOn && (
          <div>
            <dt>Published</dt>
            <dd>
              <time dateTime={d.publishedOn}>{formatDay(d.publishedOn)}</time>
            </dd>
          </div>
        )}
        {d.url && (
          <div>
            <dt>Original</dt>
            <dd>
              <a href={d.url} rel="noopener noreferrer nofollow" className="print-url">
                {d.url}
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>Captured</dt>
          <dd>
            <time dateTime={d.capturedAt.toISOString()}>{formatDay(d.capturedAt)}</time>
          </dd>
        </div>
        {d.archive && (
          <div>
            <dt>Archived copy</dt>
            <dd>
              <a href={d.archive.href} className="print-url">
                archived copy of {d.archive.finalUrl}, fetched <time dateTime={d.archive.fetchedOn}>{d.archive.fetchedOn}</time>
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>SHA-256</dt>
          <dd>
            <code className="hash">{d.contentHash}</code>
          </dd>
        </div>
      </dl>
      <section aria-labelledby="captured-text-heading">
        <h2 id="captured-text-heading">Text as captured</h2>
        <pre className="captured-text" lang={d.language}>
          {d.capturedText}
        </pre>
      </section>
    </article>
  );
}
