import { countStoryNames, mentionsCraft } from './furniture3';
import { firstFiniteVerb, SENTENCE_SPAN } from './text';

/**
 * Part of stage 1 (clean): a spoken or written retelling's paragraph framed at both ends by the
 * speaker's talk, its story in between ("The middle of the film is one long wait. Ned checks the
 * timetable ... Ida finds her father asleep at the desk. That's the film telling you, if you're
 * paying attention, that the ferry is never coming."). The reader's "you" of the closing sentence
 * made the whole paragraph page furniture, and readerAside.ts keeps the story around one such
 * sentence only when no other sentence talks about the film; here talk at either end (about the
 * film, to the reader, in the writer's voice) is cut off, and the story between is kept when it
 * is told: no sentence of it talks to the reader, in the writer's voice or about the film as a
 * film, and two or more name someone of the story already told and act with a finite verb. So a paragraph of talk that only names the story's people ("You'll love Ida,
 * and I think the film ...") stays furniture.
 * Shape in/out: the paragraph's text and the story's names so far -> the story's span in the
 * paragraph (offsets, end exclusive), or null.
 */

/** The reader addressed, or the writer's own voice. */
const VOICE =
  /\b(?:you|your|yours|yourself|you['’](?:re|ll|ve|d)|I|I['’](?:m|ve|d|ll)|me|my|myself|we|we['’](?:re|ve|ll)|us|our)\b/i;
/** Talk about the film as a made thing, or the page's own words. */
const FILM_TALK =
  /\b(?:film|movie|picture|director|screen|shots?|scenes?|cuts?|camera|ending|finale|opening|act (?:one|two|three)|(?:first|second|third|final) act|middle|plot|story|episode|viewers?|audiences?|spoilers?|twist|reveal|subscribe|channel|video|played|plays|actor|actress|cast|filmed|filming|shooting|production|released|premiered|character|writer|script|screenplay|draft|pages|lead|role|performance|tonally|sags)\b/i;
/** Verbs that say what someone is or seems, not what they do. */
const COPULA = /^(?:is|are|was|were|seems?|seemed|remains?|remained|feels?|looks?)$/;
/** Told sentences the kept story holds at least. */
const MIN_TOLD = 2;

interface Span {
  from: number;
  to: number;
  /** The sentence talks: to the reader, as the writer, about the film. */
  talk: boolean;
  /** The sentence tells: a story person named, a finite verb, no talk. */
  told: boolean;
}

/** The paragraph's sentences, each read as talk, as told story, or neither. */
const sentenceRoles = (s: string, names: ReadonlySet<string>): Span[] => {
  const spans: Span[] = [];
  for (const m of s.matchAll(SENTENCE_SPAN)) {
    const x = m[0];
    const to = m.index + x.trimEnd().length;
    if (to <= m.index) continue;
    const talk = VOICE.test(x) || FILM_TALK.test(x) || x.includes('?') || mentionsCraft(x);
    spans.push({ from: m.index, to, talk, told: !talk && actsNamed(x, names) });
  }
  return spans;
};

/** Someone of the story named before the sentence's first finite verb: "Later Noor finds ...". */
const actsNamed = (x: string, names: ReadonlySet<string>): boolean => {
  const verb = firstFiniteVerb(x);
  // A copula says what someone is ("Nell is a terrific lead"): no act.
  if (!verb || COPULA.test(verb.word)) return false;
  const words = x.split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase().replace(/[^\p{L}'’]/gu, '') === verb.word);
  return at > 0 && countStoryNames(words.slice(0, at).join(' '), names) >= 1;
};

/** The story's span between talk at the paragraph's ends, or null (see the file's comment). */
export const storyBetweenTalk = (
  s: string,
  names: ReadonlySet<string>,
): { from: number; to: number } | null => {
  const spans = sentenceRoles(s, names);
  // The talk at either end is cut off; between, nothing talks and two sentences tell.
  const first = spans.findIndex((x) => !x.talk);
  const last = spans.findLastIndex((x) => !x.talk);
  if (first < 0) return null;
  const inner = spans.slice(first, last + 1);
  if (inner.some((x) => x.talk) || inner.filter((x) => x.told).length < MIN_TOLD) return null;
  const a = spans[first];
  const b = spans[last];
  return a && b ? { from: a.from, to: b.to } : null;
};

/** Words a paragraph has at least to resume the story after a page-end line. */
const MIN_RESUME_WORDS = 20;
/** A comment's or a post's label: "beeguy77:", "@harbourlight:", "Reply from Sam:". */
const POSTER_LABEL = /^@?[\p{L}\d_.'’-]+(?: [\p{L}\d_.'’-]+){0,2}\s*:/u;

/**
 * After a page-end line ("Trivia", "Comments (4)", "Related", "Rating: ★★★★☆") standing between
 * the story's paragraphs: the story goes on when the paragraph tells it, every sentence free of
 * talk (the reader's "you", the writer's "I", the film as a film, a question), two sentences at least,
 * one of them with someone of the story named acting in a finite verb. A comment ("beeguy77: Loved Noor"), a
 * trivia item about the shoot, another film's blurb (none of this story's names) does not.
 */
export const storyResumes = (s: string, words: number, names: ReadonlySet<string>): boolean => {
  if (words < MIN_RESUME_WORDS || POSTER_LABEL.test(s)) return false;
  const spans = sentenceRoles(s, names);
  return spans.length >= MIN_TOLD && !spans.some((x) => x.talk) && spans.some((x) => x.told);
};
