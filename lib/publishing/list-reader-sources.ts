// The source registry as readers may see it: confirmed sources (retired ones say so),
// with what we think of them. A proposal no admin has confirmed yet is not listed.
import { db } from "@/lib/db/client";

export type ReaderSourceEntry = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  country: string | null;
  homepageUrl: string | null;
  reliability: string;
  reliabilityRationale: string;
  stateAffiliated: boolean;
  retired: boolean;
};

export async function listReaderSources(): Promise<ReaderSourceEntry[]> {
  const rows = await db().source.findMany({
    where: { confirmed: true },
    orderBy: [{ name: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      country: true,
      homepageUrl: true,
      reliability: true,
      reliabilityRationale: true,
      stateAffiliated: true,
      retiredAt: true,
    },
  });
  return rows.map(({ retiredAt, ...source }) => ({ ...source, retired: retiredAt !== null }));
}
