// /search: the form, and the results of a search that is not answered by its cached
// page (no words yet, or a key too long: lib/search/search-path.ts), rendered for
// each request.
import type { Metadata } from "next";
import { searchKey } from "@/lib/search/search-path";
import { SearchView, searchMetadata } from "./search-view";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function keyOf({ searchParams }: Props): Promise<string> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(name, first);
  }
  return searchKey(params);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return searchMetadata(await keyOf(props));
}

export default async function SearchPage(props: Props) {
  return <SearchView searchKey={await keyOf(props)} />;
}
