import type { Segment } from './segment';
import { clipSentences, tenseProfile, type Range } from './text';
import { findCue, type TimeCue } from './time';

/**
 * Stage 4 (segment), a split after the memories pass: a memory told in the simple past inside a
 * past-tense synopsis. memories.ts tells a memory from the present by its tense, which a
 * past-tense synopsis cannot do: "That night, lying awake, he remembered a kitchen with a red
 * range. He was six, sitting under the table ...", "A second memory came to her while she was
 * packing. She was a young woman, standing on a platform in Lyon ...", "...heard the old song
 * and remembered the dance hall: twenty years earlier she had met her husband there". What
 * marks the memory is its opening: memory words (a verb of remembering, a memory that comes
 * back) and, right after them, a sentence or clause carrying its own time (an age, "as a
 * boy", "twenty years earlier", "It was the night of ...").
 *
 * The memory is cut out from there: after a colon, to its sentence's end (the sentence after
 * it is the main line again); from the next sentence, to the end of the segment it lies in
 * (the segmenter's own cuts, a telling or a new time, end it). The piece is marked a flashback
 * (its own cue when it names a distance back, else a flashback without one), which order.ts
 * places before the main line. Negatives: memory words in a present-tense synopsis (memories.ts
 * reads those), "remembered to lock the door", a remembered thing with no time of its own
 * ("he remembered the name of the boat. He drove to the harbour").
 */

/** Memory words in the simple past. */
const MEMORY_WORDS =
  /\b(?:(?:she|he|they|\p{Lu}[\p{L}'’-]+) (?:suddenly |finally |now |also |then |only )?(?:remembered|recalled)\b(?!\s+(?:to|that)\s)|(?:a|another|one|the (?:first|second|third|fourth|next|last|final|earliest))(?: \p{L}+)? (?:memory|flash|recollection) (?:that )?(?:came back|came|returned|surfaced|arrived)\b|(?:memories|fragments) (?:came back|returned|surfaced)\b)/iu;
/** A cheap test before the pattern. */
const HINT = /rememb|recall|memor|flash|recollection|fragments/i;
const NUMBER =
  '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)';
/**
 * The memory's own time, at its start: an age ("He was six or seven", "She was a young woman",
 * "As a boy of twelve"), a distance back ("twenty years earlier"), or "It was the night ...".
 */
const OWN_TIME = new RegExp(
  '^\\s*(?:' +
    `(?:she|he|they|i|we|\\p{Lu}[\\p{L}'’-]+) (?:was|were) (?:(?:only|just|about|barely|still) )?(?:${NUMBER}\\b|an? (?:(?:small|little|young|grown|teenage) )?(?:boy|girl|child|kid|man|woman|teenager|student|bride|groom)\\b|(?:small|little|young|grown)\\b)` +
    `|as an? (?:(?:small|little|young) )?(?:boy|girl|child|kid|teenager|student)\\b` +
    `|(?:${NUMBER}|many|some|a few|several) (?:years|months|weeks|summers|winters) (?:earlier|before|ago)\\b` +
    `|it was (?:the|that) (?:night|evening|morning|day|summer|winter|spring|autumn|afternoon)\\b` +
    `|(?:that|one|the) (?:summer|winter|spring|autumn) (?:\\p{L}+ )?(?:years|before|when)\\b` +
    ')',
  'iu',
);
/** A memory piece is at least this long (characters), and so is what stays before it. */
const MIN_PIECE = 20;

/** The base tense of the synopsis: past when more segments are told in the past. */
const pastBase = (segments: readonly Segment[]): boolean => {
  let present = 0;
  let past = 0;
  for (const sg of segments) {
    if (sg.tense.present > sg.tense.past) present++;
    else if (sg.tense.past > sg.tense.present) past++;
  }
  return past > present;
};

/** The age a memory's own time states ("He was six", "She was a young woman"), or null. */
const AGE = new RegExp(
  `^\\s*(?:\\S+ (?:was|were) (?:(?:only|just|about|barely|still) )?|as )(?:(${NUMBER})\\b|an? (?:(small|little|young|grown|teenage) )?(boy|girl|child|kid|man|woman|teenager|student|bride|groom)\\b)`,
  'iu',
);
const WORD_AGES: Record<string, number> = {
  small: 6,
  little: 6,
  boy: 10,
  girl: 10,
  child: 8,
  kid: 8,
  teenage: 15,
  teenager: 15,
  student: 20,
  young: 22,
  grown: 30,
  man: 30,
  woman: 30,
  bride: 28,
  groom: 28,
};
const NUMBER_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  );
/** An adult's age for the main line, against which a remembered age is measured (years). */
const ADULT_AGE = 40;
const DAYS_PER_YEAR = 365;

const statedAge = (s: string): number | null => {
  const m = AGE.exec(s);
  if (!m) return null;
  const n = m[1]?.toLowerCase();
  if (n) {
    const k = NUMBER_WORDS.indexOf(n);
    return k >= 0 ? k + 1 : n === 'thirty' ? 30 : Number.isNaN(Number(n)) ? null : Number(n);
  }
  return WORD_AGES[(m[2] ?? m[3] ?? '').toLowerCase()] ?? null;
};

/**
 * A flashback cue for a memory: its own distance back, else the distance of the age it states
 * (a child's memory before a young man's), else a flashback without one.
 */
const memoryCue = (text: string, start: number, end: number): TimeCue => {
  const own = findCue(text, start, end);
  if (own && (own.kind === 'back' || own.kind === 'flashback') && own.days !== null)
    return { ...own, opening: true };
  const age = statedAge(text.slice(start, end));
  const days = age !== null && age < ADULT_AGE ? -(ADULT_AGE - age) * DAYS_PER_YEAR : null;
  if (days === null && own && (own.kind === 'back' || own.kind === 'flashback'))
    return { ...own, opening: true };
  return { kind: 'back', text: '', start, end: start, days, year: null, opening: true };
};

/** Where a memory starts in a segment and where it ends, or null. */
const memorySpan = (text: string, sg: Segment): Range | null => {
  const ss = sg.sentences;
  for (let k = 0; k < ss.length; k++) {
    const r = ss[k];
    if (!r) continue;
    const s = text.slice(r.start, r.end);
    if (!HINT.test(s)) continue;
    const m = MEMORY_WORDS.exec(s);
    if (!m) continue;
    const after = m.index + m[0].length;
    const colon = s.indexOf(':', after);
    if (colon >= 0 && colon - after < 60) {
      // "...remembered the dance hall: twenty years earlier she had met him there."
      let at = colon + 1;
      while (at < s.length && /\s/.test(s.charAt(at))) at++;
      if (OWN_TIME.test(s.slice(at)) || findBack(text, r.start + at, r.end))
        return { start: r.start + at, end: r.end };
      continue;
    }
    // "...remembered a kitchen with a red range. He was six, ...": the sentence after, to
    // the first sentence whose subject the main line named before the memory ("The buyer
    // offered a low price").
    const next = ss[k + 1];
    if (next && OWN_TIME.test(text.slice(next.start, next.end))) {
      const head = new Set(
        text
          .slice(sg.start, next.start)
          .toLowerCase()
          .match(/\p{L}+/gu),
      );
      let end = sg.end;
      for (const r2 of ss.slice(k + 2)) {
        const subject = subjectWord(text.slice(r2.start, r2.end));
        if (subject && head.has(subject)) {
          end = r2.start;
          break;
        }
      }
      return { start: next.start, end };
    }
  }
  return null;
};

/** A sentence's subject word: a name, or the noun after "the" ("The buyer offered"); not a pronoun. */
const SUBJECT =
  /^\s*(?:(?:the|this|that|his|her|their) ([\p{Ll}-]+)|(\p{Lu}[\p{Ll}'’-]+))\s+(?:[\p{Ll}]+ )?/u;
const subjectWord = (s: string): string | null => {
  const m = SUBJECT.exec(s);
  if (!m) return null;
  const w = (m[1] ?? m[2] ?? '').toLowerCase();
  return /^(?:he|she|they|it|we|i|you|there|then|when|while|as|in|on|at|after|before|but|and)$/.test(
    w,
  )
    ? null
    : w;
};

/** A distance back named in `[start, end)` ("eight years earlier"). */
const findBack = (text: string, start: number, end: number): boolean => {
  const c = findCue(text, start, end);
  return c !== null && c.kind === 'back' && c.days !== null && c.days < 0;
};

/** Cuts the memories told in the simple past out of a past-tense synopsis (see above). */
export const splitAtPastMemories = (text: string, segments: Segment[]): Segment[] => {
  if (!segments.some((sg) => HINT.test(text.slice(sg.start, sg.end)))) return segments;
  if (!pastBase(segments)) return segments;
  const out: Segment[] = [];
  for (const sg of segments) {
    const span = memorySpan(text, sg);
    if (!span || span.start - sg.start < MIN_PIECE || span.end - span.start < MIN_PIECE) {
      out.push(sg);
      continue;
    }
    const headEnd = (() => {
      let e = span.start;
      while (e > sg.start && /[\s:]/.test(text[e - 1] ?? '')) e--;
      return e;
    })();
    const cue = sg.cue && sg.cue.start < headEnd ? sg.cue : null;
    out.push({
      ...sg,
      end: headEnd,
      cue,
      sentences: clipSentences(sg.sentences, sg.start, headEnd),
      tense: tenseProfile(text, sg.start, headEnd),
    });
    out.push({
      start: span.start,
      end: span.end,
      cue: memoryCue(text, span.start, span.end),
      recalled: true,
      paragraphStart: false,
      sentences: clipSentences(sg.sentences, span.start, span.end),
      tense: tenseProfile(text, span.start, span.end),
    });
    if (span.end < sg.end) {
      let from = span.end;
      while (from < sg.end && /\s/.test(text[from] ?? '')) from++;
      out.push({
        start: from,
        end: sg.end,
        cue: findCue(text, from, sg.end),
        paragraphStart: false,
        sentences: clipSentences(sg.sentences, from, sg.end),
        tense: tenseProfile(text, from, sg.end),
      });
    }
  }
  return out;
};
