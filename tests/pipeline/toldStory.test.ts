import { describe, expect, it } from 'vitest';
import { segmentStory } from '../../src/pipeline/segment';

/** Each segment's text and its cue, for one paragraph. */
const segs = (text: string) =>
  segmentStory(text, [{ start: 0, end: text.length }]).map((s) => ({
    text: text.slice(s.start, s.end),
    cue: s.cue?.text ?? null,
  }));

describe('segment: a story told after a colon, a year in a reported question', () => {
  it('cuts "tells him a different story: <past perfect>" off the telling', () => {
    const out = segs(
      'At the pub, the landlord Cal tells Ravi a different story: Ivy had been pregnant that summer and had left the village in September. Ravi tracks Ivy down to a care home.',
    );
    expect(out.map((s) => s.text)).toEqual([
      'At the pub, the landlord Cal tells Ravi a different story:',
      'Ivy had been pregnant that summer and had left the village in September.',
      'Ravi tracks Ivy down to a care home.',
    ]);
  });

  it('keeps a story told in the present after the colon whole', () => {
    const out = segs(
      'Cal tells Ravi a different story: Ivy is pregnant and wants to leave the village. Ravi nods.',
    );
    expect(out).toHaveLength(1);
  });

  it('reads a year in a question the sentence reports as a mention, not a move', () => {
    expect(
      segs('Ravi writes it all down and asks why she never told the police in 1981. She shrugs.')[0]
        ?.cue,
    ).toBeNull();
    // A year the sentence itself moves to still counts.
    expect(segs('In 1981, June walks home alone from the fair.')[0]?.cue).toBe('In 1981');
  });
});
