/**
 * Page furniture of the thirteenth session (clean.ts's rules for lines that leaked into scenes),
 * each read from the shape of one paragraph:
 * - a review's warning about its own spoilers ("Heads-up: this piece discusses the finale.");
 * - a schedule's small print ("All times GMT. Screenings may be cancelled.");
 * - a TV page's rows of other programmes ("8.30pm  Garden Rescue. Repeat. (S)");
 * - a venue's ticket line ("Tickets from the box office or kestrel.example.");
 * - a sponsor's or a funder's line ("The Harbour Film Week is supported by the Arts Council.");
 * - a screening's guest ("... Introduced by curator Ama Reyes.");
 * - a block of comments signed by their posters' handles ("Comments: • Great answer. – reel_fox");
 * - an essay's reading of the film ("It is tempting to read X as a film about ...").
 * Negatives (tests/pipeline/furniture13.test.ts): story sentences with the same words in other
 * roles ("She warns him that the ending of the letter is missing.", "Tickets are cheap at the
 * fair, so Rosa buys three.", "Wren is supported by Abe when the inspector comes").
 */

/** A page's warning that it discusses the ending: "Warning: this review discusses the ending." */
const SPOILER_NOTE =
  /^(?:(?:spoiler )?warning|note|heads[- ]?up|caution|be warned|a word of warning)\s*[:!—–-]\s*(?:this|the following|the) (?:review|post|article|recap|piece|essay|write-?up|synopsis|summary|page|text|analysis|discussion|guide|blog)\b[^.!?]{0,60}?\b(?:discuss(?:es)?|reveals?|describes?|gives? away|covers?|goes into|spoils?)\b[^.!?]{0,40}?\b(?:ending|endings|twists?|finale|climax|outcome|resolution|spoilers|plot)\b/i;

/** A schedule's small print: "Programmes may change at short notice.", "Times are UK." */
const SCHEDULE_NOTE =
  /\b(?:programmes?|programs?|schedules?|screenings?|events?|line-?ups?|start times?) (?:(?:may|might|can|could) (?:change|be (?:changed|altered|cancelled|canceled|moved))|(?:are|is) subject to change)\b|^(?:all )?times (?:are|shown are|listed are|in) (?:(?:the )?uk|gmt|bst|cet|cest|local(?: time)?|eastern|pacific|central|[A-Z]{2,4})\b/i;

/** A TV page's row: a clock time, then a programme. */
const TV_ROW = /^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s+\p{Lu}/u;
/** A listing's marks: subtitles, audio description, a repeat. */
const TV_MARK =
  /\((?:S|AD|HD|SL|R|Rpt)\)|\b(?:Repeat|New series|Last in (?:the )?series|Series \d+|Episode \d+ of \d+)\b/;

/** True when every line of the paragraph is a TV page's row and one of them has a listing's mark. */
const isTvRows = (s: string, words: number): boolean => {
  if (words > 80 || !TV_MARK.test(s)) return false;
  const lines = s.split('\n').filter((l) => l.trim());
  return lines.length > 0 && lines.every((l) => TV_ROW.test(l.trim()));
};

/** A venue's ticket line: "Tickets at the box office.", "Tickets £8 from kestrel.example." */
const TICKETS =
  /(?:^|[.!?]\s+)(?:tickets?|booking|seats?)(?: (?:are|is))?(?: (?:available|on sale))?(?: (?:at|from|via|online|on sale))\b[^.!?]{0,50}?(?:box office|online|front desk|door|\.example|www\.|\.com\b|\.org\b|\.co\.uk\b|[£$€]\s?\d)[^.!?]{0,40}[.!]?\s*$/i;

/** A sponsor's or funder's line of one sentence: "X is supported by the Municipality of Y." */
const SUPPORTED_BY =
  /^[^.!?]{2,80}\b(?:is|are) (?:(?:generously|kindly|proudly) )?(?:supported|sponsored|made possible|funded) by (?:the )?\p{Lu}[^.!?]{0,160}[.!]?$|^with (?:the )?(?:generous |kind )?(?:support|funding) (?:of|from) (?:the )?\p{Lu}[^.!?]{0,160}[.!]?$/iu;

/** A screening's guest, closing a programme note: "... Introduced by critic Ama Reyes." */
const INTRODUCED_BY =
  /(?:^|[.!?]\s+)(?:introduced|presented|hosted) by (?:the )?(?:film )?(?:critic|curator|programmer|director|author|writer|film-?maker|historian|professor|prof\.|dr\.?|scholar|broadcaster|journalist)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}\.?\s*$|(?:^|[.!?]\s+)(?:followed|preceded) by an? (?:q\s?&\s?a|conversation|discussion|talk|panel|introduction)\b[^.!?]{0,80}[.!]?\s*$/iu;

/** An organisation's word in a sponsor's line: a person's help is story ("Wren is supported by Abe"). */
const FUNDER =
  /\b(?:Council|Municipality|Municipalit\w+|Ministry|Ministerio|Foundation|Fundação|Fundación|Trust|Fund|Institute|Instituto|Institut|Lottery|Agency|Board|Commission|Government|Bank|Arts|Film|Cinema|Centre|Center|Society|Association|Department|Embassy|Sponsors|Partners|University|Region|Audiovisual)\b/u;

/** A comments block's header: "Comments:", "Comments (3)". */
const COMMENTS_HEADER = /^comments?\s*(?:\(\d+\))?\s*:?$/i;
/** A comment signed by its poster's handle: "• Great answer, thanks. – reel_fox". */
const SIGNED_COMMENT = /^[•*·-]\s+\S.{0,400}\s[–—-]\s+@?([a-z0-9_.]{3,30})$/u;

/**
 * True when the paragraph is a block of comments under a post or an answer: every line a bullet
 * signed by a handle, under a "Comments:" header or each handle with a digit or an underscore
 * (a story's list may end its lines on a dash and a word: "• Abe drives to the maltings – empty").
 */
const isSignedComments = (s: string): boolean => {
  if (!s.includes('•') && !s.includes('*') && !s.includes('-')) return false;
  const lines = s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l);
  const header = COMMENTS_HEADER.test(lines[0] ?? '');
  const rest = header ? lines.slice(1) : lines;
  if (rest.length === 0) return false;
  const handles = rest.map((l) => SIGNED_COMMENT.exec(l)?.[1] ?? null);
  if (handles.some((h) => h === null)) return false;
  return header || handles.every((h) => /[\d_]/.test(h ?? ''));
};

/**
 * An essay's reading of the film, not its story: "It is tempting to read X as a film about ...",
 * "the film lets us find that out", "what the second part will show", "critics in 1974 did".
 */
const READING =
  /\b(?:it is tempting to (?:read|see|call|take)|(?:can|could|might|may|should) be (?:read|seen|understood|taken) as|(?:just |as much |also |really )?a (?:film|story|movie) about\b|the (?:film|movie|story) (?:lets|asks|invites|wants|forces|trusts|allows|expects|dares) (?:us|the viewer|the audience|viewers|its audience)\b|(?:we|the viewer|the audience|viewers) (?:are|is) (?:invited|asked|meant|trusted|dared) to\b|(?:critics|reviewers)(?: in (?:1[89]|20)\d\d| at the time| of the day)? (?:did|saw|read|called|took)\b|what the (?:first|second|third|final|last|next) (?:part|act|half|section|chapter) (?:will|would) (?:show|reveal|tell)|\bflashbacks?\b[^.!?]{0,60}\b(?:can(?:not|['’]t)? be trusted|(?:is|are) (?:unreliable|not (?:to be )?trusted|misleading)))/gi;

/** True when a paragraph of the length of an essay's reads the film twice or more. */
const isReadingOfFilm = (s: string, words: number): boolean =>
  words <= 160 && (s.match(READING)?.length ?? 0) >= 2;

/** True when a paragraph is page furniture by one of the rules above. */
export const isPageFurniture13 = (s: string, words: number): boolean =>
  (words <= 40 && SPOILER_NOTE.test(s)) ||
  (words <= 25 && SCHEDULE_NOTE.test(s)) ||
  isTvRows(s, words) ||
  (words <= 30 && TICKETS.test(s)) ||
  (words <= 40 && SUPPORTED_BY.test(s.trim()) && FUNDER.test(s.slice(s.search(/ by /)))) ||
  (words <= 40 && INTRODUCED_BY.test(s.trim())) ||
  isSignedComments(s) ||
  isReadingOfFilm(s, words);
