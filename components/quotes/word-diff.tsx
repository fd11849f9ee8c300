import { Fragment, type ReactNode } from "react";

export type WordDiffPart = { op: string; text: string; source?: string };

const hidden = (text: string) => <span className="visually-hidden">{text}</span>;

/**
 * The words of a diff between words as written (`ours`) and the text they come from
 * (`theirs`): struck through where only theirs has them, underlined where only ours
 * does, each stretch named in words for screen readers.
 */
export function DiffWords({ diff, ours, theirs }: { diff: WordDiffPart[]; ours: string; theirs: string }) {
  const inTheirs = (text: string) => (
    <del>
      {hidden(`[in ${theirs}, not in ${ours}: `)}
      {text}
      {hidden("]")}
    </del>
  );
  const inOurs = (text: string, className?: string) => (
    <ins className={className}>
      {hidden(`[in ${ours}, not in ${theirs}: `)}
      {text}
      {hidden("]")}
    </ins>
  );
  const part = (p: WordDiffPart): ReactNode => {
    switch (p.op) {
      case "dropped":
        return inTheirs(p.text);
      case "added":
        return inOurs(p.text);
      case "changed":
        return (
          <>
            {inTheirs(p.source ?? "")} {inOurs(p.text)}
          </>
        );
      case "omitted":
        return (
          <span className="evidence-omitted">
            {hidden("[left out by an ellipsis: ")}
            {p.text}
            {hidden("]")}
          </span>
        );
      case "insertion":
        return (
          <>
            {p.source ? <>{inTheirs(p.source)} </> : null}
            {inOurs(p.text, "evidence-insertion")}
          </>
        );
      default:
        return p.text;
    }
  };
  return diff.map((p, i) => (
    <Fragment key={i}>
      {i > 0 && !/^[,.;:!?’”')]/.test(p.text) ? " " : null}
      {part(p)}
    </Fragment>
  ));
}

/** A word diff with a legend in words, so that it does not rely on colour or on strike-through being seen. */
export function WordDiff({ diff, ours, theirs }: { diff: WordDiffPart[]; ours: string; theirs: string }) {
  const ops = new Set(diff.map((p) => p.op));
  return (
    <>
      <span className="word-diff">
        <DiffWords diff={diff} ours={ours} theirs={theirs} />
      </span>
      <span className="evidence-legend">
        {" "}
        (
        {(ops.has("dropped") || ops.has("changed")) && (
          <>
            <del>Struck through</del>: in {theirs}, not in {ours}.{" "}
          </>
        )}
        {(ops.has("added") || ops.has("changed") || ops.has("insertion")) && (
          <>
            <ins>Underlined</ins>: in {ours}, not in {theirs}.
          </>
        )}
        )
      </span>
    </>
  );
}
