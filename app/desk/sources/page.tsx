import type { Metadata } from "next";
import { SourceForm } from "@/components/sources/source-form";
import { SourceRegistryList } from "@/components/sources/source-registry-list";
import { SourceSearch } from "@/components/sources/source-search";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/auth/policy";
import { listSources } from "@/lib/sources/list-sources";
import { SOURCE_KINDS } from "@/lib/sources/schemas";
import { createSourceAction } from "./actions/create-source";
import { proposeSourceAction } from "./actions/propose-source";

export const metadata: Metadata = { title: "Sources" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor({ from: "/desk/sources", permission: "desk.use" });
  const params = await searchParams;
  const q = first(params.q).slice(0, 200);
  // An unknown kind in the address lists every kind rather than failing the page.
  const kind = SOURCE_KINDS.find((k) => k === first(params.kind)) ?? "";
  const includeRetired = first(params.retired) !== "";
  const sources = await listSources(actor, { q, kind, includeRetired });
  const isAdmin = can(actor, "sources.manage");
  const filtered = q !== "" || kind !== "";

  return (
    <div className="sources">
      <h1>Sources</h1>
      <p className="meta">
        The registry of outlets, agencies, governments, organisations, people and datasets that briefs cite, with their reliability ratings.{" "}
        {isAdmin
          ? "As an admin you add, rate, confirm and retire them."
          : "Admins rate and confirm them; you can propose one that is missing."}
      </p>
      {first(params.deleted) === "1" && (
        <p className="notice" role="status">
          The source was deleted.
        </p>
      )}

      <section aria-labelledby="registry-heading">
        <h2 id="registry-heading">Registry</h2>
        <SourceSearch action="/desk/sources" values={{ q, kind, includeRetired }} />
        <p className="meta" role="status">
          {sources.length} {sources.length === 1 ? "source" : "sources"}
          {filtered ? " found" : ""}
          {includeRetired ? ", retired ones included" : ""}.
        </p>
        {sources.length > 0 && (
          <SourceRegistryList
            sources={sources.map((source) => ({ ...source, retired: source.retiredAt !== null }))}
            basePath="/desk/sources"
          />
        )}
      </section>

      <section aria-labelledby="new-source-heading" className="narrow">
        {isAdmin ? (
          <>
            <h2 id="new-source-heading">Add a source</h2>
            <SourceForm action={createSourceAction} mode="add" />
          </>
        ) : (
          <>
            <h2 id="new-source-heading">Propose a source</h2>
            <p className="field-hint">
              Missing a publisher or a speaker? Propose it: you can cite it at once, and an admin rates and confirms it.
            </p>
            <SourceForm action={proposeSourceAction} mode="propose" />
          </>
        )}
      </section>
    </div>
  );
}
