// Saving the brief form (by hand or by autosave). A save based on an older version is
// merged field by field with what is saved now (lib/briefs/merge-fields.ts): it is
// refused only for a field that both changed, so edits to other fields, or to quotes
// and events meanwhile, are kept and never overwritten by it.
import type { z } from "zod";
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { parseInput, type UseCaseInput } from "@/lib/validation";
import { changedFields, FIELD_LABELS, readBriefFields, slugTaken, writeTopics } from "./brief-fields";
import { slugTakenError } from "./create-brief";
import { editBrief } from "./edit-brief";
import { mergeFields, type FieldMerge } from "./merge-fields";
import { updateBriefSchema, type BriefFields } from "./schemas";

export { updateBriefSchema } from "./schemas";
export type UpdateBriefInput = UseCaseInput<typeof updateBriefSchema>;
export type UpdateBriefResult = SaveResult;

/** What a refused save learns: who saved meanwhile, the fields both changed, what is saved now. */
export type BriefConflictDetails = {
  version: number;
  editedBy: string;
  /** the last save was this user's own, in another tab or window */
  self: boolean;
  editedAt: string;
  changed: (keyof BriefFields)[];
  fields: BriefFields;
  /** the body with both changes, when they touch different lines */
  mergedBody?: string;
};

/** What the editor's save action answers (app/desk/briefs/actions/save-brief.ts). */
export type SaveBriefState =
  | { status: "saved"; version: number; savedAt: string; changed: boolean; fields: BriefFields }
  | { status: "error"; message: string; fieldErrors: Record<string, string[]>; conflict?: BriefConflictDetails };

/** `fields`: what is saved now, with other saves' changes to fields this one left alone. */
export type SaveResult = { version: number; saved: boolean; savedAt: string; fields: BriefFields };

const briefFields = ({ title, slug, summary, body, topics }: BriefFields): BriefFields => ({ title, slug, summary, body, topics });

export async function updateBrief(actor: Actor | null, input: UpdateBriefInput): Promise<UpdateBriefResult> {
  let merged: FieldMerge | undefined;
  try {
    return await db().$transaction(async (tx) => {
      const me = await authorize(tx, actor, "desk.use");
      const data = parseInput(updateBriefSchema, input);
      const current = await readBriefFields(tx, data.briefId);
      merged = data.base && current.version !== data.baseVersion ? mergeFields(data.base, data.fields, current) : undefined;
      // Nothing in common to settle: the save is based on what is saved now.
      const baseVersion = merged && merged.conflicts.length === 0 ? current.version : data.baseVersion;
      const fields = merged && merged.conflicts.length === 0 ? merged.fields : data.fields;
      if (changedFields(fields, current).length === 0) {
        return { version: current.version, saved: false, savedAt: new Date().toISOString(), fields: briefFields(current) };
      }

      if (current.published && fields.slug !== current.slug) {
        throw new AppError("invalid", "Please correct the highlighted fields.", {
          slug: ["This brief has been published: its address stays the same."],
        });
      }
      if (await slugTaken(tx, fields.slug, data.briefId)) throw slugTakenError();

      const { version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id, baseVersion, autosave: data.autosave }, async () => {
        const { topics, ...columns } = fields;
        await tx.brief.update({ where: { id: data.briefId }, data: columns });
        await writeTopics(tx, data.briefId, topics);
      });
      return { version, saved: true, savedAt: new Date().toISOString(), fields: briefFields(fields) };
    });
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") throw await explainConflict(error, input, merged);
    throw error;
  }
}

/**
 * Adds to a conflict the fields both saves changed, the values now saved, and for the
 * body a merged text when the two changes touch different lines.
 */
async function explainConflict(error: AppError, input: unknown, merged: FieldMerge | undefined): Promise<AppError> {
  const briefId = (input as { briefId?: string }).briefId;
  if (!briefId || !error.details) return error;
  const current = await db().$transaction((tx) => readBriefFields(tx, briefId));
  const both = merged?.conflicts ?? [];
  const self = (error.details as { self?: boolean }).self;
  const what = both.length ? ` ${self ? "There you" : "They"} changed the ${both.map((f) => FIELD_LABELS[f]).join(", ")}.` : "";
  const details: BriefConflictDetails = {
    ...(error.details as Pick<BriefConflictDetails, "version" | "editedBy" | "self" | "editedAt">),
    changed: both,
    fields: briefFields(current),
    mergedBody: merged?.mergedBody,
  };
  return new AppError("conflict", error.message.replace(" Nothing of yours", `${what} Nothing of yours`), {}, undefined, details);
}
