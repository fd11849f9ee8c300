// Reads a fetched page: its main text (Mozilla's Readability over linkedom's DOM,
// chosen over jsdom for speed and memory: see README "Capture by URL") and what its
// metadata says of it (JSON-LD first, then OpenGraph, then plain <meta> tags), for
// the editor to confirm. Pure: no network, no database; bounded by the page's size
// (5 MB at most, see fetch-page.ts) and run in a separate process for big pages.
import { Readability } from "@mozilla/readability";
import { convert } from "html-to-text";
import { parseHTML } from "linkedom";
import { HTML_OPTIONS } from "@/lib/documents/extract-text";

export type PageReading = {
  text: string;
  title: string | null;
  author: string | null;
  /** YYYY-MM-DD */
  publishedOn: string | null;
  language: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
};

const MAX_JSON_LD = 20;
const MAX_JSON_LD_CHARS = 200_000;
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|OpinionNewsArticle|Report|ScholarlyArticle|WebPage|SocialMediaPosting)$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** One line of at most `max` characters, or null. */
function line(value: unknown, max = 300): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/[\p{Cc}\s]+/gu, " ").trim();
  return text === "" ? null : text.slice(0, max);
}

function personName(value: unknown): string | null {
  if (Array.isArray(value)) {
    const names = value.map(personName).filter((n): n is string => n !== null);
    return names.length ? line(names.join(", ")) : null;
  }
  if (isObject(value)) return line(value.name);
  const text = line(value);
  // article:author is often a profile URL, not a name
  return text && !/^https?:\/\//i.test(text) ? text : null;
}

/** YYYY-MM-DD of an ISO date or date-time, as the page wrote it (no time-zone shift). */
export function isoDay(value: unknown): string | null {
  const text = line(value, 64);
  const match = text?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? `${y}-${m}-${d}` : null;
}

/** A language code the document form accepts (en, pt-BR), from en_GB, EN-us or en. */
export function languageCode(value: unknown): string | null {
  const text = line(value, 35)?.replace(/_/g, "-");
  if (!text || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(text)) return null;
  const [primary, ...rest] = text.split("-");
  return [primary!.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join("-").slice(0, 16);
}

function webAddress(value: unknown, base: string): string | null {
  const text = line(isObject(value) ? (value["@id"] ?? value.url) : value, 2048);
  if (!text || !URL.canParse(text, base)) return null;
  const url = new URL(text, base);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}

/** The JSON-LD object that describes the page's article, if any. */
function jsonLdArticle(document: Document): Json | null {
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].slice(0, MAX_JSON_LD);
  for (const script of scripts) {
    const source = script.textContent ?? "";
    if (source.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : isObject(data) && Array.isArray(data["@graph"]) ? data["@graph"] : [data]) as unknown[];
    const article = nodes.slice(0, 100).find((node) => {
      if (!isObject(node)) return false;
      const types = Array.isArray(node["@type"]) ? node["@type"] : [node["@type"]];
      return types.some((type) => typeof type === "string" && ARTICLE_TYPES.test(type));
    });
    if (isObject(article)) return article;
  }
  return null;
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = line(element?.getAttribute("content"), 1000);
    if (value) return value;
  }
  return null;
}

/** The metadata of a page: JSON-LD, else OpenGraph, else plain <meta>, else the document's own tags. */
function readMetadata(document: Document, url: string): Omit<PageReading, "text"> {
  const ld = jsonLdArticle(document) ?? {};
  const publisher = isObject(ld.publisher) ? ld.publisher : {};
  return {
    title:
      line(ld.headline, 500) ??
      line(ld.name, 500) ??
      line(meta(document, "og:title", "twitter:title"), 500) ??
      line(document.querySelector("title")?.textContent, 500),
    author: personName(ld.author) ?? personName(meta(document, "article:author", "author", "byl", "dc.creator", "parsely-author")),
    publishedOn:
      isoDay(ld.datePublished) ??
      isoDay(
        meta(
          document,
          "article:published_time",
          "datePublished",
          "date",
          "dc.date",
          "dc.date.issued",
          "citation_publication_date",
          "parsely-pub-date",
        ),
      ),
    language:
      languageCode(ld.inLanguage) ??
      languageCode(document.documentElement?.getAttribute("lang")) ??
      languageCode(meta(document, "og:locale", "language", "content-language")),
    canonicalUrl:
      webAddress(document.querySelector('link[rel="canonical"]')?.getAttribute("href"), url) ??
      webAddress(meta(document, "og:url"), url) ??
      webAddress(ld.mainEntityOfPage ?? ld.url, url),
    siteName: line(publisher.name) ?? meta(document, "og:site_name", "application-name"),
  };
}

/** The main text of an HTML page, with its paragraphs: Readability's article, else the whole body. */
function mainText(document: Document): string {
  // Readability changes the document it reads; metadata is read before it runs.
  const article = new Readability(document, { charThreshold: 200, maxElemsToParse: 100_000 }).parse();
  const html = article?.content ?? document.body?.innerHTML ?? "";
  return convert(html, HTML_OPTIONS)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Reads an HTML or plain-text page fetched from `url`. */
export function readPage(body: string, contentType: string, url: string): PageReading {
  if (contentType === "text/plain") {
    return { text: body.trim(), title: null, author: null, publishedOn: null, language: null, canonicalUrl: null, siteName: null };
  }
  const { document } = parseHTML(body) as unknown as { document: Document };
  const metadata = readMetadata(document, url);
  return { ...metadata, text: mainText(document) };
}
