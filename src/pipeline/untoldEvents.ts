import type { TimeCue } from './time';

/**
 * Part of stage 6 (order): an event the telling has named but not yet reached. "Six weeks before
 * the wedding, a letter arrives" in a film that has so far only said the wedding "is set for
 * June" is measured from an event still ahead: the cue dates the story on towards it, not a jump
 * back from something told. A reader tells the two apart by how the event was spoken of before
 * the cue: as ahead ("is set for", "wants to enter", "the coming vote", "will be lost", "is in a
 * month") or as happening or over ("the mill burns down in the fire", "after the vote", "at the
 * regatta she wins"). A cue told in the past perfect ("Three nights before the wedding, Dora had
 * taken the train") is backstory whatever came before it.
 * Shape: spokenOfAsAhead(told, event) and toldAsBackstory(sentence) -> boolean; order.ts's
 * beforeUntoldEvent reads them.
 */

/** A day, a month or a season an event is set on ("is on Friday", "is in June"). */
const WHEN =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|\\d+(?:st|nd|rd|th)';

/**
 * Words of a sentence that speak of an event as still to come: a future or a modal ("will",
 * "is to be", "going to"), a date set ("is set for", "is called for", "scheduled"), a wish or a
 * plan ("wants to", "plans", "prepares for", "trains for", "enter"), the event as coming
 * ("the upcoming", "the coming", "approaching", "looms", "weeks away", "in a month").
 */
const AHEAD = new RegExp(
  `\\b(?:${[
    // A future or a modal: "will be lost", "is to be held", "is about to".
    "will|shall|won['’]t|going to|about to|(?:is|are|was|were) (?:to|due)|due (?:on|in|at|for)",
    // A date set: "is set for", "is called for", "scheduled", "falls on a Sunday", "is in June".
    '(?:is |are |was |were |been )?(?:set|called|fixed|booked|planned|scheduled|announced|arranged|slated) (?:for|to)|scheduled',
    `(?:is|are|falls?) (?:on|in|this|next) (?:a |the )?(?:${WHEN})`,
    // The event as coming: "the upcoming", "approaching", "weeks away", "in a month", "tomorrow's".
    'upcoming|forthcoming|coming|approaching|impending|looming|looms|draws? (?:near|closer)',
    '(?:days?|weeks?|months?) away|in (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|\\d+) (?:days?|weeks?|months?|fortnights?)',
    "next (?:week|month|spring|summer|autumn|fall|winter|year)|tomorrow(?:['’]s)?",
    // A wish, a plan, a choice: "wants to", "plans", "is chosen for", "decides to enter".
    '(?:wants?|wanted|hopes?|hoped|plans?|planned|planning|means?|meant|intends?|intended|promises?|promised|dreams?|dreamed|dreamt|longs?|longed|needs?|needed|decides?|decided|agrees?|agreed|aims?|aimed|chosen|selected|picked|asked|hired) (?:to|of|for|on)',
    // Getting ready: "prepares for", "trains for", "in time for", "until the", "the eve of the".
    '(?:prepar(?:es?|ed|ing|ations?)|trains?|trained|training|practis(?:es?|ed|ing)|practic(?:es?|ed|ing)|rehears(?:es?|ed|ing)|saving|saves|saved|gets? ready|getting ready|ready|in time)(?: \\p{L}+){0,2} for',
    '(?:until|till|before|ahead of|in the run-up to|the run-up to|the build-up to|countdown to|the eve of) (?:the|her|his|their)',
    // Waiting on it: "nervous about", "dreads", "looks forward to", "counting the days".
    '(?:nervous|anxious|worried|excited) about|dread(?:s|ed|ing)?|look(?:s|ed|ing)? forward to|counting (?:down|the days)',
    // Taking part ahead: "enter", "signs up for", "engaged", "invited".
    'enter(?:s|ing)?|register(?:s|ed|ing)? for|sign(?:s|ed)? up for|engaged|invit(?:es?|ed|ing|ations?)',
  ].join('|')})\\b`,
  'iu',
);

/** The sentence of `text` holding offset `at`: from the end of the sentence before to its own. */
const sentenceAt = (text: string, at: number): string => {
  let from = at;
  while (from > 0) {
    const c = text[from - 1];
    if (c === '\n' || ((c === ' ' || c === '\t') && /[.!?]/.test(text[from - 2] ?? ''))) break;
    from--;
  }
  const rest = /[.!?](?=\s|$)|\n/.exec(text.slice(at));
  const to = rest ? at + rest.index + 1 : text.length;
  return text.slice(from, to);
};

/**
 * True when `told` (the text before a cue) names `event` at least once and speaks of it as
 * ahead every time ("the wedding is set for June", "she wants to enter the regatta", "the vote
 * will be lost"): the telling has not reached the event. Any mention that reads as the event
 * happening or over ("After the fire", "at the regatta she wins") makes it told.
 */
export const spokenOfAsAhead = (told: string, event: string): boolean => {
  const re = new RegExp(`\\b${event}\\b`, 'giu');
  let seen = 0;
  const happened = new RegExp(
    `\\b(?:after|during|since|following) (?:the|her|his|their) (?:\\p{L}+ )?${event}\\b|\\b${event} (?:begins|began|starts|started|takes place|took place|is held|was held|ends|ended|is over|was over|gets under way|got under way|goes ahead|went ahead)\\b`,
    'iu',
  );
  for (const m of told.matchAll(re)) {
    seen++;
    const sentence = sentenceAt(told, m.index);
    if (!AHEAD.test(sentence) || happened.test(sentence)) return false;
  }
  return seen > 0;
};

/** "Dora had taken the train", "had been seen": a past perfect, the telling of backstory. */
const PAST_PERFECT =
  /\bhad (?:not |never |already |just |secretly |once |long )?(?:been|\p{L}{2,}(?:ed|en|wn|ght|lt|nt|pt|ft|ld|ne|ome|ok|ung|ank|ode|ote|oke|ade|ew|id|ot|ut|ood|nd))\b/iu;

/** True when the sentence tells its event in the past perfect: backstory, not the story going on. */
export const toldAsBackstory = (sentence: string): boolean => PAST_PERFECT.test(sentence);

/** The sentence of `text` holding offset `at` (for the cue's own sentence). */
export const cueSentence = (text: string, at: number): string => sentenceAt(text, at);

/**
 * Events a telling shows by their own words rather than their name: a fire by flames and
 * burning, an explosion by a blast, a crash by a wreck. "The film opens as the mill burns down
 * ... Two days before the fire, ..." jumps back from a fire already shown.
 */
const SHOWN_BY: readonly (readonly [RegExp, RegExp])[] = [
  [
    /^(?:fire|blaze)$/i,
    /\b(?:burns?|burned|burnt|burning|flames?|ablaze|blaze|on fire|inferno)\b/i,
  ],
  [
    /^(?:explosion|blast|bombing)$/i,
    /\b(?:explodes?|exploded|blows? up|blew up|blast|detonat\w*)\b/i,
  ],
  [
    /^(?:crash|collision|wreck|accident)$/i,
    /\b(?:crash(?:es|ed)?|wreck(?:ed|age)?|collid\w*|overturn\w*)\b/i,
  ],
  [/^(?:flood|flooding)$/i, /\b(?:flood(?:s|ed)?|floodwater|bursts? (?:its|the) banks?)\b/i],
  [/^(?:robbery|heist|raid)$/i, /\b(?:robs?|robbed|hold-up|holds? up|held up|raids?|raided)\b/i],
];

/** True when `told` already shows `event` happening by its own words (a fire by flames). */
export const shownByItsWords = (told: string, event: string): boolean =>
  SHOWN_BY.some(([name, words]) => name.test(event) && words.test(told));

/** "before the wedding", "before her trial", "before the county fair": the event measured from. */
const MEASURED_FROM = /^\s+(?:the|his|her|their)\s+(?:\p{L}+\s+)?(\p{L}{3,})/u;

/** The event a "before" cue is measured from ("Two days before the fire" -> "fire"), or null. */
export const eventMeasuredFrom = (text: string, cueText: string, cueEnd: number): string | null =>
  /\bbefore$/i.test(cueText)
    ? (MEASURED_FROM.exec(text.slice(cueEnd, cueEnd + 60))?.[1] ?? null)
    : null;

/**
 * True when a paragraph opens past the event a jump back was measured from ("After the fire,
 * Pike announces ...", "On the night of the fire", "In the aftermath of the fire"): the
 * flashback has caught up with it, and the story goes on after it.
 */
export const opensPastEvent = (opening: string, event: string): boolean =>
  new RegExp(
    `^\\s*(?:(?:in the )?(?:days?|weeks?|months?|morning|hours?) (?:after|following)|after|following|since|in the (?:aftermath|wake) of|on the (?:day|night|morning|evening) of|the (?:day|night|morning|evening) (?:of|after)) (?:the|his|her|their) (?:\\p{L}+ )?${event}\\b`,
    'iu',
  ).test(opening);

/** Characters of a paragraph's opening read for an arrival past the event. */
const ARRIVAL_OPENING = 80;

/**
 * A return to the main line at a paragraph opening past the event the flashback was measured
 * from ("After the fire, ..."), or null.
 */
export const returnPastEvent = (text: string, start: number, event: string): TimeCue | null =>
  opensPastEvent(text.slice(start, start + ARRIVAL_OPENING), event)
    ? { kind: 'return', text: '', start, end: start, days: null, year: null, opening: true }
    : null;
