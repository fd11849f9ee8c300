"use client";

import { useId, useState } from "react";

export type CitationOption = { ref: string; kind: "quote" | "event" | "document"; label: string };

const GROUPS = [
  ["quote", "Quotes"],
  ["event", "Events"],
  ["document", "Documents"],
] as const;

/** Picks one of the brief's quotes, events or documents and inserts its marker. */
export function CitationPicker({ options, onInsert }: { options: CitationOption[]; onInsert: (marker: string) => void }) {
  const id = useId();
  const [ref, setRef] = useState(options[0]?.ref ?? "");
  if (options.length === 0) {
    return <p className="field-hint">Add quotes, events or documents to cite them in the body.</p>;
  }
  return (
    <div className="citation-picker">
      <label htmlFor={id}>Cite</label>
      <select id={id} value={ref} onChange={(e) => setRef(e.target.value)}>
        {GROUPS.map(([kind, label]) => (
          <optgroup key={kind} label={label}>
            {options
              .filter((o) => o.kind === kind)
              .map((o) => (
                <option key={o.ref} value={o.ref}>
                  [@{o.ref}] {o.label}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
      <button type="button" className="secondary" onClick={() => onInsert(`[@${ref}]`)}>
        Insert citation
      </button>
    </div>
  );
}
