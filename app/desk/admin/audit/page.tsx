import type { Metadata } from "next";
import { FilterSelect } from "@/components/forms/filter-select";
import { requireActor } from "@/lib/auth/require-actor";
import { describeAction } from "@/lib/audit/describe-audit-entry";
import { AUDIT_PAGE_SIZE, listAuditEntries } from "@/lib/audit/list-audit-entries";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireActor({ from: "/desk/admin/audit", permission: "audit.read" });
  const log = await listAuditEntries(actor, await searchParams);
  const f = log.filters;
  return (
    <>
      <h1>Audit log</h1>
      <form className="filters" role="search" aria-label="Filter the audit log">
        <FilterSelect
          name="brief"
          label="Brief"
          value={f.brief}
          options={log.briefs.map((b) => ({ value: b.id, label: b.title || "Untitled brief" }))}
        />
        <FilterSelect
          name="user"
          label="User"
          value={f.user}
          any="Anyone"
          options={log.users.map((u) => ({ value: u.id, label: u.name }))}
        />
        <FilterSelect
          name="action"
          label="Action"
          value={f.action}
          options={log.actions.map((a) => ({ value: a, label: `${a} (${describeAction(a)})` }))}
        />
        <div className="field">
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="date" defaultValue={f.from} />
        </div>
        <div className="field">
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="date" defaultValue={f.to} />
        </div>
        <button type="submit" className="secondary">
          Filter
        </button>
      </form>
      <ol className="audit-list">
        {log.entries.map((e) => (
          <li key={e.id} className="audit-entry">
            <p className="audit-line">
              <time dateTime={e.createdAt.toISOString()}>{e.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>{" "}
              <strong>{e.actor}</strong> {e.did} {e.entity}
              {(e.fromState || e.toState) && (
                <span className="meta">
                  {" "}
                  ({(e.fromState ?? "—").replace("_", " ")} → {(e.toState ?? "—").replace("_", " ")})
                </span>
              )}
            </p>
            {e.details.length > 0 && (
              <dl className="audit-details">
                {e.details.map((d) => (
                  <div key={d.label}>
                    <dt>{d.label}</dt>
                    <dd>{d.value}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
      {log.entries.length === AUDIT_PAGE_SIZE && (
        <p className="meta">Showing the newest {AUDIT_PAGE_SIZE} entries; narrow the filters to see older ones.</p>
      )}
      {log.entries.length === 0 && <p>No entries match.</p>}
    </>
  );
}
