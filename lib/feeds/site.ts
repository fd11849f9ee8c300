// How the reader site names itself to machines: feeds, structured data, link previews.
export const SITE_NAME = "Briefdesk";
export const SITE_DESCRIPTION =
  "Fact-checked briefs: every quote attributed and traceable to its source, every event dated and sourced, every brief checked by a second editor.";

/** The site-wide Atom feed, for `alternates.types` (a <link rel="alternate"> in the head). */
export const SITE_FEED = { "application/atom+xml": [{ url: "/feed.xml", title: SITE_NAME }] };
