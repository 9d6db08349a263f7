import type { SceneKind } from '../model/film';
import type { Segment } from './segment';
import { presentInOpeningParagraph } from './presentFrame';
import { readingMovesTo } from './segment';
import {
  DAYS_PER_YEAR,
  dropEnding,
  dropPossessive,
  firstClauseVerb,
  hadAsVerb,
  firstFiniteVerb,
  hasFiniteVerb,
  STEP,
  STOP_WORDS,
  tenseProfile,
  verbTense,
  wordSpans,
  type TenseProfile,
} from './text';
import { cardSentence } from './captionCard';
import { applyShownTold } from './shownTold';
import { applyAges } from './ages';
import { applySpokenYears } from './spokenYears';
import { clockMinutes, findClocks, findDayPart, ownClockTime } from './clock';
import { clockMinutesInOrder } from './clockInOrder';
import {
  applyClockBlocks,
  applyFlashForwardReturns,
  opensOnPresentHeading,
  returnsToPresentAfterYear,
} from './clockBlocks';
import { dateMarks, MONTHS } from './dates';
import { beforeSeriesStart, seriesMarks } from './series';
import { applyReverseStrands } from './reverseStrands';
import { applyStrands } from './strands';
import {
  cueSentence,
  eventMeasuredFrom,
  returnPastEvent,
  shownByItsWords,
  spokenOfAsAhead,
  toldAsBackstory,
} from './untoldEvents';
import { applyParallelStories } from './stories';
import { applyNightRestarts } from './nightRestarts';
import { applyPlaceReturns, placeReturnOpens } from './placeReturns';
import { namedYear, RECOUNT, type TimeCue } from './time';
import { applyWitnessAccounts } from './accounts';
import { applyMemories } from './memories';
import { rememberedPast } from './returns';
import { applyTimelines } from './timelines';
import { applyToldBackstory } from './dialogue';
import { applyEpisodes } from './episodes';
import { applyVisionsShown, visionCue } from './visions';
import { datedThreadsCarry } from './yearPresent';
import { openingTense, pointsBack, sameYearGoesOn } from './blockTense';
import { applyReadEntries } from './readEntries';
import { yearInsideUndatedPresent } from './frameYear';
import { applyShownAgain } from './shownAgain';
import { opensInPerfect } from './perfectOpening';
import { decadeResumeYear } from './order-decades';
import { applyDreamsComeTrue } from './order-dreams';
import { applyAfterAll } from './order-afterAll';
import { applyBothWays } from './bothWays';
import { framePersonBack, pastJumpClosed, pastToYear } from './press15';
import { applyWeekdayChapters } from './weekdayChapters';
import { applyRewindCatchUp } from './rewindCatchUp';
import { frameUnitOf } from './frameUnits';
import { applyFrameReturns } from './frameReturns15';
import { applyYearSections } from './yearSections15';
import { applyOpeningShownAgain } from './openingShownAgain15';
import {
  actingAfterLead,
  definiteNouns,
  filmEndsInFrame,
  opensOnFilmEnd,
  frameActorOpens,
  frameThingOpens,
  tellingBegins,
  tellingEnds,
  tellingGoesOn,
  tellingInterrupted,
  opensOnDayCount,
  strandNamed,
  toldStoryPast,
  writerComment,
} from './flashbackEnds';

/**
 * Stage 6b, order: places every segment of one document on a story-world timeline (a number of
 * days, 0 = where the telling starts) and derives the chronological order from it.
 *
 * The model is a small state machine over the segments in text order, kept explainable:
 * - main line: each segment continues the previous one (t += STEP) unless a cue moves it;
 * - `N units ago/earlier`, a flashback opener, a backstory tense shift (a past-tense stretch
 *   inside a present-tense synopsis, a past-perfect stretch inside a past-tense one, a past
 *   relative clause), or a sentence that hands the telling to a character ("testifies",
 *   "begins to tell") opens a flashback block at (reference time - N); the reference is the
 *   start of the current block, so segments told backwards chain ("Earlier, ..." after
 *   "Earlier, ..."); a document that says it is told in reverse makes each paragraph a block
 *   before the previous one;
 * - inside a block, segments continue from it and forward cues step it on; a flashback inside
 *   a flashback is stacked and a return pops one level;
 * - a return cue, or the base tense coming back after a tense-marked block, resumes the main
 *   line where it was; "where the film began" returns to the opening moment;
 * - a frame story: in a block told by a character, a segment naming only the frame's people and
 *   places goes back to the frame, and one naming only the told story's resumes the story;
 * - absolute years are placed against the first year seen (or the film's year, for backstory);
 *   years returned to after another year are threads that each continue where they stopped,
 *   and a segment without a year joins the thread whose words it shares (applyYearThreads);
 * - a moment told twice ties both tellings to one time, and what follows continues from that
 *   moment: a main-line scene retold, or an in-medias-res opening retold at the end of its
 *   flashback (applyRetellings);
 * - two casts told in alternation without cue words (an inquiry today, a life decades earlier)
 *   are separated by who acts in each paragraph and ordered by their dating: years, "forty
 *   years earlier" opening a paragraph, the other thread's people dead or named as grandparents
 *   (applyCastThreads);
 * - quiet returns: a paragraph opening with a person seen only in the main line, acting, not in
 *   the backstory tense, ends a flashback; a backstory year with the main line's year unknown
 *   never lands after the main line's first moment; a flashback of unstated distance does not
 *   "catch up" with the present by stepping on years;
 * - the other evidence that a flashback has ended or goes on (a frame person acting past leading
 *   phrases, the film's last scene in the frame, the telling over or going on) and the writer's
 *   comments that move nothing: flashbackEnds.ts.
 * Shape out: Placement per segment; chronoIndex = stable sort by (t, storyIndex).
 */

/** Where one segment sits in story-world time and how the film presents it. */
export interface Placement {
  t: number;
  kind: SceneKind;
  timeCue: string | null;
}

const DAYS_PER_MONTH = 30;
/** A month's name, any case (dates.ts's MONTHS). */
const MONTH_NAME = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'i');
/** The month a year cue names ("March 1992", "the 14th of December 1991"), as a field. */
const monthField = (cueText: string): { month?: number } => {
  const m = MONTH_NAME.exec(cueText);
  return m ? { month: MONTHS.indexOf((m[1] ?? '').toLowerCase()) } : {};
};

/** Words that name a time as one come back to ("It is 1998 again"). */
const AGAIN = /\b(?:again|once more)\b/i;
/** "1998 again", "1998. Once more": how close after a year its "again" must follow. */
const AGAIN_AFTER_YEAR_CHARS = 12;
/** A flash-forward the telling calls brief: one scene ahead, then the story goes on. */
const BRIEF_AHEAD =
  /\b(?:brief|short|quick|momentary|fleeting) (?:flash[- ]?forward|glimpse|jump (?:ahead|forward))|\bglimpse of (?:the|her|his|their) future\b/i;
/** A distance counted back from the narrative's now ("ten years ago"). */
const AGO = /\bago\b/i;
/** A flashback's opening segment this short, one sentence, is its cue alone. */
const CUE_ONLY_CHARS = 100;
/** How far back a flashback of unstated distance goes. */
const DEFAULT_FLASHBACK_DAYS = 365;
/** Backstory found only by its tense sits further back than an unquantified flashback. */
const DEFAULT_BACKSTORY_DAYS = 2 * 365;
/** Where a past thread sits when the present's own year is unknown. */
const PAST_THREAD_DAYS = 50 * 365;
/** A return's words naming the present day itself ("the present day", "today", "modern times"). */
const PRESENT_DAY_WORDS =
  /\b(?:present[- ]day|the present|today|nowadays|modern[- ](?:day|times))\b/i;
/**
 * A main line dated by a year at its opening that jumps to an undated present ("Then the film
 * jumped to the present day") with no present marked before: the present is another era.
 */
const jumpsToUndatedPresent = (
  mode: 'main' | 'back' | 'ahead',
  anchorOnMain: boolean,
  yearAnchor: { year: number; t: number } | null,
  presentMarked: boolean,
  cue: TimeCue,
): boolean =>
  mode === 'main' &&
  anchorOnMain &&
  yearAnchor !== null &&
  !presentMarked &&
  !cue.toOpening &&
  PRESENT_DAY_WORDS.test(cue.text);
/** Tense counts needed before a segment's tense is trusted. */
const MIN_TENSE_VERBS = 2;
/** Similarity above which a later segment is read as retelling an earlier one. */
const RETELL_SIMILARITY = 0.5;
const MIN_RETELL_SHARED = 6;
/** Segments with fewer content words than this are too short to call a retelling. */
const MIN_RETELL_WORDS = 12;
/** Retellings are only searched this many segments back (keeps the pass linear). */
const RETELL_WINDOW = 60;

/** A sentence that hands the telling to a character: what follows is their story. */
const TELLS_STORY =
  /\b(?:(?:begins|starts|agrees|decides) to (?:tell|recount|describe|explain|narrate)|tells (?:\w+ ){0,3}(?:the |a |his |her |their )?(?:story|tale)|recounts|narrates|testif(?:y|ies)|gives (?:his|her|their) (?:account|testimony|evidence)|describes (?:what happened|how|the (?:night|day|events?|morning|evening))|remembers (?:how|the (?:night|day))|recalls (?:how|the (?:night|day))|(?:he|she|they) begins at the beginning)\b/i;

/** A witness or teller opening a paragraph with what they tell: "Hale testifies that ...". */
const TESTIMONY =
  /^[^.!?]{0,60}?\b(?:testif(?:y|ies)(?! against\b| for the (?:prosecution|defen[cs]e)\b)|tells (?:the (?:board|court|jury|inquiry|tribunal|police|detectives?|inspector|panel|committee)|(?:him|her|them) how)|recalls how|recounts how|describes how|explains how)\b/i;
/** The talk of an inquiry or a court: the frame of a story told in testimony. */
const FRAME_TALK =
  /\b(?:the (?:board|court|jury|inquiry|tribunal|panel|committee|hearing|inquest|prosecutor|judge|coroner)|verdict|witness(?:es)?|testif(?:y|ies)|testimony|cross-examin\w*|adjourns?|deposition|interrogation room|interview room)\b/gi;

/** A document that says its story is told backwards: each paragraph precedes the one before. */
const TOLD_IN_REVERSE =
  /\b(?:(?:told|narrated|presented|shown|unfolds?|plays? out|runs?|structured|goes)\b[^.]{0,30}\b(?:in reverse|backwards?)\b|reverse[- ]chronolog\w*)/i;
/** The distance between paragraphs of a story told in reverse (room for steps within one). */
const REVERSE_BLOCK_DAYS = 30;

/** Capitalised words inside sentences (names, places): the threads' vocabulary. */
const properWords = (
  text: string,
  seg: Segment,
  names: ReadonlySet<string> = new Set(),
): Set<string> => {
  const out = new Set<string>();
  for (const r of seg.sentences) {
    // The words of the sentence outside quotations: the same as the words of the sentence with
    // each quotation replaced by a space, since no word holds a quotation mark.
    const sentence = text.slice(r.start, r.end);
    const quotes =
      sentence.includes('"') || sentence.includes('“')
        ? [...sentence.matchAll(/["“][^"”]{0,300}["”]/g)].map((m) => [
            r.start + m.index,
            r.start + m.index + m[0].length,
          ])
        : [];
    const spans = wordSpans(text, r.start, r.end);
    /** The index of the word among the sentence's words outside quotations. */
    let i = 0;
    for (let j = 0; j < spans.length; j += 2) {
      const ws = spans[j] ?? 0;
      if (quotes.some(([qs = 0, qe = 0]) => ws >= qs && ws < qe)) continue;
      const first = i === 0;
      i++;
      // Lower-case ASCII words (most words) are never kept: skip them before any other test.
      const c = text.charCodeAt(ws);
      if (c >= 97 && c <= 122) continue;
      const k = dropPossessive(text.slice(ws, spans[j + 1]));
      // A sentence's first word counts only when it is a known name ("Lena traces...").
      // An ASCII first letter left here is A-Z, a capital: only others take the pattern.
      if (
        (!first || names.has(k)) &&
        (c < 128 || /^\p{Lu}/u.test(k)) &&
        !STOP_WORDS.has(k.toLowerCase())
      )
        out.add(k);
    }
  }
  return out;
};

/** The name opening a segment's first sentence (its subject), lower-cased, or null. */
const sentenceSubject = (text: string, seg: Segment, pastAdverbial = false): string | null => {
  const first = seg.sentences[0];
  if (!first) return null;
  const sentence = text.slice(first.start, first.end);
  // Past a leading adverbial when asked: "At the diner, Dana hides Tom" is Dana acting.
  const m = /^[\s"“(]*(\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])/u.exec(
    pastAdverbial ? sentence.replace(LEADING_ADVERBIAL, '') : sentence,
  );
  return m?.[1] ? m[1].replace(/['’]s$/, '').toLowerCase() : null;
};

export type TenseClass = 'present' | 'past' | 'perfect' | 'unknown';

/** A telling that hands the rest of its sentence to a teller: "Marta goes on:", "He tells her:". */
const TELLING_COLON =
  /^[^:.!?]{0,60}?\b(?:goes on|went on|continues|continued|tells (?:him|her|them|\p{Lu}[\p{L}'’-]*)|told (?:him|her|them|\p{Lu}[\p{L}'’-]*)|explains|explained|says|said|recalls|recalled|remembers|remembered|admits|admitted|confesses|confessed)\s*:\s*/u;

/**
 * A segment's tense without the telling that opens it ("Marta goes on: the winter her uncle
 * left, she kept his boots ..."): the teller's verb is the frame's, what is told is the block's.
 */
const toldAfterColon = (text: string, seg: Segment, p: TenseProfile): TenseProfile => {
  const first = seg.sentences[0];
  if (!first) return p;
  const m = TELLING_COLON.exec(text.slice(first.start, first.end));
  if (!m) return p;
  const head = tenseProfile(text, first.start, first.start + m[0].length);
  return {
    present: Math.max(0, p.present - head.present),
    past: Math.max(0, p.past - head.past),
    perfect: Math.max(0, p.perfect - head.perfect),
  };
};

const classify = (p: TenseProfile): TenseClass => {
  const total = p.present + p.past;
  if (total < MIN_TENSE_VERBS) return 'unknown';
  if (p.perfect >= 2 && p.perfect * 3 >= p.past && p.present <= p.past + p.perfect)
    return 'perfect';
  if (p.past > 2 * p.present) return 'past';
  if (p.present > p.past) return 'present';
  return 'unknown';
};

/**
 * A segment's tense; a short one with verbs of one tense only ("Moss then played her the
 * footage.") is that tense, which classify leaves unknown for want of verbs.
 */
const shortTense = (p: TenseProfile): TenseClass => {
  const c = classify(p);
  if (c !== 'unknown' || p.present + p.past === 0) return c;
  if (p.present === 0 && p.perfect === 0) return 'past';
  if (p.past === 0) return 'present';
  return c;
};

/** A leading adverbial phrase up to its comma ("On the night he vanished, ", "Outside, "). */
const LEADING_ADVERBIAL =
  /^\s*(?:On|In|At|When|After|Before|As|While|Once|Since|Until|Outside|Inside|Later|Earlier|Back|By|During|From|With|Without|Years|Months|Weeks|Days|That|This|Then|Now|There|Here)\b[^,:;]{0,80},\s*/;

/**
 * True when more of the segment's main clauses open on a simple past than on a past perfect.
 * Each sentence is read in its parts around a colon ("a memory returned: he had taken"), past a
 * leading adverbial ("On the night he vanished, Vic had followed him"), to its first verb. With
 * `speech`, a verb of speech or thought opening it is its simple past ("Kerr asked whether she had
 * seen him"); without (the segment names a time back), what is reported is the backstory.
 */
const mainClausesSimple = (text: string, seg: Segment, speech: boolean): boolean => {
  let simple = 0;
  let perfect = 0;
  for (const r of seg.sentences)
    for (const part of text.slice(r.start, r.end).split(/:\s+/)) {
      const verb = (speech ? firstClauseVerb : firstFiniteVerb)(
        part.replace(LEADING_ADVERBIAL, ''),
      );
      if (verb?.word === 'had') perfect++;
      else if (verb?.tense === 'past') simple++;
    }
  return simple > perfect;
};

const CONTENT_STOP = new Set(
  (
    'the a an and or but of to in on at for with from by as is are was were be been being has have ' +
    'had he she it they them his her their him its this that these those there then than when while ' +
    'who whom which what where into onto out up down over not no so if about after before again ' +
    'also just only very more most some any all can could would should will shall may might must ' +
    'does did do says said tells told asks asked goes went gets got takes took sees saw one two back'
  ).split(' '),
);

export const contentWords = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z'’-]{2,}/g) ?? []) {
    // Stop words (a good share of all words) are dropped before their stem is made.
    if (CONTENT_STOP.has(w)) continue;
    const stem = dropEnding(dropPossessive(w));
    if (stem.length >= 3) out.add(stem);
  }
  return out;
};

export const similarity = (a: Set<string>, b: Set<string>): { score: number; shared: number } => {
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared++;
  const denom = Math.min(a.size, b.size);
  return { score: denom ? shared / denom : 0, shared };
};

/**
 * The content words of segment i, found only when first asked and then kept: the strands, the
 * retellings, the year threads and the witness accounts all read the same segments' words (none
 * changes a set or a segment's span), so each segment's words are made once.
 */
type SegmentWords = (i: number) => Set<string>;

const segmentWords = (text: string, segments: Segment[]): SegmentWords => {
  const words: (Set<string> | undefined)[] = [];
  return (i) => {
    let w = words[i];
    if (!w) {
      const s = segments[i];
      w = s ? contentWords(text.slice(s.start, s.end)) : new Set<string>();
      words[i] = w;
    }
    return w;
  };
};

/** The content-word similarity of two segments, their words found only when first asked. */
const lazySimilarity =
  (of: SegmentWords): ((a: number, b: number) => { score: number; shared: number }) =>
  (a, b) =>
    similarity(of(a), of(b));

/**
 * True when a back cue is measured from an event named after it ("two days before the wedding")
 * that no earlier segment mentions, or mentions only as ahead ("the wedding is set for June"):
 * the telling has not reached that event yet.
 */
const beforeUntoldEvent = (text: string, segments: Segment[], cue: TimeCue): boolean => {
  if (!/\bbefore$/i.test(cue.text)) return false;
  const m = /^\s+(?:the|his|her|their)\s+(?:\p{L}+\s+)?(\p{L}{3,})/u.exec(
    text.slice(cue.end, cue.end + 60),
  );
  const event = m?.[1];
  if (!event) return false;
  const first = segments[0];
  if (!first) return false;
  const told = text.slice(first.start, cue.start);
  // Named before only as ahead ("the wedding is set for June"): not reached yet (untoldEvents.ts).
  if (
    new RegExp(`\\b${event}`, 'iu').test(told) &&
    !(spokenOfAsAhead(told, event) && !toldAsBackstory(cueSentence(text, cue.start)))
  )
    return false;
  // "A week before the death", after a body was found: the death is told by its aftermath.
  // "Two days before the fire", after the mill burned down: told by its own words.
  return !(DEATH_EVENT.test(event) && DEATH_TOLD.test(told)) && !shownByItsWords(told, event);
};

/** An event that is a death: "the death", "her murder", "the drowning". */
const DEATH_EVENT = /^(?:death|murder|killing|drowning|shooting|suicide|disappearance|fall)$/i;
/** What tells a death already: a body, a corpse, someone dead, killed, drowned, missing. */
const DEATH_TOLD =
  /\b(?:body|bodies|corpse|dead|died|dies|killed|murdered|drowned|shot dead|funeral|wake|missing|disappeared|vanished|autopsy|post-mortem)\b/i;

/** True when two jumps (in days) are of one order of size: hours, days, years. */
const sameScale = (a: number, b: number): boolean => {
  const ratio = Math.abs(a) / Math.abs(b);
  return ratio <= 12 && ratio >= 1 / 12;
};

/** Places one document's segments in time. */
export const placeSegments = (
  text: string,
  segments: Segment[],
  filmYear: number | null = null,
  names: ReadonlySet<string> = new Set(),
): Placement[] => {
  // "When Benn came back he had the findings": a "had" with its own object is no past perfect.
  const profiles = segments.map((s) => {
    const own = s.tense.perfect > 0 ? hadAsVerb(text.slice(s.start, s.end)) : 0;
    return own > 0 ? { ...s.tense, perfect: Math.max(0, s.tense.perfect - own) } : s.tense;
  });
  const segText = (k: number): string => {
    const sg = segments[k];
    return sg ? text.slice(sg.start, sg.end) : '';
  };
  // The base tense is the one most segments are told in (not most verbs: a long backstory
  // told in the past must not make a present-tense synopsis look past-tense).
  let presentSegs = 0;
  let pastSegs = 0;
  for (const p of profiles) {
    if (p.present > p.past) presentSegs++;
    else if (p.past > p.present) pastSegs++;
  }
  const base: 'present' | 'past' = presentSegs >= pastSegs ? 'present' : 'past';
  const isBackstoryTense = (c: TenseClass): boolean =>
    base === 'present' ? c === 'past' || c === 'perfect' : c === 'perfect';

  const out: Placement[] = [];
  let mode: 'main' | 'back' | 'ahead' = 'main';
  let mainT = 0;
  let blockStart = 0;
  let backT = 0;
  let blockKind: SceneKind = 'present';
  /** The flashback a brief look ahead was taken from (it comes back to it). */
  let aheadFromBack: {
    backT: number;
    blockStart: number;
    blockKind: SceneKind;
    blockTense: TenseClass;
  } | null = null;
  let blockByTense = false;
  /** True for a block opened by a relative jump ("Ten years earlier") after the opening. */
  let blockAffine = false;
  /** The segment that opened the current block (a caption alone, "Six months earlier."). */
  let blockOpenedAt = -1;
  /** True while the flash-forward block is a vision or a premonition (visions.ts). */
  let visionBlock = false;
  let briefAhead = false;
  /** True when the current flashback's distance was stated ("six years earlier", a year). */
  let blockMeasured = false;
  let blockTense: TenseClass = 'unknown';
  let yearAnchor: { year: number; t: number; month?: number } | null = null;
  /** True when the first year named belongs to the main line (so backstory years are measured). */
  let anchorOnMain = false;

  const reverse = TOLD_IN_REVERSE.test(text);
  // Told in reverse by chapters (headed parts of several scenes each): each chapter precedes the
  // one before it, and the scenes inside a chapter run forward.
  // (Its chapters start in its first half: headed replies after an unheaded story are none.)
  const firstHeaded = segments.findIndex((s) => s.headed === true);
  const chaptered =
    reverse &&
    firstHeaded >= 0 &&
    firstHeaded < segments.length / 2 &&
    segments.filter((s) => s.headed).length >= 2;
  // A synopsis that opens on "the present day" tells two threads: now and a past.
  const presentLater = presentInOpeningParagraph(text, segments);
  const presentMarked =
    segments[0]?.cue?.kind === 'return' ||
    opensOnPresentHeading(text, segments[0]) ||
    presentLater > 0;
  // "In 1911, ..." then "Back in the present, ...": the years named are past eras.
  const erasMarked = presentMarked || returnsToPresentAfterYear(segments);
  const props = segments.map((s) => {
    const w = new Map<string, number>();
    for (const p of properWords(text, s, names)) w.set(p.toLowerCase(), 1);
    return w;
  });
  const mainNames = new Set<string>();
  const backNames = new Set<string>();
  const lowerNames = new Set([...names].map((n) => n.toLowerCase()));
  /**
   * Who acts in each segment (character names, lower-cased, opening one of its sentences, past a
   * leading adverbial) and who is named at all; read when asked.
   */
  let people: { actors: Set<string>[]; named: Set<string>[] } | null = null;
  const peopleOf = (): { actors: Set<string>[]; named: Set<string>[] } => {
    if (people) return people;
    const lower = new Set([...names].map((n) => n.toLowerCase()));
    const named = props.map((m) => new Set([...m.keys()].filter((w) => lower.has(w))));
    const actors = segments.map((sg) => {
      const a = new Set<string>();
      for (const r of sg.sentences) {
        const who = sentenceSubject(text, { ...sg, sentences: [r] }, true);
        if (who && lower.has(who)) a.add(who);
      }
      return a;
    });
    people = { actors, named };
    return people;
  };
  /** The rooms and objects ("the interview room", "the tape") named in each line (flashbackEnds.ts). */
  const mainNouns = new Set<string>();
  const backNouns = new Set<string>();
  let savedRecount: { backT: number; blockStart: number } | null = null;
  /** The last measured jump back that opened a block, and the time it was measured from. */
  let lastMeasuredBack: { ref: number; days: number } | null = null;
  let lastClosed: { backT: number; blockStart: number; blockKind: SceneKind } | null = null;
  /** True when the segment before was a past aside cut from the main line ("..., who was jailed,"). */
  let asideOpen = false;
  /** The event the current flashback was measured from ("Two days before the fire"), or null. */
  let blockEvent: string | null = null;
  /** The film opens on its own ending, told again later ("The film begins at the end: ..."). */
  // Read in the first few segments: a page's line about the film may come before it.
  const teaserIdx = segments
    .slice(0, OPENING_SEARCH)
    .findIndex((s) => TEASER.test(text.slice(s.start, Math.min(s.end, s.start + 200))));
  const teaser = teaserIdx >= 0;
  /** An opening that looked ahead, and the segment that arrives at its moment. */
  let teaserTie: { opening: number; at: number; run: number[] } | null = null;
  /**
   * The opening scene: the one that begins at the end, else the first that says it opens ("So
   * the movie opens on the crash"), else the first.
   */
  const openingIdx = teaser
    ? teaserIdx
    : Math.max(
        0,
        segments
          .slice(0, OPENING_SEARCH)
          .findIndex((s) => OPENS_ON.test(text.slice(s.start, Math.min(s.end, s.start + 120)))),
      );
  /** Main-line paragraphs that open on a season ("Spring.", "That autumn"). */
  let mainSeasons = 0;
  /** Main-line paragraphs that opened on a count of days ("On the third day"). */
  let mainDayCounts = 0;
  /** Sittings the main line opened a paragraph on (frameUnits.ts). */
  const mainUnits = new Set<string>();
  /** Enclosing flashback blocks, for a flashback inside a flashback. */
  /** The flashbacks a nested one was told inside, innermost last. */
  const stack: {
    backT: number;
    blockStart: number;
    blockKind: SceneKind;
    blockTense: TenseClass;
    blockByTense: boolean;
  }[] = [];
  /** Back to the flashback `outer`, going on from `from`: its time. */
  const resumeOuter = (outer: (typeof stack)[number], from: number): number => {
    backT = from + STEP;
    blockStart = outer.blockStart;
    blockKind = outer.blockKind;
    blockTense = outer.blockTense;
    blockByTense = outer.blockByTense;
    return backT;
  };

  /** The words that opened the past told up to segment `i`: its first segment and the one before. */
  const pastRunOpener = (i: number): string => {
    let k = i - 1;
    while (k >= 0 && out[k]?.kind !== 'present') k--;
    return k + 1 < i ? `${k >= 0 ? segText(k) : ''} ${segText(k + 1)}` : '';
  };

  /** Segments where the main line came back from a flashback with no cue naming it (its evidence). */
  const quietReturns = new Set<number>();
  segments.forEach((seg, i) => {
    let cue: TimeCue | null = seg.cue;
    // Told in reverse, each part ends where the one told before it began ("Which is exactly where
    // the movie began"): the part's own last moment, not a return that starts the film over.
    // (Even as a paragraph of its own, it ends the part before it.)
    const endsPart = reverse && cue?.kind === 'return' && cue.toOpening === true;
    if (endsPart) cue = null;
    // "The book starts in 1967 ... His film takes place in the present": a year named before
    // the opening paragraph sets its film in the present dates the telling, not the story.
    if (i < presentLater && cue?.kind === 'year' && !cue.opening) cue = null;
    if (
      reverse &&
      !endsPart &&
      seg.paragraphStart &&
      (!chaptered || seg.headed === true) &&
      i > 0 &&
      cue?.kind !== 'return' &&
      cue?.kind !== 'flashforward'
    ) {
      // Told in reverse: each new paragraph (sequence) happens before the one told before it,
      // also when it says so itself ("Jump back a few hours", "Back to the evening before").
      cue = {
        kind: 'back',
        text: '',
        start: seg.start,
        end: seg.start,
        days: -REVERSE_BLOCK_DAYS,
        year: null,
        opening: true,
      };
    }
    // "Three weeks before the gala, ...": measured from an event not yet told, the cue dates
    // the start of the story ahead of that event, not a jump back from what was told.
    // What follows (the event itself) lies that far ahead.
    let leap = 0;
    if (cue?.kind === 'back' && beforeUntoldEvent(text, segments, cue)) {
      leap = Math.abs(cue.days ?? 0);
      cue = null;
    }
    // "Two days before the fire, ..." then "After the fire, ...": the flashback has caught up.
    if (!cue && mode === 'back' && blockEvent && seg.paragraphStart)
      cue = returnPastEvent(text, seg.start, blockEvent);
    const own = props[i] ?? new Map<string, number>();
    // How strongly the segment belongs to the frame (main line) or to the told story: the
    // names and places it shares with only one of them.
    let mainOnly = 0;
    let backOnly = 0;
    for (const [w, weight] of own) {
      if (mainNames.has(w) && !backNames.has(w)) mainOnly += weight;
      else if (backNames.has(w) && !mainNames.has(w)) backOnly += weight;
    }
    // An inquiry's own talk (the board, the verdict, a witness called) is the frame's.
    if (savedRecount !== null || (mode === 'back' && blockKind === 'recounted'))
      mainOnly += 2 * Math.min(2, segText(i).match(FRAME_TALK)?.length ?? 0);
    let sharedNames = 0;
    for (const [w] of own) if (mainNames.has(w)) sharedNames++;
    // Who opens the segment acts in it: a paragraph that begins with one side's person doing
    // something belongs to that side more than a name mentioned in passing.
    const actor = seg.paragraphStart ? sentenceSubject(text, seg) : null;
    let actorSide: 'main' | 'back' | null = null;
    if (actor && mainNames.has(actor) && !backNames.has(actor)) {
      mainOnly += 2;
      actorSide = 'main';
    } else if (actor && backNames.has(actor) && !mainNames.has(actor)) {
      backOnly += 2;
      actorSide = 'back';
    }
    // Who acts after a leading adverbial ("At the diner, Dana hides Tom") only tells a quiet
    // return from a flashback; it does not weigh for the frame or the told story.
    const setActor = seg.paragraphStart && !actorSide ? sentenceSubject(text, seg, true) : null;
    const actorIsMain =
      actorSide === 'main' ||
      (setActor !== null && mainNames.has(setActor) && !backNames.has(setActor));
    const profile = toldAfterColon(text, seg, profiles[i] ?? { present: 0, past: 0, perfect: 0 });
    // A clause cut from a present sentence for its past verbs is past, however short.
    // A run of the past perfect found by the segmenter is backstory, even with one "had".
    let tense: TenseClass =
      seg.clause && profile.past > 0 && profile.present === 0
        ? 'past'
        : seg.perfectRun && base === 'past'
          ? 'perfect'
          : shortTense(profile);
    // "John went back to Whitby and told Sam what he had found": the past perfect of clauses
    // inside simple-past sentences does not make a paragraph backstory.
    if (
      tense === 'perfect' &&
      base === 'past' &&
      !seg.perfectRun &&
      mainClausesSimple(text, seg, cue?.kind !== 'back' && cue?.kind !== 'flashback')
    )
      tense = 'past';
    // "She remembers the morning she quit. It was raining, ...": a memory told from the present
    // is backstory even when the remembering verbs outnumber the remembered ones.
    if (base === 'present' && tense !== 'past' && rememberedPast(text, seg)) tense = 'past';
    if (tense === 'unknown' && speechInBase(seg, text, base)) tense = 'past';
    // "In the winter of 1994, ... they had taken the boat out. ... The ice gave way.": a dated
    // jump opening on the past perfect is backstory told on in the simple past (perfectOpening.ts).
    if (
      base === 'past' &&
      tense === 'past' &&
      cue?.opening &&
      (cue.kind === 'year' || (cue.kind === 'back' && cue.days !== null && cue.days <= -365)) &&
      opensInPerfect(text, seg)
    )
      tense = 'perfect';
    const lead = cue ? text.slice(seg.start, cue.start) : '';
    const prev = segments[i - 1];
    // (A caption that "says" its words is the film's card, not someone telling.)
    const recount =
      cue?.told === true ||
      (RECOUNT.test(lead) && !cardSentence(text, seg)) ||
      (!seg.paragraphStart && prev !== undefined && RECOUNT.test(text.slice(prev.start, prev.end)));
    const backKind: SceneKind = recount ? 'recounted' : 'flashback';
    const resumeMain = (): number => {
      if (mode === 'back') lastClosed = { backT, blockStart, blockKind };
      mode = 'main';
      mainT += STEP;
      blockStart = mainT;
      return mainT;
    };
    // Inside a flashback, a year is the main line's when the main line was dated by it and has
    // not left it: naming that year closes the flashback.
    const mainLineYear = (year: number): boolean =>
      mode === 'back' &&
      anchorOnMain &&
      yearAnchor !== null &&
      year === yearAnchor.year + Math.floor((mainT - yearAnchor.t) / DAYS_PER_YEAR);
    // The thing a paragraph goes back to ("The film returns to the storm") was told in a
    // flashback and never in a scene of the main line: that flashback goes on from the latest
    // past moment told since it named the thing (null: no such strand).
    const strandResumes = (): Placement | null => {
      const word = strandNamed(text, seg);
      if (word === null) return null;
      let from = -1;
      for (let k = 0; k < i; k++) {
        if (!segText(k).toLowerCase().includes(word)) continue;
        if (out[k]?.kind === 'present') return null;
        if (from < 0) from = k;
      }
      const first = out[from];
      if (!first) return null;
      let last = first;
      for (let k = from + 1; k < i; k++) {
        const p = out[k];
        if (p && p.kind !== 'present' && p.t >= last.t && p.t < mainT) last = p;
      }
      return last;
    };
    // ...and inside a flashback, a thing named before only in the main line ("the film returns
    // to the days after the flood", the opening's morning after the flood) is the main line.
    const strandIsMain = (): boolean => {
      const word = strandNamed(text, seg);
      if (word === null) return false;
      let seen = false;
      for (let k = 0; k < i; k++) {
        if (!segText(k).toLowerCase().includes(word)) continue;
        if (out[k]?.kind !== 'present') return false;
        seen = true;
      }
      return seen;
    };
    const openBack = (t: number, kind: SceneKind, byTense: boolean): number => {
      // A new flashback closes the told story of any earlier frame.
      savedRecount = null;
      blockAffine = false;
      blockOpenedAt = i;
      blockMeasured = false;
      mode = 'back';
      backT = t;
      blockStart = t;
      blockKind = kind;
      blockByTense = byTense;
      // "The first letter takes Cerys back to 1953." alone, before what the letter tells: the
      // block's tense is the told part's, read at the next segment.
      const next = segments[i + 1];
      const cueOnly =
        seg.sentences.length === 1 &&
        seg.end - seg.start <= CUE_ONLY_CHARS &&
        next !== undefined &&
        !next.paragraphStart;
      // (A year's own first sentence tells the block's tense: "In 1989 a fire killed ...", not
      // the telling's move, "The third part went back to the beginning.")
      blockTense = cueOnly
        ? 'unknown'
        : tense === 'unknown' && cue?.kind === 'year'
          ? openingTense(text, seg)
          : tense;
      return t;
    };
    let t: number;
    let kind: SceneKind = 'present';
    const modeBefore = mode;
    // "The bosun describes the night of the crossing." The next segment is what he tells.
    const lastOfPrev = prev?.sentences[prev.sentences.length - 1];
    const pendingTelling =
      i > 0 &&
      mode === 'main' &&
      (out[i - 1]?.kind ?? 'present') === 'present' &&
      lastOfPrev !== undefined &&
      (TELLS_STORY.test(text.slice(lastOfPrev.start, lastOfPrev.end)) ||
        (base === 'past' && toldStoryPast(text.slice(lastOfPrev.start, lastOfPrev.end)))) &&
      (!cue || cue.kind === 'forward');
    // "Hale testifies that the ship left Gibraltar...": a paragraph that opens by handing the
    // telling to a witness is what they tell (after the opening, which sets up the frame).
    const firstOwn = seg.sentences[0];
    const selfTelling =
      !pendingTelling &&
      i > 0 &&
      seg.paragraphStart &&
      mode === 'main' &&
      !cue &&
      firstOwn !== undefined &&
      (TESTIMONY.test(text.slice(firstOwn.start, firstOwn.end)) ||
        tellingBegins(text.slice(firstOwn.start, firstOwn.end)));
    if (pendingTelling) cue = null;
    // "Rui swam ashore that night and a week later signed on": a step named inside a
    // backstory-tense sentence moves the backstory's clock, not the main line's.
    if (
      base === 'present' &&
      cue?.kind === 'forward' &&
      !cue.opening &&
      mode === 'main' &&
      isBackstoryTense(tense) &&
      i > 0
    )
      cue = null;
    // "Spring. ... Summer. ... Autumn.": a main line told season by season; a paragraph opening
    // on the next season, inside a flashback opened from it, is the main line again.
    const season = seg.paragraphStart && SEASON_OPENING.test(segText(i).slice(0, 40));
    // ("In the spring of 1942", naming its year, is placed by the year.)
    const seasonReturn =
      season &&
      mode === 'back' &&
      blockKind === 'flashback' &&
      mainSeasons > 0 &&
      cue?.kind !== 'year';
    if (seasonReturn) cue = null;
    // The writer's talk about the film ("The flashbacks in this film are not always reliable")
    // neither opens nor ends a flashback (flashbackEnds.ts).
    const comment = writerComment(text, seg);
    if (comment) cue = null;
    // "Jens tells the room what he did in 1944" after the film has shown 1944: the telling is
    // its own moment, the year only points back (a year not yet shown opens what is told).
    if (cue?.kind === 'year' && cue.reference && cue.year !== null) {
      const named = String(cue.year);
      if (out.some((p, k) => p.kind !== 'present' && segText(k).includes(named))) cue = null;
    }
    const cueText = cue?.text || null;
    // The flashback is over (flashbackEnds.ts): "In the final scene, ..." back among the frame's
    // people, "When Mara finishes her story, ...", or a frame person acting past leading phrases
    // ("Back in the interview suite, Fennimore slides ..."), also when the frame steps on.
    const frameStep = cue?.kind === 'forward' ? (cue.days ?? STEP) : 0;
    // (A story told inside a flashback that ends goes back to that flashback.)
    const endsBack = mode === 'back' && !comment && (!cue || cue.kind === 'forward');
    const tellingOver = endsBack && tellingEnds(text, seg);
    const dayCount = opensOnDayCount(text, seg);
    const unit = frameUnitOf(text, seg);
    const filmEnds =
      endsBack &&
      !(tellingOver && stack.length > 0) &&
      (filmEndsInFrame(text, seg, mainNames, backNames) ||
        (tellingOver && stack.length === 0) ||
        (stack.length === 0 && tellingInterrupted(text, seg, () => pastRunOpener(i))) ||
        // "On the final day, ..." after the main line counted its days: the frame's next day.
        (dayCount && mainDayCounts > 0) ||
        // "In the final session, ..." after the main line opened on its third session.
        (unit !== null && mainUnits.has(unit)) ||
        // A thing's memory, carried in mid-sentence, lasts to its paragraph's end.
        (seg.paragraphStart && segments[blockOpenedAt]?.carried === true) ||
        // A memory told in the simple past lasts to its own end (pastMemories.ts).
        (blockOpenedAt === i - 1 && segments[i - 1]?.recalled === true) ||
        (!isBackstoryTense(tense) &&
          !(blockOpenedAt === i - 1 && captionAlone(text, segments[i - 1])) &&
          (frameActorOpens(text, seg, mainNames, backNames) ||
            framePersonBack(i, seg.paragraphStart === true, props, lowerNames, out) ||
            pastJumpClosed(text, segments[blockOpenedAt], seg, base) ||
            placeReturnOpens(text, segments, out, i, blockOpenedAt) ||
            frameThingOpens(text, seg, mainNouns, backNouns, mainNames, backNames))));
    const innerOver = tellingOver && !filmEnds;
    if (filmEnds || innerOver) cue = null;
    if (filmEnds) stack.length = 0;
    // A vision, or a flash-forward the telling calls brief ("In a brief flash-forward, the film
    // shows her years later"), was one scene: the next paragraph told in the base tense without
    // a cue of its own is the story going on, from where a vision sits (no scene moves;
    // visions.ts ties the vision to its moment), or from where the brief one left it.
    if (
      mode === 'ahead' &&
      (visionBlock || briefAhead) &&
      seg.paragraphStart &&
      (!cue || cue.kind === 'forward') &&
      !isBackstoryTense(tense)
    ) {
      const from = briefAhead && !visionBlock ? aheadFromBack : null;
      if (from) {
        mode = 'back';
        backT = from.backT;
        blockStart = from.blockStart;
        blockKind = from.blockKind;
        blockTense = from.blockTense;
      } else {
        mode = 'main';
        if (visionBlock) mainT = backT;
        blockStart = mainT;
      }
      aheadFromBack = null;
      visionBlock = false;
      briefAhead = false;
    }
    switch (cue?.kind) {
      case 'return': {
        const outer = stack.pop();
        const opening = out[openingIdx];
        const arrives =
          CATCH_UP.test(cue.text) ||
          ARRIVAL_LEAD.test(text.slice(Math.max(seg.start, cue.start - 40), cue.start));
        if (cue.toOpening && (teaser || arrives) && opening) {
          // The film opened on its ending ("The film begins at the end: ..."): coming back to
          // that image is the end of the main line, and the opening moves there.
          stack.length = 0;
          if (mode === 'back') lastClosed = { backT, blockStart, blockKind };
          mode = 'main';
          mainT = out.reduce((m, p) => Math.max(m, p.t), mainT) + STEP;
          blockStart = mainT;
          t = mainT;
          // The rest of the opening paragraph, at the opening's moment, goes with it.
          const run = openingRun(segments, out, openingIdx);
          opening.t = mainT - STEP / 10;
          opening.kind = 'flashforward';
          spreadRun(out, run, opening.t);
          for (const j of run) {
            const p = out[j];
            if (p) p.kind = 'flashforward';
          }
          teaserTie = { opening: openingIdx, at: i, run };
        } else if (cue.toOpening) {
          // "Where the film began": the opening moment again, and the main line from there.
          stack.length = 0;
          mode = 'main';
          mainT = (out[0]?.t ?? 0) + STEP;
          blockStart = mainT;
          t = mainT;
        } else if (outer && mode === 'back') {
          // Back from a flashback inside a flashback: the outer one resumes.
          t = resumeOuter(outer, outer.backT);
          kind = blockKind;
        } else if (jumpsToUndatedPresent(mode, anchorOnMain, yearAnchor, presentMarked, cue)) {
          // "The film opened in 1868 ... Then the film jumped to the present day": the present
          // lies long after the year the main line was dated by (its era, told again later,
          // goes before it).
          mainT = Math.max(mainT, (yearAnchor?.t ?? mainT) + PAST_THREAD_DAYS);
          t = resumeMain();
        } else t = resumeMain();
        break;
      }
      case 'flashback': {
        const named = cue.year ?? cue.toYear ?? null;
        if (named !== null && mainLineYear(named)) {
          // "The film returns to 1998" with 1998 the main line's year: back to the main line.
          stack.length = 0;
          t = resumeMain();
          break;
        }
        if (mode === 'back') stack.push({ backT, blockStart, blockKind, blockTense, blockByTense });
        const ref = mode === 'back' ? backT : mainT;
        // "The film returns to 1938" from a frame dated 1970: a past year, measured like "back
        // to 1939" (press15.ts), so the two flashbacks keep their years' order.
        const year = cue.year ?? pastToYear(cue, yearAnchor, mainT);
        if (year !== cue.year) cue = { ...cue, year };
        let ft = ref + (cue.days ?? -DEFAULT_FLASHBACK_DAYS);
        // "The third chapter went back to the beginning": before everything told so far.
        if (cue.toStart && cue.year === null)
          ft = out.reduce((m, p) => Math.min(m, p.t - DEFAULT_FLASHBACK_DAYS), ft);
        // A named year is a measured distance only when the main line's year is known.
        const anchored = yearAnchor !== null || (filmYear !== null && cue.year !== null);
        if (cue.year !== null && !yearAnchor && filmYear !== null && cue.year < filmYear - 1) {
          yearAnchor = { year: filmYear, t: mainT };
          anchorOnMain = true;
        }
        // The synopsis set its film in "the present": a year a flashback names is a past era,
        // well before a present whose own year is unknown (as for a year cue, below).
        if (cue.year !== null && !yearAnchor && presentMarked && mode === 'main' && i > 0)
          yearAnchor = { year: cue.year, t: mainT - PAST_THREAD_DAYS };
        if (cue.year !== null && yearAnchor)
          ft = yearAnchor.t + (cue.year - yearAnchor.year) * DAYS_PER_YEAR;
        else if (cue.year !== null) yearAnchor = { year: cue.year, t: ft };
        t = openBack(ft, 'flashback', false);
        blockMeasured = cue.days !== null || (cue.year !== null && anchored);
        kind = 'flashback';
        break;
      }
      case 'back': {
        if (cue.told && mode === 'back') {
          // Another version of what a flashback shows ("In her version, ..."): the same time
          // told again from the flashback's start, not a jump further back.
          backT = blockStart;
          t = backT;
          kind = blockKind;
          break;
        }
        // A story told inside a flashback ("When she was young, she said, ...") nests in it: the
        // flashback resumes when the telling ends. Any other jump back starts afresh.
        if (mode === 'back' && blockKind === 'flashback' && recount && !seg.clause)
          stack.push({ backT, blockStart, blockKind, blockTense, blockByTense });
        else stack.length = 0;
        // Captions counting from one moment ("Two days earlier" then "One day earlier", or one
        // hour, two hours, three hours earlier) measure from the same place as the last one;
        // the same distance again ("Ten minutes earlier" each time) chains back step by step.
        const sameAnchor =
          mode === 'back' &&
          lastMeasuredBack !== null &&
          cue.days !== null &&
          cue.opening &&
          seg.paragraphStart &&
          Math.abs(cue.days - lastMeasuredBack.days) > 1e-9 &&
          sameScale(cue.days, lastMeasuredBack.days);
        const ref =
          sameAnchor && lastMeasuredBack
            ? lastMeasuredBack.ref
            : // "Two winters ago" measures from the narrative's now, wherever the last scene was.
              mode === 'main' || AGO.test(cue.text)
              ? mainT
              : blockStart;
        if (cue.days !== null && cue.opening) lastMeasuredBack = { ref, days: cue.days };
        const fromMain = mode === 'main';
        t = openBack(ref + (cue.days ?? -DEFAULT_FLASHBACK_DAYS), backKind, false);
        blockMeasured = cue.days !== null;
        kind = backKind;
        // Past the opening, a jump back told in the base tense ends when the main line's own
        // people and places come back (an in-medias-res jump near the start persists).
        blockAffine = fromMain && i > 2 && !reverse;
        break;
      }
      case 'flashforward':
        // A brief look ahead from inside a flashback comes back to that flashback.
        aheadFromBack =
          mode === 'back' && BRIEF_AHEAD.test(segText(i))
            ? { backT, blockStart, blockKind, blockTense }
            : null;
        mode = 'ahead';
        backT = mainT + (cue.days ?? DEFAULT_FLASHBACK_DAYS);
        blockStart = backT;
        blockKind = 'flashforward';
        visionBlock = cue.text !== '' && visionCue(cue.text);
        briefAhead = BRIEF_AHEAD.test(segText(i));
        blockTense = tense;
        blockByTense = false;
        t = backT;
        kind = 'flashforward';
        break;
      case 'forward':
        // A block of backstory found by its tense ends when the base tense comes back, even if
        // the sentence also steps the clock ("That night she went back").
        // So does a step told in the base tense right after a clause told in passing ("...,
        // and that Tom only drove the car. Eli dies in the truck that night.").
        if (
          mode === 'back' &&
          (blockByTense ||
            (segments[i - 1]?.clause === true && !seg.clause) ||
            pastBlockEnds(seg, blockTense, isBackstoryTense)) &&
          !isBackstoryTense(tense) &&
          tense !== 'unknown'
        )
          resumeMain();
        if (
          mode === 'main' &&
          savedRecount &&
          recount &&
          // "...tells Tess that Michael died. The next morning Tess drives to the coast": a step
          // in the base tense after the telling is the frame's own.
          (isBackstoryTense(tense) || RECOUNT.test(lead))
        ) {
          // "He tells how X was sent away the next week": the told story steps on, not the frame.
          const saved: { backT: number; blockStart: number } = savedRecount;
          mode = 'back';
          backT = saved.backT + (cue.days ?? STEP);
          blockStart = saved.blockStart;
          blockKind = 'recounted';
          t = backT;
          kind = 'recounted';
        } else if (mode === 'main') {
          mainT += cue.days ?? STEP;
          blockStart = mainT;
          t = mainT;
        } else {
          backT += cue.days ?? STEP;
          t = backT;
          kind = blockKind;
          // Only a flashback whose distance was stated can be known to catch up: "two years
          // later" inside a flashback to an unmeasured past stays in that past.
          if (mode === 'back' && backT >= mainT && !blockMeasured) {
            backT = Math.min(backT, mainT - STEP / 2);
            t = backT;
          } else if (mode === 'back' && backT >= mainT) {
            // The flashback has caught up with the main line: it is the main line again.
            mode = 'main';
            mainT = backT;
            kind = 'present';
          }
        }
        break;
      case 'year': {
        const year = decadeResumeYear(cue, yearAnchor, out);
        // (The passes after this one read the resumed year as the segment's own.)
        if (cue.decade !== undefined && seg.cue) seg.cue.year = year;
        if (
          mainLineYear(year) &&
          (/^(?:back|returning)\b/i.test(cue.text) ||
            AGAIN.test(text.slice(cue.end, cue.end + AGAIN_AFTER_YEAR_CHARS)))
        ) {
          // "Back to 1998 again." after a flashback: the main line's own year, named as a
          // return, ends it ("In May 1998, ..." may be that year's past).
          stack.length = 0;
          t = resumeMain();
          break;
        }
        if (
          !yearAnchor &&
          filmYear !== null &&
          mode === 'main' &&
          seg.paragraphStart &&
          !isBackstoryTense(tense) &&
          yearInsideUndatedPresent(i, year, filmYear, peopleOf())
        ) {
          // An undated present told by its own people, then a year decades before the film
          // by other people: that year is the present's past (frameYear.ts).
          yearAnchor = { year: filmYear, t: mainT };
          anchorOnMain = true;
        }
        if (
          !yearAnchor &&
          filmYear !== null &&
          year < filmYear - 1 &&
          mode === 'main' &&
          i > 0 &&
          (isBackstoryTense(tense) || recount)
        ) {
          // No year for the main line, and backstory names one: a story told in the film's
          // own day is the best guess, so the backstory sits (filmYear - year) years back.
          yearAnchor = { year: filmYear, t: mainT };
          anchorOnMain = true;
        }
        if (!yearAnchor && erasMarked && filmYear !== null && year < filmYear - 1 && i > 0) {
          // "The present" is the film's own day: the past threads sit their years before it.
          yearAnchor = { year: filmYear, t: mainT };
          anchorOnMain = true;
        }
        if (!yearAnchor && presentMarked && mode === 'main' && i > 0) {
          // The synopsis opened on "the present day": a year named later is the past thread,
          // placed well before a present whose own year is unknown.
          yearAnchor = { year, t: mainT - PAST_THREAD_DAYS };
          t = openBack(yearAnchor.t, 'flashback', false);
          kind = 'flashback';
        } else if (!yearAnchor) {
          if (mode === 'main' && i > 0 && (isBackstoryTense(tense) || recount)) {
            // The first year named, told as backstory: a flashback to that year.
            t = openBack(mainT - DEFAULT_BACKSTORY_DAYS, backKind, false);
            kind = backKind;
          } else {
            t = mode === 'main' ? (mainT += STEP) : (backT += STEP);
            kind = mode === 'main' ? 'present' : blockKind;
          }
          yearAnchor = { year, t, ...monthField(cue.text) };
          anchorOnMain = kind === 'present';
        } else {
          // (Months order two pasts of one year when the anchor names its month too.)
          const month = monthField(cue.text).month;
          const named =
            yearAnchor.t +
            (year - yearAnchor.year) * DAYS_PER_YEAR +
            (month !== undefined && yearAnchor.month !== undefined
              ? (month - yearAnchor.month) * DAYS_PER_MONTH
              : 0);
          // "The letter went on. Through the winter of 1943 ...": the year the told past has
          // reached, named again without a month, goes on from there (sameYearGoesOn).
          const yt =
            mode === 'back' &&
            month === undefined &&
            sameYearGoesOn(named, backT, DAYS_PER_YEAR) &&
            !pointsBack(text, seg)
              ? backT + STEP
              : named;
          if (yt < mainT - 1) {
            // A later year of a story being told ("Bridget tells Tess about the spring of 1938
            // ... In the summer of 1940, ...") is still that telling: the frame comes back
            // when its own people do.
            const k =
              mode === 'back' && blockKind === 'recounted' && yt >= backT ? 'recounted' : backKind;
            t = openBack(yt, k, false);
            kind = k;
          } else if (!anchorOnMain && (isBackstoryTense(tense) || recount)) {
            // The years so far are all backstory and the main line's own year is unknown: a
            // later backstory year ("arrested in 1947" after "in 1944") is still backstory,
            // never after the main line's present.
            // Before the main line's first moment: every present scene so far is its "now".
            const firstMain = out.find((p) => p.kind === 'present')?.t ?? mainT;
            const bt = Math.min(yt, firstMain - STEP / 2);
            if (mode === 'back') {
              backT = Math.max(backT + STEP / 10, bt);
              t = backT;
              kind = blockKind;
            } else {
              t = openBack(bt, backKind, false);
              kind = backKind;
            }
          } else if (
            mode === 'back' &&
            blockKind === 'recounted' &&
            isBackstoryTense(tense) &&
            !seg.paragraphStart
          ) {
            // "She confesses ... In 2021, when the debts came due, she burned the mill": the
            // main line's own year inside a confession told in the backstory tense is still the
            // told past, the latest of it, before the main line's first moment in that year.
            const firstMain = out.find((p) => p.kind === 'present')?.t ?? mainT;
            backT = Math.max(backT + STEP / 10, Math.min(yt, firstMain) - STEP / 2);
            t = backT;
            kind = blockKind;
          } else {
            mode = 'main';
            mainT = Math.max(mainT + STEP, yt);
            blockStart = mainT;
            t = mainT;
          }
        }
        break;
      }
      default: {
        const backTense = isBackstoryTense(tense);
        const strand = mode === 'main' ? strandResumes() : null;
        if (comment) {
          // Where the telling is: the writer's talk moves nothing.
          t = mode === 'main' ? mainT : backT;
          kind = mode === 'main' ? 'present' : blockKind;
        } else if (innerOver) {
          const outer = stack.pop();
          t = outer ? resumeOuter(outer, outer.backT) : backT;
          kind = blockKind;
        } else if (filmEnds) {
          t = resumeMain();
          if (frameStep > STEP) t = mainT += frameStep - STEP;
          blockStart = mainT;
        } else if (seasonReturn || (mode === 'back' && strandIsMain())) {
          t = resumeMain();
        } else if (asideOpen && mode === 'back' && (seg.resumes === true || !backTense)) {
          // The sentence goes on after its aside, or the next one is not told as backstory:
          // back where the clause told in passing left the main line.
          t = resumeMain();
        } else if (pendingTelling || selfTelling) {
          t = openBack(mainT - DEFAULT_FLASHBACK_DAYS, 'recounted', false);
          kind = 'recounted';
        } else if (seg.clause && mode === 'back') {
          // Told backstory inside a flashback: before the flashback, which goes on after it.
          t = blockStart - DEFAULT_BACKSTORY_DAYS + (out[i - 1]?.kind === 'recounted' ? STEP : 0);
          if (out[i - 1]?.kind === 'recounted') t = Math.max(t, (out[i - 1]?.t ?? t) + STEP / 10);
          kind = 'recounted';
        } else if (seg.clause && mode === 'main') {
          // A past clause in passing: backstory by its tense, ended by the next present segment.
          const resume = lastClosed;
          t = resume
            ? openBack(resume.backT + STEP, resume.blockKind, true)
            : openBack(mainT - DEFAULT_BACKSTORY_DAYS, 'recounted', true);
          blockTense = 'past';
          kind = blockKind;
        } else if (strand) {
          // "The film returns to the storm": the flashback that told the storm goes on.
          kind = strand.kind === 'recounted' ? 'recounted' : 'flashback';
          t = openBack(strand.t + STEP, kind, false);
        } else if (mode === 'main' && lastClosed && (seg.toldOn || tellingGoesOn(text, seg))) {
          // "Tobias goes on with his account": the told story resumes where it stopped.
          const closed: { backT: number; blockStart: number; blockKind: SceneKind } = lastClosed;
          t = openBack(closed.backT + STEP, closed.blockKind, false);
          blockStart = closed.blockStart;
          kind = closed.blockKind;
        } else if (
          mode === 'back' &&
          (blockKind === 'recounted' || presentMarked || blockAffine) &&
          mainOnly > backOnly
        ) {
          // A frame story: the frame's own people and places are back, so is the frame.
          savedRecount = { backT, blockStart };
          t = resumeMain();
        } else if (
          mode === 'back' &&
          !backTense &&
          (backOnly === 0 ||
            mainOpensParagraph(text, seg, actorSide, backNames, mainNames, names)) &&
          !(blockOpenedAt === i - 1 && captionAlone(text, segments[i - 1])) &&
          ((actorIsMain && (blockByTense || blockKind === 'flashback')) ||
            // A memory of childhood ("As a boy, Daniel hides...") told in one paragraph: the
            // next paragraph with the main line's people and none of the memory's own is back.
            (blockAffine && seg.paragraphStart && sharedNames > 0))
        ) {
          // A quiet return: a paragraph opens with a person seen only in the main line acting,
          // no one from the flashback with them, and not in the backstory tense.
          t = resumeMain();
        } else if (
          mode === 'main' &&
          savedRecount &&
          backOnly > mainOnly &&
          // The film's last scene ("The last scene is the alarm going off") is no told story.
          !opensOnFilmEnd(text, seg)
        ) {
          // ...and the told story resumes where it stopped when its people come back.
          mode = 'back';
          backT = savedRecount.backT + STEP;
          blockStart = savedRecount.blockStart;
          blockKind = 'recounted';
          t = backT;
          kind = 'recounted';
        } else if (mode !== 'main') {
          if (blockTense === 'unknown') blockTense = tense;
          // A block told in the backstory tense ends when the base tense comes back; a
          // flashback told in the base tense ends only at a cue or a retelling.
          const blockPast = blockByTense || isBackstoryTense(blockTense);
          const outer = stack[stack.length - 1];
          if (blockPast && !backTense && tense !== 'unknown' && outer && mode === 'back') {
            // The telling inside a flashback is over: the flashback goes on.
            stack.pop();
            // From where the flashback stopped, or later when the telling went past it.
            t = resumeOuter(
              outer,
              backT < outer.blockStart ? outer.backT : Math.max(outer.backT, backT),
            );
            kind = blockKind;
          } else if (blockPast && !backTense && tense !== 'unknown') {
            t = resumeMain();
          } else {
            backT += STEP;
            t = Math.min(backT, mode === 'back' ? mainT - STEP / 2 : backT);
            kind = blockKind;
          }
        } else if (backTense && i > 0) {
          // Backstory by tense; when a told story was interrupted, it resumes where it stopped.
          const resume = lastClosed;
          t = resume
            ? openBack(resume.backT + STEP, resume.blockKind, true)
            : openBack(mainT - DEFAULT_BACKSTORY_DAYS, backKind, true);
          if (resume) blockStart = resume.blockStart;
          kind = blockKind;
        } else {
          mainT += STEP;
          t = mainT;
        }
      }
    }
    if (reverse && kind !== 'present') kind = 'present';
    // In a frame story the frame talks about the told story's people ("Hale answers that Moss
    // ordered the log closed"): that does not make them the frame's own.
    if (!comment)
      for (const n of definiteNouns(segText(i))) (mode === 'main' ? mainNouns : backNouns).add(n);
    if (mode === 'main')
      for (const [w] of own) {
        if (savedRecount === null || !backNames.has(w)) mainNames.add(w);
      }
    else {
      // "Bridget tells Tess about the spring of 1938": the frame's listener, named in the telling
      // before what is told, is not one of the told story's people.
      // So is the reader of letters dated there ("Simon began with the first letter, dated 1940").
      const telling =
        (recount || readingMovesTo(lead.slice(0, 200))) && cue ? lead.toLowerCase() : '';
      for (const [w] of own)
        if (!(telling && mainNames.has(w) && telling.includes(w))) backNames.add(w);
    }
    // A clause told in passing is not a story the telling comes back to.
    // (A thing's memory is over at its paragraph's end: its people coming back resume nothing.)
    if (
      mode === 'back' &&
      (blockKind === 'recounted' || presentMarked) &&
      !seg.clause &&
      segments[blockOpenedAt]?.carried !== true &&
      segments[blockOpenedAt]?.recalled !== true
    )
      savedRecount = { backT, blockStart };
    if (season && mode === 'main') mainSeasons++;
    if (dayCount && mode === 'main') mainDayCounts++;
    if (unit && mode === 'main') mainUnits.add(unit);
    out.push({ t, kind, timeCue: cueText });
    if (modeBefore === 'back' && mode === 'main' && (!cue || cue.kind === 'forward'))
      quietReturns.add(i);
    // The event a flashback was measured from lasts while the flashback does.
    if (mode !== 'back' || cue?.kind === 'flashback') blockEvent = null;
    else if (cue?.kind === 'back') blockEvent = eventMeasuredFrom(text, cue.text, cue.end);
    asideOpen = seg.clause === true && modeBefore === 'main';
    if (leap > 0 && mode === 'main') {
      mainT += leap;
      blockStart = mainT;
    }
  });
  // Told in reverse by chapters with a strand running forwards between them (reverseStrands.ts).
  if (chaptered) applyReverseStrands(text, segments, out);
  const wordsOf = segmentWords(text, segments);
  applyStrands(text, segments, out, lazySimilarity(wordsOf));
  applyFlashForwardReturns(text, segments, out, names);
  applyVisionsShown(segments, out, wordsOf, similarity, { text, of: contentWords });
  applyDreamsComeTrue(text, segments, out);
  // A rewind in mid-film that catches up with the moment it left (rewindCatchUp.ts).
  applyRewindCatchUp(text, segments, out, wordsOf);
  applyRetellings(segments, out, wordsOf);
  applyShownAgain(text, segments, out, wordsOf, similarity);
  // Sections headed "Then"/"Now", or a page of headed sections: its own units, read first.
  const headedTimelines =
    !reverse && applyTimelines(text, segments, out, names, base, filmYear, true);
  const yearThreads =
    headedTimelines || applyYearThreads(text, segments, out, names, wordsOf, quietReturns);
  const beforeCast = out.map((p) => p.t);
  // A frame whose past comes in letters, a diary or a telling is the main pass's own reading.
  const framed = framedByTellings(text, segments, out);
  if (!yearThreads && !reverse && !framed)
    applyCastThreads(text, segments, out, names, filmYear, base);
  // Alternating timelines told apart by their people, where neither reading above applied.
  if (!yearThreads && !reverse && out.every((p, i) => p.t === beforeCast[i]) && !framed)
    applyTimelines(text, segments, out, names, base, filmYear);
  applySeries(text, segments, out);
  // A log or letters read out of date order, their dates named by the frame (readEntries.ts).
  applyReadEntries(text, segments, out);
  // A time loop lives one day again and again: its clock goes back at every reset, which is a
  // new day, not a rewind within one.
  const loop = isTimeLoop(text, segments);
  if (!loop) {
    applyClockTimes(text, segments, out);
    applyClockBlocks(text, segments, out);
  }
  if (!applyWitnessAccounts(text, segments, out, wordsOf, similarity))
    applyParallelStories(text, segments, out, lazySimilarity(wordsOf));
  // One night told again from another side, by the clock (nightRestarts.ts); never a loop.
  if (!loop) applyNightRestarts(text, segments, out);
  applyMemories(text, segments, out);
  applyToldBackstory(text, segments, out, (k) => contentWords(segText(k)), similarity);
  applyAges(text, segments, out, names);
  // Speakers each telling one year of a life, in a past-tense frame (spokenYears.ts).
  applySpokenYears(text, segments, out);
  applyPlaceReturns(text, segments, out);
  // Episodes opened by year cards told out of order: each placed by its date (episodes.ts).
  const episodes = applyEpisodes(text, segments, out, names);
  applyAfterAll(text, segments, out);
  // Chapters named by the days of one week, shown out of order (weekdayChapters.ts).
  applyWeekdayChapters(text, segments, out);
  // A told past, then what the film shows of it in the present ("We see the two of them ...").
  applyShownTold(text, segments, out);
  // A story told both ways from a midpoint, one step after it and one before (bothWays.ts).
  if (!episodes) applyBothWays(text, segments, out);
  // The passes above re-time by numbers, clocks and ages: the opening that looked ahead stays
  // with the moment the story catches up with.
  const tie = teaserTie as { opening: number; at: number; run: number[] } | null;
  const arrived = tie ? out[tie.at] : undefined;
  const opening = tie ? out[tie.opening] : undefined;
  if (arrived && opening && !episodes && tie) {
    opening.t = arrived.t - STEP / 10;
    spreadRun(out, tie.run, opening.t);
  }
  // A frame the film comes back to by its place, its told past read in order (frameReturns15.ts).
  applyFrameReturns(text, segments, out);
  // A year's section taken up again goes on from its first (yearSections15.ts).
  applyYearSections(text, segments, out);
  // An opening the film says it shows again in its place (openingShownAgain15.ts).
  if (!episodes) applyOpeningShownAgain(text, segments, out);
  return out;
};

/** The segments of an opening's run, in order, just after the opening's time `t` (before STEP / 20). */
const spreadRun = (out: Placement[], run: readonly number[], t: number): void => {
  for (const [k, j] of run.entries()) {
    const p = out[j];
    if (p) p.t = t + ((k + 1) * STEP) / (20 * (run.length + 1));
  }
};

/**
 * The segments after the opening in its paragraph that sit at the opening's moment (no cue moved
 * them): an opening that looks ahead is a paragraph, not only its first segment.
 */
const openingRun = (segments: Segment[], out: Placement[], openingIdx: number): number[] => {
  const run: number[] = [];
  let t = out[openingIdx]?.t ?? 0;
  for (let j = openingIdx + 1; j < out.length; j++) {
    const p = out[j];
    if (!p || segments[j]?.paragraphStart || p.kind !== 'present') break;
    if (p.t < t || p.t > t + STEP * 1.001) break;
    t = p.t;
    run.push(j);
  }
  return run;
};

/**
 * A paragraph that opens on someone of the main line acting, its first sentence naming no one of
 * the flashback ("Ruth switched off her tape recorder."), is the main line again even when a
 * later sentence names a flashback person or shares a surname with one ("Neil Bain").
 */
const mainOpensParagraph = (
  text: string,
  seg: Segment,
  actorSide: 'main' | 'back' | null,
  backNames: ReadonlySet<string>,
  mainNames: ReadonlySet<string>,
  names: ReadonlySet<string>,
): boolean => {
  const first = seg.sentences[0];
  if (actorSide !== 'main' || !seg.paragraphStart || !first) return false;
  const firstOnly: Segment = { ...seg, sentences: [first] };
  for (const w of properWords(text, firstOnly, names)) {
    const k = w.toLowerCase();
    if (backNames.has(k) && !mainNames.has(k)) return false;
  }
  return true;
};

/** A caption's sentence at most this long ("Then a title card: \"Six months earlier.\""). */
const CAPTION_CHARS = 60;
/**
 * A segment that is only a caption or a cue ("Six months earlier.", "Then a title card: ..."):
 * the block it opens has no people of its own yet, so the next paragraph's people, seen in the
 * opening, cannot be a quiet return from it.
 */
const captionAlone = (text: string, seg: Segment | undefined): boolean =>
  seg !== undefined &&
  seg.cue !== null &&
  seg.sentences.length === 1 &&
  seg.end - seg.start <= CAPTION_CHARS &&
  (seg.tense.present + seg.tense.past === 0 || cardSentence(text, seg));

/**
 * "The next week Piet told Mara that ...": a paragraph of a past-tense synopsis whose only verb is
 * one of speech (which tense profiles leave out) is told in the base tense when that verb opens its
 * first clause and reports a clause that is not in the past perfect.
 */
const speechInBase = (seg: Segment, text: string, base: 'present' | 'past'): boolean => {
  const first = seg.sentences[0];
  if (base !== 'past' || !seg.paragraphStart || !first) return false;
  const sentence = text.slice(first.start, first.end);
  const verb = firstClauseVerb(sentence);
  // ("In the letter Eirik told the truth." hands the story to what follows; "...told her that he
  // had ..." reports the past perfect.)
  return (
    verb?.tense === 'past' &&
    verb.word !== 'had' &&
    !/\bhad\b/i.test(sentence) &&
    new RegExp(`\\b${verb.word} (?:\\w+ )?that\\b`, 'i').test(sentence)
  );
};

/**
 * A flashback told in the backstory tense (a letter's contents in the past inside a
 * present-tense frame) ends at a new paragraph in the base tense even when that paragraph steps
 * the clock ("The next morning Lena goes looking for the club"): the step is the frame's.
 */

const pastBlockEnds = (
  seg: Segment,
  blockTense: TenseClass,
  isBackstoryTense: (c: TenseClass) => boolean,
): boolean => seg.paragraphStart && isBackstoryTense(blockTense);

/** A paragraph's opening words that hand the past to a letter, a diary or a teller. */
const TELLING_OPEN =
  /^[^.]{0,60}?\b(?:letters?|diary|diaries|journal|notebooks?|tapes?|recordings?|tells?|recounts?|writes?|wrote|remembers|recalls|reads?|reading|voice)\b/i;
/** Flashback paragraphs opened by a telling needed to read the page as a frame story. */
const MIN_FRAMED = 2;

/**
 * True when the main pass placed two or more flashbacks whose paragraphs open on a telling ("The
 * first letter takes Cerys back to 1953", "In his diary, Emlyn wrote ..."): a frame story, which
 * the alternating-timelines reading must not reorder by who is named.
 */
export const framedByTellings = (text: string, segments: Segment[], out: Placement[]): boolean => {
  let framed = 0;
  segments.forEach((seg, i) => {
    const kind = out[i]?.kind;
    if (!seg.paragraphStart || (kind !== 'flashback' && kind !== 'recounted')) return;
    if (TELLING_OPEN.test(text.slice(seg.start, Math.min(seg.end, seg.start + 90)))) framed++;
  });
  return framed >= MIN_FRAMED;
};

/** A film that opens on its ending: "The film begins at the end", "opens with a glimpse of the ending". */
const TEASER =
  /\b(?:begins?|opens?|starts?) (?:at|near|with|on) (?:the|its) (?:very )?(?:end|ending|finale|climax)\b|\bglimpse of (?:the|its) (?:end|ending|finale)\b|\bflash[- ]?forward\b/i;

/** "The film opens on ...", "The movie begins with ...": the scene that says it is the opening. */
const OPENS_ON = /\b(?:film|movie|story|picture)\s+(?:opens|begins|starts)\b/i;
/** Segments searched for the one that says it is the opening. */
const OPENING_SEARCH = 4;

/**
 * A return to the opening that arrives at it ("the film catches up with its opening", "the rest
 * of the opening scene", "the scene from the very start of the movie"): the opening was a look
 * ahead at this moment, not a start the story goes over again.
 */
/** Words right before "where we began" that arrive there: "And so we arrive where we began". */
const ARRIVAL_LEAD =
  /\bnow (?:we['’]re|we are)\s+$|\b(?:arrives?|arrived|arriving|catch(?:es)? up|caught up|ends? up|ended up|lands?|landed|circles? back|comes? back round)\s+(?:(?:right|exactly|just|back)\s+)?(?:at\s+)?$/i;
const CATCH_UP =
  /\bcatch(?:es|ing)? up|\bcaught up|\brest of the opening|(?:scene|moment|image|shot) from the (?:very )?(?:start|beginning)/i;

/** A paragraph opening on a season: "Spring.", "That autumn,", "Late summer:". */
const SEASON_OPENING =
  /^(?:(?:that|this|the next|the following|next|early|late|in the|by|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)\b\s*[.,:—–-]?/i;

/** Story time between two numbers of a series (one day lived again, or the next day). */
const SERIES_DAYS = 1;

/**
 * A numbered series told out of order ("his forty-first Monday", then back to "the first
 * Monday"): each numbered segment sits at its number, an unnumbered one continues from the
 * segment before it (by the step its own cue took, less than a day while more numbers follow),
 * and backstory placed before the series stays where it is.
 */
const applySeries = (text: string, segments: Segment[], out: Placement[]): void => {
  // Dated entries out of order ("12 October 1953", then "3 February 1953") are a series
  // numbered by their day.
  const ns =
    seriesMarks(text, segments) ??
    dateMarks(text, segments) ??
    misplacedSeries(text, segments, out);
  if (!ns) return;
  const firstIdx = ns.findIndex((n) => n !== null);
  const lastIdx = ns.findLastIndex((n) => n !== null);
  const orig = out.map((p) => p.t);
  const low = Math.min(...ns.filter((n): n is number => n !== null));
  // The first numbered segment told keeps its time; the series is laid out around it.
  const anchor = (orig[firstIdx] ?? 0) - ((ns[firstIdx] ?? low) - low) * SERIES_DAYS;
  let prevT = anchor;
  /** True when the segment before was placed in the series (not left as backstory). */
  let carried = false;
  for (let i = firstIdx; i < segments.length; i++) {
    const p = out[i];
    const n = ns[i];
    if (!p) continue;
    if (n !== null && n !== undefined) {
      p.t = anchor + (n - low) * SERIES_DAYS;
      if (p.kind !== 'flashforward') p.kind = 'present';
      prevT = p.t;
      carried = true;
      continue;
    }
    // "The film then returns to the opening scene": the numbered opening's moment again.
    const cue = segments[i]?.cue;
    if (firstIdx === 0 && i > 1 && cue?.kind === 'return' && cue.toOpening) {
      p.t = (out[0]?.t ?? 0) + STEP;
      p.kind = 'present';
      prevT = p.t;
      carried = true;
      continue;
    }
    // Backstory told before the series began keeps its place; what steps on from a segment of
    // the series ("The next morning" after the last loop) goes on with it.
    const stepsOn = carried && (orig[i] ?? 0) >= (orig[i - 1] ?? 0);
    carried = false;
    if (p.kind !== 'present' && (orig[i] ?? 0) < anchor && !stepsOn) continue;
    carried = true;
    const gap = (orig[i] ?? 0) - (orig[i - 1] ?? 0);
    const step = gap > 0 ? gap : STEP;
    p.t = prevT + (i < lastIdx ? Math.min(step, SERIES_DAYS * 0.5) : step);
    if (p.kind !== 'flashforward') p.kind = 'present';
    prevT = p.t;
  }
  placeBeforeSeries(text, segments, out, ns);
  let latest = -Infinity;
  for (let i = firstIdx; i < segments.length; i++) {
    const p = out[i];
    if (!p) continue;
    if (p.t < latest - STEP && p.kind === 'present' && ns[i] !== null) p.kind = 'flashback';
    latest = Math.max(latest, p.t);
  }
};

/**
 * A flashback "to the night before the first Tuesday" of a series goes before everything (the
 * first loop too), with what its block goes on to tell ("In 1986 the food court burned").
 */
const placeBeforeSeries = (
  text: string,
  segments: Segment[],
  out: Placement[],
  ns: (number | null)[],
): void => {
  for (const [i, seg] of segments.entries()) {
    const p = out[i];
    const cue = seg.cue?.kind;
    if (!p || ns[i] !== null || p.kind === 'present' || (cue !== 'back' && cue !== 'flashback'))
      continue;
    if (!beforeSeriesStart(text, seg)) continue;
    const block = [i];
    for (let j = i + 1; j < segments.length; j++) {
      const q = out[j];
      if (!q || ns[j] !== null || q.kind === 'present' || q.kind === 'flashforward') break;
      if (q.t < p.t || segments[j]?.cue?.kind === 'return') break;
      block.push(j);
    }
    const others = out.filter((_, k) => !block.includes(k)).map((q) => q.t);
    const earliest = Math.min(...others);
    // A year the block names ("In 1986 the old food court burned") lies before that night.
    const year = (j: number): number => segments[j]?.cue?.year ?? Infinity;
    block.sort((a, b) => year(a) - year(b) || a - b);
    for (const [k, j] of block.entries()) {
      const q = out[j];
      if (q) q.t = earliest - (block.length - k) * STEP;
    }
    return;
  }
};

/**
 * A series told in order ("In the second loop", "From the third loop on", "In the sixth and last
 * loop") that the main pass has placed out of its order: a flashback of the fifth loop that never
 * closed swept the sixth loop into the past. The numbers are the better evidence.
 */
const misplacedSeries = (
  text: string,
  segments: Segment[],
  out: Placement[],
): (number | null)[] | null => {
  const ns = seriesMarks(text, segments, true);
  if (!ns) return null;
  let last: { n: number; t: number } | null = null;
  for (const [i, n] of ns.entries()) {
    const t = out[i]?.t;
    if (n === null || t === undefined) continue;
    if (last && n > last.n && t < last.t) return ns;
    last = { n, t };
  }
  return null;
};

/**
 * Words of a day lived again: "the next loop", "relives", "wakes up again", "the day resets".
 * Not "the story starts over from Petra's side": viewpoints retelling one day are no loop.
 */
const LOOP_WORDS =
  /\b(?:time[- ]loops?|loops?|reliv(?:e|es|ed|ing)|resets?|over and over|(?:wakes?|woke|waking)(?: up)? (?:again|once more))\b/i;
/** Segments naming a loop before a document counts as a time loop. */
const MIN_LOOP_SEGMENTS = 2;

/** A film of one day lived again and again: two segments or more say so. */
const isTimeLoop = (text: string, segments: Segment[]): boolean => {
  let n = 0;
  for (const s of segments) {
    if (LOOP_WORDS.test(text.slice(s.start, s.end)) && ++n >= MIN_LOOP_SEGMENTS) return true;
  }
  return false;
};

/** Clock times needed before a day is re-timed by them. */
const MIN_CLOCKED_SEGMENTS = 3;
/** A time step of this many days or more leaves the day the clock times belong to. */
const DAY_SCALE = 0.9;

/** A paragraph opening on the day it tells: "Saturday.", "On Sunday morning", "Day two:". */
const NEW_DAY_OPENING = new RegExp(
  String.raw`^\s*(?:(?:on|by|early|late|that|next|the following|come)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|^\s*(?:(?:on|by)\s+)?the\s+(?:second|third|fourth|fifth|sixth|seventh|next|following|final|last)\s+day\b|^\s*day\s+(?:\d{1,2}|two|three|four|five|six|seven)\b` +
    // A diary's card: "31 December. At midnight ...", "On March 3, ...", "New Year's Day."
    String.raw`|^\s*(?:[-•*–—]\s+)?(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS.join('|')})|(?:${MONTHS.join('|')})\s+\d{1,2}(?:st|nd|rd|th)?)\b|^\s*(?:[-•*–—]\s+)?(?:on\s+)?(?:new year['’]s (?:day|eve)|christmas (?:day|eve)|boxing day)\b`,
  'i',
);

/**
 * A day or a night told out of order ("An hour earlier", each viewpoint rewinding to the
 * afternoon) is ordered by its clock times: within a run of segments on one day (no cue of a
 * day or more between them), a segment naming a time sits at that time, one without continues
 * from the segment before it, or just before the next clocked one when it rewinds. The day
 * keeps the span of story time it had, so its relation to other days is untouched. Applies only
 * when the clock goes backwards in the telling; a day told in order needs nothing.
 */
const applyClockTimes = (text: string, segments: Segment[], out: Placement[]): void => {
  // Every clock time of the document settles its half of the day against its neighbours; a
  // segment is timed by its first one, else (weakly) by a part of the day its opening names.
  const all = segments.map((s) => findClocks(text.slice(s.start, s.end)));
  // Bare hours ("at eleven") count only in a document that names real clock times.
  if (all.filter((m) => m.some((c) => !c.bare)).length < MIN_CLOCKED_SEGMENTS) return;
  const mentions = all.flat();
  const flat = clockMinutesInOrder(mentions) ?? clockMinutes(mentions);
  const minutes: (number | null)[] = [];
  const strong: boolean[] = [];
  let k = 0;
  let latest = -Infinity;
  segments.forEach((s, i) => {
    const own = all[i] ?? [];
    if (own.length > 0) {
      const m = flat[k] ?? null;
      // A bare hour ("at ten") may place a scene, never send it back before what was told:
      // "the ten o'clock train" mentioned later in the night is no rewind.
      // One that opens the segment ("At six, Rosalind is ironing") is the scene's own time.
      const weak =
        own[0]?.bare === true &&
        m !== null &&
        m < latest &&
        !ownClockTime(text.slice(s.start, s.end), own[0]);
      minutes.push(weak ? null : m);
      strong.push(!weak);
      if (!weak && m !== null) latest = Math.max(latest, m);
      k += own.length;
      return;
    }
    const first = s.sentences[0];
    const part = first ? findDayPart(text.slice(first.start, first.end)) : null;
    minutes.push(part ? part.hour * 60 + part.minute : null);
    strong.push(false);
  });
  /** "Saturday. At nine ...", "On the second day, ...": a paragraph naming its day. */
  const opensNewDay = (i: number): boolean => {
    const seg = segments[i];
    return (
      i > 0 &&
      seg !== undefined &&
      seg.paragraphStart &&
      NEW_DAY_OPENING.test(text.slice(seg.start, seg.start + 40))
    );
  };
  // Runs of one day: a forward cue of a day or more (or a year) ends one, and so does a clocked
  // segment far in time from the run; an unclocked segment far from it (a flashback of weeks) is
  // left out, with the unclocked ones that follow it.
  const runs: number[][] = [];
  let run: number[] = [];
  let away = false;
  const close = (): void => {
    if (run.length) runs.push(run);
    run = [];
    away = false;
  };
  segments.forEach((seg, i) => {
    const cue = seg.cue;
    const p = out[i];
    if (!p) return;
    const dayJump =
      cue !== null &&
      (cue.kind === 'year' || (cue.days !== null && Math.abs(cue.days) >= DAY_SCALE));
    const backwards = cue?.kind === 'back' || cue?.kind === 'flashback';
    if (dayJump && !backwards) close();
    // "Saturday. At nine ...", "On the second day, ...": a paragraph naming its day is a new day,
    // whose clock times are read among its own (no night carried over from the day before).
    else if (opensNewDay(i)) close();
    const last = run[run.length - 1];
    const lastT = last === undefined ? undefined : out[last]?.t;
    const far = lastT !== undefined && Math.abs(p.t - lastT) >= DAY_SCALE;
    if ((dayJump && backwards) || far) {
      if (!strong[i]) {
        away = true;
        return;
      }
      if (far) close();
    }
    if (away && !strong[i]) return;
    away = false;
    run.push(i);
  });
  close();
  for (const r of runs) {
    if (r[0] !== undefined && opensNewDay(r[0])) {
      const day = clockMinutes(r.flatMap((i) => all[i] ?? []));
      let j = 0;
      for (const i of r) {
        const own = all[i] ?? [];
        if (own.length > 0 && strong[i]) minutes[i] = day[j] ?? minutes[i] ?? null;
        j += own.length;
      }
    }
    retimeRun(r, segments, out, minutes, strong);
  }
};

const retimeRun = (
  run: number[],
  segments: Segment[],
  out: Placement[],
  minutes: (number | null)[],
  strong: boolean[],
): void => {
  const clocked = run.filter((i) => strong[i] === true && minutes[i] !== null);
  if (clocked.length < 2) return;
  let backwards = false;
  for (let k = 1; k < clocked.length; k++)
    if ((minutes[clocked[k] ?? -1] ?? 0) < (minutes[clocked[k - 1] ?? -1] ?? 0)) backwards = true;
  if (!backwards) return;
  const ts = run.map((i) => out[i]?.t ?? 0);
  const lo = Math.min(...ts);
  const hi = Math.max(...ts, lo + STEP * run.length);
  const mins = run.map((i) => minutes[i]).filter((m): m is number => m !== null);
  const first = Math.min(...mins);
  const span = Math.max(1, Math.max(...mins) - first);
  const at = (m: number): number => lo + ((m - first) / span) * (hi - lo);
  const tick = (hi - lo) / span / 4;
  // Clocked segments first (weak day parts included), then the rest from their neighbours.
  const next: (number | null)[] = run.map((i) =>
    minutes[i] === null ? null : at(minutes[i] ?? 0),
  );
  for (let k = 0; k < run.length; k++) {
    if (next[k] !== null) continue;
    const i = run[k] ?? -1;
    // A paragraph's lead-in ("The second part follows the groom") goes with the clock time
    // that follows it in the paragraph, as does a rewind to an earlier hour.
    const leadIn =
      segments[i]?.paragraphStart === true &&
      next[k + 1] !== null &&
      next[k + 1] !== undefined &&
      segments[run[k + 1] ?? -1]?.paragraphStart === false;
    const rewinds = segments[i]?.cue?.kind === 'back' || leadIn;
    const before = next.slice(0, k).findLastIndex((x) => x !== null);
    const after = next.findIndex((x, j) => j > k && x !== null);
    if (rewinds && after >= 0) next[k] = (next[after] ?? 0) - tick;
    else if (before >= 0) next[k] = (next[before] ?? 0) + (tick * (k - before)) / 2;
    else if (after >= 0) next[k] = (next[after] ?? 0) - (tick * (after - k)) / 2;
  }
  let latest = -Infinity;
  run.forEach((i, k) => {
    const p = out[i];
    const t = next[k];
    if (!p || t === null || t === undefined) return;
    p.t = t;
    if (t < latest - tick && p.kind === 'present') p.kind = 'flashback';
    latest = Math.max(latest, t);
  });
};

/**
 * A moment told twice is one time: when a later segment retells an earlier one (and no cue
 * placed it), tie it to the earlier telling and let what follows continue from there; when the
 * segments between were all placed after the earlier telling, the earlier one was a teaser
 * (the film opens near its end) and moves to the later moment instead.
 */
const applyRetellings = (segments: Segment[], out: Placement[], wordsOf: SegmentWords): void => {
  const words = segments.map((_, i) => wordsOf(i));
  applyOpeningRetelling(segments, out, words);
  for (let i = 2; i < segments.length; i++) {
    const seg = segments[i];
    const wi = words[i];
    if (!seg || !wi || seg.cue) continue;
    let best = -1;
    let bestScore = 0;
    if (wi.size < MIN_RETELL_WORDS) continue;
    // Only a present segment is tied below (no turn changes its kind): skip the others' search.
    if (out[i]?.kind !== 'present') continue;
    for (let j = Math.max(0, i - RETELL_WINDOW); j < i - 1; j++) {
      const wj = words[j];
      if (!wj || wj.size < MIN_RETELL_WORDS) continue;
      const sim = similarity(wi, wj);
      if (
        Math.min(wi.size, wj.size) >= MIN_RETELL_WORDS &&
        sim.shared >= MIN_RETELL_SHARED &&
        sim.score >= RETELL_SIMILARITY &&
        sim.score > bestScore
      ) {
        best = j;
        bestScore = sim.score;
      }
    }
    if (best < 0) continue;
    const pj = out[best];
    const pi = out[i];
    // Only a main-line moment told twice ties two tellings; flashbacks share words by nature.
    if (!pj || !pi || pj.kind !== 'present' || pi.kind !== 'present') continue;
    const between = out.slice(best + 1, i);
    if (between.every((p) => p.t < pj.t)) {
      const delta = pj.t + STEP / 10 - pi.t;
      // Shift the retelling and the rest of its block (until the next cue) to follow the tie.
      for (let k = i; k < segments.length; k++) {
        const pk = out[k];
        if (!pk || (k > i && segments[k]?.cue)) break;
        pk.t += delta;
      }
    } else if (best <= 1 && between.every((p) => p.t > pj.t)) {
      // Only an opening can be a teaser of a later moment.
      pj.t = pi.t - STEP / 10;
      pj.kind = 'flashforward';
    }
  }
};

/** Looser similarity for the opening retold at the end of a flashback (in medias res). */
const OPENING_RETELL_SIMILARITY = 0.3;
const MIN_OPENING_RETELL_SHARED = 4;
const MIN_OPENING_RETELL_WORDS = 6;

/**
 * A film that opens in medias res and then jumps back ("Four days earlier") catches up with its
 * opening later: the flashback segment that retells the opening is that moment, and what follows
 * it continues after the opening instead of staying in the flashback.
 */
const applyOpeningRetelling = (
  segments: Segment[],
  out: Placement[],
  words: Set<string>[],
): void => {
  for (let j = 0; j < Math.min(2, segments.length); j++) {
    const pj = out[j];
    const wj = words[j];
    if (!pj || !wj || pj.kind !== 'present' || wj.size < MIN_OPENING_RETELL_WORDS) continue;
    let best = -1;
    let bestScore = 0;
    for (let i = j + 2; i < Math.min(segments.length, j + RETELL_WINDOW); i++) {
      const pi = out[i];
      const wi = words[i];
      const cue = segments[i]?.cue;
      if (!pi || !wi || pi.kind === 'present' || pi.t >= pj.t) continue;
      if (cue && cue.kind !== 'forward') continue;
      // Backstory told in passing inside a sentence is not a flashback catching up.
      if (segments[i]?.clause) continue;
      if (wi.size < MIN_OPENING_RETELL_WORDS) continue;
      const sim = similarity(wi, wj);
      if (
        sim.shared >= MIN_OPENING_RETELL_SHARED &&
        sim.score >= OPENING_RETELL_SIMILARITY &&
        sim.score > bestScore
      ) {
        best = i;
        bestScore = sim.score;
      }
    }
    if (best < 0) continue;
    // Every flashback segment before the retelling must lie before the opening.
    const base = pj.t;
    for (let k = best; k < segments.length; k++) {
      const pk = out[k];
      const cue = segments[k]?.cue;
      if (!pk || (k > best && cue && cue.kind !== 'forward')) break;
      if (k > best && pk.kind === 'present') break;
      pk.t = base + ((k - best + 1) * STEP) / 5;
      pk.kind = 'present';
    }
    return;
  }
};

/** Years further apart than this (in days) make a jump between threads, not a step. */
const THREAD_JUMP_DAYS = 300;
/** Words a segment must share with another thread, more than with its own, to move there. */
const MIN_THREAD_AFFINITY = 4;

/**
 * Two timelines told in alternation ("Summer, 1996" ... "In 2016" ... "Back in 1996"): each
 * year is a thread that continues where it stopped, and a segment without a year goes to the
 * thread whose own people, places and words it shares (most, and clearly more than its current
 * one). Applies only when a year is returned to after another one, the mark of alternation.
 */
/** The thread key of a present that names no year ("The present", "Back in the present"). */
const UNDATED_PRESENT = Number.POSITIVE_INFINITY;

/**
 * The thread "Back in the present" returns to: the undated present when the story opens before
 * naming any year, else the latest year named.
 */
const presentThread = (segments: Segment[], maxYear: number): number => {
  const firstYear = segments.findIndex((s) => namedYear(s.cue) !== null);
  return firstYear > 0 ? UNDATED_PRESENT : maxYear;
};

/** How many times more segments of one thread name an actor than any other thread's. */
const ACTOR_OWNER_RATIO = 3;

const applyYearThreads = (
  text: string,
  segments: Segment[],
  out: Placement[],
  names: ReadonlySet<string>,
  wordsOf: SegmentWords,
  quietReturns: ReadonlySet<number> = new Set(),
): boolean => {
  // The year thread each cue moves to: a named year, or a jump of years from the current one.
  const seen = new Set<number>();
  let last: number | null = null;
  let alternating = false;
  for (const s of segments) {
    const c = s.cue;
    let y: number | null = null;
    // A flashback that names its year ("back to the winter of 1948") moves to that year too.
    if (namedYear(c) !== null) y = namedYear(c);
    else if (!c && s.paragraphStart && threadOpening(text, s) !== null) y = threadOpening(text, s);
    else if (c && c.days !== null && Math.abs(c.days) >= THREAD_JUMP_DAYS && last !== null)
      y = last + Math.round(c.days / DAYS_PER_YEAR);
    if (y === null || y === last) continue;
    if (seen.has(y)) alternating = true;
    seen.add(y);
    last = y;
  }
  if (!alternating) return false;
  // Names and places weigh double: they tell threads apart better than common words.
  const vocab = segments.map((s, i) => {
    const w = new Map<string, number>();
    for (const c of wordsOf(i)) w.set(c, 1);
    for (const p of properWords(text, s, names)) w.set(p.toLowerCase(), 2);
    return w;
  });
  const threads = new Map<number, { end: number; words: Map<string, number> }>();
  const maxYear = Math.max(...seen);
  // "The movie opens in 1894 ... Smash cut to the present day ... Then we jump to 1957": a present
  // reached before the latest year is named is not that year; every year is its past (eras).
  const eras = presentBeforeLatestYear(text, segments, maxYear);
  const present = eras ? UNDATED_PRESENT : presentThread(segments, maxYear);
  /** The thread of each segment (null before any year). */
  const threadOf: (number | null)[] = [];
  // The year whose thread is the present in kind: an undated opening before threads that run
  // forward to the latest year is the story's start, and the latest year its present.
  const nowYear =
    present === UNDATED_PRESENT && !datedThreadsCarry(segments, maxYear) ? present : maxYear;
  let cur: number | null = null;
  /** The one thread whose words hold the person acting in the segment's first sentence, or null. */
  const actorThread = (seg: Segment): number | null => {
    const first = seg.sentences[0];
    const actor = first ? actingAfterLead(text.slice(first.start, first.end)) : null;
    if (!actor) return null;
    // (Named in passing in another thread, "Ines's father, Tobias", the actor is still the
    // thread's whose segments name them at least ACTOR_OWNER_RATIO times as often.)
    let owner: number | null = null;
    let most = 0;
    let next = 0;
    for (const [y, th] of threads) {
      const n = th.words.get(actor) ?? 0;
      if (n > most) {
        next = most;
        most = n;
        owner = y;
      } else if (n > next) next = n;
    }
    return most > 0 && most >= ACTOR_OWNER_RATIO * next ? owner : null;
  };
  const kinds = out.map((p) => p.kind);
  /** The year thread a quiet return left (the main pass's evidence), while its main line goes on. */
  let quietFrom: number | null = null;
  /** The thread of the main line before the flashback that segment `i` returns from. */
  const threadLeft = (i: number): number | null => {
    let j = i - 1;
    while (j >= 0 && kinds[j] !== 'present') j--;
    if (j < 0) return null;
    return threadOf[j] ?? (present === UNDATED_PRESENT ? present : null);
  };
  /** The thread before a year told by someone moved to its own ("Marta goes on: ... in 1971"). */
  let beforeTold: number | null = null;
  segments.forEach((seg, i) => {
    const p = out[i];
    const w = vocab[i];
    if (!p || !w) return;
    const cue = seg.cue;
    let jumped = false;
    const was = cur;
    if (
      beforeTold !== null &&
      (!cue || cue.kind === 'forward') &&
      seg.paragraphStart &&
      p.kind === 'present' &&
      !seg.resumes
    ) {
      // ("The next day Tom ...": a step on in the main line, where the main pass put it.)
      // The main pass read this paragraph as the main line again (its tense, its people): the
      // telling is over, and the thread it was told in goes on.
      cur = beforeTold;
    }
    const back =
      quietReturns.has(i) && cur !== null && (!cue || cue.kind === 'forward')
        ? threadLeft(i)
        : null;
    if (back !== null && back !== cur) {
      // The main pass read the flashback as over here (the base tense back, the main line's
      // people back): the thread it was opened from goes on.
      quietFrom = cur;
      cur = back;
    } else if (
      quietFrom !== null &&
      (!cue || cue.kind === 'forward') &&
      kinds[i] !== 'present' &&
      kinds[i] !== 'flashforward'
    ) {
      // ...and the past it came back from, told on again without a year (by its tense, or
      // told by someone), is that year's thread again.
      cur = quietFrom;
      quietFrom = null;
    } else if (cue?.kind === 'return' && cur !== null && !cue.toOpening) {
      // "Back in the present": the thread of the present, undated or the latest year.
      cur = present;
      jumped = true;
    } else if (namedYear(cue) !== null) {
      cur = namedYear(cue);
      jumped = true;
    } else if (!cue && seg.paragraphStart && threadOpening(text, seg) !== null) {
      // "Then we jump to 1957.", "In the 1894 thread, ...": the era the paragraph goes to.
      cur = threadOpening(text, seg);
      jumped = true;
    } else if (cue && cue.days !== null && Math.abs(cue.days) >= THREAD_JUMP_DAYS && cur !== null) {
      cur += Math.round(cue.days / DAYS_PER_YEAR);
      jumped = true;
    } else if (
      (!cue || cue.kind === 'forward') &&
      cur !== null &&
      seg.paragraphStart &&
      p.kind === 'present' &&
      actorThread(seg) === present
    ) {
      // "In Rotterdam, Lotte finds ...": the main pass's return to the present, when who acts is
      // seen in the present's thread only.
      cur = present;
    } else if (!cue && cur !== null && seg.paragraphStart) {
      // Which thread's exclusive words does this segment use? (A paragraph's later segment, cut
      // off after a telling, stays in the thread its paragraph opened in.)
      const score = new Map<number, number>();
      for (const [word, weight] of w) {
        let owner: number | null = null;
        let owners = 0;
        for (const [y, th] of threads)
          if (th.words.has(word)) {
            owner = y;
            owners++;
          }
        if (owners === 1 && owner !== null) score.set(owner, (score.get(owner) ?? 0) + weight);
      }
      let best = cur;
      for (const [y, n] of score) if (n > (score.get(best) ?? 0)) best = y;
      const mine = score.get(cur) ?? 0;
      const theirs = score.get(best) ?? 0;
      if (best !== cur && theirs >= MIN_THREAD_AFFINITY && theirs > 2 * mine) cur = best;
    }
    if (jumped) quietFrom = null;
    if (cur !== was || jumped)
      // (A told year after another, both before the telling's, keeps the telling's thread.)
      beforeTold =
        jumped &&
        p.kind === 'recounted' &&
        was !== null &&
        cur !== null &&
        cur < (beforeTold ?? was)
          ? (beforeTold ?? was)
          : null;
    threadOf[i] = cur;
    if (cur === null) {
      // Before any year: the undated present's own words and last moment, left where they are.
      if (present !== UNDATED_PRESENT) return;
      const th = threads.get(present) ?? { end: p.t, words: new Map<string, number>() };
      if (p.kind === 'present') th.end = Math.max(th.end, p.t);
      for (const [word] of w) th.words.set(word, (th.words.get(word) ?? 0) + 1);
      threads.set(present, th);
      return;
    }
    let th = threads.get(cur);
    if (
      th &&
      jumped &&
      cue?.kind === 'year' &&
      p.kind === 'recounted' &&
      p.t < th.end &&
      seg.tense.past > seg.tense.present
    ) {
      // A confession naming the thread's own year in the backstory tense ("In 2021, when the
      // debts came due, she burned the mill") tells that year's past: it stays before the
      // thread's latest moment, which goes on from where it was.
      for (const [word] of w) th.words.set(word, (th.words.get(word) ?? 0) + 1);
      return;
    }
    if (!th) {
      th = { end: p.t, words: new Map() };
      threads.set(cur, th);
    } else {
      const step = cue && cue.kind === 'forward' && !jumped ? (cue.days ?? STEP) : STEP;
      p.t =
        jumped && cue?.kind !== 'year' && cue?.kind !== 'return'
          ? p.t
          : Math.max(th.end + step, jumped ? p.t : -Infinity);
    }
    th.end = p.t;
    for (const [word] of w) th.words.set(word, (th.words.get(word) ?? 0) + 1);
    if (p.kind === 'present' || p.kind === 'flashback')
      p.kind = cur < nowYear ? 'flashback' : 'present';
  });
  if (eras) layOutEras(out, threadOf, maxYear);
  return true;
};

/** A paragraph opening on an era's year: "Then we jump to 1957.", "In the 1894 thread, ...". */
const THREAD_OPENING =
  /^(?:(?:then|and|so|now),? )?(?:(?:we|the (?:film|movie|story)|it) (?:then )?(?:jumps?|cuts?|skips?|moves?|shifts?|heads?|goes) (?:forward |ahead |back )?to|(?:back )?in the) ((?:1[5-9]|20)\d\d)\b(?: (?:thread|timeline|strand|storyline|story|era|part|section)\b|[.,:;])/i;

const threadOpening = (text: string, seg: Segment): number | null => {
  const first = seg.sentences[0];
  const m = first ? THREAD_OPENING.exec(text.slice(first.start, first.end)) : null;
  return m ? Number(m[1]) : null;
};

/**
 * True when the first segment names a year and a return to the present comes before the latest
 * year is first named: the present is then undated and later than every year.
 */
const presentBeforeLatestYear = (text: string, segments: Segment[], maxYear: number): boolean => {
  if (namedYear(segments[0]?.cue) === null) return false;
  const back = segments.findIndex((s) => s.cue?.kind === 'return' && !s.cue.toOpening);
  const latest = segments.findIndex(
    (s) => (namedYear(s.cue) ?? (s.paragraphStart ? threadOpening(text, s) : null)) === maxYear,
  );
  return back > 0 && latest > back;
};

/**
 * Eras of one place ("1894", "1957", the present day) told in alternation: each year's thread,
 * in text order, lies its years before the undated present (a year after the latest named),
 * and the present's scenes stay where the main pass put them.
 */
const layOutEras = (out: Placement[], threadOf: (number | null)[], maxYear: number): void => {
  const present: number[] = [];
  for (const [i, y] of threadOf.entries())
    if (y === UNDATED_PRESENT || y === null || y === undefined) {
      const p = out[i];
      if (p) present.push(p.t);
    }
  const start = present.length > 0 ? Math.min(...present) : 0;
  const steps = new Map<number, number>();
  for (const [i, y] of threadOf.entries()) {
    const p = out[i];
    if (!p || y === null || y === undefined || y === UNDATED_PRESENT) continue;
    const k = steps.get(y) ?? 0;
    steps.set(y, k + 1);
    p.t = start - (maxYear + 1 - y) * DAYS_PER_YEAR + k * STEP;
    if (p.kind !== 'recounted') p.kind = 'flashback';
  }
};

/** Words read for a sentence's subject before its first verb. */
const MAX_SUBJECT_WORDS = 10;
/** Words between a subject's name and its verb at most ("Odile Brun sings", "Ana and Jo walk"). */
const MAX_SUBJECT_GAP = 3;

/**
 * The known name that acts in a sentence: the first one before its first finite verb ("Through
 * July, Odile sings", "In September Odile finds out", "Twenty-year-old Odile Brun sings").
 */
const actorBeforeVerb = (
  sentence: string,
  names: ReadonlySet<string>,
  base: 'present' | 'past',
): string | null => {
  // Only the first words are read: taken one by one, not all matched into an array.
  const words: string[] = [];
  const word = /[\p{L}'’-]+/gu;
  while (words.length < MAX_SUBJECT_WORDS) {
    const w = word.exec(sentence);
    if (!w) break;
    words.push(w[0]);
  }
  // Without a name among them every way out below gives null: the verb tests are spared.
  if (!words.some((w) => names.has(w))) return null;
  let prev = '';
  let actor = -1;
  for (const [k, w] of words.entries()) {
    if (actor < 0 && names.has(w)) actor = k;
    const t = verbTense(w.toLowerCase(), prev);
    // The verb close after the name and in the synopsis's own tense: "Her grandmother Leila
    // died in January" in a present-tense synopsis tells the other thread, not Leila acting.
    if (t !== 'none')
      return t === base && actor >= 0 && k - actor <= MAX_SUBJECT_GAP
        ? (words[actor] ?? null)
        : null;
    prev = w;
  }
  return null;
};

/** A segment opening on a sentence without a verb: a dateline ("Bjørnholm, October 1979."). */
const dateline = (text: string, seg: Segment): boolean => {
  const first = seg.sentences[0];
  if (!first) return false;
  return !hasFiniteVerb(text, first.start, first.end);
};
/** A paragraph's year cue this close to its start dates it ("Cut to 1961 and the island"). */
const DATELINE_CHARS = 20;
/** Returns and flashbacks named in words that make a telling's alternation its own. */
const MIN_MARKED_TURNS = 2;
/** Paragraph switches between two casts needed before a document is read as alternating. */
const MIN_THREAD_SWITCHES = 3;
/** Dating words: a year, a decade ("the 1960s"), or a distance of years or decades back. */
const YEAR_IN_TEXT = /\b(?:(1[5-9]|20)\d\d)s?\b/g;
const DECADES_BACK =
  /\b(?:decades|(?:\w+|\d+) (?:years|decades)) (?:earlier|ago|before|previously)\b|\b(?:the|her|his|their) (?:grand(?:mother|father|parents)|ancestors?)['’]s? (?:time|youth|day)\b/i;
/** The present's own markers: "today", "present day", "now" as the time of a thread. */
const PRESENT_MARK =
  /\b(?:present[- ]day|in the present|today|nowadays|modern[- ]day|these days)\b|, the present\.|\bthe same [\p{L}-]+(?: [\p{L}-]+)?, now [\p{L}-]+ed\b|\b(?:his|her|their) (?:late )?grand(?:mother|father|parents)['’]s (?:ashes|grave|funeral|house|farm|letters?|diary|things|bees|garden)\b/iu;

/** Years of one cast's dated paragraphs this far apart (or more) are several eras. */
const ERA_SPREAD_YEARS = 10;
const spansEras = (years: readonly number[]): boolean =>
  years.length >= 2 && Math.max(...years) - Math.min(...years) >= ERA_SPREAD_YEARS;

/**
 * Two stories told in alternation without cue words (a granddaughter's inquiry today, her
 * grandmother's life decades earlier): a reader separates them by WHO is in each paragraph,
 * two mostly disjoint casts, and orders them by any dating found anywhere in a thread. When
 * the paragraphs switch between two such casts at least MIN_THREAD_SWITCHES times and one
 * thread is clearly the earlier (older years, "decades earlier", or the other says "today"),
 * all of the earlier thread comes before all of the later one, each in its own text order; a
 * later-thread segment that tells an earlier-thread person in the backstory tense ("X visited
 * him once in prison") is an earlier-thread event.
 */
const applyCastThreads = (
  text: string,
  segments: Segment[],
  out: Placement[],
  names: ReadonlySet<string>,
  filmYear: number | null,
  base: 'present' | 'past',
): void => {
  if (segments.length < 4 || names.size === 0) return;
  // A telling that marks its alternation in words ("Flashback again." ... "Present.") has been
  // read by them: the casts are for alternation without cue words.
  const marked = (kind: string): number => segments.filter((seg) => seg.cue?.kind === kind).length;
  if (marked('return') >= MIN_MARKED_TURNS && marked('flashback') >= MIN_MARKED_TURNS) return;
  // Fewer than four paragraphs end the reading below whoever acts in them: counted first, the
  // subject scan (pure, filling only its own sets) is spared.
  if (segments.filter((seg, i) => seg.paragraphStart || i === 0).length < 4) return;
  // Who acts in each paragraph (names opening a sentence: its subjects) and who is only
  // mentioned; segments of one paragraph share its thread.
  const para: number[] = [];
  const paraSubj: Set<string>[] = [];
  const paraMent: Set<string>[] = [];
  segments.forEach((seg, i) => {
    if (seg.paragraphStart || i === 0) {
      paraSubj.push(new Set());
      paraMent.push(new Set());
    }
    para.push(paraSubj.length - 1);
    const subj = paraSubj[paraSubj.length - 1];
    const ment = paraMent[paraMent.length - 1];
    // What a paragraph tells in passing ("tells Thomas that Odile left") is not who acts in it.
    if (!subj || !ment || seg.clause) return;
    for (const r of seg.sentences) {
      const sentence = text.slice(r.start, r.end);
      // The subject opens the sentence, or follows a scene-setting phrase ("In a diner on
      // Saint-Laurent Boulevard, Sophie interviews ...").
      const m =
        /^[\s"“(]*(?:(?:In|On|At|After|Before|When|While|During|Later|Back|From|Meanwhile|Outside|Inside|Years|Months|Weeks|Days)\b[^,.;]{0,60},\s*)?(\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)?(?!['’]s\b)(?=[\s,])/u.exec(
          sentence,
        );
      const actor =
        m && names.has(m[1] ?? '') ? (m[1] ?? '') : actorBeforeVerb(sentence, names, base);
      // A dateline without a verb ("Bjørnholm, an island in the Barents Sea, October 1979.")
      // names a place, not who acts. (All three tests are pure: the verb test, the dearest, is
      // taken only when it decides whether a new name joins.)
      if (!actor || subj.has(actor)) continue;
      if (hasFiniteVerb(text, r.start, r.end)) subj.add(actor);
    }
  });
  if (paraSubj.length < 4) return;
  // Cheap test first (most documents tell one line): two groups of actors that never share a
  // paragraph, each acting in two paragraphs or more; only then read every mention.
  const firstCast = new Set(paraSubj.find((x) => x.size > 0) ?? []);
  let otherParas = 0;
  let ownParas = 0;
  for (const subj of paraSubj) {
    if (subj.size === 0) continue;
    if ([...subj].some((n) => firstCast.has(n))) {
      ownParas++;
      for (const n of subj) firstCast.add(n);
    } else otherParas++;
  }
  if (ownParas < 2 || otherParas < 2) return;
  segments.forEach((seg, i) => {
    const ment = paraMent[para[i] ?? 0];
    if (ment) for (const w of properWords(text, seg, names)) if (names.has(w)) ment.add(w);
  });
  // Acting in a paragraph weighs three times being named in it.
  const affinity = (k: number, cast: ReadonlySet<string>): number => {
    let n = 0;
    for (const w of paraSubj[k] ?? []) if (cast.has(w)) n += 3;
    for (const w of paraMent[k] ?? []) if (cast.has(w) && !paraSubj[k]?.has(w)) n += 1;
    return n;
  };
  // First pass, greedy: the first paragraph's actors are thread 0; a paragraph whose actors
  // share nobody with it opens thread 1; later paragraphs join the thread they share most.
  const casts: Set<string>[] = [];
  const threadOf: number[] = [];
  let prevThread = 0;
  paraSubj.forEach((subj, k) => {
    let best = -1;
    let bestScore = 0;
    casts.forEach((c, j) => {
      const sc = affinity(k, c);
      if (sc > bestScore) {
        best = j;
        bestScore = sc;
      }
    });
    // Actors none of whom acted before open the second thread, whoever they mention ("Thomas
    // finds letters addressed to Odile").
    const newActors = subj.size > 0 && casts.every((c) => ![...subj].some((n) => c.has(n)));
    if (best < 0 || (newActors && casts.length === 1))
      best = subj.size > 0 && casts.length < 2 ? casts.length : prevThread;
    const c = (casts[best] ??= new Set());
    for (const n of subj) c.add(n);
    threadOf.push(best);
    prevThread = best;
  });
  const [c0, c1] = casts;
  if (!c0 || !c1) return;
  // Second pass: a paragraph belongs to the thread whose OWN actors (not shared ones) it names.
  const only0 = new Set([...c0].filter((n) => !c1.has(n)));
  const only1 = new Set([...c1].filter((n) => !c0.has(n)));
  const shared = [...c0].filter((n) => c1.has(n)).length;
  if (only0.size === 0 || only1.size === 0 || shared * 2 > Math.min(only0.size, only1.size)) return;
  prevThread = threadOf[0] ?? 0;
  paraSubj.forEach((_, k) => {
    const a = affinity(k, only0);
    const b = affinity(k, only1);
    threadOf[k] = a > b ? 0 : b > a ? 1 : prevThread;
    prevThread = threadOf[k] ?? prevThread;
  });
  let switches = 0;
  const counts = [0, 0];
  threadOf.forEach((t, k) => {
    counts[t] = (counts[t] ?? 0) + 1;
    if (k > 0 && t !== threadOf[k - 1]) switches++;
  });
  if (switches < MIN_THREAD_SWITCHES || (counts[0] ?? 0) < 2 || (counts[1] ?? 0) < 2) return;
  // Which thread is earlier: its years, decades-back wording, or the other's "today".
  const evidence = [
    { years: [] as number[], dated: [] as number[], back: 0, now: 0, told: 0 },
    { years: [] as number[], dated: [] as number[], back: 0, now: 0, told: 0 },
  ];
  const firstSentence = new Set<number>();
  segments.forEach((seg, i) => {
    if (seg.paragraphStart || i === 0) firstSentence.add(i);
  });
  const actors = [only0, only1];
  segments.forEach((seg, i) => {
    const k = threadOf[para[i] ?? 0] ?? 0;
    const e = evidence[k];
    if (!e) return;
    const s = text.slice(seg.start, seg.end);
    for (const m of s.matchAll(YEAR_IN_TEXT)) e.years.push(Number(m[0].slice(0, 4)));
    // A year opening a paragraph ("In 1962, ...", "Trieste, 1953.") dates the thread itself;
    // a year merely mentioned ("a photograph from 1962") may be the other thread's.
    if (
      seg.cue?.kind === 'year' &&
      seg.cue.year !== null &&
      !seg.clause &&
      (seg.cue.opening || seg.cue.start - seg.start <= DATELINE_CHARS || dateline(text, seg))
    )
      e.dated.push(seg.cue.year);
    // "Forty years earlier, ..." opening a paragraph dates its thread; inside one it is told.
    const first = seg.sentences[0];
    if (firstSentence.has(i) && first && DECADES_BACK.test(text.slice(first.start, first.end)))
      e.back++;
    if (PRESENT_MARK.test(s)) e.now++;
    // The other thread's people dead, remembered or named as grandparents here: this thread
    // is the later one ("her grandmother Leila died in January").
    for (const n of actors[1 - k] ?? []) {
      if (!s.includes(n)) continue;
      const re = new RegExp(
        `\\b(?:(?:grand(?:mother|father|ma|pa|parents?)|great-\\w+|late) ${n}\\b|${n}\\b[^.!?]{0,60}\\b(?:died|had died|has died|was killed|is dead|passed away|death|funeral|grave|ashes|memorial)\\b|${n}['’]s (?:death|funeral|grave|ashes|old|diary|letters?|belongings))`,
      );
      if (re.test(s)) e.now++;
    }
    // In a present-tense synopsis, a sentence telling the other thread's people in the past
    // ("Leila visited him once in prison") places their story before this thread.
    if (base === 'present')
      for (const r of seg.sentences) {
        const sent = text.slice(r.start, r.end);
        if (![...(actors[1 - k] ?? [])].some((n) => sent.includes(n))) continue;
        const p = tenseProfile(text, r.start, r.end);
        if (p.past > p.present) e.told++;
      }
  });
  const median = (ys: number[]): number | null => {
    if (ys.length === 0) return null;
    const sorted = [...ys].sort((x, y) => x - y);
    return sorted[Math.floor(sorted.length / 2)] ?? null;
  };
  const d0 = evidence[0]?.dated ?? [];
  const d1 = evidence[1]?.dated ?? [];
  // A cast whose own dated paragraphs lie decades apart (a frame in 1989 that tells 1962) is
  // not one thread of one era: the cues the main pass read order it better than the casts.
  if (spansEras(d0) || spansEras(d1)) return;
  const useDated = d0.length > 0 || d1.length > 0;
  // Without a dated paragraph, a year named once in passing ("relives the night in 1999")
  // does not date a thread; two or more do.
  const mentioned = (ys: number[]): number[] => (ys.length >= 2 ? ys : []);
  let y0 = median(useDated ? d0 : mentioned(evidence[0]?.years ?? []));
  let y1 = median(useDated ? d1 : mentioned(evidence[1]?.years ?? []));
  // One thread dated ("In 2019 Maya ..."), the other only naming years well before it in its
  // sentences ("The first entry is dated 3 June 1944"): those years are the other thread's own.
  const earlier = (ys: number[], than: number | null): number | null => {
    const m = median(ys);
    return m !== null && than !== null && than - m >= 5 ? m : null;
  };
  if (useDated && y0 === null) y0 = earlier(evidence[0]?.years ?? [], y1);
  if (useDated && y1 === null) y1 = earlier(evidence[1]?.years ?? [], y0);
  let past: 0 | 1 | null = null;
  if (y0 !== null && y1 !== null && Math.abs(y0 - y1) >= 5) past = y0 < y1 ? 0 : 1;
  else if (y0 !== null && y1 === null && (filmYear === null || y0 < filmYear - 5)) past = 0;
  else if (y1 !== null && y0 === null && (filmYear === null || y1 < filmYear - 5)) past = 1;
  else if (evidence.some((e) => e.back > 0 || e.now > 0)) {
    // Telling the other thread's people in the past only weighs beside a thread's own dating
    // ("decades earlier", "today", a funeral): alone it is as true of viewpoints of one day.
    const score = (k: 0 | 1): number =>
      (evidence[k]?.back ?? 0) +
      (evidence[1 - k]?.now ?? 0) +
      (evidence[1 - k]?.told ?? 0) -
      (evidence[k]?.now ?? 0) -
      (evidence[k]?.told ?? 0);
    if (score(0) > score(1)) past = 0;
    else if (score(1) > score(0)) past = 1;
  }
  if (past === null) return;
  const pastOnly = past === 0 ? only0 : only1;
  const isPast = segments.map((seg, i) => {
    if ((threadOf[para[i] ?? 0] ?? 0) === past) return true;
    // Told in the backstory tense about the earlier thread's people only: an earlier event.
    const p = seg.tense;
    const backTense = base === 'present' ? p.past > p.present : p.perfect >= 2;
    if (!backTense) return false;
    const ns = [...properWords(text, seg, names)].filter((n) => names.has(n));
    return ns.length > 0 && ns.every((n) => pastOnly.has(n));
  });
  // The earlier thread in its own text order, all before the later thread's first moment.
  const laterTs = out.filter((_, i) => !isPast[i]).map((p) => p.t);
  const start = Math.min(...laterTs) - 1 - segments.length * STEP;
  let k = 0;
  // The later thread keeps its own text order too: a segment of it that the cues had carried
  // into the other thread's past (its year, its flashback) comes back after the one before it.
  let laterT = -Infinity;
  out.forEach((p, i) => {
    if (!isPast[i]) {
      if (p.t <= laterT && p.kind !== 'recounted') {
        p.t = laterT + STEP / 2;
        p.kind = 'present';
      }
      laterT = Math.max(laterT, p.t);
      return;
    }
    p.t = start + k++ * STEP;
    if (p.kind === 'present') p.kind = 'flashback';
  });
};

/** Chronological ranks from placements: stable sort by (t, story position). */
export const chronoRanks = (ts: number[]): number[] => {
  const idx = ts.map((t, i) => ({ t, i }));
  idx.sort((a, b) => a.t - b.t || a.i - b.i);
  const ranks = new Array<number>(ts.length).fill(0);
  idx.forEach((e, r) => {
    ranks[e.i] = r;
  });
  return ranks;
};
