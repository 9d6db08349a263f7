import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertText } from '../fixtures/filmScenes';
import { pairwiseAccuracy, STRUCTURE_DOCS, type StructureDoc } from '../fixtures/structureDocs15';

const DIR = join(__dirname, '..', 'fixtures', 'structures15');

/** The ten documents of tests/fixtures/structures15.ts, each scored with the eval's pairwise measure. */
const score = (doc: StructureDoc): number => {
  const text = readFileSync(join(DIR, doc.file), 'utf8');
  return pairwiseAccuracy(convertText(text), text, doc.phrases);
};

describe('invented documents, one per time structure, read in story order', () => {
  it('has ten documents of 250-450 words', () => {
    expect(STRUCTURE_DOCS.length).toBe(10);
    for (const d of STRUCTURE_DOCS) {
      const words = readFileSync(join(DIR, d.file), 'utf8').split(/\s+/).filter(Boolean).length;
      expect(words).toBeGreaterThanOrEqual(250);
      expect(words).toBeLessThanOrEqual(450);
    }
  });
  for (const doc of STRUCTURE_DOCS) {
    if (doc.known)
      it.fails(`${doc.file}: ${doc.structure} (known: ${doc.known})`, () => {
        expect(score(doc)).toBe(1);
      });
    else
      it(`${doc.file}: ${doc.structure}`, () => {
        expect(score(doc)).toBe(1);
      });
  }
});
