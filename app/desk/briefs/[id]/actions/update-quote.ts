"use server";

import { updateQuote } from "@/lib/quotes/update-quote";
import { deskAction } from "@/lib/forms/desk-action";
import { quoteFromForm } from "@/lib/forms/form-inputs";
import { itemPages, quoteSaved } from "./item-pages";

export const updateQuoteAction = deskAction(updateQuote, {
  fromForm: quoteFromForm,
  revalidate: ({ quote }) => itemPages(quote.briefId),
  success: ({ quote }) => quoteSaved(quote, "saved"),
});
