// Factories shared by the demo seed and the tests: buildX(tx, overrides) creates a
// valid X, and any parent it needs that the caller did not pass.
import { randomBytes } from "node:crypto";
import type { DatePrecision, Role, SourceKind, Tx } from "@/lib/db/client";
import { formatDateLabel, parseIsoDay, startOfPrecision } from "@/lib/dates/precision";
import { sha256 } from "@/lib/revisions/content-hash";
import { hashPassword } from "@/lib/users/password";
import { verifyQuote } from "@/lib/quotes/verify-quote";

const unique = () => randomBytes(4).toString("hex");

export async function buildUser(
  tx: Tx,
  overrides: { email?: string; name?: string; role?: Role; password?: string; active?: boolean } = {},
) {
  const id = unique();
  return tx.user.create({
    data: {
      email: overrides.email ?? `editor-${id}@briefdesk.test`,
      name: overrides.name ?? `Editor ${id}`,
      role: overrides.role ?? "editor",
      active: overrides.active ?? true,
      passwordHash: overrides.password ? await hashPassword(overrides.password) : null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

export async function buildSource(
  tx: Tx,
  overrides: Partial<{
    slug: string;
    name: string;
    kind: SourceKind;
    homepageUrl: string;
    country: string;
    reliability: "high" | "mixed" | "low" | "unrated";
    reliabilityRationale: string;
    stateAffiliated: boolean;
    notes: string;
  }> = {},
) {
  const id = unique();
  return tx.source.create({
    data: { slug: `source-${id}`, name: `Source ${id}`, kind: "outlet", ...overrides },
  });
}

export async function buildDocument(
  tx: Tx,
  overrides: Partial<{
    sourceId: string;
    url: string;
    title: string;
    author: string;
    publishedOn: string;
    language: string;
    capturedText: string;
    addedById: string;
  }> = {},
) {
  const { publishedOn, ...rest } = overrides;
  const capturedText = overrides.capturedText ?? `Captured text ${unique()}.`;
  return tx.document.create({
    data: {
      title: "A document",
      ...rest,
      sourceId: overrides.sourceId ?? (await buildSource(tx)).id,
      publishedOn: publishedOn ? parseIsoDay(publishedOn) : null,
      capturedText,
      contentHash: sha256(capturedText),
    },
  });
}

export async function buildBrief(
  tx: Tx,
  overrides: Partial<{
    slug: string;
    title: string;
    summary: string;
    body: string;
    authorIds: string[];
    topics: { slug: string; name: string }[];
  }> = {},
) {
  const id = unique();
  const authorIds = overrides.authorIds ?? [(await buildUser(tx)).id];
  const topics = overrides.topics ?? [];
  return tx.brief.create({
    data: {
      slug: overrides.slug ?? `brief-${id}`,
      title: overrides.title ?? `Brief ${id}`,
      summary: overrides.summary ?? "A one-sentence summary.",
      body: overrides.body ?? "",
      authors: { create: authorIds.map((userId) => ({ userId })) },
      topics: {
        create: topics.map((t) => ({
          topic: { connectOrCreate: { where: { slug: t.slug }, create: t } },
        })),
      },
    },
  });
}

export async function citeDocument(tx: Tx, input: { briefId: string; documentId: string; ref: string }) {
  return tx.briefDocument.create({ data: input });
}

/** Adds a quote and checks it against its document's captured text, as a save would. */
export async function addQuote(
  tx: Tx,
  input: {
    briefId: string;
    documentId: string;
    ref: string;
    text: string;
    speakerName: string;
    speakerTitle?: string;
    speakerSourceId?: string;
    context?: string;
    saidOn?: string;
    saidOnPrecision?: DatePrecision;
  },
) {
  const document = await tx.document.findUniqueOrThrow({ where: { id: input.documentId }, select: { capturedText: true } });
  const position = await tx.quote.count({ where: { briefId: input.briefId } });
  const { saidOn, ...rest } = input;
  return tx.quote.create({
    data: {
      ...rest,
      position,
      saidOn: saidOn ? parseIsoDay(saidOn) : null,
      verification: verifyQuote(input.text, document.capturedText),
    },
  });
}

export async function addEvent(
  tx: Tx,
  input: {
    briefId: string;
    ref: string;
    description: string;
    date: string;
    precision: DatePrecision;
    dateEnd?: string;
    place?: string;
    reportedById?: string;
    documentIds: string[];
  },
) {
  const dateStart = startOfPrecision(parseIsoDay(input.date), input.precision);
  const dateEnd = input.dateEnd ? parseIsoDay(input.dateEnd) : null;
  const position = await tx.event.count({ where: { briefId: input.briefId } });
  return tx.event.create({
    data: {
      briefId: input.briefId,
      ref: input.ref,
      position,
      description: input.description,
      dateStart,
      dateEnd,
      precision: input.precision,
      dateLabel: formatDateLabel({ start: dateStart, end: dateEnd, precision: input.precision }),
      place: input.place ?? "",
      reportedById: input.reportedById,
      citations: { create: input.documentIds.map((documentId) => ({ documentId })) },
    },
  });
}

/** Adds a claim to a brief (by default rated True on the default scale, with a conclusion). */
export async function buildClaim(
  tx: Tx,
  input: {
    briefId: string;
    ref: string;
    text?: string;
    speakerName?: string;
    speakerSourceId?: string;
    documentId?: string;
    appearanceUrl?: string;
    appearedOn?: string;
    ratingId?: string | null;
    conclusion?: string;
    quoted?: boolean;
  },
) {
  const position = await tx.claim.count({ where: { briefId: input.briefId } });
  const { appearedOn, ratingId, ...rest } = input;
  return tx.claim.create({
    data: {
      text: "A claim someone made.",
      speakerName: "A Claimant",
      conclusion: "What the evidence shows.",
      ...rest,
      position,
      appearedOn: appearedOn ? parseIsoDay(appearedOn) : null,
      ratingId: ratingId === undefined ? "verdict-true" : ratingId,
    },
  });
}
