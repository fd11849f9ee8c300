// Where, in the sentence around a quotation, the text says who said it:
// - after it: “…,” said X / “…,” X said / “…,” he added;
// - "according to X" anywhere in the sentence;
// - before it: X said (that) … “…”, X, a spokesman for Y, said: “…”;
// - a participle ("saying", "describing them as"): the subject of the main clause.
import { isAdverbialPart, isPossessive, isVerbLike, personName, subjectOf, words } from "./speaker-phrase";
import { ORGANISATION_HEADS, ROLE_HEADS, SPEECH_PARTICIPLES, SPEECH_VERBS } from "./words";

const QUOTE_MARK = /[“”"‘«»„]/;
const DATELINE = /^\p{Lu}[\p{Lu}\s.'-]+,[^—–\n]{3,40}?(?:\([^)]+\)\s*)?[—–-]\s+/u;

/** The phrase naming the speaker of the quotation at [start, end) of `sentence`, as written. */
export function attributionPhrase(sentence: string, start: number, end: number, inner: string): string | null {
  return after(sentence, end, inner) ?? accordingTo(sentence) ?? before(sentence, start);
}

function after(sentence: string, end: number, inner: string): string | null {
  let rest = sentence.slice(end);
  const nextQuote = rest.search(/[“"«„]/);
  if (nextQuote >= 0) rest = rest.slice(0, nextQuote);
  if (!/[,?!—–-]\s*$/.test(inner) && !/^\s*[,—–]/.test(rest)) return null;
  rest = rest.replace(/^[\s,—–-]+/, "");
  const list = words(rest);
  if (list.length === 0) return null;
  // “…,” said Marta Quintero, secretary of the union.
  if (SPEECH_VERBS.has(list[0]!.text))
    return (
      rest
        .slice(list[0]!.end)
        .replace(/[,.;:\s]+$/, "")
        .trim() || null
    );
  // “…,” Coastline chief executive Daniel Roux told reporters. / “…,” he said.
  const verb = list.findIndex((w, i) => i > 0 && i <= 8 && SPEECH_VERBS.has(w.text));
  if (verb > 0 && !list.slice(0, verb).some((w) => isVerbLike(w.text))) return rest.slice(0, list[verb]!.start).trim();
  return null;
}

function accordingTo(sentence: string): string | null {
  const match = /\baccording to ([^,.;“”"]+)/i.exec(sentence);
  return match?.[1]?.trim() || null;
}

function before(sentence: string, start: number): string | null {
  const text = sentence.slice(0, start);
  const list = words(text);
  for (let i = list.length - 1; i >= 0; i--) {
    const word = list[i]!.text;
    if (SPEECH_PARTICIPLES.has(word)) return mainSubject(sentence);
    if (!SPEECH_VERBS.has(word)) continue;
    // The subject ends at the verb and starts after the last quotation or clause break before it.
    const upTo = text.slice(0, list[i]!.start);
    // "… sent to St Anne's Hospital in Merriton, which told the Evening Star that …": the name the clause hangs on
    const antecedent =
      /(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,5})(?:\s+(?:in|at|of)\s+\p{Lu}[\p{L}'’-]*)?\s*,\s*(?:which|who)\s+(?:\p{Ll}+\s+){0,2}$/u.exec(
        upTo.slice(-200),
      );
    if (antecedent) return antecedent[1]!;
    const that = upTo.lastIndexOf(" that ");
    const from = Math.max(upTo.lastIndexOf("”") + 1, upTo.lastIndexOf(";") + 1, upTo.lastIndexOf(":") + 1, that >= 0 ? that + 6 : 0);
    // "Lang likes to say that …", "She has said": the subject stands before the verbs that lead to the speech verb
    const subject = subjectOf(
      upTo
        .slice(from)
        .replace(
          /(?:\s+(?:\p{Ll}+s\s+to|used\s+to|has|have|had|would|will|did|does|may|might|could|can|once|often|always|never))+\s*$/u,
          " ",
        ),
    );
    if (subject && !QUOTE_MARK.test(subject)) return subject;
  }
  return null;
}

/** The subject of the sentence's main clause: "North Korea’s leader Kim Jong-Un" in "Meanwhile, …, North Korea’s leader Kim Jong-Un offered …". */
export function mainSubject(sentence: string): string | null {
  // a dateline ("NORTHFIELD, 3 October 2023 —", "VALMORA, March 14 (Reuters) -") is no part of the sentence
  let offset = DATELINE.exec(sentence)?.[0].length ?? 0;
  let adverbial = false;
  for (const part of sentence.slice(offset).split(/(?<=,)/)) {
    // "Accompanied by the Prefect, Mr Yannick Le Gall, the Minister met …": the name belongs to the phrase before it
    const appositive: boolean = adverbial && part.endsWith(",") && personName(part.slice(0, -1)) !== null;
    if (!appositive && !isAdverbialPart(part.trim())) break;
    adverbial = !appositive;
    offset += part.length;
  }
  const rest = sentence.slice(offset);
  const list = words(rest);
  // "Councillor Tom Reyes chairs …": a present tense right after a name
  const verb = list.find(
    (w, i) =>
      isVerbLike(w.text) ||
      (i > 0 &&
        /^\p{Ll}{3,}s$/u.test(w.text) &&
        /^\p{Lu}/u.test(list[i - 1]!.text) &&
        !isPossessive(list[i - 1]!.text) &&
        !ROLE_HEADS.has(w.text) &&
        !ORGANISATION_HEADS.has(w.text) &&
        /^\s+$/.test(rest.slice(list[i - 1]!.end, w.start))),
  );
  if (!verb) return null;
  const subject = subjectOf(rest.slice(0, verb.start));
  return subject && !QUOTE_MARK.test(subject) ? subject : null;
}
