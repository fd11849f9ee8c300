"use server";

import { addQuote } from "@/lib/quotes/add-quote";
import { deskAction } from "@/lib/forms/desk-action";
import { quoteFromForm } from "@/lib/forms/form-inputs";
import { itemPages, quoteSaved } from "./item-pages";

export const addQuoteAction = deskAction(addQuote, {
  fromForm: quoteFromForm,
  revalidate: ({ quote }) => itemPages(quote.briefId),
  success: ({ quote }) => quoteSaved(quote, "added"),
});
