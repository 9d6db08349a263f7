/**
 * Page text of the eighth session's page styles that is not story (clean.ts asks
 * isPageChrome9 and isFilmTalk9 and reads makerNames once a page; metadata.ts runs
 * readSocietyForms), each read from one paragraph's shape:
 * - a film society's or a cinema's mailing: the venue's doors line, a booking note ("Seating is
 *   limited to 80. Please reply to this email or call ..."), a member's note ("Agnes Pole writes:
 *   I first saw ..."), an agenda line, an email's date line under its From and Subject lines;
 * - a festival entry's access notes ("Accessibility:", "Captioned screening", "Wheelchair
 *   spaces", "Audio description", "induction loop") and screening notes ("Running time includes
 *   ...", "Festival passes are valid");
 * - a thread's title asking for the ending explained ("Can someone explain the ending of X?
 *   (spoilers)") and the poster's reading of it ("So the ending (which is the beginning) means
 *   ...", "My theory is ...");
 * - a review's or a note's paragraphs about the film as a made thing that tell no story event:
 *   the director at work, named by the page's credits ("Marany shoots the winter of 1944 in long
 *   takes", "This is where Meireles springs his trap"), and a book set beside the film ("Vasco's
 *   1996 novel runs strictly from the flood to the funeral; the film turns it around").
 * Metadata: a society's programme line ("Friday 6 November, 7.45pm: THE GLASS ORCHARD (Ilse
 * Marany, 1961)") and the director in brackets after the page's title ("Watched The Winter
 * Tenants (Sanna Kivi, 2021)").
 * Negatives (tests/pipeline/pages9.test.ts): "She writes to the society secretary", "Seating in
 * the hall is limited, and Vera stands at the back", a character who shares the director's
 * name, a story paragraph with a flashback or "the film" in it, a letter quoted by a character
 * of the story ("Edith writes: ..."), a story sentence about a novel.
 */
import { sentencesOf, STORY_THROUGH_FILM } from './furniture3';

/** A person's name: two or three capitalised words (particles allowed). */
const PERSON = String.raw`(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,24}(?: (?:de |van |von |da |di |le |la |del |dos |das )?\p{Lu}[\p{L}'’-]{1,24}){1,2}(?![\p{L}-])`;

/**
 * The page's credits for its director: "dir. X", "directed by X", "Director: X", "a film by X",
 * "(Ilse Marany, 1961)", "X's second feature". Read once a page, over its first 8,000 characters.
 */
const MAKER_CREDIT = new RegExp(
  [
    String.raw`\b(?:[Dd]ir(?:\.|ected by|ector\s*:|ector)|[Aa] film by|[Rr]egie\s*:?|[Ff]ilmmaker)\s*:?\s+(${PERSON})`,
    String.raw`\((?:[^()\n]{0,40}?,\s*)?(${PERSON}),\s*(?:18|19|20)\d\d\s*\)`,
  ].join('|'),
  'gu',
);
/**
 * "X's second feature": found by its words after the name (a literal scan), then the name read
 * back from the characters before it (a name tried at every capital costs a pass per capital).
 */
const MAKER_FEATURE =
  /['’]s? (?:new |first |second |third |fourth |latest |debut |(?:18|19|20)\d\d )?(?:film|feature|picture|debut)\b/g;
const NAME_BEFORE = new RegExp(`(${PERSON})$`, 'u');
const MAKER_HINT = /dir|film by|regie|filmmaker|\(|['’]s? /i;
/** How far into a page its credits are read. */
const MAKER_SCAN = 8000;

/**
 * The page's director(s) as its credits name them: each surname (the last word of a name) with
 * the first word of that name. The paragraphs about the director at work open on the surname.
 */
export const makerCredits = (text: string): Map<string, string> => {
  const out = new Map<string, string>();
  const head = text.slice(0, MAKER_SCAN);
  if (!MAKER_HINT.test(head)) return out;
  const add = (name: string | undefined): void => {
    if (!name) return;
    const parts = name.split(' ');
    const last = parts[parts.length - 1];
    if (last && last.length >= 3 && !out.has(last)) out.set(last, parts[0] ?? '');
  };
  // In the order the page names them: the first credit's surname keeps its first name.
  const found: { at: number; name: string | undefined }[] = [];
  for (const m of head.matchAll(MAKER_CREDIT)) found.push({ at: m.index, name: m[1] ?? m[2] });
  for (const m of head.matchAll(MAKER_FEATURE)) {
    const name = NAME_BEFORE.exec(head.slice(Math.max(0, m.index - 80), m.index))?.[1];
    if (name) found.push({ at: m.index - name.length, name });
  }
  for (const f of found.sort((a, b) => a.at - b.at)) add(f.name);
  return out;
};
/** The surnames of the page's director(s) (makerCredits). */
export const makerNames = (text: string): Set<string> => new Set(makerCredits(text).keys());

/** A sentence of the story: it opens (after a connective) on a story person or a pronoun. */
const STORY_PRONOUN =
  /^(?:(?:then|later|now|so|but|and|when|as|after|before|meanwhile|finally|soon),? )?(?:he|she|they|his|her|their)\b/i;
const opensOnStoryPerson = (x: string, names: ReadonlySet<string>): boolean => {
  if (STORY_PRONOUN.test(x)) return true;
  const m =
    /^(?:(?:then|later|now|so|but|and|when|as|after|before|meanwhile|finally|soon|that (?:night|evening|morning)|the next (?:day|morning)),? )?(\p{Lu}\p{Ll}{2,})\b/u.exec(
      x,
    );
  return m?.[1] !== undefined && names.has(m[1]);
};

/** The film as a made thing, or its viewer: words a paragraph about the director holds. */
const FILM_OBJECT =
  /\b(?:takes?|shots?|frames?|framing|camera|lens|score|editing|edit|cuts?|cutting|parts?|half|halves|acts?|scenes?|sequences?|flashbacks?|minutes|audiences?|viewers?|us|we|you|film(?:['’]s)?|picture|movie|restoration|print|black and white|black-and-white|colou?r|documentary|feature|trick|trap|device|sleight|symmetry|structure|close-ups?|lighting|light|sound|music|performances?|actors?|cast|screenplay|script|tempo|rhythm|pace|pacing|style|debut|career|editor|cinematographer)\b/i;

/** Opening words before the director's name: "Here", "This is where", "And". */
const MAKER_LEAD =
  /^(?:(?:here|this is where|that is where|it is here that|it is there that|and|but|so|then|now|again|once more|throughout|as ever|as usual|at this point|from here),? )?(?:the director,? |director |writer-director )?/i;
/** What follows the director's name: a verb, or the director's own tools. */
const MAKER_VERB =
  /^(?:['’]s (?:camera|script|screenplay|editing|score|direction|film|trick|device|structure|choice|staging|framing|masterstroke|gambit|cut)\b|,? (?:who|a former|an? (?:former|one-time))\b|\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+s|trained|studied|worked|was|had|made|never|always|also|once|then|first|began|started)\b)/u;

/** Words of the paragraph count; a paragraph about the director is short. */
const MAX_MAKER_WORDS = 130;

/**
 * A paragraph about the director at work, named by the page's credits ("Marany shoots the winter
 * of 1944 in long takes ...", "This is where Meireles springs his trap. Having let us believe
 * ...", "Meireles trained as a documentary editor"): the director's surname opens its first
 * sentence as its subject, it speaks of the film as a made thing, and no sentence tells the
 * story (none opens on a story person, none tells it through the film: "The film cuts back to
 * ..."). A surname a story person bears (seen in the story before without the director's first
 * name) is not the director's here.
 */
const isMakerTalk = (
  s: string,
  words: number,
  makers: ReadonlyMap<string, string>,
  storyNames: ReadonlySet<string>,
): boolean => {
  if (makers.size === 0 || words > MAX_MAKER_WORDS) return false;
  const lead = MAKER_LEAD.exec(s);
  const rest = s.slice(lead?.[0].length ?? 0);
  const name = /^\p{Lu}[\p{L}'’-]+/u.exec(rest)?.[0];
  const first = name === undefined ? undefined : makers.get(name);
  if (!name || first === undefined) return false;
  // A story person of that name: the surname among the story's names without the director's
  // first name (a credits line read as story brings both).
  if (storyNames.has(name) && !storyNames.has(first)) return false;
  if (!MAKER_VERB.test(rest.slice(name.length))) return false;
  if (!FILM_OBJECT.test(s)) return false;
  const sentences = sentencesOf(s);
  return !sentences.some(
    (x, i) => STORY_THROUGH_FILM.test(x) || (i > 0 && opensOnStoryPerson(x, storyNames)),
  );
};

/** A book named as the film's source: "Inês Vasco's novel", "the 1999 novel", "The book". */
const SOURCE_BOOK =
  /\b(?:(?:the|her|his|their|its|(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{1,30}['’]s?) (?:(?:18|19|20)\d\d )?(?:source )?(?:novel|novella|book|memoir|short story|play)|the (?:original|source) (?:novel|book|text))\b/u;
/** A prefilter for SOURCE_BOOK: a word every match holds. */
const BOOK_HINT = /novel|book|memoir|short story|play|source|original/i;
/** The film set against it: "the film adds", "the adaptation cuts", "Readers of the book". */
const SCREEN_VERSION =
  /\b(?:the (?:film|movie|adaptation|screen version|screenplay|script)(?: version)? (?:adds|cuts|drops|changes|turns|keeps|moves|begins|starts|opens|reverses|invents|omits|gives|makes|tells|shifts|compresses|expands|sets|follows|sticks|departs|rearranges|reorders|reduces|shortens|trims|condenses|loses|skips|leaves out|simplifies|softens|drops|is (?:told|more|less|strictly|faithful|freer|looser))|(?:readers|fans) of the (?:book|novel)|(?:some |many |most )?readers (?:will|may|might) (?:miss|notice|regret)|(?:on the page|in the book|in the novel)[^.!?]{0,60}\b(?:on screen|in the film)|(?:strictly|straight through|in (?:strict )?(?:chronological )?order|chronological(?:ly)?)[^.!?]{0,80}\b(?:the film|the adaptation|the screenplay)|(?:unlike|whereas|while) the (?:book|novel))\b/i;

/**
 * A book set beside the film: the source named, the film's version of it, and no sentence telling
 * the story ("Inês Vasco's novel, published in 1996, runs strictly from the flood to the funeral;
 * the film turns it around ... Readers of the book will miss ..."). Not a story sentence about a
 * book ("She reads the novel her mother wrote").
 */
const isAdaptationNote = (s: string, words: number, storyNames: ReadonlySet<string>): boolean => {
  if (words > 110 || !BOOK_HINT.test(s) || !SOURCE_BOOK.test(s) || !SCREEN_VERSION.test(s))
    return false;
  const sentences = sentencesOf(s);
  return !sentences.some((x) => opensOnStoryPerson(x, storyNames) || STORY_THROUGH_FILM.test(x));
};

/** A thread's reading of the ending: "So the ending (which is the beginning) means ...". */
const READING_OPENER =
  /^(?:so,? |ok(?:ay)?,? so,? |basically,? |i think |to me,? |for me,? )?(?:(?:the|that|this|its) (?:ending|twist|final scene|last scene|final shot|last shot|final image|last image|title|loop|whole (?:thing|film|movie)|(?:film|movie) as a whole)\b[^.!?]{0,80}?\b(?:means?|meant|is (?:really )?(?:about|saying|telling us)|tells us|must mean|has to mean)\b|(?:my|one) (?:reading|theory|interpretation|take)\b[^.!?]{0,20}\b(?:is|was)\b|here['’]?s my (?:reading|theory|interpretation|take)\b)/i;
/** The poster's own voice or a question to the thread. */
const POSTER = /\b(?:I|I['’](?:m|ve|d)|me|my)\b|\?|\b(?:reading|theory|interpretation)\b/;

/**
 * A thread's title asking for the ending (or the film) explained, perhaps with a tag: "Can
 * someone explain the ending of The Winter Tenants? (spoilers)", "[Spoilers] Could anyone help
 * me understand the last scene of X?", "What did the ending of X mean?", "ELI5: the ending of X".
 */
const THREAD_TITLE =
  /^(?:\[[^\]\n]{1,30}\]\s*|\([^)\n]{1,30}\)\s*)?(?:(?:can|could|would|will) (?:some(?:one|body)|any(?:one|body)|you(?: guys| all)?) (?:please )?(?:explain|help me (?:understand|with)|break down|tell me)|please explain|help me understand|what (?:did|does|do|is|was) (?:the|that) (?:ending|end|last scene|final scene|final shot|twist|title)|eli5\s*[:—–-]?|(?:the )?ending of\b[^\n]{1,80}\bexplained)\b[^\n]{0,140}?(?:\?+|\bexplained)(?:\s*[([][^)\]\n]{1,30}[)\]])?\s*[!.]?$/i;

/** Booking and attendance notes: "Seating is limited to 80", "Please reply to this email". */
const BOOKING =
  /\b(?:(?:seating|seats|places|spaces|capacity|numbers|tickets)\s+(?:is|are)\s+(?:strictly |very |severely )?limited\b|please (?:reply|respond|book|reserve|rsvp|email|e-mail|ring|call|register)\b|reply to this (?:e-?mail|message|newsletter)\b|to (?:reserve|book|secure|claim) (?:a |your |their )?(?:place|seat|ticket|space)s?\b|booking (?:is )?(?:essential|required|recommended|advised)\b|(?:call|ring|phone|text)\s+\p{Lu}[\p{L}'’-]+\s+on\s+\+?\d)/iu;
/** A venue's doors line: "Doors and coffee from 7.15pm", "Doors open at 19:00". */
const DOORS =
  /\bdoors(?: open)?(?: (?:and|&) [\p{L} ]{1,20})? (?:from|at) \d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?(?=\W|$)/iu;
/** A festival's or a cinema's access notes. */
const ACCESS =
  /^(?:accessibility|access(?: information| notes?)?)\s*[:—–-]|\b(?:(?:captioned|subtitled|audio[- ]described|relaxed|autism[- ]friendly|bsl[- ]interpreted|dementia[- ]friendly|parent (?:and|&) baby) (?:screenings?|performances?|shows?)|audio description|induction loop|hearing loop|step-free(?: access)?|wheelchair (?:spaces?|access(?:ible)?|users?|places?|seating)|deaf and hard of hearing|for the hard of hearing)\b/i;
/** A screening's small print: "Running time includes ...", "Festival passes are valid". */
const SCREENING_NOTE =
  /^(?:the )?(?:running time|runtime) (?:includes|excludes|does not include)\b|\b(?:festival |season )?passes (?:are )?(?:valid|accepted)\b|\b(?:concessions?|members) (?:go )?free\b|\bno late (?:admission|entry)\b/i;
/** A price list: "Members £4, guests £6", "Admission free". */
const PRICES =
  /^(?:(?:members|guests|non-members|visitors|adults|children|concessions?|students|under-\d+s?|tickets?|admission|entry)\s*:?\s*(?:[£$€]\s?\d|free\b))/i;
/** Refreshments or doors from a time: "Tea and biscuits from 7pm", "Bar open from 18:30". */
const FROM_TIME =
  /^(?:doors|tea|coffee|refreshments|drinks|the bar|bar|wine)(?: (?:and|&) [\p{L} ]{1,20})?(?: (?:open|served|available))? (?:from|at) \d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?\s*\.?$/iu;
/** A talk around the screening: "Discussion after the film, led by X", "Q&A chaired by X". */
const AROUND_SCREENING =
  /^(?:(?:a |an )?(?:short |brief )?(?:discussion|q\s*&\s*a|talk|introduction|intro|conversation)\s+(?:after|before|following|at the end of)\s+the\s+(?:film|screening|show)|(?:discussion|q\s*&\s*a|talk)\s*,?\s*(?:led|chaired|hosted|given) by)\b/i;
/**
 * The next screening, meeting or column: "Next week: The Lighthouse Keepers (1998)", "Next week
 * in Books on Screen: ...".
 */
const NEXT_NOTICE =
  /^next (?:week|month|time|issue|screening|meeting|season|term)(?: (?:in|on|at) [^:\n]{1,40})?\s*[:—–-]/i;
/** An instruction to the audience: "Please return your glasses to the hatch". */
const PLEASE_NOTICE =
  /^please (?:return|bring|remember|note|arrive|switch|turn|help|take|leave|book|reply|email|call|let us know|be seated|collect)\b/i;
/** The society's thanks: "The society thanks the Aldergate Trust for its support". */
const THANKS_NOTICE =
  /^(?:(?:the|our) (?:society|club|committee|cinema|festival)|we)\s+(?:would like to |wish to )?thanks?\b[^.!?]{0,80}\bfor (?:its|their|his|her|your) (?:support|help|generosity|funding)|^(?:with )?(?:many |special )?thanks to\b[^.!?]{0,80}\bfor (?:its|their|his|her|your)\b/i;
const NOTICE = [
  BOOKING,
  ACCESS,
  SCREENING_NOTE,
  PRICES,
  FROM_TIME,
  AROUND_SCREENING,
  NEXT_NOTICE,
  PLEASE_NOTICE,
  THANKS_NOTICE,
];
/** Every sentence of a short paragraph (quoted speech aside) is a screening's notice. */
const allNotices = (s: string): boolean => {
  // The first sentence first (its quotes and brackets aside): most short paragraphs stop here.
  const line = s.split('\n', 1)[0] ?? s;
  const stop = line.search(/[.!?](?:\s|$)/);
  const first = (stop < 0 ? line : line.slice(0, stop + 1)).trim().replace(/^[("“‘[]+/, '');
  if (!/["“]/.test(first) && !NOTICE.some((r) => r.test(first))) return false;
  const unquoted = /["“]/.test(s) ? s.replace(/["“][^"”]{0,400}["”]/g, ' ') : s;
  const sentences = sentencesOf(unquoted);
  return sentences.length > 0 && sentences.every((x) => NOTICE.some((r) => r.test(x)));
};

/** A member's note: "Agnes Pole writes: I first saw ...", "Our treasurer, Tom, writes:". */
const MEMBER_NOTE =
  /^(?:(?:our |the )?(?:chair(?:person|man|woman)?|secretary|treasurer|president|programmer|member)\s*,?\s+)?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})(?:\s*\([^)\n]{1,40}\))?,? (?:writes|wrote|adds|recalls|remembers|says)\s*:\s*(?!["“‘])/u;
/**
 * A mailing's introduction of its film in the society's voice: "Our November film is a rarity",
 * "This month's screening comes from ...", "Tonight's feature was shelved ..." (not "Our film
 * opens on a beach", which tells the story through the film).
 */
const SOCIETY_INTRO =
  /^(?:our|this (?:month|week|season|term)['’]s|next (?:month|week)['’]s|tonight['’]s) (?:(?:\p{L}+|\d+(?:st|nd|rd|th)?) ){0,2}(?:film|screening|feature|presentation|selection|choice|offering)s? (?:is|was|has|comes|this|for|tonight|takes us|brings)\b/iu;
/** A prefilter for MEMBER_NOTE: its verb and colon. */
const MEMBER_VERB = /(?:writes|wrote|adds|recalls|remembers|says)\s*:/;
/**
 * A prefilter for the notices, the doors line, the society's introduction and the agenda: a word
 * one of them holds (BOOKING, ACCESS, SCREENING_NOTE, PRICES, FROM_TIME, AROUND_SCREENING,
 * NEXT_NOTICE, PLEASE_NOTICE, THANKS_NOTICE, DOORS, SOCIETY_INTRO, AGENDA). Keep it in step.
 */
const NOTICE_HINT =
  /limited|please|reply|reserve|book|secur|claim|call|ring|phone|text|access|caption|subtitl|described|description|relaxed|friendly|interpreted|loop|step-free|wheelchair|deaf|hearing|running time|runtime|passes|concession|members|late|guest|visitor|adult|children|student|under-|ticket|admission|entry|doors|tea|coffee|refreshment|drinks|bar|wine|discussion|q\s*&\s*a|talk|intro|conversation|next|thank|our|this|tonight|agenda/i;
/** An agenda's line: "Agenda: apologies, the treasurer's report, election of the committee". */
const AGENDA = /^(?:draft |provisional )?agenda\s*[:—–-]|\bagenda items?\b/i;
const AGENDA_ITEM =
  /\b(?:apologies|minutes|treasurer|chair(?:person)?['’]?s? report|secretary['’]?s? report|election|committee|subscriptions?|any other business|a\.?o\.?b\.?|motions?|nominations?)\b/gi;
/** An email's head: its From line with an address. */
const EMAIL_FROM = /^from\s*:[^\n]*@/im;
/** An email's other header lines, each a paragraph of its own under the From line. */
const EMAIL_LINE = /^(?:date|sent|to|cc|reply-to)\s*:\s*\S[^\n]{0,60}$/i;
/** How far into a page an email's head stands. */
const EMAIL_HEAD = 600;

/** What a page knows before its paragraphs are read: its directors, whether it opens as an email. */
export interface Page9 {
  makers: Map<string, string>;
  email: boolean;
}
export const readPage9 = (text: string): Page9 => ({
  makers: makerCredits(text),
  email: EMAIL_FROM.test(text.slice(0, EMAIL_HEAD)),
});

/**
 * A story person named inside a sentence (a sentence's first word may be a capitalised common
 * word the story never wrote in lower case: "Seating in the hall is limited").
 */
const namesInside = (s: string, names: ReadonlySet<string>): boolean => {
  for (const m of s.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) {
    if (!names.has(m[0])) continue;
    if (m.index === 0 || /[.!?:]["”’)]*\s+$/.test(s.slice(Math.max(0, m.index - 4), m.index)))
      continue;
    return true;
  }
  return false;
};

/** True when the paragraph is page chrome by one of the shapes above (not the film talk). */
export const isPageChrome9 = (
  s: string,
  words: number,
  page: Page9,
  storyNames: ReadonlySet<string>,
  start: number,
): boolean => {
  if (words > 150) return false;
  if (page.email && words <= 8 && start < EMAIL_HEAD && EMAIL_LINE.test(s.trim())) return true;
  if (words <= 40 && /\?|explained/i.test(s) && THREAD_TITLE.test(s.trim())) return true;
  const member = MEMBER_VERB.test(s.slice(0, 160)) ? MEMBER_NOTE.exec(s) : null;
  if (
    member?.[1] &&
    !member[1].split(' ').some((w) => storyNames.has(w)) &&
    /\b(?:I|I['’](?:m|ve|d)|me|my|we|our)\b/.test(s.slice(member[0].length))
  )
    return true;
  if (words > 60 || !NOTICE_HINT.test(s)) return false;
  const named = namesInside(s, storyNames);
  if (!named && (BOOKING.test(s) || ACCESS.test(s) || SCREENING_NOTE.test(s))) return true;
  if (words <= 30 && DOORS.test(s)) return true;
  if (!named && allNotices(s)) return true;
  if (words <= 90 && !named && SOCIETY_INTRO.test(s)) return true;
  if (AGENDA.test(s) && (s.match(AGENDA_ITEM)?.length ?? 0) >= 2) return true;
  return false;
};

/**
 * Talk about the film rather than its story: the director at work (named by the page's credits),
 * a book set beside the film, the poster's reading of the ending. (Talk of the film's parts to its
 * viewer without the director's name was tried and left: after main's fresh6 fix it cost an unseen
 * document 1.000 -> 0.916.)
 */
export const isFilmTalk9 = (
  s: string,
  words: number,
  page: Page9,
  storyNames: ReadonlySet<string>,
): boolean =>
  isMakerTalk(s, words, page.makers, storyNames) ||
  isAdaptationNote(s, words, storyNames) ||
  (words <= 150 && READING_OPENER.test(s) && POSTER.test(s));

/** Facts in a title's brackets: a year with a director's credit, a length or a country before it. */
const BRACKET_FACTS =
  /\((?=[^()]*\b(?:18|19|20)\d\d\b)(?=[^()]*(?:\bdir(?:\.|ected by|ector)|\b\d{2,3}\s*(?:min|mins|minutes)\b|['’′]))[^()\n]{4,90}\)/i;
/**
 * A title line with its facts in brackets: "Dear Tomasz (UK, 2016, dir. Hanna Lisowska, 104
 * min)", "THE GLASS ORCHARD (1961, 97 min)". The full stop of "dir." is no sentence end, so the
 * bracket's year alone is not enough for clean.ts's own title-and-year line.
 */
export const isTitleFactsLine = (s: string, words: number): boolean => {
  if (words > 22 || !s.includes('(')) return false;
  const m = BRACKET_FACTS.exec(s);
  if (!m) return false;
  const before = s.slice(0, m.index);
  const after = s.slice(m.index + m[0].length);
  return (
    /\p{Lu}/u.test(before) &&
    !/[.!?]/.test(before) &&
    !/[!?]|\.\s+\S/.test(after) &&
    after.length <= 40
  );
};

/** A month's name, full or short. */
const MONTH9 = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/**
 * A society's programme line: a screening's date and time, then the film with its director and
 * year in brackets: "Friday 6 November, 7.45pm: THE GLASS ORCHARD (Ilse Marany, 1961)",
 * "Thursday, March 12 at 7.30pm – Night Freight (1961)".
 */
const PROGRAMME_LINE = new RegExp(
  String.raw`^(?:(?:screening|showing|next screening|programme|this month)\s*:\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH9}|${MONTH9}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+(?:19|20)\d\d)?,?\s+(?:at\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2})\s*[:–—|-]\s*([^()\n:]{2,80}?)\s*\((?:(${PERSON}),\s*)?((?:18|19|20)\d\d)\)\s*$`,
  'iu',
);
/** The blocks near a page's head where its programme line stands. */
const PROGRAMME_HEAD = 15;

interface Meta9 {
  title: string | null;
  titleEvidence: 'stated' | 'heading' | 'repeated' | null;
  year: number | null;
  director: string | null;
}

/** What the title's bracket must hold: something, a comma and a year ("(Sanna Kivi, 2021)"). */
const BRACKET_NAME_YEAR = /\([^(),\n]+,\s*(?:18|19|20)\d\d\)/;

/** A title that may be matched in a pattern: its letters as they are. */
const escapeTitle = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A society's programme line near the page's head names the film, its director and its year
 * ("Friday 6 November, 7.45pm: THE GLASS ORCHARD (Ilse Marany, 1961)"); with several such lines
 * (a season's programme), the one whose title the page names most often, when it names it more
 * than any other. Then the director in brackets right after the page's title ("Watched The
 * Winter Tenants (Sanna Kivi, 2021) last night"), when no credit named one.
 */
export const readSocietyForms = (
  doc: { text: string; blocks: readonly { start: number; end: number; kind: string }[] },
  meta: Meta9,
  h: { titleCase: (s: string) => string; country: RegExp; company: RegExp },
): void => {
  const { text, blocks } = doc;
  const { titleCase } = h;
  /** A person, not a country or a company ("(Northlight Pictures, 2019)"). */
  const person = (name: string | undefined): string | null =>
    name && !h.company.test(name) && !h.country.test(name) ? name : null;
  if (meta.titleEvidence !== 'stated') {
    const found: { title: string; director: string | null; year: number }[] = [];
    for (const b of blocks.slice(0, PROGRAMME_HEAD)) {
      if (b.kind === 'story' || b.end - b.start > 160) continue;
      const line = text.slice(b.start, b.end).trim();
      if (!/\d/.test(line) || !line.endsWith(')')) continue;
      const m = PROGRAMME_LINE.exec(line);
      if (m?.[1] && /\p{L}{2}/u.test(m[1]))
        found.push({ title: titleCase(m[1].trim()), director: person(m[2]), year: Number(m[3]) });
    }
    const lower = found.length > 1 ? text.toLowerCase() : '';
    const named = (t: string): number => lower.split(t.toLowerCase()).length - 1;
    const ranked = found
      .map((f) => ({ f, n: found.length > 1 ? named(f.title) : 1 }))
      .sort((a, b) => b.n - a.n);
    const best = ranked[0];
    if (best && (ranked.length === 1 || best.n > (ranked[1]?.n ?? 0))) {
      if (meta.title !== best.f.title) meta.year = null;
      meta.title = best.f.title;
      meta.titleEvidence = 'stated';
      meta.year = meta.year ?? best.f.year;
      if (best.f.director && !meta.director) meta.director = best.f.director;
    }
  }
  if (!meta.director && meta.title && meta.title.length >= 3) {
    const head = text.slice(0, MAKER_SCAN);
    // The pattern is built per title (each page's own), which costs a compile: only when some
    // bracket holds a name, a comma and a year at all (nothing in PERSON is a bracket or comma).
    if (!BRACKET_NAME_YEAR.test(head)) return;
    const after = new RegExp(
      String.raw`${escapeTitle(meta.title)}['’"”*_]*\s*\((${PERSON}),\s*((?:18|19|20)\d\d)\)`,
      'iu',
    ).exec(head);
    if (person(after?.[1]) && (meta.year === null || meta.year === Number(after?.[2])))
      meta.director = after?.[1] ?? null;
  }
};
