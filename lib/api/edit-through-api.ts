// Editorial API requests that the desk's domain functions take in another shape: the
// brief's id comes from the path, the optimistic-locking field is called `version`,
// and a PATCH gives only the fields that change. Each calls exactly one domain
// function, so every rule (permission, checks, four-eyes, hash binding) is the desk's.
import type { Actor } from "@/lib/auth/policy";
import { readBriefFields } from "@/lib/briefs/brief-fields";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { authorize } from "@/lib/auth/authorize";
import { versionField } from "./schemas";
import { z } from "zod";

/** A request's JSON body: an object (tokenRoute refuses anything else). */
type JsonObject = Record<string, unknown>;

/** The body with the path's ids over anything the body says. */
export function withPath(body: JsonObject, ids: Record<string, string>): JsonObject {
  return { ...body, ...ids };
}

/** `version` as the domain's `baseVersion`. */
export function withBaseVersion(body: JsonObject, ids: Record<string, string>): JsonObject {
  const { version, ...rest } = body;
  return { ...rest, baseVersion: version, ...ids };
}

/**
 * The input for updateBrief from a PATCH: the saved fields with the given ones over
 * them, based on the version the caller names. If the brief moved on since that
 * version, updateBrief refuses with a conflict, so reading the saved fields first
 * never lets a stale change through.
 */
export async function patchBriefInput(actor: Actor | null, briefId: string, body: JsonObject) {
  const { version } = parseInput(z.object({ version: versionField }), body);
  const current = await db().$transaction(async (tx) => {
    await authorize(tx, actor, "desk.use");
    if (!(await tx.brief.findUnique({ where: { id: briefId }, select: { id: true } })))
      throw new AppError("not_found", "There is no such brief.");
    return readBriefFields(tx, briefId);
  });
  const { title, slug, summary, body: text, topics } = current;
  const given = body;
  const pick = <K extends string>(key: K, saved: unknown) => (key in given ? given[key] : saved);
  return {
    briefId,
    baseVersion: version,
    fields: {
      title: pick("title", title),
      slug: pick("slug", slug),
      summary: pick("summary", summary),
      body: pick("body", text),
      topics: pick("topics", topics),
    },
  };
}
