import type { Metadata } from "next";
import { Methodology } from "@/components/about/methodology";

export const revalidate = 10;
export const metadata: Metadata = {
  title: "How we work",
  description: "How Briefdesk checks briefs before publishing them, and how it corrects and withdraws them.",
};

export default function AboutPage() {
  return <Methodology />;
}
