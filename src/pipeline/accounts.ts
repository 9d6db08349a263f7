import { splitBefore } from './pieces';
import type { Segment } from './segment';
import { clockMinutes, findClocks, type ClockMention } from './clock';
import type { Placement } from './order';
import { STOP_WORDS, tenseProfile } from './text';
import { findCue } from './time';

/**
 * Stage 6b, order (a pass of its own): several witnesses retelling one night. An inquest, a
 * trial, police statements or a documentary (the frame, told in the present) hear four or five
 * accounts of the same night, each a told flashback ("According to the bartender, ...", "The
 * second witness, Lena, remembers ...", "In Marco's telling, ...", "Pirjo tells Rask that ...").
 * The accounts overlap and each may go a little further; the frame comes back between them and
 * its own events come after the night.
 *
 * Given the placements of the state machine, a document with three or more account openers is
 * re-timed: every segment of an account sits in one night before the frame's first moment,
 * ordered by the clock times the accounts name ("a little after nine", "just before midnight",
 * "at twenty to one"); an account that names no time starts at the moment of an earlier
 * account it retells (shared words), else where the accounts so far stopped ("picks up where
 * Marco's stops"); a segment without a time continues its account. A jump of months or years
 * told in an account ("Eleven years earlier, she tells the court, ...") stays that far before
 * the night. The frame's segments keep their text order after the night.
 */

/** An account opening its sentence: the sentence and what follows in its paragraph are told. */
const ACCOUNT_OPENER =
  /^(?:(?:according to|in|by) (?:the |his |her |their |\p{Lu}[\p{L}'’-]+['’]s? )?(?:[\p{L}'’-]+ )?(?:version|account|telling|testimony|recollection|statement|flashback)\b|according to (?:the |a |an )?[\p{L}'’-]+(?: [\p{L}'’-]+)?,|as (?:the [\p{L}-]+|\p{Lu}[\p{L}'’-]+|he|she|they) (?:tells|remembers|recalls|describes|sees) it\b|seen (?:from|through) (?:the [\p{L}-]+['’]s|his|her|their|\p{Lu}[\p{L}'’-]+['’]s?) |(?:the [\p{L}-]+['’]s|\p{Lu}[\p{L}'’-]+['’]s?|his|her|their) (?:own )?(?:account|version|statement|testimony|story|flashback) (?:of the (?:night|evening|day) )?(?:picks up|begins|starts|opens|fills|goes|takes|reaches|runs|is|differs)\b|(?:the [\p{L}-]+|\p{Lu}[\p{L}'’-]+|he|she|they) (?:tells|remembers|recalls|describes|sees) (?:it|the night|the evening|things|events) differently\b|(?:the [\p{L}-]+|\p{Lu}[\p{L}'’-]+|he|she|they) tells (?:a )?different (?:story|version)\b|the (?:(?:first|second|third|fourth|fifth|sixth|seventh)(?: and (?:last|final))? |next |last |final )(?:witness|account|statement|version|testimony|flashback)\b|(?:the [\p{L}-]+(?: [\p{L}-]+)?|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?) (?:testifies|gives evidence|tells the (?:court|jury|inquest|hearing|police)) (?:about|on|of) (?:the|that|what)\b)/u;

/**
 * More account openers: a point of view ("From the dead man's point of view, ...", "From Ilka's
 * perspective"), "In this fourth account", "In the second version", "The story as the cook
 * tells it".
 */
const ACCOUNT_OPENER_MORE =
  /^(?:from|in) (?:the [\p{L}-]+(?: [\p{L}-]+)?['’]s|his|her|their|\p{Lu}[\p{L}'’-]+['’]s?) (?:own )?(?:point of view|perspective|eyes)\b|^in (?:this|that|the|a) (?:(?:first|second|third|fourth|fifth|next|last|final|other|new) )?(?:account|version|telling|testimony)\b|^the (?:story|night|afternoon|evening|day) as (?:the [\p{L}-]+|\p{Lu}[\p{L}'’-]+) (?:tells|remembers|recalls|sees) it\b/u;

/** A witness named at a paragraph's start telling in the present: "Lena says she arrived at ten". */
const PRESENT_TELLING =
  /^(?:the [\p{L}-]+, )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?,?(?: [^.,;]{0,40},)? (?:says|tells (?:the |\p{Lu})[\p{L}-]+ that|testifies|remembers|recalls|claims|insists|swears)(?: that)? (?:he|she|they|it|the [\p{L}-]+|\p{Lu}[\p{L}-]+) (?:[\p{L}-]+ )?(?:was|were|had|did|[\p{L}]+ed|went|saw|came|left|heard|ran|got|took|made|found|knew|thought|told)\b/u;

/** A witness telling in the present opens the sentence ("Pirjo tells Rask that the dinner ran late"). */
const presentTelling = (s: string): boolean => TELLING_HINT.test(s) && PRESENT_TELLING.test(s);

/** Cheap test before the patterns: no sentence without one of these opens an account. */
const HINT =
  /according|version|account|telling|testimony|recollection|statement|flashback|testifies|gives evidence|tells the|point of view|perspective|eyes|tells it|(?:tells|remembers|recalls|describes|sees) (?:it|the|things|events|a diff)|seen|witness|differen|story/i;
/** Cheap test before a witness telling in the present. */
const TELLING_HINT = /says|tells|testifies|remembers|recalls|claims|insists|swears/;

/** The words of an inquiry, a trial or a police case: the frame the accounts are told in. */
const FRAME_WORDS =
  /\b(?:witness(?:es)?|testif(?:y|ies)|testimony|inquest|inquiry|hearing|court(?:room)?|trial|jury|judge|coroner|statements?|interviews?|detective|inspector|police|sergeant|documentary)\b/gi;
const MIN_FRAME_WORDS = 4;
/** Characters of a sentence tested for an opener. */
const OPENER_CHARS = 160;
/** Openers needed before a document is read as witnesses retelling one night. */
const MIN_ACCOUNTS = 3;
/** A told jump of this many days or more is backstory before the night, not part of it. */
const FAR_DAYS = 20;
/** The night's span in story days (its minutes are scaled into this). */
const NIGHT_DAYS = 0.5;
/** Steps between frame segments and between untimed moments of an account (minutes). */
const FRAME_STEP = 0.01;
const TICK_MINUTES = 1;
/** Shared content words that tie an untimed account's start to an earlier account's moment. */
const MIN_TIE_SHARED = 4;
const MIN_TIE_SCORE = 0.25;

/** "just before midnight", "a little after nine": minutes added to the clock time named. */
const NUDGE_BEFORE = /\b(?:just|shortly|a little|a bit|not long|some time|a few minutes) before $/i;
const NUDGE_AFTER = /\b(?:just|shortly|a little|a bit|not long|some time|a few minutes) after $/i;

/** A bare hour the clock rules leave out: "arrived at ten", "a little after nine", "at three". */
const BARE_HOUR =
  /\b(?:at|after|before|about|around|by|until) (?:about |around )?(two|three|four|five|six|seven|eight|nine|ten|eleven)\b(?! (?:of|years?|days?|weeks?|months?|hours?|minutes?|men|women|people|times|others|more|children|[a-z]+s\b))/gi;
const HOUR_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
];

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The truth shown after false accounts ("What the film now shows is the evening as it really
 * happened", "We then see what actually happened"): an account of its own that goes on over the
 * paragraphs after it until the frame's own words come back ("In the interview room, ...").
 */
const TRUTH_OPENER =
  /\b(?:shows?|shown|see|seen|replays?|replayed)\b[^.;]{0,40}?\b(?:as it (?:really|actually|truly) happened|what (?:really|actually|truly) happened)\b/i;

/** True when a sentence opens the truth after false accounts (see TRUTH_OPENER). */
export const truthOpenerAt = (sentence: string): boolean =>
  sentence.includes('happened') && TRUTH_OPENER.test(sentence);

/** A sentence that opens an account by its own words ("According to the bartender, ..."). */
export const openerAt = (sentence: string): boolean => {
  if (truthOpenerAt(sentence)) return true;
  if (!HINT.test(sentence)) return false;
  const s = sentence.replace(/^(?:and|but|then|now|so),? /i, '');
  const l = lowerFirst(s);
  return (
    ACCOUNT_OPENER.test(s) ||
    ACCOUNT_OPENER.test(l) ||
    ACCOUNT_OPENER_MORE.test(s) ||
    ACCOUNT_OPENER_MORE.test(l)
  );
};

/**
 * A witness introduced by the frame, telling nothing yet: "The first witness is Dilys Harte, who
 * runs the café", "The second witness, Nia Prosser, tells a different story", "The last witness
 * is Aled himself, called by the family's barrister", "The next witness takes the stand".
 */
const WITNESS_INTRO =
  /^[Tt]he (?:first|second|third|fourth|fifth|sixth|next|last|final) witness(?:,[^,.;]{1,60},)? (?:is (?!(?:not|never|no)\b)(?:called|sworn in|\p{Lu}[\p{L}'’-]+|(?:the|a|an|his|her|their) [\p{L}'’-]+)|takes the (?:stand|witness box)|steps (?:up|forward)|(?:tells|gives|offers|has) (?:a |an |her |his |their )?(?:different|other|another|new|own|second|third) (?:story|version|account))\b[^.;:]*(?::[^.;:]*)?$/u;
/**
 * Words of an introduction read as plain ones: when the frame calls the witness ("The third
 * witness, recalled the next day, is") and a person pointed at ("is that daughter").
 */
const CALLED_WHEN =
  /^([Tt]he [a-z]+ witness), (?:called|recalled|summoned|heard|sworn in) [^,.;]{1,40},/;
const POINTED = /^([Tt]he [a-z]+ witness is) (?:that|this) /;
/** Said things after an introduction: a witness's words, not the frame's. */
const INTRO_TELLS =
  /\b(?:that|says|said|saw|heard|remembers|recalls|night|evening|morning|o['’]clock)\b/i;

/** A frame sentence introducing a witness: the account begins with the sentence after it. */
export const witnessIntro = (sentence: string): boolean => {
  const s = sentence
    .trim()
    .replace(/[.!]+["”’)]*$/, '')
    .replace(CALLED_WHEN, '$1')
    .replace(POINTED, '$1 the ');
  return WITNESS_INTRO.test(s) && !INTRO_TELLS.test(s);
};

/** A name and a present verb opening a sentence: "Rask walks down to the shore". */
const SUBJECT_VERB = /^(\p{Lu}[\p{L}'’-]+) (?:[a-z]+ly )?[a-z]+s\b/u;
/** An interviewer's or a court's act: "Rask asks her what was stolen", "Maertens adjourns". */
const FRAME_ACT =
  /^(\p{Lu}[\p{L}'’-]+) (?:asks|thanks|notices|presses|writes|dismisses|adjourns|interrupts|turns to|lets (?:her|him|them) go|sends (?:her|him|them))\b/u;
/** A sentence opening in the frame's room: "In court, Pratt makes much of it", "Back at the inquest". */
const FRAME_PLACE =
  /^(?:(?:back )?(?:in|at|inside) (?:the )?(?:court(?:room)?|inquest|hearing|interview room|interrogation room|police station|witness box|tribunal)|under (?:cross-)?examination|on cross-examination)\b/i;
/** Subjects of this many sentences outside the accounts are the frame's own people. */
const MIN_FRAME_SUBJECT = 2;

/**
 * The frame's own people: names opening sentences (as subjects of a present verb) in paragraphs
 * with no account opener, at least twice.
 */
const frameNames = (text: string, segments: Segment[], opens: boolean[][]): Set<string> => {
  const counts = new Map<string, number>();
  let start = 0;
  for (let i = 0; i <= segments.length; i++) {
    if (i < segments.length && !(segments[i]?.paragraphStart ?? false)) continue;
    const paragraph = segments.slice(start, i);
    const told = paragraph.some((_, k) => (opens[start + k] ?? []).some(Boolean));
    if (!told)
      for (const seg of paragraph)
        for (const r of seg.sentences) {
          const m = SUBJECT_VERB.exec(text.slice(r.start, Math.min(r.end, r.start + 60)));
          const name = m?.[1];
          if (name && !STOP_WORDS.has(name.toLowerCase()))
            counts.set(name, (counts.get(name) ?? 0) + 1);
        }
    start = i;
  }
  return new Set([...counts].filter(([, n]) => n >= MIN_FRAME_SUBJECT).map(([w]) => w));
};

/** True when a sentence is the frame's person acting, or opens in its room: the frame is back inside a paragraph. */
const frameActAt = (sentence: string, names: ReadonlySet<string>): boolean => {
  if (FRAME_PLACE.test(sentence)) return true;
  const m = FRAME_ACT.exec(sentence);
  return m?.[1] !== undefined && names.has(m[1]);
};

const sentenceText = (text: string, r: { start: number; end: number }): string =>
  text.slice(r.start, Math.min(r.end, r.start + OPENER_CHARS));

/**
 * A witness introduced by the frame ("The first witness is Dilys Harte.") opens no account
 * itself: the account opens with the next sentence of its paragraph (a segment of its own, cut
 * by splitAtAccounts), and the introduction stays in the frame. `openAt` (each segment's opener
 * sentence, -1 for none) is changed in place.
 */
const introducedAccounts = (text: string, segments: Segment[], openAt: number[]): void => {
  segments.forEach((seg, i) => {
    const k = openAt[i] ?? -1;
    const r = seg.sentences[k];
    if (k < 0 || !r || !witnessIntro(sentenceText(text, r))) return;
    if (k + 1 < seg.sentences.length) {
      openAt[i] = k + 1;
      return;
    }
    const next = segments[i + 1];
    if (!next || next.paragraphStart) return;
    openAt[i] = -1;
    if ((openAt[i + 1] ?? -1) < 0) openAt[i + 1] = 0;
  });
};

/**
 * An account told in the past ("he noticed that the rowlock was loose and mended it") and the
 * next segment of its paragraph wholly in the present ("The room is in uproar. Hale adjourns."):
 * the frame is back. `account` holds the account of each segment read so far.
 */
const frameTenseBack = (
  text: string,
  segments: Segment[],
  account: number[],
  current: number,
  seg: Segment,
): boolean => {
  if (seg.paragraphStart) return false;
  const own = tenseProfile(text, seg.start, seg.end);
  if (own.present === 0 || own.past > 0 || own.perfect > 0) return false;
  let past = 0;
  let present = 0;
  segments.forEach((sg, j) => {
    if (account[j] !== current) return;
    const p = tenseProfile(text, sg.start, sg.end);
    past += p.past;
    present += p.present;
  });
  return past > 2 * present;
};

/** A month, or a stretch of weeks, months or years, named as the time of a past perfect. */
const LONG_BEFORE =
  /\b(?:in|since|by|until) (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:weeks|months|years) (?:before|earlier)\b|\bfor (?:over |nearly |almost |more than )?(?:a|two|three|four|five|six|several|many) (?:weeks?|months?|years?)\b/;

/**
 * A segment of an account told in the past perfect and naming a month or a long stretch ("Quell
 * had found out in February that Vossberg had been taking money for over a year"): what the
 * night grew out of, weeks or months before it.
 */
const toldLongBefore = (text: string, seg: Segment): boolean =>
  LONG_BEFORE.test(text.slice(seg.start, seg.end)) &&
  seg.sentences.every((r) => {
    const p = tenseProfile(text, r.start, r.end);
    return p.perfect > 0 && p.past <= 2 * p.perfect && p.present < p.perfect;
  });

/** A year named in a segment ("started the yard together in 1946"). */
const NAMED_YEAR = /\b(?:in|since|by|until|of) (?:\p{L}+ ){0,3}?(?:1[5-9]|20)\d\d\b/u;
/** A stretch of years named ("years before", "for three years"): told that far back. */
const YEARS_BACK =
  /\byears (?:before|earlier)\b|\bfor (?:over |nearly |almost |more than )?(?:two|three|four|five|six|several|many) years\b/;
/** The end of a frame sentence handing the rest of it to a telling ("tells the court how"). */
const TOLD_LEAD = /\b(?:how|that)\s*$|:\s*$/;
/** Story days a told past naming a year or years sits before the night (far before a month's). */
const YEARS_BEFORE_DAYS = 365;

/**
 * A told clause cut from a frame sentence ("Farrow tells the court how he and Quell had come
 * back from the war and started the yard together in 1946"): told in the past perfect and naming
 * a year, a month or a long stretch, it is the past the night grew out of, not the frame.
 */
const frameToldLongBefore = (text: string, seg: Segment): boolean => {
  if (seg.paragraphStart) return false;
  if (!TOLD_LEAD.test(text.slice(Math.max(0, seg.start - 40), seg.start))) return false;
  const own = text.slice(seg.start, seg.end);
  const first = seg.sentences[0];
  if (!first) return false;
  const p = tenseProfile(text, first.start, first.end);
  if (!(p.perfect > 0 && p.past <= 2 * p.perfect && p.present < p.perfect)) return false;
  return NAMED_YEAR.test(own) || LONG_BEFORE.test(own);
};

/** True when a segment told long before the night names years, not weeks or months. */
const yearsBefore = (text: string, seg: Segment): boolean => {
  const own = text.slice(seg.start, seg.end);
  return NAMED_YEAR.test(own) || YEARS_BACK.test(own);
};

/** Enough openers, and the words of an inquiry or a police case around them. */
const witnessDocument = (text: string, openers: number): boolean =>
  openers >= MIN_ACCOUNTS && inquiryWords(text);

/** The document inquiryWords last read, and its answer: the segmenter and the order both ask. */
let inquiryText: string | null = null;
let inquiryAnswer = false;

/**
 * The words of an inquiry in the document (tested first: one pass over the text, which stops at
 * the MIN_FRAME_WORDS-th match: the same answer as counting them all).
 */
const inquiryWords = (text: string): boolean => {
  if (text === inquiryText) return inquiryAnswer;
  let n = 0;
  FRAME_WORDS.lastIndex = 0;
  while (n < MIN_FRAME_WORDS && FRAME_WORDS.exec(text)) n++;
  FRAME_WORDS.lastIndex = 0;
  inquiryText = text;
  inquiryAnswer = n >= MIN_FRAME_WORDS;
  return inquiryAnswer;
};

/** True when a sentence names the inquiry or the police case (FRAME_WORDS). */
const frameWordsIn = (s: string): boolean => {
  FRAME_WORDS.lastIndex = 0;
  const found = FRAME_WORDS.test(s);
  FRAME_WORDS.lastIndex = 0;
  return found;
};

/** A sentence opening with its clock time ("At twenty to one, he says, ..."): a moment of its own. */
const OPENS_WITH_CLOCK = 24;
const opensWithClock = (s: string): boolean => {
  const c = findClocks(s.slice(0, OPENS_WITH_CLOCK + 20))[0];
  return c !== undefined && !c.bare && c.index <= OPENS_WITH_CLOCK;
};

/** A sentence that takes an account back to the night after a jump further back. */
const NIGHT_AGAIN = /^(?:on|that) (?:the )?night (?:itself|in question)\b|^on the night of the\b/i;

/**
 * In a document of witnesses retelling one night, a sentence opening an account ("According to
 * the bartender, ...") or coming back to the night after older backstory ("On the night itself,
 * she says, ...") starts a segment of its own, so that the frame's sentence before it and the
 * told night after it can each sit at their time.
 */
export const splitAtAccounts = (text: string, segments: Segment[]): Segment[] => {
  if (!inquiryWords(text)) return segments;
  let openers = 0;
  const opens: boolean[][] = segments.map((seg) =>
    seg.sentences.map((r) => {
      const s = text.slice(r.start, Math.min(r.end, r.start + OPENER_CHARS));
      const o = openerAt(s);
      if (o) openers++;
      return o || NIGHT_AGAIN.test(s) || opensWithClock(s);
    }),
  );
  if (!witnessDocument(text, openers)) return segments;
  // "The first witness is Dilys Harte. In her evidence she ...": the frame's introduction, then
  // the account from the sentence after it.
  segments.forEach((seg, si) => {
    const cuts = opens[si];
    if (!cuts) return;
    seg.sentences.forEach((r, k) => {
      if (cuts[k] && k + 1 < seg.sentences.length && witnessIntro(sentenceText(text, r)))
        cuts[k + 1] = true;
    });
  });
  // "The caterer, Pirjo, is the first to sit down. Pirjo tells Rask that ...": the frame's
  // first sentence and the account after it.
  segments.forEach((seg, si) => {
    const second = seg.sentences[1];
    const cuts = opens[si];
    if (!seg.paragraphStart || !second || !cuts || cuts[0] === true) return;
    if (presentTelling(text.slice(second.start, Math.min(second.end, second.start + OPENER_CHARS))))
      cuts[1] = true;
  });
  // Inside a told paragraph, the frame's person acting ("Rask asks her what was stolen") is the
  // frame again.
  const names = frameNames(text, segments, opens);
  let told = false;
  segments.forEach((seg, si) => {
    if (seg.paragraphStart) told = false;
    const cuts = opens[si] ?? [];
    seg.sentences.forEach((r, k) => {
      if (cuts[k]) told = true;
      else if (told && frameActAt(text.slice(r.start, Math.min(r.end, r.start + 60)), names))
        cuts[k] = true;
    });
  });
  const out: Segment[] = [];
  segments.forEach((sg, si) => {
    const cuts = opens[si] ?? [];
    if (!cuts.some((c, k) => c && k > 0)) {
      out.push(sg);
      return;
    }
    out.push(
      ...splitBefore(
        text,
        sg,
        (_r, k) => cuts[k] === true,
        (r) => findCue(text, r.start, r.end),
      ),
    );
  });
  return out;
};

/**
 * Minutes of a night's clock: an evening running into the small hours. Hours of 6 to 11 with
 * no half of the day named are the evening, 12 to 5 and the morning after are past midnight.
 */
const nightMinutes = (c: ClockMention): number => {
  const h = c.hour;
  if (c.fixed) return h === 0 ? 24 * 60 : 12 * 60;
  if (c.meridiem === null) {
    if (h >= 6 && h <= 11) return (h + 12) * 60 + c.minute;
    return (h === 12 ? 24 : h + 24) * 60 + c.minute;
  }
  return (h < 12 ? h + 24 : h) * 60 + c.minute;
};

/** The first clock time of a segment's text, as a mention (bare hours included). */
const firstClock = (s: string): { mention: ClockMention; nudge: number } | null => {
  const found = findClocks(s);
  BARE_HOUR.lastIndex = 0;
  const bare = BARE_HOUR.exec(s);
  let mention = found[0] ?? null;
  if (bare && (!mention || bare.index < mention.index)) {
    const hour = HOUR_WORDS.indexOf((bare[1] ?? '').toLowerCase()) + 2;
    mention = { hour, minute: 0, meridiem: null, strong: true, bare: true, index: bare.index };
  }
  if (!mention) return null;
  const before = s.slice(Math.max(0, mention.index - 30), mention.index + 6);
  const head = before.replace(/\b(?:at|about|around)\s+$/i, '');
  const nudge = NUDGE_BEFORE.test(head.replace(/\S+$/, ''))
    ? -5
    : NUDGE_AFTER.test(head.replace(/\S+$/, ''))
      ? 5
      : 0;
  return { mention, nudge };
};

/**
 * Re-times a document of witnesses retelling one night (see the module comment); returns
 * whether it applied. `words` are the segments' content words, `similarity` their overlap.
 */
export const applyWitnessAccounts = (
  text: string,
  segments: Segment[],
  out: Placement[],
  words: (i: number) => Set<string>,
  similarity: (a: Set<string>, b: Set<string>) => { score: number; shared: number },
): boolean => {
  if (!inquiryWords(text)) return false;
  // Which sentence of each segment opens an account (-1: none).
  const sentenceAt = (r: { start: number; end: number }): string =>
    text.slice(r.start, Math.min(r.end, r.start + OPENER_CHARS));
  const openAt = segments.map((seg) => seg.sentences.findIndex((r) => openerAt(sentenceAt(r))));
  if (!witnessDocument(text, openAt.filter((k) => k >= 0).length)) return false;
  introducedAccounts(text, segments, openAt);
  // In such a document a paragraph may open on a witness telling in the present ("Lena says
  // she arrived at ten"): that is an account too.
  // Its second sentence may be cut off as a segment of its own (splitAtAccounts).
  let told = 0;
  segments.forEach((seg, i) => {
    if (seg.paragraphStart) told = 0;
    const before = told;
    told += seg.sentences.length;
    if ((openAt[i] ?? -1) >= 0 || before >= 2) return;
    const k = seg.sentences.slice(0, 2 - before).findIndex((r) => presentTelling(sentenceAt(r)));
    if (k >= 0) openAt[i] = k;
  });

  // Account or frame, in text order: an account runs from its opener to its paragraph's end,
  // or to the frame's person acting again.
  const names = frameNames(
    text,
    segments,
    openAt.map((k, i) => (segments[i]?.sentences ?? []).map((_, j) => j === k)),
  );
  const account: number[] = segments.map(() => -1);
  let current = -1;
  let accounts = 0;
  /** True while the truth shown after the accounts goes on (see TRUTH_OPENER). */
  let truth = false;
  /** The accounts that carry the truth on from the paragraph before. */
  const truthGoesOn = new Set<number>();
  segments.forEach((seg, i) => {
    const head = seg.sentences[0];
    const k = openAt[i] ?? -1;
    // Each paragraph of the truth is a moment of its own, tied to the account it retells.
    truth &&= !(head && k < 0 && seg.paragraphStart && frameWordsIn(sentenceAt(head)));
    if (seg.paragraphStart) current = truth && k < 0 ? accounts++ : -1;
    if (seg.paragraphStart && truth && k < 0) truthGoesOn.add(current);
    else if (head && frameActAt(sentenceAt(head), names)) current = -1;
    else if (current >= 0 && k < 0 && frameTenseBack(text, segments, account, current, seg))
      current = -1;
    const opener = seg.sentences[k];
    if (opener && truthOpenerAt(sentenceAt(opener))) truth = true;
    // A segment is told when most of it follows its opener ("The caterer, Pirjo, is the first
    // to sit down. Pirjo tells Rask that ..."); an opener late in a frame segment hands the
    // rest of the paragraph to the account.
    const told = k >= 0 && seg.sentences.length - k > 2 * k;
    if (told) current = accounts++;
    account[i] = current;
    if (k > 0 && !told) current = accounts++;
  });
  const inAccount = (i: number): boolean => (account[i] ?? -1) >= 0;
  if (accounts < MIN_ACCOUNTS || !segments.some((_, i) => !inAccount(i))) return false;

  // The night’s clock: minutes of each account segment's first time, settled together.
  const clocks = segments.map((seg, i) =>
    inAccount(i) ? firstClock(text.slice(seg.start, seg.end)) : null,
  );
  // A night (a time of the evening or the small hours named) reads its hours as one; any
  // other day is settled as the clock stage settles it.
  const night = clocks.some(
    (c) =>
      c !== null &&
      (c.mention.fixed === true ||
        (c.mention.meridiem !== null && (c.mention.hour >= 18 || c.mention.hour < 5))),
  );
  const minutes = night
    ? clocks.map((c) => (c ? nightMinutes(c.mention) : null))
    : clockMinutes(clocks.map((c) => c?.mention ?? null));
  const timed = minutes.map((m, i) => (m === null ? null : m + (clocks[i]?.nudge ?? 0)));
  const known = timed.filter((m): m is number => m !== null);
  const nightStart = known.length ? Math.min(...known) - 10 : 0;

  // "Quell had found out in February that ...": weeks or months before the night, in an account.
  // So is a told clause of the frame in the past perfect naming a year ("Farrow tells the court
  // how he and Quell had started the yard in 1946").
  const before = segments.map((seg, i) =>
    inAccount(i)
      ? account[i - 1] === account[i] && toldLongBefore(text, seg)
      : frameToldLongBefore(text, seg),
  );
  const at: (number | null)[] = segments.map(() => null);
  let reached = nightStart;
  segments.forEach((seg, i) => {
    const a = account[i] ?? -1;
    if (a < 0) return;
    const cue = seg.cue;
    if (cue && cue.days !== null && cue.days <= -FAR_DAYS) return;
    if (before[i]) return;
    const own = timed[i] ?? null;
    const first = i === 0 || account[i - 1] !== a || before[i - 1] === true;
    let m: number;
    if (own !== null) m = own;
    else if (!first) m = (at[i - 1] ?? reached) + TICK_MINUTES;
    else {
      // An account naming no time: the moment of an earlier account it retells, else where the
      // accounts so far have reached.
      let best = -1;
      let bestScore = 0;
      const wi = words(i);
      for (let j = 0; j < i; j++) {
        if (!inAccount(j) || at[j] === null) continue;
        const sim = similarity(wi, words(j));
        if (sim.shared >= MIN_TIE_SHARED && sim.score >= MIN_TIE_SCORE && sim.score > bestScore) {
          best = j;
          bestScore = sim.score;
        }
      }
      m = best >= 0 ? (at[best] ?? reached) : reached + TICK_MINUTES;
      // The truth runs forward: a paragraph of it never goes before the one it follows.
      const before = at[i - 1];
      if (truthGoesOn.has(a) && before !== null && before !== undefined)
        m = best >= 0 ? Math.max(m, before + TICK_MINUTES) : before + TICK_MINUTES;
    }
    at[i] = m;
    reached = Math.max(reached, m);
  });

  // The frame after the night, in text order; the night's minutes scaled into its span.
  const frameStart = Math.max(...out.map((p) => p.t)) + 1;
  const span = Math.max(1, reached - nightStart);
  const nightT = (m: number): number =>
    frameStart - 1 - NIGHT_DAYS + ((m - nightStart) / span) * NIGHT_DAYS;
  let frameT = frameStart;
  segments.forEach((seg, i) => {
    const p = out[i];
    if (!p) return;
    const m = at[i];
    const cue = seg.cue;
    if (m !== null && m !== undefined) {
      p.t = nightT(m);
      if (p.kind === 'present') p.kind = 'recounted';
    } else if (before[i]) {
      // Told in the past perfect with a month or a long stretch: just before the night.
      p.t = nightT(nightStart) - (yearsBefore(text, seg) ? YEARS_BEFORE_DAYS : FAR_DAYS);
      if (p.kind === 'present') p.kind = 'recounted';
    } else if (cue && cue.days !== null && cue.days <= -FAR_DAYS) {
      // Years before the night ("Eleven years earlier, she tells the court").
      p.t = nightT(nightStart) + cue.days;
      if (p.kind === 'present') p.kind = 'flashback';
    } else {
      if (cue?.kind === 'forward' && cue.days !== null && cue.days > 0) frameT += cue.days;
      p.t = frameT;
      p.kind = 'present';
      frameT += FRAME_STEP;
    }
  });
  return true;
};
