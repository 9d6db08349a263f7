/**
 * The talk around a story on a podcast's show notes, a forum thread and a Q&A page (clean.ts and
 * credits.ts): the hosts' and guests' chatter between the synopsis's chapters ("Kofi's note: ...",
 * "Petra points out that ..."), ratings and listener mail, a thread's moderator notes and edits,
 * a Q&A page's chrome (vote counts, "asked ... by user (1,204 reputation)", tag lines, comments
 * signed "– user Mar 3, 2024 at 9:12", "✓ Accepted answer"), the asker's question, replies that
 * add to an answer, a summary line before the long telling ("Short version: ..."), and the
 * writer's parenthesised aside to the reader closing a story paragraph.
 *
 * Every rule reads one line's or one paragraph's shape; the negatives live in
 * tests/pipeline/pageTalk.test.ts (a story sentence that mentions a podcast, a character called
 * "Host", a clock time in the story, a parenthesised story sentence).
 */

/** A name: one to three capitalised words (particles allowed). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:de |van |von |da |di |le |la |del )?\p{Lu}[\p{L}'’-]*){0,2}`;

/** A show's label for its own people: "Hosts: A & B", "Guest: C (film programmer)". */
const PEOPLE_LABEL = new RegExp(
  String.raw`^[\s•*·–—-]*(?:(?:co-)?hosts?|guests?|panel(?:ists)?|presenters?|(?:this week|today)['’]?s? guests?|with guests?|featuring|moderators?)\s*:\s*(.+)$`,
  'gimu',
);
/** A user handle in a thread: "u/tidewrack_", "by haldor_v (1,204 reputation)", "– mkpotts Mar 3". */
const USER_HANDLES =
  /\bu\/([\p{L}\d_-]{3,30})|\bby ([\p{L}\d_.-]{3,30}) \(\d[\d,]* reputation\)|\s[–—]\s?([\p{L}\d_.-]{3,30}) (?:\p{Lu}\p{Ll}{2}\.? \d{1,2}(?:, \d{4})?|\d+ \w+ ago|yesterday|today)\b/gu;

/**
 * The page's own people named by a label line (a podcast's hosts and guests) and the handles of
 * a thread's posters: each full name, its first and its last word; each handle as written.
 */
export const pagePeople = (text: string): Set<string> => {
  const out = new Set<string>();
  if (/:/.test(text)) {
    for (const m of text.matchAll(PEOPLE_LABEL)) {
      const parts = (m[1] ?? '').replace(/\([^)]*\)/g, ' ').split(/\s*(?:,|&|\band\b|\+)\s*/);
      if (parts.length > 5) continue;
      for (const part of parts) {
        const name = new RegExp(`^${NAME}`, 'u').exec(part.trim());
        if (!name) continue;
        const words = name[0].split(/\s+/);
        if (words.length < 2 || words.length > 4) continue;
        out.add(words.join(' '));
        out.add(words[0] ?? '');
        out.add(words[words.length - 1] ?? '');
      }
    }
  }
  if (/u\/|reputation| [–—]/.test(text))
    for (const m of text.matchAll(USER_HANDLES)) {
      const h = m[1] ?? m[2] ?? m[3];
      if (h) out.add(h);
    }
  out.delete('');
  return out;
};

/**
 * The labelled lines of a thread's chrome, owned here (furniture4's page labels and clean.ts ask
 * isThreadLabel; THREAD_LINE reads them line by line):
 * - a moderator's, an admin's or a bot's note: "Mod note: ...", "Moderator's note —",
 *   "AutoModerator:";
 * - a post's edit: "Edit 2: fixed the month", "ETA:", "Update -", "edited 3 times", "Last edited
 *   by X", "This post was edited";
 * - a summary box before or after the long telling: "TL;DR:", "Short version:", "In short:",
 *   "Bottom line:". It restates the story's times out of order and is not told as scenes.
 * A label needs its colon or dash ("The short version of the song ..." is story), the edit lines
 * their count or their post ("Edited by her father, the ledger ..." is story).
 */
const THREAD_LABEL_SOURCE = [
  String.raw`^\s*(?:mod(?:erator)?(?:['’]?s)? note|note from the mods?|admin(?:istrator)?['’]?s? note|automoderator`,
  String.raw`(?:edit|eta|update)\s*\d*`,
  // The poster's handle may stand in brackets after the label: "Mod note (u/automoderator) - ...".
  String.raw`tl;?dr|too long;? didn['’]t read|(?:the )?short version|in short|quick version|summary|bottom line)(?:\s*\([^()\n]{1,40}\))?\s*[:—–-]`,
  String.raw`^\s*(?:edited \d+ times?\b|last edit(?:ed)? by\b|this (?:post|comment|reply|message) (?:was|has been) edited\b)`,
].join('|');
const THREAD_LABEL = new RegExp(THREAD_LABEL_SOURCE, 'iu');
/** A prefilter for THREAD_LABEL: a word every branch holds. */
const THREAD_LABEL_HINT = /mod|admin|edit|eta|update|tl;?dr|too long|short|summary|bottom/i;

/** A paragraph (of 60 words at most) that opens on a label of a thread's chrome. */
export const isThreadLabel = (s: string, words: number): boolean =>
  words <= 60 && THREAD_LABEL_HINT.test(s) && THREAD_LABEL.test(s);

/**
 * The line that opens a Q&A page's answers: "2 Answers", "3 answers sorted by votes", "Accepted
 * answer", "✓ Accepted", "Best answer:", "Answer #2". Owned here: THREAD_LINE reads it as chrome
 * and clean.ts ends the section above it there (isAnswersMark), one pattern for both.
 */
const ANSWERS_SOURCE = String.raw`^[✓✔☑]?\s*(?:\d+\s+answers?\b[^.!?\n]{0,40}?|answers?|(?:the )?(?:accepted|best|top|most helpful|highest[- ]voted) answer|answer #?\d+)\s*:?\s*$|^[✓✔☑]\s*accepted\s*$`;
const ANSWERS = new RegExp(ANSWERS_SOURCE, 'iu');
/** A short line that opens a Q&A page's answers (ANSWERS_SOURCE). */
export const isAnswersMark = (s: string, words: number): boolean =>
  words <= 4 && /answer|accepted/i.test(s) && ANSWERS.test(s.trim());

/** One line of a thread's or a Q&A page's chrome. */
const THREAD_LINE = new RegExp(
  [
    // A moderator's note, a post's edit, a summary box: "Mod note: ...", "Edit 2: fixed the month".
    THREAD_LABEL_SOURCE,
    // Q&A: "asked Mar 2, 2024 at 21:40 by X (1,204 reputation)", "answered ...", "edited ...".
    // The word after the verb is a date or a time ago ("Edited by her father, the ledger lists the
    // ships of 1953" is story); a user's line names their reputation.
    String.raw`^(?:asked|answered|edited|modified|viewed)\s+(?:on\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|yesterday|today|an? (?:minute|hour|day|week|month|year)s? ago)|^(?:asked|answered|edited|modified|viewed)\b[^.!?]{0,80}\breputation\b`,
    // Its buttons, between bars or dots or set apart by runs of spaces: "share  improve this question  follow".
    String.raw`^(?:share|improve this (?:question|answer)|follow|flag|cite)(?:(?:\s*[·|•]\s*| {2,}|\t)(?:share|improve this (?:question|answer)|follow|flag|cite))+\s*$`,
    ANSWERS_SOURCE,
    String.raw`^sorted by\s*:|^(?:your answer|post your answer|add a comment|hot network questions|related questions|linked questions|not the answer you['’]re looking for\??)\s*$`,
    // A comment signed with its user and date: "... – mkpotts Mar 3, 2024 at 9:12".
    String.raw`\s[–—]\s?[\p{L}\d_.-]{3,30} (?:\p{Lu}\p{Ll}{2}\.? \d{1,2}(?:, \d{4})?(?: at \d{1,2}:\d{2})?|\d+ \w+ ago|yesterday|today)\s*$`,
    // A site's tag line: lower-case words, some hyphenated, nothing else.
    String.raw`^(?=[^\n]*-)[a-z\d]+(?:-[a-z\d]+)*(?: +[a-z\d]+(?:-[a-z\d]+)*){1,5}$`,
    // A podcast's or a thread's ratings and mail: "Ratings: Marisol 4.5 out of 5", "Listener mail from @x".
    String.raw`^(?:our |final |the )?(?:ratings?|scores?|verdicts?)\s*:[^\n]*\d(?:\.\d)?\s*(?:\/|out of)\s*(?:5|10|100)\b`,
    String.raw`^(?:listener|viewer|reader|fan|audience)s?['’]? (?:mail|e-?mails?|questions?|voicemails?|comments?|letters?)\b`,
  ].join('|'),
  'iu',
);
/** A prefilter for THREAD_LINE. */
const THREAD_HINT =
  /note|automod|edit|eta|update|tl;?dr|too long|short|summary|bottom|asked|answered|modified|viewed|share|improve|answer|sorted|accepted|network|questions|comment|[–—]|-|rating|score|verdict|mail|listener|viewer|reader|fan|audience|letter/i;

/** True when every line of the paragraph is a thread's or a Q&A page's chrome. */
export const isThreadChrome = (s: string, words: number): boolean => {
  if (words > 60 || !THREAD_HINT.test(s)) return false;
  const lines = s.split('\n').filter((x) => x.trim() !== '');
  return lines.length > 0 && lines.every((x) => THREAD_LINE.test(x.trim()));
};

/**
 * A reply that builds on another post: "To add to the accepted answer: ...", "Great writeup.",
 * "Agreed.", "Good catch". A synopsis never answers a post.
 */
const REPLY_OPENER =
  /^(?:(?:to add to|adding to|building on|in addition to|re(?:garding)?:?) (?:the|this|op['’]s|your|an?|[\p{L}\d_]+['’]s) (?:accepted |top |other |great |excellent )?(?:answer|post|comment|reply|point|write-?up|question|thread)|(?:great|good|excellent|nice|fantastic|brilliant|solid) (?:answer|write-?up|post|catch|point|breakdown|explanation|summary)\b|(?:agreed|seconded|this ?\+1|\+1|same here|came here to say this|this should be (?:the )?(?:accepted|top|in))\b)/iu;

/**
 * The asker's question: a paragraph in the writer's voice that ends by asking the readers ("Can
 * someone explain the timeline?", "Does anyone know ...?", "Am I missing something?").
 */
const ASKS_READERS =
  /\b(?:can|could|would|will) (?:some(?:one|body)|any(?:one|body)|you(?: guys| all)?) (?:please )?(?:explain|help|tell|clarify|break (?:it|this) down)\b[^.!?]*\?\s*$|\b(?:does|did|do) (?:any(?:one|body)|some(?:one|body)|you(?: guys| all)?) (?:else )?(?:know|understand|get|think|have)\b[^.!?]*\?\s*$|\b(?:am I|what am I) missing\b[^.!?]*\?\s*$|\b(?:any(?:one|body)) know\b[^.!?]*\?\s*$|\bwhat (?:do|did) (?:you|y['’]all|people) think\b[^.!?]*\?\s*$/i;
const WRITER = /\b(?:I|I['’](?:m|ve|d|ll)|me|my)\b/;

/**
 * A video's or an episode's maker talking to the audience: "In this video I break down ...",
 * "Don't forget to like and subscribe", "Smash that like button", "Timestamps below!".
 */
const MAKER_TALK =
  /^(?:in (?:this|today['’]s) (?:video|episode|clip|stream|breakdown|explainer),? (?:I|we)\b|(?:don['’]t forget|make sure|be sure|remember) to (?:like|subscribe|comment|share|hit|follow|rate|leave|check out)\b|(?:smash|hit) (?:that|the) (?:like|subscribe|bell)\b|timestamps? (?:below|in the description)\b)/i;

/**
 * A video's maker greeting the audience or signing off, anywhere in a short paragraph: "Hey
 * everyone, Jonah here, and welcome back to ...", "Thanks to X for sponsoring this video",
 * "Smash that like button and I'll see you in the next one", "Let me know in the comments".
 * (Not "He subscribes to the paper", "Welcome back, Mira says".)
 */
const MAKER_GREETING =
  /^(?:(?:hey|hi|hello|what['’]?s up),? (?:everyone|everybody|guys|folks|friends|all|y['’]all|there)\b|(?:hello and )?welcome (?:back )?to (?:the|my|our) (?:channel|show|podcast|stream)\b|\p{Lu}\p{Ll}+ here,? (?:and )?welcome\b)/iu;
const MAKER_SIGN_OFF =
  /\b(?:like and subscribe|(?:smash|hit) (?:that|the) (?:like|subscribe|bell)(?: button)?|see you (?:all |guys )?in the next (?:one|video|episode|recap)|for sponsoring (?:this|today['’]s) (?:video|episode|recap|stream)|(?:a (?:quick )?word from )?today['’]s sponsor|link in the description|let me know in the comments|drop (?:a|your) comments?)\b/i;

/**
 * A lecturer or a teacher talking to the class, after a transcript's slide mark: "[slide 1] Okay,
 * let's get started. Today we're looking at ...", "For next week, read Chatman, chapter three.
 * Any questions?", "Right, phones away, please". (Not "So, the plot. The film opens ...", nor
 * "Let's say the vicar lied", which a story may hold.)
 */
const CLASS_TALK =
  /^(?:[[(](?:slide|clip|pause|laughter|inaudible|video|break)\b[^\])]{0,20}[\])]\s*)?(?:(?:okay|ok|right|alright|so|good|morning|afternoon)[,.!]?\s+)*(?:let['’]s (?:get started|begin|start|make a start|pick up where|move on)\b|(?:today|this (?:week|morning|afternoon|session|lecture)),? (?:we['’]re|we are|we['’]ll|we will|I['’]m|I want to|I['’]d like to) (?:looking at|look at|talking about|talk about|going to|turning to|turn to)\b|for (?:next (?:week|time|session|lecture)|monday|tuesday|wednesday|thursday|friday),? (?:please )?(?:read|watch|finish|prepare|bring|write)\b|(?:are there )?any questions\b|phones (?:away|off)\b|see you (?:all )?(?:next|on|monday|tuesday|wednesday|thursday|friday)\b)/i;

/** The asker's question or a reply to a post (paragraphs of the page's talk, not the story). */
export const isThreadTalk = (s: string, words: number): boolean =>
  (words <= 80 && REPLY_OPENER.test(s)) ||
  (words <= 60 && MAKER_TALK.test(s)) ||
  (words <= 60 && CLASS_TALK.test(s)) ||
  (words <= 60 && (MAKER_GREETING.test(s) || MAKER_SIGN_OFF.test(s))) ||
  (words <= 120 && s.includes('?') && WRITER.test(s) && ASKS_READERS.test(s.trimEnd())) ||
  // "Anyone know if X's first film is streaming anywhere?" in a thread.
  (words <= 25 &&
    /^(?:any(?:one|body)|does any(?:one|body)) (?:know|seen|have)\b[^.!]*\?\s*$/i.test(s));

/** A name in a paragraph's opening words: "Kofi's note:", "Petra points out", "Marisol and Kofi". */
const OPENING_NAME =
  /^(\p{Lu}\p{L}+(?:-\p{L}+)?)(?:['’]s\b| and \p{Lu}\p{L}+\b| (?:\p{Lu}\p{L}+ )?\p{Ll})/u;

/**
 * The hosts' or a guest's talk between the chapters of a synopsis: a paragraph that opens on one
 * of the page's own people (pagePeople / credits) and names no one of the story.
 */
export const isHostTalk = (
  s: string,
  people: ReadonlySet<string>,
  storyNames: ReadonlySet<string>,
): boolean => {
  if (people.size === 0) return false;
  const m = OPENING_NAME.exec(s);
  if (!m || !people.has(m[1] ?? '')) return false;
  for (const w of s.matchAll(/\p{Lu}\p{Ll}{2,}/gu))
    if (storyNames.has(w[0]) && !people.has(w[0])) return false;
  return true;
};

/**
 * A writer's aside closing a story paragraph in brackets, to the reader or about the film as a
 * film: "(This is the only flashback in the film, so keep it in mind.)". Returns where the story
 * part ends, or null. A bracketed sentence of the story ("(She never sees him again.)") stays.
 */
export const storyBeforeAside = (s: string, storyNames: ReadonlySet<string>): number | null => {
  const t = s.trimEnd();
  if (!t.endsWith(')')) return null;
  const open = t.lastIndexOf('(');
  if (open <= 0 || !/[.!?]["”’]?\s*$/.test(t.slice(0, open))) return null;
  const aside = t.slice(open + 1, -1);
  if (!/[.!?]$/.test(aside) || aside.split(/\s+/).length < 5) return null;
  if (/^(?:he|she|they|his|her|their|then|later)\b/i.test(aside)) return null;
  for (const w of aside.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) if (storyNames.has(w[0])) return null;
  if (
    !/\b(?:you|your|I|I['’]m|we|us|keep (?:it|this) in mind|note|remember|the (?:film|movie|scene|shot|edit|director)|in the film|on screen)\b/i.test(
      aside,
    )
  )
    return null;
  return t.slice(0, open).trimEnd().length;
};
