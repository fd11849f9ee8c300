import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { assertTransition, BRIEF_STATES, WORKFLOW_ACTIONS, type BriefState, type WorkflowAction } from "./state-machine";

const allowed: [BriefState, WorkflowAction, BriefState][] = [
  ["draft", "submit", "in_review"],
  ["draft", "edit", "draft"],
  ["in_review", "approve", "approved"],
  ["in_review", "request_changes", "draft"],
  ["in_review", "edit", "draft"],
  ["approved", "publish", "published"],
  ["approved", "edit", "draft"],
  ["published", "edit", "published"],
  ["published", "submit", "in_review"],
  ["published", "withdraw", "withdrawn"],
];

const refused = BRIEF_STATES.flatMap((from) =>
  WORKFLOW_ACTIONS.filter((action) => !allowed.some(([f, a]) => f === from && a === action)).map((action) => [from, action] as const),
);

describe("the review workflow", () => {
  it.each(allowed)("%s --%s--> %s", (from, action, to) => {
    expect(assertTransition(from, action)).toBe(to);
  });

  it.each(refused)("refuses %s --%s--> with a conflict", (from, action) => {
    let error: unknown;
    try {
      assertTransition(from, action);
    } catch (e) {
      error = e;
    }
    expect(isAppError(error) && error.code).toBe("conflict");
    expect((error as Error).message).toMatch(/^This brief (is|was) /);
  });

  it("covers every state and action", () => {
    expect(allowed.length + refused.length).toBe(BRIEF_STATES.length * WORKFLOW_ACTIONS.length);
  });

  it("says what can be done instead", () => {
    expect(() => assertTransition("in_review", "publish")).toThrow(
      "This brief is in review: it can be approved or sent back, not published.",
    );
    expect(() => assertTransition("draft", "approve")).toThrow("This brief is a draft: it can be submitted for review, not approved.");
    expect(() => assertTransition("withdrawn", "edit")).toThrow("This brief was withdrawn: it can no longer be edited.");
  });
});
