export type DiffPart = { value: string; added?: boolean; removed?: boolean };
export type FieldDiff = { field: string; parts: DiffPart[] };
export type ItemChange = { ref: string; label: string; status: "added" | "removed" | "changed"; fields: FieldDiff[] };

const LABEL: Record<string, string> = {
  title: "Title",
  slug: "Slug",
  summary: "Summary",
  topics: "Topics",
  body: "Body",
  text: "Exact words",
  speakerName: "Speaker",
  speakerTitle: "Speaker title",
  context: "Context",
  saidOn: "Said on",
  documentId: "Document",
  verification: "Verification",
  description: "What happened",
  dateLabel: "Label",
  dateStart: "Date",
  dateEnd: "End date",
  place: "Place",
  documentIds: "Cited documents",
  appearanceUrl: "First appeared at",
  appearedOn: "First appeared on",
  verdictName: "Verdict",
  conclusion: "Conclusion",
};

/** One field before and after, side by side, with removed and added words marked. */
function FieldRows({ diffs }: { diffs: FieldDiff[] }) {
  return diffs.map((d) => (
    <tr key={d.field}>
      <th scope="row">{LABEL[d.field] ?? d.field}</th>
      <td className="diff-before">
        {d.parts.filter((p) => !p.added).map((p, i) => (p.removed ? <del key={i}>{p.value}</del> : <span key={i}>{p.value}</span>))}
      </td>
      <td className="diff-after">
        {d.parts.filter((p) => !p.removed).map((p, i) => (p.added ? <ins key={i}>{p.value}</ins> : <span key={i}>{p.value}</span>))}
      </td>
    </tr>
  ));
}

export function DiffView({
  fromLabel,
  toLabel,
  fields,
  items,
}: {
  fromLabel: string;
  toLabel: string;
  fields: FieldDiff[];
  items: ItemChange[];
}) {
  if (fields.length === 0 && items.length === 0) return <p>These revisions have the same content.</p>;
  return (
    <table className="diff-table">
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">{fromLabel}</th>
          <th scope="col">{toLabel}</th>
        </tr>
      </thead>
      <tbody>
        <FieldRows diffs={fields} />
        {items.map((item) => [
          <tr key={`${item.ref}-head`} className="diff-item">
            <th colSpan={3} scope="rowgroup">
              {item.label} [@{item.ref}] — {item.status}
            </th>
          </tr>,
          <FieldRows key={item.ref} diffs={item.fields} />,
        ])}
      </tbody>
    </table>
  );
}
