import Link from "next/link";

/** How the desk works, for readers: the rules the software enforces (DESIGN.md), in plain words. */
export function Methodology() {
  return (
    <article className="methodology">
      <h1>How we work</h1>
      <p className="summary">
        A brief is a short explainer of a news story in which every quote is attributed and traceable to a stored source, every event is
        dated and sourced, and nothing reaches you until a second editor has checked it.
      </p>

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources and documents</h2>
        <p>
          Everything a brief says rests on <strong>documents</strong>: an article, a statement, a transcript, a dataset page. When an editor
          cites one, we keep a <strong>captured copy</strong> of its text exactly as it was taken, with its SHA-256 fingerprint and the date
          of capture, so you can check a quote against the words we saw even if the original changes or disappears. Each brief links to the
          original and to our copy.
        </p>
        <p>
          Every document belongs to a <strong>source</strong> in our registry: an outlet, news agency, government body, organisation, person
          or dataset. Each source has a reliability rating — high, mixed, low or not rated — with a written rationale, and sources
          controlled or funded by a state are labelled <em>state-affiliated</em>. A source we have cited is never deleted, only retired, so
          old briefs keep their footing.
        </p>
      </section>

      <section aria-labelledby="quotes-heading">
        <h2 id="quotes-heading">Quotes and events</h2>
        <p>
          Every quote names its speaker and the document it comes from, and says whether it was found word for word in that document (quote
          marks, apostrophes, dashes and spacing aside), differs from it — the differences are shown — or was checked by hand, with a note.
          Every event has a date that claims no more than is known (“late June 2022”, not a made-up day) and at least one document behind
          it. Claims we relay without confirming them say who reported them.
        </p>
      </section>

      <section aria-labelledby="review-heading">
        <h2 id="review-heading">Review: four eyes on every brief</h2>
        <ul>
          <li>
            <strong>A second editor checks every brief.</strong> Nobody approves a version they wrote or edited — editors in charge
            included. A very small desk may allow an editor to approve their own brief only through an explicit setting, and a brief
            approved that way says so on its page.
          </li>
          <li>
            <strong>Each quote and each event is checked.</strong> The reviewer ticks every one; a quote that is not word for word in its
            document needs a written note.
          </li>
          <li>
            <strong>An approval is bound to the exact version checked.</strong> Any change after approval sends the brief back for review,
            and what is published is byte for byte the version the reviewer approved.
          </li>
          <li>
            <strong>Briefs cannot be sent for review with loose ends:</strong> a title and summary, a speaker and a document for every
            quote, a date and a document for every event, and every citation pointing at something.
          </li>
        </ul>
        <p>Each brief says who reviewed it and when.</p>
      </section>

      <section aria-labelledby="verdicts">
        <h2 id="verdicts">Claims and verdicts</h2>
        <p>
          Some briefs check a claim someone made. We quote the claim as it was made (word for word when we put it in quote marks), say who
          made it and where and when it first appeared, and give our conclusion with the evidence in the brief’s sources. The reviewer
          checks each claim, its verdict and its conclusion like every quote.
        </p>
        <p>
          Our <Link href="/methodology">verdict scale</Link> says what each verdict means.
        </p>
        <p>
          If we change a published verdict, the brief says so at its top, with the old and the new verdict and why, and the change is listed
          with every other correction on our <Link href="/corrections">corrections page</Link>.
        </p>
      </section>

      <section aria-labelledby="corrections">
        <h2 id="corrections">Corrections policy</h2>
        <p>
          A published brief is never changed silently. A new version goes through review again and is published with a dated public note in
          the brief’s corrections log, of one of these kinds:
        </p>
        <dl className="definitions">
          <dt>Correction</dt>
          <dd>we got something wrong, and say what.</dd>
          <dt>Update</dt>
          <dd>the story moved on, and the brief now says more.</dd>
          <dt>Clarification</dt>
          <dd>what we wrote was accurate but could be misread.</dd>
          <dt>Verdict change</dt>
          <dd>we now rate a claim differently, and say from what to what and why.</dd>
        </dl>
        <p>Only a cosmetic change — a typo, formatting — is published without a note; it is still reviewed and recorded internally.</p>
        <p>
          If a brief can no longer stand, we <strong>withdraw</strong> it rather than delete it: its address keeps working and shows when
          and why it was withdrawn. Withdrawn briefs leave our lists.
        </p>
        <p>
          Every correction, update, clarification, verdict change and withdrawal is listed on our{" "}
          <Link href="/corrections">corrections page</Link>, newest first, with a feed.
        </p>
      </section>

      <p>
        <Link href="/">Read the latest briefs</Link> or browse them by <Link href="/topics">topic</Link>.
      </p>
    </article>
  );
}
