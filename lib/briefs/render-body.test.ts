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
    const html = renderBody(
      '<script>alert(1)</script><img src=x onerror="alert(1)"> [x](javascript:alert) <a href="#a" onclick="x()">a</a>',
    );
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

  // Shapes on which Markdown parsers are known to go quadratic; each is rendered as the
  // text it is. markdown-it takes under 1 s for each on a loaded 2-core machine; the
  // parser before it (marked) took 15 s to 25 s there on the first two, hence the timeout.
  it.each([
    ["intraword underscores", "a_".repeat(49_000)],
    ["underscored words", "_a".repeat(50_000)],
    ["unclosed brackets", "[".repeat(100_000)],
    ["asterisks", "*a".repeat(50_000)],
  ])("renders %s, at the body's length limit, as text", { timeout: 10_000 }, (_, body) => {
    const html = renderBody(body);
    expect(html.replace(/<[^>]+>|\s/g, "")).toContain(body.replace(/\*/g, "").slice(0, 1000));
  });

  // marked overflowed the stack on this one.
  it("renders deep blockquotes without recursing past a fixed depth", () => {
    const html = renderBody(`${">".repeat(10_000)} a`);
    expect(html.match(/<blockquote>/g)?.length).toBeLessThanOrEqual(100);
  });

  it("renders GFM as before: tables, ~~strikethrough~~ and bare links", () => {
    const html = renderBody("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ www.example.org and https://example.org/x");
    expect(html).toContain("<th>a</th>");
    expect(html).toContain("<td>2</td>");
    expect(html).toContain("<del>gone</del>");
    expect(html).toContain('<a href="http://www.example.org" rel="noopener noreferrer nofollow">www.example.org</a>');
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer nofollow">https://example.org/x</a>');
  });
});
