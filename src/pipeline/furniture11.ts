/**
 * Page furniture of the eleventh session (clean.ts's rules for lines that leaked into scenes),
 * each read from the shape of one paragraph:
 * - a cookie or consent banner ("We use cookies to ... [Accept] [Manage preferences]");
 * - an age or content rating ("Maturity rating: 16+", "Recommended for ages 12 and up.");
 * - a forum's or a community's rules ("Community rules: no piracy links.");
 * - a blog post's byline with a date but no year ("Posted on 14 March by X | 6 comments");
 * - a count of helpful votes ("96 out of 104 found this helpful.");
 * - an ad or a sponsor's read ("Switch and save: ... Terms apply.", "Supported by X - ...");
 * - a catalogue's or a site's account line ("You are not logged in. Log in to place a hold.");
 * - a row of the page's own buttons between bars ("Holds: 0 | Place hold | Add to list | Share");
 * - a footer of help and legal links ("FAQ   Help Centre   Account   Terms of Use   Privacy");
 * - a list of other titles ("Customers also watched: X · Y", "Best heist films | a list of 40
 *   titles");
 * - a comment signed off by its reply button ("Added to my list! Reply");
 * - a review's closing score in words ("Four stars.", "Still a 9/10 for me.") and its awards
 *   ("Best performance goes to X");
 * - a screening's or a class's practical notes ("New 35mm print courtesy of ...", "... is a
 *   registered charity", "Seating is limited to 80.", "Reading for this week: ...", "please do not
 *   cite or distribute", "Page numbers refer to the shooting draft");
 * - a review's headline ("X review – a piano tuner learns to listen").
 * Negatives (tests/pipeline/clean11.test.ts): story sentences with the same words in other roles
 * ("She posted the letter on 14 March.", "The sign reads: members only.", "He gives it four
 * stars and a kiss.", "They log in to the bank's system at midnight.").
 */

/** A cookie or consent banner. */
const COOKIES =
  /\b(?:we use cookies|(?:our )?use of cookies|cookie (?:policy|preferences|settings|notice)|(?:accept|reject|manage) (?:all )?(?:cookies|preferences)|\[\s*accept(?: all)?\s*\])/i;

/** An age or content rating, a certificate's advice. */
const AGE_RATING =
  /^(?:(?:maturity|age|content|parental|audience|viewer) (?:rating|advisory|advice|guidance)\s*:|(?:recommended|suitable) for (?:ages|viewers|children|audiences)(?: aged)? \d{1,2}\b)/i;

/** A forum's, a group's or a community's rules; "Forum rules: be civil, mark spoilers." */
const HOUSE_RULES =
  /^(?:forum|community|board|group|house|thread|subreddit|site|posting|comment(?:ing)?) (?:rules|guidelines)\s*:/i;

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** A post's byline with a day and a month (no year): "Posted on 14 March by X", "on April 18 by X". */
const DATED_BYLINE = new RegExp(
  String.raw`^(?:posted|published|written|submitted|updated)\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)\b,?\s+by\s+\p{Lu}`,
  'iu',
);

/** Helpful votes under a review: "96 out of 104 found this helpful." */
const HELPFUL_VOTES =
  /^\d[\d,]*\s+(?:out\s+)?of\s+\d[\d,]*\s+(?:(?:users|people|readers|members|viewers|customers)\s+)?found\s+(?:this|it|the (?:above )?review)\s+(?:helpful|useful)\b/i;

/** An ad's small print, an offer's terms: "Terms apply.", "First month free.", "3 months for the price of 1". */
const AD_TERMS =
  /\b(?:(?:terms|t&cs|t's ?& ?c's|conditions) (?:and conditions )?apply|first (?:month|week|\d+ days) free|for the price of (?:one|1)\b|\d+ (?:nights|days) to decide|cancel (?:any ?time|at any time)|free (?:trial|for \d+ (?:days|weeks|months)))/i;
/** A sponsor's read: "Also supported by X", "Brought to you by X" (a web address or a pitch follows). */
const SPONSOR =
  /^(?:(?:[Aa]lso |[Tt]his (?:episode|show|post|page|recap|podcast) (?:is )?)?(?:[Ss]upported|[Ss]ponsored|[Bb]rought to you) by)\s+\p{Lu}[^.!?]{0,60}(?:[-–—:]\s|\.\s+\S)/u;

/** A site's account line: "You are not logged in.", "Log in to place a hold.", "Sign in to vote." */
const ACCOUNT_LINE =
  /^(?:you are not (?:logged|signed) in\b|you must be (?:logged|signed) in\b|(?:log|sign) in (?:or (?:register|sign up) )?to (?:place|reserve|rate|review|comment|add|save|vote|reply|post|join|see|view|download)\b)/i;

/** One of a page's own buttons or links. */
const BUTTON =
  /^(?:share|print|email|e-mail|save|bookmark|permalink|reply|quote|edit|flag|follow|like|report(?: (?:this|abuse|a problem|an error)\b.*)?|add to (?:(?:my )?(?:list|watchlist|favou?rites|basket|cart))|place (?:a )?hold|new search|back to\b.*|more \w+(?: \w+)? by\b.*|see all\b.*|view all\b.*|download\b.*)$/i;

/** A footer's links: help, account and legal pages. */
const FOOTER_LINK =
  /\b(?:faqs?|help (?:centre|center)|(?:my )?account|media (?:centre|center)|terms of (?:use|service)|privacy(?: policy| statement)?|cookie preferences|corporate information|contact us|about us|careers|jobs|investor relations|gift cards|advertise(?: with us)?|accessibility|sitemap|press room)\b/gi;

/** Another title list: "Customers also watched: ...", "a list of 40 titles". */
const OTHER_TITLES =
  /^(?:customers|people|viewers|members|readers|users|fans|others)(?: who [^.!?:]{1,40})? also (?:watched|bought|viewed|liked|enjoyed|read|borrowed|rented)\b|\ba list of \d+ (?:titles|films|movies|items)\b/i;

/** A comment's text closed by its buttons: "... I love a gentle one. Reply", "... Like · Reply". */
const SIGNED_OFF =
  /[.!?]["”’)]*\s+(?:reply|like|report)(?:\s*[·|•]?\s*(?:reply|like|report|share))*\s*$/i;

const SCORE_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}(?:[.,]\d)?)`;
/**
 * A review's closing score, the last sentence of a short paragraph: "Four stars.", "Three and a half
 * stars out of five.", "Four and a half cups of tea out of five.", "Still a 9/10 for me."
 */
const CLOSING_SCORE = new RegExp(
  String.raw`(?:^|[.!?]["”’)]*\s+)(?:(?:still|so|overall|verdict|rating|score)[,:]?\s+)?(?:an?\s+)?(?:${SCORE_WORD}(?: and a half)?\s+(?:stars?|[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+out of\s+${SCORE_WORD})|\d{1,2}(?:[.,]\d)?\s*\/\s*(?:5|10|100))(?:\s+(?:for|from)\s+(?:me|us))?\s*[.!]?$`,
  'iu',
);

/** A review's awards: "Best performance goes to X", "Best scene: the dinner". */
const REVIEW_AWARD =
  /^(?:best|worst|standout) (?:performance|scene|line|moment|shot|bit|supporting turn)(?: goes to\b|\s*:)/i;

/** A review asking itself whether the film is worth it: "Is it worth seeing? Yes, with reservations." */
const WORTH_IT = /^(?:so,? )?(?:is it|is this|should you (?:see|watch) it)\b[^.!?]{0,40}\?\s+\S/i;
const WORTH_WORDS =
  /\b(?:worth (?:it|seeing|watching|a watch|your time)|any good|see it|watch it)\b/i;

/** A screening's, a society's or a class's practical notes. */
const PRACTICAL_NOTE =
  /^(?:(?:new|restored|original|archive) )?(?:35|16|70)\s?mm (?:print|copy)\b[^.!?]{0,40}\b(?:courtesy of|from|by kind permission)\b|\bis a registered charity\b|^seating is limited\b|^(?:please )?(?:rsvp|book|reply) (?:by|to this email)\b|^(?:reading|readings|required reading|set reading|set texts?|viewing) for (?:this|next) (?:week|session|seminar|class|lecture)\s*:|\b(?:please )?do not (?:cite|quote|circulate)(?: or (?:cite|quote|circulate|distribute))?(?: without permission)?\b|\bfor class use only\b|^page (?:numbers|references) (?:refer|are) to\b|^staff (?:note|pick|comment)s?\s*:/i;

/** A listing's labelled tip: "Watch out for: the folk song over the closing credits". */
const LISTING_TIP =
  /^(?:watch out for|look out for|listen out for|don['’]t miss|best bit|pick of the (?:day|week|night)|catch it)\s*:\s*\S/i;

/**
 * A page's note on its own order: "This section follows the order of the film.", "The synopsis
 * below follows the film's own order." (a preface to the retelling, not part of it).
 */
const ORDER_NOTE =
  /\b(?:this|the) (?:section|synopsis|summary|recap|retelling|account|breakdown|guide|plot summary)(?: below| that follows)? (?:follows|keeps to|is in|goes in|runs in|takes) (?:the )?(?:order of the (?:film|movie|story|screen|telling)|(?:film|movie)['’]s (?:own )?order|(?:screen|viewing|story|chronological|release) order)\b/i;

/**
 * A maker's remark quoted on its own: "“Every object is a timetable,” Ortega has said." The
 * words outside the quotes are a name and a present-perfect or an interview's "said".
 */
const MAKER_SAID =
  /^[\s,.;:—–-]*(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}|(?:the |its )?(?:director|writer|filmmaker|screenwriter|composer|producer)(?: \p{Lu}[\p{L}'’-]+){0,2}) (?:has (?:said|remarked|explained|written|called it)|once (?:said|remarked|wrote)|said in (?:an|a \d{4}) interview|told (?:an? )?(?:interviewer|journalist|reporter|critic))[\s,.;:—–-]*$/u;

/** True when the paragraph is only a quotation and the maker who said it. */
const isMakerQuote = (s: string, words: number): boolean => {
  if (words > 60 || !/["“]/.test(s)) return false;
  const outside = s.replace(/["“][^"”]{1,400}["”]/g, ' ').trim();
  return outside !== s.trim() && MAKER_SAID.test(outside);
};

/**
 * A poster's puzzle to the thread: it opens on two questions and speaks for the poster ("So: is
 * the man on the pier her brother? And if he is, why ...? My flatmate says ... I say ...").
 */
const isPostersPuzzle = (s: string, words: number): boolean => {
  if (words > 80) return false;
  const sentences = s.split(/(?<=[.!?])["”’)]*\s+/).filter((x) => /\p{L}/u.test(x));
  if (sentences.length < 3) return false;
  const [first, second] = sentences;
  return (
    /\?["”’)]*$/.test(first ?? '') &&
    /\?["”’)]*$/.test(second ?? '') &&
    /\b(?:I|I['’]m|my|me)\b/.test(s.replace(/["“][^"”]{0,400}["”]/g, ' '))
  );
};

/** A headline that names a review: "X review – a piano tuner learns to listen". */
const REVIEW_HEADLINE = /^[^.!?]{2,80}\s(?:review|recap)\s+[–—|:-]\s+[^!?]{5,140}$/iu;

/** The parts of a line between bars or dots. */
const barParts = (s: string): string[] => s.split(/\s+[|·•]\s+/).map((p) => p.trim());

/** True when the line is a row of a page's own buttons: three parts or more, one of them a button. */
const isButtonRow = (s: string, words: number): boolean => {
  if (words > 30 || !/[|·•]/.test(s) || /[.!?]["”’)]*$/.test(s)) return false;
  const parts = barParts(s);
  return (
    parts.length >= 3 &&
    parts.every((p) => p.split(/\s+/).length <= 6) &&
    parts.filter((p) => BUTTON.test(p)).length >= 2
  );
};

/** True when the line is a footer of three help or legal links or more. */
const isFooter = (s: string, words: number): boolean =>
  words <= 40 && !/[.!]["”’)]*$/.test(s) && (s.match(FOOTER_LINK)?.length ?? 0) >= 3;

/** True when a short paragraph ends on a review's score in words or figures. */
const endsOnScore = (s: string, words: number): boolean =>
  words <= 70 && /\b(?:stars?|out of|\/\s*(?:5|10|100))\b/i.test(s) && CLOSING_SCORE.test(s);

/**
 * True when a paragraph is page furniture by one of the rules above. `seenStory`: the story has
 * begun (a score, an award or a verdict question judges a film told above).
 */
export const isPageFurniture11 = (s: string, words: number, seenStory: boolean): boolean =>
  (words <= 50 && COOKIES.test(s)) ||
  (words <= 40 && AGE_RATING.test(s)) ||
  (words <= 60 && HOUSE_RULES.test(s)) ||
  (words <= 30 && DATED_BYLINE.test(s)) ||
  (words <= 20 && HELPFUL_VOTES.test(s)) ||
  (words <= 30 && (AD_TERMS.test(s) || SPONSOR.test(s))) ||
  (words <= 20 && ACCOUNT_LINE.test(s)) ||
  isButtonRow(s, words) ||
  isFooter(s, words) ||
  (words <= 40 && OTHER_TITLES.test(s)) ||
  (words <= 60 && SIGNED_OFF.test(s)) ||
  (words <= 50 && PRACTICAL_NOTE.test(s)) ||
  isStudyPrompt(s, words) ||
  (words <= 40 && LISTING_TIP.test(s)) ||
  (words <= 90 && ORDER_NOTE.test(s)) ||
  isMakerQuote(s, words) ||
  (seenStory &&
    (endsOnScore(s, words) ||
      (words <= 40 && REVIEW_AWARD.test(s)) ||
      isPostersPuzzle(s, words) ||
      (words <= 80 && WORTH_IT.test(s) && WORTH_WORDS.test(s.slice(0, 60)))));

/** A bullet of a study guide: a task for the student, or a question. */
const STUDY_TASK =
  /^[-•*–]\s*(?:describe|explain|discuss|compare|contrast|consider|count|identify|analy[sz]e|evaluate|list|note how|think about|look (?:for|at) how|watch (?:for|how)|notice how|reflect on)\b/i;
const isStudyPrompt = (s: string, words: number): boolean =>
  words <= 60 && (STUDY_TASK.test(s) || (/^[-•*–]\s/.test(s) && /\?["”’)]*$/.test(s)));

/** True when the line is a review's or a recap's headline (before the story). */
export const isReviewHeadline = (s: string, words: number): boolean =>
  words <= 30 && !/[.!?]["”’)]*$/.test(s) && REVIEW_HEADLINE.test(s);

/** "Crew: Director X · Writer Y · Cinematography Z": a credits line of the crew. */
const CREW_LINE = /^(?:crew|credits)\s*:\s*\p{Lu}/iu;
/** A grid of cast pairs in brackets: "[ Actor Name  Character ]  [ Actor Name  Character ]". */
const BRACKET_PAIRS = /^(?:\[\s*\p{Lu}[^[\]]{2,60}\]\s*){2,}$/u;

/** True when the paragraph is a credits line or a grid of cast pairs, not story. */
export const isCrewLine = (s: string, words: number): boolean =>
  words <= 80 &&
  ((CREW_LINE.test(s) && !/[.!?]["”’)]*\s+\p{Lu}/u.test(s)) ||
    (BRACKET_PAIRS.test(s) && !/[.!?]/.test(s)));

/** Case and accents folded, for comparing a name in capitals with one in a sentence. */
const folded = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * True when the paragraph is an actor's biography under their row in a cast list: sentences that
 * open with the actor's full name (two words or more).
 */
export const isCastBio = (s: string, actor: string): boolean => {
  const name = actor.trim();
  if (name.split(/\s+/).length < 2 || !/[.!?]["”’)]*$/.test(s)) return false;
  const head = folded(s.slice(0, name.length + 1));
  return head.startsWith(folded(name)) && !/\p{L}/u.test(head.charAt(name.length) || ' ');
};
