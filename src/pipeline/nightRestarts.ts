import type { Segment } from './segment';
import { findClocks, findDayPart, mayHoldClock, type ClockMention } from './clock';
import { splitBefore } from './pieces';
import { findCue, type TimeCue } from './time';

/**
 * Part of stage 6 (order): one night (or one evening, one day) told again from another person's
 * side. "The second part rewinds the clock to nine o'clock and follows the stranger", "The night
 * begins again at dusk, this time with the constable", "The film then replays the evening from
 * Sam's side": each such paragraph goes back to the start of the stretch the first telling
 * covered, and every telling runs on the same clock ("At ten", "At twenty to midnight", "At one
 * in the morning"). The tellings are interleaved by their clock times, one moment told twice sits
 * at one time, and what follows the last telling (the next morning, a week later) comes after
 * all of them, however far back the last restart went.
 *
 * A restart names a person taken up ("this time with", "follows", "from Sam's side", "through
 * Zofia's eyes") and a time of the shared stretch (a clock time, dusk, the evening, the night),
 * and not a past ("rewinds to her childhood", "goes back to 1961"): a single flashback is no
 * restart. Once one telling restarts in words, a paragraph that hands the telling on ("Ward gets
 * the third turn, beginning ... at 11:10", "The stranger's account opens at six") at a clock time
 * earlier than the tellings before it reached restarts too; two such paragraphs restart a night
 * without any restart's words, when the tellings meet (a later one reaches a time an earlier one
 * told: chapters told backwards by their clock times never do). Inside a telling, "When the shot
 * goes off, ..." is the moment an earlier telling told with the same words, and each sentence
 * naming a clock time or a step of minutes ("Eight minutes later") is a scene of its own.
 * A loop film (order.ts isTimeLoop) is never read here. Backstory inside a telling (a
 * paragraph opening on a childhood, a year, "years earlier") keeps its place before the night.
 * Shape in/out: the placements of order.ts (time `t` in days and kind per segment), changed in
 * place; returns whether it applied.
 */

/** The placement fields this pass reads and moves (order.ts's Placement). */
interface Placed {
  t: number;
  kind: string;
}

/** The telling going back: "rewinds", "winds the clock back", "replays", "begins again". */
const RESTART_VERB = new RegExp(
  `\\b(?:${[
    'rewinds?|rewound|rewinding|replays?|replayed|replaying|restarts?|restarted',
    '(?:winds?|wound|turns?|turned|sets?|puts?) (?:the clock|the film|time|the hands|the night|the evening|the day)?\\s?back',
    '(?:goes|go|went|jumps?|jumped|skips?|skipped|cuts?|backs?|backed) (?:back|up)|(?:doubles?|doubled|circles?|circled) back',
    '(?:starts?|started|begins?|began|opens?|opened)(?: (?:\\p{L}+ ){0,3}?)(?:over|again|afresh|once more)',
    '(?:picks?|picked) up (?:again )?(?:at|from)',
    // "We see the same evening again", "follows that night a second time".
    '(?:see|sees|saw|watch|watches|watched|follow|follows|followed|live|lives|lived) (?:the|that) (?:same )?(?:night|evening|day|afternoon|morning|hours?) (?:again|a second time|a third time|once more)',
  ].join('|')})\\b`,
  'iu',
);
/** A person taken up by the retelling: "this time with", "follows", "from Sam's side". */
const VIEWPOINT =
  /\b(?:this time (?:with|through|from|following|seen|by|in)|(?:o['’]clock|dusk|sunset|nightfall|midnight|noon|evening|night|afternoon|morning|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve),? (?:and )?with (?:\p{Lu}[\p{Ll}'’-]+|the [\p{Ll}-]+)|(?:and |to )?(?:follows?|followed|following|stays? with|stayed with|sticks? with|stuck with|belongs? to|belonged to)|from (?:\p{Lu}[\p{Ll}'’-]+|the [\p{Ll}-]+)['’]s? (?:side|point of view|perspective|end|vantage point|angle)|from the (?:side|point of view|perspective|angle) of|through (?:the eyes of|(?:\p{Lu}[\p{Ll}'’-]+|the [\p{Ll}-]+)['’]s? eyes)|seen (?:this time )?(?:by|through)|as (?:\p{Lu}[\p{Ll}'’-]+|the [\p{Ll}-]+) (?:saw|sees|lived|lives) it)\b/u;
/**
 * A person taken up by a chapter or a card named after them (no `i` flag: the name's capital), before the restart's verb: 'a
 * second title card reads "Teun", and the night begins again', 'Part two, "Ilse", starts over'.
 */
const TITLED_VIEWPOINT =
  /\b(?:[Tt]itle card|[Cc]ard|[Cc]aption|[Ii]ntertitle|[Cc]hapter|[Pp]art|[Ss]ection|[Ss]egment|[Ee]pisode|[Aa]ct)\b[^.;:!?]{0,30}?["“‘]\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?[.,]?["”’]/u;
/** A time within the shared stretch: a part of the night or day, or the same night. */
const SPAN_TIME =
  /\b(?:o['’]clock|dusk|sunset|nightfall|sundown|twilight|midnight|noon|(?:the|that|this|same) (?:night|evening|afternoon|morning|day)|at (?:night|dawn|daybreak)|\d{1,2}[:.]\d\d|\d\s*[ap]\.?\s?m\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: o['’]clock)?)\b/i;
/** A past, not the stretch again: "to her childhood", "to 1961", "years earlier", "as a boy". */
const PAST_TIME =
  /\b(?:1[5-9]\d\d|20\d\d|childhood|youth|boyhood|girlhood|years?|decades?|ago|as an? (?:boy|girl|child|teenager|young)|when (?:he|she|they) (?:was|were)|the war|the past)\b/i;
/** The telling turning to a past: "the film rewinds to his childhood", "she remembers". */
const TURNS_BACK =
  /\b(?:rewinds?|rewound|flash(?:es|ed)?[- ]?backs?|goes back|went back|cuts back|remembers|remembered|recalls|recalled)\b/i;
/** Characters after a restart's verb read for a past it goes to ("to 1961", "to his youth"). */
const PAST_REACH = 40;
/** Words of a day lived again: a loop, however few times the document names it. */
const LOOPED =
  /\b(?:time[- ]loops?|loops?|looping|reliv(?:e|es|ed|ing)|resets?|resetting|over and over|again and again|(?:wakes?|woke|waking)(?: up)? (?:again|once more)|d[eé]j[aà] vu|groundhog)\b/i;
/** A day's or a longer step: what follows the night ("The next morning", "A week later"). */
const DAY_SCALE = 0.5;
/** The opening of a segment read for its clock time, in characters. */
const OPENING = 70;
/** Minutes per day (placements count time in days). */
const DAY = 24 * 60;
/** A clock time this many minutes before the one a telling reached still reads as that time. */
const SLACK = 45;
/** A restart may go this far before the first telling's first time (dusk before eight). */
const RESTART_REACH = 4 * 60;
/** A restart's time within this many minutes of a time the first telling reached is that time. */
const MATCH = 15;
/** Minutes between segments of one telling that name no time of their own. */
const TICK = 1;
/** Clocked segments needed in all, and in each telling. */
const MIN_CLOCKED = 4;
/** Tellings restarted by their clock alone that make a night told again without a restart's words. */
const MIN_CLOCK_RESTARTS = 2;
/** Days between what follows the night and the night's last moment. */
const STEP = 0.01;
/** Words of a restart saying the stretch is an evening or a night (hours without am/pm are pm). */
const NIGHT_WORDS = /\b(?:night|evening|dusk|sunset|nightfall|sundown|twilight|midnight)\b/i;

/** True when a sentence restarts the shared stretch from another person's side. */
export const restartsSharedSpan = (sentence: string): boolean => {
  const head = sentence.slice(0, 240);
  const verb = RESTART_VERB.exec(head);
  if (!verb) return false;
  const after = head.slice(verb.index);
  // The past a single flashback goes to follows its verb: "rewinds to her childhood".
  const target = after.slice(verb[0].length, verb[0].length + PAST_REACH);
  const viewpoint = VIEWPOINT.test(after) || TITLED_VIEWPOINT.test(head.slice(0, verb.index));
  return viewpoint && SPAN_TIME.test(after) && !PAST_TIME.test(target);
};

/** The first sentence of a segment (its text up to the first sentence's end). */
const firstSentence = (text: string, seg: Segment): string => {
  const s = seg.sentences[0];
  return s ? text.slice(s.start, s.end) : text.slice(seg.start, seg.end);
};

/**
 * The reading of an hour named without a.m. or p.m. when nothing else tells: an evening's hours
 * are the evening's (five to eleven at night), a day's the waking hours' (seven in the morning to
 * six at night).
 */
const plainReading = (m: ClockMention, evening: boolean): number => {
  const am = (m.hour % 12) * 60 + m.minute;
  const inMorning = evening ? m.hour < 5 || m.hour === 12 : m.hour >= 7 && m.hour < 12;
  return inMorning ? am : am + DAY / 2;
};

/** True when a mention's words leave its half of the day open ("at nine", "eight o'clock"). */
const openHour = (m: ClockMention): boolean =>
  m.meridiem === null && !m.fixed && m.hour > 0 && m.hour <= 12;

/** The readings of a clock mention in minutes, earliest first (a night runs past midnight). */
const readings = (m: ClockMention): number[] => {
  const base = m.hour * 60 + m.minute;
  if (m.fixed) return m.hour === 12 ? [DAY / 2, DAY + DAY / 2] : [DAY, 2 * DAY];
  if (!openHour(m)) return [base, base + DAY];
  const am = (m.hour % 12) * 60 + m.minute;
  return [am, am + DAY / 2, am + DAY, am + DAY + DAY / 2];
};

/** The reading of `m` at or after `from` (less a little slack), else its plain reading. */
const resolve = (m: ClockMention, from: number | null, evening: boolean): number => {
  const options = readings(m);
  if (from === null) return openHour(m) ? plainReading(m, evening) : (options[0] ?? 0);
  return options.find((x) => x >= from - SLACK) ?? options[options.length - 1] ?? 0;
};

/**
 * The reading of a restart's time that the first telling reached ("rewinds to nine o'clock" after
 * "That night at nine"), or null: the restart goes back to that moment of the first telling.
 */
const toldTime = (m: ClockMention, told: readonly number[]): number | null => {
  const options = readings(m);
  for (const x of options) if (told.some((t) => Math.abs(t - x) <= MATCH)) return x;
  return null;
};

/** The clock time opening a segment, or a part of the day its first sentence names. */
const openingClock = (text: string, seg: Segment): ClockMention | null => {
  const head = text.slice(seg.start, Math.min(seg.end, seg.start + OPENING + 40));
  const clock = findClocks(head).find((c) => c.index <= OPENING);
  if (clock) return clock;
  return findDayPart(firstSentence(text, seg).slice(0, OPENING + 40));
};

/**
 * The clock time a segment happens at: the one opening it, else the first real clock time of its
 * first sentence ("Tamblin's version jumps to his arrival at the diner at 11:44").
 */
const ownClock = (text: string, seg: Segment): ClockMention | null =>
  openingClock(text, seg) ??
  findClocks(firstSentence(text, seg)).find((c) => c.strong && c.bare !== true) ??
  null;

/** A step of minutes or hours a segment opens on ("Eight minutes later"), in minutes, or 0. */
const shortStep = (cue: TimeCue | null | undefined): number =>
  cue?.kind === 'forward' &&
  cue.opening &&
  cue.days !== null &&
  cue.days > 0 &&
  cue.days < DAY_SCALE
    ? cue.days * DAY
    : 0;

/** A sentence opening on the moment of an event: "When the gun goes off, ...". */
const WHEN_OPENS =
  /^(?:and |but |then )?(?:when|as soon as|the moment|just as)\s+([^,;:.!?]{4,80})/i;
/** Words that say nothing of which event a clause names. */
const PLAIN = new Set(
  'the and but his her their its this that with from into onto for was were has have had who whom which what when then there here in on at of to by a an it he she they we you i him them our your my one all some any own telling version account side turn story'.split(
    ' ',
  ),
);

/** The words of `s` cut to a rough stem ("fires" and "fire", "goes" and "go"), plain ones left out. */
const stems = (s: string): Set<string> => {
  const out = new Set<string>();
  // (Names are left out too: a person is in every telling of the night.)
  for (const w of s.match(/(?<![\p{L}'’])\p{Ll}+/gu) ?? []) {
    if (w.length < 3 || PLAIN.has(w)) continue;
    out.add(w.replace(/(?:ing|ed|es|s)$/, '') || w);
  }
  return out;
};

/** The event a segment's first sentence opens on ("When the shot goes off"), as stems, or null. */
const whenClause = (text: string, seg: Segment): Set<string> | null => {
  const m = WHEN_OPENS.exec(firstSentence(text, seg).trimStart());
  return m?.[1] ? stems(m[1]) : null;
};

/** Shared stems needed to read a "When ..." clause as an event told before. */
const MIN_EVENT_WORDS = 1;

/** True when a segment tells backstory inside a telling (a childhood, a year, years before). */
const isBackstory = (text: string, seg: Segment): boolean => {
  const cue = seg.cue;
  if (cue?.kind === 'year') return true;
  // "In her telling, ...": the telling the night is told in again, no past of its own.
  if (cue?.told === true && cue.days === null) return false;
  if (
    (cue?.kind === 'back' || cue?.kind === 'flashback') &&
    (cue.days === null || cue.days <= -DAY_SCALE)
  )
    return true;
  const first = firstSentence(text, seg).slice(0, 200);
  return PAST_TIME.test(first) && TURNS_BACK.test(first);
};

/** True when a segment moves on by a day or more: the night is over ("The next morning"). */
const leavesNight = (seg: Segment): boolean =>
  seg.cue !== null &&
  seg.cue !== undefined &&
  (seg.cue.kind === 'forward' || seg.cue.kind === 'flashforward') &&
  (seg.cue.days === null || seg.cue.days >= DAY_SCALE);

/**
 * A paragraph that hands the telling to another person or part: "Ezra's version", "the third
 * turn", "The longest account", "Part two", "the boy's side".
 */
const TELLING_TURN =
  /\b(?:account|version|telling|retelling|turn|testimony|statement|side|perspective|viewpoint|point of view|part|section|chapter|segment|act)\b/i;

/**
 * The clock time a paragraph's telling starts from: the first real clock time of its first
 * sentence, else the one opening the next piece of the same paragraph ("The longest account
 * starts earliest of all. At 9:40, ...").
 */
const startClock = (text: string, segments: Segment[], i: number): ClockMention | null => {
  const seg = segments[i];
  if (!seg) return null;
  const own = findClocks(firstSentence(text, seg)).find((c) => c.strong);
  if (own) return own;
  const next = segments[i + 1];
  if (!next || next.paragraphStart || seg.sentences.length > 1) return null;
  const clock = openingClock(text, next);
  return clock?.strong === true ? clock : null;
};

/**
 * Paragraphs that start another telling at an earlier clock time than the tellings before them
 * reached, without a restart's verb: "Ward gets the third turn, beginning when he parks outside
 * at 11:10" after a telling that reached 11:52. The paragraph hands the telling on (a telling's
 * word, or a heading of its own) and its clock reads earlier than the latest time told, within
 * the stretch the first telling opened (never a day's step: "The next morning" ends the stretch).
 */
const clockRestarts = (
  text: string,
  segments: Segment[],
  phrased: ReadonlySet<number>,
  evening: boolean,
): number[] => {
  const found: number[] = [];
  let start: number | null = null;
  let cur: number | null = null;
  /** The times told, and the telling each belongs to. */
  const told: { at: number; telling: number }[] = [];
  let telling = 0;
  // Tellings of one night meet: a later one reaches a time an earlier one told ("At 2:05"
  // twice). Chapters told backwards by their clock times never do.
  let meet = false;
  const reach = (at: number): void => {
    if (told.some((x) => x.telling < telling && Math.abs(x.at - at) <= MATCH)) meet = true;
    told.push({ at, telling });
  };
  segments.forEach((seg, i) => {
    if (leavesNight(seg)) {
      start = null;
      cur = null;
      told.length = 0;
      return;
    }
    const turn =
      i > 0 &&
      seg.paragraphStart &&
      (phrased.has(i) ||
        seg.headed === true ||
        TELLING_TURN.test(firstSentence(text, seg).slice(0, 160)));
    const back = turn ? startClock(text, segments, i) : null;
    if (back && start !== null && cur !== null) {
      const at =
        toldTime(
          back,
          told.map((x) => x.at),
        ) ?? resolve(back, start - RESTART_REACH + SLACK, evening);
      if (at < Math.max(...told.map((x) => x.at)) - SLACK / 3) {
        if (!phrased.has(i)) found.push(i);
        telling++;
        cur = at;
        reach(at);
        return;
      }
    }
    if (isBackstory(text, seg)) return;
    const own = ownClock(text, seg);
    if (!own || !own.strong) return;
    cur = resolve(own, cur, evening);
    start ??= cur;
    reach(cur);
  });
  return meet ? found : [];
};

/**
 * Re-times a night told again from other people's sides (see the module comment); returns
 * whether it applied.
 */
export const applyNightRestarts = (text: string, segments: Segment[], out: Placed[]): boolean => {
  const phrased: number[] = [];
  segments.forEach((seg, i) => {
    if (i > 0 && seg.paragraphStart && restartsSharedSpan(firstSentence(text, seg)))
      phrased.push(i);
  });
  // A day lived again ("wakes up again", "the day has reset") is a loop, even named once.
  if (LOOPED.test(text)) return false;
  const evening = phrased.some((i) => {
    const seg = segments[i];
    return seg !== undefined && NIGHT_WORDS.test(firstSentence(text, seg));
  });
  // With one telling restarted in words, the others that start earlier on the clock restart too;
  // with none, two that do are a night told again (see clockRestarts).
  // (No clock time in the whole text: no telling starts earlier by the clock.)
  const byClock = mayHoldClock(text)
    ? clockRestarts(text, segments, new Set(phrased), evening)
    : [];
  if (phrased.length === 0 && byClock.length < MIN_CLOCK_RESTARTS) return false;
  const restarts = [...phrased, ...byClock].sort((a, b) => a - b);
  const firstRestart = restarts[0];
  if (firstRestart === undefined) return false;

  // The first telling: back from the first restart to the first clocked segment of the stretch
  // (not past a day's step or a jump back of a day or more).
  let from = firstRestart;
  for (let j = firstRestart - 1; j >= 0; j--) {
    const seg = segments[j];
    if (!seg || leavesNight(seg) || isBackstory(text, seg)) break;
    from = j;
  }
  while (from < firstRestart) {
    const seg = segments[from];
    if (seg && ownClock(text, seg)) break;
    from++;
  }
  if (from >= firstRestart) return false;
  // The last telling ends where the story moves on by a day or more.
  let end = segments.length;
  for (let j = (restarts[restarts.length - 1] ?? 0) + 1; j < segments.length; j++) {
    const seg = segments[j];
    if (seg && leavesNight(seg)) {
      end = j;
      break;
    }
  }

  const restartSet = new Set(restarts);
  const minutes: (number | null)[] = segments.map(() => null);
  const backstory = new Set<number>();
  let start: number | null = null;
  let cur: number | null = null;
  let telling = 0;
  /** The clock times the first telling reached: a restart goes back to one of them. */
  const firstTelling: number[] = [];
  const clockedPer: number[] = [0];
  /** The telling each segment belongs to. */
  const tellingOf: number[] = segments.map(() => -1);
  for (let i = from; i < end; i++) {
    const seg = segments[i];
    if (!seg) continue;
    if (restartSet.has(i)) {
      telling++;
      tellingOf[i] = telling;
      clockedPer.push(0);
      const own =
        openingClock(text, seg) ??
        findClocks(firstSentence(text, seg))[0] ??
        startClock(text, segments, i);
      cur =
        own && start !== null
          ? (toldTime(own, firstTelling) ?? resolve(own, start - RESTART_REACH + SLACK, evening))
          : start;
      minutes[i] = cur;
      // A restart's own clock time is a clocked moment of its telling.
      if (own) clockedPer[telling] = 1;
      continue;
    }
    if (isBackstory(text, seg)) {
      backstory.add(i);
      continue;
    }
    let own = ownClock(text, seg);
    // A clock time inside the sentence that is earlier than the telling has reached names a
    // moment passed ("its last swipe logged at four past ten"), not when the segment happens.
    if (own && cur !== null && !openingClock(text, seg) && resolve(own, cur, evening) < cur)
      own = null;
    // "When the shot goes off in his telling, ...": the moment an earlier telling reached.
    const when = own || telling === 0 ? null : whenClause(text, seg);
    let again: number | null = null;
    if (when && when.size > 0) {
      let best = MIN_EVENT_WORDS - 1;
      for (let k = from; k < i; k++) {
        const m = minutes[k];
        const sk = segments[k];
        if (m === null || m === undefined || !sk || tellingOf[k] === telling) continue;
        const words = stems(text.slice(sk.start, sk.end));
        let shared = 0;
        for (const w of when) if (words.has(w)) shared++;
        if (shared > best) {
          best = shared;
          again = m;
        }
      }
    }
    tellingOf[i] = telling;
    if (again !== null) {
      minutes[i] = again;
      continue;
    }
    if (own) {
      cur = resolve(own, cur, evening);
      start ??= cur;
      // A part of the day ("In the morning") is no moment a restart goes back to.
      if (telling === 0 && own.strong) firstTelling.push(cur);
      clockedPer[telling] = (clockedPer[telling] ?? 0) + 1;
    } else if (cur !== null) cur += Math.max(TICK, shortStep(seg.cue));
    minutes[i] = cur;
  }
  const clocked = clockedPer.reduce((a, b) => a + b, 0);
  if (start === null || clocked < MIN_CLOCKED || clockedPer.some((n) => n === 0)) return false;

  const low = Math.min(...minutes.filter((m): m is number => m !== null));
  const t0 = out[from]?.t ?? 0;
  let latest = -Infinity;
  for (let i = from; i < end; i++) {
    const p = out[i];
    const m = minutes[i];
    if (!p) continue;
    if (backstory.has(i)) {
      // Backstory told inside a telling stays before the night.
      if (p.t >= t0) p.t = t0 - STEP;
      p.kind = 'flashback';
      continue;
    }
    if (m === null || m === undefined) continue;
    p.t = t0 + (m - low) / DAY;
    p.kind = p.t < latest ? 'flashback' : 'present';
    latest = Math.max(latest, p.t);
  }
  // What follows the night comes after all of it.
  const after = out[end];
  if (after && latest > -Infinity) {
    const shift = latest + STEP - after.t;
    if (shift > 0)
      for (let i = end; i < out.length; i++) {
        const p = out[i];
        if (p && p.t >= t0) p.t += shift;
      }
  }
  return true;
};

/** A piece of a split paragraph is never shorter than this many characters. */
const MIN_PIECE = 40;
/** A clock time opening a sentence lies within this many characters of its start. */
const OPENS_WITH_CLOCK = 24;

/**
 * In a document that tells one night again from another side (see restartsSharedSpan), a
 * sentence opening on a clock time ("At eight a man in a white suit ...") starts a scene of its
 * own, so that each hour of each telling can sit at its time.
 */
export const splitAtNightRestarts = (text: string, segments: Segment[]): Segment[] => {
  const phrased = new Set<number>();
  segments.forEach((seg, i) => {
    if (i > 0 && seg.paragraphStart && restartsSharedSpan(firstSentence(text, seg))) phrased.add(i);
  });
  if (LOOPED.test(text)) return segments;
  if (
    phrased.size === 0 &&
    (!mayHoldClock(text) ||
      clockRestarts(text, segments, phrased, false).length < MIN_CLOCK_RESTARTS)
  )
    return segments;
  return segments.flatMap((sg) =>
    sg.sentences.length < 2
      ? [sg]
      : splitBefore(
          text,
          sg,
          (r, _k, pieceStart) => {
            if (r.start - pieceStart < MIN_PIECE || sg.end - r.start < MIN_PIECE) return false;
            const clocks = findClocks(text.slice(r.start, r.end));
            const opening = clocks[0];
            // A sentence opening on a clock time or on a step of minutes ("Eight minutes
            // later"), or naming a clock time of its own ("... his arrival at 11:44").
            return (
              WHEN_OPENS.test(text.slice(r.start, r.end).trimStart()) ||
              (opening !== undefined && opening.index <= OPENS_WITH_CLOCK) ||
              clocks.some((c) => c.strong && c.bare !== true) ||
              shortStep(findCue(text, r.start, r.end)) > 0
            );
          },
          (r) => findCue(text, r.start, r.end),
        ),
  );
};
