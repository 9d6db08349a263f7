/**
 * Sentences whose time words belong to the film as a made thing, to its page or to its viewers,
 * not to the story: "Night Shift was shot in 1993", "Restored in 2018 by the film institute", "An
 * earlier draft was set in the 1950s", "Years later, in a 1989 interview, the director said ...",
 * "A prequel is planned for 2026", "Jo first saw it on VHS in 1996". The making, the release and
 * the viewing have dates of their own; read as cues, they send a scene of a linear story back or
 * ahead on no evidence from the story. And a past named in one relative clause of a past-tense
 * sentence ("... the sexton, an old man who had rung the bell as a boy") is a mention, not a
 * flashback.
 */
import { tenseProfile } from './text';

/** Words that name the film's making, release or viewing in any sentence they stand in. */
const MAKING_ALONE =
  /\b(?:restor(?:ed|ation)|remaster(?:ed|ing)?|principal photography|prequel|sequel|remake|reboot|spin-?off|(?:earlier|first|original|final|later|rejected) (?:draft|cut|version of the (?:script|screenplay|film))|premiered|re-?released|re-?issued|VHS|DVD|Blu-?ray|4K|box office|\d\d ?mm\b|(?:was|were) (?:shot|filmed) (?:over|on location|on \d\d)|went into production|began shooting|shooting (?:began|started|wrapped|took place)|filming (?:began|started|wrapped|took place))/i;

/**
 * A made thing as the subject of a making verb: "The script was first written in 2016", "The film
 * flopped on release", "The film was edited in Galway", "It was released in October 1962".
 */
const MADE_SUBJECT = new RegExp(
  String.raw`\b(?:film|movie|picture|documentary|script|screenplay|draft|footage|print|feature|short)\s+` +
    String.raw`(?:(?:was|were|is|are|has been|had been|got|first|finally|originally|later|then|also|never)\s+){0,3}` +
    String.raw`(?:shot|filmed|restored|released|premiered|rediscovered|remade|dubbed|screened|edited|completed|financed|funded|cancell?ed|canceled|announced|shelved|banned|censored|nominated|rewritten|written|flopped|debuted|wrapped)\b`,
  'i',
);

/** "was shot in 1993", "filmed during the winter of 2011": a shoot dated by a year. */
const SHOT_IN_YEAR =
  /\b(?:was|were) (?:shot|filmed) (?:in|during) (?:(?:the )?(?:spring|summer|autumn|fall|winter) (?:of )?)?(?:1[89]|20)\d\d\b/i;

/** The makers' own words: "We shot it in the winter of 2015", "It was made in 1998 for nothing". */
const WE_SHOT =
  /\b(?:we|they|I) (?:shot|filmed|made) (?:it|the film|the movie|the picture)\b|\b(?:it|the film|the movie) (?:was|were) (?:made|released) (?:in|during) (?:(?:the )?(?:spring|summer|autumn|fall|winter) (?:of )?)?(?:1[89]|20)\d\d\b/i;

/** The makers and their talk about the film: "the director said", "in a 1989 interview". */
const MAKER =
  /\b(?:director|filmmaker|screenwriter|writer-director|producers?|composer|cinematographer)\b|\bin (?:an|a (?:1[89]|20)\d\d) interview\b/i;
const SAYS =
  /\b(?:said|says|told|recalled|explained|admitted|wrote|claimed|remarked|joked|insisted)\b/i;

/** An interview dated by a year: "Brekke's interview from 2011", "a 1989 interview". */
const DATED_INTERVIEW = /\binterviews? from (?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d interview/i;

/**
 * The page's own correspondents: "Sam from Leeds writes that ...", "a listener emailed to say",
 * "One reader, Ana, wrote in": a letter to the page, whatever its years. (Names are bounded and
 * start at a word's start: a long hyphenated run is read in linear time.)
 */
const CORRESPONDENT = new RegExp(
  String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{0,30} (?:from|in) \p{Lu}[\p{L}'’-]{0,30} (?:writes|wrote|emails|emailed|messages|messaged|asks|asked|tells us|told us)\b|\b(?:listeners?|readers?|callers?|subscribers?|patrons?)\b[^.!?]{0,40}\b(?:writes|wrote|emails|emailed|asks|asked|says|said|tells us|told us|wrote in)\b`,
  'u',
);

/** What every CORRESPONDENT match holds: one of its verbs, or one of its readers' words. */
const CORRESPONDENT_HINT =
  /\b(?:writes|wrote|emails|emailed|messages|messaged|asks|asked|tells us|told us)\b|\b(?:listener|reader|caller|subscriber|patron)s?\b/i;

/** A sentence of a letter to the page: "Sam from Leeds writes that his mum was a nurse in 1985". */
export const pageCorrespondent = (sentence: string): boolean =>
  CORRESPONDENT_HINT.test(sentence) && CORRESPONDENT.test(sentence);

/** The film's own flashback, however it was shot ("a flashback shot in grainy colours"). */
const FLASH = /\bflash(?:es)?[- ]?(?:back|forward)s?\b/i;

/** Whether `sentence` (quotes already blanked) is about the film's making, release or viewing. */
export const aboutTheFilm = (sentence: string): boolean =>
  !FLASH.test(sentence) &&
  (MAKING_ALONE.test(sentence) ||
    SHOT_IN_YEAR.test(sentence) ||
    WE_SHOT.test(sentence) ||
    DATED_INTERVIEW.test(sentence) ||
    MADE_SUBJECT.test(sentence) ||
    (MAKER.test(sentence) && SAYS.test(sentence)) ||
    pageCorrespondent(sentence));

/** The relative clause a cue stands in, from its pronoun: ", an old man who had rung ...". */
const RELATIVE_LEAD =
  /(?:,|\b(?:man|woman|boy|girl|person|one|people|friend)|(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{0,30})\s+(?:who|whom|whose|which|that)\s+[^,;:]*$/u;

/**
 * A backward cue inside a relative clause ("who had rung the bell as a boy") of a sentence whose
 * own verb before the clause is the simple past: the clause mentions a past, the sentence stays
 * in the story's time. `lead` is the sentence's text before the cue.
 */
export const relativeMention = (lead: string): boolean => {
  const m = RELATIVE_LEAD.exec(lead);
  if (!m) return false;
  const before = tenseProfile(lead, 0, m.index + 1);
  return before.past > 0 && before.perfect === 0;
};

/**
 * A flashback the film comes near but does not take, measured by the writer: "which is the
 * closest the film gets to a flashback", "the nearest thing to a flash-forward", "as close as it
 * comes to a flashback", "the only hint of a flashback". The word names what the film lacks.
 */
const NEAR_FLASH =
  /\b(?:(?:the )?(?:closest|nearest)(?: thing)?(?: (?:the|this) (?:film|movie|story|picture|script|show)| it| we| you)?(?: (?:ever |really |actually )?(?:gets?|comes?|got|came))?|as (?:close|near) as (?:the (?:film|movie|story|picture)|it|we|you) (?:ever )?(?:gets?|comes?|got|came)|(?:the )?(?:only )?(?:hint|whiff|suggestion|echo) of)(?: to)? (?:a|an|any) (?:\w+ )?flash(?:es)?[- ]?(?:back|forward)s?\b/i;

/** True when the sentence measures the film's distance from a flashback it never shows. */
export const nearFlashback = (sentence: string): boolean => NEAR_FLASH.test(sentence);

/** A sentence of the writer's asking ("(1) Was the parcel always the scarf?"), quotes blanked. */
const QUESTION = /\?\s*[)\]]*\s*$/;

/** A sentence about the making or the writer's question: the writer's talk, not the story. */
export const makingTalk = (sentence: string): boolean =>
  aboutTheFilm(sentence) || QUESTION.test(sentence);

/** A page's label before its talk: "[00:03:15] Background.", "Right, my questions." has a verb less. */
export const labelOnly = (sentence: string): boolean =>
  sentence.trim().length <= LABEL_CHARS &&
  (() => {
    const p = tenseProfile(sentence, 0, sentence.length);
    return p.present + p.past === 0;
  })();
const LABEL_CHARS = 40;
