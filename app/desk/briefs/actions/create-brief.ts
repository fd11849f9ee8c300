"use server";

import { createBrief } from "@/lib/briefs/create-brief";
import { deskAction } from "@/lib/forms/desk-action";

export const createBriefAction = deskAction(createBrief, {
  fromForm: (form) => ({
    title: form.text("title"),
    slug: form.text("slug"),
    summary: form.text("summary"),
    body: form.text("body"),
    topics: form.text("topics"),
  }),
  redirect: ({ id }) => `/desk/briefs/${id}`,
});
