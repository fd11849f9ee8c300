import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/layout/site-frame";
import { SITE_DESCRIPTION, SITE_FEED, SITE_NAME } from "@/lib/feeds/site";

// Link previews and feed discovery for every reader page; a page that has its own
// (a brief) replaces them. No canonical here: each page names its own.
export const metadata: Metadata = {
  openGraph: { type: "website", siteName: SITE_NAME, title: SITE_NAME, description: SITE_DESCRIPTION },
  twitter: { card: "summary", title: SITE_NAME, description: SITE_DESCRIPTION },
  alternates: { types: SITE_FEED },
};

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteFrame>{children}</SiteFrame>;
}
