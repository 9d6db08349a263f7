import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding, chronoOrder } from '../fixtures/filmScenes';

/**
 * Years told by someone inside a dated frame ("Helmi goes on: after her father's death in 1975,
 * ...") are the telling's, not threads the film cuts to: when the frame goes on after them
 * without a cue (the main pass reads it as the main line again), the year threads keep it in
 * the frame's year. Three invented frames in different wordings, and a film cutting between two
 * years by cards (no telling), whose cue-less paragraph stays in the year it continues.
 */

const film = convertText;

const scene = sceneHolding;

const LIGHTHOUSE = `The Keeper's Niece (2012)
Directed by Aino Laine

Plot

In March 1990, on the night the Soviet troops leave the garrison, the nurse Helmi Rask is stranded by a storm at the lighthouse on Hailuoto with its keeper, old Vilho Ahonen. The ferry has stopped, and the radio speaks only of the troops.

Helmi tells him about her sister. In the summer of 1962, when Helmi was eight, her sister Aili was seventeen and worked at the fish cannery. One night she rowed out to the skerries to meet a sailor and did not come back. Their father burned her clothes and never said her name again.

Helmi goes on: after her father's death in 1975, she found a packet of postcards in his tool chest, all from Aili, all from Tallinn, and none of them opened. Helmi took the nursing post on the island the next spring to learn what they meant.

When the storm drops, Helmi walks to the old cannery and asks the former manager, Esko Pulkkinen, about the night Aili vanished. Esko tells her that Aili had quarrelled with a customs officer on the pier. He will say nothing else.

Over the next weeks Helmi asks the islanders one by one. Most shut their doors. Vilho finally admits that he was on the pier in 1962. He tells her that the customs officer took Aili away in his launch, and that her father was paid to keep quiet.

In April 1991 Helmi takes the ferry to Tallinn with the postcards. At the harbour office a clerk finds Aili's name in a register of foreign workers, with an address in the old town.
`;

const VINEYARD = `The Last Harvest (2015)
Director: Marc Olivier

Synopsis

In the autumn of 1998, during the last harvest before the vineyard is sold, the winemaker Paul Ferrand shares a cellar with the estate's old cooper, Gaston Ribes, while the pickers sleep above. Paul cannot sleep, and Gaston asks him why he came home at all.

Paul tells him about his father. In 1944, when Paul's father Henri was a boy of twelve, the Germans requisitioned the cellar. Henri's brother Lucien hid a crate of the best bottles behind a false wall and was shot for it.

Paul goes on: after his mother's funeral in 1971, he found a map of the cellar in her prayer book, with a cross drawn on one wall. He never showed it to his father.

When the grapes are in, Paul takes a hammer to the cellar's north wall. Gaston watches him without a word. Behind the plaster there is only brick.

Over the following days Paul questions the old pickers. Gaston at last admits that he worked in the cellar in 1944. He says the crate was dug out by the mayor's men the week after Lucien was shot.

In January 1999 Paul drives to the mayor's old house in Beaune and knocks on the door.
`;

const MINE = `Coal Dust (2009)
Directed by Gwen Pryce

In November 1984, in the eighth month of the strike, the miner's wife Eirlys Morgan sits up all night in the welfare hall in Abercwm with the old caretaker, Dai Bevan, waiting for news of the men on the picket line.

Eirlys tells Dai about her brother. In 1966, when she was six, her brother Huw was a boy of eleven at the school below the tip. The tip slid on a wet morning and buried the school, and Huw was dug out alive by a stranger who was never found.

Eirlys goes on: after her mother's death in 1979, she found a miner's lamp in the coal shed with a number scratched on its base. She kept it under her bed for five years.

At first light Eirlys walks up to the colliery office and asks the old clerk, Tom Lewis, to look up a lamp number. Tom looks it up and goes pale. He will not say the name.

Over the following days Eirlys asks the old men on the picket line one by one. Dai finally admits that the lamp was his in 1966. He tells her that he dug Huw out and then ran, because he had been drinking on shift.

In March 1985 the strike ends, and Eirlys walks with Dai behind the band when the men go back to work.
`;

const CUTS = `Two Summers (2014)
Director: Ida Berg

In the summer of 1990, the surveyor Nils Berg arrives on the island of Tjörn to measure the old quarry for a marina.

In the summer of 1962, the quarryman's daughter Britt, seventeen, swims every evening in the flooded pit and meets a deserter from the navy, Stig, hiding in the cutting shed.

In 1990, Nils finds a rusted bicycle at the bottom of the drained pit and reports it to the police.

In 1962, Britt brings Stig bread and coffee every night. Her father finds the shed empty one morning and the bicycle gone.

Britt rows Stig across the sound at night, and he promises to send for her. She waits on the jetty all summer.

In 1990, the police tell Nils the bicycle was reported stolen in 1962 by a girl called Britt, who still lives on the island.
`;

describe('years told inside a dated frame', () => {
  it.each([
    [
      'a storm at a lighthouse',
      LIGHTHOUSE,
      [
        'In the summer of 1962',
        'after her father',
        'In March 1990',
        'When the storm drops',
        'Over the next weeks',
        'In April 1991',
      ],
    ],
    [
      'a night in a wine cellar',
      VINEYARD,
      [
        'In 1944, when',
        "after his mother's funeral",
        'In the autumn of 1998',
        'When the grapes are in',
        'Over the following days',
        'In January 1999',
      ],
    ],
    [
      'a night in a welfare hall',
      MINE,
      [
        'In 1966, when',
        "after her mother's death",
        'In November 1984',
        'At first light',
        'Over the following days',
        'In March 1985',
      ],
    ],
  ])('keeps the frame going on after the told years in its own year: %s', (_, text, order) => {
    const f = film(text);
    expect(chronoOrder(f, order)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(scene(f, order[3] ?? '').kind).not.toBe('recounted');
  });

  it('leaves a film cutting between two years by cards to its threads', () => {
    const f = film(CUTS);
    expect(
      chronoOrder(f, [
        'In the summer of 1962',
        'Britt brings Stig',
        'Britt rows Stig',
        'Nils Berg arrives',
        'rusted bicycle',
        'the police tell Nils',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5]);
    expect(scene(f, 'Britt rows Stig').kind).toBe('flashback');
  });
});
