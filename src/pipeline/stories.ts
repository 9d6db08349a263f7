import { splitBefore } from './pieces';
import type { Segment } from './segment';
import { findClocks, type ClockMention } from './clock';
import { retellsEnding } from './strands';
import { pastDayMention, toldInPresent } from './storyDay';
import { WEEKDAYS } from './text';

/**
 * Part of stage 6 (order): several stories told one after another over the same stretch of
 * time. An anthology or a chaptered film ("Part Two: Marisol", a chapter headed "GRETA", "The
 * second story follows ...", "The third chapter belongs to the boy", "The film goes back to the
 * start of the day") tells each story through the same day or week, then starts the next one
 * again at an earlier time. Each story is read on one shared clock: its days ("On Tuesday",
 * "By Thursday", "Saturday night"), its clock times ("At half past four", "At twenty to ten")
 * and parts of the day ("That evening", "Around noon"); a scene naming no time continues its
 * story. The stories are then interleaved on that clock, and the retellings of one moment (the
 * same day and time named in two stories) sit together.
 *
 * Applies only when a later story says it starts again ("goes back to Monday", "the film
 * rewinds", "starts the same Friday morning"), three times are named, and the passes before have
 * not already interleaved the stories (the clock and strands passes order a day told in clock
 * times that converges on one moment). So a film in "Part One", "Part Two" told in order, a
 * single story with an ordinary "Meanwhile", or a film with one flashback is left alone.
 * Shape in/out: the segments (split at sentences opening on a day or a time) and the placements
 * of order.ts (time `t` and kind per segment), changed in place.
 */

/** The placement fields this pass reads and moves (order.ts's Placement). */
interface Placed {
  t: number;
  kind: string;
}

const ORDINAL =
  '(?:first|second|third|fourth|fifth|sixth|next|other|last|final|closing|opening|\\d+(?:st|nd|rd|th))';
const STORY_NOUN =
  '(?:story|stories|tale|chapter|part|section|segment|strand|episode|perspective|point of view|viewpoint|version|account|panel|movement)';

/** A heading of one story: "Part Two: Marisol", "Chapter 3", "Story one – Olu", "II. The Boy". */
const PART_HEADING = new RegExp(
  `^(?:${STORY_NOUN}|book|act)\\s+(?:\\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten|${ORDINAL})\\b`,
  'i',
);
/** A heading of one telling: "Ilka's version", "The bandit's story", "What the ferryman saw". */
const TELLING_HEADING =
  /^(?:the )?[\p{L}'’ -]{2,30}['’]s? (?:story|version|account|telling|testimony|point of view|perspective|side|chapter)$|^what (?:the |his |her )?[\p{L}-]+(?: [\p{L}-]+)? (?:saw|heard|knew|remembers|saw next)$/iu;
/** Section headings that never name a story of their own. */
const SECTION_WORDS =
  /^(?:plot|synopsis|long synopsis|short synopsis|summary|overview|premise|story|the story|ending|the ending|recap|background|setup|set-up|prologue|epilogue|coda|conclusion|aftermath|analysis|review|verdict|spoilers|cast|crew|credits|production|reception|themes|notes|logline|introduction|the film)$/i;
/** Numbering before a heading's name: "I. ", "2) ", "3 – ", "Part Two: ". */
const HEADING_NUMBER =
  /^(?:(?:[ivx]+|\d+)\s*[.):–—-]\s*|(?:part|chapter|story|book)\s+\S+\s*[.:–—-]\s*)/i;
/** Words of a name heading that need not appear in the story ("Mr Haddad" is "Haddad"). */
const TITLE_WORDS = new Set([
  'the',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'old',
  'young',
  'little',
  'of',
]);

/** A story's opening sentence: "The second story follows Marisol", "The last chapter belongs to". */
const STORY_OPENER = new RegExp(
  `^(?:(?:then|and|now|so),? )?(?:(?:the|a|our) )?${ORDINAL} (?:and \\w+ )?${STORY_NOUN}\\b|^(?:(?:then|and|now|so),? )?(?:the )?(?:film|movie|story|narrative) (?:then |now )?(?:goes back|rewinds|returns to the (?:start|beginning)|starts (?:over|again)|begins again)\\b`,
  'i',
);
/** A sentence opening a story; its story word in lower case ("The second Story" is a name). */
export const storyOpener = (sentence: string): boolean => {
  const m = STORY_OPENER.exec(sentence.slice(0, 160));
  return (
    m !== null && !/\p{Lu}[\p{Ll}]*$/u.test(m[0].replace(/\b(?:The|Then|And|Now|So|A|Our)\b/g, ''))
  );
};

/** A restart said in words: "goes back to Monday", "starts the same Friday morning". */
const RESTART_WORDS =
  /\b(?:go(?:es)? back|rewinds?|jumps back|starts? (?:over|again)|begins? again|back to the (?:start|beginning))\b|\b(?:starts?|begins?|opens?|picks up) (?:on |at |with )?(?:the )?same\b|\b(?:on|that) (?:the )?same (?:day|morning|afternoon|evening|night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** A day of the week, and the part of it: "On Saturday night", "Friday evening", "By Thursday". */
const WEEKDAY =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b(?:['’]s)?(?:\s+(morning|afternoon|evening|night))?/i;
/** "every Monday", "on Mondays": a habit, not a day. */
const HABIT_BEFORE = /\b(?:every|each|most|all|some)\s+$/i;

/** A part of the day opening a sentence: "That evening", "By the middle of the afternoon". */
const DAY_PART =
  /\b(?:that|this|in the|by the|during the|late in the|early in the|later that|around|at|by|until|before|after|the same)\s+(?:(?:middle|end) of the |mid-?|early |late )?(dawn|daybreak|breakfast|morning|noon|midday|lunch(?:time)?|afternoon|dusk|evening|dinner(?:time)?|supper(?:time)?|nightfall|night|midnight)\b/i;
const PART_MINUTES: Record<string, number> = {
  dawn: 6 * 60,
  daybreak: 6 * 60,
  breakfast: 7 * 60 + 30,
  morning: 9 * 60,
  noon: 12 * 60,
  midday: 12 * 60,
  lunch: 12 * 60 + 30,
  lunchtime: 12 * 60 + 30,
  afternoon: 15 * 60,
  dusk: 18 * 60 + 30,
  evening: 19 * 60,
  dinner: 19 * 60,
  dinnertime: 19 * 60,
  supper: 19 * 60,
  suppertime: 19 * 60,
  nightfall: 20 * 60,
  night: 22 * 60,
  midnight: 24 * 60,
};
/** "the next morning", "the night before": another day, not a part of this one. */
const OTHER_DAY_BEFORE = /\b(?:next|following|previous|every|each|one)\s+$/i;
const OTHER_DAY_AFTER = /^\s+(?:before|after)\b/i;

/** Characters of a sentence's opening read for its time. */
const OPENING = 40;
/** A piece of a split paragraph is never shorter than this many characters. */
const MIN_PIECE = 40;
/** Minutes between scenes of one story that name no time of their own. */
const TICK = 1;
/** Content words two tellings of one moment share, at least, and as a share of the shorter. */
const MIN_SHARED = 5;
const MIN_SCORE = 0.4;
/** A step back of a measured size: "An hour earlier", "Twenty minutes before". */
const MEASURED =
  /\b(?:\d+|an?|one|two|three|four|five|six|ten|twenty|thirty|forty|half an?)\s+(?:hours?|minutes?)\b/i;
/** A time this many minutes before the one a story reached still reads as that time. */
const SLACK = 30;
/** A story starts at most this long before the first story's first time, unless it says so. */
const START_SLACK = 120;
/** A clock time may lie this many minutes before the nominal time of a part of the day reached. */
const PART_REACH = 120;
/** Minutes in a day (a day of the week is this many minutes on the shared clock). */
const DAY = 24 * 60;
/** The waking hours (minutes after midnight) an hour without "a.m." or "p.m." falls in. */
const WAKING = [7 * 60, 19 * 60] as const;
/** Minutes in a week. */
const WEEK = 7 * DAY;

/** A time read from a sentence: a day of the week and minutes after that day's midnight. */
interface Mark {
  day: number | null;
  minutes: number | null;
  /** Minutes from a clock time whose half of the day the words do not say (1..12 o'clock). */
  open: boolean;
  /** A part of the day ("that evening") rather than a clock time. */
  weak: boolean;
}

const clockMark = (c: ClockMention): Pick<Mark, 'minutes' | 'open'> => {
  if (c.fixed) return { minutes: c.hour === 0 ? DAY : 12 * 60, open: false };
  if (c.meridiem !== null || c.hour === 0 || c.hour > 12)
    return { minutes: c.hour * 60 + c.minute, open: false };
  return { minutes: (c.hour % 12) * 60 + c.minute, open: true };
};

/**
 * The time a sentence names: its day of the week, and its clock time or part of the day. With
 * `opening`, only what opens the sentence ("On Tuesday she ...", "At noon the two girls ...").
 */
export const markOf = (sentence: string, opening: boolean): Mark | null => {
  const s = opening ? sentence.slice(0, OPENING + 30) : sentence;
  let day: number | null = null;
  let weekPart: string | null = null;
  const w = WEEKDAY.exec(s);
  if (
    w &&
    (!opening || w.index <= OPENING) &&
    !HABIT_BEFORE.test(s.slice(Math.max(0, w.index - 12), w.index))
  ) {
    day = WEEKDAYS.indexOf((w[1] ?? '').toLowerCase());
    weekPart = w[2]?.toLowerCase() ?? null;
  }
  const c = findClocks(s).find((m) => !opening || m.index <= OPENING);
  if (c && (!c.bare || c.index <= OPENING)) {
    const m = clockMark(c);
    return { day, ...m, weak: false };
  }
  const p = DAY_PART.exec(s);
  if (
    p &&
    (!opening || p.index <= OPENING) &&
    !OTHER_DAY_BEFORE.test(s.slice(Math.max(0, p.index - 12), p.index + 1)) &&
    !OTHER_DAY_AFTER.test(s.slice(p.index + p[0].length))
  )
    return {
      day,
      minutes: PART_MINUTES[(p[1] ?? '').toLowerCase()] ?? null,
      open: false,
      weak: true,
    };
  if (day !== null)
    return {
      day,
      minutes: weekPart ? (PART_MINUTES[weekPart] ?? null) : null,
      open: false,
      weak: true,
    };
  return null;
};

const headingText = (text: string, seg: Segment): string =>
  seg.lead
    ? text
        .slice(seg.lead.start, seg.lead.end)
        .trim()
        .replace(/[.:]$/, '')
        // A chapter's timestamp in a podcast's or a video's notes ("00:27:30 Part two: ...") is
        // the episode's, not the story's.
        .replace(CHAPTER_STAMP, '')
    : '';
/** "00:27:30 ", "(12:40) ", "1:02:15 – ": a chapter's place in an episode or a video. */
const CHAPTER_STAMP = /^[([]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?\s*(?:[–—|·-]\s*)?(?=\p{L})/u;

/** A heading that opens one story, or null: what kind of heading it is. */
export const storyHeading = (
  heading: string,
  paragraph: string,
): 'part' | 'telling' | 'name' | null => {
  const h = heading.replace(/\s+/g, ' ').trim();
  if (!h || h.length > 60) return null;
  if (PART_HEADING.test(h)) return 'part';
  const name = h.replace(HEADING_NUMBER, '').trim();
  if (!name || SECTION_WORDS.test(name)) return null;
  if (TELLING_HEADING.test(name)) return 'telling';
  // A name heading: one to four capitalised words, each found in the story under it.
  const words = name.split(' ');
  if (words.length > 4 || !words.every((x) => /^\p{Lu}/u.test(x))) return null;
  const own = words
    .map((x) => x.toLowerCase().replace(/[.,]$/, ''))
    .filter((x) => !TITLE_WORDS.has(x));
  if (own.length === 0) return null;
  const body = paragraph.slice(0, 400).toLowerCase();
  return own.every((x) => new RegExp(`\\b${x.replace(/[^\p{L}'’-]/gu, '')}\\b`, 'u').test(body))
    ? 'name'
    : null;
};

/** Where each story begins: segments opening a story by a heading or by their first sentences. */
const storyStarts = (text: string, segments: Segment[]): number[] => {
  const out: number[] = [];
  segments.forEach((seg, i) => {
    if (!seg.paragraphStart) return;
    const heading = headingText(text, seg);
    const byHeading =
      heading !== '' && storyHeading(heading, text.slice(seg.start, seg.end)) !== null;
    if (byHeading || seg.sentences.slice(0, 2).some((r) => storyOpener(text.slice(r.start, r.end))))
      out.push(i);
  });

  return out;
};

/** A name that may own a viewpoint: capitalised, not a day, a month or a sentence's article. */
const NOT_A_NAME =
  /^(?:the|this|that|its|his|her|their|our|one|each|every|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|tonight|yesterday|tomorrow)$/i;
/** What a viewpoint's stretch of time is called: "Jonah's Friday", "Teo's weekend". */
const OWN_TIME =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|day|night|morning|afternoon|evening|shift|side of (?:the|that|this) (?:day|night|weekend|week|story))';
/**
 * A viewpoint's own stretch of time beginning: "Jonah's Friday begins at the hospital", "Teo's
 * weekend starts on Friday night", "For Ruth, the day starts at dawn".
 */
const VIEWPOINT_OPENER = new RegExp(
  `^(?:(?:then|and|now|so|meanwhile),? )?(?:(\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)?)['’]s (?:own )?${OWN_TIME}|for (\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)?),? (?:the|that|this|her|his|their) (?:same )?${OWN_TIME}) (?:(?:also|too|instead|again|itself|already),? )?(?:begins|starts|opens|began|started|kicks off|gets under way)\\b`,
  'iu',
);
/** "Friday again, from Jonah's side:", "the same Sunday through Ruth's eyes": a viewpoint taken up. */
const VIEWPOINT_TAKEN =
  /\b(?:from (\p{Lu}[\p{Ll}'’-]+)['’]s (?:side|point of view|perspective|viewpoint|vantage point)|through (\p{Lu}[\p{Ll}'’-]+)['’]s eyes)\b/u;

/**
 * A sentence taking up one person's viewpoint over a stretch of time already told ("Jonah's
 * Friday begins at the hospital", "For Ruth, the weekend starts at dawn", "Friday, 4 p.m., from
 * Jonah's side"): a story's start whose own time says whether the clock went back. Not "The
 * film's Friday begins ...", "Sunday's match starts at three", nor "from the bridge she sees".
 */
export const viewpointOpener = (sentence: string): boolean => {
  const head = sentence.slice(0, 120);
  const m = VIEWPOINT_OPENER.exec(head);
  if (m) {
    const name = (m[1] ?? m[2] ?? '').split(' ')[0] ?? '';
    // In "For Ruth, the day", the name has a capital; the case-blind pattern does not check it.
    if (/^\p{Lu}/u.test(name) && !NOT_A_NAME.test(name)) return true;
  }
  const v = VIEWPOINT_TAKEN.exec(head);
  return (
    v !== null &&
    v.index <= OPENING &&
    markOf(head, true) !== null &&
    !NOT_A_NAME.test(v[1] ?? v[2] ?? '')
  );
};

/**
 * Paragraphs opening on a viewpoint's own stretch of time (see viewpointOpener), and, when the
 * first of them is not the document's first story, the story before it: it starts at the first
 * paragraph opening on a day or a time ("Friday, 6 p.m.: Mara leaves the depot").
 */
const viewpointStarts = (text: string, segments: Segment[]): number[] => {
  const out: number[] = [];
  segments.forEach((seg, i) => {
    if (!seg.paragraphStart) return;
    const first = seg.sentences[0];
    if (first && viewpointOpener(text.slice(first.start, first.end))) out.push(i);
  });
  const head = out[0];
  if (head === undefined) return out;
  const lead = segments.findIndex(
    (seg, i) =>
      i < head &&
      seg.paragraphStart &&
      seg.sentences[0] !== undefined &&
      markOf(text.slice(seg.sentences[0].start, seg.sentences[0].end), true) !== null,
  );
  return lead >= 0 ? [lead, ...out] : out;
};

/**
 * Minutes on the shared clock of a mark: on its day (its own, else the story's), the half of the
 * day and the day (a night running past midnight) that come at or after `from`, the time the
 * story has reached ("At twenty to ten" after "That evening" is 9:40 pm; "at ten past one" after
 * "at 11:40 pm" is the small hours), else the plain reading.
 */
const resolve = (
  mark: Mark,
  day: number,
  from: number | null,
  clockDay: number | null = null,
): number | null => {
  const d = mark.day ?? day;
  if (mark.minutes === null) return mark.day !== null ? d * DAY : null;
  const m = d * DAY + (mark.minutes === DAY && mark.day === null ? 0 : mark.minutes);
  const halves = mark.open
    ? [m, m + 12 * 60]
    : mark.minutes === DAY
      ? [m + (mark.day === null ? DAY : 0)]
      : [m];
  const options = mark.day === null ? [...halves, ...halves.map((x) => x + DAY)] : halves;
  if (from === null) return halves[0] ?? m;
  // An hour on a day the story has reached no clock time of ("On Sunday, at half past two"
  // after Saturday night, "At three o'clock" after "By Sunday" alone) is in the waking hours.
  if (mark.open && clockDay !== null && clockDay !== d) {
    const waking = options.find(
      (x) => x >= from - SLACK && x % DAY >= WAKING[0] && x % DAY < WAKING[1],
    );
    if (waking !== undefined) return waking;
  }
  return options.find((x) => x >= from - SLACK) ?? halves[0] ?? m;
};

/** The first day of the week named in the stories (not a habit): the day they share. */
const homeDay = (text: string, segments: Segment[], from: number): number => {
  // (A day in the past of a present-tense telling is an earlier day mentioned: storyDay.ts.)
  const present = toldInPresent(segments);
  for (let i = Math.max(0, from - 1); i < segments.length; i++) {
    const seg = segments[i];
    if (!seg) continue;
    const days = new RegExp(WEEKDAY.source, 'gi');
    for (const w of text.slice(seg.start, seg.end).matchAll(days)) {
      const at = seg.start + w.index;
      if (
        !HABIT_BEFORE.test(text.slice(Math.max(0, at - 12), at)) &&
        !pastDayMention(text, at, present)
      )
        return WEEKDAYS.indexOf((w[1] ?? '').toLowerCase());
    }
  }
  return 0;
};

/** Each segment's story (-1 before the first) and each sentence's minutes on the shared clock. */
interface StoryClock {
  story: number[];
  at: (number | null)[][];
  /** The days of the week the stories name (0 = Monday). */
  days: Set<number>;
}

/**
 * The stories of a document on one shared clock, or null when it is not several stories told
 * over the same time (fewer than two stories, no story starting earlier than one before it
 * reached, or fewer than three times named).
 */
const storyClock = (
  text: string,
  segments: Segment[],
  retells?: (i: number, j: number) => boolean,
): StoryClock | null => {
  const told = storyStarts(text, segments);
  const viewpoints = viewpointStarts(text, segments);
  const byViewpoint = new Set(viewpoints);
  const starts = [...new Set([...told, ...viewpoints])].sort((a, b) => a - b);
  if (starts.length < 2) return null;

  const startSet = new Set(starts);
  const story = segments.map(() => -1);
  let k = -1;
  segments.forEach((_, i) => {
    if (startSet.has(i)) k++;
    story[i] = k;
  });
  const home = homeDay(text, segments, starts[0] ?? 0);
  const at: (number | null)[][] = segments.map((seg) => seg.sentences.map(() => null));
  let base: number | null = null;
  let restarts = 0;
  const days = new Set<number>();
  /** The day of the last clock time the story reached (-1: none yet in this story). */
  let clockDay = -1;
  /** The latest time the stories told so far reached. */
  let reached = -Infinity;
  let timed = 0;
  let cur: number | null = null;
  /** The time reached was a part of the day only ("the same Friday morning"), not a clock time. */
  let soft = false;
  let curDay = home;
  let outside = false;
  /** The time of the segment of an earlier story that segment `i` retells, or null. */
  const tellingOf = (i: number): number | null => {
    for (let j = 0; j < i; j++) {
      if ((story[j] ?? -1) < 0 || (story[j] ?? -1) >= (story[i] ?? -1)) continue;
      const m = at[j]?.[0];
      if (m !== null && m !== undefined && retells?.(i, j) === true) return m;
    }
    return null;
  };
  segments.forEach((seg, i) => {
    if ((story[i] ?? -1) < 0) return;
    const row = at[i] ?? [];
    seg.sentences.forEach((r, q) => {
      const sentence = text.slice(r.start, r.end);
      const isStart = startSet.has(i) && q === 0;
      // A story's first sentences are read whole ("Her Friday begins at seven"); later ones
      // only for a time that opens them.
      const opening = !(startSet.has(i) && q < 2);
      const mark = markOf(sentence, opening);
      if (isStart) {
        const said = seg.sentences
          .slice(0, 2)
          .some((x) => RESTART_WORDS.test(text.slice(x.start, x.end)));
        const own = mark
          ? resolve(mark, mark.day ?? home, base === null ? null : base - START_SLACK + SLACK)
          : null;
        // A viewpoint's own day starting before the time the stories before it reached
        // ("Jonah's Friday begins at four" after Sunday's crash) is a restart read on the clock.
        const clockBack = byViewpoint.has(i) && own !== null && own < reached - SLACK;
        if ((story[i] ?? 0) > 0 && (said || clockBack)) restarts++;
        // A story opening on a day alone starts where the first story's day started.
        const sameDay = base !== null && own !== null && Math.floor(base / DAY) * DAY === own;
        // A story naming no time starts just before its first time (filled in below).
        cur = own === null ? null : mark?.minutes === null && sameDay ? base : own;
        curDay = cur !== null ? Math.floor(cur / DAY) : home;
      } else if (
        q === 0 &&
        retells &&
        (story[i] ?? 0) > 0 &&
        (!mark || (mark.weak && mark.day === null)) &&
        tellingOf(i) !== null
      ) {
        // A moment an earlier story told, told again: the one moment.
        cur = tellingOf(i);
      } else if (q === 0 && seg.cue && seg.cue.kind !== 'back' && (seg.cue.days ?? 0) >= 0.5) {
        // "The next morning", "Three months later": the story moves on by that much.
        cur = cur === null ? null : cur + (seg.cue.days ?? 0) * DAY;
      } else if (
        q === 0 &&
        !mark &&
        (seg.cue?.kind === 'back' || seg.cue?.kind === 'flashback') &&
        Math.abs(seg.cue.days ?? 0) < 1
      ) {
        // "An hour earlier" goes back that far; "Earlier that morning" to where its next time
        // says (filled in below).
        cur =
          cur !== null && MEASURED.test(seg.cue.text) && seg.cue.days !== null
            ? cur + seg.cue.days * DAY
            : null;
      } else if (q === 0 && seg.cue?.kind === 'year') {
        // A year named: another time than the stories' day; they are no shared clock.
        cur = null;
        outside = true;
      } else if (mark) {
        const r = resolve(
          mark,
          mark.day ?? curDay,
          // "It starts the same Friday morning. At eight o'clock ...": a clock time may lie
          // early in the part of the day reached.
          cur !== null && soft
            ? cur - PART_REACH
            : (cur ?? (base === null ? null : base - START_SLACK + SLACK)),
          cur === null ? null : clockDay,
        );
        // A day of the week opening a sentence a day or more before the one the story reached
        // is the next week's ("The film closes on Monday" after its weekend).
        const m =
          r !== null && opening && mark.day !== null && cur !== null && r < cur - DAY
            ? r + WEEK
            : r;
        // A part of the day that goes back within a story ("in the morning" after noon) is a
        // mention, not the scene's time.
        if (m !== null && !(mark.weak && mark.day === null && cur !== null && m < cur)) cur = m;
        else if (cur !== null) cur += TICK;
      } else if (cur !== null) cur += TICK;
      soft =
        mark !== null &&
        mark.weak &&
        mark.minutes !== null &&
        cur !== null &&
        cur % DAY === mark.minutes % DAY;
      if (mark && (mark.minutes !== null || mark.day !== null)) timed++;
      if (mark?.day !== null && mark?.day !== undefined) days.add(mark.day);
      row[q] = cur;
      if (isStart) clockDay = -1;
      if (cur !== null && mark?.minutes !== null && mark?.minutes !== undefined && !mark.weak)
        clockDay = Math.floor(cur / DAY);
      if (cur !== null) {
        reached = Math.max(reached, cur);
        base ??= cur;
        curDay = Math.floor(cur / DAY);
      }
    });
  });
  if (restarts === 0 || timed < 3 || base === null || outside) return null;
  // Sentences before their story's first time sit just before it.
  const first = base;
  for (let i = segments.length - 1, next: number = first; i >= 0; i--) {
    if ((story[i] ?? -1) < 0) continue;
    const row = at[i] ?? [];
    for (let q = row.length - 1; q >= 0; q--) {
      const m = row[q];
      if (m === null || m === undefined) row[q] = next - TICK;
      next = row[q] ?? next;
      if (startSet.has(i) && q === 0) next = first;
    }
  }
  return { story, at, days };
};

/**
 * In a film of several stories over the same time, a sentence opening on a day or a time of
 * day ("On Tuesday she drives to the co-op", "That evening he goes to his brother's") starts a
 * scene of its own, so that each stretch of each story can sit at its time.
 */
export const splitAtStoryTimes = (text: string, segments: Segment[]): Segment[] => {
  if (!storyClock(text, segments)) return segments;
  const out: Segment[] = [];
  for (const sg of segments) {
    if (sg.sentences.length < 2) {
      out.push(sg);
      continue;
    }
    out.push(
      ...splitBefore(
        text,
        sg,
        (r, _k, pieceStart) =>
          markOf(text.slice(r.start, r.end), true) !== null &&
          r.start - pieceStart >= MIN_PIECE &&
          sg.end - r.start >= MIN_PIECE,
        () => null,
      ),
    );
  }
  return out;
};

/**
 * Re-times several stories over the same time (see the module comment); returns whether it
 * applied.
 */
export const applyParallelStories = (
  text: string,
  segments: Segment[],
  out: Placed[],
  similar: (a: number, b: number) => { score: number; shared: number },
): boolean => {
  const clock = storyClock(text, segments, (i, j) => {
    const sim = similar(i, j);
    return (
      (sim.shared >= MIN_SHARED && sim.score >= MIN_SCORE) ||
      retellsEnding(text, segments[i], segments[j]) >= 0
    );
  });
  if (!clock) return false;
  const { story, at } = clock;
  // The passes before have read the restarts already when a later story has a scene placed
  // before the end of an earlier one: their order stands. The clock pass reads the hours of one
  // day, never its days of the week: over stories naming two days or more its order is no
  // reading of theirs, and the shared clock's stands.
  if (clock.days.size < 2) {
    let endPrev = -Infinity;
    let endCur = -Infinity;
    let k = -1;
    for (let i = 0; i < segments.length; i++) {
      const s = story[i] ?? -1;
      const p = out[i];
      // Backstory inside a story ("twelve years ago he ...") is no restart.
      const cue = segments[i]?.cue;
      const backstory =
        p?.kind === 'recounted' ||
        ((cue?.kind === 'back' || cue?.kind === 'flashback') && (cue.days ?? 0) <= -1);
      if (s < 0 || !p || backstory) continue;
      if (s !== k) {
        endPrev = Math.max(endPrev, endCur);
        endCur = -Infinity;
        k = s;
      }
      if (p.t < endPrev) return false;
      endCur = Math.max(endCur, p.t);
    }
  }
  const firsts = at.map((row) => row[0] ?? null);
  const known = firsts.filter((m): m is number => m !== null);
  if (known.length === 0) return false;
  const low = Math.min(...known);
  const first = story.findIndex((s) => s >= 0);
  const t0 = Math.min(...out.slice(first).map((p) => p.t));
  // Shared-clock minutes to story time (days): one day of the week is one day.
  const tOf = (m: number): number => t0 + (m - low) / DAY;
  let latest = -Infinity;
  segments.forEach((seg, i) => {
    const p = out[i];
    const m = firsts[i];
    if (!p) return;
    if ((story[i] ?? -1) < 0) {
      p.t = tOf(low) - (first - i) * 1e-4;
      p.kind = 'present';
      return;
    }
    if (m === null || m === undefined) return;
    const cue = seg.cue;
    // Backstory told in a story ("the week before", "years ago") stays that far back.
    if (cue && cue.kind === 'back' && cue.days !== null && cue.days <= -1) {
      p.t = tOf(m) + cue.days;
      p.kind = 'flashback';
      return;
    }
    p.t = tOf(m);
    p.kind = p.t < latest ? 'flashback' : 'present';
    latest = Math.max(latest, p.t);
  });
  return true;
};
