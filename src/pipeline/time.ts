import {
  firstFiniteVerb,
  literalAlternation,
  NUMBER_PATTERN,
  parseNumber,
  UNIT_DAYS,
  unitOf,
} from './text';
import { talksAboutFlashbacks } from './flashbackEnds';
import { aboutTheFilm, nearFlashback } from './aboutTheFilm';
import { documentJump } from './documents';
import { filmOpensInYear } from './settingLead';
import { shownInYear, yearEndsOpeningPhrase, yearInOpeningPhrase } from './yearPhrase';

/**
 * Stage 6a, time cues: finds the words that place a sentence in time. A cue is one of
 * - `flashback` / `flashforward`: the telling jumps ("An extended flashback occurs"),
 * - `back`: a relative jump into the past ("Twelve years ago", "The night before"),
 * - `forward`: a relative step on ("The following day", "Several weeks later"),
 * - `return`: back to the main line ("Back in the present", "It is now morning"),
 * - `year`: an absolute year ("In 1994").
 * `days` is the signed size of the jump where the words give one (null: unknown size).
 * Shape out: TimeCue | null per sentence; segment.ts splits at cues, order.ts uses them.
 */

/** The kinds of time cue. */
export type CueKind = 'flashback' | 'flashforward' | 'back' | 'forward' | 'return' | 'year';

/** A time cue found in a sentence: its kind, words, offsets and signed size in days. */
export interface TimeCue {
  kind: CueKind;
  text: string;
  start: number;
  end: number;
  days: number | null;
  year: number | null;
  /** True when the cue opens its sentence (so the sentence can start a new scene). */
  opening: boolean;
  /** For a return: true when it names the film's opening ("where the film began"). */
  toOpening?: boolean;
  /** True when the cue itself says someone tells what follows ("In her version, ..."). */
  told?: boolean;
  /** For a flashback: true when it goes back to the story's start ("went back to the beginning"). */
  toStart?: boolean;
  /**
   * For a year: true when a telling only points at it ("tells the room what he did in 1944",
   * "admits what really happened in 1970"): what the year holds is named, not narrated.
   */
  reference?: boolean;
  /**
   * For a flashback without a year: the year it moves to ("The film returns to 1998"), which
   * closes a flashback when it is the main line's own year (order.ts); it measures nothing else.
   */
  toYear?: number;
  /**
   * For a year read from a bare decade ("Back to the 90s"): the decade's first year. The year is
   * the decade's middle; order-decades.ts moves it to where the telling was last in that decade.
   */
  decade?: number;
}

/** The year a cue names: a year cue's, or a flashback's that names one ("back to 1948"); else null. */
export const namedYear = (c: TimeCue | null | undefined): number | null =>
  c && (c.kind === 'year' || c.kind === 'flashback') ? c.year : null;

const N = `(?:${NUMBER_PATTERN})`;
const UNIT =
  '(?:seconds?|minutes?|moments?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|seasons?|summers?|winters?|years?|decades?|centuries|century)';

interface Rule {
  kind: CueKind;
  re: RegExp;
  days: (m: RegExpExecArray) => number | null;
  /** A return to the film's opening moment (a retelling from the start). */
  toOpening?: boolean;
  /** What follows the cue is someone's telling. */
  told?: boolean;
  /** A flashback to the story's start, before anything told so far. */
  toStart?: boolean;
  /**
   * A cheap prefilter: every match of `re` contains a match of `hint` (case-insensitive like
   * `re`), so a sentence without one cannot match and skipping the rule changes nothing. A
   * literal alternation is searched much faster than a rule's word-bounded pattern.
   */
  hint?: RegExp;
  /** For a flashback whose match names its year itself ("brings back 1979"): that year. */
  year?: (m: RegExpExecArray) => number | null;
}

/** The year in a match that names one. */
const yearIn = (m: RegExpExecArray): number | null => {
  const y = /\b(?:1[5-9]|20)\d\d\b/.exec(m[0]);
  return y ? Number(y[0]) : null;
};

const amount = (m: RegExpExecArray, sign: number): number =>
  sign * parseNumber(m[1] ?? 'one') * (UNIT_DAYS[unitOf(m[2] ?? 'day')] ?? 1);

// Order matters: the first rule that matches wins, so the specific come before the general.
const RULES: Rule[] = [
  {
    kind: 'return',
    re: /\b(?:back (?:in|to|into) (?:the )?present(?: day| time)?|(?:returns?|returning|cuts? back|we go back) to the present(?: day)?|in the present(?: day)?|present[- ]day|the present,|^(?:\(?\d{1,3}[.)]\s+)?(?:(?:the )?present|now)(?=\s*[:—–.]|\s*$)|^\(?\d{1,3}[.)]\s+now(?=,)|the flashback (?:ends|is over|concludes)|(?:end|out) of the flashback|flashbacks? ends?|it is now (?:the )?(?:morning|night|evening|afternoon|dawn|day|present|next|following|\d{4})|we(?: are)? (?:back|return) (?:in|to) (?:the )?(?:present|now|today)|back to (?:the )?(?:present|today|now)|interrupts? (?:his|her|their|the) (?:own )?(?:story|account|tale|telling|testimony|narration)|(?:wakes?|woke|awakes?|awoke)(?: up)? (?:shouting|screaming|with a start|in a (?:cold )?sweat|gasping|sobbing|in tears|trembling)|interrupted (?:his|her|their|the) (?:own )?(?:story|account|tale|telling|testimony|narration))\b/i,
    // Each branch says present, flashback, now, back, return, interrupt or waking.
    hint: /present|flashback|now|back|return|interrupt|wake|woke/i,
    days: () => null,
  },
  {
    kind: 'return',
    re: /\b(?:(?<!(?<!\b(?:returns?|returning|back|cuts?|comes?|came|goes|go|went|arrives?|arrived|ends?|ended) (?:in |to |into |at |up (?:in |at )?)?)\b(?:the|a|an|this|that|her|his|their|its) (?:(?!(?:is|was|are|were)\b)[^\s,.;:!?]+ ){1,2})where (?:the film|the story|the movie|it all|this|we) (?:began|begins|opened|opens|started|starts|came in)|(?:returns?|back|cuts? back) to the (?:film's )?opening(?: (?:scene|image|shot))?|(?:returns?|comes? back|cuts? back) to the (?:image|scene|shot|moment|picture) (?:that )?(?:the film|the story|the movie|it|we) (?:opened|opens|began|begins|started|starts) (?:with|on)|(?:catches|caught|catch|catching) up with (?:the|its|the film's|the movie's) (?:opening|cold open)|back at the (?:film's |movie's )?(?:opening|cold open)\b|(?:scene|moment|image|shot) from the (?:very )?(?:start|beginning|opening) of the (?:film|movie)|the rest of the opening (?:scene|image|shot|sequence))\b/i,
    // Each branch says "where (the|it all|this|we) ", opening, start/beginning of the, return or back.
    hint: /where (?:the|it all|this|we) |opening|start of the|beginning of the|return|back/i,
    days: () => null,
  },
  {
    kind: 'flashback',
    re: /\b(?:the film|the story|the narrative|the movie|we) (?:then |now )?(?:returns?|goes back|jumps back|cuts back|shifts back|moves back|travels back|flashes back|skips back|backtracks) (?:in time )?to (?:(?:early |late |the (?:spring|summer|autumn|fall|winter) of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:1[5-9]|20)\d\d|the past|(?:his|her|their) (?:childhood|youth))\b|\b(?:the film|the story|the narrative|the movie|we) (?:then |now )?(?:goes back|jumps back|cuts back|shifts back|travels back|flashes back|skips back|backtracks) (?:in time )?to (?:the )?(?:previous |preceding |last |early |late )?(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)(?=[,.;:]| of\b| when\b| before\b)|\b(?:takes|took|sends|sent|carries|carried|transports|brings|throws) (?:\w+ ){1,2}back to (?:(?:the|a|his|her|their) )?(?:(?:\w+ )?(?:summer|winter|spring|autumn|fall|days?|nights?|time|years?|childhood|youth|past|war)\b|(?:1[5-9]|20)\d\d)|\bback to (?:the )?(?:summer|winter|spring|autumn|fall|day|night|time|year) (?:of|when|before)\b/i,
    // Each branch says return or back.
    hint: /return|back/i,
    days: () => null,
  },
  {
    // A thing or a memory carries the telling to a year: "a fishing rod takes her to 1983", "the
    // film drops us into 1974", "a photograph brings back 1979", "The last memory ... is of 1990".
    kind: 'flashback',
    re: /\b(?:takes|took|sends|sent|carries|carried|transports|transported|brings|brought|drops|dropped|plunges|plunged|throws|threw|whisks|whisked) (?:her|him|them|us|the (?:film|story|viewers?|audience)|viewers) (?:back )?(?:in)?to (?:early |late )?(?:the (?:spring|summer|autumn|fall|winter) of )?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:1[5-9]|20)\d\d\b|\bbrings? back (?:the (?:spring|summer|autumn|fall|winter) of )?(?:1[5-9]|20)\d\d\b|\b(?:memory|memories|flashback|recollection)\b(?:[^.;:!?]{0,60}?\s)?(?:is|are|goes back|go back) (?:of|to) (?:the (?:spring|summer|autumn|fall|winter) of )?(?:1[5-9]|20)\d\d\b/i,
    hint: /takes|took|sen[dt]|carri|transport|brings|brought|drop|plung|throw|threw|whisk|memor|flash|recollection/i,
    year: yearIn,
    days: () => null,
  },
  {
    // The film going back to a day or a night of the past ("The film cuts back to the day he
    // hired her", "we flash back to the night of the fire"), or showing the truth of what was
    // told ("The film then shows us what really happened"). "Returns to" is left out: it may
    // be the main line coming back ("returns to the morning of the wedding").
    kind: 'flashback',
    // (Not case-blind: a name after the day is a capital word, "the winter camp" is no jump.)
    re: /\b(?:[Tt]he film|[Tt]he story|[Tt]he narrative|[Tt]he movie|[Ww]e|[Ii]t) (?:then |now |finally )?(?:(?:goes|went|jumps?|jumped|cuts?|cut|flash(?:es|ed)?|skips?|skipped|travels?|travelled|traveled) back (?:in time )?to the (?:day|night|morning|afternoon|evening|week|moment|time|summer|winter|spring|autumn) (?:when|that|of|before|after|she|he|they|it|\p{Lu}[\p{L}'’-]+)\b|(?:shows?|showed|reveals?|revealed) (?:us |the audience |the viewer )?what (?:really|actually|truly) happened)/u,
    // Each branch says back, or what happened.
    hint: /back|happened/i,
    days: () => null,
  },
  {
    // A retelling from another viewpoint ("From Maya's side, ...", "We see the same night again
    // through the driver's eyes") starts again at the shared opening moment.
    kind: 'return',
    re: /\b(?:replays?|replayed|retells?|retold|revisits?|shows? (?:it|them|the \p{L}+) again|(?:starts?|begins?) (?:over|again))\b[^.;]{0,60}?\b(?:from|through) (?:\p{Lu}[\p{L}'’-]+['’]s?|the [\p{L}-]+['’]s?|(?:his|her|their) (?:own )?) ?(?:side|eyes|point of view|perspective|viewpoint|vantage)\b|^(?:[\w ,]{0,30}\b)?(?:from|through) (?:\p{Lu}[\p{L}'’-]+['’]s?|the [\p{L}-]+['’]s?|(?:his|her|their) (?:own )?) ?(?:side|eyes|point of view|perspective|viewpoint|vantage)\b|\bthe same (?:night|day|evening|morning|afternoon|events?|moments?|hours?|scene) (?:again|once more|replays?|is replayed|is retold|unfolds again)\b/iu,
    days: () => null,
    toOpening: true,
    // Each branch ends in a viewpoint word or says "the same".
    hint: /side|eyes|point of view|perspective|viewpoint|vantage|the same/iu,
  },
  {
    // The telling goes back to the story's start ("The third chapter went back to the
    // beginning", "the film then goes back to the very start"): before all told so far. Not a
    // day's start ("back to the start of the day": another part of one day).
    kind: 'flashback',
    re: /\b(?:goes|go|went|gone|cuts?|jumps?|jumped|skips?|skipped|travels?|travelled|traveled|loops?|looped) back to (?:the )?(?:very )?(?:beginning|start)\b(?! of (?:the|that|this) (?:same )?(?:day|night|morning|evening|afternoon|week|party|meeting|game|match|show|scene|film|movie|episode))/iu,
    hint: /back to/iu,
    days: () => null,
    toStart: true,
  },
  {
    // "The film rewinds to the afternoon", "it rewinds once more, to that morning": a step back
    // of some hours, from wherever the last rewind landed.
    kind: 'back',
    // ("the rewind room", "a rewind bench": a thing named, not the film rewinding.)
    re: /\b(?:(?<!\b(?:the|a|an) )rewinds?(?! (?:room|bench|button|key|handle|knob)\b)|rewinding|winds? back|turns? the clock back|backs? up)\b(?: (?:once more|again|further|a few hours|several hours|some hours))?,?(?: to\b)?/i,
    hint: /rewind|back/i,
    days: () => -0.3,
  },
  {
    kind: 'flashback',
    re: /^(?:in|back in|meanwhile,? in) the past\b|^(?:in|back in) the (?:earlier|older|past|first) (?:timeline|story|thread)\b/i,
    days: () => null,
  },
  {
    // A witness's or a teller's version shown ("In her version, Kemp follows Owen out"): the
    // telling goes back to what is told.
    kind: 'back',
    re: /^(?:in|according to) (?:(?:his|her|their|\p{Lu}[\p{L}'’-]+['’]s?) (?:own |first |second |next )?|the (?:second|third|next|other|new) )(?:version|account|telling|testimony|recollection|retelling)\b/iu,
    days: () => null,
    told: true,
    hint: /version|account|telling|testimony|recollection/i,
  },
  {
    kind: 'flashforward',
    // A vision or premonition shows what is to come; a dream stays when it is dreamt.
    re: /\b(?:flash[- ]?forwards?|in the future|(?:jumps?|skips?) (?:ahead|forward)|(?:sees?|has|had|saw|glimpses?) an? (?:\w+ )?(?:vision|premonition)s?|in an? (?:\w+ )?(?:vision|premonition)|foresees?|foresaw|(?:(?:her|his|their)|an? (?:fit|flash|moment|bout|spell) of) second[- ]sight)\b/i,
    hint: /flash|future|ahead|forward|vision|premonition|foresee|foresaw|second.sight/i,
    days: () => null,
  },
  {
    kind: 'flashback',
    re: new RegExp(
      `\\b(?:flash(?:es|ing)? ?|(?:goes|go|going|went|jumps?|jumped|jumping|cuts?|cutting|skips?|skipped|travels?|travell?ed|moves?|moved|reaches|reached) )back (?:to )?(?:about |some |nearly |almost )?(${N}) (${UNIT})\\b(?! (?:later|after|afterwards|on)\\b)(?: (?:ago|earlier|before|prior|in time))?`,
      'i',
    ),
    // Every match says "back" ("flashes back", "goes back thirty years").
    hint: /back/i,
    days: (m) => amount(m, -1),
  },
  {
    kind: 'flashback',
    re: /\b(?:flash(?:es|ing)?[- ]?backs?|told in flashback|in (?:a|the|another|an earlier) (?:\w+ )?memory|reliv(?:es|ed) (?:the|that) (?:[a-z]+ ){0,2}(?:day|night|morning|evening|afternoon|moment))\b/i,
    hint: /flash|memory|reliv/i,
    days: () => null,
  },
  {
    kind: 'back',
    re: new RegExp(
      `\\b(${N})(?: long)? (${UNIT})(?: or so)? (?:ago|earlier|before(?=[,.;]| that| this| the| [.!?]?\\s*$)|prior|previously|in the past|back)\\b`,
      'i',
    ),
    // The rule's pattern from its unit on, without the word boundaries.
    hint: new RegExp(
      `${UNIT}(?: or so)? (?:ago|earlier|before|prior|previously|in the past|back)`,
      'i',
    ),
    days: (m) => amount(m, -1),
  },
  {
    kind: 'back',
    re: new RegExp(`\\b()(${UNIT}) (?:ago|earlier|before(?=[,.;]| that| this))\\b`, 'i'),
    hint: new RegExp(`${UNIT} (?:ago|earlier|before)`, 'i'),
    days: (m) => amount(m, -1) * 3,
  },
  {
    kind: 'back',
    re: /\b()(night|day|evening|morning|afternoon|week|month|year|weekend) (?:before|prior)(?=[,.;]| that| this|$)/i,
    hint: /before|prior/i,
    days: (m) => amount(m, -1),
  },
  {
    kind: 'back',
    re: /\bthe previous ()(night|day|evening|morning|afternoon|week|month|year|weekend|summer|winter|spring|autumn)\b/i,
    hint: /the previous/i,
    days: (m) => amount(m, -1),
  },
  {
    kind: 'back',
    re: /\b(?:earlier (?:that|this|the same|in the) (?:day|night|morning|evening|afternoon|week)|^earlier,|^earlier in the (?:day|night|evening)|^before (?:that|this),|^prior to (?:that|this)|^hours earlier)\b/i,
    hint: /earlier|before|prior/i,
    days: () => -0.25,
  },
  {
    kind: 'back',
    re: /\b(?:long ago|as (?:a|young|little) (?:child|boy|girl|kid|teenager|teen|young (?:man|woman))|as children|as kids|as teenagers|in (?:his|her|their) (?:childhood|youth|teens)|when (?:he|she|they) (?:was|were) (?:a (?:child|boy|girl|kid|teenager|young)|young|little|children|kids|teenagers|boys|girls|\d+))\b/i,
    // Every branch names a young age (child, boy, girl, kid, teen, young, youth), says "ago" or
    // says "when (he|she|they) (was|were) ".
    hint: /ago|child|boy|girl|kid|teen|young|youth|when (?:he|she|they) (?:was|were) /i,
    days: () => -20 * 365,
  },
  {
    kind: 'forward',
    re: new RegExp(
      `\\b(${N}) (${UNIT}) (?:later|afterwards?|on|pass|passes|have passed|go by|later on)\\b`,
      'i',
    ),
    // The rule's pattern from its unit on, without the word boundaries.
    hint: new RegExp(
      `${UNIT} (?:later|afterwards?|on|pass|passes|have passed|go by|later on)`,
      'i',
    ),
    days: (m) => amount(m, 1),
  },
  {
    kind: 'forward',
    re: new RegExp(`\\b()(${UNIT}) (?:later|pass|go by)\\b`, 'i'),
    hint: new RegExp(`${UNIT} (?:later|pass|go by)`, 'i'),
    days: (m) => amount(m, 1) * 3,
  },
  {
    kind: 'forward',
    re: /\b(?:the|on the) (?:next|following) ()(day|morning|night|evening|afternoon|week|weekend|month|year|summer|winter)\b|\bthe ()(day|morning|night|week) after\b|\bnext ()(morning|day)\b|\b(?:the|on the) (?:next|following) ()(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i,
    hint: /next|following|after/i,
    days: (m) => {
      // A named weekday ahead ("the following Saturday") is a few days on.
      if (m[7] !== undefined) return 3;
      const unit = m[2] ?? m[4] ?? m[6] ?? 'day';
      return (UNIT_DAYS[unitOf(unit)] ?? 1) * (/night|evening/i.test(unit) ? 0.5 : 1);
    },
  },
  {
    // A season ahead ("The following spring"): about half a year.
    kind: 'forward',
    re: /\b(?:the|by the|on the) (?:next|following) (?:spring|autumn|fall)\b/i,
    hint: /next|following/i,
    days: () => 180,
  },

  {
    kind: 'forward',
    re: /\b(?:later (?:that|this|the same) (?:day|night|evening|morning|afternoon)|that (?:night|evening|afternoon)|(?:some|sometime|some time|a while|a short time) later|(?:soon|shortly) after(?:wards)?|^later,|^later on,|^afterwards?,|^eventually,|^the day after)\b/i,
    hint: /later|night|evening|afternoon|after|eventually/i,
    days: (m) => (/night|evening/i.test(m[0]) ? 0.4 : 0.2),
  },
];

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|spring|summer|autumn|fall|winter';
const YEAR = new RegExp(
  `\\b(?:(?:in|by|during|throughout|through(?= the)|of|around|circa|c\\.|until|from|early|late|mid|it is|it was|it['’]s|the year is|the year was|(?<!\\b(?:dates?|dated|dating|traces?|traced|tracing) )back to|returning to)(?: the (?:${MONTHS}) of| (?:early|late|mid)-?)?|${MONTHS}),? (?:\\d{1,2},? )?((?:1[5-9]|20)\\d\\d)\\b|^(?:\\(?\\d{1,3}[.)]\\s+)?((?:1[5-9]|20)\\d\\d)\\b(?:[,:.\\s]|$)|^(?:(?:chapter|part|act|book|sequence|segment|section|reel|episode)\\b[^.!?]{0,30}?|scenes? [\\d.]{1,5}\\s*[:.,–—-]?\\s*\\(?)\\b((?:1[5-9]|20)\\d\\d)\\b|^\\p{Lu}[\\p{L}'’. -]{1,30}, (?:(?:the )?\\d{1,2}(?:st|nd|rd|th)? )?(?:(?:${MONTHS}),? )?(?:\\d{1,2},? )?((?:1[5-9]|20)\\d\\d)(?=[.:,;\\s]|$)|^(?:\\d{1,3}[.)]\\s+)?[^.!?()]{1,40}\\(((?:1[5-9]|20)\\d\\d)\\)\\s*(?:[.:–—-]|$)`,
  'iu',
);

/**
 * A decade the telling goes to or stays in ("Back to the 90s", "Still the 1990s, 1999", "In the
 * seventies"): the year it names after the decade, else the decade's middle year. Two-digit
 * decades from the thirties to the nineties are the twentieth century's.
 */
const DECADE =
  /^(?:\(?\d{1,3}[.)]\s+)?(?:(?:and |but |then |now )?(?:back (?:to|in)|still(?: in)?|in|it['’]s|it is|we are in|the film goes back to|the film returns to)\s+)?the (?:(19|20)(\d)0s|([3-9])0s|['’]([3-9])0s|(thirties|forties|fifties|sixties|seventies|eighties|nineties))\b(?:(?: again)?,\s*(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b)?/i;
const DECADE_WORDS: Record<string, number> = {
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** The year a sentence opening on a decade names (see DECADE), or null. */
const decadeYear = (
  s: string,
): { year: number; decade: number | null; index: number; text: string } | null => {
  const m = DECADE.exec(s);
  if (!m) return null;
  if (m[6]) return { year: Number(m[6]), decade: null, index: m.index, text: m[0] };
  const century = m[1] ? Number(m[1]) * 100 : 1900;
  const tens = Number(m[2] ?? m[3] ?? m[4] ?? DECADE_WORDS[(m[5] ?? '').toLowerCase()] ?? NaN);
  if (!Number.isFinite(tens)) return null;
  const first = century + tens * 10;
  return { year: first + 5, decade: first, index: m.index, text: m[0] };
};

/** A move of the telling to a year ("returns to 1998", "We return to 1998"): see TimeCue.toYear. */
const TO_YEAR = /\b(?:returns?|returning) to ((?:1[5-9]|20)\d\d)\b/i;
/**
 * A telling whose object only points at a past ("tells them what he did", "admits what really
 * happened", "confesses the truth about what she did"), ending where a year may follow.
 */
const TOLD_REFERENCE =
  /\b(?:tells?|told|telling|confess(?:es|ed|ing)?|admits?|admitted|admitting|reveals?|revealed|revealing|explains?|explained|explaining)\b[^.;:!?"“]{0,60}?\bwhat (?:(?:really|actually) )?(?:happened|(?:he|she|they|I|we|you|\p{Lu}[\p{L}'’-]+|(?:his|her|their|the|my|our|your) (?:[\p{L}'’-]+ )?[\p{L}'’-]+)(?: (?:really|actually|once))? (?:did|had done|has done|saw|had seen))(?: back)?\s*$/u;
/** A prefilter for YEAR: every branch of it contains a year. */
const YEAR_HINT = /(?:1[5-9]|20)\d\d/;
/** A sentence in the writer's voice (outside quotes) or a question. */
const WRITER_ASIDE =
  /\bI(?:['’]m| am| think| guess| believe| assume| suppose| reckon| was| have| had| saw| watched| thought| first)\b|\?\s*["”’)]*\s*$/;

/** A caption's words: a short time jump, the present, or a year, and nothing else. */
const CAPTION = new RegExp(
  `^(?:(?:(?:${N}|an?|some|several|a few) )?${UNIT} (?:earlier|later|ago|before|after)|(?:the )?present(?: day)?|today|now|(?:(?:${MONTHS}),? )?(?:1[5-9]|20)\\d\\d)[.!,]?$`,
  'i',
);

/** What may stand before a cue that still opens its sentence ("And then, two days later"). */
const OPENER =
  /^(?:\(?\d{1,3}[.)]\s+|[•*–—-]\s+)?(?:(?:and|but|then|so|however|meanwhile|finally|eventually|now|back|it is|it's|it was|it|this is|by|on|in|at|until|about|around|just|only|almost|nearly|exactly|we|the film|the story|the movie|the scene|cut to|jump to)[\s,:]+){0,3}$/i;

/** Words without which no rule can match: most sentences skip the rules altogether. */
const CUE_HINT = new RegExp(
  // Built factored by first letters (literalAlternation): the same test as the plain list, faster.
  // A word that holds another listed word needs no entry of its own: "afternoon" holds "after",
  // "monday" holds "day", "winds back" and "backs up" hold "back".
  `${literalAlternation(
    (
      'ago interrupt version account telling testimony recollection replay retell retold revisit happened ' +
      'rewind clock side eyes perspective viewpoint vantage vision premonition foresee sight ' +
      'foresaw earl befor prior previous later after next follow flash present now back return ' +
      'year month week day night morning evening hour moment child young kid teen youth future ' +
      'ahead forward began begin open start past catch caught memory reliv long summer winter ' +
      'spring autumn fall decade centur soon short eventual january february march april may june wake woke ' +
      '0s ties ' +
      'july august september october november december'
    ).split(' '),
  )}|point of view|\\d{4}`,
  'i',
);

/** A jump cue that could be a reader's jump inside a document ("skips ahead", not "flashes back"). */
const pageTurn = (kind: CueKind, words: string): boolean =>
  (kind === 'flashforward' || kind === 'flashback' || kind === 'back') &&
  !/flash|vision|premonition|foresee|foresaw|future|sight/i.test(words);

/** A year in brackets with a running time after it: "(2022, 101 minutes)", "(1998; 96 mins)". */
const RELEASE_BRACKET = /^(?:1[5-9]|20)\d\d\s*[,;]\s*\d{2,3}\s*(?:min(?:ute)?s?|m)\b/i;

/** Reads the strongest time cue in the sentence `text[start, end)` (findCue keeps the answers). */
const readCue = (text: string, start: number, end: number): TimeCue | null => {
  // (Each replace is skipped, changing nothing, when its pattern's first character is absent.)
  const slice = text.slice(start, end);
  const s = slice.includes('\u00a0') ? slice.replace(/\u00a0/g, ' ') : slice;
  if (!CUE_HINT.test(s)) return null;
  // Quoted speech does not move the telling's clock; a quoted caption ("Two hours earlier",
  // "Present day", "1994") does.
  const bare =
    s.includes('"') || s.includes('“')
      ? s.replace(/["“]([^"”]{0,400})["”]/g, (q, inner: string) =>
          CAPTION.test(inner.trim()) ? ` ${inner} ` : ' '.repeat(q.length),
        )
      : s;
  // The writer's own voice or question ("I think it's meant to be a flashback too?", "I saw it
  // in 2019") talks about the film or the viewing, not the story's time.
  if (WRITER_ASIDE.test(bare) || talksAboutFlashbacks(bare) || nearFlashback(bare)) return null;
  // "Night Shift was shot in 1993", "Restored in 2018": the making's dates (aboutTheFilm.ts).
  if (aboutTheFilm(bare)) return null;
  const hasYear = YEAR_HINT.test(bare);
  // ("On the day of the 2021 fair, ...": a year inside an opening phrase of time dates it.)
  let y = hasYear ? (YEAR.exec(bare) ?? yearInOpeningPhrase(bare)) : null;
  // A heading that ends on its year in brackets ("4. The fire (1990).", "2. The salt works
  // (1989).") dates what follows; a sentence naming a film ("She watches Casablanca (1942).")
  // does not.
  if (y?.[5] !== undefined && !/^\d/.test(y[0]) && firstFiniteVerb(y[0]) !== null) y = null;
  // "Reel Nine (2022, 101 minutes) opens on a fire": a film's credit in brackets, its release
  // year beside its running time, dates no scene.
  if (y && RELEASE_BRACKET.test(bare.slice(y.index + y[0].length - 4))) y = null;
  // "He tells the room what he did in 1944": the telling names a past without narrating it.
  const reference =
    y !== null && TOLD_REFERENCE.test(bare.slice(Math.max(0, y.index - 120), y.index));
  // "Back in 1969, ... arrested that night": a year opening the sentence places it, before any
  // cue further in.
  // ("On the day of the fair in 1961, ...": a year closing an opening phrase of time opens too.)
  const yearOpens =
    y !== null &&
    (OPENER.test(bare.slice(0, y.index).trimStart()) ||
      yearEndsOpeningPhrase(bare.slice(0, y.index), bare.slice(y.index + y[0].length)) ||
      shownInYear(bare.slice(0, y.index)) ||
      filmOpensInYear(bare.slice(0, y.index)));
  for (const rule of RULES) {
    if (rule.hint && !rule.hint.test(bare)) continue;
    const m = rule.re.exec(bare);
    if (!m) continue;
    // "She skips ahead in the diary to ...": the reader turns pages, the film does not jump.
    if (pageTurn(rule.kind, m[0]) && documentJump(bare.slice(m.index + m[0].length))) continue;
    const opening = OPENER.test(bare.slice(0, m.index).trimStart());
    if (yearOpens && !opening && rule.kind !== 'flashback') break;
    // A flashback that names its year ("back to the summer of 1998") is placed by the year.
    const inYear = rule.kind === 'flashback' ? y : null;
    const toYear = rule.kind === 'flashback' && !inYear ? TO_YEAR.exec(m[0]) : null;
    return {
      ...(rule.kind === 'return' &&
      (rule.toOpening ||
        /where|opening|opened|opens|cold open|began|begins|started|starts|start of|beginning/i.test(
          m[0],
        ))
        ? { toOpening: true }
        : {}),
      ...(rule.told ? { told: true } : {}),
      ...(rule.toStart ? { toStart: true } : {}),
      ...(toYear ? { toYear: Number(toYear[1]) } : {}),
      kind: rule.kind,
      text: s.slice(m.index, m.index + m[0].length).trim(),
      start: start + m.index,
      end: start + m.index + m[0].length,
      days: rule.days(m),
      year: inYear
        ? Number(inYear[1] ?? inYear[2] ?? inYear[3] ?? inYear[4] ?? inYear[5])
        : toYear
          ? null
          : (rule.year?.(m) ?? null),
      opening,
    };
  }
  const decade = y ? null : decadeYear(bare);
  if (decade) {
    return {
      kind: 'year',
      text: decade.text.trim().replace(/[,:.]$/, ''),
      start: start + decade.index,
      end: start + decade.index + decade.text.length,
      days: null,
      year: decade.year,
      ...(decade.decade !== null ? { decade: decade.decade } : {}),
      opening: true,
    };
  }
  if (y) {
    const year = Number(y[1] ?? y[2] ?? y[3] ?? y[4] ?? y[5]);
    return {
      ...(reference ? { reference: true } : {}),
      kind: 'year',
      text: y[0].trim().replace(/[,:.]$/, ''),
      start: start + y.index,
      end: start + y.index + y[0].length,
      days: null,
      year,
      opening: yearOpens,
    };
  }
  return null;
};

/**
 * The stages ask for the cue of the same sentence of a document several times (segmenting, the
 * told chains, the accounts, the memories). The answers for the document last read are kept by
 * span, and each call gets its own copy (a cue holds only primitives), just as a fresh reading
 * would give: no caller sees another's object. A new document text starts a new memo.
 */
let memoText = '';
let memo = new Map<number, TimeCue | null>();
/** Beyond this length start * (length + 1) + end may not be exact in a double: no memo. */
const MAX_MEMO_TEXT = 90_000_000;

/** Finds the strongest time cue in the sentence `text[start, end)`, or null. */
export const findCue = (text: string, start: number, end: number): TimeCue | null => {
  const exact =
    text.length <= MAX_MEMO_TEXT &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end >= 0 &&
    end <= text.length;
  if (!exact) return readCue(text, start, end);
  if (text !== memoText) {
    memoText = text;
    memo = new Map();
  }
  const key = start * (text.length + 1) + end;
  let cue = memo.get(key);
  if (cue === undefined) {
    cue = readCue(text, start, end);
    memo.set(key, cue);
  }
  return cue ? { ...cue } : null;
};

/** Sentence openers that change scene without saying how time moves. */
export const SCENE_CHANGE =
  /^(?:(?:we )?cut to\b|cutting to\b|switching (?:scenes|to)\b|meanwhile\b|elsewhere\b|at the same time\b|back (?:at|in|to|on)\b|the scene (?:shifts|changes|cuts)\b|the film (?:then )?(?:cuts|shifts|jumps|moves)\b|in another (?:scene|part)\b|we (?:now )?(?:see|open|find)\b|the next scene\b|in the next scene\b)/i;

/** Words of telling: a cue inside a sentence with one of these is backstory told in dialogue. */
export const RECOUNT =
  /\b(?:reveal(?:s|ed|ing)?|tell(?:s|ing)?|told|explain(?:s|ed|ing)?|recount(?:s|ed|ing)?|confess(?:es|ed|ing)?|admit(?:s|ted|ting)?|recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|describe(?:s|d)?|narrat(?:es|ed|ing)|testif(?:y|ies|ied|ying)|swears|swore|learn(?:s|ed)?|discover(?:s|ed)?|says|said|notes|noted|story of|how)\b/i;
