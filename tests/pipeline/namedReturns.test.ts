import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { findCue } from '../../src/pipeline/time';

/**
 * Returns named by what they go back to (harm10): the main line's own year ("Back to 2003
 * again.", "The film returns to 1995"), a thing told only in a flashback ("The film returns to
 * the ferry"), and a telling that only points at a past year ("tells the room what he did in
 * 1970"), which stays the telling's own moment. Every document here was written for these tests.
 */

const chronoOf = chronoOfPhrases;
const increasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? -1));
const cue = (s: string) => findCue(s, 0, s.length);

const LAMP_ROOM = [
  'The Lamp Room',
  "The film opens in the spring of 2003. Nora Lind, a radio operator, comes home to the island after her father's funeral and finds a bundle of logbooks in his shed.",
  'The film now goes back to the autumn of 1979. Her father, Emil, is a young keeper on the lighthouse. He meets a sailor, Jonas, at the harvest dance, and they become friends.',
  'By the winter of 1979 the lighthouse is to be closed. Jonas argues with the harbour board about the closure.',
  'Back to 2003 again. Nora reads the logbooks by the stove and finds a page torn out.',
  'She drives to the mainland the next day and asks the harbour board for its records.',
];

const SALT_AND_IRON = [
  'Salt and Iron',
  'In 1995 the welder Piotr Nowak loses his job at the shipyard in Gdansk and moves in with his sister Ewa.',
  'The story then goes back to 1970. Piotr is a boy, and his father leads the strike at the yard. Soldiers come to the gate at night.',
  "The film returns to 1995, where Piotr finds his father's old union card in a drawer. He takes it to the new owners of the yard.",
  'The owners laugh at him, and Piotr walks home along the canal.',
];

const TWO_SUMMERS = [
  'Two Summers',
  'It is 2011, and Marta Costa runs the family hotel on the cliff with her mother. A developer, Mr Brandt, offers to buy it.',
  "We go back to 1986, to the summer the hotel opened. Marta's mother is young and dances with a guest called Brandt on the terrace.",
  "And then back to 2011: Marta finds the guest book from 1986 with Brandt's name in it. She refuses to sell.",
  'Mr Brandt returns at the end of the season with a lawyer.',
];

const QUIET_DOCK = [
  'The Quiet Dock',
  "In 1998 the dock worker Sam Reyes finds a letter in his late mother's coat.",
  "The film goes back to 1974. Sam's mother, Lucia, works in the cannery and falls in love with a sailor.",
  'The film returns to 1974 after a scene on the quay: Lucia tells the sailor she is pregnant, and he sails away.',
  "Sam finds the sailor's name in the harbour register and writes to him.",
];

const LAST_NET = [
  'The Last Net (1994)',
  'In the spring of 1990, the old fisherman Arne Lund refuses to take his boat out, and the harbour board gives his berth to a young skipper, Lisa Dahl. Arne warns her about the reef, and she laughs at him.',
  "The film then goes back to the winter of 1970. Arne, a young man, takes his brother Olav out in a storm against their father's orders. The boat strikes the reef and Olav drowns. Arne never tells anyone that he was at the helm.",
  'Back in 1990, Lisa runs onto the reef in fog. Arne rows out alone and pulls her from the water.',
  "At the harbour board's meeting in the summer, Arne stands up and tells the whole room what he did in 1970. He hands his charts to Lisa on the quay, and she sails out past the reef on her own.",
];

const ORCHARD_ROAD = [
  'Orchard Road',
  "In 2015 the retired teacher Maria Kovac comes back to her village in Slavonia to sell her parents' house. Her old friend Ivo helps her clear the attic.",
  "The film goes back to the summer of 1991. Maria and Ivo are eighteen, and the war reaches the village. Ivo's brother hides a neighbour's family in the Kovac cellar.",
  'Back in 2015, a journalist asks Maria about the cellar, and she sends him away.',
  'On the last evening, at the village feast, Ivo finally admits to everyone what really happened in the summer of 1991. Maria signs the sale the next morning and drives to the coast.',
];

const KEEPERS_SON = [
  "The Keeper's Son",
  "The lighthouse keeper's son, Paul Adair, returns to the island in 1988 for his father's funeral.",
  'The film then goes back to 1962. Paul is a boy, and his father keeps the light through the great storm while a trawler breaks up on the rocks.',
  "Back in 1988, Paul finds the keeper's log for that night with a page cut out.",
  'At the wake, the old harbour master confesses to Paul what his father did in 1962, and Paul burns the log on the beach.',
];

const HIGH_WATER = [
  'High Water',
  'In the present day, the retired sluice keeper Jan Mol is interviewed in his kitchen by a young reporter, Eva Smit, who is writing about the lost polder.',
  'The film then goes back forty years, to the week of the flood. Jan warns the water board that the dyke is weak, and nobody listens. On the Saturday night the rain begins.',
  'Back in the present, Eva shows Jan a letter she found in the archive. He does not want to read it.',
  'Then the story cuts back to the flood. Jan wades out to the north gate in the dark and opens it, and the water takes the low fields instead. His own house is lost.',
  'At the end of the interview Jan reads the letter aloud, and Eva switches off her recorder.',
];

const CROSSING = [
  'The Crossing',
  'In a police station in Calais, the lorry driver Marek Nowak is questioned about the boy found in his trailer. Inspector Duval does not believe a word he says.',
  'The film goes back three days, to the ferry. Marek drives onto the boat at Dover, eats in the canteen, and sleeps in his cab.',
  'Back in the police station, Duval shows Marek a photograph of the boy. Marek says he has never seen him.',
  'The film returns to the ferry. In the night Marek hears knocking inside his trailer, opens the doors and finds the boy, who begs him to say nothing.',
  'Duval lets Marek go in the morning, and Marek drives the boy to his mother in Lille.',
];

const NORTH_OF_THE_ICE = [
  'North of the Ice',
  'An old explorer, Ingrid Holm, lies in a hospital bed in Tromsø and agrees to talk to her grandson Erik about the winter she went north.',
  'An extended flashback shows the expedition leaving Longyearbyen with three sledges and twenty dogs. Ingrid, twenty-two, is the only woman in the party, and the leader, Captain Berg, does not want her there.',
  'The flashback ends. Erik asks her why she never spoke of Berg. Ingrid closes her eyes and says nothing for a long time.',
  'We return to the expedition. On the glacier a sledge breaks through the ice, and Ingrid pulls Berg out of the crevasse with a rope while the others watch.',
  'Erik comes back the next morning with a photograph of the party, and Ingrid names every face in it.',
];

const COURT_OF_BIRDS = [
  'The Court of Birds',
  "The film opens in a courtroom in Lyon, where the keeper Paul Mercier is tried for poisoning his neighbour's hawks. The prosecutor, Mme Roux, calls his neighbour first.",
  "The film goes back to the summer before. Paul and his neighbour argue over a fence, and the neighbour's hawks take Paul's pigeons.",
  'The film returns to the courtroom. The neighbour tells the court that Paul threatened him.',
  'Paul is found not guilty, and he walks out of the courtroom into the rain.',
];

const FERRY_DAYS = [
  'Ferry Days',
  'Lena Berg runs the café by the harbour in a small Swedish town. Her brother Karl works on the ferry.',
  'The film goes back ten years, to the winter when their father drowned. Karl, a boy, watches the boat go down from the pier.',
  'Lena opens the café in the morning, and Karl comes in for coffee before his shift.',
  'The film returns to the harbour, where a stranger asks Lena for a room.',
];

const ODEON = [
  'The Odeon',
  'The reporter Ana Vidal is sent to a seaside town in 2011 to write about the singer Mara Lenz, who vanished from the Odeon fifty years before.',
  "On the pier the old doorman, Teo, tells her what really happened in 1961. Mara sings her last show to a full house, slips out through the kitchen during the encore, and boards a fishing boat with the bandleader's son.",
  "Ana finds the bandleader's son, now an old man, living above a bakery, and he shows her a photograph of Mara on the boat.",
];

const LOW_TIDE = [
  'Low Tide',
  "The film opens at the harbour of Sines at dawn. A fisherman, Nuno Reis, finds an empty rowing boat drifting by the breakwater, with a woman's shoe in it.",
  "Four days earlier, Nuno's sister Lia quarrels with her husband over money and threatens to leave him. She takes the night bus to Lisbon and calls nobody.",
  "Two days earlier, Lia comes back without a word and hides in their mother's cottage in the hills.",
  "After the prologue the film returns to the harbour. Lia's husband runs down to the quay, and the sergeant shows him the shoe.",
  'That evening Nuno drives up to the cottage and finds Lia alive.',
];
const KEEPERS_INQUIRY = [
  "The Keeper's Inquiry",
  'The film opens on the first day of the inquiry in Bergen, where the lighthouse keeper Hana Vik must explain why the light at Utvær went dark.',
  'Ten years earlier, Hana takes the post on the island with her young son. A supply boat calls once a month, and the winters are long.',
  'The night the light fails, her son has a fever, and Hana leaves the lamp room to sit with him until dawn.',
  'Then the film goes back to the inquiry. The board hears the captain of the ship that ran aground, and he blames the keeper.',
  'On the last day Hana speaks for herself, and the board keeps her in her post.',
];
const WHITE_CORRIDOR = [
  'White Corridor',
  'We open in a hospital in Lyon, where the surgeon Paul Girard waits for news of a girl he operated on.',
  'Six months earlier, Paul loses a patient on the table after a night without sleep, and his colleague Dr Amrani covers for him.',
  'Three weeks earlier, Paul starts taking pills to stay awake before long operations.',
  'The story then comes back to the hospital. The girl wakes up, and Dr Amrani tells Paul that she has reported him.',
  'Paul resigns the next morning.',
];
const VEGA = [
  'Vega',
  "The film opens on the island of Vega, where the widow Siri Dahl sells her late husband's boat to a stranger.",
  'Thirty years earlier, Siri comes to the island as a young teacher and meets the fisherman Arne Dahl at a dance.',
  'Then the film returns to the island. Arne builds a boat with his own hands and names it after her, and they marry in the spring.',
];

describe('a return named by the main line year', () => {
  it('reads "back to" a year as a year, but not a feud that dates back to one', () => {
    expect(cue('Back to 1998 again.')).toMatchObject({ kind: 'year', year: 1998, opening: true });
    expect(cue('The film goes back to 1948.')).toMatchObject({ kind: 'flashback', year: 1948 });
    expect(cue('The feud with the neighbours dates back to 1850.')).toBeNull();
    expect(cue('The custom traces back to 1700, when the mill was built.')).toBeNull();
  });

  it('keeps the year a flashback cue moves to ("returns to 1995") apart from its measure', () => {
    expect(cue('The film returns to 1995, where Piotr waits.')).toMatchObject({
      kind: 'flashback',
      year: null,
      toYear: 1995,
    });
    expect(cue('We return to 1988, where Paul waits.')?.toYear).toBe(1988);
    expect(cue('The film goes back to the war.')?.toYear).toBeUndefined();
  });

  it('ends a flashback at "Back to 2003 again."', () => {
    const [opening, past, later, back, next] = chronoOf(LAMP_ROOM, [
      'finds a bundle of logbooks',
      'He meets a sailor',
      'Jonas argues with the harbour board',
      'Nora reads the logbooks',
      'She drives to the mainland',
    ]);
    expect(increasing([past ?? 0, later ?? 0, opening ?? 0, back ?? 0, next ?? 0])).toBe(true);
  });

  it('ends a flashback at "The film returns to 1995"', () => {
    const [opening, past, back, next] = chronoOf(SALT_AND_IRON, [
      'loses his job at the shipyard',
      'Soldiers come to the gate',
      'finds his father',
      'Piotr walks home along the canal',
    ]);
    expect(increasing([past ?? 0, opening ?? 0, back ?? 0, next ?? 0])).toBe(true);
  });

  it('ends a flashback at "And then back to 2011:"', () => {
    const [opening, past, back, next] = chronoOf(TWO_SUMMERS, [
      'offers to buy it',
      'dances with a guest',
      'finds the guest book',
      'returns at the end of the season',
    ]);
    expect(increasing([past ?? 0, opening ?? 0, back ?? 0, next ?? 0])).toBe(true);
  });

  it('keeps a return to the flashback own year ("returns to 1974") in the past', () => {
    const [opening, past, again] = chronoOf(QUIET_DOCK, [
      'finds a letter in his late mother',
      'falls in love with a sailor',
      'he sails away',
    ]);
    expect((past ?? 0) < (opening ?? 0)).toBe(true);
    expect((again ?? 0) < (opening ?? 0)).toBe(true);
  });
});

describe('a telling that only points at a past year', () => {
  it('marks the year of "tells ... what he did in 1970" as a reference, not a told event', () => {
    expect(cue('Arne stands up and tells the whole room what he did in 1970.')).toMatchObject({
      kind: 'year',
      year: 1970,
      reference: true,
    });
    expect(cue('She finally admits what really happened in the winter of 1970.')?.reference).toBe(
      true,
    );
    expect(
      cue('The harbour master confesses to Paul what his father did in 1962.')?.reference,
    ).toBe(true);
    expect(cue('He tells her that in 1970 he drowned his brother.')?.reference).toBeUndefined();
    expect(cue('She tells him that his father died in 1962.')?.reference).toBeUndefined();
    expect(cue('In 1970, he tells her what he did.')?.reference).toBeUndefined();
  });

  it('keeps the telling scene in the present, after the return', () => {
    for (const [doc, phrases] of [
      [
        LAST_NET,
        [
          'refuses to take his boat out',
          'Olav drowns',
          'Lisa runs onto the reef',
          'Arne stands up',
        ],
      ],
      [
        ORCHARD_ROAD,
        [
          'comes back to her village',
          'the war reaches the village',
          'a journalist asks Maria',
          'Ivo finally admits',
        ],
      ],
      [
        KEEPERS_SON,
        [
          'returns to the island in 1988',
          'keeps the light',
          'finds the keeper',
          'the old harbour master confesses',
        ],
      ],
    ] as const) {
      const [opening, past, back, telling] = chronoOf([...doc], [...phrases]);
      expect(increasing([past ?? 0, opening ?? 0, back ?? 0, telling ?? 0])).toBe(true);
    }
  });
});

describe('a telling that points at a year not shown yet', () => {
  it('still opens what is told', () => {
    const [opening, told, after] = chronoOf(ODEON, [
      'is sent to a seaside town',
      'Mara sings her last show',
      'Ana finds the bandleader',
    ]);
    expect(increasing([told ?? 0, opening ?? 0, after ?? 0])).toBe(true);
  });
});

describe('a return to a thing told only in a flashback', () => {
  it('goes on with the flashback that told it', () => {
    for (const [doc, phrases] of [
      [
        HIGH_WATER,
        [
          'is interviewed in his kitchen',
          'Jan warns the water board',
          'Eva shows Jan a letter',
          'Jan wades out',
          'Jan reads the letter aloud',
        ],
      ],
      [
        CROSSING,
        [
          'is questioned about the boy',
          'drives onto the boat at Dover',
          'Duval shows Marek',
          'hears knocking',
          'Duval lets Marek go',
        ],
      ],
      [
        NORTH_OF_THE_ICE,
        [
          'lies in a hospital bed',
          'leaving Longyearbyen',
          'Erik asks her why',
          'a sledge breaks through',
          'Erik comes back the next morning',
        ],
      ],
    ] as const) {
      const [opening, past, frame, again, end] = chronoOf([...doc], [...phrases]);
      // The flashback goes on before the frame: past < again < opening < frame < end.
      expect(increasing([past ?? 0, again ?? 0, opening ?? 0, frame ?? 0, end ?? 0])).toBe(true);
    }
  });

  it('moves nothing when the thing is the main line own, or when no one tells it', () => {
    const [opening, past, court, end] = chronoOf(COURT_OF_BIRDS, [
      'is tried for poisoning',
      'argue over a fence',
      'The neighbour tells the court',
      'found not guilty',
    ]);
    expect(increasing([past ?? 0, opening ?? 0, court ?? 0, end ?? 0])).toBe(true);
    const [cafe, drowned, morning, harbour] = chronoOf(FERRY_DAYS, [
      'runs the café by the harbour',
      'watches the boat go down',
      'Karl comes in for coffee',
      'a stranger asks Lena',
    ]);
    expect(increasing([drowned ?? 0, cafe ?? 0, morning ?? 0, harbour ?? 0])).toBe(true);
  });
});

describe('inside a flashback, a return to a thing told only in the main line', () => {
  it('is the main line again', () => {
    for (const [doc, phrases] of [
      [
        LOW_TIDE,
        [
          'finds an empty rowing boat',
          'threatens to leave him',
          'hides in their mother',
          'runs down to the quay',
          'finds Lia alive',
        ],
      ],
      [
        KEEPERS_INQUIRY,
        [
          'must explain why the light',
          'takes the post on the island',
          'leaves the lamp room',
          'The board hears the captain',
          'Hana speaks for herself',
        ],
      ],
      [
        WHITE_CORRIDOR,
        [
          'waits for news of a girl',
          'loses a patient on the table',
          'starts taking pills',
          'The girl wakes up',
          'Paul resigns',
        ],
      ],
    ] as const) {
      const [opening, past, later, back, end] = chronoOf([...doc], [...phrases]);
      expect(increasing([past ?? 0, later ?? 0, opening ?? 0, back ?? 0, end ?? 0])).toBe(true);
    }
  });

  it('stays in the flashback when the flashback named the thing too', () => {
    const [opening, past, again] = chronoOf(VEGA, [
      'sells her late husband',
      'meets the fisherman',
      'Arne builds a boat',
    ]);
    expect(increasing([past ?? 0, again ?? 0, opening ?? 0])).toBe(true);
  });
});
