// Every public change to a brief across the site, newest first: corrections,
// updates, clarifications and verdict changes (each dated when readers first saw
// it) and withdrawals — the transparency a fact-checking code of principles asks
// for. Only what readers can see: a correction of a publication whose time has come,
// a withdrawal of a brief that readers saw. Each entry names the brief by the title
// of its latest visible publication.
import { db, Prisma } from "@/lib/db/client";

export type PublicCorrectionKind = "correction" | "update" | "clarification" | "verdict_change" | "withdrawal";

export type PublicCorrection = {
  /** the correction's id, or "withdrawal-<briefId>" */
  id: string;
  kind: PublicCorrectionKind;
  note: string;
  at: Date;
  brief: { id: string; slug: string; title: string };
};

export type PublicCorrectionPage = { items: PublicCorrection[]; page: number; hasNext: boolean };

export const CORRECTIONS_PAGE_SIZE = 30;

type Row = { id: string; kind: PublicCorrectionKind; note: string; at: Date; briefId: string; slug: string; title: string };

export async function listPublicCorrections({
  page = 1,
  pageSize = CORRECTIONS_PAGE_SIZE,
  now = new Date(),
}: {
  page?: number;
  pageSize?: number;
  now?: Date;
} = {}): Promise<PublicCorrectionPage> {
  if (!Number.isSafeInteger(page) || page < 1) return { items: [], page, hasNext: false };
  const rows = await db().$queryRaw<Row[]>(Prisma.sql`
    WITH entries AS (
      SELECT c.id, c.kind::text AS kind, c.note, c."createdAt" AS at, c."briefId"
      FROM "Correction" c
      JOIN "Publication" p ON p.id = c."publicationId"
      WHERE p."publishedAt" <= ${now} AND c."createdAt" <= ${now}
      UNION ALL
      SELECT 'withdrawal-' || b.id, 'withdrawal', COALESCE(b."withdrawnReason", ''), b."withdrawnAt", b.id
      FROM "Brief" b
      WHERE b."withdrawnAt" IS NOT NULL AND b."withdrawnAt" <= ${now}
        AND EXISTS (SELECT 1 FROM "Publication" p WHERE p."briefId" = b.id AND p."publishedAt" <= ${now})
      ORDER BY at DESC, id
      LIMIT ${pageSize + 1} OFFSET ${(page - 1) * pageSize}
    )
    SELECT e.id, e.kind, e.note, e.at, e."briefId", b.slug,
      (SELECT p.snapshot->>'title' FROM "Publication" p
        WHERE p."briefId" = b.id AND p."publishedAt" <= ${now} ORDER BY p.version DESC LIMIT 1) AS title
    FROM entries e
    JOIN "Brief" b ON b.id = e."briefId"
    ORDER BY e.at DESC, e.id`);
  const items = rows.slice(0, pageSize).map(({ briefId, slug, title, ...rest }) => ({ ...rest, brief: { id: briefId, slug, title } }));
  return { items, page, hasNext: rows.length > pageSize };
}
