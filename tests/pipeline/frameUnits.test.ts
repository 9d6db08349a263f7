import { describe, expect, it } from 'vitest';
import { chronoOfPhrases, convertText, sceneHolding } from '../fixtures/filmScenes';

/**
 * A frame counted in sittings: "In the final interview, ..." after the main line opened on its
 * second and third interviews is the frame again, after whatever year was told in between. A cue
 * inside a telling ("Edda tells him that in 1938 ...") places what is told, not the sitting.
 */
const DOC = [
  'In 2003 a young archivist, Tomas Reyes, visits the care home in Duluth where ninety-year-old Edda Lind lives, to record what she remembers of the lake boats.',
  '1931. Edda, twelve, watches her father load coal onto the steamer Marquette. Her brother Karl signs on as a deckhand the same autumn.',
  'During the second interview, Tomas confesses that his marriage is failing. Edda tells him that in 1938 Karl quarrelled with their father and left for the iron mines, and that he never wrote again.',
  '1941. A letter from the mines comes back unopened. Edda burns it in the stove.',
  'In the third interview Edda tires quickly, and a nurse sends Tomas home early. That evening he sits in his car outside his own house for an hour.',
  '1952. Karl comes home for one night, a stranger in a good coat, and leaves before breakfast.',
  "In the final interview, Edda asks Tomas to find Karl's grave. Over the next week he drives north along the shore and finds it in a miners' cemetery near Ely.",
];

describe('a frame counted in sittings', () => {
  it('returns to the frame at the final sitting', () => {
    const [karlHome, thirdSitting, finalSitting] = chronoOfPhrases(DOC, [
      'Karl comes home for one night',
      'Edda tires quickly',
      "find Karl's grave",
    ]);
    expect(karlHome).toBeLessThan(thirdSitting as number);
    expect(thirdSitting).toBeLessThan(finalSitting as number);
  });

  it('leaves a told year to the telling, not the sitting', () => {
    const f = convertText(DOC.join('\n\n'));
    const sitting = sceneHolding(f, 'his marriage is failing');
    const told = sceneHolding(f, 'left for the iron mines');
    expect(sitting.id).not.toBe(told.id);
    expect(told.chronoIndex).toBeLessThan(sitting.chronoIndex);
    expect(sitting.chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'Her brother Karl signs on').chronoIndex,
    );
    expect(sitting.chronoIndex).toBeGreaterThan(sceneHolding(f, 'comes back unopened').chronoIndex);
  });
});
