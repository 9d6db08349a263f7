import { describe, expect, it } from 'vitest';
import { chronoOrder, convertText, sceneHolding } from '../fixtures/filmScenes';

const FERRY = [
  'On the eve of the regatta, the ferryman Ansel Roe fell asleep in the boathouse.',
  'In his dream the old chain ferry snapped its cable in midstream and drifted onto the weir, with his daughter Ilsa standing at the rail.',
  'He woke soaked in sweat and went out to check the cable by lantern light.',
  'The next morning he begged the harbour board to close the crossing, but they laughed at him.',
  'That afternoon he found that someone had filed halfway through the cable at the far landing.',
  'At dusk the regatta crowds packed onto the ferry. It all went just as he had dreamed: the cable parted in midstream and the ferry swung towards the weir. This time Ansel was on board, and he dropped the anchor before it reached the edge.',
  'A week later the harbour board gave him a medal.',
].join('\n\n');

describe('a dream that comes true (order-dreams.ts)', () => {
  it('places the dream just before the moment a later sentence says it foretold', () => {
    const f = convertText(FERRY);
    expect(
      chronoOrder(f, [
        'fell asleep in the boathouse',
        'He woke soaked in sweat',
        'begged the harbour board',
        'filed halfway through the cable',
        'In his dream the old chain ferry',
        'It all went just as he had dreamed',
        'gave him a medal',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(sceneHolding(f, 'In his dream the old chain ferry').kind).toBe('flashforward');
  });

  it('leaves a dream nothing later fulfils where it is dreamt', () => {
    const f = convertText(
      FERRY.replace('It all went just as he had dreamed: the', 'Then the').replace(
        'In his dream the old chain ferry snapped',
        'In his dream a white horse walked across the river and the old ferry snapped',
      ),
    );
    const dream = sceneHolding(f, 'In his dream a white horse').chronoIndex;
    expect(dream).toBeLessThan(sceneHolding(f, 'He woke soaked in sweat').chronoIndex);
  });
});
