/**
 * Page furniture of the fourteenth session (clean.ts's rules for page forms whose lines leaked
 * into scenes), each read from what a line is for on such a page:
 * - a chat export's system lines ("Messages and calls are end-to-end encrypted.", "<Media
 *   omitted>", "This message was deleted", "Priya changed the group name to ...", "Tap to view 3
 *   new messages") and, when one member tells the story, the other members' reactions to it
 *   (readChat);
 * - an audio guide's handset instructions ("Press 32 on your handset", "Next stop: Gallery 5"),
 *   its accessibility line ("Large-print versions are available ...") and its pointers to the
 *   exhibits in the room ("The lamp in the case to your left was used in ...");
 * - an auction lot's small print (buyer's premium, VAT, shipping, terms of business);
 * - a crowdfunding page's counters and reward tiers ("Pledge €40 or more: ...", "1,093
 *   backers", "Risks and challenges: ...");
 * - a textbook's figure caption ("Fig. 6.3 Mira on the shore.");
 * - a disc guide's list label ("Further commentary highlights: ...");
 * - a row of buttons in brackets ("[Share on Facebook] [Copy link]") and a site's bar that ends
 *   in its account links ("SITE | Movies TV Lists Sign in").
 * Section headings of these forms ("Provenance", "Rewards", "Why we chose it", "Stop 37 · Behind
 * the scenes") are read by clean.ts's section names (sectionName14 strips a guide's stop number).
 * Negatives (tests/pipeline/furniture14.test.ts): story sentences with the same words in other
 * roles ("She presses 4 on the lift panel", "The ring in the case was her mother's").
 */

import { opensFromZero } from './elapsedStamps';

/** A clock time as a chat stamps it: "20:02", "9:41 PM", "21:14:05". */
const CLOCK = String.raw`\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?`;
/** A date as a chat stamps it: "12/03/2024", "3.12.24", "2024-03-12". */
const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})`;
/** A chat line's stamp: "[20:02] ", "[12/03/2024, 21:14] ", "12/03/2024, 21:14 - ". */
const STAMP = String.raw`(?:\[(?:${DATE},?\s+)?${CLOCK}\]\s*|(?:${DATE},?\s+)?${CLOCK}\s+[-–—]\s+)`;
/** A member's name in a chat: one to three words, or a handle. */
const MEMBER = String.raw`[\p{L}\d_.'’-]+(?: [\p{L}\d_.'’-]+){0,2}`;
/** A stamped message: the stamp, the member, a colon, the message. */
const CHAT_LINE = new RegExp(String.raw`^${STAMP}(${MEMBER}):\s+(\S.*)$`, 'u');
/** A message's header on its own line, the message under it: "Owen Reyes, 9:41 PM". */
const CHAT_HEADER = new RegExp(String.raw`^(${MEMBER})(?:,\s*|\s+[·•|-]?\s*)${CLOCK}$`, 'u');

/** A chat's own lines: encryption notice, omitted media, deleted messages, group changes. */
const CHAT_SYSTEM = new RegExp(
  String.raw`^(?:${STAMP})?(?:(?:messages|calls)\b[^.!?]{0,50}\bend-to-end encrypt(?:ed|ion)\b|<?\s*(?:media|image|video|audio|sticker|gif|document|photo) omitted\s*>?$|<attached:[^>]*>$|(?:this message was deleted|you deleted this message|message deleted|waiting for this message)\.?$|(?:today|yesterday)$|missed (?:voice|video) call\b|${MEMBER} reacted \S{1,8} to\b|(?:tap|click) to (?:view|load|see) \d+ (?:new |more |unread )?messages?$|\d+ (?:new |unread )+messages?$|${MEMBER} (?:changed (?:the |this )?(?:group(?:['’]s)? (?:name|description|icon|photo)|subject|group settings)|joined using\b|created (?:the )?group\b|pinned a message\b|changed their phone number\b))|^${STAMP}${MEMBER} (?:(?:added|removed) ${MEMBER}|left|joined)$`,
  'iu',
);

/** Words at most in another member's message that is a reaction, not a telling of its own. */
const MAX_REACTION_WORDS = 40;
/** Stamped lines at least for a text to be a chat export. */
const MIN_CHAT_LINES = 6;

/** Where each reaction lies: [start, end) of its line in the text. */
export type ChatReactions = readonly (readonly [number, number])[];

/**
 * A chat export where one member tells the story (the member who wrote most of the words, more
 * than half of them): the other members' short messages are the friends' reactions between the
 * telling's messages, never the story. Returns their lines' spans; none when the text is no chat
 * or no one member tells most of it.
 */
export const readChat = (text: string): ChatReactions => {
  if (!/\d[:.]\d\d/.test(text)) return [];
  const lines: { start: number; end: number; member: string; words: number }[] = [];
  let at = 0;
  let header: string | null = null;
  for (const raw of text.split('\n')) {
    const start = at;
    at += raw.length + 1;
    const line = raw.trim();
    if (!line) continue;
    const m = CHAT_LINE.exec(line);
    if (m) {
      header = null;
      lines.push({
        start,
        end: start + raw.length,
        member: (m[1] ?? '').toLowerCase(),
        words: (m[2] ?? '').split(/\s+/).length,
      });
      continue;
    }
    const h = CHAT_HEADER.exec(line);
    if (h && line.length <= 40) {
      header = (h[1] ?? '').toLowerCase();
      continue;
    }
    // The message under its header line.
    if (header !== null)
      lines.push({
        start,
        end: start + raw.length,
        member: header,
        words: line.split(/\s+/).length,
      });
  }
  if (lines.length < MIN_CHAT_LINES) return [];
  // A recording's elapsed timecodes ("[00:00:12] PRIYA: ..."), from zero with seconds: a
  // transcript whose speakers take turns telling, no chat.
  if (opensFromZero(text.slice(lines[0]?.start ?? 0, lines[0]?.end ?? 0))) return [];
  const byMember = new Map<string, number>();
  let total = 0;
  for (const l of lines) {
    byMember.set(l.member, (byMember.get(l.member) ?? 0) + l.words);
    total += l.words;
  }
  if (byMember.size < 2) return [];
  const [teller, most] = [...byMember].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (most * 2 <= total) return [];
  return lines
    .filter((l) => l.member !== teller && l.words <= MAX_REACTION_WORDS)
    .map((l) => [l.start, l.end] as const);
};

/** True when the paragraph lies inside another member's reaction (see readChat). */
export const isChatReaction = (reactions: ChatReactions, start: number, end: number): boolean =>
  reactions.some(([a, b]) => start >= a && end <= b);

/** A handset's instruction: "Press 32 on your handset", "Dial 4 to hear ...", "Next stop: X". */
const HANDSET =
  /(?:^|[.!?]\s+)(?:(?:please )?(?:press|dial|key in|enter|tap|select) (?:(?:number|no\.?|button|track|stop) )?\d{1,3}\b[^.!?]{0,80}?(?:\b(?:handset|keypad|audio ?guide|device|player|to (?:hear|continue|listen|skip|go|return|learn|find out|play))\b)|(?:press|dial) \d{1,3}(?: again)?[.!]?\s*$|next stop\s*:|(?:please )?(?:continue|proceed|move on|walk on|go on) (?:on )?(?:to|into) the next (?:room|gallery|stop|case|exhibit|display|section of the exhibition)\b|(?:please )?return (?:your|the) (?:handset|audio ?guide|headphones|device)\b)/i;
/** A handset's instruction after what it offers: "To hear more about the costumes, press 15." */
const HANDSET_AFTER =
  /\b(?:to hear|to learn|to find out|for more|to listen)\b[^.!?]{0,60}\b(?:press|dial|key in|enter|select) \d{1,3}[.!]?\s*$/i;
/** A guide's accessibility line: "Large-print and Braille versions are available ...". */
const ACCESS_VERSIONS =
  /\b(?:large[- ]print|braille|audio[- ]described|easy[- ]read|sign[- ]language|bsl|british sign language|subtitled|transcripts?)\b[^.!?]{0,60}\b(?:versions?|copies|transcripts?|guides?|editions?)\b[^.!?]{0,20}\b(?:are|is) (?:also )?available\b|\b(?:this|the) (?:audio )?guide is (?:also )?available in\b/i;
/** A pointer to a place in the room: "in the case to your left", "in front of you". */
const ROOM_POINTER =
  /\b(?:(?:in|on|inside|behind) the (?:glass )?(?:case|cabinet|vitrine|display(?: case)?|showcase|wall|plinth|screen|panel|table|stand)(?: (?:to|on|at) your (?:left|right)| (?:opposite|beside|behind|next to) you| in front of you)?|(?:to|on|at) your (?:left|right)|in front of you|behind you)\b/i;
/** What a room's pointer shows: an exhibit. */
const EXHIBIT =
  /\b(?:displayed|on display|on show|exhibits?|exhibited|on loan|loaned|lent by|courtesy of|used in the (?:film|production|shoot)|props? (?:department|buyer|maker)|please do not touch)\b/i;
/** Words at most in an exhibit's note. */
const MAX_EXHIBIT_WORDS = 60;

/** An auction lot's small print: premium, VAT, shipping, terms, lots marked with a sign. */
const LOT_SMALL_PRINT =
  /\bbuyer['’]s premium\b|\b(?:shipping|delivery|collection|packing) (?:is |are )?(?:available|arranged|offered) (?:for|on) (?:this|all|the) lots?\b|\blots? marked\b|\bsubject to (?:import )?VAT\b|\bterms (?:of business|and conditions of sale)\b|\bconditions of sale\b|\bbefore bidding\b/i;

/** A crowdfunding page's counters and tiers: "Pledge €40 or more:", "1,093 backers". */
const CAMPAIGN =
  /^(?:pledge|back(?: us)? with|give|donate|contribute) [€$£]?\s?\d[\d,.]*\s?(?:[€$£]|eur|usd|gbp)?\s+or more\b|^\d[\d,.]*\s+backers?$|^[€$£]?\s?\d[\d,.]*\s?[€$£]?\s+(?:pledged|raised) of\b|^\d+ (?:days?|hours?) (?:to go|left)$|^risks and challenges\s*:|^report this (?:project|campaign)\b|^stretch goals?\s*:|^(?:only )?\d+ (?:left|remaining)(?: of \d+)?!?$/i;

/** A figure's caption at a paragraph's start: "Fig. 6.3 Mira ...", "Figure 2: ...", "Plate 4". */
const FIGURE_CAPTION =
  /^(?:fig\.|figs?\.|figure|plate|illus\.|illustration|still)\s*\d+(?:\.\d+)*[a-z]?\b/i;
/** A numbered note under the text: "3 See Brannock (2004), p. 12.", "¹ Compare section 6.2." */
const FOOTNOTE =
  /^(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s+(?:see(?: also)?|cf\.?|compare|ibid\.?|quoted in|translated by|on the|for a (?:dissenting |different |fuller )?(?:reading|account|discussion))\b/i;
/** Words at most in a footnote. */
const MAX_FOOTNOTE_WORDS = 40;
/** Words at most in a caption. */
const MAX_CAPTION_WORDS = 60;

/** A list's label on a disc guide or a programme: "Further commentary highlights: ...". */
const HIGHLIGHTS_LABEL =
  /^(?:further|more|other|additional) (?:(?:commentary|interview|disc|track) )?(?:highlights|remarks|topics|notes)\s*:/i;

/** A bracketed button: "[Share on Facebook]", "[ Back this project ]". */
const BUTTON = /\[\s*[^\][]{1,40}?\s*\]/g;
/** A button's verb or object. */
const BUTTON_WORD =
  /\b(?:share|copy|link|tweet|email|print|save|follow|subscribe|register|bid|watch ?list|remind|back this|pledge|ask a question|add to|download|sign (?:in|up)|log ?in|report|like|reply|buy|basket|cart)\b/i;

/** A site's bar of short links that ends in its account links: "SITE | Movies TV Sign in". */
const ACCOUNT_LINKS = /\b(?:sign (?:in|up)|log ?in|log out|register|my account|subscribe)\s*$/i;

/** True when every non-space part of the paragraph is a bracketed button, two or more. */
const isButtonRow = (s: string): boolean => {
  const buttons = s.match(BUTTON) ?? [];
  return (
    buttons.length >= 2 &&
    s.replace(BUTTON, '').trim() === '' &&
    buttons.every((b) => BUTTON_WORD.test(b))
  );
};

/** True when the line is a site's bar: short items, no sentence end, account links last. */
const isAccountBar = (s: string, words: number): boolean =>
  words <= 16 &&
  !s.includes('\n') &&
  ACCOUNT_LINKS.test(s) &&
  !/[.!?,;]/.test(s) &&
  (s.match(/(?:^|\s)\p{Lu}/gu)?.length ?? 0) >= 4;

/** True when the paragraph is page furniture by one of the rules above. */
export const isPageFurniture14 = (s: string, words: number): boolean =>
  (words <= 30 && CHAT_SYSTEM.test(s.trim())) ||
  (words <= 30 && (HANDSET.test(s) || HANDSET_AFTER.test(s))) ||
  (words <= 40 && ACCESS_VERSIONS.test(s)) ||
  (words <= MAX_EXHIBIT_WORDS && ROOM_POINTER.test(s) && EXHIBIT.test(s)) ||
  (words <= 40 && LOT_SMALL_PRINT.test(s)) ||
  (words <= 40 && CAMPAIGN.test(s.trim())) ||
  (words <= MAX_CAPTION_WORDS && FIGURE_CAPTION.test(s.trim())) ||
  (words <= 80 && HIGHLIGHTS_LABEL.test(s.trim())) ||
  (words <= MAX_FOOTNOTE_WORDS && FOOTNOTE.test(s.trim())) ||
  isButtonRow(s) ||
  isAccountBar(s.trim(), words);

/**
 * A section's name without a guide's stop or track number before it: "STOP 37 · BEHIND THE
 * SCENES" is the section "BEHIND THE SCENES".
 */
export const sectionName14 = (name: string): string =>
  name.replace(/^(?:stop|track|no\.?|number)\s*\d{1,3}\s*[·•:|–—-]\s*/i, '');

/** The viewer or the reader, outside quotes: an essay talks of them, a story does not. */
const VIEWER =
  /\b(?:us|we|our|the viewer|viewers|the audience|audiences|(?:an? |the )(?:[\p{Ll}-]+ )?(?:viewer|spectator|reader)|spectators)\b/u;

/**
 * An essay's opening paragraph about the film's maker, before any story: it opens on the
 * director's name and a verb ("Ruben Castellane did not like to explain himself. ... it gives us
 * those years in five chapters"), and speaks of the viewer. `makers` maps a credited director's
 * surname to the first name (pageStyles9.ts).
 */
export const isMakerEssayOpening = (
  s: string,
  makers: ReadonlyMap<string, string>,
  seenStory: boolean,
): boolean => {
  if (seenStory || makers.size === 0) return false;
  const m =
    /^(?:(\p{Lu}[\p{L}'’-]+) )?(\p{Lu}[\p{L}'’-]+) (?:\p{Ll}+ ){0,2}?(?:\p{Ll}+ed|did|was|had|is|has|said|says|told|made|wrote|liked|hated|never|once|always|often)\b/u.exec(
      s,
    );
  const last = m?.[2];
  if (!m || !last || !makers.has(last)) return false;
  if (m[1] !== undefined && makers.get(last) !== m[1]) return false;
  const unquoted = s.replace(/["“][^"”]{0,400}["”]/g, ' ');
  return VIEWER.test(unquoted);
};

/**
 * Section names longer than a heading's usual five words, which head no story: a screenwriting
 * site's lessons ("What to steal from this script"), a club's reasons ("Why we chose this film").
 */
export const LONG_SECTION14 =
  /^(?:what (?:to|we can|you can|writers can) (?:steal|learn|take|borrow) from (?:this|the) (?:script|screenplay|film|movie)|why we (?:chose|picked|programmed) (?:it|this(?: one| film)?))\s*:?$/i;
