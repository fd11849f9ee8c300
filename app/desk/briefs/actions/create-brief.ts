"use server";

import { createBrief } from "@/lib/briefs/create-brief";
import { deskAction } from "@/lib/forms/desk-action";
import { newBriefFromForm } from "@/lib/forms/form-inputs";

export const createBriefAction = deskAction(createBrief, { fromForm: newBriefFromForm, redirect: ({ id }) => `/desk/briefs/${id}` });
