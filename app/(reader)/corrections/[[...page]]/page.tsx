// /corrections and its older pages (/corrections/page/2, …): every public correction,
// update, clarification, verdict change and withdrawal, newest first. An optional
// catch-all, so that it is rendered on its first request (not at build time, when
// there is no database) and then cached like every reader page.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/briefs/brief-list";
import { CorrectionFeed } from "@/components/briefs/correction-feed";
import { listPublicCorrections } from "@/lib/publishing/list-public-corrections";
import { pageHref, pageNumber } from "../../latest-briefs";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page?: string[] }> };

function correctionsPage(path: string[] = []): number {
  if (path.length === 0) return 1;
  if (path.length !== 2 || path[0] !== "page") notFound();
  return pageNumber(path[1]!);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = correctionsPage((await params).page);
  return {
    title: page > 1 ? `Corrections, page ${page}` : "Corrections",
    description: "Every correction, update, clarification, verdict change and withdrawal of our briefs, newest first.",
    alternates: { types: { "application/atom+xml": [{ url: "/corrections/feed.xml", title: "Corrections" }] } },
  };
}

export default async function CorrectionsPage({ params }: Props) {
  const page = correctionsPage((await params).page);
  const { items, hasNext } = await listPublicCorrections({ page });
  if (page > 1 && items.length === 0) notFound();
  return (
    <>
      <h1>Corrections{page > 1 && <span className="page-number">, page {page}</span>}</h1>
      <p className="summary">
        Every change we made to a published brief, newest first. <Link href="/about#corrections">How we correct briefs</Link> ·{" "}
        <Link href="/corrections/feed.xml" prefetch={false}>
          Atom feed
        </Link>
      </p>
      <CorrectionFeed items={items} />
      <Pagination
        newerHref={page > 1 ? pageHref("/corrections", page - 1) : null}
        olderHref={hasNext ? pageHref("/corrections", page + 1) : null}
      />
    </>
  );
}
