"use server";

import { checkSlug } from "@/lib/briefs/check-slug";
import { deskCall } from "@/lib/forms/desk-action";

/** As the editor types: the slug a title suggests, and whether it is free; a failure says so. */
export const checkSlugAction = deskCall(checkSlug, { success: (check) => ({ status: "ok" as const, ...check }) });
