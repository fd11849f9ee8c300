import { z } from "zod";
import { env } from "@/lib/env";
import { classifyUrlHost } from "@/lib/security/public-address";
import { WEBHOOK_EVENTS } from "./events";

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64);

// An http(s) URL on a public address: a literal private, loopback or link-local address
// (in any spelling the URL parser accepts) or `localhost` is refused here, and host names
// are checked after resolution at every delivery (lib/security/public-address.ts).
// Internal receivers need BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE=on. Redirects are not followed.
export const webhookUrlSchema = z
  .string({ error: "Give the receiver's URL." })
  .trim()
  .min(1, "Give the receiver's URL.")
  .max(2000, "Use at most 2000 characters.")
  .refine((value) => URL.canParse(value) && ["http:", "https:"].includes(new URL(value).protocol), "Give an http:// or https:// URL.")
  .refine((value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password), "Leave credentials out of the URL.")
  .refine(
    (value) => env().BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE === "on" || classifyUrlHost(value) !== "private",
    "Give a receiver on a public address: loopback, private and link-local addresses are refused unless the server allows them (BRIEFDESK_WEBHOOKS_ALLOW_PRIVATE).",
  );

export const createWebhookEndpointSchema = z.object({
  url: webhookUrlSchema,
  events: z
    .array(z.enum(WEBHOOK_EVENTS, { error: "Choose events from the list." }), { error: "Choose at least one event." })
    .min(1, "Choose at least one event.")
    .transform((events) => [...new Set(events)]),
});

export const setWebhookEndpointActiveSchema = z.object({ endpointId: id("Choose an endpoint."), active: z.boolean() });
export const deleteWebhookEndpointSchema = z.object({ endpointId: id("Choose an endpoint.") });
export const resendWebhookDeliverySchema = z.object({ deliveryId: id("Choose a delivery.") });
