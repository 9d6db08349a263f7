import { labelOnly, makingTalk } from './aboutTheFilm';
import type { Segment } from './segment';
import { firstFiniteVerb } from './text';

/**
 * Part of stage 6 (order.ts's state machine): the evidence that a flashback has ended (or that a
 * told story interrupted by its frame goes on), beyond the cue words time.ts reads.
 *
 * - A frame person acting after leading adverbials: "Back in the interview suite, Fennimore
 *   slides a photograph across", "On the car deck, at two in the morning, Pip goes down",
 *   "In the day room, Jonah stopped the tape": the first sentence's subject, past any number of
 *   leading phrases, is someone seen only in the main line, and that sentence names no one (and no
 *   place) seen only in the flashback. Read in the past-tense base too, where the frame and the
 *   flashback share one tense and only the people tell them apart.
 * - A room or an object of the frame only: "In the interview room, the tape has stopped", "The tape
 *   recorder clicks off": the leading phrase's or the subject's definite noun was named in the main
 *   line and never in the flashback, and no one of the flashback acts or is named in that sentence.
 * - The film's end: a paragraph opening "In the final scene", "The film ends with", "The last
 *   shot" goes back to the frame when it names someone or somewhere of the main line only and no
 *   one of the flashback only; "The film ends with a flashback to ..." is a flashback again.
 * - The telling goes on: after the frame interrupted a told story, "Tobias goes on with his
 *   account", "Edith went on", "She continues her story", "What Tobias will not say, the film
 *   shows" resume the told story where it stopped.
 * - A telling opened in the past tense ("She began with the winter she arrived at Cape Harrow",
 *   "He told them about the night of the storm"): what follows is the told story.
 * - The writer's comments on the film's flashbacks ("The flashbacks in this film are not always
 *   reliable") are not a flashback cue.
 *
 * Negatives (tests/pipeline/flashbackEnds.test.ts): the teller (seen in both lines) acting opens
 * nothing and ends nothing; a flashback's own people coming back stay in the flashback; a frame
 * person only named in passing ("Jonah's tape") is not acting; the final scene told among the
 * flashback's people stays in the past.
 * Shape: pure functions of a segment's text and the names seen on each side so far.
 */

/** One leading phrase up to its comma: "Back in the interview suite, ", "at two in the morning, ". */
const LEADING_PHRASE =
  /^\s*(?:(?:and|but|then|meanwhile|later|now|still|once more|again|back|outside|inside|upstairs|downstairs|elsewhere|afterwards|there|here|that (?:night|evening|morning|afternoon|day)|at (?:dawn|dusk|night|first light|last)|on|in|at|by|from|inside|outside|under|across|behind|beside|near|through|during|after|before|while|when|as|with|[a-z]{3,}ing)\b[^,:;.!?]{0,70},\s*)/i;
/**
 * A leading phrase of time without its comma, before a capital word: "The next day Teo ...",
 * "That evening Mara ...", "Two weeks later Olu ...", "On the second day Sam ...". (No `i`
 * flag: with it, the capital lookahead would match any letter.)
 */
const LEADING_TIME =
  /^\s*(?:(?:[Oo]n )?[Tt]he (?:next|following) (?:day|morning|evening|night|afternoon|week|weekend)|(?:[Oo]n|[Bb]y) the (?:[a-z]+ )?(?:day|morning|evening|night|afternoon)|(?:[Tt]hat|[Tt]he same) (?:night|evening|morning|afternoon|day)|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Aa] few) (?:days?|weeks?|months?|years?) later|[Tt]he day after)\s+(?=\p{Lu})/u;
/** Leading phrases read past at most this many times. */
const MAX_LEADING = 3;

/** A capitalised word opening the rest: the sentence's subject. */
const SUBJECT = /^[\s"“(]*(\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])(?:\s+(\p{Lu}[\p{L}'’-]*))?/u;
/** Words that open a sentence as a capital but are no one. */
const NOT_SUBJECT = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'they',
  'it',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
  'there',
  'we',
  'i',
  'in',
  'on',
  'at',
]);

/**
 * The person the first sentence is about, past its leading phrases ("Back in the interview suite,
 * Inspector Fennimore slides ..." -> "fennimore"), in lower case; null when the sentence opens on
 * no name or no finite verb follows it.
 */
export const actingAfterLead = (sentence: string): string | null => {
  let rest = sentence;
  for (let k = 0; k < MAX_LEADING; k++) {
    // (The phrase of time first: "On the second day Sam arrives with a van, and ..." would
    // otherwise be read as one leading phrase up to its comma.)
    const m = LEADING_TIME.exec(rest) ?? LEADING_PHRASE.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  const m = SUBJECT.exec(rest);
  if (!m?.[1]) return null;
  let word = m[1].replace(/['’]s$/, '');
  // "Inspector Fennimore", "Sergeant Adeyemi", "Major Alder": the name after the title.
  if (
    m[2] &&
    /^(?:Inspector|Sergeant|Detective|Constable|Officer|Major|Captain|Doctor|Dr|Mr|Mrs|Ms|Miss|Judge|Father|Sister)$/.test(
      word,
    )
  )
    word = m[2].replace(/['’]s$/, '');
  if (NOT_SUBJECT.has(word.toLowerCase())) return null;
  // A verb follows the name (read with the name before it: "Jonah stopped").
  if (!firstFiniteVerb(rest.slice(m.index, m.index + 140))) return null;
  return word.toLowerCase();
};

/** Proper words (lower case) of a sentence, quotations left out: names and places. */
const properOf = (sentence: string, possessives = true): string[] => {
  const bare = sentence.replace(/["“][^"”]{0,300}["”]/g, ' ');
  const out: string[] = [];
  // Skip the sentence's first word (capital by position), keep the other capitals.
  let first = true;
  for (const m of bare.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const w = m[0];
    if (first) {
      first = false;
      continue;
    }
    if (!possessives && /['’]s$/.test(w)) continue;
    if (/^\p{Lu}/u.test(w)) out.push(w.replace(/['’]s$/, '').toLowerCase());
  }
  return out;
};

/** The sentence past its leading phrases ("In Rotterdam, ", "The next day "), from its subject on. */
const afterLead = (sentence: string): string => {
  let rest = sentence;
  for (let k = 0; k < MAX_LEADING; k++) {
    const m = LEADING_PHRASE.exec(rest) ?? LEADING_TIME.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
};

/**
 * True when the paragraph's first sentence has a person of the main line only acting, past any
 * leading phrases, and names no one and nowhere of the flashback only.
 */
export const frameActorOpens = (
  text: string,
  seg: Segment,
  mainNames: ReadonlySet<string>,
  backNames: ReadonlySet<string>,
): boolean => {
  const first = seg.sentences[0];
  if (!seg.paragraphStart || !first) return false;
  const sentence = text.slice(first.start, first.end);
  const actor = actingAfterLead(sentence);
  if (!actor || !mainNames.has(actor)) return false;
  // "Ruth and Colin found ...": someone of both lines acting with someone of the main line only.
  const partner = backNames.has(actor) ? withPartner(sentence, actor) : actor;
  if (!partner || !mainNames.has(partner) || backNames.has(partner)) return false;
  // "In Rotterdam, Lotte finds Hendrik's daughter": the setting before the actor and a person
  // named only as someone's ("Hendrik's") are no one of the flashback there.
  const named = properOf(afterLead(sentence), false);
  return !named.some((w) => backNames.has(w) && !mainNames.has(w));
};

/** The name joined to `actor` by "and" as the sentence's subject ("Ruth and Colin"), lower case. */
const withPartner = (sentence: string, actor: string): string | null => {
  const m = new RegExp(
    `\\b${actor.replace(/[^\\p{L}'’-]/gu, '')}\\s+and\\s+(\\p{Lu}[\\p{L}'’-]*)(?![\\p{L}'’-])`,
    'iu',
  ).exec(sentence);
  const name = m?.[1];
  if (!m || !name) return null;
  // A verb follows the pair at once: they are the subject ("Ruth and Colin found").
  return firstFiniteVerb(sentence.slice(m.index + m[0].length, m.index + m[0].length + 40))
    ? name.toLowerCase()
    : null;
};

/** A paragraph opening on the film's last scene. */
const FILM_ENDS =
  /^\s*(?:(?:and|but|so|then|finally),?\s+)?(?:in (?:the|its) (?:final|last|closing) (?:scene|shot|sequence|moments?|minutes?)|(?:the|its) (?:final|last|closing) (?:scene|shot|sequence|image)s? (?:is|are|shows?|finds?|takes? place|returns?|cuts? back|brings?)|the (?:film|movie|story|picture) (?:ends|closes|finishes|concludes)(?: (?:with|on|as|where|back|in|at))?|(?:it|the film|the movie) (?:all )?ends (?:with|on|as|where))\b/i;
/** The end named as a flashback itself: "The film ends with a flashback to their wedding". */
const ENDS_IN_PAST =
  /\bflash(?:es|ing)?[- ]?back|\bmemory\b|\bremembers?\b|\byears? (?:earlier|before)\b/i;

/** True when the paragraph's first sentence opens on the film's last scene (not a flashback). */
export const opensOnFilmEnd = (text: string, seg: Segment): boolean => {
  const first = seg.sentences[0];
  if (!seg.paragraphStart || !first) return false;
  const sentence = text.slice(first.start, first.end);
  return FILM_ENDS.test(sentence) && !ENDS_IN_PAST.test(sentence);
};

/**
 * True when the paragraph opens on the film's last scene and goes back to the frame: it names
 * someone or somewhere of the main line only, and its first sentence no one of the flashback only.
 */
export const filmEndsInFrame = (
  text: string,
  seg: Segment,
  mainNames: ReadonlySet<string>,
  backNames: ReadonlySet<string>,
): boolean => {
  const first = seg.sentences[0];
  if (!seg.paragraphStart || !first) return false;
  const sentence = text.slice(first.start, first.end);
  if (!FILM_ENDS.test(sentence) || ENDS_IN_PAST.test(sentence)) return false;
  if (properOf(sentence).some((w) => backNames.has(w) && !mainNames.has(w))) return false;
  const all = seg.sentences.slice(0, 3).flatMap((r) => properOf(' ' + text.slice(r.start, r.end)));
  const head = actingAfterLead(sentence.replace(FILM_ENDS, 'X,'));
  if (head) all.push(head);
  return all.some((w) => mainNames.has(w) && !backNames.has(w));
};

/**
 * The telling goes on after the frame interrupted it: "Tobias goes on with his account", "Edith
 * went on", "The tape played on", "She read on", "She continues her story", "He picks up the story", "What she leaves out, the film
 * shows". Read on the paragraph's first sentence.
 */
const TELLING_GOES_ON =
  /^[^.!?]{0,40}?\b(?:(?:goes|went|carries|carried|plays|played|reads|read) on(?= with (?:his|her|their|the) (?:account|story|tale|telling|testimony|statement)|[.,;:—–]| to (?:tell|describe|recount|explain)\b)|continues (?:his|her|their|the) (?:account|story|tale|telling|testimony|statement)|continued (?:his|her|their|the) (?:account|story|tale|telling|testimony|statement)|(?:picks|picked|takes|took) up (?:his|her|their|the) (?:account|story|tale|thread)|resumes? (?:his|her|their|the) (?:account|story|tale|telling|testimony)|resumed (?:his|her|their|the) (?:account|story|tale|telling|testimony))(?=[\s.,;:—–]|$)|^what (?:[\p{L}'’-]+ ){1,3}(?:does not|doesn't|will not|won't|cannot|can't|did not|didn't|leaves? out|left out|keeps? back|kept back)\b[^.!?]{0,40}?\b(?:the (?:film|movie|camera)|we) (?:shows?|sees?|see)\b/iu;

export const tellingGoesOn = (text: string, seg: Segment): boolean => {
  const first = seg.sentences[0];
  if (!seg.paragraphStart || !first) return false;
  return TELLING_GOES_ON.test(text.slice(first.start, Math.min(first.end, first.start + 160)));
};

/**
 * The telling goes back to a strand it names by a thing of it: "The film returns to the storm",
 * "We return to the expedition", "After the prologue the film returns to the harbour", "The
 * fourth episode returns to the Italian front" (a sentence time.ts reads no cue in). Read on a
 * paragraph's first sentence; gives the named thing's last words (up to three, the last of four
 * letters or more), or only the last word when that alone was named before ("the front"). order.ts looks for them
 * (inside any word: "snowstorm" tells the storm) in what came before: told only in the past, the
 * flashback that told them goes on; told only in the main line, a flashback ends there.
 */
const STRAND_RETURN =
  /^(?:(?:then|now|and|but|here|next|after (?:the|that|this) [\p{L}'’-]+(?: [\p{L}'’-]+)?)[\s,]+)?(?:the (?:film|story|movie|narrative|camera|action)|the (?:second|third|fourth|fifth|sixth|seventh|next|last|final) (?:episode|chapter|part|section|segment|act|story)|we) (?:then |now )?(?:returns?|goes back|go back|cuts back|cut back|comes back|come back|switches back|switch back|moves back|move back) to (?:the|that) (?:[\p{L}'’-]+ ){0,3}?((?:[\p{L}'’-]+ ){0,2}[\p{L}'’-]{4,})(?=[\s.,;:!]*$|[.,;:!])/iu;

/** The last words of the strand a paragraph's first sentence goes back to, or null. */
export const strandNamed = (text: string, seg: Segment): string | null => {
  const first = seg.sentences[0];
  if (!seg.paragraphStart || !first) return null;
  const m = STRAND_RETURN.exec(text.slice(first.start, Math.min(first.end, first.start + 160)));
  const named = m?.[1]?.toLowerCase();
  if (!named) return null;
  // "returns to the Italian front" after "he leaves for the front": the head noun named before.
  const before = text.slice(0, seg.start).toLowerCase();
  if (before.includes(named)) return named;
  const last = named.split(' ').pop() ?? named;
  return last.length >= 4 && before.includes(last) ? last : named;
};

/**
 * A past-tense telling that opens what it tells: "She began with the winter she arrived at Cape
 * Harrow", "He started with the night of the storm", "Ana told them about the summer of the
 * flood". Its own sentence is the frame; what follows it (and the rest of the sentence) is told.
 */
const TELLING_BEGINS =
  /^(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?|she|he|they) (?:began|begins|started|starts)(?: (?:his|her|their) (?:story|account|tale))? (?:with|at|on) (?:the|that) (?:[\p{L}'’-]+ ){0,2}(?:winter|summer|spring|autumn|day|night|morning|evening|year|week|month|time|moment|first|beginning|summer|war)\b|^(?:\p{Lu}[\p{L}'’-]*|she|he|they) (?:told|tells) (?:him|her|them|us|\p{Lu}[\p{L}'’-]*) (?:about|of) (?:the|that) (?:[\p{L}'’-]+ ){0,2}(?:winter|summer|spring|autumn|day|night|morning|evening|year|week|month|war)\b/u;

export const tellingBegins = (sentence: string): boolean =>
  TELLING_BEGINS.test(sentence.trimStart());

/**
 * The past-tense twins of order.ts's TELLS_STORY, for a synopsis told in the past: "Edith began
 * to tell him", "he told them the story of", "she recounted", "he described what happened".
 */
const TOLD_STORY_PAST =
  /\b(?:(?:began|started|agreed|decided) to (?:tell|recount|describe|explain|narrate)|told (?:\w+ ){0,3}(?:the |a |his |her |their )?(?:story|tale)|recounted|narrated|described (?:what happened|how|the (?:night|day|events?|morning|evening))|remembered (?:how|the (?:night|day))|recalled (?:how|the (?:night|day)))\b/i;

export const toldStoryPast = (sentence: string): boolean => TOLD_STORY_PAST.test(sentence);

/**
 * The writer talking about the film's flashbacks ("The flashbacks in this film are not always
 * reliable", "Its flashbacks feel long"): no cue of the story's time.
 */
const FLASHBACK_TALK =
  /\b(?:the|these|those|its|her|his|their|such|all the|film['’]s|movie['’]s)\s+(?:\w+\s+)?flash[- ]?backs\b(?:\s+(?:in|of)\s+(?:this|the)\s+(?:film|movie|picture|story))?\s+(?:are|were|feel|felt|seem|seemed|can|could|do|did|don['’]t|never|always|often|sometimes|rarely|tend|work|drag|get)\b/i;

/**
 * The film's make-up told in passing: "her answers opened into long flashbacks", "much of it is
 * told in flashbacks", "a film built from a series of flashbacks": flashbacks in the plural
 * after a word that counts or describes them, not at the sentence's opening.
 */
const FLASHBACKS_DESCRIBED =
  /^(?!(?:(?:told|shown|seen) )?(?:in|through) (?:a |an |the )?(?:(?:series|string|number|couple) of )?(?:\w+ )?flash[- ]?backs\b)\S.*\b(?:into|through|in|of|with|from|by|uses|using|many|several|long|short|frequent|numerous|repeated|multiple|few|series of|string of|number of) (?:\w+ )?flash[- ]?backs\b(?! (?:to|of) (?:his|her|their|the|a|an) )/i;

/**
 * All the flashbacks at once: "the necklace she wore in every flashback"; or none: "stages the
 * confession without a single flashback", "there is no flashback".
 */
const EVERY_FLASHBACK =
  /\b(?:every|each|any|all the|all of the|all its|without(?: a| any)?(?: single)?|(?:no|not a|never a)(?: single)?) flash[- ]?backs?\b/i;

/**
 * A flashback the film does not take: "it never cuts to a flashback", "she doesn't get a
 * flashback", "refuses to go into flashback" (a negation a few words before the word).
 */
const NO_FLASHBACK =
  /\b(?:never|not|\w+n['’]t|without|nor|refuses? to|avoids?|resists?)(?: \w+){0,4} (?:(?:a|an|any|one) )?(?:single )?flash[- ]?backs?\b/i;

export const talksAboutFlashbacks = (sentence: string): boolean =>
  /flash/i.test(sentence) &&
  (FLASHBACK_TALK.test(sentence) ||
    FLASHBACKS_DESCRIBED.test(sentence) ||
    EVERY_FLASHBACK.test(sentence) ||
    NO_FLASHBACK.test(sentence));

/**
 * The teller's story is over: "When Mara finishes her story, ...", "His account over, ...",
 * "Tobias falls silent", "She ends her confession". Read on the paragraph's first sentence.
 */
const TELLING_ENDS =
  /\b(?:(?:finishes|finished|ends|ended|concludes|concluded|completes|completed) (?:his|her|their|the) (?:story|account|tale|telling|testimony|confession|statement|recollection)|(?:story|account|tale|testimony|confession|statement) (?:over|finished|told|done|complete|ends|ended|concluded)\b|(?:when|as|once) (?:he|she|they|\p{Lu}[\p{L}'’-]*) (?:has |had )?(?:finishes|finished|stops talking|stopped talking|falls silent|fell silent)\b)/u;

/**
 * The reading of a letter, a diary or a log is over: "When Don Elio folded the letter, ...",
 * "Once she closes the diary", "As Ruth puts down the last page", "When the tape ended".
 */
const READING_ENDS =
  /\b(?:(?:[Ww]hen|[Aa]s|[Oo]nce|[Aa]fter) (?:he|she|they|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?) (?:has |had )?(?:folds?|folded|closes|closed|puts? down|lays? down|laid down|sets? down|finishes reading|finished reading|stops reading|stopped reading|finishes|finished) (?:the|his|her|their) (?:last |final )?(?:letters?|diary|journal|notebook|log(?:book)?|pages?|manuscript|memoir)|(?:[Ll]etter|[Dd]iary|[Jj]ournal|[Rr]eading) (?:is |was )?(?:over|finished|done|ended)\b|(?:[Ww]hen|[Aa]s|[Oo]nce|[Aa]fter) the (?:tape|recording|cassette|letter|diary|reading|voice) (?:ends|ended|stops|stopped|runs out|ran out|clicks off|clicked off|finishes|finished|is over|was over)\b)/u;

export const tellingEnds = (text: string, seg: Segment): boolean => {
  const first = seg.sentences[0];
  if (!seg.paragraphStart || !first) return false;
  const head = text.slice(first.start, Math.min(first.end, first.start + 160));
  return TELLING_ENDS.test(head) || READING_ENDS.test(head);
};

/** The writer's own talk about the film: its makers, its viewers, the reviewer and the reader. */
const COMMENT =
  /\b(?:I|I['’](?:m|ve|d)|me|my|myself|critics?|viewers?|reviewers?|audiences?|the (?:director|screenplay|script|editing|cinematography)|this (?:film|movie|picture)|the (?:film|movie)['’]s (?:structure|style|pacing|editing|score|tone)|(?:gives|plays \w+ \w+ on|fools|tricks) us|best scene|worst scene)\b/;

/**
 * True for a segment that is the writer talking about the film ("The flashbacks in this film are
 * not always reliable ...", "Thale never shows the arrest from Dorothy's side, and critics have
 * pointed out ..."): its first sentence and at least half of its sentences carry the writer's
 * talk. Such a paragraph neither opens nor ends a flashback.
 */
export const writerComment = (text: string, seg: Segment): boolean => {
  const rs = seg.sentences;
  const first = rs[0];
  /** The sentence's words outside quotations ("I'm Vicente." is a character speaking). */
  // (The film's making and the writer's questions are talk too: aboutTheFilm.ts.)
  const talks = (r: { start: number; end: number }): boolean => {
    const bare = text.slice(r.start, r.end).replace(/["“][^"”]{0,400}["”]/g, ' ');
    return COMMENT.test(bare) || makingTalk(bare);
  };
  // A label before the talk ("[00:03:15] Background.") is neither talk nor story.
  // ("3. Present." is the telling's own cue, no label.)
  const own = rs.filter((r, k) => k > 0 || seg.cue || !labelOnly(text.slice(r.start, r.end)));
  const lead = own[0];
  if (!first || !lead || !talks(lead)) return false;
  let talk = 0;
  for (const r of own) if (talks(r)) talk++;
  return talk * 2 >= own.length;
};

/** "the interview room", "the tape recorder": a definite noun phrase's one or two words. */
const THE_NOUN = /\bthe ([a-z][a-z-]+)(?: ([a-z][a-z-]+))?/gi;
/** Words after "the" that name no place or thing of one line. */
const NOT_NOUN = new Set(
  (
    'same next following first last other end rest way time day night morning evening film movie ' +
    'story past present truth one two whole only and or but of in on at to with for from by as is ' +
    'are was were has had who which that'
  ).split(' '),
);

/**
 * The definite nouns a text names ("the interview room" gives "interview", "interview room" and
 * "room"), for telling the frame's rooms and objects from the flashback's. Lower-case words only.
 */
export const definiteNouns = (s: string): string[] => {
  const out: string[] = [];
  if (!/the /i.test(s)) return out;
  for (const m of s.matchAll(THE_NOUN)) {
    const a = m[1] ?? '';
    const b = m[2];
    if (/^\p{Lu}/u.test(a) || NOT_NOUN.has(a.toLowerCase())) continue;
    out.push(a.toLowerCase());
    if (b && !NOT_NOUN.has(b)) out.push(`${a.toLowerCase()} ${b}`, b);
  }
  return out;
};

/**
 * A paragraph opening in a room or on an object of the frame only: its first sentence's leading
 * phrase ("In the interview room, ...", "Back at the station, ...", "During the interview, ...")
 * or its subject ("The
 * interview resumes", "The tape recorder clicks off") is a definite noun seen in the main line and
 * never in the flashback, no one of the flashback only is named in that sentence, and no one of
 * the flashback (the teller too: "In the kitchen, Ana ..." may be remembering) acts in it.
 */
export const frameThingOpens = (
  text: string,
  seg: Segment,
  mainNouns: ReadonlySet<string>,
  backNouns: ReadonlySet<string>,
  mainNames: ReadonlySet<string>,
  backNames: ReadonlySet<string>,
): boolean => {
  const first = seg.sentences[0];
  if (!seg.paragraphStart || !first) return false;
  const sentence = text.slice(first.start, first.end);
  const spot =
    LEADING_PHRASE.exec(sentence)?.[0] ??
    /^\s*the [a-z][a-z-]+(?: [a-z][a-z-]+)?/i.exec(sentence)?.[0] ??
    '';
  if (!spot) return false;
  if (!definiteNouns(spot).some((n) => mainNouns.has(n) && !backNouns.has(n))) return false;
  if (properOf(sentence).some((w) => backNames.has(w) && !mainNames.has(w))) return false;
  const actor = actingAfterLead(sentence);
  return !(actor && backNames.has(actor));
};

/** What is read or told aloud: a block opened on one of these can be interrupted by its listeners. */
const TOLD_MEDIUM =
  /\b(?:letters?|diary|diaries|journals?|entries|entry|tapes?|recordings?|manuscript|memoir|notebooks?|testimony|confession|account|reading|reads?|read (?:aloud|out)|tells?|told|recounts?|recounted)\b/i;
/**
 * The listeners break into the reading: "At this point his aunt stood up and objected", "In the
 * kitchen, at this point, Rosa got up", "Rosalind
 * interrupted a second time", "Jo breaks in to ask ...", "The reading stopped when ...", "He
 * paused his reading". Read on the paragraph's first sentence (a passive "the wedding was
 * interrupted by" is the told story's own event).
 */
const TELLING_INTERRUPTED =
  /^\s*at this point\b|^[^.!?,]{0,40},\s*at this point\b|^[^.!?]{0,80}?(?<!\b(?:is|was|are|were|be|been|being) )\b(?:interrupts|interrupted|breaks in|broke in|cuts in|objects|objected|protests|protested)\b|\b(?:stops|stopped|pauses|paused|breaks off|broke off) (?:(?:his|her|their|the) )?reading\b|\bthe reading (?:stops|stopped|pauses|paused|breaks off|broke off|is interrupted|was interrupted)\b/i;

/**
 * True when a paragraph interrupts a reading or a telling (TELLING_INTERRUPTED) inside a block
 * whose opening words, `opener()`, read or told it: the frame, where the listeners are.
 */
export const tellingInterrupted = (text: string, seg: Segment, opener: () => string): boolean => {
  const first = seg.sentences[0];
  if (!seg.paragraphStart || !first) return false;
  // (The opener, read back through the block, only where the sentence interrupts at all.)
  return (
    TELLING_INTERRUPTED.test(text.slice(first.start, Math.min(first.end, first.start + 200))) &&
    TOLD_MEDIUM.test(opener())
  );
};

/** A paragraph opening on the frame's count of days: "On the third day", "By the final morning". */
const DAY_COUNT =
  /^\s*(?:(?:(?:and|then|finally),?\s+)?(?:on|by) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|final|last) (?:day|morning|evening|night|afternoon)\b|day (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:[.:—–]|,|\s+(?:is|was|belongs)\b))(?![^.!?]*\b(?:1[5-9]|20)\d\d\b)/i;

/** True when the segment's paragraph opens on a count of days (DAY_COUNT). */
export const opensOnDayCount = (text: string, seg: Segment): boolean => {
  const first = seg.sentences[0];
  return (
    seg.paragraphStart && first !== undefined && DAY_COUNT.test(text.slice(first.start, first.end))
  );
};
