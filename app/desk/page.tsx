import type { Metadata } from "next";
import Link from "next/link";
import { DeskBriefList } from "@/components/briefs/desk-brief-list";
import { FilterSelect } from "@/components/forms/filter-select";
import { requireActor } from "@/lib/auth/require-actor";
import { getDeskOverview } from "@/lib/briefs/desk-overview";

export const metadata: Metadata = { title: "Desk" };

type Props = { searchParams: Promise<{ state?: string; author?: string; topic?: string; q?: string; deleted?: string }> };

const STATES = [
  ["draft", "Draft"],
  ["in_review", "In review"],
  ["approved", "Approved"],
  ["published", "Published"],
  ["withdrawn", "Withdrawn"],
] as const;

export default async function DeskHome({ searchParams }: Props) {
  const actor = await requireActor({ from: "/desk" });
  const { deleted, ...filters } = await searchParams;
  const desk = await getDeskOverview(actor, filters);
  const f = desk.filters;

  return (
    <>
      <div className="desk-title">
        <h1>Desk</h1>
        <Link className="button" href="/desk/briefs/new">
          New brief
        </Link>
      </div>
      {deleted && (
        <p className="notice" role="status">
          The draft was deleted.
        </p>
      )}
      <div className="desk-columns">
        <section aria-labelledby="drafts-heading">
          <h2 id="drafts-heading">My drafts</h2>
          <DeskBriefList briefs={desk.myDrafts} empty="No drafts." />
        </section>
        <section aria-labelledby="review-heading">
          <h2 id="review-heading">Waiting for my review</h2>
          <DeskBriefList briefs={desk.toReview} empty="Nothing to review." />
        </section>
        <section aria-labelledby="submitted-heading">
          <h2 id="submitted-heading">Submitted by me</h2>
          <DeskBriefList briefs={desk.submitted} empty="Nothing in review." />
        </section>
        <section aria-labelledby="published-heading">
          <h2 id="published-heading">Recently published</h2>
          <DeskBriefList briefs={desk.published} empty="Nothing published yet." />
        </section>
      </div>

      <section aria-labelledby="all-heading">
        <h2 id="all-heading">All briefs</h2>
        <form className="filters" role="search" aria-label="Filter briefs">
          <div className="field">
            <label htmlFor="q">Title</label>
            <input id="q" name="q" type="search" defaultValue={f.q} />
          </div>
          <FilterSelect name="state" label="State" value={f.state} options={STATES.map(([value, label]) => ({ value, label }))} />
          <FilterSelect
            name="author"
            label="Author"
            value={f.author}
            any="Anyone"
            options={desk.authors.map((a) => ({ value: a.id, label: a.name }))}
          />
          <FilterSelect name="topic" label="Topic" value={f.topic} options={desk.topics.map((t) => ({ value: t.slug, label: t.name }))} />
          <button type="submit" className="secondary">
            Filter
          </button>
        </form>
        <DeskBriefList briefs={desk.all} empty="No briefs match." />
      </section>
    </>
  );
}
