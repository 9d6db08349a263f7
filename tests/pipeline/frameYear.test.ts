import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import type { Film } from '../../src/model';

const film = (text: string): Film => {
  const f = convertDocuments([{ file: 'page.txt', text }], new Diagnostics())[0];
  if (!f) throw new Error('no film');
  return f;
};

/** The scene whose text contains `words`. */
const scene = (f: Film, words: string) => {
  const s = f.scenes.find((x) => x.text.includes(words));
  if (!s) throw new Error(`no scene with "${words}"`);
  return s;
};

const HEADER = 'The Salt Orchard (2021)\nDirector: Mira Kovač\nRuntime: 98 min\n\n';

// An undated present (a funeral, a box of photographs), then a year decades before the film with
// other people acting, then the present's people again.
const FRAMED = `${HEADER}Tomas Brenner is forty-eight and sells insurance in Graz. When his aunt dies, he drives south to the village of Velika Lipa to sign the papers for her orchard, which nobody in the family has visited for years.

In the empty farmhouse Tomas opens a biscuit tin on the dresser and finds a bundle of ration cards, a pressed apricot blossom and a photograph of two girls in front of the well.

It is the spring of 1944, and the orchard is full of soldiers' horses. Jelka, sixteen, hides a wounded partisan in the apple loft while her sister Nada keeps the German sergeant talking in the kitchen. Jelka brings the boy water every night and learns his name, Ivo.

When the horses leave in June, Ivo goes with the partisans and Nada goes with the sergeant. Jelka stays behind, alone with the trees.

Tomas drives to the old people's home in the next town. The nurse tells him an old woman there still talks about the orchard every day and asks for apricots.

Tomas sits with her in the garden and shows her the photograph. She puts her finger on one of the girls and says a name he has never heard in his family.

The film ends at harvest, with Tomas on a ladder in the orchard and the old woman in a chair below, counting the baskets.
`;

describe('a year inside an undated present (frameYear.ts)', () => {
  it('puts the year told by other people, decades before the film, before the present opening', () => {
    const f = film(FRAMED);
    const war = scene(f, 'spring of 1944');
    const opening = scene(f, 'sells insurance');
    const home = scene(f, "old people's home");
    expect(war.kind).toBe('flashback');
    expect(war.chronoIndex).toBeLessThan(opening.chronoIndex);
    expect(scene(f, 'When the horses leave').chronoIndex).toBeLessThan(opening.chronoIndex);
    expect(home.chronoIndex).toBeGreaterThan(opening.chronoIndex);
  });

  it('keeps a period film whose opening person goes on acting in the year', () => {
    const text = `${HEADER}Tomas Brenner is a stable boy in the village of Velika Lipa who dreams of racing horses in Vienna. His mother wants him to take over the orchard.

Tomas runs away twice and is brought home twice by the priest, who tells him to be patient.

It is the spring of 1944, and the orchard is full of soldiers' horses. Tomas, sixteen, grooms them for the German sergeant and hides a wounded partisan in the apple loft. Jelka brings the boy water every night.

When the horses leave in June, Tomas goes with them as far as the river and comes back alone.

Tomas sits with his mother in the orchard and tells her he will stay. The film ends at harvest.
`;
    const f = film(text);
    const war = scene(f, 'spring of 1944');
    expect(war.kind).toBe('present');
    expect(war.chronoIndex).toBeGreaterThan(scene(f, 'stable boy').chronoIndex);
  });

  it('keeps a year close to the film\u2019s own (a story set when it was made)', () => {
    const f = film(FRAMED.replace('spring of 1944', 'spring of 2012'));
    expect(scene(f, 'spring of 2012').kind).toBe('present');
  });

  it('keeps a premise paragraph alone before the year', () => {
    const text = FRAMED.replace(/\n\nIn the empty farmhouse[^\n]*\n/, '\n');
    const f = film(text);
    expect(scene(f, 'spring of 1944').chronoIndex).toBeGreaterThan(
      scene(f, 'sells insurance').chronoIndex,
    );
  });
});
