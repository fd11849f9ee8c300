import Link from "next/link";
import { SiteFrame } from "@/components/layout/site-frame";

export default function Forbidden() {
  return (
    <SiteFrame>
      <h1>Not allowed</h1>
      <p>
        Your account does not have permission to open this page. <Link href="/desk">Back to the desk</Link>.
      </p>
    </SiteFrame>
  );
}
