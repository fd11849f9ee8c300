import type { Metadata } from "next";
import type { ReactNode } from "react";
import { siteOrigin } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  // Relative canonical, OpenGraph and feed links resolve against the public origin.
  metadataBase: new URL(siteOrigin()),
  title: { default: "Briefdesk", template: "%s · Briefdesk" },
  description:
    "Fact-checked briefs: every quote attributed and traceable to its source, every event dated and sourced, every brief checked by a second editor.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
