// Where a form's fields become a use case's input: the FormReader every action's
// `fromForm` gets (lib/forms/desk-action.ts), and the mappings that two or more forms
// share. A form sends text ("" for a field left empty), so the readers hand the use
// cases text; the use cases parse it (zod) and refuse what does not fit, next to the field.
import type { AcceptCandidateInput } from "@/lib/extraction/decide-candidate";
import type { AddClaimInput } from "@/lib/claims/add-claim";
import type { CreateBriefInput } from "@/lib/briefs/create-brief";
import type { UpdateClaimInput } from "@/lib/claims/update-claim";
import type { AddDocumentInput } from "@/lib/documents/add-document";
import type { UpdateEventInput } from "@/lib/events/update-event";
import type { UpdateQuoteInput } from "@/lib/quotes/update-quote";
import type { CreateSourceInput } from "@/lib/sources/create-source";
import type { ProposeSourceInput } from "@/lib/sources/propose-source";
import type { UpdateVerdictRatingInput } from "@/lib/verdicts/update-verdict-rating";

/** The form's fields as the use cases' inputs take them. */
export type FormReader = {
  /** the field's text; "" when the form did not send it */
  text(name: string): string;
  /** the field's text; null when the form did not send it or left it empty */
  optional(name: string): string | null;
  /** a <select> or radio field, typed as the use case's choices: the use case refuses any other value */
  choice<T extends string>(name: string): T;
  /** every value of a repeated field (checkboxes of one name) */
  all(name: string): string[];
  /** every value of a repeated field of choices, typed as the use case's choices */
  choices<T extends string>(name: string): T[];
  /** a checkbox: true when ticked ("on") */
  checked(name: string): boolean;
  /** whether the form sent the field at all */
  has(name: string): boolean;
  /** a chosen file; null when the file input was left empty */
  file(name: string): File | null;
};

export function readForm(formData: FormData): FormReader {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const all = (name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string");
  return {
    text,
    optional: (name) => text(name) || null,
    choice: <T extends string>(name: string) => text(name) as T,
    all,
    choices: <T extends string>(name: string) => all(name) as T[],
    checked: (name) => formData.get(name) === "on",
    has: (name) => formData.has(name),
    file: (name) => {
      const value = formData.get(name);
      // An empty file input arrives as an empty File (named "" or "undefined"): no upload.
      return value instanceof File && value.size > 0 ? value : null;
    },
  };
}

/** The quote form (add and edit). */
export function quoteFromForm(form: FormReader): UpdateQuoteInput {
  return {
    briefId: form.text("briefId"),
    quoteId: form.text("quoteId"),
    baseUpdatedAt: form.optional("baseUpdatedAt"),
    text: form.text("text"),
    speakerName: form.text("speakerName"),
    speakerTitle: form.text("speakerTitle"),
    speakerSourceId: form.optional("speakerSourceId"),
    documentId: form.text("documentId"),
    saidOn: form.optional("saidOn"),
    saidOnPrecision: form.optional("saidOnPrecision"),
    context: form.text("context"),
  };
}

/** The new-brief form. */
export function newBriefFromForm(form: FormReader): CreateBriefInput {
  return {
    title: form.text("title"),
    slug: form.text("slug"),
    summary: form.text("summary"),
    body: form.text("body"),
    topics: form.text("topics"),
  };
}

/**
 * The document form (the full form and the editor panel's paste form). Browsers send a
 * textarea's line breaks as CRLF, whatever the field showed: turning them back gives
 * the text exactly as it stood in the field (a field never holds CR).
 */
export async function documentFromForm(form: FormReader): Promise<AddDocumentInput> {
  const chosen = form.file("file");
  return {
    title: form.text("title"),
    url: form.optional("url"),
    author: form.optional("author"),
    sourceId: form.text("sourceId"),
    publishedOn: form.optional("publishedOn"),
    kind: form.choice("kind"),
    recordMethod: form.choice("recordMethod"),
    recordedBy: form.optional("recordedBy"),
    language: form.text("language"),
    capturedText: form.has("capturedText") ? form.text("capturedText").replace(/\r\n?/g, "\n") : null,
    file: chosen && { name: chosen.name, type: chosen.type, bytes: new Uint8Array(await chosen.arrayBuffer()) },
    briefId: form.optional("briefId"),
    captureId: form.optional("captureId"),
  };
}

/** The event form (add and edit); its documents are ticked boxes of one name. */
export function eventFromForm(form: FormReader): UpdateEventInput {
  return {
    briefId: form.text("briefId"),
    eventId: form.text("eventId"),
    baseUpdatedAt: form.optional("baseUpdatedAt"),
    description: form.text("description"),
    date: form.text("date"),
    precision: form.optional("precision"),
    dateEnd: form.optional("dateEnd"),
    dateLabel: form.text("dateLabel"),
    place: form.text("place"),
    planned: form.has("planned"),
    documentIds: form.all("documentIds"),
    reportedById: form.optional("reportedById"),
  };
}

/** The claim form (add and edit). */
export function claimFromForm(form: FormReader): UpdateClaimInput & AddClaimInput {
  return {
    briefId: form.text("briefId"),
    claimId: form.text("claimId"),
    baseUpdatedAt: form.optional("baseUpdatedAt"),
    text: form.text("text"),
    quoted: form.optional("quoted") ?? false,
    speakerName: form.text("speakerName"),
    speakerSourceId: form.optional("speakerSourceId"),
    documentId: form.optional("documentId"),
    appearanceUrl: form.optional("appearanceUrl"),
    appearedOn: form.optional("appearedOn"),
    ratingId: form.optional("ratingId"),
    conclusion: form.text("conclusion"),
  };
}

/** The fields a candidate's form may carry, by the names the use cases expect. */
const CANDIDATE_FIELDS = [
  "text",
  "speakerName",
  "speakerTitle",
  "speakerSourceId",
  "saidOn",
  "saidOnPrecision",
  "context",
  "description",
  "date",
  "precision",
  "dateEnd",
  "dateLabel",
  "place",
  "planned",
  "reportedById",
  "name",
  "kind",
  "homepageUrl",
  "country",
  "notes",
] as const;

/** A candidate's form, as acceptCandidate and rejectCandidate expect it: only the fields it sent. */
export function candidateFromForm(
  form: FormReader,
): Required<Pick<AcceptCandidateInput, "briefId" | "documentId" | "candidateKey">> & { fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  for (const name of CANDIDATE_FIELDS) if (form.has(name)) fields[name] = form.text(name);
  return { briefId: form.text("briefId"), documentId: form.text("documentId"), candidateKey: form.text("candidateKey"), fields };
}

/** The verdict rating form (add and edit). */
export function ratingFromForm(form: FormReader): UpdateVerdictRatingInput {
  return { ratingId: form.text("ratingId"), name: form.text("name"), definition: form.text("definition"), value: form.text("value") };
}

/** The source form of an admin (add, edit, confirm); a ticked box sends "on". */
export function sourceFromForm(form: FormReader): CreateSourceInput {
  return {
    name: form.text("name"),
    kind: form.choice("kind"),
    homepageUrl: form.optional("homepageUrl"),
    domains: form.optional("domains"),
    country: form.optional("country"),
    reliability: form.choice<NonNullable<CreateSourceInput["reliability"]>>("reliability"),
    reliabilityRationale: form.text("reliabilityRationale"),
    stateAffiliated: form.checked("stateAffiliated"),
    notes: form.text("notes"),
  };
}

/** What an editor's proposal form says about a source: no rating, no affiliation. */
export function proposalFromForm(form: FormReader): ProposeSourceInput {
  return {
    name: form.text("name"),
    kind: form.choice("kind"),
    homepageUrl: form.optional("homepageUrl"),
    domains: form.optional("domains"),
    country: form.optional("country"),
    notes: form.text("notes"),
  };
}

/** The hidden field that says which version of the source the form was loaded with. */
export function baseUpdatedAtFromForm(form: FormReader): string | undefined {
  return form.optional("baseUpdatedAt") ?? undefined;
}
