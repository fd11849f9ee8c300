import { BriefList } from "@/components/brief/brief-list";
import { listPublishedBriefs } from "@/lib/publishing/list-published-briefs";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const briefs = await listPublishedBriefs();
  return (
    <>
      <h1>Latest briefs</h1>
      <BriefList briefs={briefs} />
    </>
  );
}
