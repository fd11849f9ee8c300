// The home page, "/", and its older pages, "/page/2", …: one path per page, so each is
// cached like a static file (a query string would make every request dynamic). One
// optional catch-all route, so that "/" is rendered and cached on its first request
// like every other reader page instead of being prerendered at build time, when there
// is no database to read.
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { LatestBriefs, pageNumber } from "../latest-briefs";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page?: string[] }> };

/** [] → 1; ["page", "2"] → 2; anything else is not a page of the home list. */
function homePage(path: string[] = []): number {
  if (path.length === 0) return 1;
  if (path.length !== 2 || path[0] !== "page") notFound();
  return pageNumber(path[1]!);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await params;
  return page ? { title: `Latest briefs, page ${page[1]}` } : {};
}

export default async function HomePage({ params }: Props) {
  const { page: path } = await params;
  const page = homePage(path);
  if (path && page === 1) permanentRedirect("/");
  return <LatestBriefs page={page} />;
}
