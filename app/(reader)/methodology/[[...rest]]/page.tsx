// /methodology: the verdict scale readers are rated against. An optional catch-all,
// so that it is rendered on its first request (it reads the database) and cached,
// not prerendered at build time.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerdictScale } from "@/components/about/verdict-scale";
import { getPublicVerdictScale } from "@/lib/verdicts/verdict-scale";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}
export const metadata: Metadata = {
  title: "Our verdicts",
  description: "The verdict scale Briefdesk rates claims on, and what each verdict means.",
};

export default async function MethodologyPage({ params }: { params: Promise<{ rest?: string[] }> }) {
  if ((await params).rest) notFound();
  return <VerdictScale {...await getPublicVerdictScale()} />;
}
