import { describe, expect, it } from "vitest";
import { renderBody } from "./render-body";

describe("renderBody", () => {
  it("renders Markdown with numbered citation links", () => {
    const html = renderBody("## Background\n\nKim pledged **support** [@q1], twice [@q1], then [@e2].");
    expect(html).toContain("<h2>Background</h2>");
    expect(html).toContain("<strong>support</strong>");
    expect(html).toContain('<sup class="citation"><a href="#quote-q1" title="Citation 1">[1]</a></sup>');
    expect(html).toContain('<a href="#event-e2" title="Citation 2">[2]</a>');
  });

  it("removes scripts, event handlers and javascript: links", () => {
    const html = renderBody('<script>alert(1)</script><img src=x onerror="alert(1)"> [x](javascript:alert) <a href="#a" onclick="x()">a</a>');
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:/);
    expect(html).toContain('<a href="#a">a</a>');
  });

  it("shows a marker that points at nothing as an error, when told what exists", () => {
    const html = renderBody("Known [@q1], unknown [@q9].", new Set(["q1"]));
    expect(html).toContain('<a href="#quote-q1"');
    expect(html).toContain('<span class="citation-missing" title="This citation points at nothing">[@q9?]</span>');
  });

  it("marks external links as leaving the site", () => {
    expect(renderBody("[MFA](https://mfa.gov.ua/en)")).toContain('rel="noopener noreferrer nofollow"');
  });
});
