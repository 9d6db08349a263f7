import { datedThreadsCarry } from './yearPresent';
import type { SceneKind } from '../model/film';
import type { Segment } from './segment';
import { DECADES, findAges } from './ages';
import { MONTHS } from './dates';
import { openingYear } from './press15';
import { namedYear } from './time';
import { DAYS_PER_YEAR, dropEnding, dropPossessive, STEP, STOP_WORDS, verbTense } from './text';

/**
 * Stage 6b, order (a late pass): a film told in episodes out of order, each opened by a year
 * card ("1971.") or dated without one. An object passing from hand to hand, or two timelines
 * meeting at the end, are summarised this way. When the page has three year cards or more and
 * they go back in the telling, the story is cut into episodes and each is placed by its date:
 * - a year card (a paragraph opening on a bare year, "1952." or "Winter 1944.") dates its episode;
 * - a paragraph opening on a war ("In the last winter of the war"), undated otherwise, sits in
 *   that war (the Second World War when no other is named and the cards are of the century after);
 * - a paragraph opening on someone's age ("Ada, now seventy,", "Jess Ward, now in her forties,")
 *   is dated by that person's birth year, known from an age told in a dated episode ("Ada is
 *   twelve" after "1952."); a decade's age takes the card year inside its range;
 * - a paragraph opening on a full date ("LOCAL GIRL MISSING, reads the Courier on 14 March 1997");
 * - a paragraph opening on something an earlier episode told ("The watch Jonas gave his bride
 *   turns up ...") comes right after the episode that shares its words;
 * - a paragraph that speaks of a year in the past ("Her father died in 2019") later than its
 *   episode's date starts an episode no earlier than that year;
 * - a paragraph opening on a person seen only in the episodes of another timeline (one more than
 *   ten years away) goes back to that timeline;
 * - any other paragraph belongs to the episode before it.
 * Episodes are laid out by date (text order for one date); inside one, segments keep text order.
 * Shape: applyEpisodes(text, segments, out, names) adjusts `out` in place; true when it applied.
 */

interface Placed {
  t: number;
  kind: SceneKind;
  timeCue: string | null;
}

const PLACE = "\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?";
const SEASON =
  '(?:(?:early |late |the )?(?:spring|summer|autumn|fall|winter)(?: of)?|january|february|march|april|may|june|july|august|september|october|november|december)';
/**
 * A year card opening a paragraph or heading: "1971.", "2023. Tom Farrow ...", "Budapest, 1956.",
 * "Winter 1944.", "Summer of 1968.", "1982, Lisbon.", "— 1962 —", "## 1971", "**1952**", "Part Two: 1938". The year, then
 * a full stop or colon and the story, or nothing.
 */
const CARD_OPENING = new RegExp(
  `^\\s*[\\[(—–#*_-]*\\s*(?:(?:part|chapter|episode|section|act) (?:\\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten)\\s*[:.—–-]\\s*)?(?:${PLACE},\\s*)?(?:${SEASON},? )?((?:1[6-9]|20)\\d\\d)(?:,\\s*${PLACE})?\\s*[\\])—–*_-]*\\s*(?:[.:](?:\\s|$)|$)`,
  'iu',
);
/** How far into a paragraph a year card may reach ("Part Two: Budapest, late summer 1944."). */
const CARD_CHARS = 48;
/** Distinct years on cards needed before a page is read as episodes. */
const MIN_CARD_YEARS = 2;
/** Distinct dates of episodes (cards, wars, ages, full dates) needed, going back in the telling. */
const MIN_DATED = 3;
/** A cheap prefilter for the war opening. */
const WAR_HINT = /\bwar\b/i;
/**
 * A war as a time: "In the last winter of the war", "during the war", "in the spring before the
 * First World War", "at the end of the war"; not "he fought in the war" (no time word).
 */
const WAR_TIME =
  /\b(?:(?:in|during|at|by|toward|towards) the (?:(first|last|final|early|late|closing|opening) )?(?:(spring|summer|autumn|fall|winter|year|months?|weeks?|days?|years|end|start|beginning) )(of|before|after) |(before|after|during) )the ((?:first|second) world |great |civil |korean |vietnam )?war\b/i;
/** Which war "the war" is, and the years it spans. */
const WARS: Record<string, [number, number]> = {
  'first world ': [1914, 1918],
  'great ': [1914, 1918],
  'second world ': [1939, 1945],
  'korean ': [1950, 1953],
  'vietnam ': [1965, 1975],
};
/** "14 March 1997", "March 14, 1997" in a paragraph's first sentence. */
const FULL_DATE =
  /\b(?:(\d{1,2}) (january|february|march|april|may|june|july|august|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october|november|december) (\d{1,2}),) ((?:1[6-9]|20)\d\d)\b/i;
/** "The watch Jonas gave his bride", "The accordion the soldier left behind": a thing told before. */
const TOLD_THING =
  /^(?:The|That) ([a-z]+) (?:that |which )?((?:the [a-z]+|(?:his|her|their) [a-z]+|[A-Z][a-z]+)) ([a-z]+) /;
/** Short past verbs the -ed test leaves out ("died in 2019", "was born in 1980"). */
const SHORT_PAST = new Set(['died', 'was', 'were', 'had', 'did', 'born', 'left', 'came', 'went']);
/** A year something happened in ("in 2019"). */
const IN_YEAR = /\bin ((?:1[6-9]|20)\d\d)\b/g;
/** Words of a told thing's clause before its main verb, at most. */
const MAX_CLAUSE_WORDS = 8;
/** Words a told thing shares with its episode before it counts as a reference. */
const MIN_SHARED = 2;
/** Timelines further apart than this are different threads (a person's cast test). */
const THREAD_GAP_YEARS = 10;
/**
 * A stage of life beside a name, "A music student, Klara Benedek," or "Pal, a schoolboy,": a
 * rough age for a person whose age is never told in years.
 */
const STAGE_NAME =
  /\b(?:[Aa]n?|[Tt]he) (?:[a-z]+ )?(student|schoolgirl|schoolboy|teenager|toddler|baby|infant|child),? (\p{Lu}[\p{L}'’-]+)|(\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+)?, an? (?:[a-z]+ )?(student|schoolgirl|schoolboy|teenager|toddler|baby|infant|child)\b/gu;
const STAGE_AGES: Record<string, number> = {
  student: 20,
  schoolgirl: 12,
  schoolboy: 12,
  teenager: 15,
  child: 8,
  toddler: 2,
  baby: 0,
  infant: 0,
};
/** "Klara, by then in her sixties,": a name, a time word, then a decade of life. */
const THEN_DECADE =
  /^(?:[^,]{0,30},\s*)?(\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+)?, (?:now|by then|by now) in (?:his|her|their) (twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/u;
/** A decade's age ("in her forties") spans this many years either side of its middle. */
const DECADE_SPAN = 5;

interface Episode {
  /** Index of its first segment. */
  first: number;
  /** Its date as a fractional year, or null when it comes after another episode. */
  year: number | null;
  /** The episode it follows (a told thing), when undated. */
  after: number | null;
  cue: string | null;
  /** True when a card or a full date dates it: its ages tell birth years. */
  firm?: boolean;
}

const segText = (text: string, s: Segment): string => text.slice(s.start, s.end);
const firstSentence = (text: string, s: Segment): string => {
  const f = s.sentences[0];
  return f ? text.slice(f.start, f.end) : segText(text, s);
};

/** The year of a segment that is, or opens on, a year card; else null. */
export const yearCard = (text: string, s: Segment): number | null => {
  if (!s.paragraphStart) return null;
  if (s.lead) {
    const m = CARD_OPENING.exec(text.slice(s.lead.start, s.lead.end));
    if (m) return Number(m[1]);
  }
  // "1996." alone, or opening the paragraph's first sentence ("2023. Tom Farrow, ...").
  const head = text.slice(s.start, Math.min(s.end, s.start + CARD_CHARS));
  const m = CARD_OPENING.exec(head);
  return m ? Number(m[1]) : null;
};

/** The year a war opening points at ("the last winter of the war" 1944.9), given the cards. */
export const warYear = (opening: string, cards: readonly number[]): number | null => {
  if (!WAR_HINT.test(opening)) return null;
  const m = WAR_TIME.exec(opening);
  if (!m) return null;
  const named = (m[5] ?? '').toLowerCase();
  let span = WARS[named];
  if (!span) {
    if (named) return null;
    // "The war", unnamed, in a story whose cards are of the twentieth century.
    const low = Math.min(...cards);
    if (low < 1939 || low > 2000) return null;
    span = WARS['second world '];
  }
  if (!span) return null;
  const [from, to] = span;
  const phase = (m[1] ?? '').toLowerCase();
  const unit = (m[2] ?? '').toLowerCase();
  const side = (m[3] ?? m[4] ?? '').toLowerCase();
  if (side === 'before') return from - 0.5;
  if (side === 'after') return to + 0.5;
  if (/^(?:last|final|late|closing)$/.test(phase) || unit === 'end') return to - 0.1;
  if (/^(?:first|early|opening)$/.test(phase) || /^(?:start|beginning)$/.test(unit))
    return from + 0.1;
  return (from + to) / 2;
};

/** The opening of a war episode: the first sentence, or the second after talk of the film. */
const warOpening = (text: string, s: Segment): string => {
  const [a, b] = s.sentences;
  if (!a) return '';
  return text.slice(a.start, (b ?? a).end);
};

/** A full date's fractional year ("14 March 1997" 1997.2), or null. */
export const fullDateYear = (s: string): number | null => {
  const m = FULL_DATE.exec(s);
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? m[3] ?? '').toLowerCase());
  return Number(m[5]) + Math.max(0, month) / 12;
};

const contentKeys = (s: string): Set<string> => {
  const out = new Set<string>();
  for (const w of s.match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const k = dropEnding(dropPossessive(w.toLowerCase()));
    if (k.length > 2 && !STOP_WORDS.has(k)) out.add(k);
  }
  return out;
};

/** The words of a told thing ("watch", "Jonas", "gave", "bride"), when the opening is one. */
export const toldThing = (opening: string): Set<string> | null => {
  const m = TOLD_THING.exec(opening);
  if (!m) return null;
  const subject = m[2] ?? '';
  const verb = m[3] ?? '';
  const prev = subject.split(' ').pop() ?? '';
  if (verbTense(verb, /^[A-Z]/.test(prev) ? prev : 'he') !== 'past') return null;
  // The sentence goes on in the present: the thing is the subject of the telling now. The
  // clause's words run up to that verb ("hid under the floor").
  const rest = opening.slice(m.index + m[0].length);
  const words = rest.match(/[a-z]+/g) ?? [];
  const main = words.findIndex((w, k) => verbTense(w, words[k - 1] ?? 'it') === 'present');
  if (main < 0 || main > MAX_CLAUSE_WORDS) return null;
  return contentKeys(`${m[1] ?? ''} ${subject} ${verb} ${words.slice(0, main).join(' ')}`);
};

/** The latest past year a segment speaks of ("died in 2019", "was closed in 1998"), or null. */
const pastYearMentioned = (s: string): number | null => {
  let best: number | null = null;
  for (const m of s.matchAll(IN_YEAR)) {
    const y = Number(m[1]);
    if (best !== null && y <= best) continue;
    // A past verb among the four words before "in": "died in", "was sent away in".
    const words = s.slice(Math.max(0, (m.index ?? 0) - 40), m.index).match(/[A-Za-z]+/g) ?? [];
    const near = words.slice(-5);
    if (near.some((w) => SHORT_PAST.has(w) || verbTense(w.toLowerCase(), 'he') === 'past'))
      best = y;
  }
  return best;
};

/** The first-named person of a sentence (a key of `names`), or null. */
const firstPerson = (s: string, names: ReadonlySet<string>): string | null => {
  // The capitalised words the sentence opens with ("Detective Inspector Kate Doyle", "Kate").
  const lead = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/u.exec(s)?.[1] ?? '';
  for (const w of lead.split(/\s+/)) {
    const k = dropPossessive(w);
    // "Ada's granddaughter": a possessive names someone who need not be there.
    if (names.has(k)) return k === w ? k : null;
  }
  return null;
};

/** The person keys named in a segment. */
const peopleOf = (s: string, names: ReadonlySet<string>): Set<string> => {
  const out = new Set<string>();
  for (const w of s.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []) {
    const k = dropPossessive(w);
    if (names.has(k)) out.add(k);
  }
  return out;
};

/** The year cards of a page, in text order, with their segment. */
const cardsOf = (text: string, segments: Segment[]): { i: number; year: number }[] => {
  const cards: { i: number; year: number }[] = [];
  segments.forEach((s, i) => {
    const y = yearCard(text, s);
    if (y !== null) cards.push({ i, year: y });
  });
  return cards;
};

/** True when a page's year cards are enough to be read as episodes told out of order. */
export const episodesOutOfOrder = (text: string, segments: Segment[]): boolean => {
  const cards = cardsOf(text, segments);
  return new Set(cards.map((c) => c.year)).size >= MIN_CARD_YEARS;
};

/** True when episodes' dates, in text order, are three or more and go back at least once. */
const datesGoBack = (dates: readonly number[]): boolean => {
  if (new Set(dates.map(Math.floor)).size < MIN_DATED) return false;
  let latest = -Infinity;
  for (const d of dates) {
    if (d < latest) return true;
    latest = Math.max(latest, d);
  }
  return false;
};

export const applyEpisodes = (
  text: string,
  segments: Segment[],
  out: Placed[],
  names: ReadonlySet<string>,
): boolean => {
  if (!episodesOutOfOrder(text, segments)) return false;
  // Twice: an age told later in the text ("Ada is twelve" after "1952.") dates an episode told
  // before it ("Ada, now seventy,").
  const once = cutEpisodes(text, segments, names, new Map());
  const { episodes, episodeOf, dateOf } = cutEpisodes(text, segments, names, once.born);
  const told = episodes.map((e) => dateOf(e)).filter((d): d is number => d !== null);
  if (!datesGoBack(told)) return false;
  // Sort episodes: by date, a told thing right after its episode, text order for one date.
  const key = episodes.map((e, k) => {
    const d = dateOf(e) ?? 0;
    return { k, d: e.year === null ? d + 1e-3 : d };
  });
  key.sort((a, b) => a.d - b.d || a.k - b.k);
  const minYear = key[0]?.d ?? 0;
  // The first episode told is the film's present, unless an undated opening leads into dated
  // threads that carry the story forward to its latest year (yearPresent.ts): then that year is.
  let maxCueYear = -Infinity;
  for (const seg of segments) maxCueYear = Math.max(maxCueYear, namedYear(seg.cue) ?? -Infinity);
  const firstTold =
    Number.isFinite(maxCueYear) && datedThreadsCarry(segments, maxCueYear)
      ? maxCueYear
      : (dateOf(episodes[0]) ?? minYear);
  const segsOf: number[][] = episodes.map(() => []);
  episodeOf.forEach((e, i) => segsOf[e]?.push(i));
  let prevEnd = -Infinity;
  for (const { k, d } of key) {
    let t = Math.max((d - minYear) * DAYS_PER_YEAR, prevEnd + STEP);
    const kind: SceneKind = d < firstTold ? 'flashback' : 'present';
    for (const [j, i] of (segsOf[k] ?? []).entries()) {
      const p = out[i];
      if (!p) continue;
      p.t = t;
      if (p.kind !== 'flashforward' || d < firstTold) p.kind = kind;
      if (j === 0 && episodes[k]?.cue) p.timeCue = episodes[k]?.cue ?? p.timeCue;
      prevEnd = t;
      t += STEP;
    }
  }
  return true;
};

/** The episodes of a page, each segment's episode, and the birth years its ages gave. */
const cutEpisodes = (
  text: string,
  segments: Segment[],
  names: ReadonlySet<string>,
  bornSeed: ReadonlyMap<string, number>,
): {
  episodes: Episode[];
  episodeOf: number[];
  born: Map<string, number>;
  dateOf: (e: Episode | undefined) => number | null;
} => {
  const cards = cardsOf(text, segments);
  const cardYears = cards.map((c) => c.year);
  const cardAt = new Map(cards.map((c) => [c.i, c.year]));
  const episodes: Episode[] = [];
  const episodeOf: number[] = [];
  /** Birth years known from an age told in a dated episode. */
  const born = new Map<string, number>(bornSeed);
  /** Birth years guessed from a stage of life ("a music student"), used when no age is told. */
  const staged = new Map<string, number>();
  /** Which dated years each person was seen in. */
  const seenIn = new Map<string, number[]>();
  const dateOf = (e: Episode | undefined): number | null => {
    let cur = e;
    for (let k = 0; cur && k < episodes.length; k++) {
      if (cur.year !== null) return cur.year;
      cur = cur.after === null ? undefined : episodes[cur.after];
    }
    return null;
  };
  const startAt = (i: number, ep: Omit<Episode, 'first'>): void => {
    episodes.push({ first: i, ...ep });
  };
  const snapToCard = (lo: number, hi: number): number | null => {
    const inside = cardYears.filter((y) => y >= lo && y <= hi);
    if (inside.length === 0) return null;
    return inside.reduce((a, b) =>
      Math.abs(a - (lo + hi) / 2) <= Math.abs(b - (lo + hi) / 2) ? a : b,
    );
  };
  segments.forEach((s, i) => {
    const opening = firstSentence(text, s);
    const current = episodes[episodes.length - 1];
    const curYear = dateOf(current);
    let started = false;
    if (s.paragraphStart) {
      const card = cardAt.get(i);
      if (card !== undefined) {
        startAt(i, { year: card, after: null, cue: String(card), firm: true });
        started = true;
      }
      const warText = started ? '' : warOpening(text, s);
      const war = started ? null : warYear(warText, cardYears);
      if (!started && war !== null) {
        startAt(i, { year: war, after: null, cue: (WAR_TIME.exec(warText)?.[0] ?? '').trim() });
        started = true;
      }
      if (!started) {
        const ages = findAges(opening.slice(0, 80), names);
        const decade = THEN_DECADE.exec(opening);
        const a =
          ages[0] ??
          (decade && names.has(decade[1] ?? '')
            ? {
                person: decade[1] ?? '',
                name: decade[1] ?? '',
                age: DECADES[decade[2] ?? ''] ?? 0,
                vague: true,
              }
            : undefined);
        const birth = a ? born.get(a.person) : undefined;
        if (a && birth !== undefined && /\b(?:now|by then|by now)\b/i.test(opening.slice(0, 80))) {
          const y = a.vague
            ? (snapToCard(birth + a.age - DECADE_SPAN, birth + a.age + DECADE_SPAN) ??
              birth + a.age)
            : birth + a.age;
          if (curYear === null || Math.abs(y - curYear) >= 1) {
            startAt(i, { year: y, after: null, cue: `${a.name}, now ${a.age}` });
            started = true;
          }
        }
      }
      if (!started) {
        const d = fullDateYear(opening);
        if (d !== null && (curYear === null || Math.floor(d) !== Math.floor(curYear))) {
          startAt(i, { year: d, after: null, cue: String(Math.floor(d)), firm: true });
          started = true;
        }
      }
      if (!started && episodes.length > 1) {
        const thing = toldThing(opening);
        if (thing) {
          let best = -1;
          let bestShared = 0;
          let tie = false;
          episodes.forEach((e, k) => {
            const last = k + 1 < episodes.length ? (episodes[k + 1]?.first ?? i) : i;
            const words = contentKeys(
              text.slice(segments[e.first]?.start ?? 0, segments[last - 1]?.end ?? 0),
            );
            let shared = 0;
            for (const w of thing) if (words.has(w)) shared++;
            if (shared > bestShared) {
              best = k;
              bestShared = shared;
              tie = false;
            } else if (shared === bestShared) tie = true;
          });
          if (best >= 0 && !tie && bestShared >= MIN_SHARED && best !== episodes.length - 1) {
            startAt(i, { year: null, after: best, cue: opening.slice(0, 40) });
            started = true;
          }
        }
      }
      if (!started && curYear !== null) {
        const past = pastYearMentioned(segText(text, s));
        if (past !== null && past > curYear) {
          const y = snapToCard(past, Infinity) ?? past;
          startAt(i, { year: y, after: null, cue: `after ${past}` });
          started = true;
        }
      }
      if (!started && curYear !== null && current && current.first < i - 1) {
        // A paragraph opening on someone seen only in another timeline goes back to it.
        const who = firstPerson(opening, names);
        const years = who ? seenIn.get(who) : undefined;
        if (
          years &&
          years.every((y) => Math.abs(y - curYear) > THREAD_GAP_YEARS) &&
          years.length > 0
        ) {
          const y = years[years.length - 1] ?? curYear;
          startAt(i, { year: y, after: null, cue: null });
          started = true;
        }
      }
    }
    if (episodes.length === 0) startAt(i, { year: null, after: null, cue: null });
    episodeOf.push(episodes.length - 1);
    // What this segment tells of its people, for the openings after it.
    const own = episodes[episodes.length - 1];
    const y = dateOf(own);
    if (y === null) return;
    const body = segText(text, s);
    for (const a of own?.firm ? findAges(body, names) : [])
      if (!a.vague && !a.weak && !bornSeed.has(a.person) && !born.has(a.person))
        born.set(a.person, Math.floor(y) - a.age);
    for (const m of own?.firm ? body.matchAll(STAGE_NAME) : []) {
      const who = m[2] ?? m[3] ?? '';
      const age = STAGE_AGES[(m[1] ?? m[4] ?? '').toLowerCase()];
      if (age !== undefined && names.has(who) && !bornSeed.has(who) && !staged.has(who))
        staged.set(who, Math.floor(y) - age);
    }
    for (const p of peopleOf(body, names)) {
      const list = seenIn.get(p) ?? [];
      list.push(y);
      seenIn.set(p, list);
    }
  });
  // A leading undated episode (a prologue before the first card) goes with the one after it.
  const first = episodes[0];
  if (first && first.year === null && first.after === null && episodes.length > 1) {
    first.after = null;
    // ...unless it names its own year ("It opens in 1982, as the mill is cleared"): press15.ts.
    first.year = openingYear(segments, episodeOf, cardYears) ?? dateOf(episodes[1]);
  }
  for (const [who, y] of staged) if (!born.has(who)) born.set(who, y);
  return { episodes, episodeOf, born, dateOf };
};
