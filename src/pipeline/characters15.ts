import type { DocCharacter } from './characters';

/**
 * A formal name with its everyday form in quotes between the first name and the surname:
 * 'Winifred "Winnie" Pardoe', 'Bertrand “Bertie” Oakes'. The character read as "Winnie Pardoe"
 * or "Winnie" is the person the page introduces as "Winifred Pardoe": that full name becomes its
 * name, and the formal first name one of its names.
 */
const FORMAL_WITH_NICKNAME =
  /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’-]+) ["“'‘](\p{Lu}[\p{Ll}'’-]+)["”'’] (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-])/gu;

export const addFormalNames = (text: string, characters: DocCharacter[]): void => {
  if (!/["“'‘]\p{Lu}[\p{Ll}'’-]+["”'’] \p{Lu}/u.test(text)) return;
  for (const m of text.matchAll(FORMAL_WITH_NICKNAME)) {
    const [, first = '', nick = '', last = ''] = m;
    if (first === nick) continue;
    const forms = new Set([`${nick} ${last}`, nick]);
    const c = characters.find((x) => x.names.some((n) => forms.has(n.name)));
    if (!c) continue;
    const full = `${first} ${last}`;
    const known = new Set(c.names.map((n) => n.name));
    const at = m.index;
    for (const name of [full, first, nick]) if (!known.has(name)) c.names.push({ name, first: at });
    c.name = full;
  }
};

/** Every place `name` stands in `text`, as whole words. */
const mentionsOf = (text: string, name: string): number[] => {
  const out: number[] = [];
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${esc}(?![\\p{L}-])`, 'gu')))
    out.push(m.index);
  return out;
};

/**
 * A name that is no person of the story, by where it always stands:
 * - the writer's own people, first named after "my" ("my Nana Joan won a rosette");
 * - a label's first word, always before a word in lower case and a colon ("Speaker notes: ...");
 * - the second word of a possessive place's name, always after one ("the Fisher's Rest").
 */
export const notPerson15 = (text: string, name: string): boolean => {
  const at = mentionsOf(text, name);
  if (at.length === 0) return false;
  const first = at[0] ?? 0;
  // Outside a quotation: a character's own "my Tom" is the story's.
  const line = text.slice(text.lastIndexOf('\n', first) + 1, first);
  const quoted = (line.match(/["“”]/g)?.length ?? 0) % 2 === 1;
  if (!quoted && /(?:^|[^\p{L}])my $/iu.test(text.slice(Math.max(0, first - 4), first)))
    return true;
  const after = (i: number) => text.slice(i + name.length, i + name.length + 30);
  const before = (i: number) => text.slice(Math.max(0, i - 30), i);
  if (!name.includes(' ') && at.every((i) => /^ \p{Ll}+:/u.test(after(i)))) return true;
  return !name.includes(' ') && at.every((i) => /\p{Lu}[\p{Ll}-]*['’]s $/u.test(before(i)));
};
