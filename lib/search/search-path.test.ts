import { describe, expect, it } from "vitest";
import { SEARCH_RESULTS_PATH, searchKey, searchKeyFromSegment, searchResultsPath, searchRewrite } from "./search-path";

const params = (query: string) => new URLSearchParams(query);

describe("a search as a path", () => {
  it("keys a search by its own fields in one order, the first value of each, none empty", () => {
    expect(searchKey(params("page=2&q=sanctions&utm=x&topic=&q=other&to=2026-01-31"))).toBe("q=sanctions&to=2026-01-31&page=2");
    expect(searchKey(params("to=2026-01-31&q=sanctions&page=2"))).toBe("q=sanctions&to=2026-01-31&page=2");
  });

  it("gives the same search back from its path, whether or not the segment was decoded", () => {
    const typed = params(`q=${encodeURIComponent('"strongly condemns" -syria 100% / ? # &')}&from=2024-01-01`);
    const path = searchResultsPath(typed)!;
    expect(path.startsWith(SEARCH_RESULTS_PATH)).toBe(true);
    const segment = path.slice(SEARCH_RESULTS_PATH.length);
    expect(segment).not.toMatch(/[/?#&=]/);
    for (const seen of [segment, decodeURIComponent(segment)]) {
      const back = params(searchKeyFromSegment(seen) ?? "");
      expect(back.get("q")).toBe('"strongly condemns" -syria 100% / ? # &');
      expect(back.get("from")).toBe("2024-01-01");
    }
  });

  it("takes back only the keys it gives: not another order, another field, an empty search or a key too long", () => {
    expect(searchKeyFromSegment(encodeURIComponent("page=2&q=harbour"))).toBeNull();
    expect(searchKeyFromSegment(encodeURIComponent("q=harbour&utm=x"))).toBeNull();
    expect(searchKeyFromSegment(encodeURIComponent("topic=ports"))).toBeNull();
    expect(searchKeyFromSegment("a".repeat(3000))).toBeNull();
    expect(searchKeyFromSegment("%ZZ")).toBeNull();
    expect(searchKeyFromSegment(encodeURIComponent("q=harbour&page=2"))).toBe("q=harbour&page=2");
  });

  it("leaves a search with no words, or one too long to key, to the page rendered per request", () => {
    expect(searchResultsPath(params("topic=georgia"))).toBeNull();
    expect(searchResultsPath(params("q=%20%20"))).toBeNull();
    expect(searchResultsPath(params(`q=${"word ".repeat(200)}`))).toBeNull();
  });
});

describe("which requests are answered by a cached results page", () => {
  it("a search read with GET or HEAD", () => {
    expect(searchRewrite("GET", "/search?q=harbour+strike&page=2")).toBe(
      `${SEARCH_RESULTS_PATH}${encodeURIComponent("q=harbour+strike&page=2")}`,
    );
    expect(searchRewrite("HEAD", "/search?q=harbour")).not.toBeNull();
  });

  it("not a write, a navigation inside the app, another page, an empty search, or an address the proxy refuses", () => {
    expect(searchRewrite("POST", "/search?q=harbour")).toBeNull();
    expect(searchRewrite("GET", "/search?q=harbour&page=2", true)).toBeNull();
    expect(searchRewrite("GET", "/searches?q=harbour")).toBeNull();
    expect(searchRewrite("GET", "/search/x?q=harbour")).toBeNull();
    expect(searchRewrite("GET", "/search?topic=ports")).toBeNull();
    expect(searchRewrite("GET", "/search?q=harbour%00")).toBeNull();
  });
});
