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
