import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

/**
 * A telling that hands its story over after a colon, told wholly in the past, inside a
 * present-tense synopsis: "... finally tells her what she has kept to herself for thirty years:
 * on the morning of the flood she saw ..." The told past is a scene of its own, before the telling.
 */
describe('a story told after a colon', () => {
  it('cuts the told past from the telling and places it before', () => {
    const f = convertText(
      [
        'Ines Varga returns to the river town of Mohács to sell her late aunt’s house. She finds the cellar door nailed shut and the neighbours unwilling to talk.',
        'She tracks down her aunt’s old friend Klára, who finally tells her what she has kept to herself for thirty years: on the morning of the flood she saw Ines’s father row away from the house with a strongbox and leave the aunt on the roof.',
        'Ines drives to Pécs the next day and confronts her father in his flat above the tobacconist.',
      ].join('\n\n'),
    );
    const telling = sceneHolding(f, 'Klára, who finally tells her');
    const told = sceneHolding(f, 'row away from the house with a strongbox');
    expect(told.id).not.toBe(telling.id);
    expect(told.chronoIndex).toBeLessThan(sceneHolding(f, 'nailed shut').chronoIndex);
    expect(telling.chronoIndex).toBeLessThan(sceneHolding(f, 'confronts her father').chronoIndex);
  });

  it('leaves a colon before a present list alone', () => {
    const f = convertText(
      [
        'Ines Varga returns to the river town of Mohács to sell her late aunt’s house. She finds the cellar door nailed shut.',
        'Klára explains the rules of the house: the cellar stays locked, the well water is boiled, and nobody goes upstairs after dark.',
        'Ines drives to Pécs the next day and confronts her father.',
      ].join('\n\n'),
    );
    const rules = sceneHolding(f, 'the cellar stays locked');
    expect(sceneHolding(f, 'Klára explains the rules').id).toBe(rules.id);
  });
});
