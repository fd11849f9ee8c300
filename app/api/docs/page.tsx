import type { Metadata } from "next";
import { connection } from "next/server";
import { ApiReference } from "@/components/api/api-reference";
import { openApiDocument } from "@/lib/api/openapi-document";

export const metadata: Metadata = { title: "API reference" };

export default async function ApiDocsPage() {
  // Rendered for each request, never cached: its scripts carry this request's nonce
  // (proxy.ts), and a cached copy would carry the nonce of the first one.
  await connection();
  return <ApiReference document={openApiDocument()} />;
}
