// The expected outcome of every server action and route handler for each kind of
// caller, with a call into the domain function the action delegates to. Read by
// authorization-matrix.int.test.ts (test support, never imported by the app); add a row with every new action or route.
import type { Actor } from "./policy";

export type Who = "anonymous" | "editor" | "admin" | "deactivated";
export type Outcome = "allow" | "deny";

type Row =
  | { kind: "public"; why: string }
  | {
      kind: "guarded";
      /** the domain function the action calls */
      domain: string;
      call: (actor: Actor | null) => Promise<unknown>;
      expect: Record<Who, Outcome>;
    };

export const ADMIN_ONLY: Record<Who, Outcome> = { anonymous: "deny", editor: "deny", admin: "allow", deactivated: "deny" };
export const EDITORS: Record<Who, Outcome> = { anonymous: "deny", editor: "allow", admin: "allow", deactivated: "deny" };

export const MATRIX: Record<string, Row> = {
  "app/api/auth/[...nextauth]/route.ts#GET": { kind: "public", why: "next-auth: sign-in page data, CSRF token, session of the caller" },
  "app/api/auth/[...nextauth]/route.ts#POST": { kind: "public", why: "next-auth: sign in (throttled) and sign out" },
};
