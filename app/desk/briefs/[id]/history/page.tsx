import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDay } from "@/components/format";
import { RestoreButton } from "@/components/revisions/restore-button";
import { requireActor } from "@/lib/auth/require-actor";
import { isAppError } from "@/lib/errors";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { restoreRevisionAction } from "../../actions/restore-revision";

export const metadata: Metadata = { title: "History" };

type Props = { params: Promise<{ id: string }> };

export default async function HistoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor({ from: `/desk/briefs/${id}/history` });
  const history = await listRevisions(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const [latest, previous] = history.revisions;
  const time = (d: Date) => d.toISOString().slice(11, 16);

  return (
    <>
      <p className="meta">
        <Link href={`/desk/briefs/${id}`}>Back to the editor</Link>
      </p>
      <h1>History of “{history.title}”</h1>
      <p className="meta">
        Every save makes a numbered revision (autosaves within a few minutes fold into one). A revision that was published is marked with
        its published version: what readers saw.
      </p>
      <form action={`/desk/briefs/${id}/history/compare`} className="history">
        <table className="revision-table">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Revision</th>
              <th scope="col">Saved</th>
              <th scope="col">What changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {history.revisions.map((r) => (
              <tr key={r.number}>
                <td>
                  <input
                    type="radio"
                    name="from"
                    value={r.number}
                    defaultChecked={r.number === (previous ?? latest)?.number}
                    aria-label={`Compare from revision ${r.number}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="to"
                    value={r.number}
                    defaultChecked={r.number === latest?.number}
                    aria-label={`Compare to revision ${r.number}`}
                  />
                </td>
                <td>
                  Revision {r.number}
                  {r.publishedAs.map((v) => (
                    <span key={v} className="label published-label">
                      published version {v}
                    </span>
                  ))}
                </td>
                <td>
                  {r.author}, {formatDay(r.savedAt)} {time(r.savedAt)} UTC
                </td>
                <td>{r.changes}</td>
                <td className="revision-actions">
                  <Link href={`/desk/briefs/${id}/preview?revision=${r.number}`}>Preview</Link>
                  {r.number !== latest?.number && (
                    <RestoreButton briefId={id} number={r.number} baseVersion={history.version} action={restoreRevisionAction} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit">Compare</button>
      </form>
    </>
  );
}
