import Link from "next/link";

export type PublicVerdictScale = { mode: "scale" | "conclusion_only"; ratings: { name: string; definition: string }[] };

/** The public methodology of verdicts: the desk's scale, in order, with the one-line definition of each rating. */
export function VerdictScale({ mode, ratings }: PublicVerdictScale) {
  return (
    <article className="methodology">
      <h1>Our verdicts</h1>
      <p className="summary">
        When a brief checks a claim, we quote the claim as it was made, say who made it and where it first appeared, and give a verdict with
        a written conclusion that rests on the brief’s sources. A second editor checks each one.
      </p>
      {mode === "conclusion_only" || ratings.length === 0 ? (
        <p>We do not rate claims on a scale: each claim gets a written conclusion.</p>
      ) : (
        <section aria-labelledby="scale">
          <h2 id="scale">The scale</h2>
          <dl className="definitions verdict-scale">
            {ratings.map((r) => (
              <div key={r.name}>
                <dt>{r.name}</dt>
                <dd>{r.definition}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p>
        A verdict we change is a correction: the brief says so at its top, from what to what and why, and the change is listed on our{" "}
        <Link href="/corrections">corrections page</Link>. See also <Link href="/about">how we work</Link>.
      </p>
    </article>
  );
}
