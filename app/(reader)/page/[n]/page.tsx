import type { Metadata } from "next";
import { permanentRedirect } from "next/navigation";
import { LatestBriefs, pageNumber } from "../../latest-briefs";

export const revalidate = 10;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ n: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Latest briefs, page ${(await params).n}` };
}

export default async function HomePageN({ params }: Props) {
  const page = pageNumber((await params).n);
  if (page === 1) permanentRedirect("/");
  return <LatestBriefs page={page} />;
}
