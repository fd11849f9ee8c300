// One search's results, cached like every reader page: the server's request hook sends
// /search?q=… here (lib/search/search-path.ts), and readers keep the address they asked for.
import type { Metadata } from "next";
import { searchKeyFromSegment } from "@/lib/search/search-path";
import { SearchView, searchMetadata } from "../../search-view";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(searchKeyFromSegment((await params).key));
}

export default async function CachedSearchPage({ params }: Props) {
  return <SearchView searchKey={searchKeyFromSegment((await params).key)} />;
}
