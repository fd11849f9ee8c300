import type { ReactNode } from "react";
import { SiteFooter, SiteHeader } from "./site-chrome";

/** The reader site's header, main landmark and footer around a page. */
export function SiteFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main">{children}</main>
      <SiteFooter />
    </>
  );
}
