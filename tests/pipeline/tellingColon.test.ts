import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding, chronoOrder } from '../fixtures/filmScenes';

/**
 * A paragraph that opens on a telling and a colon ("Eirlys goes on: after her mother's death
 * she found ...", "Liisa explains: the winter after the wedding ..."): the teller's present verb
 * is the frame's, so the told part's past tense makes the block backstory, and the present
 * coming back after it is the frame again. Three invented synopses, and a telling in the present
 * that stays where it is.
 */

const film = convertText;

const scene = sceneHolding;

const HALL = `Coal Dust (2009)
Directed by Gwen Pryce

In November 1984, in the eighth month of the strike, the miner's wife Eirlys Morgan sits up all night in the welfare hall in Abercwm with the old caretaker, Dai Bevan, waiting for news of the men on the picket line.

Eirlys tells Dai about her brother. In 1966, when she was six, her brother Huw was a boy of eleven at the school below the tip. The tip slid on a wet morning and buried the school, and Huw was dug out alive by a stranger who was never found.

Eirlys goes on: after her mother's death in 1979, she found a miner's lamp in the coal shed with a number scratched on its base. She kept it under her bed for five years.

Eirlys, who has not slept, carries the lamp to the colliery office as soon as it opens and asks the old clerk, Tom Lewis, whose number it was. Tom looks it up and goes pale. He will not say the name.

Over the following days Eirlys asks the old men on the picket line one by one. Dai finally admits that the lamp was his in 1966. He tells her that he dug Huw out and then ran, because he had been drinking on shift.

In March 1985 the strike ends, and Eirlys walks with Dai behind the band when the men go back to work.
`;

const TEAROOM = `The Tea Room (2018)
Director: Ola Nowak

In Kraków, the widow Kasia Zielińska runs a small tea room near the market square. One wet afternoon an old man, Józef Lis, sits at the window table for three hours and orders nothing.

At closing time Kasia asks him why he has come, and he talks until dark.

Józef goes on: after the war he sold her father's name to the security police, and they gave him a flat for it.

Józef puts on his coat, leaves a banknote on the table and walks out into the rain.

The next morning Kasia goes to the city archive and asks for her father's file.
`;

const FERRYMAN = `The Ferryman's Widow (2011)
Director: Jens Aalto

Liisa Koskinen keeps the ferry house on the lake at Puula after her husband's death. A young teacher, Anna Virta, arrives on the last boat of the season and asks for a room.

Over dinner Anna asks about the photograph on the wall.

Liisa explains: the winter after the wedding her husband drove the post sledge across the ice, and the ice broke under the horses near the island.

Liisa clears the plates and goes down to the jetty to lock up the boat.

The next day Anna shows Liisa a letter her grandmother wrote before she died.
`;

const FERRY_PRESENT = `The Ferryman's Widow (2011)
Director: Jens Aalto

Liisa Koskinen keeps the ferry house on the lake at Puula after her husband's death. A young teacher, Anna Virta, arrives on the last boat of the season and asks for a room.

Over dinner Anna asks about the photograph on the wall.

Liisa explains: the ferry stops in October, and the lake freezes over by Christmas, and the post comes by sledge.

Liisa clears the plates and goes down to the jetty to lock up the boat.

The next day Anna shows Liisa a letter her grandmother wrote before she died.
`;

describe('a telling with a colon opening a paragraph', () => {
  it('ends the told block when the present comes back with the teller acting', () => {
    const f = film(HALL);
    expect(
      chronoOrder(f, [
        "after her mother's death",
        'In November 1984',
        'who has not slept',
        'Over the following days',
      ]),
    ).toEqual([0, 1, 2, 3]);
    expect(scene(f, 'who has not slept').kind).not.toBe('recounted');
  });

  it.each([
    [
      'goes on:',
      TEAROOM,
      [
        'goes on: after the war',
        'In Kraków',
        'At closing time',
        'puts on his coat',
        'The next morning',
      ],
    ],
    [
      'explains:',
      FERRYMAN,
      [
        'explains: the winter after',
        'keeps the ferry house',
        'Over dinner',
        'clears the plates',
        'The next day',
      ],
    ],
  ])('reads the past told after "%s" as backstory before the frame', (_, text, order) => {
    const f = film(text);
    expect(chronoOrder(f, order)).toEqual([0, 1, 2, 3, 4]);
    expect(scene(f, order[0] ?? '').kind).not.toBe('present');
  });

  it('leaves a telling in the present in its place', () => {
    const f = film(FERRY_PRESENT);
    expect(
      chronoOrder(f, [
        'keeps the ferry house',
        'Over dinner',
        'explains: the ferry stops',
        'clears the plates',
        'The next day',
      ]),
    ).toEqual([0, 1, 2, 3, 4]);
    expect(scene(f, 'explains: the ferry stops').kind).toBe('present');
  });
});
