import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourceProfile } from "@/components/briefs/source-profile";
import { getReaderSource } from "@/lib/publishing/get-reader-source";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const load = cache((slug: string) => getReaderSource({ slug }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = await load((await params).slug);
  return source ? { title: source.name, description: `${source.name}: how reliable we rate it, and the briefs that cite it.` } : {};
}

export default async function SourcePage({ params }: Props) {
  const source = await load((await params).slug);
  if (!source) notFound();
  return <SourceProfile source={source} />;
}
