"use server";

import { deskCall } from "@/lib/forms/desk-action";
import { proposeSource } from "@/lib/sources/propose-source";

/** The document form's "Propose a new publisher": the source is proposed (unconfirmed) and handed back to be chosen. */
export const proposePublisherAction = deskCall(proposeSource, {
  revalidate: () => ["/desk/sources"],
  success: (source) => ({ status: "ok" as const, value: { id: source.id, name: source.name, kind: source.kind, confirmed: false } }),
});
