import { describe, expect, it } from "vitest";
import { domainCandidates, normaliseDomains, registrableDomain } from "./match-publisher";

describe("publisher domains", () => {
  it("lists a page's host and its parents down to the registrable domain", () => {
    expect(domainCandidates("https://live.news.bbc.co.uk/a")).toEqual(["live.news.bbc.co.uk", "news.bbc.co.uk", "bbc.co.uk"]);
    expect(domainCandidates("https://example.org/")).toEqual(["example.org"]);
    expect(registrableDomain("https://www.gov.uk/x")).toBe("www.gov.uk");
    expect(registrableDomain("http://127.0.0.1:8080/x")).toBeNull();
  });
  it("tidies what an admin types and refuses bare public suffixes", () => {
    expect(normaliseDomains(["https://www.Example.org/news", "news.example.org", "", "co.uk", "not a domain"])).toEqual({
      domains: ["example.org", "news.example.org"],
      invalid: ["co.uk", "not a domain"],
    });
  });
});
