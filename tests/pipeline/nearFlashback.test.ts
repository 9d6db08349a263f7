import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { nearFlashback } from '../../src/pipeline/aboutTheFilm';

describe('a flashback the film comes near but never shows (aboutTheFilm.ts)', () => {
  it('reads the writer measuring the film against a flashback', () => {
    expect(nearFlashback('which is the closest the film gets to a flashback')).toBe(true);
    expect(nearFlashback('It is the nearest thing to a flash-forward in the whole picture.')).toBe(
      true,
    );
    expect(nearFlashback('as close as the movie ever comes to a flashback')).toBe(true);
    expect(nearFlashback('The only hint of a flashback is a photo on the piano.')).toBe(true);
    expect(nearFlashback('A flashback shows her at the dance in 1962.')).toBe(false);
    expect(nearFlashback('She sits closest to the door during the flashback.')).toBe(false);
  });

  it('keeps a linear story in order around such a remark', () => {
    const post = [
      'Grab a cushion, this is my favourite autumn film and I have watched it more times than I will admit.',
      'In the first scene Dorothea Quill inherits her aunt’s bee farm and arrives with the wrong shoes.',
      'Her nephew Rafe turns up to help and the two of them quarrel about the hives, and he says she is stuck in the past, which is as close as the movie ever comes to a flashback.',
      'By midsummer Dorothea and Rafe take forty jars of honey to the county fair.',
      'At the fair a storm flattens the tents, and Dorothea sells every last jar from the boot of her car.',
    ];
    const order = chronoOfPhrases(post, [
      'Dorothea Quill inherits',
      'quarrel about the hives',
      'By midsummer Dorothea and Rafe',
      'a storm flattens the tents',
    ]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
