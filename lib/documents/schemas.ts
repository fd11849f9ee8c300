// What an editor gives for a document. Metadata is tidied (trimmed, blanks left out);
// the captured text never is: it is stored exactly as given, since quotes are checked
// against it and its hash must be the hash of what the editor supplied.
import { z } from "zod";
import { isAppError } from "@/lib/errors";
import { parseIsoDay } from "@/lib/dates/precision";
import { extractText, MAX_FILE_BYTES } from "./extract-text";

export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** Form fields left empty arrive as "" (or not at all): both mean "not given". */
const blank = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

const optionalLine = (max: number) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(max, `Use at most ${max} characters.`)
      .regex(/^[^\p{Cc}]*$/u, "Use one line of text.")
      .optional(),
  );

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function isIsoDay(value: string): boolean {
  try {
    parseIsoDay(value);
    return true;
  } catch {
    return false;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a captured text cannot be stored, or undefined when it can. */
export function capturedTextProblem(text: string, from: "paste" | "file" = "paste"): string | undefined {
  const subject = from === "paste" ? "The text" : "This file's text";
  if (text.trim() === "") return from === "paste" ? "Paste the document's text, or upload a file." : "No text was found in this file.";
  if (new TextEncoder().encode(text).length > MAX_TEXT_BYTES) return `${subject} is larger than 2 MB.`;
  // PostgreSQL text cannot hold NUL; a text that has one came from a binary file.
  if (text.includes("\u0000")) return `${subject} contains a NUL character: is it a binary file?`;
  // Half a surrogate pair is no character at all: stored, it would come back changed.
  if (LONE_SURROGATE.test(text)) return `${subject} contains a broken character: copy it again from the original.`;
  return undefined;
}

export const documentFieldsSchema = z.object({
  title: z.string({ error: "Enter a title." }).trim().min(1, "Enter a title.").max(500, "Use at most 500 characters."),
  url: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .max(2048, "Use at most 2048 characters.")
      .refine(isWebAddress, "Enter a web address that starts with http:// or https://.")
      .optional(),
  ),
  author: optionalLine(300),
  sourceId: id("Choose a publisher."),
  publishedOn: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Enter the date as YYYY-MM-DD, e.g. 2022-07-14.", abort: true })
      .refine(isIsoDay, "There is no such day.")
      .optional(),
  ),
  language: z.preprocess(
    (value) => blank(value) ?? "en",
    z
      .string()
      .trim()
      .max(16, "Use a language code such as en, uk or pt-BR.")
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, "Use a language code such as en, uk or pt-BR."),
  ),
});

const uploadSchema = z.object({
  name: z.string().max(255),
  type: z.string().max(255),
  bytes: z.instanceof(Uint8Array),
});

export type DocumentUpload = z.infer<typeof uploadSchema>;

/**
 * The captured text: pasted (`capturedText`) or uploaded (`file`), one or the other.
 * An uploaded file's errors belong to the file field, a pasted text's to its own.
 */
export const capturedTextSchema = z
  .object({
    capturedText: z.preprocess((value) => (value === null || value === "" ? undefined : value), z.string().optional()),
    file: z.preprocess((value) => (value === null ? undefined : value), uploadSchema.optional()),
    /** a page captured from its web address (lib/capture): its text is the document's */
    captureId: z.preprocess(blank, z.string().trim().max(64).optional()),
  })
  .transform(({ capturedText, file, captureId }, ctx) => {
    const fail = (path: "capturedText" | "file", message: string) => {
      ctx.addIssue({ code: "custom", path: [path], message });
      return z.NEVER;
    };
    if (captureId !== undefined) {
      if (file || capturedText !== undefined)
        return fail(
          file ? "file" : "capturedText",
          "The page was captured from its address: leave the text and file empty, or discard the capture.",
        );
      return { capturedText: "", fileName: null, captureId };
    }
    if (file && capturedText !== undefined) return fail("file", "Either paste the text or upload a file, not both.");
    if (!file) {
      if (capturedText === undefined) return fail("capturedText", "Paste the document's text, or upload a file.");
      const problem = capturedTextProblem(capturedText);
      return problem ? fail("capturedText", problem) : { capturedText, fileName: null, captureId: null };
    }
    if (file.bytes.length > MAX_FILE_BYTES) return fail("file", "This file is larger than 2 MB.");
    let text: string;
    try {
      text = extractText(file.name, file.type, file.bytes);
    } catch (error) {
      if (isAppError(error)) return fail("file", error.fieldErrors.file?.[0] ?? error.message);
      throw error;
    }
    const problem = capturedTextProblem(text, "file");
    return problem ? fail("file", problem) : { capturedText: text, fileName: file.name, captureId: null };
  });

/** How the desk heard what its own record holds, as readers read it ("our own record of a phone call"). */
export const RECORD_METHODS = {
  phone_call: "a phone call",
  video_call: "a video call",
  in_person: "an interview in person",
  press_conference: "a press conference",
  recording: "a recording",
  email: "an email exchange",
} as const;
export type RecordMethod = keyof typeof RECORD_METHODS;

/**
 * A document is published material (the default) or the desk's own record of what it
 * heard: then who on the desk made it, how, and the day (publishedOn) are required.
 */
export const documentKindFields = {
  kind: z.preprocess(
    (value) => blank(value) ?? "published",
    z.enum(["published", "own_record"], { error: "Choose what kind of document this is." }),
  ),
  recordMethod: z.preprocess(
    blank,
    z.enum(Object.keys(RECORD_METHODS) as [RecordMethod, ...RecordMethod[]], { error: "Choose how you heard it." }).optional(),
  ),
  recordedBy: optionalLine(300),
};

export const addDocumentSchema = z.intersection(
  documentFieldsSchema
    .extend({ briefId: z.preprocess(blank, id("Choose a brief.").optional()), ...documentKindFields })
    .superRefine((input, ctx) => {
      if (input.kind !== "own_record") return;
      if (!input.recordMethod)
        ctx.addIssue({ code: "custom", path: ["recordMethod"], message: "Say how you heard it: a call, in person, a recording…" });
      if (!input.recordedBy) ctx.addIssue({ code: "custom", path: ["recordedBy"], message: "Say who on the desk made this record." });
      if (!input.publishedOn)
        ctx.addIssue({ code: "custom", path: ["publishedOn"], message: "Give the day of the call or interview this record is of." });
    })
    .transform(({ recordMethod, recordedBy, ...rest }) => ({
      ...rest,
      recordMethod: rest.kind === "own_record" ? (recordMethod ?? null) : null,
      recordedBy: rest.kind === "own_record" ? (recordedBy ?? null) : null,
    })),
  capturedTextSchema,
);

export const briefDocumentSchema = z.object({
  briefId: id("Choose a brief."),
  documentId: id("Choose a document."),
});

export const listDocumentsSchema = z.object({
  query: z.preprocess(blank, z.string().trim().max(200).optional()),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const documentIdSchema = z.object({ documentId: id("Choose a document.") });
