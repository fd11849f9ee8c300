import type { Metadata } from "next";
import { ApiReference } from "@/components/api/api-reference";
import { openApiDocument } from "@/lib/api/openapi-document";

export const metadata: Metadata = { title: "API reference" };

export default function ApiDocsPage() {
  return <ApiReference document={openApiDocument()} />;
}
