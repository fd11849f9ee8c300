import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VerificationEvidence, type VerificationCheck } from "./verification-evidence";

const altered: VerificationCheck = {
  status: "altered",
  passage: { start: 30, end: 63, text: "We will not retreat, not one step" },
  before: "The minister told reporters: “",
  after: ".” She left soon after.",
  diff: [
    { op: "same", text: "We" },
    { op: "changed", text: "shall", source: "will" },
    { op: "same", text: "not retreat," },
    { op: "dropped", text: "not" },
    { op: "same", text: "one step" },
  ],
  insertions: [],
};

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("VerificationEvidence", () => {
  it("shows an altered quote's passage in context, with the document's words struck and the quote's underlined, and a legend", () => {
    const html = renderToStaticMarkup(<VerificationEvidence check={altered} stored="altered" id="e" />);
    expect(html).toContain("Closest passage in the document:");
    expect(html).toContain("…The minister told reporters: “");
    expect(html).toMatch(
      /<del><span class="visually-hidden">\[in the document, not in the quote: <\/span>will<span class="visually-hidden">\]<\/span><\/del>/,
    );
    expect(html).toMatch(/<ins><span class="visually-hidden">\[in the quote, not in the document: <\/span>shall/);
    expect(text(html)).toContain("Struck through: in the document, not in the quote. Underlined: in the quote, not in the document.");
    expect(html).not.toContain("The automatic check finds");
  });

  it("shows a verbatim passage with what an ellipsis left out and the editor's insertions, in words", () => {
    const check: VerificationCheck = {
      status: "verbatim",
      passage: { start: 0, end: 40, text: "its cause in the long run and its people" },
      before: "",
      after: "",
      diff: [
        { op: "insertion", text: "[Russia's]", source: "its" },
        { op: "same", text: "cause" },
        { op: "omitted", text: "in the long run and" },
        { op: "same", text: "its people" },
      ],
      insertions: ["Russia's"],
    };
    const plain = text(renderToStaticMarkup(<VerificationEvidence check={check} stored="verbatim" id="e" />));
    expect(plain).toContain("In the document:");
    expect(plain).toContain("[left out by an ellipsis: in the long run and]");
    expect(plain).toContain("[Brackets]: the editor’s insertion.");
    expect(plain).toContain("Dotted underline: left out by the quote’s ellipsis.");
  });

  it("says when nothing is close, and what the automatic check finds under a hand check", () => {
    const none: VerificationCheck = { status: "not_found", passage: null, before: "", after: "", diff: [], insertions: [] };
    const html = renderToStaticMarkup(<VerificationEvidence check={none} stored="checked_by_hand" id="e" />);
    expect(html).toContain("No passage of the document is close to these words.");
    expect(html).toContain("The automatic check finds the words not found in the document.");
  });
});
