import { describe, expect, it } from 'vitest';
import { findCue } from '../../src/pipeline/time';
import { decadeResumeYear } from '../../src/pipeline/order-decades';
import { convertText, chronoOrder } from '../fixtures/filmScenes';

const cueOf = (s: string) => findCue(s, 0, s.length);

describe('decades, numbered years and numbered "Now" headings (time.ts)', () => {
  it('reads a sentence opening on a decade as a year of that decade', () => {
    expect(cueOf('4. Back to the 80s, with no title card this time.')).toMatchObject({
      kind: 'year',
      year: 1985,
      decade: 1980,
    });
    expect(cueOf('In the seventies, the mill closes for good.')?.year).toBe(1975);
    expect(cueOf('Back in the 1960s, Rosa sings at the club.')?.year).toBe(1965);
    // A year named after the decade is the year.
    const still = cueOf('7. Still the 80s, 1989. Mara packs a bag.');
    expect(still?.year).toBe(1989);
    expect(still?.decade).toBeUndefined();
    // A decade inside a sentence is a mention.
    expect(cueOf('She loved the music of the 80s.')).toBeNull();
  });

  it('reads a numbered scene heading that is a year or "Now"', () => {
    expect(cueOf('2. 1985.')).toMatchObject({ kind: 'year', year: 1985 });
    expect(cueOf('12) 1996, a farm near Ely.')?.year).toBe(1996);
    expect(cueOf('5. Now.')?.kind).toBe('return');
    expect(cueOf('8. Now, and the two stories meet.')?.kind).toBe('return');
    expect(cueOf('Now, Mara must decide.')).toBeNull();
  });
});

// One woman at sixteen and at fifty-two, in numbered scenes; the past named by its decade.
const KIOSK = [
  '1. Now (2021). Mara Lisk, fifty-two, runs the ice-cream kiosk in Porthlow and finds a bundle of her own letters in a collapsed sea wall.',
  '2. 1985. Title card: "Porthlow, Summer 1985." Mara is sixteen and works at the kiosk, where she meets a drifter called Col.',
  '3. Now. Mara reads the letters at night in the flat above the kiosk.',
  '4. Back to the 80s, with no title card this time. The summer ends, Col leaves with the fair, and Mara finds she is pregnant.',
  '5. Now. Mara walks along the broken wall and talks to the harbour master about the storm.',
  '6. The 80s again. Winter, early 1987. Mara has the baby in a hospital in Truro and signs the papers.',
  '7. Still the 80s, 1989. Mara, now twenty, packs a bag and leaves Porthlow on the night bus.',
  '8. Now. A young woman walks into the kiosk holding the last letter, and Mara knows her at once.',
].join('\n\n');

describe('a past told by its decade between scenes of now', () => {
  it('goes on in the decade where it was last, and the numbered "Now" scenes follow it', () => {
    const f = convertText(KIOSK);
    expect(
      chronoOrder(f, [
        'meets a drifter called Col',
        'Mara finds she is pregnant',
        'signs the papers',
        'leaves Porthlow on the night bus',
        'finds a bundle of her own letters',
        'reads the letters at night',
        'talks to the harbour master',
        'holding the last letter',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('decadeResumeYear (order-decades.ts)', () => {
  const cue = cueOf('Back to the 90s.');
  const anchor = { year: 2023, t: 0 };
  it('goes on just after the latest scene already placed in the decade', () => {
    if (!cue) throw new Error('no cue');
    const in1996 = -27 * 365;
    const year = decadeResumeYear(cue, anchor, [
      { t: 0, kind: 'present' },
      { t: in1996, kind: 'flashback' },
      { t: 5, kind: 'present' },
    ]);
    expect(year).toBeGreaterThan(1996);
    expect(year).toBeLessThan(1996.01);
  });
  it("keeps the decade's middle when nothing of the decade was told", () => {
    if (!cue) throw new Error('no cue');
    expect(decadeResumeYear(cue, anchor, [{ t: -40 * 365, kind: 'flashback' }])).toBe(1995);
    expect(decadeResumeYear(cue, null, [])).toBe(1995);
  });
});
