/**
 * Stage 4, segment (read by segment.ts): a year that says where a part of the film is set.
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
/** A verb that sets a part in a time or a place. */
const SETS =
  '(?:takes place|took place|is set|was set|are set|were set|unfolds|unfolded|opens|opened|begins|began|starts|started|closes|closed|ends|ended|moves(?: on)?|moved(?: on)?|jumps|jumped|shifts|shifted)';

const SETTING_LEAD = new RegExp(
  `^\\s*${PART}\\s+${SETS}\\s+(?:in|on|at|to|during)\\b[^.;:!?]{0,60}$`,
  'iu',
);
/**
 * The same after a first clause ("Don Elio began to read, and the film moved into Marta's voice
 * and into the autumn of 1943"): the film, not a person, moves to the time.
 */
const SETTING_AFTER_CLAUSE = new RegExp(
  `^[^.;:!?]{0,80},\\s+(?:and|then|and then)\\s+${PART}\\s+${SETS}\\s+(?:in|on|at|to|into|during)\\b[^.;:!?]{0,60}$`,
  'iu',
);

/** True when `lead`, a sentence's words before a year, set a part of the film at that year. */
export const settingLead = (lead: string): boolean =>
  SETTING_LEAD.test(lead) || SETTING_AFTER_CLAUSE.test(lead);
