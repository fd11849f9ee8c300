import { KIND_LABEL, KINDS } from "@/lib/sources/labels";

export type SourceSearchValues = { q: string; kind: string; includeRetired: boolean };

/**
 * Search the registry by name and kind; a plain GET form, so a search is a link. Its
 * labels differ from the source form's (Name, Kind) so that each label names one field.
 */
export function SourceSearch({ action, values }: { action: string; values: SourceSearchValues }) {
  return (
    <form action={action} method="get" className="source-search" role="search" aria-label="Sources">
      <div className="field">
        <label htmlFor="source-search-q">Search</label>
        <input id="source-search-q" name="q" type="search" defaultValue={values.q} maxLength={200} autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="source-search-kind">Filter</label>
        <select id="source-search-kind" name="kind" defaultValue={values.kind}>
          <option value="">All kinds</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABEL[kind]}
            </option>
          ))}
        </select>
      </div>
      <div className="field checkbox-field">
        <input id="source-search-retired" name="retired" type="checkbox" value="1" defaultChecked={values.includeRetired} />
        <label htmlFor="source-search-retired">Show retired</label>
      </div>
      <button type="submit">Search</button>
    </form>
  );
}
