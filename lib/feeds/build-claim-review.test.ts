import { describe, expect, it } from "vitest";
import type { SnapshotClaim } from "@/lib/revisions/snapshot";
import { buildClaimReviews } from "./build-claim-review";
import { briefJsonLdData } from "./brief-json-ld";
import { publishedBriefFixture } from "./published-brief.fixture";

const origin = "https://briefs.example.org";

const claim = (overrides: Partial<SnapshotClaim> = {}): SnapshotClaim => ({
  ref: "c1",
  text: "North Korea recognised the regions' independence.",
  quoted: false,
  speakerName: "KCNA",
  speakerSource: {
    id: "s9",
    slug: "kcna",
    name: "KCNA",
    kind: "agency",
    homepageUrl: "https://kcna.kp",
    country: "KP",
    reliability: "low",
    reliabilityRationale: "",
    stateAffiliated: true,
  },
  documentId: "d1",
  appearanceUrl: null,
  appearedOn: "2022-07-13",
  verdict: { id: "verdict-true", name: "True", definition: "The claim is accurate.", value: 5, best: 5, worst: 0 },
  conclusion: "Pyongyang's foreign ministry confirmed the recognition on 13 July 2022.",
  ...overrides,
});

/**
 * What a ClaimReview must carry for fact-check search features (Google's structured
 * data guidelines for ClaimReview): a list of the missing ones, empty when valid.
 */
function missingClaimReviewFields(review: Record<string, unknown>): string[] {
  const at = (path: string) =>
    path.split(".").reduce<unknown>((v, key) => (v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), review);
  const required = [
    "@context",
    "@type",
    "url",
    "claimReviewed",
    "datePublished",
    "author.name",
    "itemReviewed.@type",
    "itemReviewed.author.name",
    "itemReviewed.author.@type",
    "itemReviewed.datePublished",
    "itemReviewed.appearance",
    "reviewRating.@type",
    "reviewRating.alternateName",
    "reviewRating.ratingValue",
    "reviewRating.bestRating",
    "reviewRating.worstRating",
  ];
  const missing = required.filter((path) => at(path) === undefined || at(path) === "");
  if (review["@type"] !== "ClaimReview") missing.push("@type=ClaimReview");
  if (at("itemReviewed.@type") !== "Claim") missing.push("itemReviewed.@type=Claim");
  const [value, best, worst] = ["ratingValue", "bestRating", "worstRating"].map((k) => at(`reviewRating.${k}`));
  if (typeof value === "number" && typeof best === "number" && typeof worst === "number" && !(worst <= value && value <= best)) {
    missing.push("reviewRating.ratingValue within worstRating..bestRating");
  }
  return missing;
}

describe("buildClaimReviews", () => {
  it("makes one complete ClaimReview per claim", () => {
    const brief = publishedBriefFixture({
      claims: [
        claim(),
        claim({
          ref: "c2",
          text: "Kyiv cut ties",
          verdict: { id: "f", name: "False", definition: "Inaccurate.", value: 1, best: 5, worst: 0 },
          documentId: null,
          appearanceUrl: "https://example.com/post",
        }),
      ],
    });
    const reviews = buildClaimReviews({ brief, slug: "ukraine-cuts-ties", origin, siteName: "Briefdesk" });
    expect(reviews).toHaveLength(2);
    for (const review of reviews) expect(missingClaimReviewFields(review as unknown as Record<string, unknown>)).toEqual([]);
    expect(reviews[0]).toMatchObject({
      url: `${origin}/briefs/ukraine-cuts-ties#claim-c1`,
      claimReviewed: "North Korea recognised the regions' independence.",
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Organization", name: "KCNA" },
        datePublished: "2022-07-13",
        appearance: { "@type": "CreativeWork", url: "https://www.ukrinform.net/rubric-polytics/3532" },
      },
      reviewRating: { "@type": "Rating", ratingValue: 5, bestRating: 5, worstRating: 0, alternateName: "True" },
    });
    expect(reviews[1]).toMatchObject({
      itemReviewed: { appearance: { url: "https://example.com/post" } },
      reviewRating: { alternateName: "False", ratingValue: 1 },
    });
  });

  it("reports a review that lacks a required field", () => {
    const brief = publishedBriefFixture({ claims: [claim({ verdict: null, appearedOn: null })] });
    const [review] = buildClaimReviews({ brief, slug: "s", origin, siteName: "Briefdesk" });
    // conclusion-only: the conclusion is the textual rating, and there is no number to give
    expect(missingClaimReviewFields(review as unknown as Record<string, unknown>)).toEqual([
      "itemReviewed.datePublished",
      "reviewRating.ratingValue",
      "reviewRating.bestRating",
      "reviewRating.worstRating",
    ]);
    expect(review).toMatchObject({
      reviewRating: { alternateName: "Pyongyang's foreign ministry confirmed the recognition on 13 July 2022." },
    });
  });

  it("a brief without claims keeps a single NewsArticle; with claims the script holds the article and its reviews", () => {
    expect(briefJsonLdData({ brief: publishedBriefFixture(), slug: "s", origin })).toMatchObject({ "@type": "NewsArticle" });
    const data = briefJsonLdData({ brief: publishedBriefFixture({ claims: [claim()] }), slug: "s", origin }) as { "@type": string }[];
    expect(data.map((d) => d["@type"])).toEqual(["NewsArticle", "ClaimReview"]);
  });
});
