// The review workflow as data (DESIGN "Workflow"): which action a brief in each state
// allows, and where it leads. Domain functions ask `assertTransition` before they
// change a brief's state, so a refused move reads the same everywhere.
import { AppError } from "@/lib/errors";

export const BRIEF_STATES = ["draft", "in_review", "approved", "published", "withdrawn"] as const;
export type BriefState = (typeof BRIEF_STATES)[number];

export const WORKFLOW_ACTIONS = ["submit", "approve", "request_changes", "publish", "edit", "withdraw"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * from → action → to. Editing a published brief drafts its next version while it stays
 * published. Withdrawing is listed for "published" only, but withdraw-brief.ts also
 * allows it while the next version is a draft, in review or approved: what matters
 * there is that readers can see a publication.
 */
export const TRANSITIONS: Record<BriefState, Partial<Record<WorkflowAction, BriefState>>> = {
  draft: { submit: "in_review", edit: "draft" },
  in_review: { approve: "approved", request_changes: "draft", edit: "draft" },
  approved: { publish: "published", edit: "draft" },
  published: { edit: "published", submit: "in_review", withdraw: "withdrawn" },
  withdrawn: {},
};

const STATE_LABEL: Record<BriefState, string> = {
  draft: "a draft",
  in_review: "in review",
  approved: "approved",
  published: "published",
  withdrawn: "withdrawn",
};

const ACTION_LABEL: Record<WorkflowAction, string> = {
  submit: "submitted for review",
  approve: "approved",
  request_changes: "sent back",
  publish: "published",
  edit: "edited",
  withdraw: "withdrawn",
};

export function allowedActions(from: BriefState): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => TRANSITIONS[from][action] !== undefined);
}

export function canTransition(from: BriefState, action: WorkflowAction): boolean {
  return TRANSITIONS[from][action] !== undefined;
}

/** The state `action` leads to from `from`; a conflict saying what is possible instead if it is not allowed. */
export function assertTransition(from: BriefState, action: WorkflowAction): BriefState {
  const to = TRANSITIONS[from][action];
  if (to !== undefined) return to;
  const allowed = allowedActions(from)
    .filter((a) => a !== "edit")
    .map((a) => ACTION_LABEL[a]);
  const message =
    from === "withdrawn"
      ? `This brief was withdrawn: it can no longer be ${ACTION_LABEL[action]}.`
      : `This brief is ${STATE_LABEL[from]}: it can be ${joinOr(allowed)}, not ${ACTION_LABEL[action]}.`;
  throw new AppError("conflict", message, {}, undefined, { state: from, action });
}

function joinOr(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}
