import type { ReactNode } from "react";
import { DeskHeader } from "@/components/layout/desk-header";
import { getActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/policy";
import { countUnread } from "@/lib/inbox/get-inbox";

// The header only; every desk page checks who may see it itself.
export default async function DeskLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  const unread = actor ? await countUnread(actor) : 0;
  return (
    <div className="desk">
      {actor && <DeskHeader name={actor.name} isAdmin={can(actor, "users.manage")} unread={unread} />}
      <main id="main">{children}</main>
    </div>
  );
}
