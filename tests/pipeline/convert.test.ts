import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { checkFilm } from '../../src/model/validate';
import { generateCorpus } from '../bench/corpus';

const RECAP = [
  'Title: Night Ferry',
  'Year: 2004',
  'Director: Ines Abel',
  'A ferry engineer finds a ledger that could sink a town.',
  'Warning: spoilers below!',
  'Tomas Vane (Dara Okafor) finds a ledger behind the engine of the ferry. Tomas shows it to his sister Ilse.',
  'Two days earlier, Ilse had hidden the ledger in the chapel.',
  'Back in the present, Tomas calls the reporter Nadia Ferrante (Luz Amaral).',
  'Last Updated: May 4, 2024',
  'Night Ferry (2004) Ending Explained',
].join('\n');

const SYNOPSIS = [
  'Tomas (Dara Okafor) finds a ledger behind the engine. Tomas tells Ilse about the ledger.',
  '',
  'Tomas calls Nadia (Luz Amaral) and they meet at the cafe. Nadia reads the ledger.',
].join('\n');

describe('convertDocuments', () => {
  it('builds a valid film with premise, metadata and a flashback ordered first', () => {
    const d = new Diagnostics();
    const [film] = convertDocuments([{ file: 'a.txt', text: RECAP }], d);
    expect(film).toBeDefined();
    expect(checkFilm(film).ok).toBe(true);
    expect(film!.id).toBe('night-ferry');
    expect(film!.premise?.text).toBe('A ferry engineer finds a ledger that could sink a town.');
    const flash = film!.scenes.find((s) => s.text.startsWith('Two days earlier'));
    expect(flash?.chronoIndex).toBe(0);
    expect(film!.scenes.some((s) => s.text.includes('Last Updated'))).toBe(false);
  });

  it('merges an untitled document into the film that shares its cast', () => {
    const d = new Diagnostics();
    const films = convertDocuments(
      [
        { file: 'a.txt', text: RECAP },
        { file: 'b.txt', text: SYNOPSIS },
      ],
      d,
    );
    expect(films.map((f) => f.id)).toEqual(['night-ferry']);
    expect(films[0]!.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
  });

  it('titles a film that names no title from its file name, without ids or numbers', () => {
    const d = new Diagnostics();
    const [film] = convertDocuments(
      [{ file: 'class2-07_a-map-of-salt-roads.txt', text: SYNOPSIS }],
      d,
    );
    expect(film?.title).toBe('A Map of Salt Roads');
  });

  it('hands each film to onFilm as it is built and keeps none', () => {
    const docs = [{ file: 'a.txt', text: RECAP }, ...generateCorpus(3, 5)];
    const kept = convertDocuments(docs, new Diagnostics());
    const handed: unknown[] = [];
    const returned = convertDocuments(docs, new Diagnostics(), (film) => handed.push(film));
    expect(returned).toEqual([]);
    expect(kept).toHaveLength(4);
    expect(handed).toHaveLength(4);
    expect(handed).toEqual(expect.arrayContaining(kept));
  });

  it('hands a film told by several documents over once, merged, even when streaming', () => {
    // The synopsis sorts after the generated documents: its film is only whole once all are read.
    const docs = [
      { file: 'a.txt', text: RECAP },
      ...generateCorpus(3, 5),
      { file: 'z.txt', text: SYNOPSIS },
    ];
    const handed: { id: string; sources: { file: string }[] }[] = [];
    convertDocuments(docs, new Diagnostics(), (film) => handed.push(film));
    const ferry = handed.filter((f) => f.id === 'night-ferry');
    expect(ferry.map((f) => f.sources.map((s) => s.file))).toEqual([['a.txt', 'z.txt']]);
    expect(handed).toEqual(expect.arrayContaining(convertDocuments(docs, new Diagnostics())));
  });

  it('reports a document with no story and makes no film of it', () => {
    const d = new Diagnostics();
    expect(convertDocuments([{ file: 'empty.txt', text: '   \n' }], d)).toEqual([]);
    expect(d.errors[0]?.message).toMatch(/^empty\.txt: no story found/);
  });

  it('reads a page again leniently when its strict reading keeps only talk without names', () => {
    // A long question without names, then a heading the strict reading takes for the end of the
    // story ("Details:"), over the whole synopsis: no film, unless the lenient reading is tried.
    const question =
      'I watched this last night with my brother and neither of us could work out which of the scenes come first. The movie keeps jumping between the nineties and today without any captions at all, and the ending seems to depend on knowing who set the fire in the boat shed and when the father left the town. Is the man at the funeral the father? Why does the younger sister refuse to come to the church? Any help with the order of events would be great, thanks in advance to anyone who can explain it.';
    const text = [
      question,
      'Details:',
      'Ingrid Moss arrives in the fishing town of Vik for the funeral of her mother, and her sister Solveig does not come.',
      'In 1989 Ingrid and Solveig play in the old salt works while their father, Harald, mends his boat.',
      'After the funeral Ingrid finds Solveig living in the house, and Solveig tells her that Harald set the fire.',
    ].join('\n\n');
    const d = new Diagnostics();
    const films = convertDocuments([{ file: 'qa.txt', text }], d);
    expect(d.errors).toEqual([]);
    expect(films).toHaveLength(1);
    expect(films[0]?.characters.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Ingrid', 'Solveig']),
    );
  });

  it('gives identical output for identical input', () => {
    const a = convertDocuments([{ file: 'a.txt', text: RECAP }], new Diagnostics());
    const b = convertDocuments([{ file: 'a.txt', text: RECAP }], new Diagnostics());
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('marks the later name of a renamed person as revealed at the scene that tells it', () => {
    const text = [
      'Vera (Elena Anaya) lives locked in a room. Vera paints on the walls.',
      'Robert (Antonio Banderas) watches Vera on a screen and Robert smiles.',
      "Six years earlier, Vicente works in his mother's shop. Vicente crashes a wedding.",
      'Several weeks later, Robert rechristens Vicente as Vera.',
    ].join('\n\n');
    const [film] = convertDocuments([{ file: 'v.txt', text }], new Diagnostics());
    const vera = film!.characters.find(
      (c) => c.aliases.includes('Vicente') || c.name === 'Vicente',
    );
    expect(vera?.revealedAt).toEqual({ alias: 'Vicente', storyIndex: 2 });
  });

  it('does not make the director, named by surname in a review, a character', () => {
    const text = [
      'Low Tide (2019)',
      'Director: Pia Lund',
      'Karl Berg robs the bank in Skagen and hides in the dunes. The camera, as Lund shoots it, stays close to Karl. Karl meets his sister Mette at the lighthouse, and again Lund holds the shot while Mette hides the money.',
    ].join('\n\n');
    const [film] = convertDocuments([{ file: 'low.txt', text }], new Diagnostics());
    const names = film?.characters.map((c) => c.name) ?? [];
    expect(names.some((n) => n.startsWith('Karl'))).toBe(true);
    expect(names).not.toContain('Lund');
    expect(names).not.toContain('Pia Lund');
  });
});
