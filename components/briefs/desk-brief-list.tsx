import Link from "next/link";
import { briefStateLabel } from "@/lib/review/labels";
import { formatDay } from "../format";

export type DeskBriefRow = {
  id: string;
  title: string;
  state: string;
  version: number;
  updatedAt: Date;
  authors: string[];
  topics: string[];
  lastEditedBy: string | null;
};

export function DeskBriefList({ briefs, empty }: { briefs: DeskBriefRow[]; empty: string }) {
  if (briefs.length === 0) return <p className="meta">{empty}</p>;
  return (
    <ul className="desk-brief-list">
      {briefs.map((b) => (
        <li key={b.id}>
          <Link href={`/desk/briefs/${b.id}`}>{b.title}</Link> <span className={`label state-${b.state}`}>{briefStateLabel(b.state)}</span>
          <span className="meta">
            {" "}
            · {b.authors.join(", ")} · saved {formatDay(b.updatedAt)}
            {b.lastEditedBy && ` by ${b.lastEditedBy}`}
            {b.topics.length > 0 && ` · ${b.topics.join(", ")}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
