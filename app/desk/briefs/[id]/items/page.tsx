import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimPanel } from "@/components/claims/claim-panel";
import { EventPanel } from "@/components/events/event-panel";
import { QuotePanel } from "@/components/quotes/quote-panel";
import { requireActor } from "@/lib/auth/require-actor";
import { loadClaimPanel } from "@/lib/claims/load-claim-panel";
import { isAppError } from "@/lib/errors";
import { loadEventPanel } from "@/lib/events/load-event-panel";
import { loadQuotePanel } from "@/lib/quotes/load-quote-panel";
import { addClaimAction } from "../actions/add-claim";
import { addEventAction } from "../actions/add-event";
import { removeClaimAction } from "../actions/remove-claim";
import { updateClaimAction } from "../actions/update-claim";
import { addQuoteAction } from "../actions/add-quote";
import { moveQuoteAction } from "../actions/move-quote";
import { removeEventAction } from "../actions/remove-event";
import { removeQuoteAction } from "../actions/remove-quote";
import { updateEventAction } from "../actions/update-event";
import { updateQuoteAction } from "../actions/update-quote";

export const metadata: Metadata = { title: "Quotes, events and claims" };

type Props = { params: Promise<{ id: string }> };

const quoteActions = { add: addQuoteAction, update: updateQuoteAction, move: moveQuoteAction, remove: removeQuoteAction };
const eventActions = { add: addEventAction, update: updateEventAction, remove: removeEventAction };
const claimActions = { add: addClaimAction, update: updateClaimAction, remove: removeClaimAction };

export default async function BriefItemsPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor({ from: `/desk/briefs/${id}/items` });
  const [quotes, events, claims] = await Promise.all([
    loadQuotePanel(actor, id),
    loadEventPanel(actor, id),
    loadClaimPanel(actor, id),
  ]).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });

  return (
    <div className="brief-items">
      <p className="meta">
        <Link href={`/desk/briefs/${id}`}>Back to the editor</Link>
      </p>
      <h1>Quotes, events and claims</h1>
      <QuotePanel {...quotes} actions={quoteActions} />
      <EventPanel {...events} actions={eventActions} />
      <ClaimPanel {...claims} actions={claimActions} />
    </div>
  );
}
