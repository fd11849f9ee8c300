// The one Markdown parser for brief bodies (the reader page, the desk's previews, the
// API and search snippets). markdown-it, because its parser is linear in the length
// of the text on every shape measured, where `marked` took seconds on intraword
// underscores or asterisks ("a_" × 49,000: 23 s) and overflowed the stack on deep
// blockquotes (`npm run bench` has the figures). Configured to render as `marked` with
// `gfm: true` did: CommonMark, GFM tables, ~~strikethrough~~ as <del>, bare links
// (http(s)://…, www.…, e-mail addresses). Raw HTML passes through to sanitize-html,
// which is where it is made safe.
import MarkdownIt from "markdown-it";

export const markdown = new MarkdownIt("default", { html: true, linkify: true, typographer: false });

// GFM links "www.example.org" without a scheme, and only with that prefix: a domain,
// then a path up to the next space or "<", without trailing punctuation. Sticky, so
// each candidate costs the length of its link, not of the rest of the text.
const WWW_TAIL = /[\w-]+(?:\.[\w-]+)*(?:[/?#][^\s<]*)?/y;
markdown.linkify.add("www.", {
  validate(text, pos) {
    WWW_TAIL.lastIndex = pos;
    const tail = WWW_TAIL.exec(text)?.[0].replace(/[?!.,:*_~]+$/, "") ?? "";
    return tail.includes(".") ? tail.length : 0;
  },
  normalize(match) {
    match.url = `http://${match.url}`;
  },
});
markdown.renderer.rules.s_open = () => "<del>";
markdown.renderer.rules.s_close = () => "</del>";
markdown.renderer.rules.hardbreak = () => "<br />";
