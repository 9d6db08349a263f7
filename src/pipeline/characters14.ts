/**
 * Characters of the fourteenth session's page forms: people a page names who are not the story's.
 * - creditedNames14 (called by credits.ts's creditedNames): a commentary's or an interview's
 *   speakers ("Audio commentary with director A and editor B"), performers listed in brackets after
 *   the word for them ("the three actresses who play Mira (A as the child, B as the young
 *   woman)"), and the maker who finished, shot or made the film ("In 1987 A finished the film").
 * - notPerson14 (called by convert.ts): a name read from the film's title alone ("Eight Minutes"
 *   of "Eight Minutes at Corrigan's"), a venue named by its owner's possessive ("to Corrigan's",
 *   "at Maxine's"), and a borrowed nickname only ever in quotes after a calling verb ("calls her
 *   "Miss Marple"").
 */

/** A capitalised name of one to three words (as credits.ts reads one). */
const N = String.raw`(?:\p{Lu}(?:\.|[\p{L}'’-]*)\s+){0,2}\p{Lu}[\p{L}'’-]+`;
/** A trade before a name in a commentary's list: "director A", "film historian B". */
const TRADE = String.raw`(?:(?:the |film |art |series |co-)?(?:director|editor|writer|screenwriter|producer|cinematographer|composer|critic|historian|curator|programmer|actor|actress|star|designer|author|scholar|journalist)s? )`;
/** "Audio commentary with director A and editor B", "an interview with critic C". */
const SPEAKERS = new RegExp(
  String.raw`\b(?:[Cc]ommentar(?:y|ies)|[Cc]onversation|[Ii]nterview|[Dd]iscussion|Q\s?&\s?A|[Pp]odcast|[Tt]alk|[Pp]anel)(?: track)? (?:with|by|featuring) (${TRADE}?${N}(?:(?:,| and| &|, and) ${TRADE}?${N}){0,4})`,
  'gu',
);
/** Performers in brackets after the word for them: "(A as the child, B as the young woman)". */
const PERFORMERS_BRACKET =
  /\b(?:actors|actresses|performers|players|three|two|four)\b[^.()\n]{0,60}\(([^()\n]{3,240})\)/giu;
/** One performer of such a bracket: the name, then "as" and the part. */
const PERFORMER_AS = new RegExp(String.raw`^(${N}) as\b`, 'u');
/** The maker finishing, shooting or making the film: "In 1987 A finished the film she ...". */
const MAKER_VERB = new RegExp(
  String.raw`(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+) (?:finished|completed|shot|made|directed|edited|wrote and directed|released) (?:the|her|his|their) (?:(?:first|second|third|debut|new|last|final|only) )?(?:film|feature|movie|documentary)\b`,
  'gu',
);

/** What every MAKER_VERB match holds ("wrote and directed" ends in "directed"). */
const MAKER_VERB_HINT =
  / (?:finished|completed|shot|made|directed|edited|released) (?:the|her|his|their) /;

/** Adds a full name and its last word (how a page refers to its people). */
const addForms = (out: Set<string>, name: string): void => {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return;
  out.add(words.join(' '));
  out.add(words[words.length - 1] ?? '');
};

/** Names the page credits as its commentators, its performers or the film's maker (see above). */
export const creditedNames14 = (text: string, out: Set<string>): void => {
  if (/commentar|conversation|interview|discussion|q\s?&\s?a|podcast|talk|panel/i.test(text))
    for (const m of text.matchAll(SPEAKERS))
      for (const part of (m[1] ?? '').split(/,\s*(?:and\s+)?|\s+and\s+|\s+&\s+/)) {
        const name = part.replace(new RegExp(`^${TRADE}`, 'u'), '').trim();
        if (/^\p{Lu}/u.test(name)) addForms(out, name);
      }
  if (text.includes(' as '))
    for (const m of text.matchAll(PERFORMERS_BRACKET)) {
      const parts = (m[1] ?? '').split(/\s*(?:,|;|\band\b)\s*/);
      const named = parts.map((p) => PERFORMER_AS.exec(p.trim())?.[1]).filter(Boolean);
      // Every part a performer "as" a part: a list of casting, not a story's aside.
      if (named.length >= 2 && named.length === parts.filter((p) => p.trim()).length)
        for (const n of named) addForms(out, n ?? '');
    }
  // Every match holds the verb and its determiner: the cheap test spares the scan of a page without.
  if (MAKER_VERB_HINT.test(text))
    for (const m of text.matchAll(MAKER_VERB)) addForms(out, m[1] ?? '');
};

/** Escapes a string for a regular expression. */
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Spans of the title's occurrences in the text. */
const titleSpans = (text: string, title: string): [number, number][] => {
  const out: [number, number][] = [];
  if (title.length < 4) return out;
  for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1))
    out.push([at, at + title.length]);
  return out;
};

/** A place preposition before a possessive venue: "to Corrigan's", "at Maxine's". */
const VENUE_BEFORE = /\b(?:at|to|in|into|inside|outside|from|near|behind|round|across to) $/i;
/** What may follow a venue's possessive: not a noun it owns ("Corrigan's truck"). */
const VENUE_AFTER =
  /^(?:\s*[,.;:!?)"”]|\s*$|\s+(?:to|for|and|or|with|on|at|in|where|when|that|until|after|before|because|the|a|an|every|each|one|again|alone|late|early)\b)/i;
/** A calling verb before a quoted nickname: "calls her "Miss Marple"". */
const CALLED_BEFORE =
  /\b(?:calls?|called|calling|nicknames?|nicknamed|dubs?|dubbed|christens?|christened)\s+(?:\p{Ll}+\s+)?["“‘']$/u;

/**
 * True when the name is no person of the story: every mention of it outside the film's title is
 * a venue's possessive, or a quoted nickname after a calling verb, or there is none (see above).
 */
export const notPerson14 = (text: string, name: string, title: string | null): boolean => {
  if (!name) return false;
  const spans = title ? titleSpans(text, title) : [];
  const re = new RegExp(`(?<![\\p{L}'’-])${escape(name)}(?![\\p{L}-])`, 'gu');
  let outside = 0;
  let venue = 0;
  let nickname = 0;
  for (const m of text.matchAll(re)) {
    const at = m.index ?? 0;
    if (spans.some(([a, b]) => at >= a && at < b)) continue;
    outside++;
    const after = text.slice(at + name.length, at + name.length + 20);
    const before = text.slice(Math.max(0, at - 30), at);
    if (/^['’]s\b/.test(after) && VENUE_BEFORE.test(before) && VENUE_AFTER.test(after.slice(2)))
      venue++;
    else if (CALLED_BEFORE.test(before.replace(/(?:Miss|Mrs|Mr|Ms|Dr)\.? $/, ''))) nickname++;
  }
  return spans.length > 0 && outside === 0 ? true : outside > 0 && venue + nickname === outside;
};
