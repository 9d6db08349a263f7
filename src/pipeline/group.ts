import { slugify } from '../model/slug';
import type { Diagnostics } from './diagnostics';
import { nameKey } from './characters';
import type { DocCharacter } from './characters';
import type { DocMeta } from './metadata';

/**
 * Stage 7a, group: decides which documents tell the same film. Documents with the same title
 * (slug) are one film; a document without a title joins the film with which it shares the most
 * performers and full character names (at least MIN_SHARED keys). Index by key, never compare
 * all pairs: near-linear in the number of documents. Same title with two different stated years
 * is reported as an error naming both files; they stay separate films (id `title-year`).
 * Shape out: groups of document indices, each sorted by file name.
 */

/** What group.ts needs of one analysed document. */
export interface GroupInput {
  file: string;
  meta: DocMeta;
  characters: DocCharacter[];
}

/** One film's documents (indices into the input) and the id suffix when titles clash. */
export interface DocGroup {
  members: number[];
  /** Set when two films share a title: the year, to make ids distinct. */
  yearSuffix: number | null;
}

const MIN_SHARED = 2;
/** Keys held by more documents than this say nothing about identity (common first names). */
const MAX_POSTING = 40;

const keysOf = (d: GroupInput): string[] => {
  const keys = new Set<string>();
  for (const c of d.characters) {
    if (c.actor) keys.add(`a:${nameKey(c.actor)}`);
    for (const n of c.names) if (n.name.includes(' ')) keys.add(`n:${nameKey(n.name)}`);
  }
  return [...keys].sort();
};

/** Groups documents into films. */
export const groupDocuments = (docs: GroupInput[], diagnostics: Diagnostics): DocGroup[] => {
  const parent = docs.map((_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    let y = x;
    while (parent[y] !== r) {
      const next = parent[y] ?? r;
      parent[y] = r;
      y = next;
    }
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  // Titles: same slug and compatible years.
  const byTitle = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (!d.meta.title) return;
    const key = slugify(d.meta.title);
    if (!key) return;
    const list = byTitle.get(key);
    if (list) list.push(i);
    else byTitle.set(key, [i]);
  });
  const yearSuffix = new Map<number, number>();
  for (const list of byTitle.values()) {
    const years = [
      ...new Set(
        list.map((i) => docs[i]?.meta.year).filter((y): y is number => typeof y === 'number'),
      ),
    ].sort();
    if (years.length > 1) {
      const files = list.map((i) => docs[i]?.file ?? '').join(', ');
      for (const i of list)
        diagnostics.error(
          docs[i]?.file ?? '',
          'title-year-conflict',
          `documents claim one title with different years (${years.join(', ')}): ${files}; kept as separate films`,
        );
      for (const y of years) {
        const same = list.filter((i) => docs[i]?.meta.year === y);
        same.forEach((i) => {
          yearSuffix.set(i, y);
          if (same[0] !== undefined) union(same[0], i);
        });
      }
      // Documents of that title without a year join the first year's film.
      const first = list.find((i) => docs[i]?.meta.year === years[0]);
      for (const i of list) if (docs[i]?.meta.year == null && first !== undefined) union(first, i);
    } else {
      for (const i of list) if (list[0] !== undefined) union(list[0], i);
    }
  }

  // Untitled documents join the document sharing the most performer / full-name keys.
  const index = new Map<string, number[]>();
  const keys = docs.map(keysOf);
  keys.forEach((ks, i) => {
    for (const k of ks) {
      const list = index.get(k) ?? [];
      if (list.length <= MAX_POSTING) list.push(i);
      index.set(k, list);
    }
  });
  docs.forEach((d, i) => {
    if (d.meta.title) return;
    const counts = new Map<number, number>();
    for (const k of keys[i] ?? []) {
      const list = index.get(k) ?? [];
      if (list.length > MAX_POSTING) continue;
      for (const j of list) if (j !== i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    let best = -1;
    let bestN = 0;
    for (const [j, n] of [...counts].sort((a, b) => a[0] - b[0]))
      if (n > bestN) {
        best = j;
        bestN = n;
      }
    if (best >= 0 && bestN >= MIN_SHARED) union(i, best);
  });

  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const r = find(i);
    const list = groups.get(r);
    if (list) list.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()].map((members) => {
    members.sort((a, b) => ((docs[a]?.file ?? '') < (docs[b]?.file ?? '') ? -1 : 1));
    const suffix = members.map((m) => yearSuffix.get(m)).find((y) => y !== undefined) ?? null;
    return { members, yearSuffix: suffix };
  });
};
