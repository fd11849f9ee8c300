// A published brief as the reader queries return it, for the builders' unit tests.
import type { PublishedBrief } from "@/lib/publishing/get-published-brief";
import type { BriefSnapshot, SnapshotSource } from "@/lib/revisions/snapshot";

const source = (overrides: Partial<SnapshotSource> = {}): SnapshotSource => ({
  id: "s1",
  slug: "ukrinform",
  name: "Ukrinform",
  kind: "agency",
  homepageUrl: "https://www.ukrinform.net",
  country: "UA",
  reliability: "high",
  reliabilityRationale: "",
  stateAffiliated: false,
  ...overrides,
});

export function publishedBriefFixture(overrides: Partial<BriefSnapshot> = {}, rest: Partial<PublishedBrief> = {}): PublishedBrief {
  const snapshot: BriefSnapshot = {
    briefId: "cbrief1",
    slug: "ukraine-cuts-ties",
    title: "Ukraine cuts ties with North Korea",
    summary: "Kyiv ended relations after Pyongyang recognised the proxy republics.",
    body: "Kyiv said [@q1].",
    topics: [
      { slug: "ukraine", name: "Ukraine" },
      { slug: "north-korea", name: "North Korea" },
    ],
    authors: [{ id: "u1", name: "Lena Okafor" }],
    quotes: [],
    events: [],
    documents: [
      {
        id: "d1",
        ref: "d1",
        title: "Ukraine Cuts Off North Korean Relationship",
        url: "https://www.ukrinform.net/rubric-polytics/3532",
        author: "Staff",
        publishedOn: "2022-07-13",
        language: "en",
        contentHash: "0".repeat(64),
        source: source(),
      },
      {
        id: "d2",
        ref: null,
        title: "Statement by the spokesman",
        url: null,
        author: null,
        publishedOn: null,
        language: "ko",
        contentHash: "1".repeat(64),
        source: source({ id: "s2", slug: "kim", name: "Kim Jong-Un", kind: "person", homepageUrl: null }),
      },
    ],
    ...overrides,
  };
  return {
    snapshot,
    version: 2,
    publishedAt: new Date("2026-11-20T10:00:00Z"),
    firstPublishedAt: new Date("2026-11-18T08:30:00Z"),
    review: { reviewerName: "Sam Ito", decidedAt: new Date("2026-11-20T09:00:00Z"), selfApproved: false },
    corrections: [
      { kind: "correction", note: "The date of the statement was 13 July, not 12 July.", createdAt: new Date("2026-11-20T10:00:00Z") },
    ],
    withdrawn: null,
    sources: [],
    ...rest,
  };
}
