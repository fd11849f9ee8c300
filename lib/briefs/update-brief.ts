// Saving the brief form (by hand or by autosave). A save based on an older version
// is refused only if someone else changed a field this editor had loaded: edits to
// quotes or events meanwhile, or to other fields, are not overwritten by it.
import { authorize } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { changedFields, FIELD_LABELS, readBriefFields, slugTaken, writeTopics } from "./brief-fields";
import { slugTakenError } from "./create-brief";
import { editBrief } from "./edit-brief";
import { updateBriefSchema, type BriefFields } from "./schemas";

export type SaveResult = { version: number; saved: boolean; savedAt: string };

export async function updateBrief(actor: Actor | null, input: unknown): Promise<SaveResult> {
  let base: Partial<BriefFields> | undefined;
  try {
    return await db().$transaction(async (tx) => {
      const me = await authorize(tx, actor, "desk.use");
      const data = parseInput(updateBriefSchema, input);
      base = data.base;
      const current = await readBriefFields(tx, data.briefId);
      if (changedFields(data.fields, current).length === 0) {
        return { version: current.version, saved: false, savedAt: new Date().toISOString() };
      }
      const untouchedByOthers = data.base && changedFields(data.base, current).length === 0;
      const baseVersion = untouchedByOthers ? current.version : data.baseVersion;

      if (current.published && data.fields.slug !== current.slug) {
        throw new AppError("invalid", "Please correct the highlighted fields.", {
          slug: ["This brief has been published: its address stays the same."],
        });
      }
      if (await slugTaken(tx, data.fields.slug, data.briefId)) throw slugTakenError();

      const { version } = await editBrief(tx, { briefId: data.briefId, actorId: me.id, baseVersion, autosave: data.autosave }, async () => {
        const { topics, ...fields } = data.fields;
        await tx.brief.update({ where: { id: data.briefId }, data: fields });
        await writeTopics(tx, data.briefId, topics);
      });
      return { version, saved: true, savedAt: new Date().toISOString() };
    });
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") throw await explainConflict(error, input, base);
    throw error;
  }
}

/** Adds to a conflict what the other editor changed and the values now saved, for merging. */
async function explainConflict(error: AppError, input: unknown, base: Partial<BriefFields> | undefined): Promise<AppError> {
  const briefId = (input as { briefId?: string }).briefId;
  if (!briefId || !error.details) return error;
  const current = await db().$transaction((tx) => readBriefFields(tx, briefId));
  const theirs = base ? changedFields(base, current) : [];
  const what = theirs.length ? ` They changed the ${theirs.map((f) => FIELD_LABELS[f]).join(", ")}.` : "";
  const fields: BriefFields = { title: current.title, slug: current.slug, summary: current.summary, body: current.body, topics: current.topics };
  return new AppError("conflict", error.message.replace(" Nothing of yours", `${what} Nothing of yours`), {}, undefined, {
    ...(error.details as object),
    changed: theirs,
    fields,
  });
}
