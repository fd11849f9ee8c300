// What an editor gives to capture a page, and to capture a document again.
import { z } from "zod";

export const capturePageSchema = z.object({
  url: z
    .string({ error: "Enter the page's web address." })
    .trim()
    .min(1, "Enter the page's web address.")
    .max(2048, "Use at most 2048 characters."),
});

export const captureAgainSchema = z.object({
  documentId: z.string({ error: "Choose a document." }).trim().min(1, "Choose a document.").max(64),
});

/** Proposing a source from a capture no source's domain matched. */
export const proposeCapturedSourceSchema = z.object({
  captureId: z.string({ error: "Capture the page first." }).trim().min(1, "Capture the page first.").max(64),
});

/** A capture the editor saves with a document: made by them, not saved yet. */
export const captureIdSchema = z.string().trim().min(1).max(64);
