import type { Metadata } from "next";
import { NewBriefForm } from "@/components/briefs/new-brief-form";
import { requireActor } from "@/lib/auth/require-actor";
import { checkSlugAction } from "../actions/check-slug";
import { createBriefAction } from "../actions/create-brief";

export const metadata: Metadata = { title: "New brief" };

export default async function NewBriefPage() {
  await requireActor({ from: "/desk/briefs/new" });
  return (
    <>
      <h1>New brief</h1>
      <NewBriefForm action={createBriefAction} checkSlug={checkSlugAction} />
    </>
  );
}
