import { framesOn, toldInPassing } from './toldAside';
import { pageCorrespondent, relativeMention } from './aboutTheFilm';
import { splitAfterTellingResumes } from './tellingResumes';
import { splitAtCarriedMemories } from './carriedMemories';
import { handOnClosingCaptions, splitAfterShownYears } from './closingCaptions';
import type { Range } from './text';
import { splitAtClockTimes } from './clock';
import { splitAtNightRestarts } from './nightRestarts';
import { splitAtAccounts } from './accounts';
import { splitAtMemories } from './memories';
import { splitAtPastMemories } from './pastMemories';
import { splitAtToldBackstory } from './dialogue';
import { splitAtRetoldMoments } from './strands';
import { splitAtStoryTimes } from './stories';
import { splitAtReadEntries } from './readEntries';
import { settingLead } from './settingLead';
import { toldYearCue } from './toldYears';
import {
  firstFiniteVerb,
  HAD_OBJECT_WORDS,
  sentenceRanges,
  tenseProfile,
  type TenseProfile,
  wordSpans,
} from './text';
import { findCue, RECOUNT, SCENE_CHANGE, type TimeCue } from './time';

/**
 * Stage 4, segment: splits story paragraphs into scenes, at paragraph breaks and inside a
 * paragraph where a sentence opens with a scene change ("Cut to", "Meanwhile") or a time cue
 * that moves the clock ("Twelve years ago, ...", "The next morning", "An extended flashback").
 * Shape out: Segment[] in text order; spans are exact, trimmed and never overlap.
 */

/** One scene's stretch of text with the time cue that opens it (if any). */
export interface Segment {
  start: number;
  end: number;
  /** The time cue of the segment's first sentence (or the first strong cue inside it). */
  cue: TimeCue | null;
  /** True when the segment starts a paragraph (a paragraph break lies before it). */
  paragraphStart: boolean;
  /** The sentence ranges of the segment. */
  sentences: Range[];
  /** Verb tense counts over the segment (summed from its sentences, computed once). */
  tense: TenseProfile;
  /** True for a past relative clause cut from a present sentence ("..., who perished"). */
  clause?: boolean;
  /** True for the rest of a sentence after a past aside cut out of it (the main line again). */
  resumes?: boolean;
  /** True for the first segment of a paragraph that follows a heading (a chapter's start). */
  headed?: boolean;
  /** True when a run of past-perfect backstory starts here (a past-tense synopsis's flashback). */
  perfectRun?: boolean;
  /** True for a memory cut out of a present-tense synopsis (memories.ts). */
  memory?: boolean;
  /** True for the past a thing found carries the telling into mid-sentence (carriedMemories.ts). */
  carried?: boolean;
  /**
   * True for a memory told in the simple past, cut out of a past-tense synopsis (pastMemories.ts):
   * it lasts to its segment's end, and the segment after it is the main line again.
   */
  recalled?: boolean;
  /** True for backstory told in dialogue, cut out of its present-day paragraph (dialogue.ts). */
  told?: boolean;
  /** True for a jump back the film announces inside a paragraph ("Then the film goes back"). */
  shown?: boolean;
  /** True for what a telling resuming at a frame sentence's end tells ("..., and Edith went on."). */
  toldOn?: boolean;
  /** That heading's range ("Loop 212", "Day 3", "Summer 1987"). */
  lead?: Range;
}

/** A relative clause in the past closing a present-tense sentence: backstory in passing. */
const PAST_CLAUSE = /,\s+(?:who|which)\s+(?:was|were|had|once|never|\w+ed)\b/g;
/** An aside naming someone by what was once done ("Ana, the woman once held captive, ..."). */
const ONCE_APPOSITIVE = /,\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+){1,3}once\s+\p{L}+/u;
/** A past relative clause inside a sentence, closed by a comma ("..., who was jailed, ..."). */
const MID_RELATIVE = /,\s+(?:who|which)\s+(?:was|were|had|once|never|\w+ed)\b/u;
const MIN_CLAUSE_CHARS = 15;
/** Words of learning or telling before a past-perfect clause: the clause is told backstory. */
const RECOUNT_THAT =
  /\b(?:learns?|reveals?|discovers?|finds? out|realises|realizes|explains?|admits?|confesses?|recalls?|remembers?|tells?(?: \p{L}+){0,2}?|says?|hears?|describes?)\s+(?:to \p{L}+\s+|(?:from|through|in) (?:the |his |her |their |an? )?(?:[\p{L}'’-]+\s+){1,3}?)?(?:that\s+|how\s+|(?:the (?:whole )?truth|everything|the whole story|what (?:really )?happened|(?:an?(?:nother)? |his |her |their |the )?(?:different |whole |own |other )?(?:story|version|account|tale))\s*:\s*)(?=[^.;!?]{0,80}?\bhad(?:n['’]t| not| never| once| already)?\s+\p{L}+)/iu;
/** The same words of telling before any "that" clause. */
const TOLD_THAT = new RegExp(
  RECOUNT_THAT.source.slice(0, RECOUNT_THAT.source.indexOf('(?=')),
  'iu',
);
/** A telling whose story follows a colon ("tells her what he has kept to himself since: ..."). */
const TOLD_COLON =
  /\b(?:tells?|told|reveals?|admits?|confesses?|explains?|recounts?|describes?)\b[^:.;!?"“”]{0,90}:\s+/u;
/** Cues that place a told clause before the telling. */
const BACKWARD: ReadonlySet<string> = new Set(['back', 'flashback', 'year']);
/** Forward cues smaller than this many days do not split a paragraph. */
const MIN_FORWARD_SPLIT_DAYS = 0.5;
/** A paragraph split never leaves a piece shorter than this many characters. */
const MIN_PIECE_CHARS = 30;
/**
 * A whole short sentence before a sentence that opens on a jump into the past ("The next Sunday
 * she goes on. In August 1944 a storm ...") is a piece of its own from this many characters.
 */
const MIN_SENTENCE_PIECE_CHARS = 12;
const jumpOpens = (cue: TimeCue | null): boolean =>
  cue !== null &&
  cue.opening &&
  (cue.kind === 'year' || cue.kind === 'flashback' || (cue.kind === 'back' && cue.days !== null));

const splitsHere = (cue: TimeCue | null, sentence: string): boolean => {
  if (SCENE_CHANGE.test(sentence)) return true;
  if (!cue) return false;
  switch (cue.kind) {
    case 'flashback':
    case 'flashforward':
    case 'return':
    case 'back':
      return true;
    case 'year':
      return cue.opening;
    case 'forward':
      return cue.opening && Math.abs(cue.days ?? 0) >= MIN_FORWARD_SPLIT_DAYS;
  }
};

/** The film's cut narrated right before a cue: "it jumps back to", "the film cuts to the caption". */
const NARRATED_JUMP =
  /\b(?:takes|brings|carries|sends|throws|whisks|transports) (?:us|viewers|the (?:viewers?|audience|story|film|action|narrative))\s+$|\b(?:the (?:film|story|movie|narrative|action)|it|we) (?:then |now )?(?:jumps?|skips?|leaps?|goes|go|flashes|flash|cuts?|moves?|travels?|rewinds?)\s+$|\b(?:jumps?|cuts?|skips?|flashe?s?|shifts?|goes|moves?|switches|rewinds?|takes us|brings us)(?: back(?: in time)?)? to\s+(?:(?:a|the) (?:title card|caption|card|intertitle|text)\s*(?:reading|saying|:)?\s*)?["“‘]?$|^\s*(?:(?:then|and|next|now)\s*,?\s+)?(?:comes\s+)?(?:a|an|the)\s+(?:title card|caption|card|intertitle|title|on-screen title|superimposed title)\s*(?:reading|saying|(?:that\s+)?(?:reads|says|announces|appears)\s*:?|:)\s*["“‘]$|^\s*(?:(?:then|and|next|now)\s*,?\s+)?(?:title card|caption|card|intertitle|on-screen (?:title|text|caption)|super(?:imposed)?(?: title)?)\s*:\s*["“‘]?$/iu;
/** A clause of sequence around a past perfect ("when he had drunk enough", "after she had gone"). */
const SEQUENCE_CLAUSE =
  /\b(?:when|after|once|as soon as|until|till|by the time)\s+(?:\p{L}+\s+){1,3}?had\s[^,.;:!?]*/giu;
/** A participle right before a year that dates what it follows ("born in", "taken in", "dated"). */
const DATING_PARTICIPLE =
  /\b(?:born|dated|built|founded|made|written|taken|painted|published|recorded|established|signed|stamped|postmarked)\s*$/i;
/**
 * A letter, an entry or a tape that is read or played, dated as the sentence's own statement
 * ("The first letter is dated March 1953.", "The last entry is from 1957"): its date is the time
 * of what it tells, which follows.
 */
const DATED_READING =
  /\b(?:letters?|entry|entries|postcards?|notes?|diary|journal|tapes?|recordings?|cassettes?|reels?)\b[^.;:!?]{0,30}?\b(?:is|are)\s+(?:dated|postmarked|written|recorded)\s*$/i;
/**
 * In a past-tense synopsis, the letters, entries or tapes being read carry the story to their
 * dates ("the first letter, dated April 1940", "the last entries date from 1953", "the letters
 * moved on to the winter of 1941", "the diary skipped to 1962"): the year is what they tell next.
 */
const READING_MOVES_TO =
  /\b(?:letters?|entry|entries|postcards?|diary|diaries|journals?|tapes?|recordings?|notebooks?|logs?|reading)\b[^.;:!?]{0,40}?\b(?:(?:is|are|was|were),?\s+)?(?:dated|postmarked|dates?|dating|(?:moves?|moved|jumps?|jumped|skips?|skipped|turns?|turned|passes|passed|goes|went|carries|carried)(?:\s+(?:on|ahead|forward|back))?\s+to(?:\s+the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning|middle))?)\s*$/i;
/** True when `lead`, the words before a year, hand the story to what is read at that date. */
export const readingMovesTo = (lead: string): boolean => READING_MOVES_TO.test(lead);
/**
 * A thing found or shown before a year in the same clause ("she finds a note from the bailiff,
 * warning in 1950 that ...", "discovers a photograph of the crew in 1961"): the year dates
 * the thing, not the scene of finding it.
 */
const FOUND_THING =
  /\b(?:finds?|discovers?|uncovers?|unearths?|comes? across|digs? out|turns? up|is shown|are shown)\b[^.;:!?]{0,40}?\b(?:letters?|notes?|files?|photo(?:graph)?s?|snapshots?|clippings?|cuttings?|articles?|reports?|records?|ledgers?|deeds?|receipts?|tickets?|postcards?|certificates?|registers?|newspapers?|complaints?|petitions?|telegrams?|minutes)\b[^.;:!?]{0,60}$/i;
/** Words looked back from a year for the verb it hangs on. */
const NEAREST_VERB_WORDS = 6;

/** The tense of the last finite verb in the few words before `end` (not before `start`). */
const nearestVerbTense = (
  text: string,
  start: number,
  end: number,
): 'present' | 'past' | 'none' => {
  const spans = wordSpans(text, start, end);
  for (let n = 1; n <= NEAREST_VERB_WORDS && 2 * n <= spans.length; n++) {
    const from = spans[spans.length - 2 * n] ?? start;
    const p = tenseProfile(text, from, end);
    if (p.present > 0 || p.past > 0) return p.present > p.past ? 'present' : 'past';
  }
  return 'none';
};

/**
 * A jump into the past named inside a present-tense sentence ("the man they operated on six years
 * ago") is a mention, not a jump, unless the sentence recounts ("reveals that ten years ago").
 */
const effectiveCue = (
  cue: TimeCue | null,
  text: string,
  s: Range,
  presentBase: boolean,
): TimeCue | null => {
  if (cue && !cue.opening && cue.kind === 'year' && !presentBase) {
    // "The old man reminded him of the fight in 1979": in a past-tense synopsis, a year inside
    // a sentence of the simple past is a mention; backstory comes in the past perfect.
    const lead = text.slice(s.start, cue.start);
    if (RECOUNT.test(lead) && /\b(?:that|how|about|what)\b/i.test(lead)) return cue;
    if (readingMovesTo(lead) || settingLead(lead, cue.year)) return cue;
    return tenseProfile(text, s.start, s.end).perfect > 0 ? cue : null;
  }
  if (cue && !cue.opening && cue.kind === 'year' && presentBase) {
    // "...the anniversary of the disappearance of Lena, the pianist who walked out in March
    // 1938": a year in a relative clause of a present-tense sentence is a mention.
    const lead = text.slice(s.start, cue.start);
    if (RECOUNT.test(lead) && /\b(?:that|how|about|what)\b/i.test(lead)) return cue;
    const p = tenseProfile(text, s.start, s.end);
    const relative = /,\s+(?:the [\p{L} -]{1,40}\s+)?(?:who|which|whose|where)\b[^,;]*$/u.test(
      text.slice(s.start, cue.start),
    );
    if (relative && p.present > 0) return null;
    // "...finds it exactly as it was left in 1949": the year's own clause is past inside a
    // present sentence, a mention of then, not a move to it.
    const clauseStart = Math.max(
      s.start,
      ...[',', ':', ';', ' as ', ' since ', ' when ', ' that ', ' because '].map(
        (d) => text.lastIndexOf(d, cue.start) + 1,
      ),
    );
    const clause = tenseProfile(text, clauseStart, cue.end);
    if (p.present > 0 && clause.past > 0 && clause.present === 0) return null;
    // "She finds a son, Huw, born in 1955", "a photograph taken in 1961": a participle dates the
    // person or thing it follows, not the scene.
    if (p.present > 0 && DATING_PARTICIPLE.test(lead) && !DATED_READING.test(lead)) return null;
    if (p.present > 0 && FOUND_THING.test(lead) && !DATED_READING.test(lead)) return null;
    // "...reads out a letter Walter wrote in 1961": the verb the year hangs on is past while the
    // sentence's own verb is present, so the year dates a thing mentioned, not the scene.
    if (
      p.present > 0 &&
      !RECOUNT.test(lead) &&
      nearestVerbTense(text, s.start, cue.start) === 'past'
    )
      return null;
    // "...asks why she never told the police in 1981": a year in a question the sentence
    // reports is a mention too.
    const wh = Math.max(
      text.lastIndexOf(' why ', cue.start),
      text.lastIndexOf(' whether ', cue.start),
    );
    return p.present > 0 && wh > s.start && tenseProfile(text, wh, cue.end).present === 0
      ? null
      : cue;
  }
  if (!cue || cue.opening || cue.kind !== 'back') return cue;
  // The film's own narration ("The second part rewinds to the afternoon") always moves time.
  if (/\b(?:rewind|winds? back|turns? the clock back)/i.test(cue.text)) return cue;
  const lead = text.slice(s.start, cue.start);
  // "Then it jumps back to "Six months earlier"": the writer narrates the film's own cut.
  if (NARRATED_JUMP.test(lead)) return cue;
  // "Back at the inquiry, the widow testifies that ... the previous spring": a sentence that
  // opens by coming back to the frame's place is the frame's moment, whatever it tells.
  if (/^back (?:at|in|inside) /i.test(lead)) return null;
  if (RECOUNT.test(lead) && /\b(?:that|how|about)\b/i.test(lead)) {
    // "...is still at the bar, telling the landlord about the storm of the year before": a
    // telling about a thing, its time named in passing and no verb told, in a present sentence,
    // names that time; the scene stays where it is.
    const about = lead.toLowerCase().lastIndexOf(' about ');
    const named = about >= 0 ? lead.slice(about) + cue.text : '';
    const told = tenseProfile(named, 0, named.length);
    if (
      presentBase &&
      about >= 0 &&
      !/\b(?:that|how)\b/i.test(lead) &&
      told.past + told.present === 0 &&
      tenseProfile(text, s.start, s.end).present > 0
    )
      return null;
    return cue;
  }
  // "Her story was about a keeper who lived on the rock seventy years before": a tale's
  // subject told with its distance opens the tale.
  if (TALE_ABOUT.test(lead)) return cue;
  const p = tenseProfile(text, s.start, s.end);
  if (presentBase) return p.present === 0 && p.past > 0 ? cue : null;
  // In a past-tense synopsis the main line is the simple past: "She found the rooms as she
  // had left them twenty years before" is a mention; only a sentence wholly in the past
  // perfect ("He had sailed away two years before") is a jump. Each "had" also counts its
  // participle as a past verb, so simple-past verbs are what is left beyond two per "had".
  // "...the sexton, an old man who had rung the bell as a boy": one relative clause's past.
  if (relativeMention(lead)) return null;
  return p.perfect > 0 && p.past <= 2 * p.perfect ? cue : null;
};

/** A tale told in the film, and what it is about: "Her story was about", "The legend concerns". */
const TALE_ABOUT =
  /\b(?:story|stories|tale|legend|yarn|fable)\s+(?:is|was|are|were)\s+(?:all\s+)?about\b|\b(?:story|tale|legend|yarn|fable)\s+(?:concerns|concerned)\b/i;

type SentenceTense = 'present' | 'past' | 'none';

const tenseOf = (p: TenseProfile): SentenceTense => {
  if (p.present > p.past) return 'present';
  if (p.past > p.present) return 'past';
  return 'none';
};

/**
 * The clause told after a telling `m` in the sentence `s` ("...learns that <clause>"), when it
 * may be cut off: not inside a quote, told by a head with a present verb, itself without one,
 * and neither the clause nor the piece before it too short. Its start and tense, or null.
 */
const toldClause = (
  text: string,
  s: Range,
  m: RegExpExecArray,
  curStart: number,
): { at: number; clause: TenseProfile } | null => {
  const at = s.start + m.index + m[0].length;
  if (s.end - at < MIN_CLAUSE_CHARS || at - curStart < MIN_PIECE_CHARS) return null;
  if (/["“][^"”]*$/.test(text.slice(s.start, at))) return null;
  const counted = tenseProfile(text, at, s.end);
  if (counted.present !== 0 || tenseProfile(text, s.start, at).present < 1) return null;
  // "...that the old dyke failed in 1953": a common noun's -ed verb is not counted by the tense
  // reader (it needs a pronoun or a name before it); the clause's subject and verb are plain here.
  const clause =
    counted.past === 0 && NOUN_SUBJECT_PAST.test(text.slice(at, s.end))
      ? { ...counted, past: 1 }
      : counted;
  return { at, clause };
};

/** A told clause opening on a noun subject and its -ed verb: "the old dyke failed", "people died". */
const NOUN_SUBJECT_PAST =
  /^\s*(?:(?:the|a|an|his|her|their|its|this|these|those|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|many|several)\s+)?(?:[\p{Ll}'’-]+\s+){0,2}?[\p{Ll}'’-]+\s+(?:once\s+|never\s+|also\s+)?(?!(?:need|bleed|speed|seed|feed|breed|proceed|succeed|exceed)\b)[\p{Ll}]{2,}ed\b/u;

/** A word of telling: the head of a chain of told "that" clauses. */
const TELLING =
  /\b(?:reveals?|(?:is|are) revealed|turns out|explains?|admits?|confesses?|recalls?|remembers?|tells?|says?|insists?|swears?|describes?|recounts?|testif(?:y|ies)|claims?|states?|maintains?)\b/giu;
/**
 * Where a told "that" clause starts in a chain ("tells her that A, that B, and that C"): "that"
 * after a comma or "and", not the "that" of "that night" or "that is".
 */
const CHAIN_THAT =
  /(?:,\s+|\s+)(?:and\s+)?that\s+(?!(?:night|morning|day|evening|afternoon|year|week|month|summer|winter|spring|autumn|fall|time|moment|is|was|'s|’s|same|one)\b)(?=\p{L})/giu;
/** A prefilter for toldChain: the word every chain clause opens with. */
const THAT = /\bthat\b/i;
/** A break inside the last told clause after which the telling may be over ("..., and he walks out"). */
const CLAUSE_BREAK = /(?:,\s+(?:and|but|so|then)|;)\s+/gu;
/** A chain's first "that" lies this close to its word of telling. */
const MAX_TELLING_GAP = 80;

/** The tense of the first finite verb in `[start, end)` ("she has spent ..." is present). */
const leadTense = (text: string, start: number, end: number): 'present' | 'past' | 'none' =>
  firstFiniteVerb(text.slice(start, end))?.tense ?? 'none';

/**
 * A chain of told clauses in a present-tense sentence whose past ones are backstory ("Ewan tells
 * her that he remembers the night, that it was the storm of 1998 and he was twelve, and that he
 * fell asleep at the desk, and he has carried it ever since"): the range of the run of past
 * clauses and where the sentence goes on after it (its end when nothing follows), or null. It
 * needs two told clauses or words after the telling in the present, so a lone "tells him that she
 * lied" stays whole; the telling itself is in the present, and no clause is quoted.
 */
const toldChain = (
  text: string,
  s: Range,
  sentence: string,
  paragraphOpening: boolean,
  goesOn = false,
): ToldChain | null => {
  // Every chain has a "that" (CHAIN_THAT): most sentences are skipped here.
  if (!THAT.test(sentence)) return null;
  // "Sam from Leeds writes that his mum ...": a letter to the page tells no story (aboutTheFilm.ts).
  if (pageCorrespondent(sentence)) return null;
  TELLING.lastIndex = 0;
  for (let tell = TELLING.exec(sentence); tell; tell = TELLING.exec(sentence)) {
    // A paragraph opening on a witness ("Hale testifies that...") is the told story as a
    // whole (order.ts reads it so); inside a paragraph one testified clause is cut on its own.
    const testimony =
      goesOn || (!paragraphOpening && /^(?:testif|swear|recall|remember)/i.test(tell[0]));
    const chain = chainAfter(text, s, sentence, tell.index + tell[0].length, testimony);
    if (chain) return chain;
  }
  return null;
};

/** Where a told chain's past clauses lie, and where the sentence goes on after them. */
interface ToldChain {
  /** Where the words before the run end (before its ", that" when a clause precedes it). */
  headEnd: number;
  start: number;
  end: number;
  next: number;
}

/**
 * The told chain after a word of telling ending at `tellEnd` (sentence offset), or null; after a
 * word of testimony or memory ("testifies", "recalls") one past clause is a chain.
 */
const chainAfter = (
  text: string,
  s: Range,
  sentence: string,
  tellEnd: number,
  testimony: boolean,
): ToldChain | null => {
  // Each clause's start (after "that") and its separator's start (before ", and that").
  const starts: number[] = [];
  const seps: number[] = [];
  CHAIN_THAT.lastIndex = tellEnd;
  for (let m = CHAIN_THAT.exec(sentence); m; m = CHAIN_THAT.exec(sentence)) {
    if (!starts.length && m.index - tellEnd > MAX_TELLING_GAP) return null;
    // After the first, a clause of the chain follows a comma or "and" ("..., and that he left").
    if (starts.length && !/^(?:,|\s+and\b)/.test(m[0])) continue;
    seps.push(s.start + m.index);
    starts.push(s.start + m.index + m[0].length);
  }
  const first = starts[0];
  if (first === undefined) return null;
  if (/["“][^"”]*$/.test(text.slice(s.start, first))) return null;
  if (tenseProfile(text, s.start, first).present < 1) return null;
  // Where the telling ends: the first break after the first clause's start followed by a
  // present verb ("..., and he has carried it since"); "that" clauses after it are not told.
  let tail = s.end;
  CLAUSE_BREAK.lastIndex = first - s.start;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    const at = s.start + m.index;
    if (leadTense(text, at + m[0].length, s.end) === 'present') {
      tail = at;
      break;
    }
  }
  while (starts.length && (starts[starts.length - 1] ?? 0) >= tail) {
    starts.pop();
    seps.pop();
  }
  // A witness's or a memory's one clause is enough: what is testified or recalled is past.
  if (starts.length < 2 && tail === s.end && !testimony) return null;
  // The first run of past clauses; each clause ends where the next one's separator begins.
  const ends = starts.map((_, i) => seps[i + 1] ?? tail);
  let runStart = -1;
  let runEnd = -1;
  let headEnd = -1;
  let clauses = 0;
  for (let i = 0; i < starts.length; i++) {
    const past = leadTense(text, starts[i] ?? 0, ends[i] ?? 0) === 'past';
    if (past && runStart < 0) {
      runStart = starts[i] ?? 0;
      headEnd = i > 0 ? (seps[i] ?? runStart) : runStart;
    }
    if (past) {
      runEnd = ends[i] ?? 0;
      clauses++;
    }
    if (!past && runStart >= 0) break;
  }
  if (runStart < 0) return null;
  // One past clause is backstory only when it says so ("in 1994", "had"): "admits that he lied
  // to her, and she leaves" is the story's own recent past, not a scene of its own.
  if (clauses < 2 && !testimony) {
    const cue = findCue(text, runStart, runEnd);
    if (!(cue && BACKWARD.has(cue.kind)) && tenseProfile(text, runStart, runEnd).perfect === 0)
      return null;
  }
  // The run's own end: back over the separator ("and that", ", and") before what follows.
  while (runEnd > runStart && /[\s,]/.test(text[runEnd - 1] ?? '')) runEnd--;
  runEnd = runEnd > runStart ? runEnd : runStart;
  if (runEnd - runStart < MIN_CLAUSE_CHARS) return null;
  let next = runEnd;
  while (next < s.end && /[\s,;]/.test(text[next] ?? '')) next++;
  return { headEnd, start: runStart, end: runEnd, next };
};

/**
 * A past aside between commas inside a present-tense sentence ("...when Vicente, the man once
 * held captive, becomes embroiled in..." or "...Ana, who had once sung there, now runs it"):
 * `[clauseStart, clauseEnd, tailStart]`, or null. The aside must be past with no present verb,
 * the words after it present with no past one, and none before it past.
 */
const pastAside = (text: string, s: Range, sentence: string): [number, number, number] | null => {
  const once = ONCE_APPOSITIVE.exec(sentence);
  const m = once ?? MID_RELATIVE.exec(sentence);
  if (!m) return null;
  const comma = sentence.indexOf(',', m.index + m[0].length);
  if (comma < 0) return null;
  const clauseStart = s.start + m.index + m[0].search(/[^,\s]/);
  const clauseEnd = s.start + comma;
  let tailStart = clauseEnd + 1;
  while (tailStart < s.end && /\s/.test(text[tailStart] ?? '')) tailStart++;
  if (clauseEnd - clauseStart < MIN_CLAUSE_CHARS || s.end - tailStart < MIN_CLAUSE_CHARS)
    return null;
  if (/["“][^"”]*$/.test(sentence.slice(0, m.index))) return null;
  const head = tenseProfile(text, s.start, clauseStart);
  const clause = tenseProfile(text, clauseStart, clauseEnd);
  const tail = tenseProfile(text, tailStart, s.end);
  return head.past === 0 &&
    // "once" dates the aside even when its participle is not a known past form ("once hidden").
    (clause.past >= 1 || once !== null) &&
    clause.present === 0 &&
    tail.present >= 1 &&
    tail.past === 0
    ? [clauseStart, clauseEnd, tailStart]
    : null;
};

/**
 * Cuts the clause `[at, end)` off the segment being built (its last sentence ends before the
 * clause, without the space or comma between) and returns both: the head, then the clause as a
 * segment of its own, marked as a clause.
 */
const cutClause = (
  text: string,
  cur: Segment,
  at: number,
  end: number,
  clause: TenseProfile,
): [Segment, Segment] => {
  let e = at;
  while (e > cur.start && /[\s,]/.test(text[e - 1] ?? '')) e--;
  const last = cur.sentences[cur.sentences.length - 1];
  if (last) cur.sentences[cur.sentences.length - 1] = { start: last.start, end: e };
  cur.end = e;
  cur.tense.past = Math.max(0, cur.tense.past - clause.past);
  cur.tense.perfect = Math.max(0, cur.tense.perfect - clause.perfect);
  return [
    cur,
    {
      start: at,
      end,
      cue: null,
      paragraphStart: false,
      sentences: [{ start: at, end }],
      tense: clause,
      clause: true,
    },
  ];
};

/** A past perfect ("had gone", "had not been"), not "had" with an object ("had the key"). */
// (A capital after "had" is its object, not a participle: "The Squire had Abel arrested".)
const HAD_PERFECT = new RegExp(
  `\\b[Hh]ad(?:n['’]t| not| never| once| already| just)? (?!(?:${HAD_OBJECT_WORDS})\\b)(?:been|[a-z]\\w*ed|[a-z]\\w*en|[a-z]+)\\b`,
);

/**
 * Whether a run of two "had" sentences tells the past perfect as its story: one of the two opens
 * on "had" as its first finite verb ("Years before, she had sold the farm") or one names a year;
 * not two sentences whose "had" sits in a clause ("This was his sister, who had not visited for
 * years. She said that she had come because ...").
 */
const perfectLeads = (sentence: string, next: Range | undefined, text: string): boolean => {
  const after = next ? text.slice(next.start, next.end) : '';
  return (
    firstFiniteVerb(sentence)?.word === 'had' ||
    firstFiniteVerb(after)?.word === 'had' ||
    // "He read out that she had been released in 1945": a told past perfect that names its year.
    NAMED_YEAR.test(sentence) ||
    NAMED_YEAR.test(after)
  );
};
const NAMED_YEAR = /\b(?:1[5-9]|20)\d\d\b/;

/**
 * What a telling hands over after its colon ("tells her what he kept: he woke and saw ..."), to
 * the sentence's end: the sentence's own tense is its telling's, not the tale's.
 */
const colonTold = (text: string, s: Range | undefined): Range | null => {
  if (!s) return null;
  const sentence = text.slice(s.start, s.end);
  const m = sentence.includes(':') ? TOLD_COLON.exec(sentence) : null;
  if (!m) return null;
  const at = s.start + m.index + m[0].length;
  // Told by a present telling, wholly in the past.
  const tale = tenseProfile(text, at, s.end);
  if (tale.present > 0 || tale.past < 1 || tenseProfile(text, s.start, at).present < 1) return null;
  return { start: at, end: s.end };
};

/** Splits the given story paragraphs of `text` into scene segments. */
export const segmentStory = (text: string, paragraphs: (Range & { lead?: Range })[]): Segment[] => {
  const out: Segment[] = [];
  const paras = paragraphs.map((p) => {
    const sentences = sentenceRanges(text, p.start, p.end);
    // A chapter heading that names a time ("1985", "Ten Years Earlier") places what follows.
    const leadCue = p.lead ? findCue(text, p.lead.start, p.lead.end) : null;
    const profiles = sentences.map((s) => tenseProfile(text, s.start, s.end));
    const chains: (ToldChain | null)[] = [];
    sentences.forEach((s, k) => {
      const before = sentences[k - 1];
      // A telling that goes on from a tale the sentence before handed over ("...: he woke and
      // saw the fire. He tells her that he ran back to bed") tells its one past clause too.
      const goesOn =
        before !== undefined && (chains[k - 1] != null || colonTold(text, before) !== null);
      chains.push(toldChain(text, s, text.slice(s.start, s.end), k === 0, goesOn));
    });
    return {
      leadCue: leadCue ? { ...leadCue, opening: true } : null,
      p,
      sentences,
      profiles,
      chains,
      // A sentence's tense leaves out the past clauses it tells ("Wes tells her that it was...").
      tenses: profiles.map((q, k) => {
        const c = chains[k];
        if (!c) return tenseOf(q);
        const told = tenseProfile(text, c.start, c.end);
        return tenseOf({ ...q, present: q.present - told.present, past: q.past - told.past });
      }),
      perfect: sentences.map((s) => {
        const sentence = text.slice(s.start, s.end);
        // "When he had drunk enough, he told her": a "had" only in a clause of sequence keeps
        // the sentence on the main line.
        return (
          HAD_PERFECT.test(sentence) && HAD_PERFECT.test(sentence.replace(SEQUENCE_CLAUSE, ' '))
        );
      }),
    };
  });
  // The synopsis's base tense, by sentences: a past-tense run inside a present-tense synopsis is
  // backstory ("Orla tells him what he missed. She worked in Manchester..."), a scene of its own.
  let present = 0;
  let past = 0;
  for (const q of paras)
    for (const t of q.tenses) {
      if (t === 'present') present++;
      else if (t === 'past') past++;
    }
  const presentBase = present >= past;
  for (const { p, sentences, tenses, perfect, leadCue, profiles, chains } of paras) {
    if (sentences.length === 0) continue;
    let cur: Segment | null = null;
    let inPastRun = false;
    sentences.forEach((s, k) => {
      const sentence = text.slice(s.start, s.end);
      const read = effectiveCue(findCue(text, s.start, s.end), text, s, presentBase);
      // "...the priest told them that she had left it with him the previous spring. Her son
      // asked him to read it.": a jump back told in passing, the frame going on (toldAside.ts).
      const own =
        !presentBase &&
        toldInPassing(sentence, s.start, read, perfect[k + 1] === false) &&
        framesOn(text, sentences[k + 1])
          ? null
          : read;
      // A speaker's telling that names its year: the year places what it tells (toldYears.ts).
      const toldCue = presentBase ? null : toldYearCue(text, s);
      const cue =
        toldCue ?? (k === 0 && leadCue && (!own || own.kind === 'forward') ? leadCue : own);
      const tense = tenses[k] ?? 'none';
      const pastRunStarts =
        presentBase &&
        !inPastRun &&
        k > 0 &&
        tense === 'past' &&
        tenses[k - 1] === 'present' &&
        (tenses[k + 1] === 'past' || (tenses[k + 1] === 'none' && tenses[k + 2] === 'past'));
      // In a past-tense synopsis, backstory is told in the past perfect: two "had" sentences in a
      // row after a simple-past one start it, and it runs to the end of the paragraph.
      // So does one "had" sentence that closes a paragraph after a telling ("Nadia described
      // the night Orr died. According to her, she had gone to his office...").
      const prevSentence = sentences[k - 1];
      const perfectRunStarts =
        !presentBase &&
        !inPastRun &&
        k > 0 &&
        perfect[k] === true &&
        perfect[k - 1] === false &&
        ((perfect[k + 1] === true && perfectLeads(sentence, sentences[k + 1], text)) ||
          (k === sentences.length - 1 &&
            prevSentence !== undefined &&
            RECOUNT.test(text.slice(prevSentence.start, prevSentence.end)) &&
            // "He spent the night oiling the tools he had kept": the "had" of a clause is not
            // what the sentence tells.
            firstFiniteVerb(sentence)?.word === 'had'));
      // "She confronts him, who tells her what he kept: he woke and saw ...": a present telling
      // ends a past run, though the tale it hands over is past.
      const told = presentBase && inPastRun && tense !== 'present' ? colonTold(text, s) : null;
      const headTense = told
        ? tenseOf(
            (({ present, past, perfect }) => ({
              present,
              past: past - tenseProfile(text, told.start, told.end).past,
              perfect,
            }))(profiles[k] ?? { present: 0, past: 0, perfect: 0 }),
          )
        : tense;
      const pastRunEnds =
        presentBase &&
        inPastRun &&
        headTense === 'present' &&
        (tenses[k + 1] ?? 'present') !== 'past';
      if (
        cur &&
        (splitsHere(cue, sentence) ||
          pastRunStarts ||
          perfectRunStarts ||
          pastRunEnds ||
          toldCue !== null) &&
        s.start - cur.start >= (jumpOpens(cue) ? MIN_SENTENCE_PIECE_CHARS : MIN_PIECE_CHARS) &&
        p.end - s.start >= MIN_PIECE_CHARS
      ) {
        out.push(cur);
        cur = null;
        if (pastRunStarts || perfectRunStarts) inPastRun = true;
        if (pastRunEnds) inPastRun = false;
      }
      const startsPerfectRun = perfectRunStarts && (!cur || s.start === cur.start);
      if (!cur) {
        cur = {
          ...(k === 0 && p.lead ? { headed: true, lead: p.lead } : {}),
          ...(startsPerfectRun ? { perfectRun: true } : {}),
          start: s.start,
          end: s.end,
          cue,
          paragraphStart: s.start === sentences[0]?.start,
          sentences: [s],
          tense: { ...(profiles[k] ?? { present: 0, past: 0, perfect: 0 }) },
        };
      } else {
        cur.end = s.end;
        cur.sentences.push(s);
        const pk = profiles[k];
        if (pk) {
          cur.tense.present += pk.present;
          cur.tense.past += pk.past;
          cur.tense.perfect += pk.perfect;
        }
        // A flashback or return announced in the second sentence still places the segment.
        if (!cur.cue && cue && cur.sentences.length <= 2 && cue.kind !== 'forward') cur.cue = cue;
      }
      // "...we learn that Owen had filed a complaint in January": what is told is another time.
      if (presentBase && !inPastRun && cur) {
        const m = /\bhad\b/i.test(sentence) ? RECOUNT_THAT.exec(sentence) : null;
        const had = m ? toldClause(text, s, m, cur.start) : null;
        if (had && had.clause.perfect >= 1) {
          out.push(...cutClause(text, cur, had.at, s.end, had.clause));
          cur = null;
          return;
        }
        // "...she tells him that she began working for them eleven years before": a told clause
        // in the simple past that names its own time is that time, and the telling goes on after.
        const told =
          !m && own && BACKWARD.has(own.kind) && !own.opening ? TOLD_THAT.exec(sentence) : null;
        const said = told ? toldClause(text, s, told, cur.start) : null;
        if (said && own && own.start >= said.at && said.clause.past >= 1) {
          const [headSeg, clauseSeg] = cutClause(text, cur, said.at, s.end, said.clause);
          if (headSeg.cue === own) headSeg.cue = null;
          out.push(headSeg, { ...clauseSeg, cue: own });
          cur = null;
          return;
        }
        // "...who finally tells her what he has kept to himself: on the night of the fire he woke and
        // saw ...": a telling that hands its story over after a colon, told wholly in the past.
        const colon = !m && !said && sentence.includes(':') ? TOLD_COLON.exec(sentence) : null;
        const heard = colon ? toldClause(text, s, colon, cur.start) : null;
        if (heard && heard.clause.past >= 1) {
          out.push(...cutClause(text, cur, heard.at, s.end, heard.clause));
          cur = null;
          return;
        }
        // "...tells Nora that he remembers the night, that it was the storm of 1998 and he was
        // twelve, and that he fell asleep, and he has carried it since": the past clauses of a
        // told chain are their own scene, and the sentence goes on in the present after them.
        const chain = chains[k];
        // "It is revealed that Eli shot the guard, and that Tom only drove": a telling too short
        // to stand alone opens the segment, so the told clauses take it with them.
        const shortHead =
          chain !== null && chain !== undefined && chain.start - s.start < MIN_PIECE_CHARS;
        if (shortHead && cur.start < s.start) {
          // The sentence was just added to the segment: it leaves it, to open its own.
          cur.sentences.pop();
          const before = cur.sentences[cur.sentences.length - 1];
          cur.end = before ? before.end : cur.start;
          const pk = profiles[k];
          if (pk) {
            cur.tense.present -= pk.present;
            cur.tense.past -= pk.past;
            cur.tense.perfect -= pk.perfect;
          }
          // A cue the segment took from this sentence ("...tells her that in 1929 ...") leaves
          // with it.
          if (cur.cue && cur.cue.start >= s.start) cur.cue = null;
          out.push(cur);
          cur = {
            start: s.start,
            end: s.end,
            cue: null,
            paragraphStart: false,
            sentences: [s],
            tense: { ...(pk ?? { present: 0, past: 0, perfect: 0 }) },
          };
        }
        if (chain && (shortHead || chain.start - cur.start >= MIN_PIECE_CHARS)) {
          const inner = findCue(text, chain.start, chain.end);
          const cue = inner && BACKWARD.has(inner.kind) ? inner : null;
          if (shortHead) {
            let e = chain.end;
            while (e > s.start && /[\s,]/.test(text[e - 1] ?? '')) e--;
            out.push({
              ...cur,
              end: e,
              cue,
              sentences: [{ start: s.start, end: e }],
              // The telling is its told clauses: its own present verb is not what it tells.
              tense: tenseProfile(text, chain.start, e),
              clause: true,
            });
          } else {
            const clause = tenseProfile(text, chain.start, chain.end);
            const [headSeg, clauseSeg] = cutClause(text, cur, chain.start, chain.end, clause);
            // "...better than anyone thinks, that it was": the head ends before its ", that".
            const last = headSeg.sentences[headSeg.sentences.length - 1];
            if (last && chain.headEnd < headSeg.end) last.end = headSeg.end = chain.headEnd;
            if (cue && headSeg.cue && headSeg.cue.start >= chain.start) headSeg.cue = null;
            out.push(headSeg, { ...clauseSeg, cue });
          }
          const headSeg = out[out.length - (shortHead ? 1 : 2)];
          cur =
            s.end - chain.next >= MIN_CLAUSE_CHARS
              ? {
                  start: chain.next,
                  end: s.end,
                  cue: null,
                  paragraphStart: false,
                  sentences: [{ start: chain.next, end: s.end }],
                  tense: tenseProfile(text, chain.next, s.end),
                  resumes: true,
                }
              : null;
          if (cur && headSeg && !shortHead) {
            headSeg.tense.present = Math.max(0, headSeg.tense.present - cur.tense.present);
            headSeg.tense.past = Math.max(0, headSeg.tense.past - cur.tense.past);
          }
          return;
        }
      }
      // "...his late wife, who perished tragically." The clause is another time: its own scene.
      if (presentBase && !inPastRun && cur) {
        const aside = pastAside(text, s, sentence);
        let m: RegExpExecArray | null = null;
        PAST_CLAUSE.lastIndex = 0;
        for (let x = PAST_CLAUSE.exec(sentence); x; x = PAST_CLAUSE.exec(sentence)) m = x;
        if (aside && aside[0] - cur.start >= MIN_CLAUSE_CHARS) {
          const [clauseStart, clauseEnd, tailStart] = aside;
          const clause = tenseProfile(text, clauseStart, clauseEnd);
          out.push(...cutClause(text, cur, clauseStart, clauseEnd, clause));
          // The sentence goes on in the present after the aside: the main line resumes there.
          cur = {
            start: tailStart,
            end: s.end,
            cue: null,
            paragraphStart: false,
            sentences: [{ start: tailStart, end: s.end }],
            tense: tenseProfile(text, tailStart, s.end),
            resumes: true,
          };
        } else if (m) {
          const at = s.start + m.index + m[0].search(/who|which/);
          const clause = tenseProfile(text, at, s.end);
          const head = tenseProfile(text, s.start, at);
          const inQuote = /["“][^"”]*$/.test(text.slice(s.start, at));
          if (
            !inQuote &&
            clause.past >= 1 &&
            clause.present === 0 &&
            head.present >= 1 &&
            // The sentence's own clause is told in the present ("explains he named it after
            // his wife, who was burned"), so the closing past clause is another time.
            (tense !== 'past' || head.present >= head.past) &&
            s.end - at >= MIN_CLAUSE_CHARS &&
            at - cur.start >= MIN_PIECE_CHARS
          ) {
            const [headSeg, clauseSeg] = cutClause(text, cur, at, s.end, clause);
            // "...is Tom's brother Eli, who robbed a bank two days ago": the cue is the clause's.
            if (headSeg.cue && headSeg.cue.start >= at) {
              clauseSeg.cue = headSeg.cue;
              headSeg.cue = null;
            }
            out.push(headSeg, clauseSeg);
            cur = null;
          }
        }
      }
    });
    if (cur) out.push(cur);
  }
  const split = splitAtToldBackstory(
    text,
    splitAtStoryTimes(
      text,
      splitAtRetoldMoments(
        text,
        splitAtPastMemories(
          text,
          splitAtMemories(
            text,
            splitAtAccounts(text, splitAtNightRestarts(text, splitAtClockTimes(text, out))),
          ),
        ),
      ),
    ),
  );
  // A document read out of order: the reader's sentences around a page (readEntries.ts).
  // A telling resuming at a frame sentence's end (tellingResumes.ts).
  // A thing found carrying the telling into the past mid-sentence (carriedMemories.ts).
  // A time caption closing its paragraph opens the next one (closingCaptions.ts).
  return handOnClosingCaptions(
    text,
    splitAfterShownYears(
      text,
      splitAtCarriedMemories(text, splitAfterTellingResumes(text, splitAtReadEntries(text, split))),
    ),
  );
};
