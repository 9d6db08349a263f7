/**
 * Page furniture read by its shape, not by its exact words (the twelfth session's rules, asked
 * last, only of a paragraph that every other rule of clean.ts would let through as story):
 * - a line of symbols and numbers more than words ("Page 1 of 3 « First < Prev 1 2 3 Next >");
 * - a line of a page's own buttons and links only ("Like Loading...", "Edit · View history");
 * - a short paragraph about the page, the medium or the business rather than the story's world:
 *   it names none of the story's people, says no "he", "she" or "they", and holds two words or
 *   more of the medium's vocabulary (pages, threads and moderators, episodes and hosts, booklets,
 *   transfers and discs, screenings and box offices, sponsors and funds, companies, credits and
 *   biographies, broadcasts and subtitles) or a label before a colon and one such word
 *   ("Theme music: ...", "Reason: archived after 90 days", "Also by this director: ...").
 * A story paragraph names its people or speaks of them; one that does neither ("Years pass.",
 * "The river floods in August.") holds no medium's words. Negatives: tests/pipeline/leaks12.test.ts.
 */

import { SENTENCE_SPAN } from './text';

/** Third-person pronouns: a paragraph that says them speaks of the story's people. */
const PERSON_PRONOUN =
  /\b(?:he|she|they|him|her|his|hers|their|theirs|them|himself|herself|themselves)\b/i;

/**
 * Words of a page, its medium or its business that no story's world says without its people:
 * each counts once, however often it stands.
 */
const MEDIUM_WORDS = new RegExp(
  String.raw`\b(?:` +
    [
      // A website, a forum, a blog and their people.
      String.raw`page \d+|issue \d+|this (?:film|movie|title|page|post|site|newsletter|email)|email address(?:es)?|(?:required|mandatory) fields?|browser|unsubscribe|adverts?|advertising|advertisers?|pages? \d+(?:[-–]\d+)?|threads?|moderators?|admins?|forums?|archived|subscribers?|followers?|usernames?|logged in|website|permalink|upvotes?|downvotes?|posts? #?\d+`,
      // A podcast, a broadcast, a video.
      String.raw`episodes?|podcasts?|co-hosts?|listeners?|this week|next week|theme music|jingle|broadcasts?|aired|audio|subtitled|subtitles|closed captions|captions|trailers?|stills`,
      // A disc, a booklet.
      String.raw`booklets?|editions?|discs?|dvds?|blu-rays?|region [a-c0-9]|remaster(?:ed)?|aspect ratio|chapters? list|catalogue|designed by|edited by|artwork|liner notes|special features`,
      // A screening, a festival.
      String.raw`screenings?|sold out|q&a|step-free|wheelchair|induction loop|hearing loop|introduced by|introduction by|presented (?:by|with|in)|support of`,
      // Money, firms, rights, credits.
      String.raw`supported by|sponsored by|in association with|funded by|fund|funding|stretch goals?|trading name|ltd|inc|plc|gmbh|company number|copyright|rights reserved|licen[cs]ed?|licen[cs]e|permission|distributor|world sales|sales agent|press|media enquiries|enquiries|credits|biograph(?:y|ies)|filmograph(?:y|ies)|this director|also by|author of`,
    ].join('|') +
    String.raw`)\b`,
  'gi',
);
/**
 * Words of the medium that a story's world may say too (a theatre's box office, a radio
 * producer, an archive): three of them, or one beside a word of MEDIUM_WORDS.
 */
const MEDIUM_WEAK = new RegExp(
  String.raw`\b(?:members?|users?|online|app|links?|comments?|hosts?|music|channel|clips?|transfer|negative|restored|restoration|mono|stereo|box office|returns|queue|tickets?|concessions?|venue|auditorium|festival|programme|premieres?|booking|seating|registered|limited|distribution|director|screenplay|critics?|curator|production|radio|institute|foundation|archive|the first to|our|us|we|fees?|seats?|purchase|pledged|backers|donations?|proceeds|appeal)\b|[£$€]\s?\d`,
  'gi',
);

/** The reader addressed. */
const READER = /\b(?:you|your|yours|you['’](?:re|ll|ve|d))\b/i;

/** Distinct matches of a global pattern, in lower case. */
const distinct = (s: string, re: RegExp): number =>
  new Set((s.match(re) ?? []).map((w) => w.toLowerCase())).size;

/** A page's label before a colon at the start: one to four words, not a name, not a time. */
const LABEL = /^(\p{Lu}[\p{Ll}'’-]*(?: (?:[\p{Ll}'’-]+|&)){0,3})\s*:\s+\S/u;
/** Labels that open story or a transcript's talk, not a page's field. */
const STORY_LABEL =
  /^(?:part|chapter|act|scene|episode|prologue|epilogue|flashback|flash-forward|dream|meanwhile|later|earlier|then|now|today|tonight|morning|evening|night|afternoon|dawn|dusk|spring|summer|autumn|fall|winter|present(?: day)?|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|the (?:twist|catch|reveal|ending|end|kicker|truth|problem|answer|point))\b/i;

/** A button's or a link's word: a line of nothing else is the page's own. */
const UI_WORDS = new Set(
  (
    'like|likes|liked|unlike|loading|share|shares|reply|replies|quote|flag|report|save|saved|' +
    'print|email|embed|follow|following|unfollow|subscribe|subscribed|upvote|downvote|vote|' +
    'permalink|edit|edited|history|view|views|talk|read|more|less|show|hide|hidden|collapse|' +
    'expand|cancel|sign|log|in|out|up|create|account|home|menu|search|next|previous|prev|back|' +
    'top|first|last|older|newer|load|see|all|sort|by|best|new|newest|oldest|open|close|' +
    'comment|comments|thread|post|posts|page|pages|link|copy|add|to|list|my|rate|rating|' +
    'watchlist|favourite|favorite|bookmark|download|tweet|pin|award|give|of'
  ).split('|'),
);

/** True when every word of a short line is a button's or a link's (and one of them at least). */
const isButtonsOnly = (s: string, words: number): boolean => {
  if (words > 10) return false;
  const ws = s.toLowerCase().match(/\p{L}+/gu) ?? [];
  return ws.length >= 1 && ws.every((w) => UI_WORDS.has(w)) && /\p{L}/u.test(s);
};

/**
 * True when a line that ends no sentence is more symbols and numbers than words: a pager, a
 * score box, a row of icons ("« First < Prev 1 2 3 Next >", "★ 4.1 (2,310) · 12+ · HD").
 */
const isSymbolRow = (s: string): boolean => {
  // A scene's or a chapter's header may be numbers and dashes too: "SCENE 4 [00:21] — 1958".
  if (/[.!?]["”’)]*$/.test(s) || YEAR.test(s) || STORY_LABEL.test(s)) return false;
  const tokens = s.split(/\s+/).filter(Boolean);
  if (tokens.length < 5) return false;
  const wordsOnly = tokens.filter((t) => WORD_TOKEN.test(t)).length;
  return wordsOnly * 2 < tokens.length;
};
/** A word with the punctuation that may close or open it: "answer.", "(Night", "I". */
const WORD_TOKEN = /^["“‘(]*\p{L}[\p{L}'’-]*[.,;:!?"”’)]*$/u;
const YEAR = /\b(?:1[89]|20)\d\d\b/;

/**
 * A postal address on a line of its own: a house number and a street, then a town or a code
 * after a comma ("12 Canal Row, Leeds LS1 4AB", "Kino Eden, 4 Hafenstraße, 20359 Hamburg").
 */
const POSTAL_ADDRESS =
  /\b\d{1,4}[a-z]? \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)? (?:row|street|st|road|rd|lane|ln|avenue|ave|square|sq|place|pl|way|close|crescent|terrace|drive|quay|walk|gardens|hill|park)\b[^.!?]{0,10},\s*\p{Lu}[^.!?]{1,40}$|\b\d{1,4}[a-z]? \p{Lu}[\p{L}'’-]*(?:straße|strasse|gasse|weg|platz|gade|vej|gatan|vägen|laan|straat|gracht)\b,\s*[^.!?]{2,40}$/iu;

/** A page greeting its readers: "Hello again, reelers!", "Hi all,", "Welcome back, friends." */
const GREETING =
  /^(?:hello|hi|hey|greetings|welcome(?: back)?|howdy|good (?:morning|afternoon|evening)|dear (?:readers|listeners|viewers|members|friends|all))\b[^.!?]{0,40}[!,.]?$/i;

/**
 * A breadcrumb or a menu: three parts or more of a few words each between one repeated
 * separator that is neither a letter, a digit, a dash nor a sentence's punctuation ("Recaps ⁄ 2020s ⁄
 * Mysteries", "Home ▸ Films ▸ Drama"), and no sentence end.
 */
const isBreadcrumb = (s: string): boolean => {
  // A dash may part a scene's header: "SCENE 4 — 1958 — The Quills' kitchen".
  if (/[.!?]["”’)]*$/.test(s) || STORY_LABEL.test(s)) return false;
  const seps = s.match(/\s([^\p{L}\p{N}\s"'“”‘’(),.;:!?&—–-]{1,2})\s/gu);
  if (!seps || seps.length < 2) return false;
  const sep = seps[0]?.trim() ?? '';
  if (!seps.every((x) => x.trim() === sep)) return false;
  const parts = s.split(` ${sep} `).map((x) => x.trim());
  return parts.length >= 3 && parts.every((x) => x !== '' && x.split(/\s+/).length <= 6);
};

const WEEKDAY =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)(?=[\s,])/i;
/** A clock time or an hour's range: "7.30pm", "19:00", "10–12". */
const CLOCK =
  /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[.:]\d{2}\b|\b\d{1,2}\s*[–-]\s*\d{1,2}\b/i;
/** A day of the month: "12th", "4 December", "December 4". */
const DAY_OF_MONTH = new RegExp(
  String.raw`\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b`,
  'i',
);

/** The page asking its reader to act on it: "Be the first to react to this." */
const FIRST_TO = /^be the first to \p{L}+/iu;

/** The story's people, by name, in a paragraph: capitalised words the story has used. */
const namesStoryPerson = (s: string, names: ReadonlySet<string>): boolean => {
  for (const m of s.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) if (names.has(m[0])) return true;
  return false;
};

/** Longest paragraph read for the medium's words. */
const MAX_MEDIUM_WORDS = 35;

/**
 * True when the paragraph (which every other rule let through as story) is page furniture by its
 * shape. `storyNames`: capitalised words of the story's paragraphs so far.
 */
export const isFurnitureShape = (
  s: string,
  words: number,
  storyNames: ReadonlySet<string>,
): boolean => {
  if (isSymbolRow(s) || isButtonsOnly(s, words)) return true;
  if (words <= 12 && FIRST_TO.test(s)) return true;
  if (words <= 16 && POSTAL_ADDRESS.test(s) && !/[.!?]["”’)]*$/.test(s)) return true;
  if (words <= 30 && isBreadcrumb(s)) return true;
  if (words > MAX_MEDIUM_WORDS) return false;
  const unquoted = /["“]/.test(s) ? s.replace(/["“][^"”]{0,200}["”]/g, ' ') : s;
  const strong = distinct(unquoted, MEDIUM_WORDS);
  const label = LABEL.exec(s)?.[1] ?? '';
  // A field labelled with the medium's word: "Credits: Lenny — Toby Harrow; ...".
  if (strong > 0 && label && distinct(label, MEDIUM_WORDS) > 0) return true;
  if (PERSON_PRONOUN.test(unquoted) || namesStoryPerson(unquoted, storyNames)) return false;
  if (words <= 8 && GREETING.test(s)) return true;
  // The page talking to its reader: "you" outside quotes is never the story's.
  const all = strong + distinct(unquoted, MEDIUM_WEAK) + (READER.test(unquoted) ? 1 : 0);
  const labelled = label !== '' && !STORY_LABEL.test(label);
  // A notice of an event: a weekday and a clock time, with a date, a label, a cry or the page's
  // words ("Coffee morning: Saturday, 10–12, church hall.").
  if (
    WEEKDAY.test(unquoted) &&
    CLOCK.test(unquoted) &&
    (DAY_OF_MONTH.test(unquoted) || labelled || unquoted.includes('!') || all >= 1)
  )
    return true;
  // A field of two words or more with a value that is no sentence: "Viewing copies: on request".
  if (labelled && label.includes(' ') && words <= 20 && !/[.!?]["”’)]*$/.test(s)) return true;
  // A label with one word of the page's after it (the label's own words not counted: "Our
  // review: four stars" is a verdict, which other rules weigh).
  const value = unquoted.slice(label.length);
  const inValue =
    distinct(value, MEDIUM_WORDS) + distinct(value, MEDIUM_WEAK) + (READER.test(value) ? 1 : 0);
  // A field whose value is only a quotation: 'Critics' line: "Bleak and beautiful."'
  const quoteOnly = labelled && label.includes(' ') && !/\p{L}/u.test(value);
  return (strong >= 1 && all >= 2) || all >= 3 || (labelled && inValue >= 1) || quoteOnly;
};

/** A poster's user name: "u/name", "@name", a word with a digit or an underscore, "[deleted]". */
const POSTER =
  /(?:^|[\s·•|(])(?:u\/|@)[\p{L}\d_.-]{2,30}|\b\p{L}*[_\d][\p{L}\d_]*\p{L}[\p{L}\d_]*\b|\b\p{L}+_[\p{L}\d_]*|\[(?:deleted|removed)\]/u;
const MONTH_WORD = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;
/** When a post was written: "13h", "2 days ago", "10 September 2022 at 8:02 am", "318 points". */
const POSTED_WHEN = new RegExp(
  String.raw`\b(?:\d+\s*(?:s|m|h|d|w|mo|y|mins?|hrs?|hours?|days?|weeks?|months?|years?)\b|ago\b|yesterday\b|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD}|${MONTH_WORD} \d{1,2}\b|\d[\d,.]*k? (?:points?|likes?|upvotes?|votes?)\b|level \d)`,
  'iu',
);

/** A date: a month's name, a year, "03/11/2023". */
const A_DATE = new RegExp(
  String.raw`${MONTH_WORD}|\b(?:19|20)\d\d\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b`,
  'iu',
);

/**
 * True when a line is a comment's header: who posted and when ("u/harbourlights · 13h", "level 1
 * · cormorant_77 · 1d · 318 points", "10 September 2022 at 8:02 am"). The paragraph under it is
 * that comment, not the story resuming, however much of the story's people it names.
 */
export const isCommentHeader = (s: string): boolean => {
  if (s.length > 90 || /[.!?]["”’)]*$/.test(s) || !POSTED_WHEN.test(s)) return false;
  if (POSTER.test(s)) return true;
  // A date and a clock time alone: the poster's name stands on the line above.
  // (A date with it: a clock time alone may head a story's hour, "06:40 — the bank".)
  return (
    /\d{1,2}[:.]\d{2}/.test(s) &&
    A_DATE.test(s) &&
    !/\p{L}{3,}\s+\p{L}{3,}\s+\p{L}{3,}\s+\p{L}{3,}/u.test(s)
  );
};

/** The writer, outside quotes, in the singular: "I", "my" (a recap's "we" watches the story). */
const WRITER_WORD = /\b(?:I|I['’](?:ve|ll|m|d)|my)\b/;
/** The writer's own text: "essay", "breakdown", "write-up". */
const TEXT_NOUN = String.raw`(?:essay|breakdown|recap|summary|synopsis|post|notes|piece|article|review|write-?up|paper|thread|section|timecodes?|time-?stamps?)`;
/** The writer's own text named as theirs or as this one: "my breakdown", "in this essay". */
const OWN_TEXT = new RegExp(
  String.raw`\b(?:this|my|our|these) (?:[\p{L}-]+ )?${TEXT_NOUN}\b|\bscene-by-scene\b|\btimecodes?\b`,
  'iu',
);
/** The writer ordering their own text: "I argue", "I will first summarise", "I've marked". */
const WRITER_PLAN =
  /\bI(?:['’]ll| will| shall| have|['’]ve| am going to)? (?:first |then |also |now |briefly |mainly )?(?:argue|summari[sz]e|retell|recount|give (?:a|an) (?:synopsis|summary|outline|account)|discuss|describe|outline|mark|marked|list|go through|look at|focus on|consider|analy[sz]e|examine|trace|suggest|propose)\b/;

/** True when a sentence is the writer framing their own text, not the story told. */
const isWriterFrame = (x: string): boolean => {
  const unquoted = /["“]/.test(x) ? x.replace(/["“][^"”]{0,300}["”]/g, ' ') : x;
  return (WRITER_WORD.test(unquoted) && OWN_TEXT.test(unquoted)) || WRITER_PLAN.test(unquoted);
};

/**
 * Where the story lies in a paragraph that opens or closes on the writer framing their own text
 * ("As promised, here's my scene-by-scene breakdown. ...", "... In this essay I argue that ... I
 * will first summarise the plot ..."): the story part between those sentences, { from: 0, to: 0 }
 * when every sentence frames, or null when none at either end does.
 */
export const storyInsideWriterFrame = (s: string): { from: number; to: number } | null => {
  if (!WRITER_WORD.test(s)) return null;
  const spans: { from: number; to: number; frame: boolean }[] = [];
  for (const m of s.matchAll(SENTENCE_SPAN)) {
    const to = m.index + m[0].trimEnd().length;
    if (to > m.index) spans.push({ from: m.index, to, frame: isWriterFrame(m[0]) });
  }
  let first = 0;
  while (first < spans.length && spans[first]?.frame === true) first++;
  let last = spans.length - 1;
  while (last >= first && spans[last]?.frame === true) last--;
  if (last < first) return { from: 0, to: 0 };
  if (first === 0 && last === spans.length - 1) return null;
  const a = spans[first];
  const b = spans[last];
  return a && b ? { from: a.from, to: b.to } : null;
};
