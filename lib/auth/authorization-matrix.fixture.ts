// The expected outcome of every server action and route handler for each kind of
// caller, with a call into the domain function the action delegates to. Read by
// authorization-matrix.int.test.ts (test support, never imported by the app); add a row with every new action or route.
import type { Actor } from "./policy";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { changeUserRole } from "@/lib/users/change-user-role";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { inviteUser } from "@/lib/users/invite-user";
import { issuePasswordReset } from "@/lib/users/issue-password-reset";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { buildBrief, buildUser } from "@/prisma/seed/factories";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import { updateOwnName } from "@/lib/users/update-own-name";
import { addDocument } from "@/lib/documents/add-document";
import { attachDocument } from "@/lib/documents/attach-document";
import { detachDocument } from "@/lib/documents/detach-document";
import { buildDocument, citeDocument } from "@/prisma/seed/factories";
import { confirmSource } from "@/lib/sources/confirm-source";
import { createSource } from "@/lib/sources/create-source";
import { deleteSource } from "@/lib/sources/delete-source";
import { proposeSource } from "@/lib/sources/propose-source";
import { restoreSource } from "@/lib/sources/restore-source";
import { retireSource } from "@/lib/sources/retire-source";
import { updateSource } from "@/lib/sources/update-source";
import { buildSource } from "@/prisma/seed/factories";
import { checkSlug } from "@/lib/briefs/check-slug";
import { createBrief } from "@/lib/briefs/create-brief";
import { previewBody } from "@/lib/briefs/preview-body";
import { updateBrief } from "@/lib/briefs/update-brief";
import { deleteDraft } from "@/lib/briefs/delete-draft";
import { recordRevision } from "@/lib/revisions/record-revision";
import { restoreRevision } from "@/lib/revisions/restore-revision";
import { approveReview, requestChanges } from "@/lib/review/decide-review";
import { submitForReview } from "@/lib/review/submit-for-review";
import { addComment } from "@/lib/review/add-comment";
import { replyToComment } from "@/lib/review/reply-to-comment";
import { reopenComment, resolveComment } from "@/lib/review/resolve-comment";
import { publishBrief } from "@/lib/publishing/publish-brief";
import { withdrawBrief } from "@/lib/publishing/withdraw-brief";
import { cancelSchedule } from "@/lib/publishing/cancel-schedule";
import { setAllowSelfApproval } from "@/lib/review/settings";
import { markInboxRead } from "@/lib/inbox/get-inbox";
import { addQuote } from "@/lib/quotes/add-quote";
import { moveQuote } from "@/lib/quotes/move-quote";
import { removeQuote } from "@/lib/quotes/remove-quote";
import { updateQuote } from "@/lib/quotes/update-quote";
import { addEvent } from "@/lib/events/add-event";
import { removeEvent } from "@/lib/events/remove-event";
import { updateEvent } from "@/lib/events/update-event";
import { addEvent as buildEvent, addQuote as buildQuote } from "@/prisma/seed/factories";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { acceptCandidate, rejectCandidate } from "@/lib/extraction/decide-candidate";
import { openPanelDocument } from "@/lib/documents/open-panel-document";
import { listDocuments } from "@/lib/documents/list-documents";
import { quotePassage } from "@/lib/quotes/quote-passage";
import { suggestPassageQuote } from "@/lib/quotes/suggest-passage-quote";
import { createWebhookEndpoint } from "@/lib/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";
import { resendWebhookDelivery } from "@/lib/webhooks/resend-webhook-delivery";
import { setWebhookEndpointActive } from "@/lib/webhooks/set-webhook-endpoint-active";
import { addClaim } from "@/lib/claims/add-claim";
import { removeClaim } from "@/lib/claims/remove-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { createVerdictRating } from "@/lib/verdicts/create-verdict-rating";
import { deleteVerdictRating } from "@/lib/verdicts/delete-verdict-rating";
import { moveVerdictRating } from "@/lib/verdicts/move-verdict-rating";
import { setVerdictMode } from "@/lib/verdicts/set-verdict-mode";
import { setVerdictRatingRetired } from "@/lib/verdicts/retire-verdict-rating";
import { updateVerdictRating } from "@/lib/verdicts/update-verdict-rating";
import { buildClaim } from "@/prisma/seed/factories";
import { capturePage } from "@/lib/capture/capture-page";
import { captureAgain } from "@/lib/capture/capture-again";
import { proposeCapturedSource } from "@/lib/capture/propose-captured-source";
import { getArchivedCopy } from "@/lib/capture/archived-copy";

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

/** A fresh draft brief for a row to act on. */
async function matrixBrief() {
  return db().$transaction((tx) => buildBrief(tx, { slug: `matrix-${randomBytes(6).toString("hex")}` }));
}

export const MATRIX: Record<string, Row> = {
  "app/desk/briefs/actions/create-brief.ts#createBriefAction": {
    kind: "guarded",
    domain: "createBrief",
    expect: EDITORS,
    call: (actor) =>
      createBrief(actor, { title: "Matrix", slug: `matrix-${randomBytes(6).toString("hex")}`, summary: "", body: "", topics: [] }),
  },
  "app/desk/briefs/actions/save-brief.ts#saveBriefAction": {
    kind: "guarded",
    domain: "updateBrief",
    expect: EDITORS,
    call: async (actor) => {
      const brief = await matrixBrief();
      return updateBrief(actor, {
        briefId: brief.id,
        baseVersion: brief.version,
        fields: { title: "Changed", slug: brief.slug, summary: "", body: "", topics: [] },
      });
    },
  },
  "app/desk/briefs/actions/restore-revision.ts#restoreRevisionAction": {
    kind: "guarded",
    domain: "restoreRevision",
    expect: EDITORS,
    call: async (actor) => {
      const brief = await matrixBrief();
      await db().$transaction(async (tx) => recordRevision(tx, { briefId: brief.id, authorId: (await buildUser(tx)).id, briefVersion: 1 }));
      return restoreRevision(actor, { briefId: brief.id, number: 1, baseVersion: 1 });
    },
  },
  // Workflow rows: a fresh draft is refused for workflow reasons (conflict, invalid,
  // not found), which happens only after the permission check let the caller in.
  "app/desk/briefs/actions/submit-for-review.ts#submitForReviewAction": {
    kind: "guarded",
    domain: "submitForReview",
    expect: EDITORS,
    call: async (actor) => submitForReview(actor, { briefId: (await matrixBrief()).id, baseVersion: 1 }),
  },
  "app/desk/briefs/actions/decide-review.ts#approveReviewAction": {
    kind: "guarded",
    domain: "approveReview",
    expect: EDITORS,
    call: (actor) => approveReview(actor, { reviewId: "no-such-review", checks: [] }),
  },
  "app/desk/briefs/actions/decide-review.ts#requestChangesAction": {
    kind: "guarded",
    domain: "requestChanges",
    expect: EDITORS,
    call: (actor) => requestChanges(actor, { reviewId: "no-such-review", message: "Please fix." }),
  },
  // comments: a fresh draft has no review to comment on, and no such comment exists
  "app/desk/briefs/actions/add-comment.ts#addCommentAction": {
    kind: "guarded",
    domain: "addComment",
    expect: EDITORS,
    call: async (actor) => addComment(actor, { briefId: (await matrixBrief()).id, body: "A comment in the matrix." }),
  },
  "app/desk/briefs/actions/reply-to-comment.ts#replyToCommentAction": {
    kind: "guarded",
    domain: "replyToComment",
    expect: EDITORS,
    call: (actor) => replyToComment(actor, { commentId: "no-such-comment", body: "A reply in the matrix." }),
  },
  "app/desk/briefs/actions/resolve-comment.ts#resolveCommentAction": {
    kind: "guarded",
    domain: "resolveComment",
    expect: EDITORS,
    call: (actor) => resolveComment(actor, { commentId: "no-such-comment" }),
  },
  "app/desk/briefs/actions/resolve-comment.ts#reopenCommentAction": {
    kind: "guarded",
    domain: "reopenComment",
    expect: EDITORS,
    call: (actor) => reopenComment(actor, { commentId: "no-such-comment" }),
  },
  "app/desk/briefs/actions/publish-brief.ts#publishBriefAction": {
    kind: "guarded",
    domain: "publishBrief",
    expect: EDITORS,
    call: async (actor) => publishBrief(actor, { briefId: (await matrixBrief()).id }),
  },
  "app/desk/briefs/actions/cancel-schedule.ts#cancelScheduleAction": {
    kind: "guarded",
    domain: "cancelSchedule",
    expect: EDITORS,
    call: async (actor) => cancelSchedule(actor, { briefId: (await matrixBrief()).id }),
  },
  "app/desk/admin/settings/actions/set-allow-self-approval.ts#setAllowSelfApprovalAction": {
    kind: "guarded",
    domain: "setAllowSelfApproval",
    expect: ADMIN_ONLY,
    // sets it to what it already is: allowed callers change nothing
    call: (actor) => setAllowSelfApproval(actor, false),
  },
  "app/desk/briefs/actions/delete-draft.ts#deleteDraftAction": {
    kind: "guarded",
    domain: "deleteDraft",
    expect: EDITORS,
    // a draft of the caller's own: authors may delete their drafts
    call: async (actor) =>
      deleteDraft(actor, {
        briefId: (
          await db().$transaction((tx) =>
            buildBrief(tx, { slug: `matrix-${randomBytes(6).toString("hex")}`, authorIds: actor ? [actor.id] : undefined }),
          )
        ).id,
      }),
  },
  "app/desk/briefs/actions/withdraw-brief.ts#withdrawBriefAction": {
    kind: "guarded",
    domain: "withdrawBrief",
    expect: EDITORS,
    call: async (actor) => withdrawBrief(actor, { briefId: (await matrixBrief()).id, reason: "A reason long enough." }),
  },
  "app/desk/inbox/actions/mark-inbox-read.ts#markInboxReadAction": {
    kind: "guarded",
    domain: "markInboxRead",
    expect: EDITORS,
    call: (actor) => markInboxRead(actor),
  },
  "app/desk/briefs/actions/check-slug.ts#checkSlugAction": {
    kind: "guarded",
    domain: "checkSlug",
    expect: EDITORS,
    call: (actor) => checkSlug(actor, { title: "Any title" }),
  },
  "app/desk/briefs/actions/preview-body.ts#previewBodyAction": {
    kind: "guarded",
    domain: "previewBody",
    expect: EDITORS,
    call: async (actor) => previewBody(actor, { briefId: (await matrixBrief()).id, body: "Body [@q1]" }),
  },
  "app/api/auth/[...nextauth]/route.ts#GET": { kind: "public", why: "next-auth: sign-in page data, CSRF token, session of the caller" },
  "app/api/auth/[...nextauth]/route.ts#POST": { kind: "public", why: "next-auth: sign in (throttled) and sign out" },
  "app/(reader)/feed.xml/[[...rest]]/route.ts#GET": { kind: "public", why: "the reader site's Atom feed: published briefs only" },
  "app/(reader)/topics/[slug]/feed.xml/route.ts#GET": { kind: "public", why: "a topic's Atom feed: published briefs only" },
  "app/(reader)/sitemap.xml/[[...rest]]/route.ts#GET": { kind: "public", why: "the sitemap index: addresses of public pages" },
  "app/api/health/route.ts#GET": { kind: "public", why: "load balancers: the process is alive; reveals nothing" },
  "app/api/ready/route.ts#GET": { kind: "public", why: "load balancers: the database answers and is migrated; reveals only that" },
  "app/desk/account/actions/update-name.ts#updateNameAction": {
    kind: "guarded",
    domain: "updateOwnName",
    expect: EDITORS,
    call: (actor) => updateOwnName(actor, { name: "Renamed In The Matrix" }),
  },
  "app/desk/account/actions/change-password.ts#changePasswordAction": {
    kind: "guarded",
    domain: "changeOwnPassword",
    expect: EDITORS,
    // to the same password, so that the matrix users keep the one they were made with
    call: (actor) =>
      changeOwnPassword(actor, {
        currentPassword: "a long enough password",
        newPassword: "a long enough password",
        confirmPassword: "a long enough password",
      }),
  },
  // user management (admins): each call acts on a fresh editor of its own
  "app/desk/admin/users/actions/invite-user.ts#inviteUserAction": {
    kind: "guarded",
    domain: "inviteUser",
    expect: ADMIN_ONLY,
    call: (actor) =>
      inviteUser(actor, {
        name: "Invited In The Matrix",
        email: `matrix-${randomBytes(4).toString("hex")}@briefdesk.test`,
        role: "editor",
      }),
  },
  "app/desk/admin/users/actions/change-user-role.ts#changeUserRoleAction": {
    kind: "guarded",
    domain: "changeUserRole",
    expect: ADMIN_ONLY,
    call: async (actor) => changeUserRole(actor, { userId: (await matrixTarget()).id, role: "admin" }),
  },
  "app/desk/admin/users/actions/deactivate-user.ts#deactivateUserAction": {
    kind: "guarded",
    domain: "deactivateUser",
    expect: ADMIN_ONLY,
    call: async (actor) => deactivateUser(actor, { userId: (await matrixTarget()).id }),
  },
  "app/desk/admin/users/actions/reactivate-user.ts#reactivateUserAction": {
    kind: "guarded",
    domain: "reactivateUser",
    expect: ADMIN_ONLY,
    call: async (actor) => reactivateUser(actor, { userId: (await matrixTarget({ active: false })).id }),
  },
  "app/desk/admin/users/actions/issue-password-reset.ts#issuePasswordResetAction": {
    kind: "guarded",
    domain: "issuePasswordReset",
    expect: ADMIN_ONLY,
    call: async (actor) => issuePasswordReset(actor, { userId: (await matrixTarget()).id }),
  },
  // the source registry: each call acts on a fresh source of its own
  "app/desk/sources/actions/propose-source.ts#proposeSourceAction": {
    kind: "guarded",
    domain: "proposeSource",
    expect: EDITORS,
    call: (actor) => proposeSource(actor, { name: "Proposed In The Matrix", kind: "outlet" }),
  },
  "app/desk/sources/actions/create-source.ts#createSourceAction": {
    kind: "guarded",
    domain: "createSource",
    expect: ADMIN_ONLY,
    call: (actor) => createSource(actor, { name: "Added In The Matrix", kind: "agency", reliability: "unrated" }),
  },
  "app/desk/sources/actions/update-source.ts#updateSourceAction": {
    kind: "guarded",
    domain: "updateSource",
    expect: ADMIN_ONLY,
    call: async (actor) =>
      updateSource(actor, {
        sourceId: (await db().$transaction((tx) => buildSource(tx))).id,
        name: "Renamed In The Matrix",
        kind: "outlet",
      }),
  },
  "app/desk/sources/actions/confirm-source.ts#confirmSourceAction": {
    kind: "guarded",
    domain: "confirmSource",
    expect: ADMIN_ONLY,
    call: async (actor) => {
      const proposed = await db().$transaction(async (tx) =>
        tx.source.update({ where: { id: (await buildSource(tx)).id }, data: { confirmed: false } }),
      );
      return confirmSource(actor, { sourceId: proposed.id });
    },
  },
  "app/desk/sources/actions/retire-source.ts#retireSourceAction": {
    kind: "guarded",
    domain: "retireSource",
    expect: ADMIN_ONLY,
    call: async (actor) => retireSource(actor, { sourceId: (await db().$transaction((tx) => buildSource(tx))).id }),
  },
  "app/desk/sources/actions/restore-source.ts#restoreSourceAction": {
    kind: "guarded",
    domain: "restoreSource",
    expect: ADMIN_ONLY,
    call: async (actor) => restoreSource(actor, { sourceId: (await db().$transaction((tx) => buildSource(tx))).id }),
  },
  "app/desk/sources/actions/delete-source.ts#deleteSourceAction": {
    kind: "guarded",
    domain: "deleteSource",
    expect: ADMIN_ONLY,
    call: async (actor) => deleteSource(actor, { sourceId: (await db().$transaction((tx) => buildSource(tx))).id }),
  },
  // documents (editors): each call acts on a fresh brief and document of its own
  "app/desk/documents/actions/add-document.ts#addDocumentAction": {
    kind: "guarded",
    domain: "addDocument",
    expect: EDITORS,
    call: async (actor) =>
      addDocument(actor, {
        // each call its own text: the same text twice is refused as a duplicate
        title: "Added In The Matrix",
        sourceId: (await db().$transaction((tx) => buildDocument(tx))).sourceId,
        capturedText: `( Captured in the matrix ${randomBytes(6).toString("hex")}. `,
      }),
  },
  "app/desk/documents/actions/attach-document.ts#attachDocumentAction": {
    kind: "guarded",
    domain: "attachDocument",
    expect: EDITORS,
    call: async (actor) =>
      attachDocument(
        actor,
        await db().$transaction(async (tx) => ({ briefId: (await buildBrief(tx)).id, documentId: (await buildDocument(tx)).id })),
      ),
  },
  "app/desk/documents/actions/detach-document.ts#detachDocumentAction": {
    kind: "guarded",
    domain: "detachDocument",
    expect: EDITORS,
    call: async (actor) =>
      detachDocument(
        actor,
        await db().$transaction(async (tx) => {
          const attached = { briefId: (await buildBrief(tx)).id, documentId: (await buildDocument(tx)).id };
          await citeDocument(tx, { ...attached, ref: "d1" });
          return attached;
        }),
      ),
  },
  // URL capture (editors): addresses on private networks, so an allowed call is refused
  // for its address (400) after the permission check, and nothing leaves the machine
  "app/desk/documents/capture/route.ts#POST": {
    kind: "guarded",
    domain: "capturePage",
    expect: EDITORS,
    call: (actor) => capturePage(actor, { url: "http://10.0.0.1/matrix" }),
  },
  "app/desk/documents/actions/capture-again.ts#captureAgainAction": {
    kind: "guarded",
    domain: "captureAgain",
    expect: EDITORS,
    call: async (actor) =>
      captureAgain(actor, { documentId: (await db().$transaction((tx) => buildDocument(tx, { url: "http://10.0.0.1/matrix" }))).id }),
  },
  "app/desk/documents/actions/propose-captured-source.ts#proposeCapturedSourceAction": {
    kind: "guarded",
    domain: "proposeCapturedSource",
    expect: EDITORS,
    call: (actor) => proposeCapturedSource(actor, { captureId: "no-such-capture" }),
  },
  "app/desk/documents/[id]/archived/route.ts#GET": {
    kind: "guarded",
    domain: "getArchivedCopy",
    expect: EDITORS,
    call: (actor) => getArchivedCopy(actor, "no-such-document"),
  },
  "app/(reader)/briefs/[slug]/documents/[ref]/archived/route.ts#GET": {
    kind: "public",
    why: "the archived copy of a page a visible publication cites, sandboxed; nothing for any other document",
  },
  // quotes and events (editors): each call acts on a fresh brief of its own (see matrixItems)
  "app/desk/briefs/[id]/actions/add-quote.ts#addQuoteAction": {
    kind: "guarded",
    domain: "addQuote",
    expect: EDITORS,
    call: async (actor) => addQuote(actor, { ...(await matrixItems()).quoteFields }),
  },
  "app/desk/briefs/[id]/actions/update-quote.ts#updateQuoteAction": {
    kind: "guarded",
    domain: "updateQuote",
    expect: EDITORS,
    call: async (actor) => {
      const { quoteFields, quoteId } = await matrixItems();
      return updateQuote(actor, { ...quoteFields, quoteId, context: "Edited in the matrix" });
    },
  },
  "app/desk/briefs/[id]/actions/move-quote.ts#moveQuoteAction": {
    kind: "guarded",
    domain: "moveQuote",
    expect: EDITORS,
    call: async (actor) => {
      const { briefId, quoteId } = await matrixItems();
      return moveQuote(actor, { briefId, quoteId, direction: "down" });
    },
  },
  "app/desk/briefs/[id]/actions/remove-quote.ts#removeQuoteAction": {
    kind: "guarded",
    domain: "removeQuote",
    expect: EDITORS,
    call: async (actor) => {
      const { briefId, quoteId } = await matrixItems();
      return removeQuote(actor, { briefId, quoteId });
    },
  },
  "app/desk/briefs/[id]/actions/add-event.ts#addEventAction": {
    kind: "guarded",
    domain: "addEvent",
    expect: EDITORS,
    call: async (actor) => addEvent(actor, { ...(await matrixItems()).eventFields }),
  },
  "app/desk/briefs/[id]/actions/update-event.ts#updateEventAction": {
    kind: "guarded",
    domain: "updateEvent",
    expect: EDITORS,
    call: async (actor) => {
      const { eventFields, eventId } = await matrixItems();
      return updateEvent(actor, { ...eventFields, eventId, place: "Edited in the matrix" });
    },
  },
  "app/desk/briefs/[id]/actions/remove-event.ts#removeEventAction": {
    kind: "guarded",
    domain: "removeEvent",
    expect: EDITORS,
    call: async (actor) => {
      const { briefId, eventId } = await matrixItems();
      return removeEvent(actor, { briefId, eventId });
    },
  },
  // API tokens: each user makes and revokes their own (someone else's token is not found)
  "app/desk/account/tokens/actions/create-api-token.ts#createApiTokenAction": {
    kind: "guarded",
    domain: "createApiToken",
    expect: EDITORS,
    call: (actor) => createApiToken(actor, { name: "Matrix token" }),
  },
  "app/desk/account/tokens/actions/revoke-api-token.ts#revokeApiTokenAction": {
    kind: "guarded",
    domain: "revokeApiToken",
    expect: EDITORS,
    call: (actor) => revokeApiToken(actor, { tokenId: "no-such-token" }),
  },
  // Webhooks: admins only (settings.manage); unknown ids are "not found" after the check
  "app/desk/admin/webhooks/actions/create-webhook-endpoint.ts#createWebhookEndpointAction": {
    kind: "guarded",
    domain: "createWebhookEndpoint",
    expect: ADMIN_ONLY,
    call: (actor) => createWebhookEndpoint(actor, { url: "http://127.0.0.1:9/matrix", events: ["brief.published"] }),
  },
  "app/desk/admin/webhooks/actions/set-webhook-endpoint-active.ts#setWebhookEndpointActiveAction": {
    kind: "guarded",
    domain: "setWebhookEndpointActive",
    expect: ADMIN_ONLY,
    call: (actor) => setWebhookEndpointActive(actor, { endpointId: "no-such-endpoint", active: false }),
  },
  "app/desk/admin/webhooks/actions/delete-webhook-endpoint.ts#deleteWebhookEndpointAction": {
    kind: "guarded",
    domain: "deleteWebhookEndpoint",
    expect: ADMIN_ONLY,
    call: (actor) => deleteWebhookEndpoint(actor, { endpointId: "no-such-endpoint" }),
  },
  "app/desk/admin/webhooks/actions/resend-webhook-delivery.ts#resendWebhookDeliveryAction": {
    kind: "guarded",
    domain: "resendWebhookDelivery",
    expect: ADMIN_ONLY,
    call: (actor) => resendWebhookDelivery(actor, { deliveryId: "no-such-delivery" }),
  },
  // The JSON API. Public reads serve publications only; the editorial routes act as the
  // bearer token's user (lib/api/route.ts: the token's user, read again, is the actor)
  // and call the same domain functions as the desk, so their rows are the desk's.
  "app/api/v1/briefs/route.ts#GET": { kind: "public", why: "API: published briefs only (the reader visibility rule)" },
  "app/api/v1/briefs/[slug]/route.ts#GET": { kind: "public", why: "API: a brief's latest visible publication, or its withdrawal notice" },
  "app/api/v1/topics/route.ts#GET": { kind: "public", why: "API: topics of published briefs" },
  "app/api/v1/sources/route.ts#GET": { kind: "public", why: "API: the confirmed source registry, public on the reader site" },
  "app/api/v1/openapi.json/route.ts#GET": { kind: "public", why: "API: the OpenAPI document, no data" },
  "app/api/v1/desk/briefs/route.ts#POST": {
    kind: "guarded",
    domain: "createBrief",
    expect: EDITORS,
    call: (actor) => createBrief(actor, { title: "Matrix API", summary: "", body: "", topics: [] }),
  },
  "app/api/v1/desk/briefs/[id]/route.ts#PATCH": {
    kind: "guarded",
    domain: "updateBrief",
    expect: EDITORS,
    call: async (actor) => {
      const brief = await matrixBrief();
      return updateBrief(actor, {
        briefId: brief.id,
        baseVersion: brief.version,
        fields: { title: "Changed by API", slug: brief.slug, summary: "", body: "", topics: [] },
      });
    },
  },
  "app/api/v1/desk/documents/route.ts#POST": {
    kind: "guarded",
    domain: "addDocument",
    expect: EDITORS,
    call: async (actor) =>
      addDocument(actor, {
        title: "Added through the API",
        sourceId: (await db().$transaction((tx) => buildDocument(tx))).sourceId,
        capturedText: "Captured through the API.",
      }),
  },
  "app/api/v1/desk/briefs/[id]/documents/route.ts#POST": {
    kind: "guarded",
    domain: "attachDocument",
    expect: EDITORS,
    call: async (actor) =>
      attachDocument(
        actor,
        await db().$transaction(async (tx) => ({ briefId: (await buildBrief(tx)).id, documentId: (await buildDocument(tx)).id })),
      ),
  },
  "app/api/v1/desk/briefs/[id]/quotes/route.ts#POST": {
    kind: "guarded",
    domain: "addQuote",
    expect: EDITORS,
    call: async (actor) => addQuote(actor, { ...(await matrixItems()).quoteFields }),
  },
  "app/api/v1/desk/briefs/[id]/events/route.ts#POST": {
    kind: "guarded",
    domain: "addEvent",
    expect: EDITORS,
    call: async (actor) => addEvent(actor, { ...(await matrixItems()).eventFields }),
  },
  "app/api/v1/desk/briefs/[id]/submit/route.ts#POST": {
    kind: "guarded",
    domain: "submitForReview",
    expect: EDITORS,
    call: async (actor) => submitForReview(actor, { briefId: (await matrixBrief()).id, baseVersion: 1 }),
  },
  "app/api/v1/desk/reviews/[id]/decision/route.ts#POST": {
    kind: "guarded",
    domain: "approveReview",
    expect: EDITORS,
    call: (actor) => approveReview(actor, { reviewId: "no-such-review", checks: [] }),
  },
  "app/api/v1/desk/briefs/[id]/publish/route.ts#POST": {
    kind: "guarded",
    domain: "publishBrief",
    expect: EDITORS,
    call: async (actor) => publishBrief(actor, { briefId: (await matrixBrief()).id }),
  },
  "app/api/v1/desk/briefs/[id]/withdraw/route.ts#POST": {
    kind: "guarded",
    domain: "withdrawBrief",
    expect: EDITORS,
    call: async (actor) => withdrawBrief(actor, { briefId: (await matrixBrief()).id, reason: "A reason long enough." }),
  },
  // extraction candidates (editors): each call decides a candidate of a fresh brief's document
  // the brief editor's side panel (issue 16)
  "app/desk/briefs/[id]/actions/open-panel-document.ts#openPanelDocumentAction": {
    kind: "guarded",
    domain: "openPanelDocument",
    expect: EDITORS,
    call: async (actor) => openPanelDocument(actor, await matrixCandidate()),
  },
  "app/desk/briefs/[id]/actions/suggest-passage-quote.ts#suggestPassageQuoteAction": {
    kind: "guarded",
    domain: "suggestPassageQuote",
    expect: EDITORS,
    call: async (actor) => suggestPassageQuote(actor, { ...(await matrixCandidate()), start: 1, end: 13 }),
  },
  "app/desk/briefs/[id]/actions/quote-passage.ts#quotePassageAction": {
    kind: "guarded",
    domain: "quotePassage",
    expect: EDITORS,
    call: async (actor) =>
      quotePassage(actor, { ...(await matrixCandidate()), start: 1, end: 13, text: "We are ready", speakerName: "Ana Ruiz" }),
  },
  "app/desk/briefs/[id]/actions/find-documents.ts#findDocumentsAction": {
    kind: "guarded",
    domain: "listDocuments",
    expect: EDITORS,
    call: (actor) => listDocuments(actor, { query: "matrix", limit: 10 }),
  },
  "app/desk/briefs/[id]/actions/add-panel-document.ts#addPanelDocumentAction": {
    kind: "guarded",
    domain: "addDocument",
    expect: EDITORS,
    call: async (actor) =>
      addDocument(actor, {
        title: "Pasted In The Panel",
        sourceId: (await db().$transaction((tx) => buildDocument(tx))).sourceId,
        capturedText: `Pasted in the matrix ${randomBytes(6).toString("hex")}.`,
        briefId: (await matrixBrief()).id,
      }),
  },
  "app/desk/documents/actions/attach-existing-document.ts#attachExistingDocumentAction": {
    kind: "guarded",
    domain: "attachDocument",
    expect: EDITORS,
    call: async (actor) =>
      attachDocument(
        actor,
        await db().$transaction(async (tx) => ({ briefId: (await buildBrief(tx)).id, documentId: (await buildDocument(tx)).id })),
      ),
  },
  "app/desk/documents/actions/propose-publisher.ts#proposePublisherAction": {
    kind: "guarded",
    domain: "proposeSource",
    expect: EDITORS,
    call: (actor) =>
      proposeSource(actor, { name: `Proposed From The Document Form ${randomBytes(4).toString("hex")}`, kind: "outlet", homepageUrl: "" }),
  },
  "app/desk/briefs/[id]/actions/accept-candidate.ts#acceptCandidateAction": {
    kind: "guarded",
    domain: "acceptCandidate",
    expect: EDITORS,
    call: async (actor) =>
      acceptCandidate(actor, { ...(await matrixCandidate()), fields: { text: "We are ready", speakerName: "Ana Ruiz" } }),
  },
  "app/desk/briefs/[id]/actions/reject-candidate.ts#rejectCandidateAction": {
    kind: "guarded",
    domain: "rejectCandidate",
    expect: EDITORS,
    call: async (actor) => rejectCandidate(actor, await matrixCandidate()),
  },
  // claims (editors): each call acts on a fresh brief's claim c1
  "app/desk/briefs/[id]/actions/add-claim.ts#addClaimAction": {
    kind: "guarded",
    domain: "addClaim",
    expect: EDITORS,
    call: async (actor) => addClaim(actor, (await matrixClaim()).claimFields),
  },
  "app/desk/briefs/[id]/actions/update-claim.ts#updateClaimAction": {
    kind: "guarded",
    domain: "updateClaim",
    expect: EDITORS,
    call: async (actor) => {
      const { claimId, claimFields } = await matrixClaim();
      return updateClaim(actor, { ...claimFields, claimId, conclusion: "Changed in the matrix." });
    },
  },
  "app/desk/briefs/[id]/actions/remove-claim.ts#removeClaimAction": {
    kind: "guarded",
    domain: "removeClaim",
    expect: EDITORS,
    call: async (actor) => {
      const { briefId, claimId } = await matrixClaim();
      return removeClaim(actor, { briefId, claimId });
    },
  },
  // the verdict scale (admins): each call acts on a fresh rating of its own
  "app/desk/admin/verdicts/actions/create-verdict-rating.ts#createVerdictRatingAction": {
    kind: "guarded",
    domain: "createVerdictRating",
    expect: ADMIN_ONLY,
    call: (actor) =>
      createVerdictRating(actor, { name: `Matrix ${randomBytes(4).toString("hex")}`, definition: "Made in the matrix.", value: 1 }),
  },
  "app/desk/admin/verdicts/actions/update-verdict-rating.ts#updateVerdictRatingAction": {
    kind: "guarded",
    domain: "updateVerdictRating",
    expect: ADMIN_ONLY,
    call: async (actor) =>
      updateVerdictRating(actor, {
        ratingId: (await matrixRating()).id,
        name: `Matrix ${randomBytes(4).toString("hex")}`,
        definition: "Changed.",
        value: 2,
      }),
  },
  "app/desk/admin/verdicts/actions/move-verdict-rating.ts#moveVerdictRatingAction": {
    kind: "guarded",
    domain: "moveVerdictRating",
    expect: ADMIN_ONLY,
    call: async (actor) => moveVerdictRating(actor, { ratingId: (await matrixRating()).id, direction: "down" }),
  },
  "app/desk/admin/verdicts/actions/retire-verdict-rating.ts#retireVerdictRatingAction": {
    kind: "guarded",
    domain: "setVerdictRatingRetired",
    expect: ADMIN_ONLY,
    call: async (actor) => setVerdictRatingRetired(actor, { ratingId: (await matrixRating()).id, retired: true }),
  },
  "app/desk/admin/verdicts/actions/delete-verdict-rating.ts#deleteVerdictRatingAction": {
    kind: "guarded",
    domain: "deleteVerdictRating",
    expect: ADMIN_ONLY,
    call: async (actor) => deleteVerdictRating(actor, { ratingId: (await matrixRating()).id }),
  },
  "app/desk/admin/verdicts/actions/set-verdict-mode.ts#setVerdictModeAction": {
    kind: "guarded",
    domain: "setVerdictMode",
    expect: ADMIN_ONLY,
    // sets it to what it already is: allowed callers change nothing
    call: (actor) => setVerdictMode(actor, "scale"),
  },
  "app/(reader)/corrections/feed.xml/[[...rest]]/route.ts#GET": {
    kind: "public",
    why: "the corrections Atom feed: public corrections and withdrawals of published briefs only",
  },
  "app/(reader)/briefs/[slug]/timeline.json/route.ts#GET": {
    kind: "public",
    why: "a published brief's timeline as TimelineJS JSON: the publication readers see, never a draft",
  },
  "app/(auth)/set-password/[token]/actions/set-password.ts#setPasswordAction": {
    kind: "public",
    why: "whoever holds a one-time set-password link: the token is the authority (setPasswordWithToken requires it unused, unexpired and of an active user)",
  },
};

/** A fresh brief citing a document (d1), with quotes q1 and q2 and event e1 on it, and valid form input for each. */
async function matrixItems() {
  return db().$transaction(async (tx) => {
    const briefId = (await buildBrief(tx)).id;
    const documentId = (await buildDocument(tx, { capturedText: "Said in the matrix." })).id;
    await citeDocument(tx, { briefId, documentId, ref: "d1" });
    const quoteFields = { briefId, documentId, text: "Said in the matrix.", speakerName: "Matrix Speaker" };
    const eventFields = {
      briefId,
      documentIds: [documentId],
      description: "Happened in the matrix",
      date: "2022-06-12",
      precision: "day" as const,
    };
    const quote = await buildQuote(tx, { ...quoteFields, ref: "q1" });
    await buildQuote(tx, { ...quoteFields, ref: "q2" });
    const event = await buildEvent(tx, { ...eventFields, ref: "e1" });
    return { briefId, quoteId: quote.id, eventId: event.id, quoteFields, eventFields };
  });
}

/** A fresh brief citing a document whose text proposes one quote, and that candidate's key. */
async function matrixCandidate() {
  return db().$transaction(async (tx) => {
    const briefId = (await buildBrief(tx)).id;
    const text = "“We are ready,” said Ana Ruiz.";
    const documentId = (await buildDocument(tx, { capturedText: text })).id;
    await citeDocument(tx, { briefId, documentId, ref: "d1" });
    return { briefId, documentId, candidateKey: `quote:1-${text.indexOf("”")}` };
  });
}

/** A fresh brief citing a document (d1) with a claim c1, and valid form input for a claim. */
async function matrixClaim() {
  return db().$transaction(async (tx) => {
    const briefId = (await buildBrief(tx)).id;
    const documentId = (await buildDocument(tx)).id;
    await citeDocument(tx, { briefId, documentId, ref: "d1" });
    const claim = await buildClaim(tx, { briefId, ref: "c1", documentId });
    const claimFields = {
      briefId,
      documentId,
      text: "Claimed in the matrix.",
      speakerName: "Matrix Claimant",
      ratingId: "verdict-true",
      conclusion: "Checked.",
    };
    return { briefId, claimId: claim.id, claimFields };
  });
}

/** A rating nobody uses, for an admin action to act on. */
function matrixRating() {
  return db().verdictRating.create({
    data: { name: `Matrix ${randomBytes(6).toString("hex")}`, definition: "For the matrix.", value: 1, position: 1000 },
  });
}

/** A user for an admin action to act on. */
function matrixTarget(overrides: { active?: boolean } = {}) {
  return db().$transaction((tx) => buildUser(tx, overrides));
}
