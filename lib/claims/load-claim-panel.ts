// Everything the claim panel of the brief's items page shows, in one call for the
// page: the props of components/claims/claim-panel.tsx except its actions.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { readBriefBody, readCitedDocuments, type CitedDocument } from "@/lib/briefs/cited-documents";
import { db } from "@/lib/db/client";
import { listSourceOptions, type SourceOption } from "@/lib/sources/source-options";
import { readVerdictMode, readVerdictRatings, type VerdictRatingItem } from "@/lib/verdicts/verdict-scale";
import type { VerdictMode } from "@/lib/verdicts/schemas";
import { readBriefClaims, type ClaimItem } from "./claim-item";
import { CLAIMANT_KINDS } from "./schemas";

export type ClaimPanelData = {
  briefId: string;
  claims: ClaimItem[];
  documents: CitedDocument[];
  sourceOptions: SourceOption[];
  /** the ratings an editor may choose (retired ones only stay on the claims that have them) */
  ratings: VerdictRatingItem[];
  verdictMode: VerdictMode;
};

export async function loadClaimPanel(actor: Actor | null, briefId: string): Promise<ClaimPanelData> {
  const data = await db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    await readBriefBody(tx, briefId);
    return {
      claims: await readBriefClaims(tx, briefId),
      documents: await readCitedDocuments(tx, briefId),
      ratings: await readVerdictRatings(tx, { includeRetired: false }),
      verdictMode: await readVerdictMode(tx),
    };
  });
  const sourceOptions = await listSourceOptions(actor, { kinds: CLAIMANT_KINDS });
  return { briefId, ...data, sourceOptions };
}
