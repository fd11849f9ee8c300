// For desk pages: the signed-in actor, or a redirect to /signin that brings them
// back to `from` afterwards; with `permission`, a 403 page for those without it.
// This decides what a page renders; the domain functions it calls check again.
import { forbidden, redirect } from "next/navigation";
import { getActor } from "./get-actor";
import { can, type Actor, type Permission } from "./policy";

export async function requireActor({ from, permission = "desk.use" }: { from: string; permission?: Permission }): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(from)}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}
