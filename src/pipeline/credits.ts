/**
 * Stage 5 (characters): people the page credits for its own making or for the film's, never its
 * story's people. A podcast's "Hosted by Priya Raman and Josh Feld", a recap's "Posted by ...",
 * a review's "Written by ...", a show note's "Produced by ..." or "Music by ..." at the start of a
 * line, and "directed by X" anywhere: the hosts then talk inside the recap ("As Priya pointed out
 * on the show") and the director is named in prose where the metadata did not catch it.
 */

import { creditedNames14 } from './characters14';
import { pagePeople } from './pageTalk';
import { STOP_WORDS } from './text';

/** A credit at the start of a line (after a bullet): the names that follow are the page's people. */
const LINE_CREDIT =
  /(?:^|[.|]\s+)[\s•*·–—-]*(?:(?:co-)?hosted|presented|produced|written|reviewed|posted|submitted|edited|narrated|recorded|mixed|compiled|moderated|music|artwork|transcribed) by\s+([^.|\n]+)/gimu;
/** "directed by X" anywhere in the text. */
const DIRECTED_BY = /\bdirected by\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)/gu;
/** A page's "Starring: A, B and C" line: its names are performers, never the story's people. */
const STARRING_LINE = /^[\s•*·–—-]*(?:starring|stars|main cast)\s*:\s*([^\n]+)/gimu;
/** A capitalised name of one to three words, for the prose credits below. */
const N = String.raw`(?:\p{Lu}(?:\.|[\p{L}'’-]*)\s+){0,2}\p{Lu}[\p{L}'’-]+`;
/** "Starring A, B, C and D" in prose, or after a bar ("Director: X | Stars: A, B"): performers. */
const STARRING_PROSE = new RegExp(
  String.raw`\b(?:[Ss]tarring|[Ss]tars)\s*:?\s+(${N}(?:\s*(?:,|&|\band\b)\s*${N})*)`,
  'gu',
);
/** Crew credits in prose: "the script by X", "storm photography by X", "produced by X". */
const CREW_BY = new RegExp(
  String.raw`\b(?:script|screenplay|photography|cinematography|score|editing|novel|memoir|short story|(?:co-)?produced|adapted|introduced|(?:[Bb]ased on|[Aa]dapted from)(?::|\s)[^\n.]{1,80}?) by\s+(?:(?:Dr|Prof|Professor)\.?\s+)?(${N})`,
  'gu',
);
/** A crew noun right before a name: "cinematographer X", "director X", "newcomer X". */
const CREW_NOUN = new RegExp(
  String.raw`\b(?:cinematographer|screenwriter|composer|filmmaker|director|producer|newcomer|co-star)\s+(${N})`,
  'gu',
);
/** "X's 1979 film", "X's debut", "X's lost valley drama": the maker of a work (tried from word starts only, so a long hyphenated run is read once). */
const MAKER_OF = new RegExp(
  String.raw`(?<![\p{L}'’.-])(${N})['’]s? (?:(?:1[89]|20)\d\d )?(?:(?!(?:the|a|an|and|of|to|for)\b)[\p{L}-]+ ){0,3}?(?:film|novel|novella|debut|feature|documentary|screenplay|drama|thriller|comedy|short story|memoir|stage play)\b`,
  'gu',
);
/** What follows the name in MAKER_OF, alone: a literal scan for the possessive. */
const MAKER_OF_TAIL =
  /['’]s? (?:(?:1[89]|20)\d\d )?(?:(?!(?:the|a|an|and|of|to|for)\b)[\p{L}-]+ ){0,3}?(?:film|novel|novella|debut|feature|documentary|screenplay|drama|thriller|comedy|short story|memoir|stage play)\b/u;
/** A director's casting in prose: "casts A (Owen) and B (young Nell)". */
const CASTS = new RegExp(
  String.raw`\b(?:casts|cast|casting)\s+${N}\s*\([^()\n]{1,40}\)(?:\s*(?:,|and|,\s*and)\s+${N}\s*\([^()\n]{1,40}\))*`,
  'gu',
);
/** One performer and the part in brackets after the name. */
const CAST_PAIR = new RegExp(String.raw`(${N})\s*\([^()\n]{1,40}\)`, 'gu');
/** "that Noor Haddad is in it": a performer the viewer knew of. */
const IS_IN_IT = new RegExp(
  String.raw`(?<![\p{L}'’.-])(${N}) (?:is|was|are|were) in it(?=[,.;:!?)]|\s+(?:and|but|so|too)\b|\s*$)`,
  'gu',
);
/** A works-cited entry at a line's start, or a reading list's surname before its chapters. */
const CITED =
  /^[\s•*·–—-]*(\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}[\p{Ll}'’-]+)?), (\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}\.)*\.\s+\S|^(?:Dr\.? |Prof(?:essor)?\.? )?(\p{Lu}[\p{Ll}'’-]+) (\p{Lu}[\p{L}'’-]+)\s*[|,]\s*(?:Department|School|Faculty|Institute|University|College) of\b|\b(\p{Lu}[\p{Ll}'’-]+), (?:chapters?|ch\.|pp?\.) \d/gmu;
/** A labelled crew line, "SCREENPLAY: A and B", "Director: C": the names that follow are the film's makers. */
const LABELLED_CREW =
  /^[\s•*·–—-]*(?:writers?|screenplay|script|screenwriters?|director|producers?|music|composer|cinematography|cinematographer|editor|editing|dop|novel|author)\s*:\s*([^\n]+)/gimu;
/** "(dir. Tamsin Achebe, 2011)": a director abbreviated in a review's aside. */
const DIR_ABBREV = new RegExp(String.raw`\bdir\.\s+(${N})`, 'gu');
/** A title's words: capitalised, with short function words between them ("What the Rooms Kept"). */
const T = String.raw`\p{Lu}[\p{L}\d'’-]*(?:\s+(?:(?:the|of|a|an|in|on|to|at|for)\s+)?\p{Lu}[\p{L}\d'’-]*){0,6}`;
/** "Piet Lorrimer's The Gull Year (1987)": a maker, then a work with its year in brackets. */
const DATED_WORK = new RegExp(
  String.raw`(?<![\p{L}'’.-])(${N})['’]s? ${T}\s*\((?:1[89]|20)\d\d\)`,
  'gu',
);
/** "played by A (1923) and B", "(now played by C)": the names after it are performers. */
const PLAYED_BY_ANY = /\b(?:played|portrayed|voiced) by\s+((?:[^.;\n()]|\([^()\n]*\))+)/gu;
/** "(an excellent, watchful Dervla Quin)": a performer praised in a bracket after the part. */
const PRAISED_BRACKET = new RegExp(
  String.raw`\((?:an?|the)\s+(?:[\p{Ll}-]+,?\s+){1,4}(${N})\)`,
  'gu',
);
/** "a man whom Lucas Ferrant plays gently": the name between "who(m)" and "plays" is a performer. */
const WHO_PLAYS = new RegExp(String.raw`\bwhom?\s+(${N})\s+(?:plays|portrays)\b`, 'gu');
/** "compared the structure to Harold Pinter's Betrayal": the maker of a work it is likened to. */
const LIKENED_MAKER = new RegExp(
  String.raw`\b(?:compared|likened|comparisons?)\s+(?:[\p{Ll}]+\s+){0,3}?(?:to|with)\s+(${N})['’]s\s+\p{Lu}`,
  'gu',
);
/**
 * Films or books a reader is told to compare with: "Fans of A and B will feel at home",
 * "anyone who has seen C or D will know". The titles' words are no one in the story.
 */
const READER_TITLES = new RegExp(
  String.raw`\b(?:(?:[Ff]ans|[Aa]dmirers|[Ll]overs) of|(?:[Aa]nyone|[Tt]hose|[Pp]eople|[Ww]hoever) who (?:has|have)(?: ever)? (?:seen|watched|read|loved|enjoyed)|[Ii]f you(?:['’]ve| have)(?: ever)? (?:seen|watched|read|loved|enjoyed))\s+(${T}(?:\s*(?:,|\band\b|\bor\b)\s*${T})*)`,
  'gu',
);
/** The aside credits read from a review's prose, each behind a literal it cannot match without. */
const ASIDE_CREDITS: readonly (readonly [RegExp, RegExp])[] = [
  [DIR_ABBREV, /dir\./],
  [PRAISED_BRACKET, /\((?:an?|the)\s/],
  [WHO_PLAYS, /\bwhom?\s/],
  [LIKENED_MAKER, /compar|likened/],
];

/** Adds a title, its possessor and its capitalised words ("Gregory's Girl": "Gregory", "Girl"). */
const addTitle = (out: Set<string>, title: string): void => {
  const t = title.trim().replace(/^(?:The|A|An)\s+/, '');
  if (!t) return;
  out.add(t);
  for (const piece of t.split(/['’]s?\s+/)) if (piece.trim()) out.add(piece.trim());
  for (const w of t.split(/\s+/)) {
    const word = w.replace(/['’]s?$/, '');
    if (word.length >= 3 && /^\p{Lu}/u.test(word) && !STOP_WORDS.has(word.toLowerCase()))
      out.add(word);
  }
};

/** A person's name at the start of a list of credited names. */
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+/u;
/** What separates the names of one credit ("A, B and C"). */
const SEPARATOR = /\s*(?:,|&|\band\b|\bwith\b)\s*/;
/** A credit line with more than this many names is a list, not a byline. */
const MAX_NAMES = 4;

/**
 * Adds a full name and its last word (how critics name a director), and its first word too for
 * the page's own people (hosts call each other by first name).
 */
const addForms = (out: Set<string>, name: string, firstName: boolean): void => {
  const words = name.trim().split(/\s+/);
  // "Like Ferdo Lussac's film": a sentence's first word is no part of the name.
  while (words.length > 2 && STOP_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
  if (words.length < 2) return;
  out.add(words.join(' '));
  if (firstName) out.add(words[0] ?? '');
  out.add(words[words.length - 1] ?? '');
};

/** Every form of every name the page credits (see above). */
export const creditedNames = (text: string): Set<string> => {
  // A show's labelled hosts and guests, a thread's posters (pageTalk.ts).
  const out = pagePeople(text);
  // "Kerr is superb" in a review whose facts say "Starring: Joanne Kerr": the performer.
  if (/\b(?:starring|stars|main cast)\s*:/i.test(text))
    for (const m of text.matchAll(STARRING_LINE))
      for (const part of (m[1] ?? '').split(SEPARATOR)) {
        // "Lena (Joanne Kerr)" names the character first: left to the cast readers.
        if (part.includes('(')) continue;
        const name = NAME.exec(part.trim());
        if (name) addForms(out, name[0], false);
      }
  // Credits in the prose of a review or a study (see the patterns above).
  for (const re of [STARRING_PROSE, CREW_BY, CREW_NOUN])
    for (const m of text.matchAll(re)) {
      const parts = (m[1] ?? '').split(SEPARATOR);
      // "Starring Lena Moss (Joanne Kerr)" names the character first: left to the cast readers.
      if (/^\s*\(/.test(text.slice((m.index ?? 0) + m[0].length))) parts.pop();
      for (const part of parts) {
        const name = NAME.exec(part.trim());
        if (name) addForms(out, name[0], false);
      }
    }
  // "Velloway casts Rhodri Mael (Owen) and Ffion Deri (young Nell)": each name before a bracket
  // is a performer; "knowing only that Noor Haddad is in it": a performer too.
  for (const m of text.matchAll(CASTS)) {
    const list = m[0].slice(m[0].search(/\s/) + 1);
    for (const one of list.matchAll(CAST_PAIR)) addForms(out, one[1] ?? '', false);
  }
  // (IS_IN_IT tries every word start: only on a page that says " in it" at all.)
  if (text.includes(' in it'))
    for (const m of text.matchAll(IS_IN_IT)) addForms(out, m[1] ?? '', false);
  // A scan that tries the name at every word start: only when the words after some possessive
  // name a work at all (every match of MAKER_OF ends in a match of MAKER_OF_TAIL).
  if (MAKER_OF_TAIL.test(text))
    for (const m of text.matchAll(MAKER_OF)) {
      const name = (m[1] ?? '').trim();
      // A surname alone ("Dessaintes's debut") is credited as it stands.
      if (name.includes(' ')) addForms(out, name, false);
      else out.add(name);
    }
  // A works-cited entry, "Pell, Conrad. “Review: ...”", "Wojcik, Lena, dir. Title.", and a reading
  // list's "Kessler, chapters 2-3": the page's sources, never the story's people.
  for (const m of text.matchAll(CITED)) {
    const [last, first] = [m[1] ?? m[4] ?? m[5] ?? '', m[2] ?? m[3] ?? ''];
    if (first) addForms(out, `${first} ${last}`, false);
    else out.add(last);
  }
  // Makers and performers named in a review's prose and asides (see the patterns above).
  for (const m of text.matchAll(LABELLED_CREW)) {
    const parts = (m[1] ?? '').split(SEPARATOR);
    if (parts.length > MAX_NAMES) continue;
    for (const part of parts) {
      const name = NAME.exec(part.trim());
      if (name) addForms(out, name[0], false);
    }
  }
  for (const [re, hint] of ASIDE_CREDITS)
    if (hint.test(text)) for (const m of text.matchAll(re)) addForms(out, m[1] ?? '', false);
  if (/\((?:1[89]|20)\d\d\)/.test(text))
    for (const m of text.matchAll(DATED_WORK)) addForms(out, m[1] ?? '', false);
  for (const m of text.matchAll(PLAYED_BY_ANY))
    for (const part of (m[1] ?? '').replace(/\([^()]*\)/g, ' ').split(SEPARATOR)) {
      const name = NAME.exec(part.trim());
      // Only a name that fills its part ("played by Ann Lee as a girl" ends at "as"): ", and
      // Tomos Dray is courting her" is the story going on.
      const rest = name ? part.trim().slice(name[0].length).trim() : '';
      if (name && (rest === '' || /^(?:as|in|from|for|until|after|before|at|on)\b/.test(rest)))
        addForms(out, name[0], false);
    }
  for (const m of text.matchAll(READER_TITLES))
    for (const title of (m[1] ?? '').split(/\s*(?:,|\band\b|\bor\b)\s*/)) addTitle(out, title);
  // A commentary's speakers, performers in brackets, the maker who finished the film.
  creditedNames14(text, out);
  if (!/\bby\b/i.test(text)) return out;
  for (const m of text.matchAll(LINE_CREDIT)) {
    const parts = (m[1] ?? '').split(SEPARATOR).slice(0, MAX_NAMES + 1);
    if (parts.length > MAX_NAMES) continue;
    for (const part of parts) {
      const name = NAME.exec(part.trim());
      if (name) addForms(out, name[0], true);
    }
  }
  for (const m of text.matchAll(DIRECTED_BY)) addForms(out, m[1] ?? '', false);
  return out;
};
