import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/**
 * A year's section taken up again (src/pipeline/yearSections15.ts): on a page of sections headed
 * by years out of order, a later section headed by the same year goes on from the first.
 */
describe('a year section taken up again', () => {
  it('present tense, headings "2011" ... "2011 (continued)"', () => {
    const paras = [
      'Synopsis',
      'The story is told in parts headed by years.',
      '2011',
      'Jonas Berg, a bankrupt printer, clears out his late mother\u2019s flat in Malmo and finds a ferry ticket to Gdansk dated forty years earlier.',
      '1971',
      'Jonas\u2019s mother, Elsa, smuggles pamphlets across the Baltic in a tin of herring and is stopped at the harbour by a customs officer who lets her go.',
      '1983',
      'Elsa, now a teacher, refuses to say where she was that summer when Jonas asks about the ticket for a school project.',
      '2011 (continued)',
      'Jonas takes the ferry to Gdansk and finds the customs officer\u2019s son, who runs a bar by the old shipyard and knows his mother\u2019s name.',
    ];
    const [flat, tin, refuses, ferry] = chronoOfPhrases(paras, [
      'clears out his late mother',
      'smuggles pamphlets across the Baltic',
      'refuses to say where she was',
      'Jonas takes the ferry to Gdansk',
    ]);
    expect(tin).toBeLessThan(refuses!);
    expect(refuses).toBeLessThan(flat!);
    expect(flat).toBeLessThan(ferry!);
  });
  it('past tense, the same year heading taken up with a note ("1944 (again)")', () => {
    const paras = [
      'Plot',
      '1944',
      'Private Ewan Gray was carried off the beach at Anzio and woke in a field hospital with no memory of his own name.',
      '1921',
      'As a boy of six, Ewan watched his father build a boat on the shore at Arisaig and promised to sail it one day.',
      '1938',
      'Ewan sold the unfinished boat to pay for his father\u2019s funeral and took the train south to enlist.',
      '1944 (again)',
      'A nurse read him a letter found in his kit, and at the word Arisaig Ewan began to weep.',
    ];
    const [beach, boy, sold, nurse] = chronoOfPhrases(paras, [
      'was carried off the beach at Anzio',
      'watched his father build a boat',
      'sold the unfinished boat',
      'A nurse read him a letter',
    ]);
    expect(boy).toBeLessThan(sold!);
    expect(sold).toBeLessThan(beach!);
    expect(beach).toBeLessThan(nurse!);
  });
  it('years headed in order move nothing', () => {
    const paras = [
      'Plot',
      '1950',
      'Marta opens a bakery in Lodz with her sister.',
      '1956',
      'The sisters quarrel over a loan and Marta leaves for Warsaw.',
      '1961',
      'Marta comes back for her sister\u2019s wedding and bakes the cake.',
    ];
    const c = chronoOfPhrases(paras, ['opens a bakery', 'quarrel over a loan', 'bakes the cake']);
    expect(c).toEqual([...c].sort((a, b) => a - b));
  });
});
