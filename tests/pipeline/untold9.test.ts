import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { restartsSharedSpan } from '../../src/pipeline/nightRestarts';
import {
  opensPastEvent,
  shownByItsWords,
  spokenOfAsAhead,
  toldAsBackstory,
} from '../../src/pipeline/untoldEvents';

/** The chronological index of the scene holding each phrase of a converted document. */
const chronoOf = (text: string, phrases: string[]): number[] => {
  const film = convertDocuments([{ file: 'test.txt', text }], new Diagnostics())[0];
  if (!film) throw new Error('no film');
  return phrases.map((p) => {
    const scene = film.scenes.find((s) => s.text.includes(p));
    if (!scene) throw new Error(`no scene holds "${p}"`);
    return scene.chronoIndex;
  });
};
const increasing = (xs: number[]): boolean => xs.every((x, i) => i === 0 || x > (xs[i - 1] ?? -1));

describe('an event spoken of as ahead', () => {
  it('reads every earlier mention as still to come', () => {
    expect(
      spokenOfAsAhead('She wants to enter the regatta. The regatta is in a month.', 'regatta'),
    ).toBe(true);
    expect(spokenOfAsAhead('His trial is set for the spring.', 'trial')).toBe(true);
    expect(spokenOfAsAhead('Everyone says the vote will be lost.', 'vote')).toBe(true);
    expect(spokenOfAsAhead('Through May the town talks of the coming wedding.', 'wedding')).toBe(
      true,
    );
  });

  it('does not when a mention tells the event happening or over, or when there is none', () => {
    expect(
      spokenOfAsAhead(
        'She wants to enter the regatta. After the regatta she sells the boat.',
        'regatta',
      ),
    ).toBe(false);
    expect(spokenOfAsAhead('The regatta begins in a gale.', 'regatta')).toBe(false);
    expect(spokenOfAsAhead('At the wedding Ruth dances with the priest.', 'wedding')).toBe(false);
    expect(spokenOfAsAhead('Nobody mentions anything.', 'wedding')).toBe(false);
    // A plural is another thing: "the town's weddings" does not name this wedding.
    expect(spokenOfAsAhead('She bakes cakes for the town’s weddings.', 'wedding')).toBe(false);
  });

  it('reads a past perfect as backstory, a simple past or present as the story going on', () => {
    expect(toldAsBackstory('Three nights before the wedding, Dora had taken the train.')).toBe(
      true,
    );
    expect(toldAsBackstory('Three nights before the wedding, she had gone to Lisbon.')).toBe(true);
    expect(toldAsBackstory('Two days before the regatta, Teo calls to cancel.')).toBe(false);
    expect(toldAsBackstory('Two days before the regatta, she had to cancel.')).toBe(false);
  });

  it('knows an event shown by its own words, and a paragraph opening past it', () => {
    expect(shownByItsWords('The boathouse burns down while the town watches.', 'fire')).toBe(true);
    expect(shownByItsWords('The tanker explodes at dawn.', 'explosion')).toBe(true);
    expect(shownByItsWords('She plans a party for the summer.', 'fire')).toBe(false);
    expect(shownByItsWords('The boathouse burns down.', 'wedding')).toBe(false);
    expect(opensPastEvent('After the fire, the police find the trophies', 'fire')).toBe(true);
    expect(opensPastEvent('In the days following the fire, nobody sleeps', 'fire')).toBe(true);
    expect(opensPastEvent('On the night of the fire, Hal is at home', 'fire')).toBe(true);
    expect(opensPastEvent('Hal thinks of the fire again', 'fire')).toBe(false);
    expect(opensPastEvent('After the wedding, they move in', 'fire')).toBe(false);
  });
});

describe('a cue measured from an event the telling has not reached', () => {
  const TRIAL = `Kofi Asante is charged with fraud after the collapse of the credit union he ran, and his trial is set for the spring. His daughter Ama flies home from Toronto to help him prepare.

Ama spends the winter going through the union's ledgers at the kitchen table and finds that the missing money was moved by her father's partner, Isaac.

A week before the trial, Kofi's lawyer quits without explanation. Ama takes the ledgers to a young barrister, Efua, who agrees to take the case.

On the first morning of the trial, Isaac takes the stand and denies everything. Efua lays the ledgers out one by one in front of the jury.`;

  it('keeps the story going forward when the event was only spoken of as ahead', () => {
    expect(
      increasing(
        chronoOf(TRIAL, [
          'his trial is set for the spring',
          'Ama spends the winter',
          "Kofi's lawyer quits",
          'Isaac takes the stand',
        ]),
      ),
    ).toBe(true);
  });

  it('reads a plan, a training or a date set as ahead, in any order of events', () => {
    const RACE = `Jonah Reyes has been training all year for the national championship in Denver, and his coach thinks he can win it. His exam is on Friday, too, and he has not opened a book.

Jonah studies in the bus to the qualifiers and comes second in the heats, which is enough to go through.

Two days before the exam, his mother falls ill and Jonah spends the night at the hospital. He sits the exam with no sleep and walks out halfway through.

Three days before the championship, Jonah tears a muscle in training. His coach tapes his leg and tells him to rest.

On the day of the championship, Jonah races with his leg strapped and finishes fourth.`;
    expect(
      increasing(
        chronoOf(RACE, [
          'training all year for the national championship',
          'his mother falls ill',
          'Jonah tears a muscle',
          'races with his leg strapped',
        ]),
      ),
    ).toBe(true);
  });

  it('still jumps back from an event the film opened on, and comes back after it', () => {
    const FIRE = `The film opens on the night the boathouse burns down. Flames race along the jetty and the old rowing eights crack in the heat while the town watches from the bridge.

Three days before the fire, the rowing club's treasurer, Hal Lunn, tells the coach that the club is bankrupt. Hal spends the next evening moving the club's trophies to his own garage.

After the fire, the police find the trophies in Hal's garage and arrest him. The coach starts the season again with borrowed boats.`;
    const [burns, bankrupt, arrest] = chronoOf(FIRE, [
      'Flames race along the jetty',
      'the club is bankrupt',
      'the police find the trophies',
    ]);
    expect(bankrupt).toBeLessThan(burns ?? 0);
    expect(arrest).toBeGreaterThan(burns ?? 0);
  });

  it('still jumps back from a death the mystery opened on', () => {
    const MURDER = `A fisherman finds the body of Petra Lind in the reeds below the weir, and Inspector Baird is called from the city. Petra's husband tells Baird she wanted to leave him.

A week before the murder, Petra meets a stranger at the ferry landing and gives him an envelope. She tells her sister that she is going to be free at last.

Baird finds the envelope in the ferryman's hut and arrests the husband.`;
    const [body, ferry] = chronoOf(MURDER, [
      'finds the body of Petra Lind',
      'meets a stranger at the ferry landing',
    ]);
    expect(ferry).toBeLessThan(body ?? 0);
  });
});

describe('a night told again from another side', () => {
  it('reads a restart that names a person and a time of the shared stretch', () => {
    expect(
      restartsSharedSpan(
        'The second part rewinds the clock to nine o’clock and follows the stranger.',
      ),
    ).toBe(true);
    expect(
      restartsSharedSpan(
        'The night begins again at dusk, this time with the constable, Ruth Hale.',
      ),
    ).toBe(true);
    expect(restartsSharedSpan("The film then replays the evening from Sam's side.")).toBe(true);
    expect(
      restartsSharedSpan('Then the film wound the clock back to eight and stayed with Emil.'),
    ).toBe(true);
    expect(
      restartsSharedSpan("Chapter two backs up to six o'clock with Dell Agee, the ride operator."),
    ).toBe(true);
    expect(
      restartsSharedSpan(
        'We then see the same evening again, this time from the point of view of the sheriff.',
      ),
    ).toBe(true);
    expect(
      restartsSharedSpan(
        'The third chapter started the night over again at dusk, this time through the eyes of twelve-year-old Zofia.',
      ),
    ).toBe(true);
  });

  it('does not read a single flashback, a new day or a restart with no one taken up', () => {
    expect(
      restartsSharedSpan(
        "The film rewinds to Cole's childhood in Idaho, following the two boys one summer night.",
      ),
    ).toBe(false);
    expect(
      restartsSharedSpan('The story goes back to 1961 and follows young Brandt through the night.'),
    ).toBe(false);
    expect(restartsSharedSpan('The film then rewinds to nine o’clock.')).toBe(false);
    expect(restartsSharedSpan('She starts the evening over with the wine she saved.')).toBe(false);
    expect(restartsSharedSpan('She starts the engine again and follows the river north.')).toBe(
      false,
    );
  });

  const DINER = `Plot

At seven in the evening, Dana Wu opens the diner on Route 9 and starts the coffee. At eight a trucker named Cole comes in out of the snow and orders pie.

At ten the lights flicker and Cole asks Dana to hide an envelope behind the counter. At half past eleven a sheriff's car pulls into the lot.

The film then turns the clock back to seven o'clock and stays with Cole, who is driving north with a stolen envelope on the seat beside him. At eight he pulls into the diner to get out of the snow.

At ten Cole sees headlights on the highway and gives Dana the envelope. At half past eleven he slips out through the kitchen as the sheriff walks in.

The next morning, Dana opens the envelope and finds the deed to the diner in her own name.`;

  it('interleaves the tellings by the clock, and the next morning comes after both', () => {
    const [dana7, cole7, dana10, cole10, dana1130, cole1130, morning] = chronoOf(DINER, [
      'Dana Wu opens the diner',
      'who is driving north',
      'Cole asks Dana to hide an envelope',
      'Cole sees headlights',
      "a sheriff's car pulls into the lot",
      'he slips out through the kitchen',
      'Dana opens the envelope',
    ]);
    expect(increasing([dana7 ?? 0, dana10 ?? 0, dana1130 ?? 0, morning ?? 0])).toBe(true);
    expect(cole7).toBeLessThan(dana10 ?? 0);
    expect(cole10).toBeLessThan(dana1130 ?? 0);
    expect(cole10).toBeGreaterThan(dana7 ?? 0);
    expect(cole1130).toBeLessThan(morning ?? 0);
  });

  const HOTEL = `Plot

At nine o'clock on a wet Friday night, Nell Arden closes the bar of the Crown Hotel and counts the till. A stranger in a grey coat asks for a room, and she gives him the key to room six.

At ten, Nell hears a door slam upstairs. She climbs the stairs with a candle and finds room six empty, the window open to the rain.

At eleven, a constable knocks at the front door looking for a man in a grey coat. Nell lies and says no one has come in.

At midnight the power fails across the town, and Nell sits alone in the dark bar with the till money in her lap.

The second part rewinds the clock to nine o'clock and follows the stranger, Abel Cray. He has walked from the station with a stolen ledger under his coat and takes the room to hide it.

At ten, Abel climbs out of the window onto the roof and crosses to the chemist's next door, slamming the door behind him by accident.

At eleven, Abel watches from the chemist's roof as the constable knocks at the hotel, and sees Nell send him away.

At midnight, in the blackout, Abel climbs back into room six and leaves the ledger under Nell's pillow.

The night begins again at dusk, this time with the constable, Ruth Hale. She is told at the station that a ledger has been stolen from the mill office.

At eleven Ruth knocks at the Crown Hotel, and the landlady tells her no one has come in.

At midnight Ruth is standing in the square when every light in the town goes out.

The next morning, Nell finds the ledger under her pillow and carries it to the police station, where Ruth is waiting.`;

  it('reads three tellings of one night on one clock, however each restart is worded', () => {
    const [
      nell9,
      abel9,
      ruthDusk,
      nell10,
      abel10,
      nell11,
      abel11,
      ruth11,
      nell12,
      abel12,
      ruth12,
      morning,
    ] = chronoOf(HOTEL, [
      'Nell Arden closes the bar',
      'He has walked from the station',
      'She is told at the station',
      'Nell hears a door slam upstairs',
      'Abel climbs out of the window',
      'a constable knocks at the front door',
      'Abel watches from the chemist',
      'Ruth knocks at the Crown Hotel',
      'the power fails across the town',
      'Abel climbs back into room six',
      'Ruth is standing in the square',
      'Nell finds the ledger under her pillow',
    ]);
    const hours = [
      [ruthDusk ?? 0],
      [nell9 ?? 0, abel9 ?? 0],
      [nell10 ?? 0, abel10 ?? 0],
      [nell11 ?? 0, abel11 ?? 0, ruth11 ?? 0],
      [nell12 ?? 0, abel12 ?? 0, ruth12 ?? 0],
      [morning ?? 0],
    ];
    // Every scene of an hour comes before every scene of the next hour.
    hours.slice(1).forEach((hour, k) => {
      for (const x of hour) for (const y of hours[k] ?? []) expect(x).toBeGreaterThan(y);
    });
  });

  it('splits a telling told in one paragraph at its hours, and interleaves them', () => {
    const FAIR = `Synopsis

The film takes place on the last night of the county fair. At six o'clock Marnie Pell opens her fortune-telling booth at the end of the midway and reads the palm of a nervous boy in a football jacket. At eight she sees a man in a white suit pay the ride operator to stop the Ferris wheel. At ten the Ferris wheel stops with the mayor's daughter in the top car, and Marnie is the first to call for help.

Chapter two backs up to six o'clock with Dell Agee, the ride operator, who is drunk before the fair even opens. At eight a man in a white suit gives him two hundred dollars to jam the wheel at ten. At ten Dell pulls the brake lever and walks away from the controls.

We then see the same evening again, this time from the point of view of Sheriff Lottie Crane. At six she is sitting in her cruiser outside the fairground gates eating a sandwich. At eight she arrests the boy in the football jacket for pickpocketing. At ten she climbs the frame of the Ferris wheel in the dark to reach the top car.

At dawn the next day, Lottie drives the man in the white suit to the county jail while Marnie packs up her booth.`;
    const [marnie6, dell6, lottie6, marnie8, dell8, lottie8, dell10, lottie10, dawn] = chronoOf(
      FAIR,
      [
        'Marnie Pell opens her fortune-telling booth',
        'who is drunk before the fair even opens',
        'sitting in her cruiser',
        'pay the ride operator to stop the Ferris wheel',
        'gives him two hundred dollars',
        'she arrests the boy',
        'Dell pulls the brake lever',
        'she climbs the frame of the Ferris wheel',
        'Lottie drives the man in the white suit',
      ],
    );
    const hours = [
      [marnie6 ?? 0, dell6 ?? 0, lottie6 ?? 0],
      [marnie8 ?? 0, dell8 ?? 0, lottie8 ?? 0],
      [dell10 ?? 0, lottie10 ?? 0],
      [dawn ?? 0],
    ];
    hours.slice(1).forEach((hour, k) => {
      for (const x of hour) for (const y of hours[k] ?? []) expect(x).toBeGreaterThan(y);
    });
  });

  it('goes back to the moment of the first telling the restart names, not to its morning', () => {
    const STALL = `Plot

In the morning, Ana Ruiz opens her flower stall at the station and argues with the stationmaster about the rent. At noon she eats lunch on the platform and watches the express go through without stopping.

That evening at nine, Ana is closing the stall when a young man in a torn jacket asks her to hide a parcel. At ten the police search the station, and Ana says nothing.

The film then rewinds to nine o'clock and follows the young man, Ben Ortiz, who has run from a card game with the parcel under his arm. At ten he watches from the footbridge as the police search Ana's stall.

The next morning, Ana opens the parcel and finds a christening gown and a letter addressed to her.`;
    const [noon, ana9, ben9, ana10, ben10, morning] = chronoOf(STALL, [
      'At noon she eats lunch',
      'Ana is closing the stall',
      'who has run from a card game',
      'the police search the station',
      'he watches from the footbridge',
      'Ana opens the parcel',
    ]);
    expect(ben9).toBeGreaterThan(noon ?? 0);
    expect(ben9).toBeLessThan(ana10 ?? 0);
    expect(ben10).toBeGreaterThan(ana9 ?? 0);
    expect(morning).toBeGreaterThan(Math.max(ana10 ?? 0, ben10 ?? 0));
  });

  it('leaves a single flashback to a childhood inside the night alone', () => {
    const CHILDHOOD = `Plot

At seven in the evening, Dana Wu opens the diner on Route 9 and starts the coffee. At eight a trucker named Cole comes in out of the snow and orders pie.

At ten the lights flicker and Cole tells Dana about his brother. The film then rewinds to Cole's childhood in Idaho, following the two boys as they steal their father's truck one summer night.

The next morning, Dana finds an envelope behind the counter with the deed to the diner in her own name.`;
    const [opens, truck, morning] = chronoOf(CHILDHOOD, [
      'Dana Wu opens the diner',
      "steal their father's truck",
      'Dana finds an envelope',
    ]);
    expect(truck).toBeLessThan(opens ?? 0);
    expect(morning).toBeGreaterThan(opens ?? 0);
  });

  it('leaves a time loop to its own reading: each day lived again comes after the last', () => {
    const LOOP = `Plot

At seven in the morning, Lena Holt wakes in a motel outside Reno and drives to the courthouse for her custody hearing. At nine she argues with her ex-husband on the courthouse steps. At noon a gravel truck runs the red light on Sierra Street and crushes her car.

Lena wakes up again at seven in the same motel bed, and the clock radio plays the same song: the day has reset. At nine she avoids the courthouse steps altogether. At noon she stops at the red light, but the truck swerves and hits her anyway.

The day begins again at seven, this time with Lena following the truck driver from his depot at dawn. At nine she watches him drink in a bar by the rail yard. At noon she takes his keys, and for the first time she lives past the crossing.

The next morning, for the first time, the loop does not reset and Lena wakes on the following day.`;
    expect(
      increasing(
        chronoOf(LOOP, [
          'drives to the courthouse',
          'the day has reset',
          'following the truck driver',
        ]),
      ),
    ).toBe(true);
  });
});
