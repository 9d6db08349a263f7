import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { mainClausePerfect } from '../../src/pipeline/perfectOpening';

/**
 * A past told in a past-tense synopsis opens on a dated past perfect and goes on in the simple
 * past ("In the summer of 1999, when Marta was sixteen, the two girls had rowed out to the rocks.
 * A fog came down."): the stretch is backstory, and the main line does not take its year. Every
 * document here was written for these tests.
 */

describe('a main clause in the past perfect', () => {
  it('is read past the leading phrases and possessives', () => {
    expect(
      mainClausePerfect(
        "In the summer of 1999, when Marta was sixteen and Lucía was fourteen, the two girls and Lucía's dog had rowed out to the rocks.",
      ),
    ).toBe(true);
    expect(
      mainClausePerfect('In 1979, while the strike dragged on, his father had locked the gates.'),
    ).toBe(true);
  });

  it('is not a simple past, nor "had" with an object', () => {
    expect(
      mainClausePerfect('In the summer of 1999, when she had left, the girls rowed out.'),
    ).toBe(false);
    expect(mainClausePerfect('In 1979 his father had the keys to every gate.')).toBe(false);
  });
});

const SALT_ROAD = [
  'Salt Road',
  "Marta Vidal, a ferry captain from Cádiz, came home to the village of Zahara in March to sell her mother's house. She had not been back for twenty years.",
  'Her sister Lucía had drowned there. In the summer of 1999, when Marta was sixteen and Lucía was fourteen, the two girls had rowed out to the rocks beyond the lighthouse to watch the tuna boats. A fog came down. The boat drifted onto the rocks and Lucía was swept away.',
  "The house was cold and smelled of salt. Marta opened the shutters and found her mother's old radio still tuned to the harbour station.",
  'That evening she met the harbourmaster, Paco, at the bar on the quay. He bought her a drink and talked about the tuna prices.',
];

const QUARRY_BELL = [
  'The Quarry Bell',
  'Owen Price returned to Blaenau in the spring of 2008 to bury his father, the last foreman of the slate quarry. Nobody met him at the station.',
  "The quarry had closed long before. In 1979, while the strike dragged on, his father had locked the gates against his own men. Owen's best friend Dai broke in one night to fetch his tools and fell from the top gallery. The village never forgave the family.",
  "At the funeral only the vicar and Dai's mother came. She shook Owen's hand and gave him a key to the quarry office.",
  "The next morning Owen opened the office and found his father's ledgers, every page of 1979 torn out.",
];

describe('a dated past opening on the past perfect, told on in the simple past', () => {
  it('is backstory before the main line (a season and a year)', () => {
    const [rowed, swept, home, shutters, met] = chronoOfPhrases(SALT_ROAD, [
      'the two girls had rowed out',
      'Lucía was swept away',
      'came home to the village',
      'Marta opened the shutters',
      'she met the harbourmaster',
    ]);
    expect(rowed).toBeLessThan(home ?? -1);
    expect(swept).toBeLessThan(home ?? -1);
    expect(home).toBeLessThan(shutters ?? -1);
    expect(shutters).toBeLessThan(met ?? -1);
  });

  it('is backstory before the main line (a bare year, a clause of its own before the main one)', () => {
    const [locked, fell, returned, funeral, office] = chronoOfPhrases(QUARRY_BELL, [
      'his father had locked the gates',
      'fell from the top gallery',
      'returned to Blaenau',
      'At the funeral only the vicar',
      'Owen opened the office',
    ]);
    expect(locked).toBeLessThan(returned ?? -1);
    expect(fell).toBeLessThan(returned ?? -1);
    expect(returned).toBeLessThan(funeral ?? -1);
    expect(funeral).toBeLessThan(office ?? -1);
  });
});
