// A brief's body is Markdown written by editors: rendered by markdown-it (./markdown),
// then sanitised by `sanitize-html` (editors are trusted, their pasted text is not).
// Citation markers become numbered links to the cited item on the same page.
import sanitizeHtml from "sanitize-html";
import { citationKind, replaceCitationMarkers } from "./citations";
import { markdown } from "./markdown";

/** The id of the element a citation links to, e.g. "quote-q1". */
export function citationTarget(ref: string): string {
  return `${citationKind(ref)}-${ref}`;
}

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [...sanitizeHtml.defaults.allowedTags, "sup", "del", "ins"],
  allowedAttributes: { a: ["href", "title", "class", "rel"], sup: ["class"], span: ["class", "title"], img: ["src", "alt", "title"] },
  allowedSchemes: ["https", "http", "mailto"],
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      // External links leave the site without our referrer or control of the page.
      attribs: attribs.href?.startsWith("#") ? attribs : { ...attribs, rel: "noopener noreferrer nofollow" },
    }),
  },
};

/**
 * With `knownRefs` (the desk's preview), a marker that points at nothing is shown
 * as an error where it stands instead of as a citation.
 */
export function renderBody(body: string, knownRefs?: ReadonlySet<string>): string {
  const withCitations = replaceCitationMarkers(body, (ref, n) =>
    knownRefs && !knownRefs.has(ref)
      ? `<span class="citation-missing" title="This citation points at nothing">[@${ref}?]</span>`
      : `<sup class="citation"><a href="#${citationTarget(ref)}" title="Citation ${n}">[${n}]</a></sup>`,
  );
  return sanitizeHtml(markdown.render(withCitations), ALLOWED);
}
