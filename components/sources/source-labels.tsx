import { RELIABILITY_LABEL, type ReliabilityName } from "@/lib/sources/labels";

export type SourceLabelData = { reliability: ReliabilityName; stateAffiliated: boolean; confirmed: boolean; retired: boolean };

/** Rating, state affiliation, and whether an admin has confirmed or retired the source. */
export function SourceLabels({ source }: { source: SourceLabelData }) {
  return (
    <span className="source-labels">
      <span className={`label reliability-${source.reliability}`}>{RELIABILITY_LABEL[source.reliability]}</span>
      {source.stateAffiliated && <span className="label state-affiliated">State-affiliated</span>}
      {!source.confirmed && <span className="label unconfirmed">Unconfirmed</span>}
      {source.retired && <span className="label retired">Retired</span>}
    </span>
  );
}
