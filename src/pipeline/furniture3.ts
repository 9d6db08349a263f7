import { literalAlternation, SENTENCE_SPAN } from './text';

/**
 * Page furniture and commentary that stand in the middle of a story (clean.ts's third set of
 * rules): web widgets between plot paragraphs (comment and review cards, ads and newsletter
 * boxes, vote counts, timestamps, calls to action) and a reviewer's commentary paragraphs, which
 * talk about the film as a made thing ("X shoots the 1961 chapters on grainy 16mm", "The
 * performances are uniformly strong", "What the film understands is ...") rather than tell it.
 *
 * Every rule reads the shape of one paragraph (short lines, counts, user names, imperatives, the
 * critic's vocabulary without story verbs); each has negatives in tests/pipeline/leaks.test.ts (a
 * story paragraph with a number, a character who "shares" something, a plot line that says "the
 * film").
 */

/** A user name: one token with a digit or an underscore ("seawitch77", "night_owl"), or "@x". */
const HANDLE = String.raw`(?:@[\p{L}\d_.]{2,30}|[\p{L}\d.]*[_\d][\p{L}\d_.]*\p{L}[\p{L}\d_.]*|[\p{L}.]*\p{L}[\p{L}.]*[_\d][\p{L}\d_.]*)`;

/**
 * One short line of a comment or review card: "mirabelle_k · 2 days ago", "Reply · 41 likes",
 * "▲ 88", "Helpful? 31 · Report", "Kelly M · ★★★★★ · 04/11/23", "seawitch77: "...", "Fresh ·
 * Full Review · Mar 3, 2023", "Last modified on Fri 6 Mar 2026 11.42 GMT".
 */
const CARD_LINE = new RegExp(
  [
    // A time since posting: "2 days ago", "an hour ago" (in a short line without a sentence).
    String.raw`^[^.!?]{0,60}\b(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?)\s+ago\b[^.!?]{0,40}$`,
    // Counts of a widget: "41 likes", "(1,308 ratings)", "118 Reviews", "1,000+ Ratings".
    String.raw`^[^.!?]{0,60}\b\d[\d,.]*\+?\s*[kK]?\s*(?:likes?|upvotes?|votes?|ratings?|reviews?|shares?|replies|views|points|listens|plays|downloads)\b[^.!?]{0,40}$`,
    // A vote arrow or a thumbs with its count.
    String.raw`[▲▼👍👎♥❤]\s*\d[\d,]*\s*$`,
    // A user name opening a post: "seawitch77: ...", "@mirabelle_k ...", "dustydog · ★★☆☆☆".
    String.raw`^${HANDLE}\s*(?::|\s[·•|]\s|\s\(author\))`,
    // A commenter's name: "Kevin D. says:", "Margaret Tull replied:".
    String.raw`^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2} (?:says|said|wrote|writes|replied|replies|commented|asks)\s*:$`,
    // A card's buttons: "Reply", "Report", "Helpful?", "Full Review", "Fresh", "Rotten".
    String.raw`^(?:reply|report|helpful\??\s*\d*|full review|fresh|rotten|like|share|quote|flag)(?:\s*[·•|]\s*(?:reply|report|full review|\d[\d,]*\s*(?:likes?|votes?)|[\p{L}]{3,9}\.? \d{1,2},? \d{4}))*\s*$`,
    String.raw`^(?:reply|helpful\??|fresh|rotten)\s*[·•|]`,
    // A date with a clock time and a zone: "Fri 6 Mar 2026 06.00 GMT", "Last modified on ...".
    String.raw`^(?:(?:last )?(?:modified|updated|edited|published|posted)(?: on)?:?\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{1,2}\s+\p{L}{3,9}\.?\s+(?:19|20)\d\d\b[^.!?]{0,30}\b(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:gmt|bst|utc|cet|cest|[ecmp][sd]?t)?)\s*$`,
    String.raw`^(?:last )?(?:modified|updated|edited)(?: on)?:?\s+\S[^.!?]{0,60}\b(?:19|20)\d\d\b[^!?]{0,30}$`,
  ].join('|'),
  'iu',
);
/** A prefilter for CARD_LINE: a digit, an "@", an underscore, an arrow, or a card's word. */
const CARD_HINT =
  /[\d@_▲▼👍👎♥❤]|:$|\b(?:an?|one)\s+\w+\s+ago\b|^(?:reply|report|helpful|full review|fresh|rotten|like|share|quote|flag)\b/iu;

/**
 * A call to action opening a sentence (outside quotes): a bare imperative that sells, signs up,
 * follows or listens ("Sign up now, it's free", "Protect what matters", "Learn more", "Listen on
 * Spotify", "Use code FABLE"). A synopsis tells what people do; it never orders its reader.
 */
const CTA_SENTENCE =
  /^(?:sign (?:up|in)|subscribe|join (?:us|now|today|the (?:club|conversation|discussion)|[\d,]+|other|thousands)|contact (?:us|the)|continue (?:reading|watching)|keep (?:reading|watching)|resume watching|learn more|find out more|read more|read (?:our|the full|my|all)|let (?:us|me) know|tell us\b|share your (?:thoughts|views|theories)|drop (?:a|your|us a) (?:comment|line)|see (?:our|all|more)|find (?:us|out)|shop(?: now)?|buy(?: now| tickets)?|book (?:now|today|tickets)|get (?:a quote|tickets|yours|started|the app|it on|our|\d+%)|try (?:it )?(?:free|for free|\w+ free)|start (?:your|a) free|download|listen (?:on|now|to (?:the|this|our) (?:episode|podcast|show))|watch (?:now|on|the trailer|along|with us)|follow (?:us|me|along)|support (?:us|the (?:show|podcast))|donate|become a (?:patron|member|supporter)|protect|save (?:\d|up to|big)|claim|enter (?:your|the)|click|tap|register|use (?:code|promo)|visit|head (?:to|over)|go to \S+\.\S+|check out|don['’]t miss|never miss|rate (?:and|&) review|leave (?:us )?a (?:review|rating|comment))\b/i;

/** Sentences of a paragraph (on . ! ? and on line breaks), trimmed, non-empty. */
export const sentencesOf = (s: string): string[] =>
  s
    .split(/(?<=[.!?])["”’)]*\s+|\n+/)
    .map((x) => x.trim().replace(/^[("“‘[]+/, ''))
    .filter((x) => /\p{L}/u.test(x));

/** A short paragraph that is all calls to action, or half of them with a promise ("it's free"). */
export const isCallToAction = (s: string, words: number): boolean => {
  if (words > 45) return false;
  // Quoted speech may order someone in the story ("Sign up now," the recruiter says).
  const unquoted = /["“]/.test(s) ? s.replace(/["“][^"”]{0,400}["”]/g, ' ') : s;
  const sentences = sentencesOf(unquoted);
  if (sentences.length === 0) return false;
  const ctas = sentences.filter((x) => CTA_SENTENCE.test(x)).length;
  if (ctas === 0) return false;
  return (
    ctas * 2 >= sentences.length ||
    (ctas >= 1 &&
      /\b(?:it['’]s free|for free|free trial|% off|no spam|unsubscribe|patreon|ad-free|bonus episodes?)\b/i.test(
        s,
      ))
  );
};

/** A widget line: a card's header, counts, buttons, a timestamp; or a reply to a user. */
export const isCardLine = (s: string, words: number): boolean =>
  (words <= 16 && CARD_HINT.test(s) && CARD_LINE.test(s)) ||
  (words <= 60 && /^@[\p{L}\d_.]{2,30}\b/u.test(s));

/**
 * Lines of page furniture not caught before: a rating in words ("Four and a half stars out of
 * five."), a label for a box ("Privacy Notice:", "Critics Consensus:", "About the director: X was
 * born ..."), an author's note ("X writes on European cinema for Y and teaches at Z."), a release
 * note ("is in UK and Irish cinemas from 13 March"), a topics box ("Explore more on these topics").
 * (Its lines that may name their words further into the first sentence: OTHER_FIRST_SENTENCE.)
 */
const OTHER_LINE =
  /^(?:(?:one|two|three|four|five|\d)(?: and a half)? stars?(?: out of (?:five|ten|5|10))?[.!]?|(?:privacy notice|critics['’]? consensus|audience says|about the (?:director|author|writer|critic|reviewer|filmmakers?)|editor['’]s note|disclosure|disclaimer|transcript|show notes|sponsors?|this episode is (?:brought to you|sponsored|supported) by)\s*[:.—–-]|explore more on|(?:the )?(?:article|story|review|recap|post|text) continues\b|(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:is an? (?:[\p{L}-]+ ){0,3}(?:critic|writer|journalist|editor|reviewer|blogger|podcaster|programmer)\b[^.!?]{0,60}\b(?:based in|who writes|whose (?:work|writing))|has been (?:reviewing|writing about|covering) (?:films?|movies|cinema|television))\b|(?:his|her|their) (?:writing|work|criticism|reviews?) (?:has|have) appeared in\b|(?:tickets?|admission|entry)\b[^.!?]{0,60}(?:[£$€]\s?\d|\bfree\b|\bon sale\b|\bbook\b)|(?:\p{Lu}[\p{L}'’-]* ){1,4}(?:and (?:\p{Lu}[\p{L}'’-]* ){1,3})?(?:on (?:the )?set\b|in a (?:scene|still) from\b|behind the scenes\b)|\(?spoilers? (?:end|over|finished)\b|(?:this|today['’]s) (?:episode|show|video|podcast|post|recap|review|newsletter)(?: is| was)? (?:brought to you|sponsored|supported|made possible|presented) by\b|reviewed (?:in|on) [^.!?]{0,40}(?:19|20)\d\d|in this (?:recap|review|post|article|episode|guide|lesson|video|explainer)\s*:|for more (?:on|about)\b|fans of\b[^.!?]{0,60}\b(?:will|should|won['’]t|are in for)\b|whether you['’]re\b|(?:pictured|above|below|top|main image|header image|left|right|caption)\s*:|(?:the (?:film|movie)|it) (?:was (?:shot|filmed|made|produced|financed|edited|completed)|premiered)\b|(?:before|after|for) (?:next|the next|this) (?:class|lesson|seminar|lecture|session|tutorial)\b|(?:find|follow) (?:us|the show|the podcast|me) on\b|(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:covers|reviews|writes about|writes on) (?:film|films|movies|cinema|television|tv|culture|the arts)\b|(?:special |bonus )?(?:features|extras) include\b|our (?:producer|editor|theme|music|show|podcast|host|hosts|sound engineer)\b|next (?:week|time|episode|month)\s*:|(?:this week|this time|today|in this episode|on this episode|on today['’]s (?:episode|show))\b[^.!?]{0,80}\b(?:tackles?|discuss(?:es)?|talks?|chats?|digs?|dives?|breaks?|reviews?|covers?|revisits?|joined|welcomes?)\b|(?:note|n\.?b\.?|tip|reminder|important|update)\s*:[^\n]*\b(?:you|your|exam|assignments?|essays?|course|class|students?|readers?|this (?:article|page|post|review))\b|more on (?:this|these) (?:story|stories|topics?)|reuse this content|this (?:article|review|post|piece) (?:was|has been) (?:amended|updated|corrected)|(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:writes|has written) (?:on|about|for)\b[^.!?]{0,80}\b(?:for|at|and teaches|and is)\b)|\bis (?:in|at|out in|showing in) (?:[\p{Lu}][\p{L}]* (?:and |& )?){1,3}(?:cinemas|theaters|theatres)\b/iu;
/**
 * OTHER_LINE's lines that name their telltale words anywhere in their first sentence ("... is now
 * available to rent", "... in the comments"): kept apart because each backtracks over that
 * sentence's first 20 to 80 characters, which in one pattern with the rest cost about as much as
 * all the other lines together (tried on every short paragraph that OTHER_HINT lets through).
 * Tried only when FIRST_SENTENCE_HINT finds one of their words in the first sentence.
 */
const OTHER_FIRST_SENTENCE =
  /^(?:[^.!?]{0,80}\b(?:affiliate links?|earn (?:a )?(?:small )?commission)\b|[^.!?]{0,40}\b(?:great|nice|lovely|brilliant|excellent|fantastic|fab|awesome|thanks for (?:the|this)|love this|loved this) (?:recap|review|post|write-?up|article|summary|breakdown|analysis)\b|[^.!?]{0,60}\b(?:to|in) your inbox\b|[^.!?]{0,60}\bis (?:now )?available to (?:rent|buy|stream|watch|download)\b|[^.!?]{0,30}\bthanks to (?:our|today['’]s|this week['’]s) sponsors?\b|[^.!?]{0,60}\b(?:recaps?|reviews?|posts?|articles?) on this (?:site|blog|page)\b|[^.!?]{0,40}\bif you(?:['’]re| are) (?:a fan|into)\b|[^.!?]{0,60}\b(?:is |are )?(?:streaming|available|showing|playing|out) (?:now )?(?:on|in) (?:netflix|prime|amazon|disney|hulu|apple tv|mubi|bfi player|iplayer|hbo|max|paramount|curzon|cinemas|theaters|theatres|digital|demand|blu-ray|dvd|select)\b|[^.!?]{0,60}\bopens in (?:[\p{Lu}][\p{L}]* (?:and |& )?){0,3}(?:cinemas|theaters|theatres)\b|[^.!?]{0,30}\b(?:the |this )?(?:reviewer|critic|writer|author) (?:saw|watched|attended|received|was given)\b|[^.!?]{0,30}\b(?:press screening|screener link)\b|[^.!?]{0,20}\b(?:this|a version of this) (?:article|review|piece|post|essay|recap) (?:originally |first )?(?:appeared|was (?:first |originally )?published|ran)\b|[^.!?]{0,60}\b(?:instagram|tiktok|bluesky|mastodon|youtube|letterboxd|discord)\b[^.!?]{0,40}@|[^.!?]{0,60}\bin the comments\b|[^.!?]{0,60}\b(?:patreon|ko-fi|buy me a coffee)\b)/iu;
/**
 * Words of which every OTHER_FIRST_SENTENCE match holds one, before the paragraph's first . ! or ?
 * (no line of it reads past one). Same flags, so it folds case as the lines do. Keep it in step
 * with OTHER_FIRST_SENTENCE: a line whose words are missing here never fires.
 */
const FIRST_SENTENCE_HINT =
  /affiliate link|commission|recap|review|post|write|article|summary|breakdown|analysis|your inbox|available to|sponsor| on this |if you|netflix|prime|amazon|disney|hulu|apple tv|mubi|bfi player|iplayer|hbo|max|paramount|curzon|cinemas|theaters|theatres|digital|demand|blu-ray|dvd|select|opens in|reviewer|critic|writer|author|press screening|screener link|this article|this review|this piece|this post|this essay|this recap|instagram|tiktok|bluesky|mastodon|youtube|letterboxd|discord|in the comments|patreon|ko-fi|buy me a coffee/iu;

/** OTHER_FIRST_SENTENCE, tried only when its words stand in the first sentence. */
const otherFirstSentence = (s: string): boolean => {
  const stop = s.search(/[.!?]/);
  return FIRST_SENTENCE_HINT.test(stop < 0 ? s : s.slice(0, stop)) && OTHER_FIRST_SENTENCE.test(s);
};

/**
 * A prefilter for OTHER_LINE: words of which every match holds one. Built factored by first
 * letters (literalAlternation), the same test as the plain list of these words but about three
 * times faster, as it runs on every short paragraph. A word that holds another listed word needs
 * no entry of its own ("reviews", "reviewer" and "reviewed" hold "review", "updated" holds
 * "update"); "ran" is the one word that must end there.
 */
const OTHER_HINT = new RegExp(
  `${literalAlternation(
    (
      'comments|covers|features|extras|sponsor|brought to you|supported by|made possible|' +
      'presented by|for more|fans of|whether|if you|streaming|available|showing|playing|out now|' +
      'out on|out in|opens in|saw|watched|attended|received|given|press screening|screener|' +
      'appeared|published|pictured|above|below|top|main image|header|left|right|caption|' +
      'was shot|was filmed|was made|was produced|was financed|was edited|was completed|premiered|' +
      'class|lesson|seminar|lecture|session|tutorial|find|follow|@|our |continues|affiliate|' +
      'commission|critic|journalist|editor|blogger|podcaster|programmer|writing about|covering|' +
      'recap|review|post|write|article|summary|breakdown|analysis|ticket|admission|entry|on set|' +
      'on the set|scene|still from|behind the|spoiler|next|this|today|episode|patreon|ko-fi|' +
      'coffee|note|nb|n.b|tip|reminder|important|update|star|privacy|consensus|audience|' +
      'about the|disclos|disclaim|transcript|explore|more on|reuse|amended|corrected|written|' +
      'cinemas|theat'
    ).split('|'),
  )}|ran\\b`,
  'i',
);

export const isOtherFurniture = (s: string, words: number): boolean =>
  words <= 40 &&
  ((OTHER_HINT.test(s) && (OTHER_LINE.test(s) || otherFirstSentence(s))) || ALSO_FROM.test(s));

/** A label's or a shop's list of its other titles: "Also available from Harbourside Films: ...". */
const ALSO_FROM =
  /^(?:also (?:available|out now|on (?:dvd|blu-ray))|more (?:titles|films) (?:from|by)) (?:from |on |in )?[^.!?]{0,60}:/i;

/**
 * Sections that interrupt a story and end before it resumes: a comments box, critics' or
 * audience reviews, "You might also like". (clean.ts reads them as sections about other things;
 * a story paragraph after them ends them, see isStoryResuming.) A bare "Comments" heading is not
 * one: a coverage report's or an essay's comments on the film name its people at length, and
 * the story never resumes after them.
 */
export const INTERLUDE_SECTION =
  /^(?:top (?:comments?|critics|reviews?)|(?:audience|user|reader|readers['’]?|critics['’]?|critic|member|viewer|customer) (?:reviews?|comments?|ratings?|scores?|says)|(?:parents|kids|children|teens|families|users|members|viewers|readers|critics) say|reviews? (?:from|by) (?:critics|users|readers|viewers)|what (?:critics|people|viewers|readers) (?:are )?say(?:ing)?|(?:reader |readers['’]? )comments?|join the (?:discussion|conversation)|about the (?:reviewer|writer|critic|contributor|author)s?|promoted(?: stories)?|from our (?:partners|sponsors)|you (?:may|might) also like|more like this|related(?: \w+)?|recommended(?: for you)?|up next|read next|watch next)$/i;

/** What a reviewer says about the film as a made thing: craft, parts, performers, makers. */
const CRITIC_TERMS = new RegExp(
  String.raw`\b(?:` +
    [
      // The performers and the making.
      String.raw`performances?|performers?|(?:is|are) (?:very |so |uniformly |consistently )?(?:good|strong|superb|terrific|excellent|fine|wonderful|great) (?:as|at|in|throughout)`,
      String.raw`screenplay|the script(?: is| feels| never| has|['’]s)|subplots?|the dialogue|(?:first|second|third|final|last) (?:act|half|hour|stretch|reel|third)|(?:first|final|last|closing) (?:shot|frame|image)\b(?! of)`,
      String.raw`running time|the cutting|cutting between|cuts between|crosscutting|editing|cinematograph\w*|camera ?work|the camera (?:stays|lingers|never|holds|follows|keeps)|shoots (?:the |her |his |its )?(?:[\p{L}\d]+ ){0,2}(?:chapters?|scenes?|sequences?|flashbacks?|film|interiors?|exteriors?|landscapes?)|shoots? (?:on|in) |shot (?:on|in) (?:grainy|black|colou?r|16|35|super|digital|film)`,
      String.raw`\d{2}mm|super ?(?:8|16)|grainy|widescreen|close-ups?|wide shots?|long takes?|tracking shots?|sound design|the score|soundtrack|production design|pacing|tonal|rhythm|structure|genre|melodrama|thriller|grief dramas?|debut|(?:second|third|first|new) feature|filmmak\w*|directing|staging|casting|miscast|plays (?:her|his|their|him|them)\b|its characters|the characters`,
      // The film as a subject that knows, works or fails; the reviewer's judgement.
      String.raw`film(?:['’]s)? (?:understands|knows|never|rarely|seldom|doesn['’]t|does not|is (?:at its|less|more|too|never|not|best|a)|works|feels|earns|asks|wants|trusts|refuses|belongs|has (?:the|a|its)|gets|loses|finds its)|this is (?:a|an|the)|step forward|career|best thing in|worst thing in|(?:goes|went) nowhere|sure-footed|too much explanation|over-?explain\w*|heavy-handed|stumbles|sags|meanders|is introduced (?:too|far|much)|carry the weight|pays off (?:beautifully|handsomely)`,
      String.raw`uniformly|consistently|haunting|rushed|extraordinary|to a fault|rewards patience|effective|obvious|fussy|thoughtful|handsome(?:ly)?|superb\w*|genuinely|gripping|lovely|beautifully|restrained|assured|elegant|clumsy|uneven|devastating|astonishing|remarkable|impressive|affecting|gorgeous|unforgettable|memorable|magnificent|ferocious|watchful stillness|restraint`,
      String.raw`(?:one of|among) the (?:best|finest|worst|most [\p{L}-]+) (?:films?|movies|debuts?|dramas?|thrillers?)|(?:film|movie|drama|debut|thriller)s? of the (?:year|decade)|study of|(?:it|this|that) is (?:not )?an? (?:[\p{L}-]+,? ){0,4}(?:film|movie|drama|thriller|comedy|debut|feature|picture|work|piece)|(?:is|isn['’]t|is not) an? (?:[\p{L}-]+ )?(?:perfect|great|good|flawed|brave|minor|major|bold|modest) (?:film|movie)|['’]s (?:direction|camera|script|score)|the ending (?:feels|is|works|lands|falls|arrives)`,
      // The viewer addressed or included.
      String.raw`we (?:are|never|watch|hear|understand|leave|feel)|(?:takes|gives|shows|tells|leaves) (?:us|you)|you|honestly|quick aside|aside:`,
    ].join('|') +
    String.raw`)\b`,
  'gi',
);

/** The strongest of CRITIC_TERMS: the film's craft, its parts and makers, named as such. */
const CRAFT_TERMS =
  /\b(?:performances?|screenplay|the script(?: is| feels| never| has)|subplots?|(?:first|second|third|final|last) (?:act|half|hour|stretch|reel)|the cutting|cutting between|cuts between|crosscutting|editing|cinematograph\w*|camera ?work|shoots (?:the |her |his |its )?(?:\w+ ){0,2}(?:chapters?|scenes?|sequences?|flashbacks?|film|interiors?|exteriors?|landscapes?)|\d{2}mm|super ?(?:8|16)|sound design|production design|pacing|genre|melodrama|thriller|grief dramas?|debut|(?:second|third|first|new) feature|filmmak\w*|miscast|film(?:['’]s)? (?:understands|knows|is at its|works|earns|trusts|refuses)|this is (?:a|an) [^.!?]{0,40}\b(?:film|drama|thriller|comedy|debut|feature|picture|work|piece|movie)|step forward|best thing in|worst thing in|sure-footed|heavy-handed|over-?explain\w*|uniformly|the characters|its characters|quick aside|(?:one of|among) the (?:best|finest|worst|most [\w-]+) (?:films?|movies|debuts?|dramas?|thrillers?)|(?:film|movie|drama|debut|thriller)s? of the (?:year|decade)|(?:it|this|that) is (?:not )?an? (?:[\w-]+,? ){0,4}(?:film|movie|drama|thriller|comedy|debut|feature|picture|work|piece)\b|(?:is|isn['’]t|is not) an? (?:[\w-]+ )?(?:perfect|great|good|flawed|brave|minor|major|bold|modest) (?:film|movie|one)|rewards patience|['’]s (?:direction|camera|script|screenplay|score|editing|cinematography)\b|to a fault|the ending (?:feels|is|works|lands|falls|arrives)|(?:is|are) (?:[\w-]+ )?(?:extraordinary|excellent|terrific|superb|wonderful|great|good|marvell?ous|brilliant|magnificent|heartbreaking|formidable|luminous|ferocious|note-perfect|fine|quietly devastating) as (?!(?:a|an|the|ever|always|usual|well|much|if|though)\b)\S)/i;

/** The film or a performer judged as such: counts as two of the critic's words. */
const JUDGED =
  /\b(?:what|where|if|how) the (?:film|movie) (?:understands|knows|gets|does)|(?:the|this) (?:film|movie)(?:['’]s)? (?:understands|knows|never quite|is at its|works|earns|trusts|refuses)\b|(?:is|are) (?:[\p{L}-]+ )?(?:extraordinary|excellent|terrific|superb|wonderful|marvell?ous|brilliant|magnificent|heartbreaking|formidable|luminous|ferocious|note-perfect) as \p{Lu}/u;

/** A cheap gate for isCommentary and storyPartOf: no craft word, no commentary. */
export const mentionsCraft = (s: string): boolean => CRAFT_TERMS.test(s);

/** A sentence that tells the story through the film: "The film opens on", "We see", "cuts back". */
export const STORY_THROUGH_FILM =
  /^(?:(?:here |then |now )?the (?:film|movie|story)(?: then| now)? (?:opens|begins|starts|ends|closes|cuts|returns|jumps|flashes|moves|follows|picks up|shifts|goes back|skips)|(?:in|at) the (?:final|last|opening|first|closing) (?:scene|shot|minutes?|moments?|sequence)s?\b|we (?:first )?(?:see|meet|learn|watch|follow|find|discover|return)\b)/i;

/** A story sentence's time opener: "In the autumn of 1961", "Eight months earlier", "Back in 2004". */
const STORY_OPENER =
  /^(?:(?:in|on|by|at|during|after|before|that|the next|later|earlier|meanwhile|back in|years|weeks|months|days)\b[^,.]{0,40}(?:(?:19|20)\d\d|morning|night|evening|day|week|month|year|spring|summer|autumn|fall|winter|earlier|later|afterwards|present)\b)/i;

/**
 * A reviewer's commentary paragraph: most of its sentences talk about the film as a made thing
 * (its craft, its parts, its performers and makers, judged), and none tells the story through
 * the film ("The film opens on ...", "We see ...", "In the final scene ...") or opens on a time of
 * the story ("In the autumn of 1961, ..."). Two critic's words at least, or one in a sentence that
 * names no one of the story.
 */
export const isCommentary = (s: string, storyNames: ReadonlySet<string>): boolean => {
  // One pass over the paragraph first: most story paragraphs hold fewer than two such words,
  // and none of the craft's own.
  if (!CRAFT_TERMS.test(s) || (s.match(CRITIC_TERMS)?.length ?? 0) + (JUDGED.test(s) ? 1 : 0) < 2)
    return false;
  const sentences = sentencesOf(s);
  if (sentences.length === 0 || sentences.length > 8) return false;
  let critic = 0;
  let storyish = 0;
  let hits = 0;
  for (const x of sentences) {
    if (STORY_THROUGH_FILM.test(x) || STORY_OPENER.test(x)) return false;
    const n = (x.match(CRITIC_TERMS)?.length ?? 0) + (JUDGED.test(x) ? 1 : 0);
    hits += n;
    // A sentence about the story's people: one naming them, or opening on "She", "His", "They".
    const named = namesAny(x, storyNames) || STORY_SUBJECT.test(x);
    if (n >= 2 || (n === 1 && !named)) critic++;
    else if (named) storyish++;
  }
  return hits >= 2 && critic >= 1 && critic >= 2 * storyish && critic * 2 >= sentences.length;
};

/** A sentence whose subject is one of the story's people, by pronoun. */
const STORY_SUBJECT =
  /^(?:(?:then|later|now|so|but|and|when|as|after|before),? )?(?:he|she|they|his|her|their|him|them)\b/i;

/** True when the sentence names someone the story told of before. */
const namesAny = (s: string, names: ReadonlySet<string>): boolean => {
  for (const m of s.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) if (names.has(m[0])) return true;
  return false;
};

/**
 * True when `word` (lower case) stands in the text as a word of its own: "Lou" is no word of
 * "aloud", "Al" none of "also" (letters on either side make another word).
 */
const lowerWordIn = (text: string, word: string): boolean => {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? text.charAt(at - 1) : ' ';
    const after = text.charAt(at + word.length) || ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
};

/** Capitalised words of a story paragraph that are names (not sentence openers such as "The"). */
export const addStoryNames = (
  s: string,
  text: string,
  names: Set<string>,
  lower: Map<string, boolean>,
): void => {
  for (const m of s.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) {
    const w = m[0];
    if (names.has(w)) continue;
    let seenLower = lower.get(w);
    if (seenLower === undefined) {
      seenLower = lowerWordIn(text, w.toLowerCase());
      lower.set(w, seenLower);
    }
    if (!seenLower) names.add(w);
  }
};

/** Distinct story names in a paragraph. */
export const countStoryNames = (s: string, names: ReadonlySet<string>): number => {
  const found = new Set<string>();
  for (const m of s.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) if (names.has(m[0])) found.add(m[0]);
  return found.size;
};

/** Words in a story that resumes after an interlude: it is a paragraph, not a card's line. */
const MIN_RESUME_WORDS = 30;

/**
 * After an interlude (comments, reviews, "You might also like"), the story resumes with a long
 * paragraph about its own people, told without the writer's "I", the reader's "you" or a question.
 */
export const isStoryResuming = (s: string, words: number, names: ReadonlySet<string>): boolean => {
  if (words < MIN_RESUME_WORDS || s.includes('?')) return false;
  if (/\b(?:I|I['’](?:m|ve|d|ll)|me|my|you|your)\b/.test(s)) return false;
  const named = countStoryNames(s, names);
  return (named >= 2 || (named === 1 && words >= LONG_RESUME_WORDS)) && !isCommentary(s, names);
};
/** A paragraph this long that names one of the story's people resumes it. */
const LONG_RESUME_WORDS = 50;

/**
 * Inside an ad or a newsletter box: a short paragraph that names no one of the story and talks
 * as the page ("our", "we", "every Friday", a price, "free").
 */
export const isPromoBody = (s: string, words: number, names: ReadonlySet<string>): boolean =>
  words <= 35 &&
  countStoryNames(s, names) === 0 &&
  !STORY_THROUGH_FILM.test(s) &&
  /\b(?:our|we|we['’]re|us|your?|every (?:day|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|weekly|daily|free|offer|today|inbox|email|privacy|newsletters?|ads|partners?|quote|deal|discount)\b|[$£€%]/i.test(
    s,
  );

/** A line that opens an ad, sponsor or newsletter box. */
export const PROMO_OPENER =
  /^(?:advert(?:isement)?|ad|sponsored\b.*|promoted\b.*|paid (?:content|partnership)\b.*|(?:get|sign up (?:to|for)|subscribe to)\b.{0,40}\b(?:newsletter|inbox|weekly|daily|recaps?|reviews?|updates?)\b.*|.{0,40}\bnewsletter\b.{0,20}|(?:free )?(?:weekly|daily) (?:newsletter|email))$/i;

/** A sentence of commentary on its own: two critic's words, one of the craft's, no story told. */
const isCommentarySentence = (x: string, names: ReadonlySet<string>): boolean => {
  const body = x.trim().replace(/^[("“‘[]+/, '');
  if (STORY_THROUGH_FILM.test(body) || STORY_OPENER.test(body) || STORY_SUBJECT.test(body))
    return false;
  if (!CRAFT_TERMS.test(body)) return false;
  const hits = (body.match(CRITIC_TERMS)?.length ?? 0) + (JUDGED.test(body) ? 1 : 0);
  return hits >= 3 || (hits >= 2 && !namesAny(body, names));
};

/**
 * A story paragraph that opens or closes on the reviewer's commentary ("Lotte drives back to
 * Bruges that night. ... The screenplay is less sure-footed here, and the ending over-explains."):
 * where the story part starts and ends inside it, or null when no sentence at either end is
 * commentary. The story part keeps one sentence at least.
 */
export const storyPartOf = (
  s: string,
  names: ReadonlySet<string>,
): { from: number; to: number } | null => {
  // Cheap: a paragraph without a craft word has no commentary sentence.
  if (!CRAFT_TERMS.test(s)) return null;
  const spans: { from: number; to: number; c: boolean }[] = [];
  for (const m of s.matchAll(SENTENCE_SPAN)) {
    const from = m.index;
    const to = from + m[0].trimEnd().length;
    if (to > from) spans.push({ from, to, c: isCommentarySentence(m[0], names) });
  }
  let first = 0;
  while (first < spans.length && spans[first]?.c === true) first++;
  let last = spans.length - 1;
  while (last >= first && spans[last]?.c === true) last--;
  if (last < first || (first === 0 && last === spans.length - 1)) return null;
  const a = spans[first];
  const b = spans[last];
  return a && b ? { from: a.from, to: b.to } : null;
};

/**
 * Another film's item in a list after the story: "The Weir (2021) dir. Sam Ortiz – A slow study
 * of grief", "Ground Water (2019) 78% · A hydrologist ...": a title with its year, then a credit,
 * a dash, a bar, stars or a score.
 */
const OTHER_FILM_ITEM =
  /^[^.!?]{1,80}\(\s*(?:19|20)\d\d\s*\)\s*(?:dir\.|directed by|[—–|·•★☆]|-\s|\d{1,3}\s*%)/iu;
export const isOtherFilmItem = (s: string, words: number): boolean =>
  words <= 40 && s.includes('(') && OTHER_FILM_ITEM.test(s);

/**
 * The opening of a page's comments, which may stand before more page (a sidebar, a footer):
 * "3 Responses to "X"", "12 thoughts on X", "14 responses", "Discussion (12)", "Join the conversation", "Sort by:
 * Newest".
 */
const COMMENTS_OPENER =
  /^(?:\d+ (?:responses?|thoughts?|replies|comments?|reactions?) (?:to|on)\b|\d[\d,]* (?:responses?|thoughts?|replies|reactions?)$|(?:discussion|conversation|comments?|responses?|reactions?)\s*\(\d[\d,]*\)\s*$|join the (?:discussion|conversation)\b|sort (?:comments )?by\s*:|comments (?:are|have been) (?:closed|disabled))/i;
export const isCommentsOpener = (s: string, words: number): boolean =>
  words <= 12 && COMMENTS_OPENER.test(s);
