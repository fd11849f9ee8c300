import Link from "next/link";
import { countryLabel, KIND_LABEL, type ReliabilityName, type SourceKindName } from "@/lib/sources/labels";
import { SourceLabels } from "./source-labels";

export type SourceRowData = {
  id: string;
  name: string;
  kind: SourceKindName;
  country: string | null;
  reliability: ReliabilityName;
  stateAffiliated: boolean;
  confirmed: boolean;
  retired: boolean;
  citedCount: number;
};

/** The registry's sources, each linked to its page, with its labels and how often it is cited. */
export function SourceRegistryList({ sources, basePath }: { sources: SourceRowData[]; basePath: string }) {
  return (
    <ul className="source-registry">
      {sources.map((source) => (
        <li key={source.id} className={source.retired ? "source-retired" : undefined}>
          <Link href={`${basePath}/${encodeURIComponent(source.id)}`} className="source-name">
            {source.name}
          </Link>{" "}
          <SourceLabels source={source} />
          <p className="meta">
            {KIND_LABEL[source.kind]}
            {source.country && <>, {countryLabel(source.country)}</>}
            {" · "}
            {source.citedCount === 0 ? "not cited" : `cited ${source.citedCount} ${source.citedCount === 1 ? "time" : "times"}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
