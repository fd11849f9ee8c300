// Who the text has named so far, so that "he", "It added", "the ministry said",
// "Putin" or "a council spokesperson" can be resolved to the last matching mention.
import type { SpeakerPhrase } from "./speaker-phrase";

export type Speaker = { name: string; title: string; organisation: string | null; kind: "person" | "organisation"; age?: number };

/** One word for the words a text uses in turn for one role ("spokeswoman", "spokesperson"). */
function roleWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.startsWith("spokes")) return "spokes";
  if (/^chair(?:man|woman|person)?$/.test(lower)) return "chair";
  if (/^(?:ceo|executive)$/.test(lower)) return "executive";
  return lower;
}

/** How many mentions are kept to resolve against: a reader remembers the last few, and a long text stays linear. */
const MEMORY = 200;

export class Discourse {
  private mentions: Speaker[] = [];
  private readonly firsts = new Map<Speaker["kind"], Speaker>();

  remember(speaker: Speaker): void {
    if (!this.firsts.has(speaker.kind)) this.firsts.set(speaker.kind, speaker);
    this.mentions.push(speaker);
    if (this.mentions.length > 2 * MEMORY) this.mentions = this.mentions.slice(-MEMORY);
  }

  first(kind: "person" | "organisation"): Speaker | undefined {
    return this.firsts.get(kind);
  }

  last(kind: "person" | "organisation" | "any"): Speaker | undefined {
    return this.mentions.findLast((m) => kind === "any" || m.kind === kind);
  }

  /** The speaker a phrase names, resolved against earlier mentions where it needs them. */
  resolve(phrase: SpeakerPhrase): Speaker | undefined {
    if (phrase.kind === "pronoun") return this.last(phrase.refersTo);
    if (phrase.byTitle) {
      // "the minister", "the 54-year-old": the last person named with that title or age
      const head = phrase.head && roleWord(phrase.head);
      const person = this.mentions.findLast(
        (m) =>
          m.kind === "person" &&
          (phrase.age !== undefined ? m.age === phrase.age : m.title.split(/[\s,]+/).some((w) => roleWord(w) === head)),
      );
      if (person) return person;
      if (phrase.age !== undefined || phrase.generic) return undefined;
      // "the spokesman said", no spokesman named: the organisation he speaks for, the last one named
      const organisation = head && /^(?:spokes|official|officials|source|sources)$/.test(head) ? this.last("organisation") : undefined;
      if (organisation) return { name: organisation.name, title: phrase.head!, organisation: organisation.name, kind: "organisation" };
    }
    if (phrase.kind === "single") {
      const person = this.mentions.findLast((m) => m.kind === "person" && m.name.split(/\s+/).includes(phrase.name));
      if (person) return person;
      const kind = /^\p{Lu}+$/u.test(phrase.name) || phrase.title === "" ? "organisation" : "person";
      return { name: phrase.name, title: phrase.title, organisation: phrase.organisation, kind };
    }
    if (phrase.definite && phrase.head) {
      const modifiers = phrase.name
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => w !== phrase.head);
      if (phrase.kind === "organisation") {
        const earlier = this.mentions.findLast((m) => m.kind === "organisation" && m.name.toLowerCase().includes(phrase.head!));
        if (earlier) return earlier;
      } else {
        const employer = this.mentions.findLast(
          (m) => m.kind === "organisation" && modifiers.some((w) => m.name.toLowerCase().includes(w)),
        );
        if (employer) return { name: employer.name, title: phrase.head, organisation: employer.name, kind: "organisation" };
      }
    }
    const { name, title, organisation } = phrase;
    const known = this.mentions.findLast((m) => m.name === name);
    const age = phrase.age ?? known?.age;
    return {
      name,
      title: title || known?.title || "",
      organisation: organisation ?? known?.organisation ?? null,
      kind: phrase.kind === "person" ? "person" : "organisation",
      ...(age !== undefined ? { age } : {}),
    };
  }
}
