import { firstFiniteVerb } from './text';

/**
 * A year that ends a sentence's opening phrase of time ("On the day of the harvest fair in 1961,
 * a storm comes in", "During the long strike of 1984, ..."): the phrase places the whole
 * sentence, so the year opens it as much as "In 1961," would. The phrase starts with a
 * preposition of time, holds no verb and no comma, is not too long, and the year closes it
 * (a comma follows).
 */
const TIME_PHRASE =
  /^(?:on|during|at|in|by|throughout|over|through|for)\s+(?:the|that|a|an)\s+[^,.;:!?()"“]{2,70}$/i;
/** How many words an opening phrase of time may hold before its year. */
const MAX_WORDS = 12;

/** True when `lead` (the sentence before a year) and `after` (what follows it) frame the year so. */
export const yearEndsOpeningPhrase = (lead: string, after: string): boolean => {
  const l = lead.trim();
  if (!TIME_PHRASE.test(l) || !/^\s*,/.test(after)) return false;
  if (l.split(/\s+/).length > MAX_WORDS) return false;
  return firstFiniteVerb(l) === null;
};

/**
 * A year named as an attribute inside an opening phrase of time ("On the day of the 2021 harvest
 * fair, ...", "At the 1968 Olympics, ..."): the year dates the sentence, as "In 2021," would.
 * Group 1 is the year; the match is the whole phrase up to its comma.
 */
const PHRASE_WITH_YEAR =
  /^(?:on|during|at|in|by|throughout|over|through|for)\s+(?:the|that|a|an)\s+[^,.;:!?()"“]{0,60}?\b((?:1[5-9]|20)\d\d)\b(?![-–'’]?s\b)[^,.;:!?()"“\d]{0,50}(?=,)/i;

/**
 * A part of the telling named by its year ("In the 1894 thread", "In the 1957 scenes"): the
 * alternation's label, read by the timelines passes, not a dated event.
 */
const TELLING_LABEL =
  /\b(?:thread|timeline|story|stories|strand|storyline|sections?|scenes?|parts?|chapters?|segments?|sequences?|episodes?|flashbacks?)\b/i;

/** The opening phrase of time holding a year, as a match (group 1 the year), or null. */
export const yearInOpeningPhrase = (s: string): RegExpExecArray | null => {
  const m = PHRASE_WITH_YEAR.exec(s);
  if (!m || m[0].split(/\s+/).length > MAX_WORDS || TELLING_LABEL.test(m[0])) return null;
  return firstFiniteVerb(m[0]) === null ? m : null;
};

/**
 * The film showing a dated time ("Over Ferrand's voice we saw the two young men arriving at the
 * hotel in the snow of January 1944", "we see her as a girl in 1961"): the sentence is a cut to
 * that year, as "In 1944, ..." would be. The lead before the year has the seeing verb of the
 * audience or the film, and no other finite verb after it.
 */
const SHOWN =
  /\b(?:we|the (?:film|camera|audience|viewer))\s+(?:now\s+|then\s+|first\s+)?(?:see|sees|saw|watch|watches|watched|are shown|were shown|is shown|shows|showed)\b([^.;:!?]*)$/i;

/** True when `lead` (the sentence before a year) is the film showing what the year dates. */
export const shownInYear = (lead: string): boolean => {
  const m = SHOWN.exec(lead);
  return m !== null && firstFiniteVerb(m[1] ?? '') === null;
};
