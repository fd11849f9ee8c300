// The public read API's topics and sources, as the reader site shows them.
import { listReaderSources } from "@/lib/publishing/list-reader-sources";
import { listTopics } from "@/lib/publishing/list-topics";
import type { PublicResult } from "./route";

export async function listApiTopics(): Promise<PublicResult> {
  return { body: { items: await listTopics() } };
}

export async function listApiSources(): Promise<PublicResult> {
  return { body: { items: await listReaderSources() } };
}
