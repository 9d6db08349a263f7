/**
 * Page furniture of the fifteenth session (clean.ts's rules for page forms whose lines leaked
 * into scenes), each read from what a line is for on its page, not from one page's words:
 * - a link to the site's next or previous page of its kind ("Next quiz: ...", "Previous post:
 *   ...", "Up next in this series: ...");
 * - a pointer to another part of the page ("See the end of the work for more notes", "Scroll to
 *   the bottom of the page for the recipe");
 * - a strip of short parts between "·" after a first part (a site's footer "X is a non-profit
 *   archive · Terms of Service · Site Map", a byline "Dr A. Name · School of Film"): a story's
 *   sentence is not cut into labels;
 * - a list of measured quantities ("1 kg cucumbers, 2 tbsp salt, 500 ml vinegar") and the
 *   steps under it ("Method: ...");
 * - an email's small print about the email itself ("This email and any attachments are
 *   confidential ...", "Please consider the environment before printing this email.");
 * - a file to download with its size ("Map: download the trail map (PDF, 2.1 MB)");
 * - a meeting's standing items ("1. Minutes of the last meeting were approved.", "4. Any other
 *   business.", "Meeting closed 9.05 pm.").
 * Negatives (tests/pipeline/furniture15.test.ts): story sentences with the same words in other
 * roles ("Next morning: the ferry is gone", "She reads the email twice", "He weighs out 2 kg of
 * nails").
 */

/** A link to the site's next or previous page of a kind. */
const LINK_NOUN =
  '(?:quiz(?:zes)?|posts?|articles?|episodes?|videos?|chapters?|pages?|reviews?|recipes?|guides?|trails?|lessons?|works?|items?|reads?|stories|issues?|parts?)';
/** "Next quiz:", "Previous post:", "Up next:" ("Next:" alone may open a recap's next step). */
const NEXT_LINK = new RegExp(
  `^(?:(?:next|previous|prev)\\s+${LINK_NOUN}|(?:up|coming up) next(?:\\s+${LINK_NOUN})?)(?: in (?:this|the) series)?\\s*[:›»→]\\s*\\S`,
  'i',
);

/** A pointer to another part of the page: "See the end of the work for more notes". */
const PAGE_POINTER =
  /^(?:please )?(?:see|scroll|skip|jump|go|click|tap|head|read on)\b[^.!?]{0,40}\b(?:(?:to |at )?the (?:end|top|bottom|foot|start) of (?:the |this )?(?:work|page|post|article|thread|fic|chapter)\b|for (?:more|the author['’]s|my|the) notes\b)/i;
const MAX_POINTER_WORDS = 16;

/** A part of a strip: a few words, no sentence. */
const SHORT_PART_WORDS = 5;
/** A word of a name or a label: capitalised, an initial, a small word, a symbol. */
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|of|and|the|for|in|on|at|&|[©@#]\S*|\d[\d,.]*)$/u;

/**
 * A line of "·" parts after its first one, each short, none a sentence: three parts or more, or
 * two that are both names or labels ("Dr A. Name · School of Film and Media").
 */
const isDotStrip = (s: string): boolean => {
  // A labelled line ("Crew: Director X · Writer Y") is a field, read by clean.ts's credits.
  if (!s.includes(' · ') || /^[\p{L} '’]{1,25}:\s/u.test(s)) return false;
  const parts = s.trim().split(/\s+·\s+/);
  if (parts.length < 2) return false;
  const short = (p: string): boolean =>
    p.split(/\s+/).length <= SHORT_PART_WORDS && !/[.!?]\s+\S/.test(p);
  if (!parts.slice(1).every(short)) return false;
  if (parts.length >= 3) return true;
  return parts.every(
    (p) =>
      p.split(/\s+/).length <= SHORT_PART_WORDS + 1 &&
      p.split(/\s+/).every((w) => TITLE_WORD.test(w)),
  );
};

/** A measured quantity: "1 kg", "2 tbsp", "500 ml", "1/2 tsp". */
const QUANTITY = /\b\d+(?:[.,/]\d+)?\s?(?:kg|g|mg|ml|cl|l|tbsp|tsp|cups?|oz|lbs?|pinch(?:es)?)\b/gi;
/** How many quantities make a list. */
const MIN_QUANTITIES = 3;
/** The steps' label under a list of quantities. */
const STEPS_LABEL = /^(?:method|directions|instructions|preparation|steps)\s*:\s+\p{Lu}/iu;

/** An email's small print about itself. */
const EMAIL_SMALL_PRINT =
  /\bthis (?:e-?mail|message)\b[^.]{0,80}\b(?:confidential|intended (?:solely |only )?for|addressee|recipient|printing|virus(?:es)?|disclaimer|monitored)\b|\b(?:before printing|print(?:ing)? this) (?:e-?mail|message)\b/i;

/** A file to download and its size: "(PDF, 2.1 MB)", "download the map (3 MB)". */
const FILE_SIZE =
  /\((?:[A-Z]{2,4},?\s*)?\d+(?:\.\d+)?\s?(?:KB|MB|GB)\)|\bdownload\b[^.]{0,60}\b\d+(?:\.\d+)?\s?(?:KB|MB|GB)\b/;

/** A meeting's standing items, numbered or not. */
const STANDING_ITEM =
  /^(?:\d{1,2}[.)]\s*)?(?:(?:the )?minutes of the (?:last|previous) meeting\b|any other business\b|a\.?o\.?b\.?(?=[\s:.])|date of (?:the )?next meeting\b|meeting (?:closed|ended|finished)\b|apologies(?: for absence)?\s*:)/i;

export const isPageFurniture15 = (s: string, words: number): boolean => {
  const t = s.trim();
  return (
    (words <= 30 && NEXT_LINK.test(t)) ||
    (words <= MAX_POINTER_WORDS && PAGE_POINTER.test(t)) ||
    (words <= 40 && isDotStrip(t)) ||
    (words <= 80 && (t.match(QUANTITY)?.length ?? 0) >= MIN_QUANTITIES) ||
    (words <= 80 &&
      STEPS_LABEL.test(t) &&
      /\b(?:simmer|boil|stir|bake|slice|mix|whisk|chop|add|serve|season|drain|fry|roast)\b/i.test(
        t,
      )) ||
    (words <= 80 && EMAIL_SMALL_PRINT.test(t)) ||
    (words <= 30 && FILE_SIZE.test(t)) ||
    (words <= 60 && STANDING_ITEM.test(t))
  );
};
