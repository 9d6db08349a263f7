import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

// Witnesses telling in the past inside a frame told in the present (accounts.ts).
const TRIBUNAL = [
  'The film is set in 1931 and unfolds over three days of a harbour tribunal in the town hall of Port Ellery, called to explain the loss of the trawler Merrow.',
  "The first witness is the harbourmaster, Amos Reddick. In his account, he spent the evening of the gale checking the moorings. At about eight o'clock he saw the Merrow's lights heading out past the breakwater and rang the bell twice. Nobody answered him. The chairman thanks him and he sits down.",
  "The second witness is the cook's widow, Hester Gale, thirty-one. Her account begins earlier that afternoon. At four she argued with the skipper on the quay about her husband's wages, and he told her the boat would sail whatever the weather. She watched the trawler leave at eight and waited on the wall until dark.",
  'That night, outside the town hall, Reddick and Hester pass each other in the rain.',
  'The third witness, heard the following morning, is a stranger: Piet Varga, a Dutch engineer who was lodging at the Anchor. He was on the headland that evening, fishing from the rocks. Shortly after eight, he saw a second boat without lights follow the Merrow out.',
  'In the final session the tribunal records an open finding, and Voss closes the inquiry.',
].join('\n\n');

describe('the frame between past-tense accounts', () => {
  it('ends an account told in the past where its paragraph goes on in the present', () => {
    const f = convertText(TRIBUNAL);
    const thanks = sceneHolding(f, 'The chairman thanks him');
    expect(thanks.kind).toBe('present');
    expect(thanks.chronoIndex).toBeGreaterThan(sceneHolding(f, 'rang the bell twice').chronoIndex);
    expect(thanks.chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'a second boat without lights').chronoIndex,
    );
  });

  it('keeps a witness called "the following morning" in the frame, after the night before', () => {
    const f = convertText(TRIBUNAL);
    const called = sceneHolding(f, 'The third witness, heard the following morning');
    expect(called.kind).toBe('present');
    expect(called.chronoIndex).toBeGreaterThan(
      sceneHolding(f, 'pass each other in the rain').chronoIndex,
    );
    expect(sceneHolding(f, 'a second boat without lights').chronoIndex).toBeLessThan(
      sceneHolding(f, 'pass each other in the rain').chronoIndex,
    );
  });

  it('reads "The second witness is that daughter" as an introduction by the frame', () => {
    const f = convertText(
      TRIBUNAL.replace(
        "The second witness is the cook's widow, Hester Gale, thirty-one.",
        'The second witness is that widow, Hester Gale, thirty-one.',
      ),
    );
    expect(sceneHolding(f, 'The second witness is that widow').kind).toBe('present');
  });
});

describe('an account going back months before the night', () => {
  const CONFESSION = TRIBUNAL.replace(
    'In the final session',
    "The fourth witness is the skipper's brother, Walter Gale. In his statement he breaks down and confesses. Walter had learned in January that the skipper had been selling the catch behind the owners' backs for over a year. On the night of the gale he cut the Merrow's radio wire in the wheelhouse and walked home along the harbour wall.\n\nIn the final session",
  );

  it('places a past-perfect sentence naming a month before the whole night', () => {
    const f = convertText(CONFESSION);
    const learned = sceneHolding(f, 'Walter had learned in January').chronoIndex;
    for (const night of [
      'At four she argued with the skipper',
      'rang the bell twice',
      'cut the Merrow',
      'a second boat without lights',
    ])
      expect(learned).toBeLessThan(sceneHolding(f, night).chronoIndex);
  });
});
