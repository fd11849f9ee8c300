// The home page and its older pages (/page/2, …): one path per page, so every page is
// cached like a static file; a query string would make each request dynamic.
import { notFound } from "next/navigation";
import { BriefList, Pagination } from "@/components/briefs/brief-list";
import { listPublishedBriefs } from "@/lib/publishing/list-published-briefs";

/** "2" → 2; anything that is not a page number is not a page. */
export function pageNumber(n: string): number {
  if (!/^[1-9]\d{0,5}$/.test(n)) notFound();
  return Number(n);
}

export const pageHref = (base: string, page: number) => (page <= 1 ? base || "/" : `${base}/page/${page}`);

export async function LatestBriefs({ page }: { page: number }) {
  const { items, hasNext } = await listPublishedBriefs({ page });
  if (page > 1 && items.length === 0) notFound();
  return (
    <>
      <h1>Latest briefs{page > 1 && <span className="page-number">, page {page}</span>}</h1>
      <BriefList briefs={items} />
      <Pagination newerHref={page > 1 ? pageHref("", page - 1) : null} olderHref={hasNext ? pageHref("", page + 1) : null} />
    </>
  );
}
