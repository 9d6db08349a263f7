import { splitBefore } from './pieces';
import type { Segment } from './segment';
import { NUMBER_PATTERN, parseNumber } from './text';

/**
 * Clock times, part of stage 6 (time): "At 8:14", "at ten to eight", "half past six", "four in
 * the morning", "midnight". A synopsis of a film told within one day or night ("An hour earlier",
 * each viewpoint rewinding to the afternoon) orders its scenes by these more surely than by any
 * cue word, so order.ts re-times the scenes of one day by them (applyClockTimes there).
 * Shape out: ClockMention per segment: minutes after midnight, or a meridiem left to context.
 */

/** A clock time named in a text: its hour and minute, and what fixes the half of the day. */
export interface ClockMention {
  /** 0..23 when the meridiem is known, else 1..12. */
  hour: number;
  minute: number;
  /** 'am' / 'pm' when the words say; null when only context can tell. */
  meridiem: 'am' | 'pm' | null;
  /** False for a part of the day ("that morning"): used only beside real clock times. */
  strong: boolean;
  /** Offset of the mention in the text it was found in. */
  index: number;
  /** Noon or midnight: the hour is known, though the meridiem is not a clue to others. */
  fixed?: boolean;
  /** A bare hour ("at eleven"): a clock time only where the document names real ones. */
  bare?: boolean;
  /** The first time after a new part's opening ("The third story is Helena's. At six, ..."). */
  opensPart?: boolean;
}

const N = `(?:${NUMBER_PATTERN})`;
const HOUR_WORD = `(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const MERIDIEM = `\\s*([ap])\\.?\\s?m\\b\\.?`;
const DAY_PART = `(?:\\s+(in the (?:morning|afternoon|evening)|at night|that (?:morning|afternoon|evening|night)))?`;

interface ClockRule {
  re: RegExp;
  read: (m: RegExpExecArray) => { hour: number; minute: number; qualifier: string } | null;
}

const hourOf = (s: string): number => (/^\d+$/.test(s) ? Number(s) : parseNumber(s));

/** "half past", "a quarter to", "ten to": the spoken minutes before the hour word (1 to 59), or null. */
const minutesPast = (words: string): number | null => {
  const what = words.toLowerCase();
  const mins =
    what === 'half'
      ? 30
      : what.includes('quarter')
        ? 15
        : parseNumber(what.replace(/ minutes$/, ''));
  return mins > 0 && mins < 60 ? mins : null;
};

/** The spoken minutes and their direction: "half past", "a quarter to", "ten minutes before". */
const SPOKEN_MINUTES = `(half|(?:a )?quarter|${N}(?: minutes)?) (past|to|after|before)`;

const RULES: ClockRule[] = [
  {
    // 8:14, 20:25, 8.14 pm, 08:30 a.m.; not a clip's timecode "[00:11:40]" (hours, minutes, seconds)
    re: new RegExp(
      `(?<!\\d:)\\b([01]?\\d|2[0-3])(?::|\\.(?=\\d\\d\\s*[ap]\\.?\\s?m\\b))([0-5]\\d)(?!\\d|:\\d)(?:${MERIDIEM})?`,
      'gi',
    ),
    read: (m) => ({
      hour: Number(m[1]),
      minute: Number(m[2]),
      // "06:20": a zero-padded hour is a 24-hour clock's morning.
      qualifier: m[3] ?? m[4] ?? (/^0\d$/.test(m[1] ?? '') ? 'a' : ''),
    }),
  },
  {
    // "At 11.15 the police arrive", "23.10. Kemp locks up", "the film rewinds to 8.15": a time
    // with a dot and no am/pm, after a word of time or of the telling's jump, or opening a line
    // (a price or a verse number has neither).
    re: /(?:\b(?:at|by|until|till|around|about|from|after|before|since|(?:back|rewinds?|rewound|jumps?|jumped|skips?|skipped|cuts?|ahead|forward),? to) |^|\n)\s*\[?([01]?\d|2[0-3])\.([0-5]\d)(?![\d%]|\.\d)/gi,
    read: (m) => ({
      hour: Number(m[1]),
      minute: Number(m[2]),
      qualifier: /^0\d$/.test(m[1] ?? '') ? 'a' : '',
    }),
  },
  {
    // ten to midnight, a quarter past noon
    re: new RegExp(`\\b${SPOKEN_MINUTES} (midnight|noon|midday)\\b`, 'gi'),
    read: (m) => {
      const mins = minutesPast(m[1] ?? '');
      if (mins === null) return null;
      const before = /to|before/i.test(m[2] ?? '');
      if (/midnight/i.test(m[3] ?? ''))
        return before
          ? { hour: 23, minute: 60 - mins, qualifier: '' }
          : { hour: 0, minute: mins, qualifier: '' };
      return before
        ? { hour: 11, minute: 60 - mins, qualifier: 'a' }
        : { hour: 12, minute: mins, qualifier: 'p' };
    },
  },
  {
    // half past six, a quarter to five, ten to eight, twenty past nine
    re: new RegExp(
      `\\b${SPOKEN_MINUTES} (${HOUR_WORD})(?!\\s*(?:years?|days?|weeks?|months?|of|hundred|thousand|people|men|women)\\b)${DAY_PART}`,
      'gi',
    ),
    read: (m) => {
      // "two to three hours", "ten to twelve boxes": a count of things (a plural in lower case;
      // "half past eight Tobias ties up" is a time before a name).
      if (/^\s*[a-z]\w*s\b/.test(m.input.slice(m.index + m[0].length))) return null;
      const h = hourOf(m[3] ?? '');
      if (!(h >= 1 && h <= 12)) return null;
      const mins = minutesPast(m[1] ?? '');
      if (mins === null) return null;
      const before = /to|before/i.test(m[2] ?? '');
      const hour = before ? (h === 1 ? 12 : h - 1) : h;
      return { hour, minute: before ? 60 - mins : mins, qualifier: m[4] ?? '' };
    },
  },
  {
    // four o'clock, 3 o'clock in the morning
    re: new RegExp(`\\b(${HOUR_WORD}) o['’]clock${DAY_PART}`, 'gi'),
    read: (m) => ({ hour: hourOf(m[1] ?? ''), minute: 0, qualifier: m[2] ?? '' }),
  },
  {
    // 7 pm, 11 a.m.
    re: new RegExp(`\\b(\\d{1,2})${MERIDIEM}`, 'gi'),
    read: (m) => ({ hour: Number(m[1]), minute: 0, qualifier: m[2] ?? '' }),
  },
  {
    // four in the morning, eleven at night (after "at"/"by"/"until", so "two in the afternoon
    // session" or "one in the morning's papers" stay rare)
    re: new RegExp(
      `\\b(?:at|by|until|till|around|about|after|before|since|from) (${HOUR_WORD}) (in the (?:morning|afternoon|evening)|at night)\\b`,
      'gi',
    ),
    read: (m) => ({ hour: hourOf(m[1] ?? ''), minute: 0, qualifier: m[2] ?? '' }),
  },
  {
    // "At eleven Pietro's mother arrives", "by nine": a bare hour, trusted only beside real
    // clock times (the mention is marked bare).
    re: new RegExp(
      `\\b(?:at|by|until|till|around|about|shortly after|just after|just before) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b(?!['’-]|\\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times?|people|men|women|children|of|and|or|in the|at night|o['’]clock|\\w+s\\b))`,
      'gi',
    ),
    read: (m) => ({ hour: hourOf(m[1] ?? ''), minute: 0, qualifier: 'bare' }),
  },
  {
    // "At dawn she writes a letter": a part of the day with a fixed hour, trusted like a bare hour.
    re: /\b(?:at|by|before|after|until|till) (dawn|daybreak|sunrise|sunset|dusk)\b/gi,
    read: (m) => {
      const early = /dawn|daybreak|sunrise/i.test(m[1] ?? '');
      return { hour: early ? 6 : 19, minute: early ? 0 : 30, qualifier: 'bare' };
    },
  },
  {
    re: /\b(midnight|noon|midday)\b/gi,
    read: (m) => ({
      hour: /midnight/i.test(m[1] ?? '') ? 0 : 12,
      minute: 0,
      qualifier: /midnight/i.test(m[1] ?? '') ? 'midnight' : 'noon',
    }),
  },
];

/** A part of the day the telling moves to: a weak clock ("rewinds to the afternoon"). */
const DAY_PART_MENTION =
  /\b(?:to(?: the)?|until the|that|this|in the|at|by|early (?:that|in the)|late (?:that|in the))\s+(dawn|daybreak|sunrise|morning|afternoon|evening|dusk|sunset|night)\b/i;
const DAY_PART_MINUTES: Record<string, number> = {
  dawn: 6 * 60,
  daybreak: 6 * 60,
  sunrise: 6 * 60,
  morning: 9 * 60,
  afternoon: 15 * 60,
  evening: 19 * 60,
  dusk: 19 * 60 + 30,
  sunset: 19 * 60 + 30,
  night: 22 * 60,
};

/** Words that put a time of their sentence in the morning: "Her day begins at half past five". */
const MORNING_AROUND =
  /\b(?:morning|dawn|breakfast|sunrise|wakes?|woken|gets up|(?:day|shift|routine) (?:begins|starts))\b/i;

/** A part of the film handed to someone: "The second story belongs to", "Part three is Ana's". */
const PART_OPENS =
  /\b(?:(?:first|second|third|fourth|fifth|next|last|final) (?:story|part|chapter|section|segment|strand|panel|account)|(?:story|part|chapter|section|segment|strand) (?:one|two|three|four|five|\d))\b[^.!?]{0,60}?\b(?:belongs to|is|follows|goes to|turns to|is told by)\b/i;

const meridiemOf = (qualifier: string, hour: number): 'am' | 'pm' | null => {
  const q = qualifier.toLowerCase();
  if (q === 'bare') return null;
  if (q === 'midnight' || q === 'noon') return null;
  if (q === 'a' || /morning/.test(q)) return 'am';
  if (q === 'p' || /afternoon|evening/.test(q)) return 'pm';
  if (/night/.test(q)) return hour >= 6 && hour <= 11 ? 'pm' : hour === 12 ? 'am' : 'am';
  return null;
};

/** Quoted speech and captions keep their words; clock times in them are not the telling's. */
const blankQuotes = (s: string): string =>
  s.replace(/["“][^"”]{0,400}["”]/g, (q) => ' '.repeat(q.length));

/**
 * A part of another day names no half of this one: "He retraces the previous night's stag party:
 * at ten he is searching the pub" is ten in the morning. Blanked with the noun it qualifies.
 */
const OTHER_DAY =
  /\b(?:the previous|the last|last|the next|the following|yesterday['’]s|the night before['’]s)\s+(?:(?:night|evening|day)(?:['’]s)?(?:\s+(?!at\b|by\b)[a-z]+){0,2})?/gi;
const otherDays = (s: string): string =>
  /\b(?:previous|last|next|following|yesterday|before['’]s)\b/i.test(s)
    ? s.replace(OTHER_DAY, (m) => ' '.repeat(m.length))
    : s;
/** How far before a time's context window "the previous night's" may begin. */
const OTHER_DAY_LEAD = 30;

const SENTENCE_BREAKS = ['. ', '! ', '? ', '\n'];
/** A clock time of a sentence's own (digits or a spoken time), which then keeps its context. */
const HAS_CLOCK = /\d[:.]\d\d|\d\s*[ap]\.?\s?m\b|o['’]clock|\bhalf past\b|\bquarter (?:past|to)\b/i;

/** Words without which no clock rule can match: most sentences skip the rules altogether. */
const CLOCK_HINT =
  /\d[:.]\d\d|o['’]clock|\d\s*[ap]\.?\s?m\b|\b(?:half|quarter|midnight|noon|midday|dawn|daybreak|sunrise|sunset|dusk|in the morning|in the afternoon|in the evening|at night)\b|\b(?:at|by|until|till|around|about|after|before|since|from|past|to) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

/** False when no clock time can be read anywhere in `text` (findClocks finds none in any part). */
export const mayHoldClock = (text: string): boolean => CLOCK_HINT.test(text);

/**
 * The stages read the clock times of the same segments and sentences several times (the order's
 * clock pass, the clock blocks, the accounts). The answers are kept by text, at most MEMO_SIZE of
 * them (then the memo starts afresh), and each call gets its own copies (a mention holds only
 * primitives), just as a fresh reading would give.
 */
const MEMO_SIZE = 512;
const memo = new Map<string, ClockMention[]>();

/** The clock times named in `text`, in text order (strong ones only). */
export const findClocks = (text: string): ClockMention[] => {
  let found = memo.get(text);
  if (found === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    found = readClocks(text);
    memo.set(text, found);
  }
  return found.map((m) => ({ ...m }));
};

const readClocks = (text: string): ClockMention[] => {
  if (!CLOCK_HINT.test(text)) return [];
  const bare = blankQuotes(text);
  const found: ClockMention[] = [];
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(bare); m; m = rule.re.exec(bare)) {
      const at = m.index;
      const end = at + m[0].length;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      const r = rule.read(m);
      if (!r || !Number.isFinite(r.hour) || r.hour < 0 || r.hour > 23) continue;
      let meridiem = meridiemOf(r.qualifier, r.hour);
      let hour = r.hour;
      if (r.qualifier === 'midnight' || r.qualifier === 'noon' || hour > 12 || hour === 0) {
        meridiem = null;
      } else if (meridiem === null) {
        // The sentence around says which half of the day ("On the night of the gala, at ten").
        // Its own sentence, and the one before unless that one has a clock time of its own:
        // "...rewinds to the afternoon. At 4:30" is 4:30 pm, "At half past seven in the
        // morning he leaves. At a quarter to three" is not the morning.
        const w0 = Math.max(0, at - 80);
        // A night of another day is blanked from a little further back, where its "previous" is.
        const lead = w0 - Math.max(0, w0 - OTHER_DAY_LEAD);
        const window = otherDays(bare.slice(w0 - lead, Math.min(bare.length, end + 40))).slice(
          lead,
        );
        const cut = at - w0;
        const head = window.slice(0, cut);
        const own = Math.max(...SENTENCE_BREAKS.map((d) => head.lastIndexOf(d)));
        const prev =
          own < 0 ? -1 : Math.max(...SENTENCE_BREAKS.map((d) => head.lastIndexOf(d, own - 1)));
        const from = own >= 0 && HAS_CLOCK.test(head.slice(prev + 1, own + 1)) ? own : prev;
        const tail = window.slice(cut);
        const to = tail.search(/[.!?](?:\s|$)/);
        const around = window.slice(from < 0 ? 0 : from + 1, to < 0 ? window.length : cut + to);
        if (/\b(?:night|evening|tonight|dinner|gala|party|supper)\b/i.test(around))
          meridiem = hour >= 6 && hour <= 11 ? 'pm' : null;
        else if (MORNING_AROUND.test(around)) meridiem = 'am';
        else if (/\bafternoon\b/i.test(around)) meridiem = 'pm';
      }
      if (meridiem === 'pm' && hour < 12) hour += 12;
      if (meridiem === 'am' && hour === 12) hour = 0;
      // Noon and midnight are fixed but say nothing of the half of the day around them.
      const fixed = r.qualifier === 'midnight' || r.qualifier === 'noon';
      const known = !fixed && (meridiem !== null || r.hour > 12 || r.hour === 0);
      found.push({
        ...(r.qualifier === 'bare' ? { bare: true } : {}),
        hour,
        minute: r.minute,
        meridiem: known ? (hour >= 12 ? 'pm' : 'am') : null,
        strong: true,
        index: at,
        ...(fixed ? { fixed } : {}),
      });
      taken.push([at, end]);
    }
  }
  found.sort((a, b) => a.index - b.index);
  // The first time told after a part of the film is handed to someone (another viewpoint's day
  // starting over) is that part's own start, not a step on from the time told before it.
  const part = PART_OPENS.exec(bare);
  const first = found[0];
  if (part && first && part.index < first.index) first.opensPart = true;
  return found;
};

/** A part of the day named in a segment's opening sentence, as a weak clock. */
export const findDayPart = (sentence: string): ClockMention | null => {
  const bare = blankQuotes(sentence);
  const m = DAY_PART_MENTION.exec(bare);
  if (!m) return null;
  // "The next morning", "the night before": a day moved, not a time of this day.
  const before = bare.slice(Math.max(0, m.index - 20), m.index);
  if (/\b(?:next|following|previous|same|every|each|one)\s*$/i.test(before)) return null;
  if (/^\s*(?:before|after)\b/i.test(bare.slice(m.index + m[0].length))) return null;
  const minutes = DAY_PART_MINUTES[(m[1] ?? '').toLowerCase()] ?? 12 * 60;
  return {
    hour: Math.floor(minutes / 60),
    minute: minutes % 60,
    meridiem: minutes >= 12 * 60 ? 'pm' : 'am',
    strong: false,
    index: m.index,
  };
};

/**
 * Minutes after midnight for each mention, the unknown halves of the day settled by what kind
 * of day the known ones span: a night (1 to 11 am), an evening (6 to
 * 11 pm, 1 to 5 the small hours after; no known morning time), else a day (7 to 11 am, 12 to
 * 6 pm). A night told
 * across midnight (times after 6 pm and before 6 am together) counts the small hours as the
 * next day.
 */
export const clockMinutes = (mentions: (ClockMention | null)[]): (number | null)[] => {
  // The known halves of the day say what kind of day the story spans: a night (its times mostly
  // before 6 am), an evening (mostly after 6 pm), or a day.
  const known = mentions
    .filter((m): m is ClockMention => m !== null && m.strong && !m.bare && m.meridiem !== null)
    .map((m) => m.hour)
    .sort((a, b) => a - b);
  // A known morning time (7 to 11 am) makes it a day that runs on into the evening; else a
  // night or an evening only where most known times lie there ("six in the morning" and "six
  // that evening" are a day).
  const byDay = known.some((h) => h >= 7 && h < 12);
  const most = (n: number): boolean => n * 2 > known.length;
  const span: 'night' | 'evening' | 'day' = most(known.filter((h) => h < 7).length)
    ? 'night'
    : most(known.filter((h) => h >= 18).length) && !byDay
      ? 'evening'
      : 'day';
  let prev: number | null = null;
  const out = mentions.map((m) => {
    if (!m) return null;
    let hour = m.hour;
    if (m.meridiem === null && !m.fixed && hour >= 1 && hour <= 12) {
      const pm =
        span === 'night'
          ? false
          : span === 'evening'
            ? hour >= 6 && hour <= 11
            : hour >= 1 && hour <= 6;
      if (pm && hour < 12) hour += 12;
      if (span !== 'day' && hour === 12) hour = 0;
      if (!m.opensPart)
        hour = nearerHalf(hour, m.minute, prev, m.bare ? BARE_FORWARD_WITHIN : FORWARD_WITHIN);
    }
    prev = hour * 60 + m.minute;
    return prev;
  });
  const evening = out.some((x) => x !== null && x >= 18 * 60);
  const smallHours = out.some((x) => x !== null && x < 6 * 60);
  if (!(evening && smallHours)) return out;
  // A night told across midnight: the small hours are the next day, and so is the morning
  // that the telling reaches after them ("At 4:00 ... At dawn", "at six" then "at 7:15").
  // In a day's telling, only small hours told after an evening are its night ("Her day begins
  // at half past five" opens the day).
  // A telling that also names daytime hours is a day; one that names none is a night told in
  // any order (an evening told backwards from 2 a.m.).
  const byDaylight = out.some((x) => x !== null && x >= 6 * 60 && x < 18 * 60);
  let afterSmallHours = false;
  let eveningTold = false;
  return out.map((x, i) => {
    if (x === null) return x;
    if (x >= 18 * 60) eveningTold = true;
    if (x < 6 * 60) {
      if (!eveningTold && byDaylight) return x;
      afterSmallHours = true;
      return x + 24 * 60;
    }
    if (!afterSmallHours) return x;
    const m = mentions[i];
    if (m && m.meridiem === null && !m.fixed && m.hour >= 1 && m.hour < 12)
      return (m.hour + 24) * 60 + m.minute;
    return x < NEXT_MORNING_UNTIL ? x + 24 * 60 : x;
  });
};

/** A time whose words do not give its half of the day stays this close after the time before. */
const FORWARD_WITHIN = 3 * 60;
/** ...or this close for a bare hour ("At eleven" after "At seven"), which names no minutes. */
const BARE_FORWARD_WITHIN = 4 * 60;
/** ...when the half the kind of day gives would send it back this far. */
const BACK_AT_LEAST = 8 * 60;

/**
 * The half of the day of a time whose words do not say, against the time told just before: when
 * the half the kind of day gave sends it far back and the other half is a short step on
 * ("Shortly after noon ... At one o'clock" in a day that began "at five in the morning"), the
 * telling goes on. A viewpoint that rewinds to the morning ("At seven", after noon) stays put.
 */
const nearerHalf = (hour: number, minute: number, prev: number | null, within: number): number => {
  if (prev === null) return hour;
  const back = prev - (hour * 60 + minute);
  const other = (hour + 12) % 24;
  const on = other * 60 + minute - prev;
  return back >= BACK_AT_LEAST && on >= 0 && on <= within ? other : hour;
};

/** After a night's small hours, a time before this (minutes after midnight) is next morning. */
const NEXT_MORNING_UNTIL = 11 * 60;

/** Real (not bare) clock times a document needs before its bare hours and splits count. */
const MIN_REAL_CLOCKS = 3;
/** A piece of a split paragraph is never shorter than this many characters. */
const MIN_CLOCK_PIECE = 40;
/** A sentence that opens with its clock time ("At 8:13 he goes down...", "By nine, ..."). */
const OPENS_WITH_CLOCK = 24;

/** "whose day began at", "her morning starts at": the hour a viewpoint's day begins. */
const DAY_BEGINS =
  /\b(?:day|morning|shift|night)\s+(?:had\s+)?(?:began|begins|begun|starts|started)\s+$/i;

/**
 * A clock time that is the scene's own: it opens the text it was found in ("At six, Rosalind is
 * ironing"), or it is the hour a viewpoint's day begins ("Ezra, whose day began at six").
 */
export const ownClockTime = (text: string, m: ClockMention): boolean =>
  m.index <= OPENS_WITH_CLOCK || DAY_BEGINS.test(text.slice(Math.max(0, m.index - 30), m.index));

/**
 * A day told from several viewpoints, each paragraph running through hours that other
 * paragraphs retell: where the clock goes backwards between paragraphs, a sentence opening with
 * a clock time starts a scene of its own, so that each stretch of the day can sit at its time.
 * Documents whose clock only moves forward are left as they are.
 */
export const splitAtClockTimes = (text: string, segments: Segment[]): Segment[] => {
  const firstClocks = segments.map((sg) =>
    findClocks(text.slice(sg.start, sg.end)).filter((m) => !m.bare),
  );
  const real = firstClocks.reduce((n, c) => n + c.length, 0);
  if (real < MIN_REAL_CLOCKS) return segments;
  const perSegment = clockMinutes(firstClocks.flat());
  // Backwards: a segment's first real clock earlier than the last one told before it.
  let k = 0;
  let latest = -Infinity;
  let backwards = false;
  for (const c of firstClocks) {
    if (c.length === 0) continue;
    const first = perSegment[k] ?? 0;
    if (first < latest - 1) backwards = true;
    for (let j = 0; j < c.length; j++) latest = Math.max(latest, perSegment[k + j] ?? 0);
    k += c.length;
  }
  if (!backwards) return segments;
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
        (r, _k, pieceStart) => {
          const clock = findClocks(text.slice(r.start, r.end))[0];
          return (
            clock !== undefined &&
            clock.index <= OPENS_WITH_CLOCK &&
            r.start - pieceStart >= MIN_CLOCK_PIECE &&
            sg.end - r.start >= MIN_CLOCK_PIECE
          );
        },
        () => null,
        // The first piece keeps the paragraph's cue, start, clause and heading, nothing else.
        (r, tense) => ({
          start: r.start,
          end: r.end,
          cue: sg.cue,
          paragraphStart: sg.paragraphStart,
          sentences: [r],
          tense,
          ...(sg.clause ? { clause: true } : {}),
          ...(sg.lead ? { headed: sg.headed, lead: sg.lead } : {}),
        }),
      ),
    );
  }
  return out;
};
