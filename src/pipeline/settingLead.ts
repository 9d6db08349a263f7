/**
 * Stage 4, segment (read by segment.ts; its opening verbs by time.ts): a year that says where a
 * part of the film is set.
 *
 * In a past-tense synopsis a year inside a sentence of the simple past is mostly a mention ("the
 * old man reminded him of the fight in 1979"). Not when the sentence's subject is the film or a
 * part of it and its verb sets that part in time: "The first story took place in the long winter
 * of 1944", "The second tale was set in a Lisbon hotel in 1962", "The last chapter opened in the
 * harbour in 1990", "It moved on to Marseille in 1975". Then the year places the part.
 * Shape: settingLead(lead) -> true when the words before a year are such a setting.
 */

/** The film or a part of it, as a sentence's subject ("The first story proper", "Its final part", "It"). */
const PART =
  '(?:(?:the|its|this|that|a|her|his|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:film|movie|story|stories|tale|part|chapter|section|episode|act|segment|strand|frame|narrative|sequence|prologue|epilogue|coda)(?:\\s+proper)?|it)';
/**
 * The verbs that date where the film itself begins. "Opened" is not one: "the film opened in
 * 1999" may be its release.
 */
const OPENS = 'takes place|took place|is set|was set|opens|begins|began|starts|started';
/** A verb that sets a part in a time or a place: the opening ones and those of later parts. */
const SETS = `(?:${OPENS}|are set|were set|unfolds|unfolded|opened|closes|closed|ends|ended|moves(?: on)?|moved(?: on)?|jumps|jumped|shifts|shifted|(?:goes|went|comes|came|cuts|cut)(?: back)?|returns|returned)`;

/**
 * What may stand before the part: a linking word, and the writer's aside to the viewers between
 * commas ("Then, as everyone who has seen it remembers, the film went back to 1868").
 */
const OPENER = '(?:(?:then|next|finally|and|at last),?\\s+)?(?:as [^,.;:!?]{1,60},\\s+)?';

const SETTING_LEAD = new RegExp(
  `^\\s*${OPENER}${PART}\\s+${SETS}(?:\\s+(?:in|on|at|to|during)\\b[^.;:!?]{0,60})?\\s*$`,
  'iu',
);
/** A lead ending on "opens"/"opened" (its cue holds the "in"): a film also opens in cinemas. */
const OPENED_ALONE = /\bopen(?:s|ed)\s*$/i;
/** No film was released before this year: "The film opened in 1868" is where its story opens. */
const FIRST_RELEASES = 1890;

/**
 * The same after a first clause ("Don Elio began to read, and the film moved into Marta's voice
 * and into the autumn of 1943"): the film, not a person, moves to the time.
 */
const SETTING_AFTER_CLAUSE = new RegExp(
  `^[^.;:!?]{0,80},\\s+(?:and|then|and then)\\s+${PART}\\s+${SETS}\\s+(?:in|on|at|to|into|during)\\b[^.;:!?]{0,60}$`,
  'iu',
);

/**
 * True when `lead`, a sentence's words before a year, set a part of the film at that year. (A
 * lead ending on the verb, its cue holding the preposition: "The film opened" + "in 1868", "the
 * film went" + "back to 1868"; "opened" so only before films were released, `year` given.)
 */
export const settingLead = (lead: string, year: number | null = null): boolean =>
  (SETTING_LEAD.test(lead) &&
    (!OPENED_ALONE.test(lead) || (year !== null && year < FIRST_RELEASES))) ||
  SETTING_AFTER_CLAUSE.test(lead);

/**
 * "The film began in the autumn of 1971, ...": the film's own opening dated, in any tense; `lead`
 * is the sentence before the year's phrase, ending on the verb (read by time.ts).
 */
const FILM_OPENS = new RegExp(
  `^\\s*(?:the (?:film|story|movie|action|narrative)|it) (?:${OPENS})\\s*$`,
  'i',
);

/** True when `lead` (the sentence before a year) says the film opens in it. */
export const filmOpensInYear = (lead: string): boolean => FILM_OPENS.test(lead);
