import type { Film } from '../../../src/model/film';
import { mulberry32 } from '../../../src/state/random';

/** A seeded PRNG, so a seed always gives the same links. */
export const seededRandom = mulberry32;

/**
 * Raw (already percent-encoded) strings that try to trip a URL reader: NUL, an encoded slash,
 * double encoding, overlong UTF-8, lone surrogates (UTF-8 and JavaScript's %u form), broken
 * escapes, bidi overrides, markup and prototype names.
 */
export const ENCODING_TRICKS: readonly string[] = [
  '%00',
  's01%00',
  '%2F',
  '..%2F..%2Fetc%2Fpasswd',
  '%252F',
  '%25252e',
  '%C0%AF',
  '%C0%80',
  '%E0%80%AF',
  '%F0%80%80%AF',
  '%ED%A0%80',
  '%ED%BF%BF',
  '%uD800',
  '%F4%90%80%80',
  '%FF%FE',
  '%',
  '%%',
  '%zz',
  '%E2%80%AE',
  '%EF%BB%BF',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
  'javascript%3Aalert(1)',
  '%7B%7Bconstructor.constructor(%27alert(1)%27)()%7D%7D',
  '__proto__',
  'constructor',
  '+',
  '%20',
  '%09%0A%0D',
];

const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

const ALPHABET =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!$&\'()*+,;=:@/?%#[]<>"{}|\\^` é漢🎬';

/** About `bytes` characters of printable garbage, percent-encoded unless `raw`. */
export const garbage = (random: () => number, bytes: number, raw = false): string => {
  let out = '';
  while (out.length < bytes) {
    const ch = pick(random, Array.from(ALPHABET));
    out += raw ? ch : encodeURIComponent(ch);
  }
  return out;
};

/** One generated link: the path-and-query to open, and what it mixes (for failure messages). */
export interface GeneratedLink {
  url: string;
  kinds: string[];
}

/**
 * Generates `count` links over the given films, mixing valid and invalid values of every URL
 * parameter, unknown parameters, repeats, conflicts, encoding tricks and 10 KB of garbage.
 */
export function generateLinks(
  films: readonly Film[],
  count: number,
  seed: number,
): GeneratedLink[] {
  const random = seededRandom(seed);
  const ids = films.map((f) => f.id);
  const values = (film: Film | undefined): Record<string, readonly string[]> => {
    const scenes = film ? film.scenes.map((s) => s.id) : ['s01'];
    const chars = film ? film.characters.map((c) => c.id) : ['ada'];
    const n = film?.scenes.length ?? 10;
    return {
      film: [...ids, ...ids, ...ids, 'no-such-film', 'The Film!', '', 'a'.repeat(300), 'x-'],
      order: ['story', 'chrono', 'chrono', 'sideways', 'CHRONO', ''],
      scene: [...scenes, 's99', 's00', '', 'a'.repeat(250), 'S01'],
      chars: [
        pick(random, chars),
        `${pick(random, chars)},${pick(random, chars)}`,
        `${pick(random, chars)},nobody`,
        `${pick(random, chars)},${pick(random, chars)},${pick(random, chars)}`,
        ',,,',
        'Nobody Here',
        Array.from({ length: 60 }, (_, i) => `c${i}`).join(','),
      ],
      match: ['any', 'all', 'all', 'most'],
      reveal: [
        'all',
        'none',
        '-1',
        '0',
        String(Math.floor(n / 2)),
        String(n - 1),
        String(n),
        '400',
        '-5',
        '1e3',
        '0x10',
        'NaN',
        '99999999999',
        '3.5',
      ],
      lanes: ['1', '0', 'true', 'false', 'yes'],
      sizing: ['text', 'equal', 'huge'],
      zoom: ['0.2,0.5', '0,1', '0.9,0.1', 'a,b', '0.5', '-1,2', '0.000001,0.000002', '0.1,0.4,0.9'],
      view: ['timeline', 'curve', 'radar'],
      page: ['explore', 'explore', 'explore', 'explore', 'compare', 'nowhere'],
    };
  };
  const links: GeneratedLink[] = [];
  for (let i = 0; i < count; i++) {
    const kinds: string[] = [];
    const roll = random();
    if (roll < 0.03) {
      // 10 KB of garbage: as the whole query, or as one parameter's value.
      kinds.push('10 KB garbage');
      const junk = garbage(random, 10_240, random() < 0.3);
      links.push({
        url: random() < 0.5 ? `/?${junk}` : `/?film=${pick(random, ids)}&scene=${junk}`,
        kinds,
      });
      continue;
    }
    const filmId = pick(random, ids);
    const film = films.find((f) => f.id === filmId);
    const pool = values(film);
    const parts: string[] = [];
    const names = Object.keys(pool);
    // Most links name a film (a real one most of the time): that is what links are for.
    if (random() < 0.85) parts.push(`film=${random() < 0.8 ? film?.id : pick(random, pool.film!)}`);
    for (const name of names) {
      if (name === 'film' || random() > 0.35) continue;
      const value = pick(random, pool[name]!);
      parts.push(`${name}=${encodeURIComponent(value).replace(/%2C/g, ',')}`);
      if (random() < 0.08) {
        kinds.push(`repeated ${name}`);
        parts.push(`${name}=${encodeURIComponent(pick(random, pool[name]!))}`);
      }
    }
    if (random() < 0.15) {
      kinds.push('unknown parameter');
      parts.push(`${pick(random, ['utm_source', 'x', 'fbclid', '__proto__', 'constructor[]'])}=1`);
    }
    if (random() < 0.25) {
      kinds.push('encoding trick');
      const trick = pick(random, ENCODING_TRICKS);
      const where = random();
      if (where < 0.4) parts.push(`${pick(random, names)}=${trick}`);
      else if (where < 0.7) parts.push(`${trick}=${trick}`);
      else parts.push(trick);
    }
    if (random() < 0.05) {
      kinds.push('conflict');
      // A scene beyond the reveal limit, or a page that is not a film page with a film.
      parts.push(random() < 0.5 ? 'reveal=0&scene=s05' : 'page=compare&order=chrono');
    }
    // Shuffle, so parameter order varies too.
    for (let j = parts.length - 1; j > 0; j--) {
      const k = Math.floor(random() * (j + 1));
      [parts[j], parts[k]] = [parts[k]!, parts[j]!];
    }
    const hash = random() < 0.05 ? `#${pick(random, ['', 'top', '%00', 'film=x'])}` : '';
    links.push({ url: `/?${parts.join(random() < 0.05 ? '&&' : '&')}${hash}`, kinds });
  }
  return links;
}
