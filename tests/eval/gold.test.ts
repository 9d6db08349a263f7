import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDERS } from '../../src/cli/eval';
import { checkGold } from '../../src/cli/evalGold';
import { textOrderBaseline } from '../../src/cli/evalScore';

/**
 * The evaluation set checks itself: every gold file must be usable, and every document meant to
 * test chronology must actually do so (a text-order reading must score well below 1 on it).
 */

/** Documents told in (nearly) chronological order on purpose: the control cases. */
const LINEAR = new Set([
  '002_e99c05f20f3da1e8.txt',
  'dev-04_linear.txt',
  'dev-13_white-col-linear.txt',
  // Told in order up to an event announced ahead ("Six weeks before the wedding"): a control.
  'dev-74_salt-and-sugar-wiki-wedding.txt',
  'fresh-08_harrow-creek-road.txt',
  'fresh2-09_last-train-to-aldmoor.txt',
  'fresh3-06_cold-front-at-pells-landing.txt',
  'fresh4-03_small-hours-at-the-alder.txt',
  'fresh4-06_the-long-field.txt',
  'fresh5-03_low-water-at-vessna.txt',
  'fresh5-10_odd-jobs-for-mr-quist.txt',
  'fresh6-02_updraft.txt',
  'fresh6-09_small-hours.txt',
  'fresh7-04_the-long-acre.txt',
  'fresh7-08_eleven-loaves.txt',
  'fresh10-01_copperhead-junction.txt',
  'fresh10-08_the-lamplighters-apprentice.txt',
  'fresh10-10_the-thursday-choir.txt',
  'fresh11-06_a-ticket-for-barrow.txt',
  'fresh11-07_dog-days-in-dalmarnock.txt',
  // Nearly in text order (base 0.943 and 0.911): an opening flash-forward told again, and one
  // day whose clock restarts twice.
  'fresh11-01_low-water-at-crays-wharf.txt',
  'fresh11-09_hotel-marisol-thursday.txt',
  'fresh12-04_tarrow-springs.txt',
  'fresh12-09_the-week-the-lifts-broke.txt',
  'fresh13-04_pickling-season.txt',
  'fresh13-08_the-ice-diary-of-karin-vos.txt',
  // In text order, but its opening looks like the ending shown early: a dream, ranked where it is
  // dreamt. It tests that a dream is not read as a flash-forward.
  'fresh13-03_the-regatta-at-sollen-mere.txt',
  'fresh14-01_the-winter-tenants.txt',
  'fresh14-07_the-last-sleeper.txt',
  // Nearly in text order (base 0.937): one day lived again and again, each loop later than the one
  // before, with one flashback.
  'fresh14-02_all-day-at-the-halfway.txt',
]);
/** Above this text-order baseline a document does not test chronology. */
const MAX_NONLINEAR_BASELINE = 0.9;
/** Word range of the invented documents (EVAL brief: 700-2500 words). */
const WORDS = { min: 700, max: 2500 };

const ROOT = join(import.meta.dirname, '../..');

const golds = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder.gold))
    .filter((f) => f.endsWith('.gold.json'))
    .map((goldFile) => {
      const data: unknown = JSON.parse(readFileSync(join(ROOT, folder.gold, goldFile), 'utf8'));
      const file = (data as { file: string }).file;
      const text = readFileSync(join(ROOT, folder.docs, file), 'utf8');
      return { folder: folder.name, goldFile, data, text };
    }),
);

describe('the evaluation set', () => {
  it('has gold files for the 3 seeds, 7+ dev, 6+ holdout, 6+ blind, 8+ fresh, 10+ fresh2, 10+ fresh3, 10+ fresh4, 10+ fresh5, 10+ fresh6, 10+ fresh7, 10+ fresh10, 10+ fresh11, 10+ fresh12, 10+ fresh13 and 10+ fresh14 documents', () => {
    const count = (name: string) => golds.filter((g) => g.folder === name).length;
    expect(count('seeds')).toBe(3);
    expect(count('dev')).toBeGreaterThanOrEqual(7);
    expect(count('holdout')).toBeGreaterThanOrEqual(6);
    expect(count('blind')).toBeGreaterThanOrEqual(6);
    expect(count('fresh')).toBeGreaterThanOrEqual(8);
    expect(count('fresh2')).toBeGreaterThanOrEqual(10);
    expect(count('fresh3')).toBeGreaterThanOrEqual(10);
    expect(count('fresh4')).toBeGreaterThanOrEqual(10);
    expect(count('fresh5')).toBeGreaterThanOrEqual(10);
    expect(count('fresh6')).toBeGreaterThanOrEqual(10);
    expect(count('fresh7')).toBeGreaterThanOrEqual(10);
    expect(count('fresh10')).toBeGreaterThanOrEqual(10);
    expect(count('fresh11')).toBeGreaterThanOrEqual(10);
    expect(count('fresh12')).toBeGreaterThanOrEqual(10);
    expect(count('fresh13')).toBeGreaterThanOrEqual(10);
    expect(count('fresh14')).toBeGreaterThanOrEqual(10);
  });

  for (const g of golds) {
    describe(`${g.folder}/${g.goldFile}`, () => {
      const checked = checkGold(g.data, g.text);

      it('has unique anchors and at least 15 events', () => {
        expect(checked.ok ? [] : checked.problems).toEqual([]);
      });

      it('tests chronology unless it is a linear control', () => {
        if (!checked.ok) return;
        const events = checked.gold.events.map((e) => ({
          anchor: e.anchor,
          chrono: e.chrono,
          offset: g.text.indexOf(e.anchor),
          scene: null,
        }));
        const baseline = textOrderBaseline(events).value;
        if (LINEAR.has(checked.gold.file)) expect(baseline).toBeGreaterThan(MAX_NONLINEAR_BASELINE);
        else expect(baseline).toBeLessThan(MAX_NONLINEAR_BASELINE);
      });

      if (g.folder !== 'seeds')
        it('is a document of 700 to 2500 words', () => {
          const words = g.text.split(/\s+/).filter(Boolean).length;
          expect(words).toBeGreaterThanOrEqual(WORDS.min);
          expect(words).toBeLessThanOrEqual(WORDS.max);
        });
    });
  }
});
