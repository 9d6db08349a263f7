/**
 * A sentence that says where and when a part of the telling is set, its subject the part itself
 * ("The first story took place in the winter of 1944", "The third tale was set in Lyon in 1971",
 * "The film opened in a Leeds bakery in 1962"): its year is that part's era, though the sentence is
 * in the simple past of a past-tense synopsis, where a year is otherwise a mention.
 */
const SETTING_LEAD =
  /^\s*(?:(?:and|but|then|so)\s+)?(?:the|this|its|our|a)\s+(?:(?:first|second|third|fourth|fifth|sixth|next|last|final|opening|closing|middle|longest|shortest|central|new)\s+)?(?:story|stories|segment|part|episode|tale|section|chapter|act|strand|film|movie|picture|frame|thread)(?:\s+proper)?\s+(?:took place|takes place|was set|is set|were set|began|begins|opened|opens|unfolded|unfolds|played out|plays out|moved|moves|shifted|shifts|jumped|jumps)\b[^.;!?]{0,80}$/i;

/** True when `lead`, the words of a sentence before its year, set a part of the telling there. */
export const setsPartInYear = (lead: string): boolean => SETTING_LEAD.test(lead);
