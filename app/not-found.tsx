import Link from "next/link";
import { SiteFrame } from "@/components/layout/site-frame";

export default function NotFound() {
  return (
    <SiteFrame>
      <h1>Not found</h1>
      <p>
        There is no published brief at this address. <Link href="/">See the latest briefs</Link>.
      </p>
    </SiteFrame>
  );
}
