import { describe, expect, it } from 'vitest';
import { chronoRanks, placeSegments } from '../../src/pipeline/order';
import { segmentStory } from '../../src/pipeline/segment';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** Paragraphs (blank-line separated) -> chronological ranks of the segments. */
const ranks = (paragraphs: string[], names: ReadonlySet<string> = new Set()) => {
  const { text, segs } = segmentParagraphs(paragraphs);
  return chronoRanks(placeSegments(text, segs, null, names).map((p) => p.t));
};

describe('placeSegments', () => {
  it('keeps a linear film in text order', () => {
    expect(
      ranks([
        'Ana opens the bakery at dawn.',
        'The next day, Ana hires a baker.',
        'A week later, the bakery burns down.',
      ]),
    ).toEqual([0, 1, 2]);
  });

  it('puts a past aside before the scene that names it, and the sentence after it back in the present', () => {
    expect(
      ranks([
        'Teo arrives at the quarry town in late autumn and takes a room above the bar.',
        'At the hearing Teo, the man once accused of the collapse, stands up and names the foreman.',
        'The next morning the foreman leaves town on the early bus.',
      ]),
    ).toEqual([1, 2, 0, 3, 4]);
  });

  it('ends a told clause with its own time when the telling goes on in the present', () => {
    expect(
      ranks([
        'Mara finds the ledger in the chapel. The priest does not argue: he tells her that he hid the money there nine years before, when the mine closed. She burns the ledger in the stove.',
        "The priest's brother waits for her at the bridge. He takes her to the police station in the morning.",
      ]),
    ).toEqual([1, 2, 0, 3, 4]);
  });

  it('keeps a night told by the clock in order across midnight, with a bare hour mentioned later', () => {
    expect(
      ranks([
        'At 10:40 pm Nora locks the ticket office and counts the takings.',
        'At 11:15 pm a stranger knocks on the glass and asks for the last train.',
        'At 12:20 am the freight train stops at the platform and the driver climbs down.',
        'At 1:05 am Nora hears a shout from the cutting and runs out with a lamp.',
        'By 2:30 am the constable arrives and says the train due at ten never left the junction.',
        'At 4:00 am the freight train moves off into the dark.',
        'At dawn a shepherd brings the stranger back to the station.',
      ]),
    ).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('orders a time loop by the number of each day lived again', () => {
    expect(
      ranks([
        'The film opens on what Jonah later counts as his forty-first Monday. He stops the bus crash and drinks alone on the pier.',
        'The story then goes back to the first Monday. Jonah misses his bus and watches it skid into the harbour.',
        'On the second Monday he assumes he is dreaming, and the crash happens again.',
        'On the thirty-third Monday he meets Ada, a ferry pilot who remembers him.',
        'The forty-first Monday is the morning the film opened on. This time Jonah goes to find Ada.',
        'On the forty-second Monday Jonah and Ada pull a boy from the water.',
        'The next morning is a Tuesday, and the radio plays a different song.',
      ]),
      // Mondays 1, 2, 33, then the opening's 41 and its retelling, 42, and the Tuesday after.
    ).toEqual([3, 0, 1, 2, 4, 5, 6]);
  });

  it('in a past-tense frame, one "had" sentence after a telling is the told night, and the frame goes on', () => {
    expect(
      ranks([
        'Detective Moss questioned Nadia in the interview room at Harwick on Sunday morning.',
        'When the interview resumed, Nadia described the night Orr died. According to her, she had gone to his office, found him slumped over his desk, and picked up the syringe.',
        'Moss then played her the footage.',
        'That evening Moss drove to the widow and spoke to her about the syringe.',
      ]),
      // The night Orr died (told) comes first; the frame runs on around it.
    ).toEqual([1, 2, 0, 3, 4]);
  });

  it('returns to the frame when the telling is interrupted there', () => {
    expect(
      ranks([
        'In the spring Tamsin arrested an old man at the Varga Gate and asked him about the map.',
        'Forty years before, Orrin joined the survey party as a boy and learned to read the passes.',
        'Orrin was given the oath of the surveyors. In the last weeks of the survey he sketched the pass by night.',
        'Near dawn she interrupted his story and asked Orrin why he kept the map all those years.',
      ]),
    ).toEqual([2, 0, 1, 3]);
  });

  it("puts a flashback that names its year in that year's thread", () => {
    expect(
      ranks([
        'The film opens in 1969 with a funeral in Utrecht, where Ada buries her sister.',
        'A letter sends the film back to the winter of 1948, when the sisters ran the shop together.',
        'In the spring of 1949 Jan asked Mies to marry him, and vanished before the wedding.',
        "Back in 1969, Ada finds Jan's brother Willem and learns the truth.",
      ]),
    ).toEqual([2, 0, 1, 3]);
  });

  it('returns from a flashback to a main line told season by season', () => {
    expect(
      ranks([
        'Spring. Brigid and her husband Tomas run the ferry across the lake to the island.',
        'Summer. Their son Eamon falls in love with Nora and decides to stay.',
        'In one long flashback, Brigid remembers the winter she first crossed the ice as a girl.',
        'Autumn. A storm damages the ferry and Tomas is hurt repairing it.',
        'Winter. The lake freezes early and Eamon walks out onto the ice.',
      ]),
    ).toEqual([1, 2, 0, 3, 4]);
  });

  it('moves an opening that shows the ending to the end, where the film comes back to it', () => {
    expect(
      ranks([
        'The film begins at the end: Brigid stands alone on the frozen lake at dawn, holding a red scarf.',
        'Spring. Brigid and Tomas run the ferry across the lake to the island village.',
        'Winter. The lake freezes early and their son Eamon does not come back from the ice.',
        'The final scene returns to the image the film opened with, and Brigid turns back to the shore.',
      ]),
    ).toEqual([2, 0, 1, 3]);
  });

  it('moves the opening to where the story catches up with it, after a look at the page', () => {
    expect(
      ranks([
        'Today we break down the whole plot of the film.',
        'The movie opens on the crash: Mika is on the bus as it goes through the railing.',
        'On Monday Mika fights with her roommate Yui about the rent.',
        'On Tuesday she meets the driver, Endo, at the depot.',
        'On Wednesday she boards the bus. This is the scene from the very start of the movie, and this time Mika pulls Endo out.',
        'The next morning Yui makes coffee.',
      ]),
    ).toEqual([0, 4, 1, 2, 3, 5, 6]);
  });

  it('keeps the opening first when the story goes over it again from another side', () => {
    expect(
      ranks([
        'The film opens at the harbour: a shot rings out and Ada drops her bag.',
        'Ada walks home along the quay and calls the police.',
        'The film then goes back to where the film began, this time from the side of the fisherman.',
        'He sees the gun in the water and hides it.',
      ])[0],
    ).toBe(0);
  });

  it('places a flashback block before the present and resumes after a return cue', () => {
    expect(
      ranks([
        'Old Tom sits on the porch and waits.',
        'In a flashback, young Tom meets Lucy at a dance.',
        'Tom marries Lucy in the spring.',
        'Back in the present, Tom hears a car in the drive.',
      ]),
    ).toEqual([2, 0, 1, 3]);
  });

  it('orders a story told in reverse paragraph by paragraph', () => {
    expect(
      ranks([
        'The film is told in reverse.',
        'Kai shoots the man in the warehouse.',
        'Kai buys a gun from a dealer.',
        'Kai loses his job at the docks.',
      ]),
    ).toEqual([3, 2, 1, 0]);
  });

  it('treats past-tense backstory inside a present-tense synopsis as earlier', () => {
    expect(
      ranks([
        'Mara arrives at the hotel and asks for room nine.',
        'Mara grew up in the hotel. Her mother worked there and died there when Mara was nine.',
        'Mara unpacks and calls the police.',
      ]),
    ).toEqual([1, 0, 2]);
  });

  it('moves back to a frame story and into the told story by their people and places', () => {
    expect(
      ranks([
        'In the winter of 2003, Mihai and his grandfather Aurel sit in the kitchen in Brasov.',
        'The story he tells begins in August 1944, when Aurel and Tibor join the army.',
        'In the kitchen, Mihai interrupts to ask a question in Brasov.',
        'Aurel and Tibor guard a bridge and Tibor sings.',
      ]),
    ).toEqual([2, 0, 3, 1]);
  });

  it('ties an in-medias-res opening to the flashback scene that retells it', () => {
    expect(
      ranks([
        'Sara Lind stands on the roof of the Halden Hotel in the rain, holding a revolver, while sirens wail below.',
        'Four days earlier, Sara is a night clerk at the Halden Hotel and meets a guest, Viktor Hale.',
        'The next day, Viktor asks Sara to keep an envelope in the hotel safe.',
        'Viktor is shot in the lobby. Sara grabs his revolver and runs up to the roof in the rain as sirens wail below.',
        'On the roof, Sara throws the photographs into the wind and the police arrest her.',
      ]),
    ).toEqual([2, 0, 1, 3, 4]);
  });

  it('places past-perfect backstory inside a past-tense synopsis before the main line', () => {
    expect(
      ranks([
        'Anna returned to Vienna to sell the flat. She took a room near the station.',
        'She met the lawyer Karl Roth at his office by the river. Anna had grown up in the flat. Her father had hidden a violin under the floor.',
        'That night Anna went back to the flat and pried up the floorboards.',
      ]),
    ).toEqual([1, 2, 0, 3]);
  });

  it('follows two alternating year threads, each continuing where it stopped', () => {
    expect(
      ranks([
        'Summer, 1996. Delia swims in the Gulf while Walt times her laps from the dock.',
        'In 2016, the adult Delia waits in a hospital corridor in Gainesville for the doctor.',
        'Back in 1996, Walt enters Delia for the trials in Tallahassee.',
        'In 2016, the doctor in Gainesville tells Delia that the hospital can do nothing more.',
        'The week before the trials, Walt drives Delia to Tallahassee and Delia swims her best time at the trials.',
      ]),
    ).toEqual([0, 3, 1, 4, 2]);
  });

  it('treats what a witness describes as told backstory until the frame returns', () => {
    expect(
      ranks([
        'In 1987, an inquiry opens in Dover into the sinking of the ferry Herald. The bosun, Mark Tully, describes the night of the crossing.',
        'That evening the ferry leaves Zeebrugge with its bow doors open. Tully is asleep in his cabin.',
        'Water floods the car deck and the ship capsizes within minutes near Zeebrugge.',
        'At the inquiry in Dover, the lawyer Helen Price accuses Tully of leaving his post.',
      ]),
    ).toEqual([2, 0, 1, 3]);
  });

  it('alternates a present-day thread and a past thread by their people and places', () => {
    expect(
      ranks(
        [
          'In the present day, Lena, a restorer in Prague, finds a letter hidden in an old piano.',
          'In 1968, a young pianist, Jan, falls in love with Eva during the Prague Spring.',
          'Lena traces the piano to a shop in Brno owned by an old dealer, Karel.',
          'Jan is arrested after the tanks arrive and Eva hides his letters in the piano.',
          'Karel sends Lena to a care home in Brno.',
          'Jan is released from prison and searches for Eva in vain.',
          'Lena gives the letter to the old woman in the care home in Brno.',
        ],
        new Set(['Lena', 'Jan', 'Eva', 'Karel']),
      ),
    ).toEqual([3, 0, 4, 1, 5, 2, 6]);
  });

  it('in a past-tense synopsis, returns from a past-perfect memory at a paragraph whose main verbs are simple past', () => {
    expect(
      ranks(
        [
          'A man woke up on a beach near Whitby with no memory. A fisherman, Sam, took him in and called him John.',
          'That night a memory came back to him. He had been standing in a kitchen in Leeds, shouting at his wife. He had slammed the door and driven off into the rain.',
          'John went back to the harbour and told Sam what he had found. Sam ran the name and found that a man of that name had been reported missing by his wife.',
          'The next day John drove to Leeds and knocked on the door.',
        ],
        new Set(['John', 'Sam']),
      ),
    ).toEqual([1, 2, 0, 3, 4]);
  });

  it("places a witness's version before the trial, and another version inside a flashback at its start", () => {
    const r = ranks([
      'Kemp stands trial at the Crown Court. The landlady takes the stand and describes the night. In her version, Kemp follows Owen out into the rain with a bottle.',
      'The defence barrister cross-examines her, and the jury is sent out.',
    ]);
    expect(r).toEqual([1, 0, 2]);
  });

  it('ends a flashback when a main-line person acts after a leading adverbial, and a base-tense step after a told clause', () => {
    const r = ranks(
      [
        'Tom drives a stolen truck through the snow and stops at a diner, where the waitress Dana knows his face.',
        'Flashbacks show Tom as a boy, hiding in the barn while his father shouts.',
        'At the diner, Dana hides Tom in the storeroom when the sheriff comes in. It is revealed that Eli was the one who shot the guard, and that Tom only drove the car. Eli dies in the truck that night.',
        'The next morning, Tom hands the gun to the sheriff.',
      ],
      new Set(['Tom', 'Dana', 'Eli']),
    );
    // The boyhood first, then the told robbery, then the main line in its order.
    expect(r).toEqual([2, 0, 3, 1, 4, 5]);
  });

  it('separates two casts opened by datelines ("Place, June 1962." and "Place, the present.")', () => {
    const names = new Set(['Odile', 'Thomas', 'Luc']);
    const r = ranks(
      [
        'Marseille, June 1962. Twenty-year-old Odile sings at a harbour bar and meets a sailor, Luc.',
        'Lyon, the present. Months after his mother dies, Thomas finds letters addressed to Odile.',
        'At the bar, Odile learns that Luc has a wife in Toulon and walks out into the rain.',
        'Thomas reads the letters at his workbench until dawn.',
        'Through July, Odile sings every night and watches the ships.',
        'Thomas drives south and finds the bar, now a phone shop.',
        'In September Odile finds out that she is pregnant and writes to Luc.',
        'Thomas leaves the last letter on a grave in Toulon.',
      ],
      names,
    );
    expect([r[0], r[2], r[4], r[6]]).toEqual([0, 1, 2, 3]);
    expect([r[1], r[3], r[5], r[7]]).toEqual([4, 5, 6, 7]);
  });

  it('keeps viewpoints of one day in text order when nothing dates either cast', () => {
    const names = new Set(['Nadia', 'Pike', 'Felix', 'Carol']);
    expect(
      ranks(
        [
          'Nadia parks the van behind the bank at nine and waits.',
          'Felix watches the guards from the café across the street. Carol brings him coffee.',
          'Nadia cuts the alarm wire. Pike opened the vault an hour ago, she realises.',
          'Felix signals Carol when the guards change shifts.',
          'Nadia drives off with the bags. Pike followed her, she thinks.',
          'Carol and Felix walk away through the market.',
        ],
        names,
      ),
    ).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('separates two alternating casts with no cue words and puts the dated-back thread first', () => {
    const names = new Set(['Nadia', 'Leila', 'Karim', 'Yusuf', 'Samir', 'Fabre']);
    const r = ranks(
      [
        'Nadia arrives in Marseille for the funeral. Her grandmother Leila died in January, and Fabre hands Nadia a key.',
        'Leila steps off the ferry with one suitcase. Karim finds her a room above a bakery.',
        'Nadia opens the storage room and finds a wedding dress. Fabre tells her the owner left no will.',
        'Karim introduces Leila to Yusuf at the docks. Leila and Yusuf walk along the harbour after work.',
        'Nadia tracks down a café near the station. Samir says he never heard of the bakery.',
        'The police raid the docks. Yusuf is arrested, and Leila hides a ledger under the floor.',
        'Samir calls Nadia that evening. Nadia returns to the bakery and asks to see the cellar.',
        'Leila sews the wedding dress alone and waits for a trial that never comes.',
      ],
      names,
    );
    // Leila's thread (paragraphs 2, 4, 6, 8) first, in its own order; then Nadia's.
    expect([r[1], r[3], r[5], r[7]]).toEqual([0, 1, 2, 3]);
    expect([r[0], r[2], r[4], r[6]]).toEqual([4, 5, 6, 7]);
  });

  it('leaves two alternating casts in text order when nothing dates either thread', () => {
    const names = new Set(['Hugo', 'Pia', 'Lars', 'Elin']);
    const r = ranks(
      [
        'Hugo loads the van at the depot and drives south.',
        'Pia opens the bakery and burns the first tray of rolls.',
        'Hugo stops for fuel and picks up a hitchhiker.',
        'Pia sells the last loaf to Elin and locks the door.',
        'Hugo reaches the coast and sleeps in the van.',
        'Pia and Elin walk to the harbour to watch the ferries.',
      ],
      names,
    );
    expect(r).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('returns to the frame when a paragraph opens with a frame person acting', () => {
    const names = new Set(['Oskar', 'Lotte', 'Wim', 'Greet']);
    const r = ranks(
      [
        'Oskar sits by the stove and asks Lotte about the winter of the flood.',
        'Lotte begins to tell the story of the flood.',
        'Wim rows Greet across the drowned fields to the church.',
        'Oskar, half asleep, asks whether Greet was afraid, and Lotte nods toward the window.',
      ],
      names,
    );
    // The told story (third paragraph) first; the frame keeps its own order.
    expect(r[2]).toBe(0);
    expect(r[3]).toBeGreaterThan(r[1] ?? 99);
  });

  it('steps the told story, not the frame, when the teller says what happened later', () => {
    const names = new Set(['Ines', 'Bram', 'Noor']);
    const r = ranks(
      [
        'Ines pours the tea while her grandfather Bram begins to tell the story of the strike.',
        'Bram and Noor hand out leaflets at the mill gate.',
        'Back in the present, the kettle whistles and Ines gets up.',
        'He tells how Noor was arrested the next week for the leaflets.',
        'Ines writes down every name he gives her.',
      ],
      names,
    );
    expect(r[3]).toBeLessThan(r[2] ?? -1);
    expect(r[3]).toBeGreaterThan(r[1] ?? 99);
  });

  it('keeps a flashback of unstated distance in the past when it steps on by years', () => {
    expect(
      ranks([
        'Vera clears out the shed behind the cottage.',
        'The film then returns to the summer of 1974. Young Vera and Nils swim in the quarry.',
        'Two years later Vera and Nils are married in the chapel.',
        'Back in the present, Vera finds the wedding photograph under the workbench.',
      ]),
    ).toEqual([2, 0, 1, 3]);
  });

  it('reads a step inside a past-tense sentence as backstory and returns when the main person acts', () => {
    expect(
      ranks(
        [
          'Hana opens the letters in the attic. She reads them in order.',
          'Her uncle swam to shore that night, hid in a barn and a week later signed on to a cargo ship.',
          'Hana calls the number at the bottom of the last letter.',
        ],
        new Set(['Hana']),
      ),
    ).toEqual([1, 0, 2]);
  });

  it('keeps dated backstory before the main line when the present states its year', () => {
    expect(
      ranks([
        'Trieste, 1953. Emil sorts the harbour mail and hums to himself.',
        'Emil finds a parcel addressed to a woman who no longer lives in the city.',
        'In March 1938, Klara sold hats in a shop near the station and hid letters in the boxes.',
        'Klara was arrested in 1940 and her shop was boarded up for good.',
        'Emil carries the parcel to the old shop and knocks on the boarded door.',
      ]),
    ).toEqual([2, 3, 0, 1, 4]);
  });

  it('keeps a later backstory year before the main line when the present year is unknown', () => {
    expect(
      ranks([
        'Emil sorts the harbour mail and hums to himself.',
        'Emil finds a parcel addressed to a woman who no longer lives in the city.',
        'In March 1938, Klara sold hats in a shop near the station and hid letters in the boxes.',
        'Klara was arrested in 1940 and her shop was boarded up for good.',
        'Emil carries the parcel to the old shop and knocks on the boarded door.',
      ]),
    ).toEqual([2, 3, 0, 1, 4]);
  });

  it('in a past-tense synopsis, puts past-perfect backstory first and resumes at the simple past', () => {
    expect(
      ranks([
        'Mira returned to the island in the winter. She found the rooms as she had left them twenty years before.',
        'Her mother had worked at the cannery for thirty years. She had met a sailor at a dance and he had sailed away.',
        'Mira hired a man to clear the cellar. He found a box of letters and carried it upstairs.',
      ]),
    ).toEqual([1, 0, 2]);
  });

  it('reads a witness opening a paragraph with testimony as the told story, cut with the hearing', () => {
    const names = new Set(['Reeve', 'Hale', 'Moss', 'Dunn']);
    const r = ranks(
      [
        'A board of inquiry meets in Portsmouth about the lost frigate. Reeve presides and calls Hale.',
        'Hale testifies that the frigate left port on a calm evening. Moss drives the ship hard through the night.',
        'Reeve asks Hale why she kept quiet. Hale answers that Moss ordered the log closed.',
        'At sea the storm hits before dawn. Moss refuses to turn, and Dunn is swept overboard.',
        'Reeve reads the verdict and the board rises.',
      ],
      names,
    );
    // The told voyage (paragraphs 2 and 4) first, then the hearing in its own order.
    expect([r[1], r[3]]).toEqual([0, 1]);
    expect([r[0], r[2], r[4]]).toEqual([2, 3, 4]);
  });

  it('ends a one-paragraph childhood memory when the main line people come back', () => {
    const names = new Set(['Ruth', 'Daniel', 'Claire', 'Toby']);
    const r = ranks(
      [
        'Ruth rents the attic to a stranger. Claire distrusts him and Toby follows him around.',
        'Ruth and Claire argue in the kitchen about the stranger and the missing money.',
        'Claire confronts the stranger on the stairs, and he says his name is Daniel.',
        'As a boy, Daniel hides in the boathouse and takes the night bus to the city.',
        'Ruth sits with Daniel on the porch at dusk and Toby brings them tea.',
      ],
      names,
    );
    expect(r).toEqual([1, 2, 3, 0, 4]);
  });

  it('dates alternating threads by the year opening a paragraph, not a year mentioned', () => {
    const names = new Set(['Anna', 'Maria', 'Jonas', 'Stefan']);
    const r = ranks(
      [
        'Anna inherits a box of letters in Hamburg. One holds a photograph from 1962 of a mill.',
        'In 1962, Maria works in a paper mill outside Leipzig and folds swans for the children.',
        'Anna takes the photograph to Jonas, who recognises the mill at once.',
        'Maria meets Stefan at the mill, and they plan to cross to the West together.',
        'Jonas finds a file naming Stefan as an informer, and Anna reads it in silence.',
        'Stefan betrays Maria on the night of the crossing and she is arrested at the border.',
      ],
      names,
    );
    expect([r[1], r[3], r[5]]).toEqual([0, 1, 2]);
    expect([r[0], r[2], r[4]]).toEqual([3, 4, 5]);
  });

  it('places successive rewinds each further back than the last', () => {
    const r = ranks([
      'A fishing boat finds Iris drifting in a dinghy, unconscious.',
      'The film rewinds to the afternoon. Iris and Cal load the boat and joke about the weather.',
      'It rewinds once more, to that morning, when Cal borrows money from a man named Rook.',
    ]);
    expect(r).toEqual([2, 1, 0]);
  });

  it('orders one night told in "hours earlier" captions by its clock times', () => {
    const r = ranks([
      'At six in the morning the caretaker Ivo finds the headmaster dead in the library.',
      '"Three hours earlier". At three o\'clock a pupil, Sasha, climbs in through the gym window.',
      '"Five hours earlier". At one o\'clock the headmaster quarrels with his deputy, Mrs. Vell, in the staff room.',
      "The film returns to six o'clock, and Ivo calls the police.",
      'At seven the inspector arrives and questions Sasha.',
    ]);
    expect(r).toEqual([2, 1, 0, 3, 4]);
  });

  it('re-times viewpoints of one evening that each rewind, by the clock', () => {
    const r = ranks([
      'At 9:05 pm the fireworks start and the mayor is shot on the balcony.',
      'The story rewinds to the afternoon. At 4:30 the sniper Nils checks into the hotel opposite.',
      'At 9:02 Nils loads his rifle and waits for the first rocket.',
      "It rewinds again, to that morning. The mayor's aide Petra receives a warning letter.",
      'At 8:55 pm Petra begs the mayor to stay inside; he refuses.',
    ]);
    // Petra's morning, Nils at 4:30, Petra at 8:55, Nils at 9:02, the shot at 9:05.
    expect(r).toEqual([4, 1, 3, 0, 2]);
  });

  it('keeps a day told in clock order as it is', () => {
    expect(
      ranks([
        'At 7:00 Rosa opens the cafe.',
        'At 9:30 a stranger orders black coffee and leaves a parcel.',
        'At noon the parcel starts to ring.',
      ]),
    ).toEqual([0, 1, 2]);
  });

  it('measures countdown captions from the same moment, not from each other', () => {
    const r = ranks([
      'Dora stands over a body in the vault of a bank and calls her brother Milo.',
      '"Two days earlier", a caption reads. Dora is fired from the bank after a row with the manager.',
      '"One day earlier". Milo steals the manager\'s keys while Dora keeps him talking.',
      'Back in the present, Milo arrives with the van.',
    ]);
    expect(r).toEqual([2, 0, 1, 3]);
  });

  it('chains the same caption repeated, each step further back', () => {
    const r = ranks([
      'Jon wakes in a motel room with a cut hand.',
      '"Ten minutes earlier." Jon runs down a corridor with blood on his sleeve.',
      '"Ten minutes earlier." Jon breaks a mirror in a bar toilet.',
    ]);
    expect(r).toEqual([2, 1, 0]);
  });

  it('reads "weeks before the wedding" as the start of the story when the wedding is still to come', () => {
    const r = ranks([
      'Hana is a florist in Osaka who never leaves her shop.',
      'Three weeks before the wedding, a stranger orders four hundred white lilies from her.',
      'On the day of the wedding, Hana delivers the lilies and recognises the groom.',
    ]);
    expect(r).toEqual([0, 1, 2]);
  });

  it('reads "days before the crash" as a flashback once the crash has been told', () => {
    const r = ranks([
      'A bus leaves the road in the mountains and crashes into the river.',
      'Two days before the crash, the driver Oskar is told he will lose his job.',
    ]);
    expect(r).toEqual([1, 0]);
  });

  it('dates a thread by a dateline ("Lisbon, May 1974.") and keeps the other thread in its own order', () => {
    const names = new Set(['Marta', 'Tomas', 'Ines']);
    const r = ranks(
      [
        "Marta, a sound archivist in Toronto, finds a cassette in her late uncle's attic.",
        'Lisbon, May 1974. Tomas, a young printer, hides leaflets under the floor of his shop.',
        'In her studio on Queen Street, Marta cleans the tape and hears a man reading names.',
        'Tomas meets Ines at a rally and asks her to carry the leaflets across the river.',
        'At the airport, Marta buys a ticket to Lisbon and calls her mother.',
        'Ines is arrested on the ferry, and Tomas burns the rest of the leaflets.',
        'In a cafe in Alfama, Marta finds Ines, now an old woman, who listens to the tape and weeps.',
      ],
      names,
    );
    expect([r[1], r[3], r[5]]).toEqual([0, 1, 2]);
    expect([r[0], r[2], r[4], r[6]]).toEqual([3, 4, 5, 6]);
  });

  it('splits a day retold from two viewpoints at its clock times and interleaves the pieces', () => {
    const r = ranks([
      "At 7:15 the bride, Lia, wakes in her aunt's house and finds her dress torn. At 4 pm she walks into the church alone.",
      'The second part follows the groom, Dario, through the same day. At 9:30 he drives to the hotel to return the ring. At 5:30 pm he waits outside the church and never goes in.',
    ]);
    // Lia 7:15, Dario 9:30, Lia 4 pm, Dario 5:30 pm (the opening sentence of part two continues
    // the day before its first clock time).
    expect(r).toEqual([0, 3, 1, 2, 4]);
  });

  it('reverses chapters, not scenes, when a story told in reverse comes in headed parts', () => {
    const parts = [
      'PART THREE: THE FUNERAL',
      'Marit buries her brother Jonas while his partner Erik watches from the gate.',
      "At the wake, Marit finds a ferry ticket in Jonas's coat.",
      'PART TWO: THE CROSSING',
      'On the night ferry, Jonas argues with Erik about the money.',
      'Jonas goes up to the rail alone and does not come back.',
      'PART ONE: THE LOAN',
      'Jonas and Erik sign for a loan they cannot repay.',
      'Erik buys two ferry tickets with cash.',
    ];
    const text = `The film is told in reverse, its last part first.\n\n${parts.join('\n\n')}`;
    let pos = text.indexOf(parts[0] ?? '');
    const ranges: { start: number; end: number; lead?: { start: number; end: number } }[] = [];
    let lead: { start: number; end: number } | undefined;
    for (const p of parts) {
      const r = { start: pos, end: pos + p.length };
      if (p.startsWith('PART')) lead = r;
      else {
        ranges.push(lead ? { ...r, lead } : r);
        lead = undefined;
      }
      pos += p.length + 2;
    }
    const segs = segmentStory(text, ranges);
    const r = chronoRanks(placeSegments(text, segs).map((p) => p.t));
    expect(r).toEqual([4, 5, 2, 3, 0, 1]);
  });
});

describe('placeSegments: a time loop', () => {
  it('does not interleave the loops of one night by their clock times', () => {
    const r = ranks([
      'The film opens at 11:52 p.m. in an ambulance: Ines already knows which song the radio will play.',
      'Then we rewind to the first time. At 7:00 p.m. Ines clocks on at the station, late.',
      'At 8:30 they treat a boy who has fallen from a garage roof.',
      'At 11:52 they are sent to the ring road, and at 12:10 a lorry kills them both.',
      'Ines wakes again at 7:00 p.m. in the locker room, her coffee in her hand.',
      'The next loop she refuses the ring road call, and at 9:40 she is sick in the car park.',
    ]);
    // The loops follow one another: no 8:30 of the first night after the 7:00 of the second.
    expect(r.slice(1)).toEqual([...r.slice(1)].sort((a, b) => a - b));
  });

  it('still orders one night told out of order by the clock when nothing loops', () => {
    const r = ranks([
      'At 11:52 p.m. an ambulance is sent to the ring road.',
      'Earlier, at 7:00 p.m., Ines clocks on at the station, late.',
      'At 8:30 she treats a boy who has fallen from a garage roof.',
      'At 12:10 a.m. a lorry crosses the barrier in front of the ambulance.',
    ]);
    expect(r).toEqual([2, 0, 1, 3]);
  });
});

describe('placeSegments: a frame story told across years', () => {
  const NAMES = new Set(['Tess', 'Bridget', 'Tom', 'Karl', 'Inishcarra', 'Donegal']);
  const kinds = (paragraphs: string[]) => {
    const { text, segs } = segmentParagraphs(paragraphs);
    return placeSegments(text, segs, null, NAMES).map((p) => p.kind);
  };

  it('keeps a later year of the told story in the telling, and returns with the listener', () => {
    const frame = [
      'In 2009, a radio producer, Tess, travels to a nursing home in Donegal to record Bridget.',
      'Bridget tells Tess about the spring of 1938, when she arrived on Inishcarra as the new wife of the keeper, Tom.',
      'In the summer of 1940 a seaplane comes down in the bay, and Tom rows out and brings back the airman Karl.',
      'In the nursing home, Tess switches off the recorder and Bridget asks for a glass of water.',
    ];
    expect(kinds(frame)).toEqual(['present', 'recounted', 'recounted', 'present']);
    expect(ranks(frame, NAMES)).toEqual([2, 0, 1, 3]);
  });

  it('reads a base-tense step after the telling as the frame’s, not the told story’s', () => {
    expect(
      kinds([
        'In 2009, a radio producer, Tess, travels to a nursing home in Donegal to record Bridget.',
        'Bridget tells Tess about the spring of 1938, when she arrived on Inishcarra as the new wife of the keeper, Tom.',
        'Back in 2009, Tess plays Bridget a letter, and Bridget tells her that Tom died in 1960. The next morning Tess drives to Inishcarra.',
      ]),
    ).toEqual(['present', 'recounted', 'present', 'present']);
  });
});
