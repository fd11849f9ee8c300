// The words the registry's UI uses for kinds and ratings, in one place. A labels module:
// components import it as a value, so it holds constants only (eslint.config.js).
import type { Reliability, SourceKind } from "@/lib/db/client";

export type SourceKindName = SourceKind;
export type ReliabilityName = Reliability;

export const KIND_LABEL: Record<SourceKindName, string> = {
  outlet: "Outlet",
  agency: "News agency",
  government: "Government",
  organisation: "Organisation",
  person: "Person",
  dataset: "Dataset",
};
export const KINDS = Object.keys(KIND_LABEL) as SourceKindName[];

/** As a choice in the form. */
export const RELIABILITY_OPTION: Record<ReliabilityName, string> = { high: "High", mixed: "Mixed", low: "Low", unrated: "Unrated" };
/** As a label beside a source's name. */
export const RELIABILITY_LABEL: Record<ReliabilityName, string> = {
  high: "High reliability",
  mixed: "Mixed reliability",
  low: "Low reliability",
  unrated: "Not rated",
};
export const RELIABILITIES = Object.keys(RELIABILITY_OPTION) as ReliabilityName[];

const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
/** "Ukraine (UA)", or the code alone when it has no English name here. */
export function countryLabel(code: string): string {
  const name = regions.of(code);
  return name ? `${name} (${code})` : code;
}
