import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceAdminControls } from "@/components/sources/source-admin-actions";
import { SourceDetails } from "@/components/sources/source-details";
import { SourceEditForm } from "@/components/sources/source-edit-form";
import { SourceLabels } from "@/components/sources/source-labels";
import { requireActor } from "@/lib/auth/require-actor";
import { can } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors";
import { getSource } from "@/lib/sources/get-source";
import { confirmSourceAction } from "../actions/confirm-source";
import { deleteSourceAction } from "../actions/delete-source";
import { restoreSourceAction } from "../actions/restore-source";
import { retireSourceAction } from "../actions/retire-source";
import { updateSourceAction } from "../actions/update-source";

export const metadata: Metadata = { title: "Source" };

const editActions = { update: updateSourceAction, confirm: confirmSourceAction };
const adminActions = { retire: retireSourceAction, restore: restoreSourceAction, delete: deleteSourceAction };

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor({ from: `/desk/sources/${encodeURIComponent(id)}`, permission: "desk.use" });
  const source = await getSource(actor, { sourceId: id }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "not_found" || error.code === "invalid")) notFound();
    throw error;
  });
  const isAdmin = can(actor, "sources.manage");
  const retired = source.retiredAt !== null;

  return (
    <div className="sources source-page">
      <p className="meta">
        <Link href="/desk/sources">← Sources</Link>
      </p>
      <h1>{source.name}</h1>
      <p>
        <SourceLabels source={{ ...source, retired }} />
      </p>
      {!source.confirmed && (
        <p className="source-status-note">
          Proposed{source.proposedBy ? ` by ${source.proposedBy.name}` : ""}; not yet confirmed by an admin.
          {isAdmin && " Check and rate it below, then confirm it, or delete it if it should not be in the registry."}
        </p>
      )}
      {retired && <p className="source-status-note">Retired: it is hidden from the list and the pickers; what cites it keeps it.</p>}

      <SourceDetails source={source} />

      {isAdmin && (
        <>
          <section aria-labelledby="edit-heading" className="narrow">
            <h2 id="edit-heading">{source.confirmed ? "Edit" : "Check and confirm"}</h2>
            <SourceEditForm
              actions={editActions}
              source={{
                id: source.id,
                confirmed: source.confirmed,
                updatedAt: source.updatedAt.toISOString(),
                values: {
                  name: source.name,
                  kind: source.kind,
                  homepageUrl: source.homepageUrl ?? "",
                  domains: source.domains.join("\n"),
                  country: source.country ?? "",
                  reliability: source.reliability,
                  reliabilityRationale: source.reliabilityRationale,
                  stateAffiliated: source.stateAffiliated ? "on" : "",
                  notes: source.notes,
                },
              }}
            />
          </section>
          <section aria-labelledby="registry-actions-heading">
            <h2 id="registry-actions-heading">{retired ? "Restore or delete" : "Retire or delete"}</h2>
            <SourceAdminControls
              actions={adminActions}
              source={{ id: source.id, name: source.name, retired, citedCount: source.citedCount }}
            />
          </section>
        </>
      )}
    </div>
  );
}
