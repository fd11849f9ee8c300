"use client";

export type BriefFormFields = { title: string; slug: string; summary: string; body: string; topics: string };
export type Conflict = {
  message: string;
  version: number;
  changed: (keyof BriefFormFields)[];
  theirs: BriefFormFields;
};

const LABEL: Record<keyof BriefFormFields, string> = { title: "Title", slug: "Slug", summary: "Summary", body: "Body", topics: "Topics" };

/**
 * Someone else saved first. Their values are shown beside the editor's own; the
 * editor takes theirs field by field, or saves their own over them knowingly.
 */
export function ConflictPanel({ conflict, mine, onUseTheirs, onOverwrite }: {
  conflict: Conflict;
  mine: BriefFormFields;
  onUseTheirs: (field: keyof BriefFormFields) => void;
  onOverwrite: () => void;
}) {
  const differing = (Object.keys(LABEL) as (keyof BriefFormFields)[]).filter((f) => conflict.theirs[f] !== mine[f]);
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Not saved: this brief changed meanwhile</h2>
      <p>{conflict.message}</p>
      {differing.length > 0 && (
        <dl>
          {differing.map((field) => (
            <div key={field} className="conflict-field">
              <dt>
                {LABEL[field]}
                {conflict.changed.includes(field) && <span className="label">changed by them</span>}
              </dt>
              <dd>
                <pre>{conflict.theirs[field] || "(empty)"}</pre>
                <button type="button" className="secondary" onClick={() => onUseTheirs(field)}>Use their {LABEL[field].toLowerCase()}</button>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" onClick={onOverwrite}>Save my version over theirs</button>
    </section>
  );
}
