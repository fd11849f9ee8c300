import { z } from "zod";

const blank = (value: unknown) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value);

export const MAX_TOKEN_DAYS = 366;

export const createApiTokenSchema = z.object({
  name: z
    .string({ error: "Name the token." })
    .trim()
    .min(1, "Name the token, e.g. newsletter script.")
    .max(100, "Use at most 100 characters."),
  /** days until the token stops working; none: until revoked */
  expiresInDays: z.preprocess(
    blank,
    z.coerce
      .number({ error: "Give a number of days." })
      .int("Give a whole number of days.")
      .min(1, "At least one day.")
      .max(MAX_TOKEN_DAYS, `At most ${MAX_TOKEN_DAYS} days.`)
      .optional(),
  ),
});

export const revokeApiTokenSchema = z.object({ tokenId: z.string().trim().min(1, "Choose a token.").max(64) });
