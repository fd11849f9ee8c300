"use client";

export type BriefFormFields = { title: string; slug: string; summary: string; body: string; topics: string };
export type Conflict = {
  message: string;
  version: number;
  changed: (keyof BriefFormFields)[];
  theirs: BriefFormFields;
  /** the body with both changes, when they touch different lines */
  mergedBody?: string;
};

const LABEL: Record<keyof BriefFormFields, string> = { title: "Title", slug: "Slug", summary: "Summary", body: "Body", topics: "Topics" };

/**
 * Someone else saved first. Their values are shown beside the editor's own; the
 * editor takes theirs field by field, or saves their own over them knowingly.
 */
export function ConflictPanel({
  conflict,
  mine,
  onUse,
  onOverwrite,
}: {
  conflict: Conflict;
  mine: BriefFormFields;
  onUse: (field: keyof BriefFormFields, value: string) => void;
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
                {conflict.changed.includes(field) && <span className="label">changed on both sides</span>}
              </dt>
              <dd>
                <pre>{conflict.theirs[field] || "(empty)"}</pre>
                <button type="button" className="secondary" onClick={() => onUse(field, conflict.theirs[field])}>
                  Use their {LABEL[field].toLowerCase()}
                </button>
                {field === "body" && conflict.mergedBody !== undefined && conflict.mergedBody !== mine.body && (
                  <>
                    <p className="field-hint">Your changes and theirs touch different paragraphs: they can be merged.</p>
                    <button type="button" className="secondary" onClick={() => onUse("body", conflict.mergedBody!)}>
                      Use the merged body
                    </button>
                  </>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" onClick={onOverwrite}>
        Save my version over theirs
      </button>
    </section>
  );
}
