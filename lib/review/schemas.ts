import { z } from "zod";

const id = z.string().trim().min(1, "Missing id.");

export const submitForReviewSchema = z.object({
  briefId: id,
  baseVersion: z.coerce.number().int().positive(),
  /** a named reviewer; without one the review waits in the queue for any editor */
  reviewerId: z.string().trim().min(1).nullish(),
});

export const reviewCheckSchema = z.object({
  itemKind: z.enum(["quote", "event", "claim", "body"]),
  itemRef: z.string().trim().min(1),
  checked: z.boolean(),
  note: z.string().trim().max(2000).default(""),
});
export type ReviewCheckInput = z.infer<typeof reviewCheckSchema>;

export const approveReviewSchema = z.object({
  reviewId: id,
  checks: z.array(reviewCheckSchema).max(1000).default([]),
  message: z.string().trim().max(5000).default(""),
});

export const requestChangesSchema = z.object({
  reviewId: id,
  message: z.string().trim().min(1, "Say what needs to change.").max(5000),
  checks: z.array(reviewCheckSchema).max(1000).default([]),
});

export const allowSelfApprovalSchema = z.boolean();

// Comments on a review: on the brief as a whole, a quote or event by its ref, or a
// passage of the body quoted word for word.
const commentId = z.string({ error: "Choose a comment." }).trim().min(1, "Choose a comment.").max(64, "Choose a comment.");
const commentBody = z
  .string({ error: "Write your comment." })
  .trim()
  .min(1, "Write your comment.")
  .max(5000, "Keep a comment to 5,000 characters at most.");
const blankToNull = (value: unknown) => (value === "" || value === undefined ? null : value);

export const COMMENT_TARGETS = ["brief", "quote", "event", "claim", "body"] as const;

export const addCommentSchema = z
  .object({
    briefId: id,
    /** a review of this brief; without one, its latest review that was not voided */
    reviewId: z.preprocess(blankToNull, z.string().trim().min(1).max(64).nullable()).optional(),
    itemKind: z.enum(COMMENT_TARGETS, { error: "Choose what your comment is about." }).default("brief"),
    /** for a quote, an event or a claim: its ref, e.g. "q1", "e2" or "c1" */
    itemRef: z
      .preprocess(blankToNull, z.string().trim().max(20, "Choose a quote, an event or a claim of this brief.").nullable())
      .optional(),
    /** for a passage: the words of the body it is about */
    anchorText: z.preprocess(blankToNull, z.string().trim().max(1000, "Quote at most 1,000 characters of the body.").nullable()).optional(),
    body: commentBody,
  })
  .superRefine((input, ctx) => {
    if ((input.itemKind === "quote" || input.itemKind === "event" || input.itemKind === "claim") && !input.itemRef) {
      ctx.addIssue({ code: "custom", path: ["itemRef"], message: `Choose the ${input.itemKind} your comment is about.` });
    }
    if (input.itemKind === "body" && !input.anchorText) {
      ctx.addIssue({ code: "custom", path: ["anchorText"], message: "Copy the passage of the body your comment is about." });
    }
  });

export const replyToCommentSchema = z.object({ commentId, body: commentBody });

export const resolveCommentSchema = z.object({ commentId });
