/**
 * Page furniture of the sixth session (clean.ts's fourth set of rules), each read from the shape
 * of one paragraph:
 * - a pull quote: a paragraph that is one quotation and nothing else (an attribution after a
 *   dash allowed), with no speech tag, set between the story's paragraphs;
 * - a footnote ("[1] The war memorial scene ...", "¹ ..."), a works-cited entry ("Ferrand, Odile.
 *   Interview with ..., October 2021.", "Aarhus, S. (Director). (2017). Title [DVD]. ...");
 * - labelled lists: tags, topics, categories, a catalogue's subjects, holdings and shelfmark,
 *   a disc's special features, a blog's "Posted in Reviews | Tagged ..." line;
 * - a table of contents in one paragraph ("Chapter 1. Skarv, 1988 -- Chapter 2. ...");
 * - an author box's body ("Femke Oosterhuis is Screenhound's streaming editor. She lives in ..."),
 *   when the name is none of the story's people;
 * - another episode or article in a "Read next" list after the story ("Ep. 14 - Title (1987): our
 *   podcast on ...", "Next article: ...").
 * Negatives (tests/pipeline/leaks4.test.ts): a quoted line with its speaker ("“Go,” she says."),
 * a story paragraph that opens on a quotation and goes on, "In chapter 3 she ...", a character
 * who is an editor ("Jonas Beck is the paper's editor ..." when Jonas is the story's), a story
 * sentence with a surname and a comma ("Marten, soaked, climbs ...").
 */
import { isThreadLabel } from './pageTalk';

/**
 * A paragraph that is one quotation: "“...”", "\"...\" — The Northern Echo", "“...” (Anna
 * Lindqvist, curator)".
 */
const PULL_QUOTE =
  /^\s*[“"‘'][^“”"]{12,300}[”"’']\s*(?:[—–-]+\s*[\p{Lu}*][^.!?"“”]{0,60}|\(\s*\p{Lu}[^()"“”]{1,60}\)\.?)?\s*$/u;

/** A footnote: "[1] ...", "¹ ...", "^1 ..." (not "1. ...", which may number a story's steps). */
const FOOTNOTE = /^\s*(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\^\d{1,3})\s+\S/;

/**
 * A works-cited entry: "Surname, Firstname." or "Surname, F." opening, then a year, a date or a
 * medium ("[DVD]", "(Director)", "Retrieved").
 */
const CITED_ENTRY =
  /^\s*\p{Lu}[\p{L}'’-]+, (?:\p{Lu}\.(?: ?\p{Lu}\.)*|\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?)(?: \((?:Dir(?:ector)?|Ed|Eds|Writer)s?\.?\))?\. /u;
const CITED_DETAIL =
  /\b(?:1[89]|20)\d\d\b|\[(?:DVD|Blu-ray|Film|Motion picture|Online|Video)\]|\(Director\)|\bRetrieved\b|\bAccessed\b/;

/** A labelled list of a page's own: tags, topics, a catalogue's holdings, a disc's extras. */
const LABELLED_LIST =
  /^\s*(?:tags?|tagged(?: with)?|topics?|categor(?:y|ies)|keywords?|subjects?|genres? tags?|holdings?|shelfmark|call (?:number|no\.?)|loan period|availability|location|isbn|special features|bonus features|bonus material|disc (?:features|extras)|extras|filed under|posted in|more about)\s*[:|]\s*\S/i;
/** "Posted in Reviews | Tagged lighthouse, Norway | 3 Comments". */
const POSTED_IN = /^\s*posted in\b[^.!?]{0,80}(?:\||\btagged\b)/i;

/** One item of a table of contents: "Chapter 1.", "Part II:", "Episode 3 -". */
const CONTENTS_ITEM =
  /\b(?:chapter|part|episode|ep\.|track|scene|section)\s+(?:\d{1,3}|[IVXLC]{1,6})\b\s*[.:)\-–—]/gi;
/** The separators of a table of contents run together: " -- ", " / ", " | ", "; ". */
const CONTENTS_SEPARATOR = /\s(?:--|\/|\||·|•)\s|;\s/g;

/** An author box: "X is Site's streaming editor.", "X is our film critic and lives in ...". */
const AUTHOR_BOX = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}) is (?:(\p{Lu}[\p{L}'’-]*['’]s |our )|the |a |an )(?:[\p{L}-]+ ){0,3}(?:critic|writer|journalist|editor|reviewer|blogger|podcaster|programmer|correspondent|columnist|contributor|host|founder|staff writer)\b`,
  'u',
);

/** Words of an author's bio: where they live, what they write, where to follow them. */
const BIO_WORDS =
  /\b(?:lives (?:in|with)|based in|writes (?:for|about|on)|has written (?:for|about)|(?:her|his|their) (?:work|writing) (?:has )?appear|follow (?:her|him|them)|@\w)/;

/** Another episode or article listed after the story. */
const NEXT_ITEM =
  /^\s*(?:(?:ep(?:isode)?\.?|#)\s*\d{1,4}\s*[-–—:|]\s*\S|(?:next|previous|prev|older|newer) (?:article|post|story|episode|review|recap)\s*[:»›]\s*\S|read (?:next|more|also)\s*:\s*\S|related\s*:\s*\S|see also\s*:\s*\S|more from\b[^.!?]{0,60}:)/i;

/**
 * A page's own labels before a colon: a podcast's timestamps and chapters, a review's summary
 * boxes ("Pros:", "The Good:"), a correction or a fact check, a trigger warning, a forum thread's
 * starter line, a course task that orders its students. A thread's labelled chrome (moderator
 * notes, summary boxes such as "TL;DR:" and "Bottom line:", edit lines) is pageTalk's
 * isThreadLabel, asked beside it.
 */
const PAGE_LABEL =
  /^\s*(?:(?:timestamps?|chapters?|episode (?:chapters|timestamps)|running order|the good|the bad|the ugly|pros|cons|fact[- ]check|correction|clarification|trigger warnings?|content notes?|cw|tw|learning (?:outcomes?|objectives?)|suggested answers?|model answers?|mark scheme)\s*[:\-–—]\s*\S|(?:full |auto-?generated |episode )?transcript (?:below|follows|available)\b|this transcript (?:was|is|has been)\b|thread starter\b|(?:task|activity|exercise|assignment|homework|question)\s*\d{0,2}\s*[:.]\s*(?:write|discuss|compare|explain|describe|answer|watch|read|list|identify|consider|reflect|make|draw|find|choose|note|summari[sz]e|analy[sz]e|rewatch|research|plan|prepare|create|design)\b)/i;
/** A timestamp naming a podcast's segment: "(04:12) Plot recap", "38:50 – Ending". */
const TIMESTAMP_SEGMENT =
  /^\s*\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—:]?\s*(?:intro(?:duction)?|outro|plot|recap|the ending|ending|listener|mail|news|review|discussion|spoilers?|ads?|sponsors?|break|verdict|ratings?|trivia|q\s*&\s*a|final thoughts|wrap-?up)\b[^.!?]{0,60}$/i;
/** A production credits line: "Edited by Sam Ortiz. Artwork by Pia Lund." */
const CREDITS_LINE =
  /^\s*(?:(?:[Ee]dited|[Pp]roduced|[Mm]ixed|[Mm]astered|[Hh]osted|[Pp]resented|[Aa]rtwork|[Aa]rt|[Mm]usic|[Tt]heme music|[Ss]ound|[Rr]esearch(?:ed)?|[Tt]ranscript|[Tt]ranscribed|[Ee]ngineered|[Ee]xecutive produced|[Cc]over art|[Ll]ogo)(?: and (?:edited|produced|mixed|hosted))? by \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}(?:,? (?:and|&) \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})?[.;·|]?\s*)+$/u;
/** The page signing off or ordering its reader: "Thanks for listening!", "Submit your answers". */
const SIGN_OFF =
  /^\s*(?:(?:thanks|thank you) (?:so much )?for (?:listening|reading|watching|tuning in|joining us)\b|(?:submit|hand in|upload) (?:your|the|it|this|them)\b)/i;

/** True when the paragraph is furniture by one of the shapes above. */
export const isPageFurniture4 = (
  s: string,
  words: number,
  seenStory: boolean,
  storyNames: ReadonlySet<string>,
): boolean => {
  if (words > 80) return false;
  if (words <= 60 && PULL_QUOTE.test(s)) return true;
  if (FOOTNOTE.test(s) && words <= 60) return true;
  if (words <= 50 && CITED_ENTRY.test(s) && CITED_DETAIL.test(s)) return true;
  if (words <= 60 && (LABELLED_LIST.test(s) || POSTED_IN.test(s))) return true;
  if (/\d|[IVX]/.test(s)) {
    const items = s.match(CONTENTS_ITEM)?.length ?? 0;
    if (items >= 3 && (s.match(CONTENTS_SEPARATOR)?.length ?? 0) >= 2) return true;
  }
  if (words <= 50) {
    const a = AUTHOR_BOX.exec(s);
    const name = a?.[1];
    // The site's or "our" editor; or, after the story, a critic with a bio's words. Not "Karen
    // Holm is a film critic who has lost her nerve" opening a story.
    if (
      name &&
      !name.split(' ').some((w) => storyNames.has(w)) &&
      (a[2] !== undefined || (seenStory && BIO_WORDS.test(s)))
    )
      return true;
  }
  if (seenStory && words <= 40 && NEXT_ITEM.test(s)) return true;
  if (
    words <= 60 &&
    (PAGE_LABEL.test(s) ||
      isThreadLabel(s, words) ||
      TIMESTAMP_SEGMENT.test(s) ||
      CREDITS_LINE.test(s) ||
      (words <= 25 && SIGN_OFF.test(s)))
  )
    return true;
  return false;
};

/**
 * A speaker's label opening a transcript's paragraph: "MAYA:", "Jonah Reyes:", "[00:14:32]
 * JONAH:", "(12:04) Maya:". Group 1 is the name.
 */
const SPEAKER_LABEL =
  /^(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)?|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\s*:\s+(?=\S)/u;
/** Labels that are a page's, not a speaker's ("Note:", "Plot:", "Update:"). */
const NOT_SPEAKER =
  /^(?:note|notes|plot|update|summary|synopsis|verdict|warning|spoilers?|tags?|topics?|correction|source|sources|credit|credits|photo|image|caption|cast|director|runtime|year|genre|rating|score|review|recap|episode|part|chapter|scene|act|question|answer|task|activity|pros|cons|edit|ps|p\.s\.|tl;dr|q|a)$/i;

/**
 * The paragraphs of a transcript with their speakers' labels cut off ("MAYA: So the trawler comes
 * in ..." keeps "So the trawler comes in ..."), so a label never lies in a scene. Only when two
 * speakers or more open two paragraphs each: one "Note:" or "Plot:" line is no transcript.
 */
export const withoutSpeakerLabels = (
  text: string,
  paras: { start: number; end: number }[],
): { start: number; end: number }[] => {
  const labels = new Map<string, number>();
  const found: (RegExpExecArray | null)[] = paras.map((p) => {
    const m = SPEAKER_LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
    const name = m?.[1];
    if (!m || !name || NOT_SPEAKER.test(name)) return null;
    labels.set(name.toLowerCase(), (labels.get(name.toLowerCase()) ?? 0) + 1);
    return m;
  });
  const speakers = new Set([...labels].filter(([, n]) => n >= 2).map(([k]) => k));
  if (speakers.size < 2) return paras;
  return paras.map((p, i) => {
    const m = found[i];
    if (!m?.[1] || !speakers.has(m[1].toLowerCase()) || p.start + m[0].length >= p.end) return p;
    return { start: p.start + m[0].length, end: p.end };
  });
};
