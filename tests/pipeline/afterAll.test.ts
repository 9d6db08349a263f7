import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';
import { segmentParagraphs } from '../fixtures/paragraphs';
import { applyAfterAll } from '../../src/pipeline/order-afterAll';

// A life told in four parts out of order; the last part says it comes after all the others.
const PARTS = [
  "The film opens in the middle of a quarrel. Hanne and her brother Lars argue over their father's orchard while Lars's son Per, aged six, climbs the old pear tree.",
  "The second part goes back to the beginning. Hanne, nineteen, comes home from the city for her mother's funeral and plants the pear tree herself.",
  'In the third part Per is a teenager and the orchard is up for sale. Lars signs the papers at the kitchen table while Hanne watches from the door.',
  'The final part is set many years after the others: the orchard is a housing estate and only the pear tree is left, in a playground. Per, grey now, brings his granddaughter to see it.',
].join('\n\n');

describe('a part set after all the others (order-afterAll.ts)', () => {
  it('places the last part after every moment told before it', () => {
    const f = convertText(PARTS);
    const last = sceneHolding(f, 'brings his granddaughter').chronoIndex;
    for (const earlier of [
      'climbs the old pear tree',
      'plants the pear tree herself',
      'Lars signs the papers',
    ])
      expect(last).toBeGreaterThan(sceneHolding(f, earlier).chronoIndex);
  });

  it('moves nothing for a part set after one event only', () => {
    const paragraphs = PARTS.replace(
      'The final part is set many years after the others:',
      'The final part is set two days after the funeral:',
    ).split('\n\n');
    const { text, segs } = segmentParagraphs(paragraphs);
    const out = segs.map((_, i) => ({ t: -i, kind: 'present' as const, timeCue: null }));
    const before = out.map((p) => p.t);
    applyAfterAll(text, segs, out);
    expect(out.map((p) => p.t)).toEqual(before);
  });
});
