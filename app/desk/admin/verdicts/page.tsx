import type { Metadata } from "next";
import { VerdictScaleAdmin } from "@/components/verdicts/verdict-scale-admin";
import { requireActor } from "@/lib/auth/require-actor";
import { getVerdictScaleForAdmin } from "@/lib/verdicts/verdict-scale";
import { createVerdictRatingAction } from "./actions/create-verdict-rating";
import { deleteVerdictRatingAction } from "./actions/delete-verdict-rating";
import { moveVerdictRatingAction } from "./actions/move-verdict-rating";
import { retireVerdictRatingAction } from "./actions/retire-verdict-rating";
import { setVerdictModeAction } from "./actions/set-verdict-mode";
import { updateVerdictRatingAction } from "./actions/update-verdict-rating";

export const metadata: Metadata = { title: "Verdict scale" };

const actions = {
  create: createVerdictRatingAction,
  update: updateVerdictRatingAction,
  move: moveVerdictRatingAction,
  retire: retireVerdictRatingAction,
  remove: deleteVerdictRatingAction,
  setMode: setVerdictModeAction,
};

export default async function VerdictsPage() {
  const actor = await requireActor({ from: "/desk/admin/verdicts", permission: "settings.manage" });
  const scale = await getVerdictScaleForAdmin(actor);
  return (
    <>
      <h1>Verdict scale</h1>
      <VerdictScaleAdmin mode={scale.mode} ratings={scale.ratings} actions={actions} />
    </>
  );
}
