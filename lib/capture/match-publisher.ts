// Which registry source published a captured page: the one that lists the page's
// host, or a domain the host is under (a source listing example.org matches
// news.example.org, never notexample.org). The registrable domain comes from the
// Public Suffix List (tldts), so a source cannot claim "co.uk". A retired source is
// never proposed; the most specific listing wins, a confirmed source before a proposal.
import { getDomain, getHostname } from "tldts";
import type { Tx } from "@/lib/db/client";

export type PublisherMatch = { id: string; name: string; confirmed: boolean };

/** The host of a page and every parent domain of it down to its registrable domain, most specific first. */
export function domainCandidates(url: string): string[] {
  const host = getHostname(url)?.toLowerCase().replace(/\.$/, "");
  const registrable = host ? getDomain(host) : null;
  if (!host || !registrable) return host ? [host] : [];
  const labels = host.split(".");
  const candidates: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const candidate = labels.slice(i).join(".");
    candidates.push(candidate);
    if (candidate === registrable) break;
  }
  return candidates;
}

/** The registrable domain of a page's host (news.bbc.co.uk → bbc.co.uk), or null for an IP address or a bare suffix. */
export function registrableDomain(url: string): string | null {
  const host = getHostname(url)?.toLowerCase().replace(/\.$/, "");
  return host ? getDomain(host) : null;
}

/**
 * Tidies what an admin types as a source's domains: lower case, no scheme, path or
 * "www.", one per entry, no public suffix on its own ("co.uk" is refused: it would
 * match every site under it). Returns the domains and the entries it could not use.
 */
export function normaliseDomains(entries: string[]): { domains: string[]; invalid: string[] } {
  const domains = new Set<string>();
  const invalid: string[] = [];
  for (const entry of entries.map((e) => e.trim()).filter(Boolean)) {
    const host = getHostname(/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) ? entry : `https://${entry}`)
      ?.toLowerCase()
      .replace(/^www\./, "")
      .replace(/\.$/, "");
    if (!host || !getDomain(host) || host.length > 253) invalid.push(entry);
    else domains.add(host);
  }
  return { domains: [...domains], invalid };
}

export async function matchPublisher(tx: Tx, url: string): Promise<PublisherMatch | null> {
  const candidates = domainCandidates(url);
  if (candidates.length === 0) return null;
  const sources = await tx.source.findMany({
    where: { retiredAt: null, domains: { hasSome: candidates } },
    select: { id: true, name: true, confirmed: true, domains: true },
    take: 20,
  });
  const specificity = (domains: string[]) => Math.min(...domains.map((d) => candidates.indexOf(d)).filter((i) => i >= 0));
  const best = sources.sort(
    (a, b) => specificity(a.domains) - specificity(b.domains) || Number(b.confirmed) - Number(a.confirmed) || a.name.localeCompare(b.name),
  )[0];
  return best ? { id: best.id, name: best.name, confirmed: best.confirmed } : null;
}
