// One search's results, cached like every reader page: the server's request hook sends
// /search?q=… here (lib/search/search-path.ts), and readers keep the address they asked for.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { searchKeyFromSegment } from "@/lib/search/search-path";
import { SearchView, searchMetadata } from "../../search-view";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string }> };

/** A key the request hook gives; any other address here is not a page. */
async function keyOf({ params }: Props): Promise<string> {
  return searchKeyFromSegment((await params).key) ?? notFound();
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchMetadata(await keyOf(props));
}

export default async function CachedSearchPage(props: Props) {
  return <SearchView searchKey={await keyOf(props)} />;
}
