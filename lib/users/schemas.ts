// Input schemas for user management and for setting a password from a one-time link.
// Emails are compared trimmed and lowercased, as sign-in compares them; names and
// passwords follow the same rules as a user's own account (account-schemas.ts).
import { z } from "zod";
import { Role } from "@/lib/db/client";
import { passwordSchema, personNameSchema } from "./account-schemas";

const email = z
  .string({ error: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter an email address.", abort: true })
  .max(254, "Use at most 254 characters.")
  .email("Enter a valid email address.");
const role = z.enum(Role, { error: "Choose a role: admin or editor." });
const userId = z.string({ error: "Choose a user." }).min(1, "Choose a user.").max(64);

export const inviteUserSchema = z.object({ name: personNameSchema, email, role });
export const createUserSchema = inviteUserSchema.extend({
  role: role.default("editor"),
  /** when given, the account gets this password; otherwise an invitation link */
  password: passwordSchema.optional(),
});
export const changeUserRoleSchema = z.object({ userId, role });
/** deactivate, reactivate, issue a password-reset link */
export const userTargetSchema = z.object({ userId });

export const tokenSchema = z.object({ token: z.string({ error: "This link is not valid." }).min(1).max(256) });

export const setPasswordSchema = z
  .object({
    password: passwordSchema,
    confirmPassword: z.string({ error: "Enter the new password again." }),
  })
  .refine((data) => data.password === data.confirmPassword, {
    path: ["confirmPassword"],
    error: "The two passwords do not match.",
  });
