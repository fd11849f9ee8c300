// Demo content for a new desk: the fixture article as a published, reviewed brief
// with its document, sources, quotes and timeline, and a second brief waiting in
// review. Accounts get random passwords, returned so that start-up can show them.
import { readFileSync } from "node:fs";
import type { DatePrecision, Db, Role } from "@/lib/db/client";
import { randomPassword } from "@/lib/users/password";
import { addEvent, addQuote, buildBrief, buildDocument, buildSource, buildUser, citeDocument } from "./factories";
import { approve, publish, submitForReview } from "./workflow";

export type DemoAccount = { email: string; name: string; role: Role; password?: string };

const article = readFileSync(new URL("./data/ukraine-north-korea.txt", import.meta.url), "utf8");

export async function isEmpty(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/**
 * Seeds the demo desk. Accounts get random passwords only `withPasswords` (the
 * embedded database on a person's machine); on a server they are created without
 * one, so that no password ends up in a server's logs.
 */
export async function seedDemo(db: Db, { withPasswords = true } = {}): Promise<DemoAccount[]> {
  const password = () => (withPasswords ? randomPassword() : undefined);
  const accounts: DemoAccount[] = [
    { email: "admin@briefdesk.test", name: "Amina Haddad", role: "admin", password: password() },
    { email: "tomas@briefdesk.test", name: "Tomas Berg", role: "editor", password: password() },
    { email: "lena@briefdesk.test", name: "Lena Okafor", role: "editor", password: password() },
  ];
  // Hash outside the transaction: scrypt is deliberately slow.
  const users = await Promise.all(accounts.map((a) => db.$transaction((tx) => buildUser(tx, a))));
  const [admin, tomas, lena] = users as [(typeof users)[0], (typeof users)[0], (typeof users)[0]];

  await db.$transaction(
    async (tx) => {
      const publisher = await buildSource(tx, {
        slug: "news-report-publisher-unrecorded",
        name: "News report (publisher not recorded)",
        kind: "outlet",
        notes: "The demo article was captured without its publisher; an editor should record the outlet.",
      });
      const russianStateMedia = await buildSource(tx, {
        slug: "russian-state-media",
        name: "Russian state media",
        kind: "outlet",
        country: "RU",
        reliability: "low",
        stateAffiliated: true,
        reliabilityRationale:
          "Outlets controlled by the Russian state (such as TASS and RIA Novosti); they relay the Kremlin's positions and have repeatedly published false claims about the war in Ukraine.",
      });
      const ukraineMfa = await buildSource(tx, {
        slug: "ukraine-ministry-of-foreign-affairs",
        name: "Ministry of Foreign Affairs of Ukraine",
        kind: "government",
        country: "UA",
        homepageUrl: "https://mfa.gov.ua/en",
        reliability: "mixed",
        reliabilityRationale:
          "Authoritative for Ukraine's own diplomatic decisions and statements; a party to the war, so its claims about the other side need corroboration.",
      });
      const northKoreaMfa = await buildSource(tx, {
        slug: "north-korea-ministry-of-foreign-affairs",
        name: "Ministry of Foreign Affairs of North Korea",
        kind: "government",
        country: "KP",
        homepageUrl: "http://www.mfa.gov.kp/en/",
        reliability: "low",
        stateAffiliated: true,
        reliabilityRationale:
          "Authoritative only for the North Korean government's own stated positions; no independent press exists to check its claims.",
      });

      const document = await buildDocument(tx, {
        sourceId: publisher.id,
        title: "Ukraine Cuts Off North Korean Relationship After Kim Jong Un Cozies Up To Putin",
        publishedOn: "2022-07-14",
        language: "en",
        capturedText: article,
        addedById: tomas.id,
      });

      const topics = {
        war: { slug: "war-in-ukraine", name: "War in Ukraine" },
        korea: { slug: "north-korea", name: "North Korea" },
        diplomacy: { slug: "diplomacy", name: "Diplomacy" },
        syria: { slug: "syria", name: "Syria" },
      };

      // The published brief, written by Tomas and reviewed by Lena.
      const brief = await buildBrief(tx, {
        slug: "ukraine-cuts-ties-with-north-korea",
        title: "Ukraine cuts ties with North Korea after Pyongyang recognises Russia's proxy republics",
        summary:
          'Ukraine severed diplomatic relations with North Korea after Pyongyang recognised the Russian-backed "People\'s Republics" of Donetsk and Luhansk, weeks after Kim Jong-Un pledged Vladimir Putin his "full support".',
        authorIds: [tomas.id],
        topics: [topics.war, topics.korea, topics.diplomacy],
        body: [
          'North Korea has recognised the independence of the Russian-occupied Donetsk and Luhansk regions of eastern Ukraine, Russian state media reported [@e6], describing them as "People\'s Republics". Ukraine responded by severing diplomatic relations with Pyongyang [@e7].',
          "",
          "## Kim's message to Putin",
          "",
          'On Russia\'s National Day [@e4], Kim Jong-Un promised Moscow his "full support" [@q1] and praised Putin\'s "leadership and great success in carrying out the just cause of protecting justice and his country\'s dignity and security" [@q2].',
          "",
          "## Kyiv's response",
          "",
          'Oleh Nikolenko, a spokesman for Ukraine\'s foreign ministry, said the country "strongly condemns" [@q3] the recognition of "the temporarily occupied areas of Donetsk and Luhansk" [@q4].',
          "",
          'Pyongyang answered that Kyiv had no right to dispute its "legitimate exercise of sovereignty" [@q5], citing Ukraine\'s support for US-led sanctions [@q7], and said it would keep developing "friendship and cooperation" [@q8] with countries that respect its sovereignty [@q9].',
          "",
          "## Background",
          "",
          "The regions declared independence in an unofficial referendum in 2014 [@e1]. Putin recognised them [@e2] days before Russia invaded Ukraine [@e3]. In late June, Ukraine also cut ties with Syria over its recognition of the two regions [@e5]. Our source for all of the above is one news report [@d1].",
        ].join("\n"),
      });
      await citeDocument(tx, { briefId: brief.id, documentId: document.id, ref: "d1" });

      const quote = (
        ref: string,
        text: string,
        speaker: { name: string; title: string; sourceId?: string },
        extra: { saidOn?: string; context?: string } = {},
      ) =>
        addQuote(tx, {
          briefId: brief.id,
          documentId: document.id,
          ref,
          text,
          speakerName: speaker.name,
          speakerTitle: speaker.title,
          speakerSourceId: speaker.sourceId,
          saidOn: extra.saidOn,
          saidOnPrecision: extra.saidOn ? "day" : undefined,
          context: extra.context ?? "",
        });
      const kim = { name: "Kim Jong-Un", title: "Leader of North Korea" };
      const nikolenko = { name: "Oleh Nikolenko", title: "Spokesman, Ministry of Foreign Affairs of Ukraine", sourceId: ukraineMfa.id };
      const dprkMfa = {
        name: "North Korea's foreign ministry",
        title: "Ministry of Foreign Affairs of North Korea",
        sourceId: northKoreaMfa.id,
      };
      const kimContext = "Message to Vladimir Putin on Russia's National Day";
      await quote("q1", "full support", kim, { saidOn: "2022-06-12", context: kimContext });
      await quote(
        "q2",
        "leadership and great success in carrying out the just cause of protecting justice and his country’s dignity and security.",
        kim,
        { saidOn: "2022-06-12", context: kimContext },
      );
      await quote("q3", "strongly condemns", nikolenko, { context: "Statement on North Korea's recognition of the occupied regions" });
      await quote("q4", "the temporarily occupied areas of Donetsk and Luhansk", nikolenko, {
        context: "Statement on North Korea's recognition of the occupied regions",
      });
      await quote("q5", "legitimate exercise of sovereignty", dprkMfa, { context: "Response to Ukraine's severing of relations" });
      await quote("q6", "actively joining", dprkMfa, { context: "On Ukraine's part in US-led policy" });
      await quote("q7", "unjust and illegal hostile policy in the past.", dprkMfa, { context: "On Ukraine's part in US-led policy" });
      await quote("q8", "friendship and cooperation", dprkMfa, { context: "On North Korea's relations with other countries" });
      await quote(
        "q9",
        "and treats us favorably on the principles of sovereign equality, non-interference in internal affairs, and mutual respect.",
        dprkMfa,
        { context: "On North Korea's relations with other countries" },
      );

      // Every demo event cites the article.
      const eventOn =
        (briefId: string) =>
        (
          ref: string,
          description: string,
          date: string,
          precision: DatePrecision,
          extra: { dateEnd?: string; place?: string; reportedById?: string } = {},
        ) =>
          addEvent(tx, { briefId, ref, description, date, precision, documentIds: [document.id], ...extra });
      const event = eventOn(brief.id);
      await event("e1", "Donetsk and Luhansk declare independence from Ukraine in an unofficial referendum", "2014-01-01", "year", {
        place: "Donetsk and Luhansk, eastern Ukraine",
      });
      await event("e2", "Vladimir Putin recognises the independence of the Donetsk and Luhansk regions", "2022-02-21", "late_month", {
        place: "Moscow",
      });
      await event("e3", "Russia launches its invasion of Ukraine", "2022-02-24", "late_month", { place: "Ukraine" });
      await event("e4", "Kim Jong-Un sends Putin good wishes on Russia's National Day and pledges his full support", "2022-06-12", "day");
      await event(
        "e5",
        "Ukraine ends diplomatic relations with Syria after Syria recognises the independence of Donetsk and Luhansk",
        "2022-06-21",
        "late_month",
        { place: "Kyiv" },
      );
      await event("e6", 'North Korea recognises the "People\'s Republics" of Donetsk and Luhansk', "2022-07-04", "range", {
        dateEnd: "2022-07-10",
        place: "Pyongyang",
        reportedById: russianStateMedia.id,
      });
      await event("e7", "Ukraine announces it is severing diplomatic relations with North Korea", "2022-07-11", "mid_month", {
        place: "Kyiv",
      });

      const { review } = await submitForReview(tx, { briefId: brief.id, authorId: tomas.id, reviewerId: lena.id });
      await approve(tx, {
        reviewId: review.id,
        reviewerId: lena.id,
        message: "Every quote found verbatim in the captured article; dates checked against the text.",
      });
      await publish(tx, { reviewId: review.id, publisherId: tomas.id });

      // A second brief, by Lena, waiting for Tomas's review.
      const syria = await buildBrief(tx, {
        slug: "ukraine-ends-relations-with-syria",
        title: "Ukraine ends relations with Syria over recognition of Donetsk and Luhansk",
        summary:
          "Kyiv broke off diplomatic relations with Damascus after Syria recognised the independence of the two Russian-backed regions of eastern Ukraine.",
        authorIds: [lena.id],
        topics: [topics.war, topics.syria, topics.diplomacy],
        body: [
          "In late June, Ukraine's foreign ministry ended diplomatic relations with Syria [@e1] after it recognised the independence of Donetsk and Luhansk, which Russia had recognised days before its invasion [@e2].",
          "",
          "The regions first declared independence in an unofficial referendum in 2014 [@e3]. Source: [@d1].",
        ].join("\n"),
      });
      await citeDocument(tx, { briefId: syria.id, documentId: document.id, ref: "d1" });
      const syriaEvent = eventOn(syria.id);
      await syriaEvent("e1", "Ukraine ends diplomatic relations with Syria", "2022-06-21", "late_month", { place: "Kyiv" });
      await syriaEvent("e2", "Vladimir Putin recognises the independence of the Donetsk and Luhansk regions", "2022-02-21", "late_month", {
        place: "Moscow",
      });
      await syriaEvent("e3", "Donetsk and Luhansk declare independence from Ukraine in an unofficial referendum", "2014-01-01", "year", {
        place: "Donetsk and Luhansk",
      });
      await submitForReview(tx, { briefId: syria.id, authorId: lena.id, reviewerId: tomas.id });

      void admin;
    },
    { timeout: 60_000 },
  );

  return accounts;
}
