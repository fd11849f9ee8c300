import { LatestBriefs } from "./latest-briefs";

export const revalidate = 10;

export default function HomePage() {
  return <LatestBriefs page={1} />;
}
