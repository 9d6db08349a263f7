import type { Diagnostics } from './diagnostics';
import type { SourceText } from './source';
import { storyAroundReaderAside } from './readerAside';
import { storyBetweenTalk, storyResumes } from './storyBetweenTalk';
import {
  addStoryNames,
  countStoryNames,
  INTERLUDE_SECTION,
  isCallToAction,
  isCardLine,
  isCommentsOpener,
  isCommentary,
  isOtherFilmItem,
  isOtherFurniture,
  isPromoBody,
  isStoryResuming,
  mentionsCraft,
  PROMO_OPENER,
  storyPartOf,
} from './furniture3';
import { isPageFurniture4, withoutSpeakerLabels } from './furniture4';
import { isCommentHeader, isFurnitureShape, storyInsideWriterFrame } from './furnitureShape';
import { isCastBio, isCrewLine, isPageFurniture11, isReviewHeadline } from './furniture11';
import { isPageFurniture13 } from './furniture13';
import { isPageFurniture15 } from './furniture15';
import {
  guideSectionOf,
  isEntryVote,
  isLanguageCount,
  isStoryListItem,
  isTimedTranscript,
  storyAmongAsides,
  storyClauseBeforeAside,
  viewerYouCount,
} from './storyShapes14';
import {
  isChatReaction,
  isMakerEssayOpening,
  isPageFurniture14,
  LONG_SECTION14,
  readChat,
  sectionName14,
} from './furniture14';
import { isPageChrome8, isReviewQuestionHeading, markProgrammeBlurbs } from './pageStyles8';
import { isFilmTalk9, isPageChrome9, isTitleFactsLine, readPage9 } from './pageStyles9';
import {
  isAnswersMark,
  isHostTalk,
  isThreadChrome,
  isThreadTalk,
  pagePeople,
  storyBeforeAside,
} from './pageTalk';
import { firstFiniteVerb, isSpaceUnit, trimRange } from './text';
import { markPressFurniture15 } from './press15';

/**
 * Stage 1, clean: classifies each paragraph (a line, or lines joined when the text is hard
 * wrapped) of a document by general signals, so that only story text reaches the scenes.
 * Shape out: CleanDoc = the paragraphs with a kind each, plus the cast rows found in tables.
 */

/** What a paragraph is. */
export type BlockKind =
  'story' | 'meta' | 'heading' | 'warning' | 'boilerplate' | 'cast' | 'crew' | 'award' | 'premise';

/** One classified paragraph: trimmed offsets into the document text. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
}

/** A performer and the character they play, from a cast table or a list. */
export interface CastRow {
  actor: string;
  character: string;
}

/** A document split into classified paragraphs. */
export interface CleanDoc {
  file: string;
  text: string;
  blocks: Block[];
  cast: CastRow[];
  /** True when the paragraphs were read leniently (headings and end markers ended no story). */
  lenient?: boolean;
}

const MAX_TABLE_ROW_WORDS = 7;
const MIN_STORY_CHARS = 25;

const META_LINE =
  /^[\s•*·|\-–—]*(?:(?:writer|screenwriter|producer)\s*[/&]\s*director|dir\.?|film|movie|director|directed by|year(?: of production| of release)?|release(?:d| date)?|runtime|running time|run time|duration|length|language|languages|genres?|country|countries|title|original title|also known as|aka|a\.k\.a\.|starring|stars|cast|writers?|written by|screenplay|producers?|produced by|music|cinematography|editing|edited by|rated|rating|budget|box office|studio|production compan(?:y|ies)|distributed by|distributor|format|color|sound mix|aspect ratio|filming locations?|based on)\b[^:\n\t]{0,25}?(?::|\t|\s+[|—–]\s+|\s*\||(?<=\S) {2,}(?=\S)|\s*(?:\.{3,}|…+)\s*)/i;

/** Furniture that ends a page: nothing after it is story. */
const BOILERPLATE_START =
  /^(?:trivia\b|goofs\b|was this (?:\w+ )?helpful|report (?:an error|a problem|this)|last updated|(?:this page|this article) was last (?:edited|modified|updated)|last (?:edited|modified) on|retrieved from|hidden categories(?=\s*:)|navigation(?=\s*:)|updated on|published on|posted on|related (?:posts|articles|movies|films|reading)|you may also like|you might also like|more like this|read more|comments?\b|\d+ comments?|leave a (?:comment|reply)|copyright|©|all rights reserved|tags?:|categories:|filed under|see also|external links|references|about the author|reply\s*#?\s*\d+|\d+ replies)\b/i;
/** A link to another page inside the text: "Read more: Episode 3 recap", "Related: X". */
const INLINE_LINK = /^(?:read more|also read|related|more)\s*:\s*\S/i;
/** A listing's facts: "Drama. 118 mins.", "Thriller/Horror. 96 min." */
const GENRE_RUNTIME =
  /^\p{Lu}[\p{L}-]*(?:[ /,&]+[\p{L}-]+){0,3}\.\s+\d{2,3}\s*(?:min|mins|minutes)\b/u;
/** A count of comments: "42 comments", "12 Comments". */
const COMMENT_COUNT = /^\d+\s+comments?\b/i;
/** One line of web furniture (share buttons, ads) that may stand anywhere. */
const FURNITURE_LINE =
  /\b(?:\d+ of \d+ (?:users|people|readers) found (?:it|this) helpful|is a fan-run (?:archive|site|wiki)|titles and images belong to|the festival thanks|listings (?:may be|are) subject to change|please switch off (?:your )?(?:mobile )?phones|opens (?:on )?(?:\w+ )?in (?:selected )?(?:cinemas|theaters|theatres)|is a (?:film |movie )?critic (?:at|for|with)|follow (?:her|him|them|us) on)\b|^(?:support (?:our|independent|quality) journalism|you(?:['’]ve| have) read \d+ (?:of \d+ )?(?:free )?(?:articles?|stories)|(?:programmes?|listings?|broadcast|show) (?:times|details)\b|contains (?:(?:some|strong|mild|moderate|frequent|infrequent|brief|scenes of|images of|references to|upsetting)\s+)*(?:violence|language|sex\w*|nudity|drug use|threat|flashing)\b|become a (?:member|subscriber|supporter)\b|you have \d+ free (?:articles?|stories|reads)|(?:subscribe )?to (?:continue|keep) reading|already a (?:subscriber|member)|listings (?:may|can) change|all times (?:are|shown)|watch again\b|catch up on|worksheet \d|for (?:press|promotional|review) (?:use|purposes) only|not for (?:resale|sale|distribution)|embargoed? (?:until|till)|this (?:article|page|entry) is about|for other uses, see|from wikipedia|jump to (?:navigation|content|search)|share (?:on|this|via)|tweet|pin it|copy link|advertisement|sponsored|sign up|sign in|log in|subscribe|newsletter|follow us|print|email|image(?: credit)?:|photo(?: credit)?:|credit:|source:|read more|also read|related:|recommended:|more from|trending|popular now|watch the trailer|where to watch|streaming on|available (?:to stream|on)|rent or buy|we use cookies|accept all|privacy policy|terms of (?:use|service)|home\s*[>/»›]|rating:|our rating|score:|★|⭐)|\b(?:facebook|twitter|pinterest|whatsapp|reddit)\b.*\||^(?:by|posted by|reviewed by|words by)\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*(?:[|,•·—–-].*)?$|^(?:published|posted|updated)?:?\s*(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b.{0,40}$|^(?:«\s*|‹\s*|<\s*|←\s*)?(?:next|previous|prev|older|newer)(?: (?:post|article|entry|page|story|recap|review))?s?\s*(?:»|›|>|→|:.{0,80})?$|^(?:share this|spoilers? (?:from here on|from this point|start here|begin here)|in short:|why watch:|our verdict:|screenings?:|showtimes?:|tickets?:|\d{1,2}[:.]\d{2}\s+[^.!?]{0,60}\s[—–|-]\s)/iu;
/** A line of capitals (two letters or more per word), with an optional bracketed aka. */
const CAPITALS_TITLE =
  /^[\p{Lu}\d][\p{Lu}\d'’&:,.!? -]*\p{Lu}{2}[\p{Lu}\d'’&:,.!? -]*(?:\s*[([][^)\]]{1,80}[)\]])?$/u;
/**
 * More page furniture: a festival screening slot ("Tue 15 Oct, 19:00 — Cinema Odeon"), a
 * "Read next" link, a release notice ("opens in cinemas on 21 March"), a review's headline.
 */
const PAGE_FURNITURE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\.?,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b|(?:read|watch|up) next\b|more reviews\b|[^.!?]{0,80}\bis (?:in|at|showing in|out in) (?:cinemas|theaters|theatres)\b[^!?]{0,60}$|[^.!?]{0,80}\b(?:opens|is released|arrives|premieres|lands|streams)\b[^.!?]{0,30}\b(?:in (?:cinemas|theaters|theatres)|on (?:netflix|prime|disney|hulu|digital|demand|blu-ray|dvd)|nationwide|on general release)\b[^!?]{0,60}$|['‘"“][^'’"”]{2,60}['’"”]\s+(?:review|recap|explained)\s*[:|–—-])/iu;
/**
 * A prefilter for PAGE_FURNITURE (same flags): each branch opens with a weekday, "read", "watch",
 * "up" or "more reviews", or names cinemas or theatres, a service or disc, a nationwide or general
 * release, or a review, recap or explainer. It spares the scan back over each line's first 80
 * characters.
 */
const PAGE_FURNITURE_HINT =
  /^(?:mon|tue|wed|thu|fri|sat|sun|read|watch|up|more reviews)|cinema|theat|netflix|prime|disney|hulu|digital|demand|blu-ray|dvd|nationwide|general release|review|recap|explained/iu;
/** A headline that labels the page and names the film with its year. */
const LABELLED_TITLE =
  /^(?:recap|review|explained|plot summary|synopsis|spoiler review|ending explained)\s*[:|–—-]\s*[^.!?]{1,80}\(\s*(?:18|19|20)\d\d\s*\)/i;
/** A line of production facts: a runtime in minutes beside a year, in a list, not a sentence. */
const FACTS_LINE =
  /^(?=(?:[^.!?]|(?<=\d)\.(?=\d))*\b(?:1[89]|20)\d\d\b)(?=(?:[^.!?]|(?<=\d)\.(?=\d))*\b\d{2,3}\s*(?:min|mins|minutes)\b)(?:[^.!?]|(?<=\d)\.(?=\d)){0,160}[.]?$/iu;
/** A site's navigation bar: three or more short items between dots, bars or slashes. */
const NAV_LINE =
  /^\s*[\p{L}&'’, ]{1,30}(?:\s+[·•|/»›>]\s+[\p{L}&'’, ]{1,30}){2,}\s*$|^[^\s.!?][^.!?\n]{0,24}?(?: {3,}|\t)[^\s.!?][^.!?\n]{0,24}?(?:(?: {3,}|\t)[^\s.!?][^.!?\n]{0,24}?)+$|^\s*search(?: the site| this site| our site| for)?\s*(?:\.\.\.|…)?\s*$|\b(?:use (?:the )?code|promo code|discount code|coupon|free trial|sponsored content|paid partnership)\b|\bsave \d{1,2}\s*%|\b\d{1,2}\s*% off\b/iu;
/** A prefilter for NAV_LINE (same flags): a separator, "%" or a word each of its branches needs. */
const NAV_HINT =
  /[·•|/»›>%\t]| {3}|search|code|coupon|free trial|sponsored content|paid partnership/iu;
/**
 * A TV or festival listing entry: a star rating ("★★★☆☆", "4/5 stars"), a clock time then a
 * channel or title ("21:00 Channel 4 — X (1998)"), or a listing's labelled blurb ("In short:",
 * "Why watch:"): another programme's page furniture, never the story told.
 */
const LISTING_LINE =
  /^(?:[^.!?]{0,40}[★☆⭐]{2,}|\d(?:[.,]\d)?\s*(?:\/\s*(?:5|10)|out of (?:5|10)|stars?)\b[^.!?]{0,40}$|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+[^!?]{0,60}(?:\s[—–|·•-]\s|\(\s*(?:19|20)\d\d\s*\))|(?:in short|why watch|verdict|screenings?|showing|also on|coming up|up next)\s*:)/i;
/** A credits line of bare facts: "2009 • 112 minutes • Drama", "Spain | 1999 | 104 min". */
const CREDITS_LINE =
  /^[^.!?]{0,80}\b(?:1[89]|20)\d\d\b[^.!?]{0,40}[•·‧|][^.!?]{0,80}$|^[^.!?]{0,80}[•·‧|][^.!?]{0,40}\b\d{2,3}\s*(?:min|mins|minutes)\b[^.!?]{0,60}$/i;
/** A runtime in a facts line: "1hr 48mins", "1h 49m", "97 min". */
const FACTS_RUNTIME =
  /^(?:\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*m(?:ins?|inutes)?|\d{2,3}\s*(?:min|mins|minutes))$/i;
/** Words at most in a facts line set between full stops. */
const DOTTED_FACTS_WORDS = 10;
/**
 * A listing's facts set between full stops: "Comedy. 1hr 48mins. Subtitles.", "Drama. 97 min.
 * Cert 15." Two fragments or more, none with a verb, one of them a runtime.
 */
const dottedFacts = (s: string): boolean => {
  const parts = s
    .trim()
    .replace(/\.$/, '')
    .split(/\.\s+/)
    .map((x) => x.trim());
  return (
    parts.length >= 2 &&
    parts.some((x) => FACTS_RUNTIME.test(x)) &&
    parts.every((x) => {
      // (A single word, "Subtitles", is no clause, whatever its ending.)
      const n = x.split(/\s+/).length;
      return n === 1 || FACTS_RUNTIME.test(x) || (n <= 4 && firstFiniteVerb(x) === null);
    })
  );
};

/** Second person outside quotes: pages talk to their reader, synopses do not. */
const READER_ADDRESS = /\b(?:you|your|you['’](?:re|ll|ve|d))\b/gi;
const PREMISE_LINE =
  /^[\s•*·\-–—]*(?:premise|logline|log line|tagline|synopsis|short synopsis|one-line summary)\s*:\s*\S/i;

const MARKETING =
  /\b(?:discover|explore|browse|curated|collections?|recommendations?|spoiler-free|breakdowns?|plot summary|plot breakdown|ending explained|click|subscribe|bookmark|scroll (?:on|down)|full detail|movie fans|movies like|films like|you['’]ll (?:love|enjoy)|this list|viewers who|for those (?:who|interested)|for viewers|if you (?:were|enjoyed|liked|loved)|must-watch|watch now|streaming|box office results|cast and crew info|what['’]s next|deep dive|key details|key flow|timeline of|perfect for|ideal for|movie timeline|similar (?:movies|films|titles)|read the|full breakdown|all in one place|these films|these movies|these stories|this collection|narratives in this|recap)\b/gi;

const SPOILER_WARNING =
  /\b(?:spoilers?\s+(?:below|ahead|follow|warning|alert)|(?:contains?|includes?|reveals?)\s+(?:major\s+|full\s+|heavy\s+|some\s+)?spoilers|spoiler\s+(?:warning|alert)|warning:?\s*spoilers?|(?:recap|review|post|article|synopsis|summary|page)\s+spoils\b|if you haven['’]t (?:seen|watched) (?:it|the (?:film|movie))|(?:describes|reveals|covers|spoils) the (?:whole|entire|full) (?:plot|story|film|movie)|^spoilers? (?:for|about|of) (?:the )?(?:whole|entire|full|all (?:of )?the) (?:plot|story|film|movie|thing|series|season|book)|(?:synopsis|summary|recap|article|page|text|review) (?:below |that follows )?(?:may |will |might |does )?(?:give|gives) away\b[^.!?]{0,40}\b(?:plot|ending|twists?|details|points))\b/i;
/**
 * A prefilter for SPOILER_WARNING (same flags): every branch says spoil, haven('t), describes,
 * reveals, covers or give.
 */
const SPOILER_HINT = /spoil|haven|describes|reveals|covers|give/i;

/** Abbreviated titles before a name, whose full stop ends no sentence. */
const TITLE_ABBREVIATION =
  /\b(Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Capt|Sgt|Lt|Col|Gen|Rev|Det|Insp|Supt|Fr|Sen|Gov)\./g;
const CAST_HEADER =
  /^(?:(?:actors?|cast|performers?)\s*[/|,\t-]?\s*(?:characters?|roles?|as)|cast(?: list)?:?|(?:the )?cast(?: and characters)?:?)$/i;
/** A cast header that names the role first ("Role / Actor", "Character — Actor"). */
const ROLE_FIRST_HEADER =
  /^(?:roles?|characters?|parts?)\s*[/|,\t—–-]?\s*(?:actors?|cast|performers?|played by)$/i;
/** A section heading: a short line without sentence punctuation. */
/** A heading line: short, no sentence end, and nothing after a colon ("Production: X" is a fact). */
const SECTION_HEADING = /^[^.!?:]{2,40}:?$/;
const SECTION_PREMISE =
  /^(?:logline|log line|tagline|short synopsis|synopsis \(short\)|one[- ]line(?:r| synopsis)?|premise|pitch)\b/i;
const SECTION_STORY =
  /^(?:long synopsis|synopsis|plot|plot summary|(?:the )?story(?! continues| continued)|summary|full (?:plot|synopsis|recap|summary)|recap|full plot recap|plot recap)\b/i;
const SECTION_OTHER_BASE =
  /^(?:production|development|filming|release|releases|reception|critical (?:response|reception)|box office|home media|accolades|legacy|release and reception|(?:production|release) history|director['’]?s? (?:statement|note|notes|biography)|statement|interview|about the (?:director|film|production|author)|biograph\w*|filmograph\w*|production notes?|press contacts?|contacts?|notes?|credits|technical (?:details|specifications|information)|tech specs|distribution|sales|festivals?|awards?|festivals? (?:&|and) awards|awards? (?:&|and) festivals|reviews?|press (?:contacts?|notes?|reviews?|quotes?)|quotes?|what the critics|trivia|soundtrack|music|downloads?|stills|images|photos|links|review|our (?:take|review|verdict)|verdict|final thoughts|themes?|analysis|did you know|where to watch|faqs?|frequently asked questions|comments|related(?: \w+)?|more (?:articles|movies|films|recaps|stories)|you may also like|explore more|about (?:us|the author)|references|external links|see also)\b/i;
const OTHER_MORE: string[] = [
  'related stories',
  'related content',
  'most (?:read|popular|viewed|shared)',
  'popular (?:now|stories)',
  'works cited',
  'works consulted',
  'bibliography',
  'further reading',
  'footnotes',
  'endnotes',
  'sources',
  'citations',
  '(?:grading|marking|assessment) (?:rubric|criteria|scheme)',
  'rubric',
  'grade',
  'feedback',
  "instructor['’]?s? (?:comments?|feedback|notes?)",
  "teacher['’]?s? (?:comments?|notes?)",
  '(?:special|bonus|disc) (?:features|material|content)',
  'extras',
  'disc (?:specs?|specifications|details)',
  '(?:technical |tech )?specs',
  'specifications',
  'about the (?:restoration|transfer|disc|release)',
  // A cinematheque's or a festival's practical pages, a press release's boilerplate about its
  // sender, a parents' guide's sections around its synopsis.
  'booking(?: (?:and|&) access| information| info| details)?',
  '(?:tickets?|prices|access|accessibility|venue|visiting|practical) (?:(?:and|&) (?:access|booking|prices|tickets)|information|info)',
  'accessibility',
  'how to book',
  'getting (?:here|there)',
  'about (?:the )?[^:.!?]{0,30}?(?:archive|cinematheque|cinémathèque|cinemateket|cinemathek|festival|institute|foundation|museum|library|society|film club)',
  'talk to your (?:kids|children|family|teens) about',
  'restoration(?: notes?)?',
  'transfer notes?',
  'audio(?: (?:options|languages))?',
  'subtitles',
  'audio (?:&|and) subtitles',
  'packaging',
  'booklet essay',
  'essay',
  'about this (?:title|film|movie)',
  'details',
  'more like this',
  'gallery',
  'images',
  'videos',
  'photos',
  'navigation',
  'the (?:verdict|bottom line|final word|lowdown|takeaway)',
  'bottom line',
  'rating',
  // A study guide's sections around its synopsis, a TV page's other programmes.
  'key (?:terms|words|vocabulary|concepts)',
  'glossary',
  'vocabulary',
  'learning (?:objectives|outcomes|aims|goals)',
  'lesson (?:plan|objectives)',
  '(?:discussion|essay|exam|review|study) (?:questions|points|topics|prompts)',
  'questions for (?:discussion|students|class)',
  'talking points',
  'activit(?:y|ies)',
  'classroom activities',
  'extension (?:tasks?|activities)',
  'homework',
  'worksheets?',
  'curriculum links?',
  'further (?:viewing|watching)',
  'before (?:you watch|viewing|watching)',
  'after (?:viewing|watching)',
  'also (?:tonight|on(?: tonight)?|showing)',
  'later (?:tonight|on)',
  'elsewhere tonight',
  'because you watched',
  '(?:episodes? )?(?:&|and) extras',
  // A disc review's sections on the transfer, a wiki's on the shoot.
  '(?:picture|sound|video)(?: (?:and|&) (?:picture|sound|audio)| quality)?$',
  'behind the scenes',
  // An auction lot's sections after its description, a crowdfunding page's after its story, a
  // club newsletter's after the film's.
  'provenance',
  'condition(?: report)?',
  '(?:shipping|delivery|postage)(?: (?:and|&) (?:handling|delivery|collection|returns))?',
  'rewards?',
  'risks(?: (?:and|&) challenges)?',
  'where the money goes',
  'budget',
  'stretch goals?',
  'why we (?:chose|picked|programmed) (?:it|this(?: one| film)?)',
  "members['’]? (?:corner|news|notices)",
  'club news',
  // A screenwriting site's lessons after its beat sheet.
  'what (?:to|we can|you can|writers can) (?:steal|learn|take|borrow) from (?:this|the) (?:script|screenplay|film|movie)',
  '(?:key )?takeaways',
];
/**
 * "Background" after a story's worth of text heads notes on the film's making or its history
 * (before it, it may head the story's own backstory, or a guide's summary of the film).
 */
const BACKGROUND_AFTER = /^(?:historical |production )?background(?: notes?| information)?$/i;
const SECTION_OTHER = new RegExp(
  SECTION_OTHER_BASE.source.replace(/\)\\b$/, '') + '|' + OTHER_MORE.join('|') + ')\\b',
  'i',
);
/**
 * Sections about other films ("More like this", "Related stories", "Most read"): their facts lines
 * ("98% match · 2018 · 1h 52m") are another film's. Facts lines of this page's other sections (a
 * disc's "SPECIAL FEATURES" ending in "1972 | Colour | 104 mins", a press kit's "TECH SPECS") state
 * its own film's metadata.
 */
const SECTION_ELSEWHERE =
  /^(?:related|more (?:like this|to explore|from|articles|movies|films|recaps|stories|reviews)|you (?:may|might) also|similar|recommended|recently viewed|most (?:read|popular|viewed|shared)|popular|trending|explore more|see also|also on|coming soon|up next|watch next|read next|customers also|because you watched|also (?:tonight|showing)|later tonight|elsewhere tonight|further (?:viewing|watching))\b/i;
/**
 * Sections that never tell the story, even on a page read leniently (where a "Review" or an
 * "Essay" heading may stand above the only retelling of the plot): credits, disc features,
 * restoration notes, awards, references, biographies.
 */
const NEVER_STORY =
  /^(?:(?:production |full |end )?credits|(?:special |bonus |disc )?features|extras|disc|(?:technical |tech )?spec\w*|technical|about the (?:restoration|transfer|disc|author|director)|restoration|transfer|audio|subtitles|packaging|awards?|accolades|festivals?|press contacts?|contacts?|downloads?|stills|images|photos|gallery|links|references|external links|see also|works cited|bibliography|footnotes|endnotes|filmograph\w*|biograph\w*|box office|home media)\b/i;
/**
 * The note on a piece's author: "Ruth Calder is a film critic and the author of Northern Lights."
 * A name, a trade of writing about film, and what they wrote or where.
 */
const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3} is an? (?:[\p{L}-]+ ){0,4}?(?:critic|historian|journalist|scholar|programmer|curator|writer|novelist|academic|lecturer|professor|essayist)\b[^.!?]{0,120}?\b(?:author of|editor of|writes (?:for|about)|teaches|lectures|contributor|co-author|has written|wrote)\b/u;
/**
 * A forum's furniture: its breadcrumb ("FilmTalk Forums › Thrillers › ..."), the thread's counts
 * ("Thread started by X · 23 replies · 1,204 views"), a post's header ("quietcorner wrote:",
 * "Reply #2 · nightowl_88:", "Originally posted by X"), and its buttons ("Report post").
 */
const FORUM_LINE =
  /^[^›»\n]{1,40}(?:\s[›»]\s[^›»\n]{1,160}){2,}$|^(?:thread started by|started by|originally posted by|quote from)\b|^[\p{L}\d_.-]{3,30} (?:wrote|said|posted|replied)\s*:$|^(?:re:\s|reply\s*#?\s*\d+\b)|^(?:forum rules|report (?:post|this post)|back to top|quote|reply|like|share)(?:\s*[·|•]\s*(?:forum rules|report (?:post|this post)|back to top|quote|reply|like|share))*\s*$/iu;
/**
 * A forum's count line ("12 replies · 3,410 views"), the one FORUM_LINE branch that may start
 * anywhere: kept apart, so FORUM_LINE is tried at the start only, and tried only on a digit.
 */
const FORUM_COUNT = /\b\d[\d,]* (?:replies|views|posts)\b.{0,60}$/iu;
const isForumLine = (s: string): boolean =>
  FORUM_LINE.test(s) || (/\d/.test(s) && FORUM_COUNT.test(s));
/** Every sentence of the paragraph is a question (two or more of them). */
const allQuestions = (s: string): boolean => {
  const sentences = s.split(/(?<=[.!?])\s+/).filter((x) => /\p{L}/u.test(x));
  return sentences.length >= 2 && sentences.every((x) => /\?["”’)]*$/.test(x));
};
/** A table of contents' heading: "Contents", "In this booklet", "Table of contents". */
const CONTENTS_HEADING =
  /^(?:(?:table of )?contents|in this (?:booklet|issue|guide|edition|pack|kit)|inside(?: this (?:booklet|issue))?):?$/i;
/** An encyclopaedia's edit link after a heading ("Plot[edit]"). */
const EDIT_LINK = /\s*\[\s*edit(?: source)?\s*\]\s*$/i;
/**
 * Who wrote the page or a piece of it: "Review by nightowl_petra ★★★★½", "An essay by Hannah
 * Wierzbicki", "by Ruth Kaplan, chief film critic". A name that starts with a capital, or a user
 * name (with a digit or an underscore).
 */
const BYLINE =
  /^(?:(?:an? |the )?(?:review|essay|article|text|words|interview|notes?|commentary|recap|piece|reviewed|photos?|introduction)\s+)?by\s+(?:\p{Lu}[\p{L}\d_.'’-]*|[\p{L}\d.]*[_\d][\p{L}\d_.]*)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|da|di|le|la))*\s*(?:[,|•·—–-][^.!?]{0,60})?[\s★☆½⭐]*$/iu;
/**
 * Notes of a page rather than its story, anywhere in a short paragraph: copyright lines ("Film ©
 * 1972 ... Restoration © 2024"), thanks ("would like to thank"), newsletter and shop calls ("get our
 * Friday newsletter ... straight to your inbox"), a database's call to contribute ("Be the first to
 * contribute"), and a teacher's margin notes ("Margin note:", "Instructor's comment:").
 */
const PAGE_NOTE =
  /©|\ball rights reserved\b|\b(?:would like to thank|wish(?:es)? to thank|special thanks|with thanks to|acknowledge?ments)\b|\b(?:sign me up|straight to your inbox|in your inbox|no spam)\b|\b(?:our|free|weekly|daily|email|e-mail) newsletters?\b|\bnewsletters?\b(?=[^.!?]{0,60}\b(?:sign up|subscribe|inbox|email|free|every (?:week|day|friday|monday))\b)|\b(?:sign up|subscribe) (?:to|for)\b[^.!?]{0,30}\bnewsletter|\bbe the first to (?:contribute|review|comment|rate|add|write)\b|\b(?:contribute to this page|learn more about contributing|we don['’]t have any (?:more )?(?:content|plot|synopsis|summary))\b|^(?:margin(?:al)? (?:note|comment)s?|(?:teacher|instructor|tutor|marker|editor)['’]?s? (?:note|comment|feedback)s?)\b/i;
/**
 * A prefilter for PAGE_NOTE (same flags): every branch holds "©", "reserved", "thank",
 * "acknowledg", "newsletter", "sign me up", "inbox", "no spam", "first to", "contribut" or
 * "have any", or opens with a margin note or a teacher's, tutor's, marker's or editor's note.
 */
const PAGE_NOTE_HINT =
  /©|reserved|thank|acknowledg|newsletter|sign me up|inbox|no spam|first to|contribut|have any|^(?:margin|teacher|instructor|tutor|marker|editor)/i;
/**
 * A paragraph wholly in square brackets that says it is a note ("[Margin note, HO: ...]", "[Note:
 * ...]", "[HO: cite this]"): a teacher's or an editor's annotation, not story. (Other bracketed
 * paragraphs, "[Flashback: ...]", may tell the story.)
 */
const BRACKETED = /^\[\s*(?:margin(?:al)?|teacher|instructor|tutor|marker)\b[^[\]]*\]$/iu;
/**
 * An essay's in-text citation: "(Halloran 47)", "(Bordwell and Thompson 112-14)", "(Lenz, p. 9)".
 * A student essay or a booklet essay cites critics; a synopsis never does.
 */
const CITATION =
  /\((?:see |cf\. )?\p{Lu}[\p{L}'’-]+(?: (?:and|&) \p{Lu}[\p{L}'’-]+| et al\.?)?,? (?:pp?\. ?)?\d{1,4}(?:[-–]\d{1,4})?\)/gu;
/**
 * A review's fact box with its star rating: "★★★½ | Directed by X | 1h 52m | Rated 15". The stars
 * alone are a listing's; with a director or a runtime the line states this film's facts.
 */
const STAR_FACTS =
  /(?:^|[|•·]\s*)(?:directed by|dir\.|director:?)\s+\p{Lu}|\b\d\s*h(?:rs?)?\s*\d{1,2}\s*m(?:ins?)?\b|\b\d{2,3}\s*(?:min|mins|minutes)\b/iu;
/** A bare verdict heading: "Verdict", "The verdict" (not "Our verdict", a review's own). */
const VERDICT_HEADING = /^(?:the )?verdict$/i;
/** A rating: "3/5", "four out of five", "3 stars", "★★★". */
const RATING =
  /[★☆⭐]|\b\d(?:[.,]\d)?\s*(?:\/\s*(?:5|10)\b|out of (?:5|10)\b|stars?\b)|\b(?:one|two|three|four|five) (?:stars?|out of (?:five|ten))\b/i;
/** A critic's praise or blame beyond VERDICT's words (each word counted once): grading, not telling. */
const PRAISE =
  /\b(?:magnificent|outstanding|riveting|mesmeri[sz]ing|miscast|overbearing|heavy-handed|directs? with|(?:hour|act|section|stretch|half) (?:drags|sags)|let down by|carried by|carries (?:it|the film)|as (?:tense|gripping|moving|funny|good) as anything)\b/gi;
/** How a film is made, as a critic talks of it: staging, shooting, its villain, its mystery. */
const CRAFT =
  /\b(?:stages?|staged|shot (?:in|on|with)|shoots|villain|the mystery|the plot|twists?|half-?way (?:point|mark)|carries the (?:whole thing|film|picture)|can(?:not|['’]t) do much|acting|camerawork|colour grade|the score|script|running time|the audience)\b/gi;
/**
 * A paragraph under a bare "Verdict" heading that judges rather than tells: a rating, the writer's
 * "I" or the reader's "you", or a grading word. The story's verdict (an inquest's) names the
 * story's people acting and grades nothing (see namesStoryPeople).
 */
const isReviewerVerdict = (s: string): boolean => {
  if (RATING.test(s) || WRITER_FIRST_PERSON.test(s)) return true;
  READER_ADDRESS.lastIndex = 0;
  if (READER_ADDRESS.test(s)) return true;
  const grades =
    (s.match(PRAISE)?.length ?? 0) +
    (s.match(VERDICT)?.length ?? 0) +
    (s.match(ANALYSIS)?.length ?? 0) +
    (s.match(CRAFT)?.length ?? 0);
  return grades >= 1 || !SENTENCE_END.test(s);
};

/**
 * True when the paragraph names someone the story told of before it: a capitalised word, never
 * written in lower case in the document (so not "The" or "After"), found in an earlier story block.
 * Actors and the director are named in credits and reviews, seldom in the story's own paragraphs.
 */
const namesStoryPeople = (s: string, text: string, blocks: Block[]): boolean => {
  const names = new Set(s.match(/\p{Lu}\p{Ll}{2,}/gu) ?? []);
  const story = blocks.filter((b) => b.kind === 'story');
  for (const name of names) {
    if (text.includes(name.toLowerCase())) continue;
    if (story.some((b) => text.slice(b.start, b.end).includes(name))) return true;
  }
  return false;
};

/** A review page's heading for its own text (not a section of critics' quotes). */
const OWN_REVIEW = /^(?:(?:the |our |film |movie )?review|spoiler review|full review)$/i;
const CREW_HEADER =
  /^(?:crew|role|position|job|credit)s?\s*[/|,\t-]?\s*(?:names?|members?|person)$/i;
const AWARD_HEADER =
  /^(?:awards?|prizes?|nominations?|festivals?|awards and (?:festivals|nominations))\b.{0,40}$/i;
const AWARD_LINE =
  /\b(?:nominat\w*|awards?|winner|won|best (?:actor|actress|film|director|picture|leading|supporting|screenplay)|festival|oscar|goya|bafta|golden globe|palme|academy)\b/i;
/** A blog post's own header: who posted it and when ("Posted by dave on May 3, 2015"). */
const POST_HEADER =
  /\b(?:posted|published|written|reviewed|submitted)\s+(?:by|on)\b[^.!?]{0,80}\b(?:(?:1[89]|20)\d\d|ago|yesterday|today)\b/i;
/** The writer speaking for themself: first person singular outside quoted speech. */
const WRITER_FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b/;
/** Words that judge a film rather than tell it. */
const VERDICT =
  /\b(?:terrific|brilliant|superb|masterpiece|masterful|cheap trick|pay-?off|performances?|wonderful|excellent|stunning|gorgeous|beautifully|overlong|flaws?|flawed|quibbles?|clunky|cartoon(?:ish)?|tension|pacing|the score|cinematography|screenplay|the script|direction|recommended|worth (?:watching|seeing)|must-see|earned it|properly (?:frightening|funny|scary)|small masterpiece|feels like|works? (?:well|beautifully)|doesn['’]t work)\b/gi;
/** What a writer's aside is about: their viewing, their verdict, their readers. */
const OPINION =
  /\b(?:best|worst|favou?rites?|recommend\w*|spoil\w*|comments?|honestly|thoughts|opinion|imo|watched|rewatch\w*|saw (?:this|it)|seen|masterpiece|overrated|underrated|must[- ]see|loved|hated|enjoyed|cinema|theat(?:er|re)|screening|let me know|okay|ok,|wow|lol|argue|argues|conclude|thesis|this essay|in this essay|complaint|i think|i would)\b/i;
/** OPINION, counted: how many of a paragraph's words judge or argue. */
const OPINION_ALL = new RegExp(OPINION.source, 'gi');
/** True when every sentence speaks in the writer's voice, gives a verdict or addresses the reader. */
const isAllAside = (s: string): boolean =>
  s
    .split(/(?<=[.!?])\s+/)
    .filter((x) => /\p{L}/u.test(x))
    .every((x) => isAsideClause(x) && storyClauseBeforeAside(x, isAsideClause) === null);
/** A sentence or clause in the writer's voice, to their reader, or judging. */
const isAsideClause = (x: string): boolean => {
  READER_ADDRESS.lastIndex = 0;
  return WRITER_FIRST_PERSON.test(x) || READER_ADDRESS.test(x) || OPINION.test(x);
};

/** Share of sentences in the writer's voice for a paragraph to be theirs, with judging words. */
const WRITER_SHARE = 0.5;
/** True when at least half the sentences say "I" and two words or more judge or argue. */
const isMostlyWriter = (s: string): boolean => {
  const sentences = s.split(/(?<=[.!?])\s+/).filter((x) => /\p{L}/u.test(x));
  if (sentences.length === 0) return false;
  // "My only complaint": a sentence may open with the writer's word.
  const mine = sentences.filter(
    (x) => WRITER_FIRST_PERSON.test(x) || /^(?:My|Me)\b/.test(x),
  ).length;
  if (mine < sentences.length * WRITER_SHARE) return false;
  const judging =
    (s.match(OPINION_ALL)?.length ?? 0) +
    (s.match(VERDICT)?.length ?? 0) +
    (s.match(ANALYSIS)?.length ?? 0);
  return judging >= 2;
};

/** Most words of four letters or more start with a capital: a title, not a sentence. */
const isTitleCased = (s: string): boolean => {
  const long = s.split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]{3,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= long.length * 0.75;
};

/** Encyclopaedia production, release and reception vocabulary: about the film, not its story. */
const RECEPTION =
  /\b(?:rotten tomatoes|metacritic|approval rating|critics?|critical(?:ly)? (?:acclaim|response|reception|success)|reviewers?|box office|grossed|grossing|budget of|premiered|world premiere|was released|released (?:on|in|theatrically)|theatrical(?:ly)? release|home media|blu-ray|dvd|principal photography|filming (?:took place|began|wrapped|started)|was (?:filmed|shot) (?:in|on|at)|shot on location|festival|distribution rights|distributor|called (?:it|the film)|praised|the film stars|it stars|starring|nominated|nominations?|won the|awards?)\b/gi;
/** One marketing or streaming word (with a reader addressed, enough to mark furniture). */
const MARKETING_ONE =
  /\b(?:streaming|stream it|netflix|prime video|hulu|disney\+|hbo|apple tv|on demand|everything you need to know|this article|this post|this guide|scroll|click|subscribe|read on)\b/i;
/** Criticism and analysis vocabulary: about the film as a work, not what happens in it. */
const ANALYSIS =
  /\b(?:audiences?|viewers?|the director(?:['’]s)?|filmmakers?|themes?|thematic\w*|symboli[sz]\w*|metaphors?|allegor\w*|cinematograph\w*|performances?|screenplay|pacing|subtext|interpretations?|ambiguous ending|open to interpretation|the ending (?:suggests|implies|leaves|means)|leaves (?:us|the audience|viewers)|we are left|explores (?:themes|the theme|ideas)|commentary on|masterful(?:ly)?|gripping|compelling|must-see|the (?:final|last|closing) (?:shot|image|frame)|implies|haunting|stays with (?:you|us))\b/gi;
/** A standalone question line ("Who killed Anouk?", "Q: Is Vera alive?"): an FAQ, not story. */
const QUESTION_LINE = /^(?:q\s*[:.)]\s*|faq\s*[:.]?\s*|\d+[.)]\s+)?[^"“”.!?]{3,120}\?$/i;
/** An encyclopaedia's first line: "X is a 2008 Canadian disaster drama film directed by Y." */
export const ENCYCLOPEDIA_LEAD =
  /^[^.!?\n]{1,100}?\s+is an? (?:(?:1[89]|20)\d\d )?(?:[\p{L}-]+ ){0,8}?(?:\p{L}+-)?(?:film|movie|feature|picture|documentary|miniseries|thriller|drama|comedy|western|musical|melodrama)\b(?!-| (?:critic|student|director|buff|editor|maker|producer|star|crew|school|club|festival|projectionist|historian|lover|fan|set|camera|reel|shoot|writer|teacher|professor|composer)s?\b)/u;
const TITLE_YEAR_LINE = /^[^.!?]{1,90}\(\s*(?:18|19|20)\d\d\s*\)[^.!?]{0,60}$/;
/** The closing marks /[.!?]["”’')\]]*$/ lets follow a sentence's end. */
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
/**
 * A paragraph that ends like a sentence: the same test as /[.!?]["”’')\]]*$/, read from the end.
 * (The pattern tries every offset of the paragraph; only the mark before the closing marks can
 * match, since no closing mark is a sentence mark.)
 */
const SENTENCE_END = {
  test: (s: string): boolean => {
    let i = s.length;
    while (i > 0 && CLOSERS.has(s.charAt(i - 1))) i--;
    const c = s.charCodeAt(i - 1);
    return c === 46 || c === 33 || c === 63;
  },
};

/** The same as (s.match(/\S+/g) ?? []).length, counted without building the array of words. */
const wordCount = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = isSpaceUnit(c);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

const isNameRow = (s: string): boolean => {
  const words = s.split(/\s+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.length <= MAX_TABLE_ROW_WORDS &&
    !SENTENCE_END.test(s) &&
    words.filter((w) => /^[A-ZÀ-ÞĀ-Ž0-9]/.test(w)).length >= Math.ceil(words.length / 2)
  );
};

const splitCastRow = (row: string): CastRow | null => {
  const parts = row
    .split(/\s*(?:\t|\s{2,}|\||\.{3,}|…|\s+as\s+|\s+-\s+|\s+–\s+|\s*—\s*|:\s+)\s*/)
    .filter(Boolean);
  // A dated line under a cast list ("14 November — Harbourside Film Festival, Bristol"): a
  // screening, no performer and part.
  if (/^\d/.test(parts[0] ?? '') || /^\d/.test(parts[1] ?? '')) return null;
  if (parts.length === 2) return { actor: parts[0] ?? '', character: parts[1] ?? '' };
  const words = row.split(/\s+/).filter(Boolean);
  if (words.length < 3) return null;
  // No separator: performers' names have two words (three with a particle such as "de").
  const particle = /^(?:de|del|da|van|von|la|le|di|dos|das|mc)$/i;
  let cut = 2;
  if (words.length >= 4 && particle.test(words[1] ?? '')) cut = 3;
  return { actor: words.slice(0, cut).join(' '), character: words.slice(cut).join(' ') };
};

/**
 * A one-line cast list ("Cast: Ama Owusu as Nadia, Tom Reed as Wes" or "Starring: Nadia (Ama
 * Owusu), ..."): each pair names a character and the performer. Bare names are performers only.
 */
const castFromLine = (line: string, cast: CastRow[]): void => {
  const m = /^[\s•*·\-–—]*(?:cast|starring|stars|with)(?:\s*:|\t| {2,})\s*(.+)$/i.exec(line);
  if (!m) return;
  for (const item of (m[1] ?? '').split(/\s*(?:[,;]|\band\b)\s*/)) {
    const as =
      /^(\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}) as (\p{Lu}[\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})\.?$/u.exec(
        item,
      );
    const paren =
      /^(\p{Lu}[\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,2})\s*\((\p{Lu}[^()]{2,40})\)$/u.exec(item);
    if (as) cast.push({ actor: as[1] ?? '', character: as[2] ?? '' });
    else if (paren) cast.push({ actor: (paren[2] ?? '').trim(), character: paren[1] ?? '' });
  }
};

/** Marketing-vocabulary hits per word: high for SEO and recommendation paragraphs. */
export const marketingScore = (s: string): number => {
  const hits = s.match(MARKETING)?.length ?? 0;
  // One marketing word can be story ("They explore the house."); two or more rarely are.
  if (hits < 2) return 0;
  return hits / Math.max(1, wordCount(s) / 25);
};

/** Splits the text into paragraphs (trimmed ranges), joining hard-wrapped lines. */
const paragraphs = (text: string): { start: number; end: number }[] => {
  const lines: { start: number; end: number }[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    lines.push(trimRange(text, pos, nl));
    pos = nl + 1;
  }
  const nonEmpty = lines.filter((l) => l.end > l.start);
  // Hard-wrapped prose: most lines of similar width, not ending a sentence, blank-line separated.
  const widths = nonEmpty.map((l) => l.end - l.start);
  const open = nonEmpty.filter(
    (l) => l.end - l.start > 50 && !SENTENCE_END.test(text.slice(l.start, l.end)),
  ).length;
  const wrapped =
    nonEmpty.length >= 6 && open / nonEmpty.length > 0.4 && Math.max(0, ...widths) <= 100;
  const out: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const l of lines) {
    if (l.end <= l.start) {
      if (cur) out.push(cur);
      cur = null;
      continue;
    }
    const prev = cur ? text.slice(cur.start, cur.end) : '';
    const next = text.slice(l.start, l.end);
    const join =
      cur !== null &&
      (wrapped || /^[a-z]/.test(next)) &&
      prev.length > 40 &&
      !SENTENCE_END.test(prev) &&
      !META_LINE.test(next);
    if (cur && join) cur = { start: cur.start, end: l.end };
    else {
      if (cur) out.push(cur);
      cur = { ...l };
    }
  }
  if (cur) out.push(cur);
  return out;
};

/**
 * The lenient reading alone (headings and end-of-page markers end no story): the converter's
 * second try when the strict reading left story text but no film in it (no named people).
 */
export const cleanLeniently = (doc: SourceText): CleanDoc => classify(doc, true);

/** Classifies every paragraph of a document; reports nothing unless the text is empty. */
export const cleanDocument = (doc: SourceText, _diagnostics: Diagnostics): CleanDoc => {
  const strict = classify(doc, false);
  const storyChars = (c: CleanDoc): number =>
    c.blocks.reduce((n, b) => n + (b.kind === 'story' ? b.end - b.start : 0), 0);
  const found = storyChars(strict);
  if (found >= MIN_STORY_TOTAL) return strict;
  // (Almost) nothing left as story: a section heading or an end-of-page marker swallowed it (a
  // review page headed "REVIEW", a synopsis after "Screenings"). Read it again without letting
  // headings or markers end the story, and keep that reading if it finds clearly more.
  const lenient = classify(doc, true);
  return storyChars(lenient) > 2 * found ? lenient : strict;
};

/** Less story than this (in characters, about 80 words) makes the cleaner read again, leniently. */
const MIN_STORY_TOTAL = 480;

/** Words left after a leading warning for the rest to stand as a paragraph of its own. */
const MIN_AFTER_WARNING_WORDS = 12;

/**
 * "The synopsis below may give away important plot points. Thea wakes..." A spoiler warning
 * opening a paragraph of story is a paragraph of its own, so it never lies inside a scene.
 */
const splitLeadingWarning = (
  text: string,
  p: { start: number; end: number },
): { start: number; end: number }[] => {
  const s = text.slice(p.start, p.end);
  if (!/spoil|give|gives|reveal|discuss|warn/i.test(s.slice(0, 200))) return [p];
  const m = /^[^.!?\n]{10,200}[.!?]["”’)]*\s+/.exec(s);
  if (!m) return [p];
  const first = m[0];
  const rest = s.slice(first.length);
  const warns =
    SPOILER_WARNING.test(first) ||
    /\b(?:give away|gives away|reveals?|discuss(?:es)?)\b[^.!?]{0,40}\b(?:plot|ending|twist|details)\b/i.test(
      first,
    );
  if (!warns || wordCount(rest) < MIN_AFTER_WARNING_WORDS) return [p];
  const cut = p.start + first.trimEnd().length;
  return [
    { start: p.start, end: cut },
    { start: p.start + first.length, end: p.end },
  ];
};

/** Classifies the paragraphs; `lenient` lets no heading or end marker drop the story after it. */
const classify = (doc: SourceText, lenient: boolean): CleanDoc => {
  const { text } = doc;
  const blocks: Block[] = [];
  const cast: CastRow[] = [];
  let table: 'cast' | 'crew' | 'award' | null = null;
  let roleFirst = false;
  /** 'verdict': under a bare "Verdict" heading, which may head a review's or the story's. */
  let section: 'story' | 'premise' | 'other' | 'verdict' | null = null;
  let tail = false;
  /** Inside a table of contents: its short lines are entries, not headings. */
  let toc = false;
  let seenStory = false;
  /** Characters of story so far: a page's end (comments, related links) comes after its story. */
  let storyChars = 0;
  /** In a section about other films ("More like this"): no facts line there is this film's. */
  let elsewhere = false;
  /** Where the story headings ("Synopsis", "Plot") stand among the blocks. */
  const storyHeadings: number[] = [];
  /** In a section that interrupts the story (comments, reviews, "You might also like"). */
  let interlude = false;
  /** Under a parents' guide's content heading ("Violence & Gore: Moderate"), until another heading. */
  let guideNotes = false;
  /** After an ad's, a sponsor's or a newsletter box's opening line, until story resumes. */
  let promo = false;
  /** The paragraph before was a review's headline: a standfirst may follow. */
  let afterHeadline = false;
  /** The paragraph before this one: under a comment's header, a comment's body. */
  let before = '';
  /** Names of the story's people so far (capitalised words never written in lower case). */
  const storyNames = new Set<string>();
  const lowerSeen = new Map<string, boolean>();
  /** The page's own people: a podcast's hosts and guests, a thread's posters (pageTalk.ts). */
  const people = pagePeople(text);
  /** The page's directors (by its credits) and whether it opens as an email (pageStyles9.ts). */
  const page9 = readPage9(text);
  /** A chat export's reactions to the member who tells the story (furniture14.ts). */
  const chat = readChat(text);
  for (const p of withoutSpeakerLabels(text, paragraphs(text)).flatMap((q) =>
    splitLeadingWarning(text, q),
  )) {
    const s = text.slice(p.start, p.end);
    const words = wordCount(s);
    const prev = before;
    before = s;
    const push = (kind: BlockKind): void => {
      blocks.push({ start: p.start, end: p.end, kind });
      if (kind === 'story') {
        storyChars += p.end - p.start;
        addStoryNames(s, text, storyNames, lowerSeen);
        promo = false;
      }
    };
    /** The paragraph's story is `s[from, to)`; what stands before and after it is furniture. */
    const pushStoryBetween = (from: number, to: number): void => {
      if (from > 0)
        blocks.push({
          start: p.start,
          end: p.start + s.slice(0, from).trimEnd().length,
          kind: 'boilerplate',
        });
      blocks.push({ start: p.start + from, end: p.start + to, kind: 'story' });
      if (to < s.length)
        blocks.push({
          start: p.start + s.length - s.slice(to).trimStart().length,
          end: p.end,
          kind: 'boilerplate',
        });
      storyChars += to - from;
      addStoryNames(s.slice(from, to), text, storyNames, lowerSeen);
      promo = false;
    };
    if (tail) {
      // A page-end line between the story's paragraphs ends nothing when the story goes on.
      if (!storyResumes(s, words, storyNames)) {
        push('boilerplate');
        continue;
      }
      tail = false;
    }
    // A review's headline ("X review – a piano tuner learns to listen") and the standfirst under
    // it (a line that ends no sentence), before the story: the page's, not a scene's.
    // (A fact box between bars or with stars is no standfirst: "★★★½ | Directed by X | 1h 52m".)
    const standfirst =
      afterHeadline && words >= 6 && words <= 40 && !SENTENCE_END.test(s) && !/[|•·★☆]/.test(s);
    afterHeadline = !seenStory && isReviewHeadline(s, words);
    if (!seenStory && (afterHeadline || standfirst)) {
      // The standfirst sums the film up (its years, its place): no heading to take facts from.
      push(afterHeadline ? 'heading' : 'boilerplate');
      continue;
    }
    // Inside an ad or a newsletter box: its pitch, its form, its small print.
    if (promo && isPromoBody(s, words, storyNames)) {
      push('boilerplate');
      continue;
    }
    if (words <= 12 && PROMO_OPENER.test(s)) promo = true;
    if (words <= 12 && BYLINE.test(s)) {
      // A signed piece after the story (a booklet's essay under its title, "by Hannah W."): its
      // heading said nothing a section name knows, the byline says it is not the story.
      if (!lenient && seenStory && blocks[blocks.length - 1]?.kind === 'heading') {
        section = 'other';
        elsewhere = false;
      }
      push('boilerplate');
      continue;
    }
    // A booklet's or a guide's table of contents: its entries name sections to come ("About the
    // Restoration") and open none of them here.
    if (toc) {
      // Its entries stand on consecutive lines; a blank line ends it.
      const gap = text.slice(blocks[blocks.length - 1]?.end ?? p.start, p.start);
      if (words <= 12 && !SENTENCE_END.test(s) && !/\n[^\S\n]*\n/.test(gap)) {
        push('boilerplate');
        continue;
      }
      toc = false;
    }
    // "2 Answers", "Accepted answer": a Q&A page's next posts begin, ending the comments (or any
    // other section) above them.
    if (isAnswersMark(s, words)) {
      section = null;
      interlude = false;
      elsewhere = false;
      table = null;
      push('boilerplate');
      continue;
    }
    if (words <= 4 && CONTENTS_HEADING.test(s)) {
      toc = true;
      section = null;
      table = null;
      push('boilerplate');
      continue;
    }
    // "Is it any good?": a review's or a guide's judgement of the film follows (it names the
    // story's people, so it is no interlude the story resumes after).
    if (!lenient && seenStory && isReviewQuestionHeading(s, words)) {
      section = 'other';
      interlude = false;
      elsewhere = false;
      table = null;
      push('boilerplate');
      continue;
    }
    // "Plot[edit]" is the heading "Plot".
    // Every EDIT_LINK match holds a "]": the cheap test spares a scan from each position.
    const h = s.includes(']') && EDIT_LINK.test(s) ? s.replace(EDIT_LINK, '') : s;
    // An infobox row ("Music by<tab>X") is a fact, not a heading.
    const heading =
      SECTION_HEADING.test(h) &&
      (words <= 5 || wordCount(sectionName14(h)) <= 5 || (words <= 8 && LONG_SECTION14.test(h))) &&
      !h.includes('\t');
    // A parents' guide's content heading ("Violence & Gore: Moderate", "Language — Mild"): its
    // notes are the guide's, not the story's; a "Spoilers" heading opens the story again.
    const guideSection = words <= 12 ? guideSectionOf(h) : null;
    if (!lenient && guideSection === 'notes') {
      section = 'other';
      interlude = true;
      elsewhere = false;
      table = null;
      guideNotes = true;
      push('boilerplate');
      continue;
    }
    // Any other heading ends the notes ("Spoilers", "What's the story?", "Plot summary").
    if (
      guideNotes &&
      guideSection !== 'rating' &&
      ((heading && !isEntryVote(h)) || (words <= 6 && /\?$/.test(h)))
    ) {
      guideNotes = false;
      section = null;
      interlude = false;
    }
    if (heading && !CAST_HEADER.test(h) && !CREW_HEADER.test(h) && !ROLE_FIRST_HEADER.test(h)) {
      // Press kits and pages come in sections: the heading says what follows.
      // A count after a section's name is no part of it: "Parents say (12 reviews)".
      // A guide's stop number is no part of it either: "Stop 37 · Behind the scenes".
      const name = sectionName14(
        h.replace(/[:\s]+$/, '').replace(/\s*\(\d[\d,]*(?:\s+\p{L}+)?\)$/u, ''),
      );
      // "The verdict" heads a reviewer's closing judgement, or the story's verdict (an inquest's,
      // a trial's): what follows is read paragraph by paragraph.
      if (!lenient && VERDICT_HEADING.test(name)) {
        section = 'verdict';
        table = null;
        elsewhere = false;
        push('heading');
        continue;
      }
      // A comments box, critics' or audience reviews: the story may resume after them.
      if (!lenient && INTERLUDE_SECTION.test(name)) {
        section = 'other';
        interlude = true;
        elsewhere = SECTION_ELSEWHERE.test(name);
        table = null;
        push('boilerplate');
        continue;
      }
      const next = SECTION_PREMISE.test(name)
        ? 'premise'
        : SECTION_STORY.test(name)
          ? 'story'
          : SECTION_OTHER.test(name) ||
              SECTION_ELSEWHERE.test(name) ||
              (storyChars >= MIN_STORY_TOTAL && BACKGROUND_AFTER.test(name))
            ? 'other'
            : null;
      if (next) {
        // A page's own "Review" heading before any story heads the review, plot and all.
        section =
          ((lenient && !NEVER_STORY.test(name)) || (!seenStory && OWN_REVIEW.test(name))) &&
          next === 'other'
            ? null
            : next;
        table = next === 'other' && AWARD_HEADER.test(name) ? 'award' : null;
        elsewhere = next === 'other' && SECTION_ELSEWHERE.test(name);
        interlude = elsewhere;
        if (next === 'story') storyHeadings.push(blocks.length);
        push(next === 'other' ? 'boilerplate' : 'heading');
        continue;
      }
      // Read leniently, a heading no section name knows ends one about the disc or the credits:
      // a booklet's essay under its own title may be the only retelling of the story.
      if (lenient && !/^[•*·–—-]/.test(h)) section = null;
    }
    if (CAST_HEADER.test(h) || ROLE_FIRST_HEADER.test(h)) {
      if (ROLE_FIRST_HEADER.test(h)) roleFirst = true;
      else if (!/^cast\b/i.test(h) || /actor/i.test(h)) roleFirst = false;
      table = 'cast';
      section = null;
      push('cast');
      continue;
    }
    // A credits table ends any section before it (a disc's "SPECIAL FEATURES", then "CREW").
    if (CREW_HEADER.test(h) || (heading && /^crew:?$/i.test(h))) {
      table = 'crew';
      section = null;
      push('crew');
      continue;
    }
    // A streaming page's "Cast & crew": a table of credits whose cast row is one line of pairs.
    if (heading && /^cast\s*(?:&|and|\+)\s*crew:?$/i.test(h)) {
      table = 'crew';
      section = null;
      push('crew');
      continue;
    }
    if (!seenStory && ENCYCLOPEDIA_LEAD.test(s)) {
      // The lead of an encyclopaedia article states the film's facts; its plot comes later (even
      // when the infobox above it ended in a heading such as "Production").
      push('meta');
      continue;
    }
    // A long paragraph about the story's people after a comments box or a "You might also like"
    // list: the story goes on.
    // (Not a comment under its header: "u/harbourlights · 13h", then what they wrote.)
    if (
      section === 'other' &&
      ((interlude && isStoryResuming(s, words, storyNames)) ||
        storyResumes(s, words, storyNames)) &&
      !isCommentHeader(prev)
    ) {
      section = null;
      interlude = false;
      elsewhere = false;
    }
    if (
      section === 'other' &&
      !META_LINE.test(s) &&
      // Its facts lines state the film's metadata: "1972 | Colour | 104 mins".
      !(!elsewhere && words <= 30 && (FACTS_LINE.test(s) || CREDITS_LINE.test(s)))
    ) {
      push('boilerplate');
      continue;
    }
    if (section === 'verdict' && (isReviewerVerdict(s) || !namesStoryPeople(s, text, blocks))) {
      push('boilerplate');
      continue;
    }
    if (section === 'premise' && words > 6 && SENTENCE_END.test(s)) {
      push('premise');
      continue;
    }
    if (AWARD_HEADER.test(s) && words <= 8) {
      table = 'award';
      push('award');
      continue;
    }
    if (table === 'cast' || table === 'crew') {
      // Crew rows can be long ("Writer X from an idea by Y") but never end a sentence.
      // Titles ("Mr. Grey", "Dr. Ruiz") end in a full stop without ending a sentence.
      const plain = s.replace(TITLE_ABBREVIATION, '$1').replace(/["”]+$/, '');
      const longRow =
        words <= 16 &&
        (!SENTENCE_END.test(plain) || /(?:\b[A-Z]\.)+$/.test(plain)) &&
        !/[.!?]\s/.test(plain) &&
        (s.match(/\b\p{Lu}/gu) ?? []).length * 2 >= words;
      if ((isNameRow(s) || longRow) && !META_LINE.test(s)) {
        if (table === 'cast') {
          const row = splitCastRow(s);
          if (row) cast.push(roleFirst ? { actor: row.character, character: row.actor } : row);
        }
        push(table);
        continue;
      }
      // A press kit's cast list with a biography under each row: the bio opens with the actor's
      // name, and the list goes on after it.
      const lastRow = cast[cast.length - 1];
      if (table === 'cast' && lastRow && isCastBio(s, lastRow.actor)) {
        push('boilerplate');
        continue;
      }
      table = null;
    }
    if (table === 'award') {
      if (words <= 30 && (AWARD_LINE.test(s) || /^[*•\-–]/.test(s) || !SENTENCE_END.test(s))) {
        push('award');
        continue;
      }
      table = null;
    }
    // The page's comments open: an interlude the story may resume after (a long paragraph about
    // its people), never a page's end that would drop it.
    if (seenStory && !lenient && isCommentsOpener(s, words)) {
      section = 'other';
      interlude = true;
      elsewhere = false;
      table = null;
      push('boilerplate');
      continue;
    }
    if (seenStory && BOILERPLATE_START.test(s)) {
      // Trailing web furniture: nothing after "Last Updated" and the like is story. A count of
      // comments in a newspaper's byline ("42 comments" under the standfirst, above the review) is
      // a link, not the page's end: it ends the page only after a story's worth of text.
      // A link with its title ("Read more: Episode 3 recap") stands inside the story.
      // A voting or reporting line under one entry ("Was this helpful? Yes | No") stands after each
      // paragraph of a guide's summary: it ends nothing.
      if (isEntryVote(s)) {
        push('boilerplate');
        continue;
      }
      tail =
        !lenient &&
        (storyChars >= MIN_STORY_TOTAL || !COMMENT_COUNT.test(s)) &&
        !INLINE_LINK.test(s);
      push('boilerplate');
      continue;
    }
    if (words <= 30 && GENRE_RUNTIME.test(s)) {
      push('meta');
      continue;
    }
    // A critic's line after the story: two grading words or more, densely ("Calloway is
    // magnificent in a near-silent role, and the storm sequence is as tense as anything").
    if (seenStory && words <= 50) {
      const grades = (s.match(PRAISE)?.length ?? 0) + (s.match(VERDICT)?.length ?? 0);
      if (grades >= 2 && grades * 20 >= words) {
        push('boilerplate');
        continue;
      }
    }
    // "★★★½ | Directed by X | 1h 52m | Rated 15": a newspaper review's fact box.
    // Without stars, the same box with two separators or more: "At a glance: Director X · Running
    // time 1h 58m · Certificate 12A" (a post's "12 min read" or "15 minutes ago" is no runtime).
    if (
      words <= 40 &&
      /[|•·]/.test(s) &&
      (/[★☆⭐]/u.test(s) ||
        ((s.match(/[|•·]/g)?.length ?? 0) >= 2 && !/\bmin(?:ute)?s? (?:read|ago)\b/i.test(s))) &&
      STAR_FACTS.test(s)
    ) {
      push('meta');
      continue;
    }
    if (
      (words <= 60 && PAGE_NOTE_HINT.test(s) && PAGE_NOTE.test(s)) ||
      BRACKETED.test(s) ||
      // A film-diary site's hatnote or an encyclopaedia's: "For the 1958 novel, see X (novel)."
      (words <= 30 && /^for (?:the|other|a) [^.!?]{1,60},? see\b/i.test(s))
    ) {
      push('boilerplate');
      continue;
    }
    if (
      (words <= 20 && FURNITURE_LINE.test(s)) ||
      (words <= 40 && NAV_HINT.test(s) && NAV_LINE.test(s)) ||
      (words <= 40 && PAGE_FURNITURE_HINT.test(s) && PAGE_FURNITURE.test(s)) ||
      (words <= 30 && POST_HEADER.test(s)) ||
      (words <= 80 && LISTING_LINE.test(s)) ||
      (words <= 45 && s.includes(' is a') && AUTHOR_BIO.test(s)) ||
      (words <= 40 && isForumLine(s)) ||
      isCardLine(s, words) ||
      isOtherFurniture(s, words) ||
      isCallToAction(s, words) ||
      isThreadChrome(s, words) ||
      isThreadTalk(s, words) ||
      // The hosts' talk between a synopsis's chapters names the page's people, not the story's.
      isHostTalk(s, people, storyNames) ||
      (seenStory && isOtherFilmItem(s, words)) ||
      isPageFurniture4(s, words, seenStory, storyNames) ||
      isPageChrome8(s, words) ||
      isPageChrome9(s, words, page9, storyNames, p.start) ||
      isPageFurniture11(s, words, seenStory) ||
      isPageFurniture13(s, words) ||
      isLanguageCount(s, words) ||
      isPageFurniture14(s, words) ||
      isPageFurniture15(s, words) ||
      (chat.length > 0 && isChatReaction(chat, p.start, p.end)) ||
      isMakerEssayOpening(s, page9.makers, seenStory)
    ) {
      push('boilerplate');
      continue;
    }
    // Without a quotation mark the blanking changes nothing and is skipped.
    const unquoted =
      s.includes('"') || s.includes('“') ? s.replace(/["“][^"”]{0,400}["”]/g, ' ') : s;
    // A synopsis never says "I": a paragraph that is all the writer's aside (every sentence in
    // their voice, about their viewing or to their reader) is not story. A recap that mixes
    // asides into its telling keeps the paragraph: dropped story costs more than a leak.
    if (
      WRITER_FIRST_PERSON.test(unquoted) &&
      (isAllAside(unquoted) ||
        // A verdict in the writer's voice: first person and judging words, no story told.
        (seenStory && (unquoted.match(VERDICT)?.length ?? 0) >= 3) ||
        // A closing verdict or an essay's argument: half its sentences in the writer's voice,
        // judging or arguing ("Honestly I think this is one of the best...", "I would conclude").
        (seenStory && isMostlyWriter(unquoted)))
    ) {
      // A spoken retelling's paragraph, the speaker's asides between the story's sentences: the
      // story from its first sentence to its last stays (the asides between them leak less than
      // the lost events would cost).
      const told = isAllAside(unquoted)
        ? null
        : storyAmongAsides(
            s,
            (x) => isAsideClause(x) || x.match(PRAISE) !== null || x.match(VERDICT) !== null,
            (x) => countStoryNames(x, storyNames),
          );
      if (told) {
        pushStoryBetween(told.from, told.to);
        seenStory = true;
        continue;
      }
      push('boilerplate');
      continue;
    }
    // A critical essay's paragraph (a student's, a booklet's): it cites critics by page.
    const citations = unquoted.match(CITATION)?.length ?? 0;
    if (citations >= 2 || (citations === 1 && (unquoted.match(ANALYSIS)?.length ?? 0) >= 1)) {
      push('boilerplate');
      continue;
    }
    const reception = unquoted.match(RECEPTION)?.length ?? 0;
    const analysis = unquoted.match(ANALYSIS)?.length ?? 0;
    // Two or more facts about making, releasing or judging the film, densely: a reception note;
    // the same for talk about its themes and craft (an "ending explained" paragraph).
    // (Not the viewer's "you" of a spoken retelling: "you see her sorting the mail".)
    const toReader = Math.max(
      0,
      (unquoted.match(READER_ADDRESS)?.length ?? 0) - viewerYouCount(unquoted),
    );
    if (
      // A short paragraph that talks to its reader about the film or the page: furniture.
      (toReader >= 1 && words <= 60 && MARKETING_ONE.test(unquoted)) ||
      (reception >= 2 && reception * 30 >= words) ||
      (analysis >= 2 && analysis * 25 >= words) ||
      (reception + analysis >= 3 && (reception + analysis) * 25 >= words) ||
      (QUESTION_LINE.test(s) && words <= 20) ||
      // A poster's questions to the thread ("So is Lotte a murderer or not?? And why ...?").
      (words <= 50 && s.includes('?') && allQuestions(unquoted))
    ) {
      push('boilerplate');
      continue;
    }
    if (isCrewLine(s, words)) {
      // A grid of cast pairs in brackets: each pair is a cast row ("[ Actor  Character ]").
      if (s.startsWith('['))
        for (const m of s.matchAll(/\[([^[\]]+)\]/g)) {
          const row = splitCastRow((m[1] ?? '').trim());
          // "[ Name  Director ]": a crew credit in the grid, no character.
          if (
            row &&
            !/^(?:director|writer|producer|composer|editor|narrator|self)$/i.test(row.character)
          )
            cast.push(row);
        }
      push('meta');
      continue;
    }
    if (PREMISE_LINE.test(s) && !seenStory) {
      push('premise');
      continue;
    }
    if (
      (META_LINE.test(s) ||
        /^(?:directed|written|produced|a film) by\b/i.test(s) ||
        // "Dir." and initials ("Ulrike B.") are not sentence ends.
        (/[•·‧|]/.test(s) && CREDITS_LINE.test(s.replace(/\b(?:dir|\p{Lu})\.(?=\s|$)/giu, 'x'))) ||
        (words <= DOTTED_FACTS_WORDS && dottedFacts(s)) ||
        /^(?:written and directed|written & directed|written, directed|co-written and directed) by\b/i.test(
          s,
        )) &&
      words <= 40
    ) {
      push('meta');
      castFromLine(s, cast);
      continue;
    }
    if (
      SPOILER_HINT.test(s) &&
      SPOILER_WARNING.test(s) &&
      (words <= 60 || marketingScore(s) > 0.3)
    ) {
      push('warning');
      continue;
    }
    // "RECAP: The Keeper's Daughter (2022) — Explained": the page's headline names the film.
    if (!seenStory && words <= 20 && LABELLED_TITLE.test(s)) {
      push('heading');
      continue;
    }
    if (words <= 30 && (FACTS_LINE.test(s) || /^dir\.\s+\p{Lu}/iu.test(s))) {
      push('meta');
      continue;
    }
    // Every match holds a "(": the cheap test spares the pattern's backtracking.
    if (s.includes('(') && (TITLE_YEAR_LINE.test(s) || isTitleFactsLine(s, words))) {
      push(seenStory ? 'boilerplate' : 'heading');
      continue;
    }
    // A title in capitals before the story, perhaps with its original title in brackets
    // ("THE WIDOW OF LANGE GASSE (Die Witwe aus der Lange Gasse)").
    if (!seenStory && words <= 16 && !SENTENCE_END.test(s) && CAPITALS_TITLE.test(s)) {
      push('heading');
      continue;
    }
    const marketing = marketingScore(s);
    if (
      marketing >= 1 ||
      (marketing >= 0.5 && /\b(?:you|your)\b/i.test(s)) ||
      // Second person outside quotes: toReader, counted above in `unquoted`.
      toReader >= 2
    ) {
      // One sentence to the reader inside a story paragraph: only it is furniture (kept inside
      // the story when it stands between story sentences).
      const story =
        marketing < 0.5 && seenStory
          ? (storyAroundReaderAside(s, storyNames) ?? storyBetweenTalk(s, storyNames))
          : null;
      if (story !== null) {
        pushStoryBetween(story.from, story.to);
        continue;
      }
      push('boilerplate');
      continue;
    }
    if (words <= 15 && AWARD_LINE.test(s) && !SENTENCE_END.test(s)) {
      push('award');
      continue;
    }
    // A list item telling an event ends no sentence either: "• Anton hides the family".
    const storyItem = !SENTENCE_END.test(s) && isStoryListItem(s);
    if (s.length < MIN_STORY_CHARS && !SENTENCE_END.test(s) && !storyItem) {
      push('heading');
      continue;
    }
    if (!SENTENCE_END.test(s) && words <= 8 && !storyItem) {
      push('heading');
      continue;
    }
    // A line that ends no sentence before any story, in lower case (a site's tagline, "horror
    // recaps for the brave"), or a long title in title case ("Everything Falls Backwards: Memory
    // and Guilt in X", an essay's, long or with a subtitle): no story. (A short one may be the
    // film's title: left alone.)
    // isTitleCased (a split and a test per word) is pure, so it runs only where it can matter.
    if (
      !SENTENCE_END.test(s) &&
      words <= 14 &&
      (isTitleCased(s) ? words > 10 || (words >= 7 && s.includes(':')) : !seenStory && !storyItem)
    ) {
      push('heading');
      continue;
    }
    // The director at work, the film's parts to its viewer, a book beside the film, a poster's
    // reading of the ending: talk about the film, no story event (pageStyles9.ts).
    if (words >= 3 && isFilmTalk9(s, words, page9, storyNames)) {
      push('boilerplate');
      continue;
    }
    // A reviewer's commentary on the film as a made thing, between the plot's paragraphs.
    const craft = mentionsCraft(s);
    if (craft && words >= 3 && isCommentary(unquoted, storyNames)) {
      push('boilerplate');
      continue;
    }
    // Commentary sentences opening or closing a story paragraph stand apart from its story.
    const part = craft ? storyPartOf(s, storyNames) : null;
    if (part) {
      if (part.from > 0)
        blocks.push({
          start: p.start,
          end: p.start + s.slice(0, part.from).trimEnd().length,
          kind: 'boilerplate',
        });
      const story = { start: p.start + part.from, end: p.start + part.to };
      blocks.push({ ...story, kind: 'story' });
      storyChars += story.end - story.start;
      addStoryNames(text.slice(story.start, story.end), text, storyNames, lowerSeen);
      promo = false;
      if (part.to < s.length) {
        const rest =
          p.start + part.to + (s.slice(part.to).length - s.slice(part.to).trimStart().length);
        blocks.push({ start: rest, end: p.end, kind: 'boilerplate' });
      }
      seenStory = true;
      continue;
    }
    // A writer's bracketed aside to the reader closing a story paragraph.
    const aside = s.endsWith(')') ? storyBeforeAside(s, storyNames) : null;
    if (aside !== null) {
      blocks.push({ start: p.start, end: p.start + aside, kind: 'story' });
      storyChars += aside;
      addStoryNames(s.slice(0, aside), text, storyNames, lowerSeen);
      promo = false;
      blocks.push({ start: p.start + s.indexOf('(', aside), end: p.end, kind: 'boilerplate' });
      seenStory = true;
      continue;
    }
    // A masthead or a menu of sections ("SCREENTIME WEEKLY | 14-20 June | TV & Radio
    // Listings"): short parts between bars, none a sentence.
    if (!seenStory && isBarredMasthead(s)) {
      push('boilerplate');
      continue;
    }
    // Furniture by its shape: symbols more than words, buttons only, the medium's words.
    if (isFurnitureShape(s, words, storyNames)) {
      push('boilerplate');
      continue;
    }
    // The writer framing their own text at a paragraph's ends ("here's my breakdown", "In this
    // essay I argue"): those sentences stand apart from the story between them.
    const framed = storyInsideWriterFrame(s);
    if (framed) {
      if (framed.to <= framed.from) {
        push('boilerplate');
        continue;
      }
      pushStoryBetween(framed.from, framed.to);
      seenStory = true;
      continue;
    }
    push('story');
    seenStory = true;
  }
  markBlurbsAboveStory(blocks, storyHeadings);
  // Listings first: a listed film's blurb reads like a pitch, but it is not this film's.
  markListingBlurbs(text, blocks);
  // A leaflet of several films: the blurbs under the other films' entries.
  markProgrammeBlurbs(text, blocks);
  markLoglines(text, blocks);
  markOtherFilmBlurbs(text, blocks);
  // A press release's headline, its institution's quote, its "About <organisation>" (press15.ts).
  markPressFurniture15(text, blocks);
  return { file: doc.file, text, blocks, cast, lenient };
};

/** Another film's entry line: its title and year in brackets, and a rating ("X (2019) - 3 stars"). */
const OTHER_FILM_ENTRY = /\(\s*(?:19|20)\d\d\s*\)/;

/**
 * A page's list of other films after its story (a streaming service's "More reviews", a
 * magazine's round-up): each entry line names a film with its year and its rating, a facts line
 * may follow, then a short blurb. The blurb tells that other film's premise, not this story.
 */
const markOtherFilmBlurbs = (text: string, blocks: Block[]): void => {
  let seenStory = false;
  blocks.forEach((b, i) => {
    if (b.kind !== 'story') return;
    const wasStory = seenStory;
    seenStory = true;
    if (!wasStory || wordCount(text.slice(b.start, b.end)) > MAX_BLURB_WORDS) return;
    let j = i - 1;
    while (j >= 0 && blocks[j]?.kind === 'meta') j--;
    const entry = blocks[j];
    if (!entry || entry.kind !== 'boilerplate') return;
    const line = text.slice(entry.start, entry.end);
    if (wordCount(line) <= 20 && OTHER_FILM_ENTRY.test(line) && RATING.test(line))
      b.kind = 'boilerplate';
  });
};

/**
 * A page with a story section ("Synopsis" in a disc's booklet, a database page's "Synopsis" under
 * its users' short summaries): the story text above that heading is the page's blurb (a back
 * cover's, a standfirst, the summaries, a guide's notes for parents), not scenes. The heading
 * taken is the first one with at least one and a half times as much story after it as above it, so
 * two story headings over halves of one story change nothing.
 */
/** A blurb is short beside the story: at most two thirds of the story text under the heading. */
const BLURB_RATIO = 1.5;
const markBlurbsAboveStory = (blocks: Block[], storyHeadings: number[]): void => {
  const storyLength = (from: number, to: number): number =>
    blocks.slice(from, to).reduce((n, b) => n + (b.kind === 'story' ? b.end - b.start : 0), 0);
  for (const at of storyHeadings) {
    const above = storyLength(0, at);
    if (above === 0) continue;
    if (storyLength(at, blocks.length) < above * BLURB_RATIO) continue;
    for (const b of blocks.slice(0, at)) if (b.kind === 'story') b.kind = 'premise';
    return;
  }
};

/** Parts of a masthead or menu between bars: at most this many words each. */
const MAX_BAR_PART_WORDS = 5;
/** A short line of three or more parts between bars, none of them a sentence. */
const isBarredMasthead = (s: string): boolean => {
  if (s.includes('\n') || SENTENCE_END.test(s)) return false;
  const parts = s.split(/\s+[|•·]\s+/);
  return (
    parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/).length <= MAX_BAR_PART_WORDS)
  );
};

/** A listings entry's line: a clock time, then a channel or title ("3.45pm BBC Two · X (1972)"). */
const LISTING_ENTRY = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+\S/i;
/** An entry line that is a chapter of one film, timed from its start: "58:02  Chapter 4 · X". */
const CHAPTER_ENTRY =
  /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*[-–—·|:]?\s*(?:chapters?|ch\.|part|act|scene|reel)\s*(?:\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\b/i;
/** A blurb under a listings entry is at most this many words. */
const MAX_BLURB_WORDS = 50;

/**
 * A TV or cinema listings page: the short blurb under each entry ("3.45pm BBC Two · The
 * Poseidon Adventure (1972)") describes another film. A blurb followed by the next entry (or by
 * nothing of the story) is furniture; the page's own film has a synopsis longer than a blurb.
 */
const markListingBlurbs = (text: string, blocks: Block[]): void => {
  // An entry line stands apart as a heading or furniture; read as story, it must look like one.
  const isEntry = blocks.map((b) => {
    const s = text.slice(b.start, b.end);
    return LISTING_ENTRY.test(s) && (b.kind !== 'story' || LISTING_LINE.test(s));
  });
  if (isEntry.filter(Boolean).length < 2) return;
  // A video's or a podcast's time stamps, counted from its start: its lines are no blurbs.
  if (isTimedTranscript(blocks.map((b) => text.slice(b.start, b.end)))) return;
  // A disc's chapter list ("18:40  Chapter 2 · The Fire") times one film's parts: its blurbs are
  // the story, not other films.
  const chapters = blocks.filter(
    (b, i) => isEntry[i] && CHAPTER_ENTRY.test(text.slice(b.start, b.end)),
  );
  if (chapters.length >= 2) return;
  blocks.forEach((b, i) => {
    if (isEntry[i]) {
      if (b.kind === 'story') b.kind = 'boilerplate';
      return;
    }
    const next = blocks[i + 1];
    if (
      b.kind === 'story' &&
      isEntry[i - 1] === true &&
      wordCount(text.slice(b.start, b.end)) <= MAX_BLURB_WORDS &&
      (next === undefined || isEntry[i + 1] === true || next.kind !== 'story')
    )
      b.kind = 'boilerplate';
  });
};

/** A pitch's opening: someone not yet named ("A radio operator", "Two brothers"). */
const PITCH_SUBJECT = /^(?:A|An|Two|Three|Four|Five|Six) (?:[\p{Ll}'’-]+,? ){0,4}?[\p{Ll}'’-]+/u;
/** A pitch's verbs: a task and a stake, not an event. */
const PITCH_WORDS =
  /\b(?:must|has (?:one|only|just|\w+ (?:days?|hours?|nights?|weeks?)) to|finds? (?:him|her|them)sel(?:f|ves)|is forced to|are forced to|struggles? to|sets? out to|races? against|discovers? that|learns? that|until|when)\b/;
/** A page pitches its film in one or two loglines at most (a short one and a long one). */
const MAX_LOGLINES = 2;
/** A logline is one sentence of at most this many words. */
const MAX_LOGLINE_WORDS = 45;

/**
 * "A radio operator on a remote island has one night to find out who..." A page's one-sentence
 * pitch before its story names no one and tells no event: the premise, not the first scene.
 * Taken only where furniture, a heading or another pitch follows it, or its words pitch.
 */
const markLoglines = (text: string, blocks: Block[]): void => {
  let found = 0;
  for (let i = 0; i < blocks.length && found < MAX_LOGLINES; i++) {
    const b = blocks[i];
    if (!b) return;
    if (b.kind !== 'story') continue;
    const s = text.slice(b.start, b.end);
    // A newspaper's standfirst may end without a full stop.
    const oneSentence = !/[.!?]["”’)]*\s+\S/.test(s);
    if (!oneSentence || wordCount(s) > MAX_LOGLINE_WORDS || !PITCH_SUBJECT.test(s)) return;
    // (A vote under a paragraph, "Was this helpful?", does not part it from the next one.)
    let j = i + 1;
    while (blocks[j] && isEntryVote(text.slice(blocks[j]?.start, blocks[j]?.end))) j++;
    if (blocks[j]?.kind === 'story' && !PITCH_WORDS.test(s)) return;
    b.kind = 'premise';
    found++;
  }
};
