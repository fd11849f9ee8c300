// What the candidates screen sends: which document of which brief, which candidate,
// and — for an accept — the fields as the editor left them (checked by the schema of
// the use case that makes the item: addQuote, addEvent or proposeSource).
import { z } from "zod";
import { idSchema } from "@/lib/quotes/schemas";

export const documentCandidatesSchema = z.object({
  briefId: idSchema("Choose a brief."),
  documentId: idSchema("Choose a document."),
});

const candidateKey = z
  .string({ error: "Choose a candidate." })
  .trim()
  .regex(/^(?:quote|event|source):[\p{L}\p{N} '’.,&-]{1,200}$/u, "Choose a candidate.");

export const decideCandidateSchema = documentCandidatesSchema.extend({ candidateKey });

export const acceptCandidateSchema = decideCandidateSchema.extend({
  fields: z.record(z.string(), z.unknown()).default({}),
});

export type AcceptCandidateInput = z.input<typeof acceptCandidateSchema>;

/** The fields a candidate's form may carry, by the names the use cases expect. */
const FIELD_NAMES = [
  "text", "speakerName", "speakerTitle", "speakerSourceId", "saidOn", "saidOnPrecision", "context",
  "description", "date", "precision", "dateEnd", "dateLabel", "place", "planned", "reportedById",
  "name", "kind", "homepageUrl", "country", "notes",
] as const;

/** A candidate's form, as acceptCandidate and rejectCandidate expect it. */
export function candidateFormInput(formData: FormData) {
  const fields: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) if (formData.has(name)) fields[name] = formData.get(name);
  return { briefId: formData.get("briefId"), documentId: formData.get("documentId"), candidateKey: formData.get("candidateKey"), fields };
}
