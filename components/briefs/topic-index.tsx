import Link from "next/link";

export function TopicIndex({ topics }: { topics: { slug: string; name: string; briefCount: number }[] }) {
  if (topics.length === 0) return <p>No briefs have been published yet.</p>;
  return (
    <ul className="topic-index">
      {topics.map((t) => (
        <li key={t.slug}>
          <Link href={`/topics/${t.slug}`}>{t.name}</Link>{" "}
          <span className="meta">{t.briefCount === 1 ? "1 brief" : `${t.briefCount} briefs`}</span>
        </li>
      ))}
    </ul>
  );
}
