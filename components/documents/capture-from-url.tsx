"use client";
// The document form's web address, with "Capture": the server fetches the page, reads
// its text and details and keeps an archived copy (POST /desk/documents/capture,
// which streams its progress). The details fill the form's EMPTY fields for the editor
// to confirm; what the editor typed is never overwritten, and a failure or a cancel
// leaves every field as it was. Render it inside a <form> whose fields are named like
// the document form's (title, author, publishedOn, language, sourceId): the editor's
// side panel can embed it the same way, with its own `idPrefix`.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import type { CaptureProposal } from "@/lib/capture/capture-page";
import type { CaptureMessage } from "@/lib/capture/capture-stream";
import type { ProposeCapturedSourceInput } from "@/lib/capture/propose-captured-source";
import type { CallError } from "@/lib/forms/desk-action";
import { FieldError } from "../forms/form-feedback";
import { describedBy } from "../forms/form-state";

export const CAPTURE_ENDPOINT = "/desk/documents/capture";

type Phase = "idle" | "fetching" | "extracting" | "saving" | "done";
const PROGRESS: Record<Exclude<Phase, "idle" | "done">, string> = {
  fetching: "Fetching the page…",
  extracting: "Reading its text and details…",
  saving: "Keeping the archived copy…",
};
const UNREACHABLE = "The capture could not be started; nothing was changed. Check your connection and try again.";

/** Proposes a source for a captured page the registry has no publisher for; answers its id. */
export type ProposeCapturedSource = (input: ProposeCapturedSourceInput) => Promise<{ id: string; name: string } | CallError>;

type Props = {
  idPrefix?: string;
  defaultUrl?: string;
  /** the address field's errors from the form's last answer */
  errors?: string[];
  /** a capture kept from before a refused save */
  captureId?: string;
  proposeSource?: ProposeCapturedSource;
};

function field(form: HTMLFormElement | null, name: string): HTMLInputElement | HTMLSelectElement | null {
  const element = form?.elements.namedItem(name);
  return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element : null;
}

/** Fills a form field the editor left empty (or at its default); never overwrites typing. */
function propose(form: HTMLFormElement | null, name: string, value: string | null, defaultValue = "") {
  const element = field(form, name);
  if (!element || value === null || (element.value !== "" && element.value !== defaultValue)) return;
  element.value = value;
}

export function CaptureFromUrl({ idPrefix = "document", defaultUrl, errors, captureId: keptCaptureId, proposeSource }: Props) {
  const [phase, setPhase] = useState<Phase>("idle");
  const [error, setError] = useState<string | undefined>();
  const [proposal, setProposal] = useState<CaptureProposal | null>(null);
  const [captureId, setCaptureId] = useState(keptCaptureId ?? "");
  const [sourceToSelect, setSourceToSelect] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const ids = {
    input: `${idPrefix}-url`,
    hint: `${idPrefix}-url-hint`,
    error: `${idPrefix}-url-error`,
    status: `${idPrefix}-capture-status`,
  };
  const shownErrors = error ? [error] : errors;

  // A source proposed from here shows up in the publisher list once the refreshed page
  // renders, at no render we can name: checked after every render, until it is there.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    const select = field(input.current?.form ?? null, "sourceId");
    if (!sourceToSelect || !select || ![...(select as HTMLSelectElement).options].some((o) => o.value === sourceToSelect)) return;
    select.value = sourceToSelect;
    setSourceToSelect(null);
  });

  async function capture() {
    const url = input.current?.value.trim() ?? "";
    if (url === "") return setError("Enter the page's web address first.");
    const controller = new AbortController();
    abort.current = controller;
    setError(undefined);
    setProposal(null);
    setPhase("fetching");
    try {
      const body = new FormData();
      body.set("url", url);
      const response = await fetch(CAPTURE_ENDPOINT, { method: "POST", body, signal: controller.signal });
      if (!response.ok || !response.body) throw new Error(UNREACHABLE);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let pending = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        pending += value;
        for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n")) {
          const message = JSON.parse(pending.slice(0, end)) as CaptureMessage;
          pending = pending.slice(end + 1);
          if ("stage" in message) setPhase(message.stage);
          else if ("error" in message) throw new Error(message.fieldErrors.url?.[0] ?? message.error);
          else accept(message.proposal);
        }
      }
    } catch (failure) {
      setPhase("idle");
      setError(
        controller.signal.aborted
          ? "Capture cancelled: nothing was changed."
          : failure instanceof Error && failure.message !== ""
            ? failure.message
            : UNREACHABLE,
      );
    } finally {
      abort.current = null;
    }
  }

  function accept(found: CaptureProposal) {
    const form = input.current?.form ?? null;
    propose(form, "title", found.title);
    propose(form, "author", found.author);
    propose(form, "publishedOn", found.publishedOn);
    propose(form, "language", found.language, "en");
    if (found.publisher) propose(form, "sourceId", found.publisher.id);
    if (input.current) input.current.value = found.url;
    setCaptureId(found.captureId);
    setProposal(found);
    setPhase("done");
  }

  function discard() {
    setCaptureId("");
    setProposal(null);
    setPhase("idle");
  }

  async function proposeSuggested() {
    if (!proposal || !proposeSource) return;
    const outcome = await proposeSource({ captureId: proposal.captureId });
    if ("status" in outcome) return setError(outcome.message);
    setProposal({ ...proposal, publisher: { id: outcome.id, name: outcome.name, confirmed: false }, suggestedSource: null });
    setSourceToSelect(outcome.id);
    router.refresh();
  }

  const busy = phase === "fetching" || phase === "extracting" || phase === "saving";
  return (
    <div className="field capture-from-url">
      <label htmlFor={ids.input}>URL</label>
      <p id={ids.hint} className="field-hint">
        Capture fetches the page, takes its main text and details, and keeps an archived copy of it as fetched. Web pages (HTML) and plain
        text only: PDF files cannot be captured yet — upload or paste their text instead.
      </p>
      <div className="capture-row">
        <input
          ref={input}
          id={ids.input}
          name="url"
          type="url"
          inputMode="url"
          maxLength={2048}
          placeholder="https://"
          defaultValue={defaultUrl}
          aria-invalid={shownErrors?.length ? true : undefined}
          aria-describedby={[ids.hint, describedBy(ids.error, shownErrors)].filter(Boolean).join(" ")}
        />
        {busy ? (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel capture
          </button>
        ) : (
          <button type="button" onClick={() => void capture()}>
            Capture from this address
          </button>
        )}
      </div>
      <FieldError id={ids.error} errors={shownErrors} />
      <p id={ids.status} className="capture-status" role="status" aria-live="polite">
        {busy ? PROGRESS[phase] : ""}
      </p>
      {captureId && <input type="hidden" name="captureId" value={captureId} />}
      {captureId && !proposal && (
        <p className="notice">
          A captured page is kept with this form: its text is saved with the document.{" "}
          <button type="button" onClick={discard}>
            Discard the capture
          </button>
        </p>
      )}
      {proposal && (
        <div className="notice capture-summary">
          <p>
            Captured {proposal.textLength.toLocaleString("en")} characters of text from {proposal.finalUrl}, fetched{" "}
            {new Date(proposal.fetchedAt).toUTCString()}. Check the title, author, date, language and publisher above before saving: the
            page&apos;s text is saved as the document&apos;s text (leave the text and file below empty).
          </p>
          {proposal.publisher ? (
            <p>Publisher found by its domain: {proposal.publisher.name}.</p>
          ) : proposal.suggestedSource ? (
            <p>
              No publisher in the registry lists {proposal.suggestedSource.domain}.{" "}
              {proposeSource ? (
                <button type="button" onClick={() => void proposeSuggested()}>
                  Propose “{proposal.suggestedSource.name}” as a new source
                </button>
              ) : (
                <>Suggested new source: {proposal.suggestedSource.name}.</>
              )}
            </p>
          ) : null}
          <details>
            <summary>The captured text begins</summary>
            <p className="capture-text-start">
              {proposal.textStart}
              {proposal.textLength > proposal.textStart.length ? "…" : ""}
            </p>
          </details>
          <button type="button" onClick={discard}>
            Discard the capture
          </button>
        </div>
      )}
    </div>
  );
}
