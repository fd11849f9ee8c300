import { z } from "zod";

const id = z.string().trim().min(1, "Missing id.");

export const submitForReviewSchema = z.object({
  briefId: id,
  baseVersion: z.coerce.number().int().positive(),
  /** a named reviewer; without one the review waits in the queue for any editor */
  reviewerId: z.string().trim().min(1).nullish(),
});

export const reviewCheckSchema = z.object({
  itemKind: z.enum(["quote", "event", "body"]),
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
