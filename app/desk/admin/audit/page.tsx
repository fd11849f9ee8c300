import type { Metadata } from "next";
import { FilterSelect } from "@/components/forms/filter-select";
import { requireActor } from "@/lib/auth/require-actor";
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
        <FilterSelect name="brief" label="Brief" value={f.brief} options={log.briefs.map((b) => ({ value: b.id, label: b.title || "Untitled brief" }))} />
        <FilterSelect name="user" label="User" value={f.user} any="Anyone" options={log.users.map((u) => ({ value: u.id, label: u.name }))} />
        <FilterSelect name="action" label="Action" value={f.action} options={log.actions.map((a) => ({ value: a, label: a }))} />
        <div className="field">
          <label htmlFor="from">From</label>
          <input id="from" name="from" type="date" defaultValue={f.from} />
        </div>
        <div className="field">
          <label htmlFor="to">To</label>
          <input id="to" name="to" type="date" defaultValue={f.to} />
        </div>
        <button type="submit" className="secondary">Filter</button>
      </form>
      <table className="revision-table">
        <thead>
          <tr><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">On</th><th scope="col">From → to</th><th scope="col">Details</th></tr>
        </thead>
        <tbody>
          {log.entries.map((e) => (
            <tr key={e.id}>
              <td><time dateTime={e.createdAt.toISOString()}>{e.createdAt.toISOString().slice(0, 16).replace("T", " ")}</time></td>
              <td>{e.actor}</td>
              <td>{e.action}</td>
              <td>{e.entity}</td>
              <td>{e.fromState || e.toState ? `${e.fromState ?? "—"} → ${e.toState ?? "—"}` : ""}</td>
              <td className="audit-data">{e.data}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.entries.length === AUDIT_PAGE_SIZE && <p className="meta">Showing the newest {AUDIT_PAGE_SIZE} entries; narrow the filters to see older ones.</p>}
      {log.entries.length === 0 && <p>No entries match.</p>}
    </>
  );
}
