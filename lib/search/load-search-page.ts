// What the reader's search page shows for its query string: the fields as the reader
// typed them (kept in the form, even when they are wrong), a message per wrong field,
// the results, and the topics to choose from.
import { isAppError } from "@/lib/errors";
import { listSearchTopics, type SearchTopic } from "./list-search-topics";
import { searchBriefs, type SearchResult } from "./search-briefs";

type QueryString = Record<string, string | string[] | undefined>;

export type SearchPage = {
  form: { q: string; topic: string; from: string; to: string };
  errors: Record<string, string[]>;
  result: SearchResult | null;
  topics: SearchTopic[];
};

const field = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function loadSearchPage(queryString: QueryString, now = new Date()): Promise<SearchPage> {
  const form = { q: field(queryString.q), topic: field(queryString.topic), from: field(queryString.from), to: field(queryString.to) };
  const [topics, outcome] = await Promise.all([
    listSearchTopics(now),
    searchBriefs({ ...queryString, q: queryString.q, page: queryString.page }, now).then(
      (result) => ({ result, errors: {} }),
      (error: unknown) => {
        if (isAppError(error) && error.code === "invalid") return { result: null, errors: error.fieldErrors };
        throw error;
      },
    ),
  ]);
  return { form, topics, ...outcome };
}
