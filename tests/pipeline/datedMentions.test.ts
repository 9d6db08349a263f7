import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding, chronoOrder } from '../fixtures/filmScenes';
import { findCue } from '../../src/pipeline/time';

/**
 * Years that name a time without moving the telling there, and years the telling goes back to:
 * "since 1979" (a span up to now), a flashback cue that names its year in its own words ("the
 * film returns to 2019"), a year dating a thing found ("a report complaining in 1988 that").
 * Each on three invented synopses in different wordings, with negatives.
 */

const cue = (s: string) => findCue(s, 0, s.length);

const film = convertText;

const scene = sceneHolding;

const BAKERY = `The Rye Loaf (2020)
Director: Hanna Visser

Marit Dahl comes home to Tromsø when her father has a stroke. His bakery on the harbour has been shut for a month and the flour in the loft is full of weevils.

In 1979 the bakery burned, and her father rebuilt it with his own hands. Marit remembers the smell of the wet ash and the new ovens arriving on a lorry.

Marit scrubs the ovens, buys new flour and learns her father's rye recipe from his notebook. The first loaves are bricks, and the fishermen laugh at them.

The next morning she tries again with a slower rise. By the end of the week there is a queue at the door.

On the last night her father is wheeled down from the hospital to the shop, and the bakery is lit for the first time since 1979 on a winter evening.
`;

const FERRY = `Low Water (2018)
Director: Pieter Claes

Anouk Verbeke ran the ferry across the Scheldt at Doel. One grey morning a man in a wet suit came aboard without a ticket and asked to be taken to the other side.

She had not spoken to her brother Joris since 1996, but the man knew his name and said Joris was waiting for him in Antwerp. Anouk took the ferry across and watched him walk up the slipway.

That night she drove to Antwerp and found Joris in a flat above a laundrette. He told her the man was a witness he had hidden for a year.

The next day two policemen came to the ferry and asked about the passenger. Anouk said she had carried no one, and took the ferry out into the fog.
`;

const CHOIR = `The Singing Valley (2022)
Director: Eira Jones

The chapel choir of Cwm Du has not sung since 2009, when the pit closed and the men went south. Bethan Rees, the new minister, finds the hymn books in a box under the organ.

In 2009 the last shift came up from the pit and the men sang in the lamp room. Bethan's father was among them, and he never sang again.

Bethan goes from door to door and asks the old men to come to practice on Thursday. Only three come, and one of them is deaf.

Over the following weeks more men come. By Easter there are twenty of them, and they sing in the chapel with the doors open for the first time since 2009.
`;

const CLOCKMAKER = `The Clockmaker's Ledger (2019)
Director: Ana Ribeiro

The film opens in the winter of 2019. The old clockmaker Vasco Reis dies in his shop in Porto, and his grandson Tiago finds the shop's ledger with its last pages torn out.

Tiago shows the ledger to his aunt Lúcia. She tells him to burn it, and he refuses.

The film jumps back to 1990. Vasco, in his fifties, repairs a church clock for a priest who cannot pay. He takes a gold watch as payment and writes it in the ledger.

Vasco sells the watch to a dealer in Lisbon and buys the shop next door with the money.

The story returns to 2019. Tiago finds the priest's name in the ledger and drives out to the church, where the clock has been stopped since the week of his grandfather's death.
`;

const ORCHARD = `Under the Pear Trees (2021)
Director: Zofia Brandt

In 2021 Ewa Nowak sells the family orchard near Lublin to a developer. On the last day she walks the rows with her son Kuba and finds her mother's initials cut into a pear tree.

Ewa asks her uncle Marek about the initials. He says he will tell her on Sunday.

The film goes back to 1968. Ewa's mother Halina, seventeen, meets a student from Warsaw under the pear trees and carves their initials into the bark. Her father finds out and sends the student away.

Halina marries a neighbour's son in the spring and never speaks of the student again.

The film returns to 2021. On Sunday Marek tells Ewa the student's name, and Ewa cancels the sale.
`;

const DUNES = `Dune Road (2017)
Director: Lars Holm

It is 2017 on the west coast of Jutland. Freja Lund, a surveyor, is sent to measure the dunes that have swallowed the old road to Vejlby. In the sand she finds the roof of a car.

The police lift the car out with a crane. Inside is a handbag with a bus pass in the name of Inger Holm.

The film cuts back to 1983. Inger Holm, a nurse, drives the dune road home after a night shift in a storm and stops to help a man whose van has gone into the ditch.

The man is Freja's father. He takes Inger's car and leaves her on the road in the rain.

We return to 2017. Freja goes to her father's house with the bus pass and puts it on his kitchen table without a word.
`;

const ARCHIVE = `The Harbour Records (2016)
Director: Inês Moura

Clara Vaz comes back to Aveiro in 2016 to clear her late father's flat. Among his papers she finds a bundle of bank slips and a key to a storeroom at the harbour.

Clara goes to the town hall to read the harbour records. In the basement she finds a report from the harbour master, complaining in 1988 that a cargo of cork had vanished from the quay. The clerk tells her the harbour master is still alive.

Clara visits him in a care home and shows him the bank slips. He says her father paid him to look away.

That evening Clara opens the storeroom with the key and finds the bales of cork, still stacked, rotten with damp.
`;

const REGIMENT = `Paper Soldiers (2021)
Director: Tom Ashby

In 2021 the historian Ruth Kell is asked by a museum in Ypres to name the men in a photograph of a field kitchen.

Ruth drives to the museum store and opens the boxes one by one. In the last box she discovers a photograph of the same cooks in 1917, with their names written on the back in pencil. The curator makes her a cup of tea and leaves her alone with it.

One of the names is her great-grandfather's. Ruth telephones her mother, who has never heard of him.

The next morning Ruth finds his grave in a village cemetery and lays the photograph on the stone.
`;

const NEWSPAPER = `Clay Pit (2023)
Director: Sam Orrell

In 2023 Dev Mistry buys a derelict brickworks outside Stoke to turn into flats. On the first day his builders dig up a child's shoe in the clay pit.

Dev goes to the library to learn the brickworks' history. On the microfilm he comes across a newspaper article on the search for a missing boy at the pit in 1971, and he prints it out. The librarian knows the boy's sister.

Dev visits the sister, June, in her bungalow. She recognises the shoe and cries.

The police close the site. Dev stands at the fence in the rain while the forensic tent goes up.
`;

describe('"since" and a year: a span up to now, not a time the telling moves to', () => {
  it('reads no cue in "since 1979" and still reads "in 1979"', () => {
    expect(cue('The bakery is lit for the first time since 1979.')).toBeNull();
    expect(cue('She had not spoken to her brother since 1996.')).toBeNull();
    expect(cue('Since 2009 the choir has not sung.')).toBeNull();
    expect(cue('In 1979 the bakery burned.')).toMatchObject({ kind: 'year', year: 1979 });
    expect(cue('The bakery burned down in 1979.')).toMatchObject({ kind: 'year', year: 1979 });
  });

  it('keeps a closing scene "lit for the first time since 1979" last', () => {
    const f = film(BAKERY);
    const last = scene(f, 'On the last night');
    expect(last.chronoIndex).toBe(f.scenes.length - 1);
    expect(last.kind).toBe('present');
  });

  it('keeps a past-tense scene "had not spoken to her brother since 1996" in its place', () => {
    const f = film(FERRY);
    expect(chronoOrder(f, ['One grey morning', 'not spoken to her brother', 'That night'])).toEqual(
      [0, 1, 2],
    );
  });

  it('lets the year told later ("In 2009 the last shift ...") be the past of a present dated "since 2009"', () => {
    const f = film(CHOIR);
    expect(
      chronoOrder(f, ['In 2009 the last shift', 'has not sung since', 'door to door', 'By Easter']),
    ).toEqual([0, 1, 2, 3]);
    expect(scene(f, 'In 2009 the last shift').kind).toBe('flashback');
    expect(scene(f, 'By Easter').kind).toBe('present');
  });
});

describe('a flashback cue that names its year in its own words', () => {
  it('reads the year of "jumps back to 1990", "returns to 2019", "we return to 2017"', () => {
    expect(cue('The film jumps back to 1990.')).toMatchObject({ kind: 'flashback', year: 1990 });
    // A return names the year it moves to without measuring it (TimeCue.toYear).
    expect(cue('The story returns to 2019.')).toMatchObject({ kind: 'flashback', toYear: 2019 });
    expect(cue('We return to 2017.')).toMatchObject({ kind: 'flashback', toYear: 2017 });
    expect(cue('The film cuts back to 1983.')).toMatchObject({ kind: 'flashback', year: 1983 });
  });

  it('still reads the year of "goes back to the spring of 1994" and no year in "the past"', () => {
    expect(cue('Part two goes back to the spring of 1994.')).toMatchObject({
      kind: 'flashback',
      year: 1994,
    });
    expect(cue('The film goes back to the past.')).toMatchObject({ kind: 'flashback', year: null });
    expect(cue('The film returns to the present.')?.kind).toBe('return');
  });

  it.each([
    [
      'the story returns to 2019',
      CLOCKMAKER,
      [
        'jumps back to 1990',
        'sells the watch',
        'The film opens',
        'shows the ledger',
        'returns to 2019',
      ],
    ],
    [
      'the film returns to 2021',
      ORCHARD,
      ['goes back to 1968', 'Halina marries', 'In 2021 Ewa', 'asks her uncle', 'returns to 2021'],
    ],
    [
      'we return to 2017',
      DUNES,
      ['cuts back to 1983', "Freja's father", 'It is 2017', 'lift the car', 'We return to 2017'],
    ],
  ])('puts the coda after "%s" last, in the present, after the past years', (_, text, order) => {
    const f = film(text);
    expect(chronoOrder(f, order)).toEqual([0, 1, 2, 3, 4]);
    expect(scene(f, order[4] ?? '').kind).toBe('present');
    expect(scene(f, order[0] ?? '').kind).toBe('flashback');
  });
});

describe('a year dating a thing found, not the scene of finding it', () => {
  it.each([
    [
      'a report complaining in 1988',
      ARCHIVE,
      ['comes back to Aveiro', 'goes to the town hall', 'care home', 'That evening'],
    ],
    [
      'a photograph of the cooks in 1917',
      REGIMENT,
      ['In 2021 the historian', 'drives to the museum', 'One of the names', 'The next morning'],
    ],
    [
      'an article on the search in 1971',
      NEWSPAPER,
      ['In 2023 Dev', 'goes to the library', 'visits the sister', 'close the site'],
    ],
  ])('keeps the finding of %s on the main line', (_, text, order) => {
    const f = film(text);
    expect(chronoOrder(f, order)).toEqual([0, 1, 2, 3]);
    expect(scene(f, order[1] ?? '').kind).toBe('present');
  });

  it('still moves a paragraph that opens on the year, or a letter "dated" it', () => {
    const f = film(
      ARCHIVE.replace(
        'Clara visits him in a care home',
        'In 1988 the harbour master counts the bales of cork on the quay and signs for them.\n\nClara visits him in a care home',
      ),
    );
    expect(scene(f, 'In 1988 the harbour master counts').chronoIndex).toBe(0);
    expect(scene(f, 'In 1988 the harbour master counts').kind).toBe('flashback');
    const dated = film(
      NEWSPAPER.replace(
        'Dev visits the sister',
        'The first letter is dated March 1953. Ruth, nineteen, writes to her brother from the brickworks, where she packs bricks. Dev visits the sister',
      ),
    );
    expect(scene(dated, 'Ruth, nineteen').chronoIndex).toBeLessThan(
      scene(dated, 'In 2023 Dev').chronoIndex,
    );
  });
});
