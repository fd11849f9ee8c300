import Link from "next/link";
import { SiteSearch } from "@/components/search/site-search";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="site-name">
        Briefdesk
      </Link>
      <nav aria-label="Main">
        <Link href="/">Latest briefs</Link>
        <Link href="/topics">Topics</Link>
        <Link href="/search">Search</Link>
        <Link href="/about">How we work</Link>
      </nav>
      <SiteSearch />
    </header>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Every quote is traceable to a stored source; every brief is checked by a second editor before it is published.{" "}
        <Link href="/about">How we work and correct</Link> · <Link href="/corrections">Corrections</Link>.
      </p>
    </footer>
  );
}
