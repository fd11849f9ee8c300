import { z } from "zod";
import { WEBHOOK_EVENTS } from "./events";

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64);

// Any http(s) URL, including private and loopback addresses: endpoints are registered
// by admins only, and an internal receiver is a legitimate choice. The SSRF exposure
// that leaves (an admin can make the server POST to its own network) is documented
// in the README; redirects are not followed.
export const webhookUrlSchema = z.string({ error: "Give the receiver's URL." }).trim()
  .min(1, "Give the receiver's URL.").max(2000, "Use at most 2000 characters.")
  .refine((value) => URL.canParse(value) && ["http:", "https:"].includes(new URL(value).protocol), "Give an http:// or https:// URL.")
  .refine((value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password), "Leave credentials out of the URL.");

export const createWebhookEndpointSchema = z.object({
  url: webhookUrlSchema,
  events: z.array(z.enum(WEBHOOK_EVENTS, { error: "Choose events from the list." }), { error: "Choose at least one event." })
    .min(1, "Choose at least one event.").transform((events) => [...new Set(events)]),
});

export const setWebhookEndpointActiveSchema = z.object({ endpointId: id("Choose an endpoint."), active: z.boolean() });
export const deleteWebhookEndpointSchema = z.object({ endpointId: id("Choose an endpoint.") });
export const resendWebhookDeliverySchema = z.object({ deliveryId: id("Choose a delivery.") });
