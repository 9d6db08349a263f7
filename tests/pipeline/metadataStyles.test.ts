import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { extractMetadata } from '../../src/pipeline/metadata';

/**
 * The head of a film page in many styles (diary, encyclopaedia, streaming tile, newspaper fact box,
 * disc booklet, festival notes, database, wiki, blog), each over a short story: the four scored
 * facts (title, year, director, runtime) read where the head states them, null where it does not.
 */
const meta = (head: string, story: string[] = STORY) =>
  extractMetadata(
    cleanDocument({ file: 'x.txt', text: [head, '', ...story].join('\n\n') }, new Diagnostics()),
  );

const STORY = [
  'Ilse Brandt keeps the ferry log at the harbour office, and every evening her brother Anton rows out to check the buoys.',
  'One night Anton does not come back, and Ilse finds his boat drifting by the breakwater with the oars gone.',
  'The harbourmaster, Pieter Voss, tells her the current took him, but Ilse finds a second set of footprints on the slipway.',
];

const facts = (m: ReturnType<typeof meta>) => ({
  title: m.title,
  year: m.year,
  director: m.director,
  runtimeMinutes: m.runtimeMinutes,
});

describe('metadata: page heads in many styles', () => {
  it('reads a diary head "Title (Year, dir. Name, 97 min)"', () => {
    expect(facts(meta('Undertow (2019, dir. Mara Holm, 97 min)'))).toEqual({
      title: 'Undertow',
      year: 2019,
      director: 'Mara Holm',
      runtimeMinutes: 97,
    });
  });

  it('reads a capitals title line with bars "TITLE | 2019 | Drama | 1h 37m"', () => {
    const m = meta('BLUE SALT | 2014 | Drama | 1h 37m');
    expect(facts(m)).toEqual({
      title: 'Blue Salt',
      year: 2014,
      director: null,
      runtimeMinutes: 97,
    });
  });

  it("reads a festival credit line 'Directed by X • Country • 97'' without inventing a year", () => {
    const m = meta("The Lantern Keepers\n\nDirected by Sunniva Aas • Norway • 104'");
    expect(facts(m)).toEqual({
      title: 'The Lantern Keepers',
      year: null,
      director: 'Sunniva Aas',
      runtimeMinutes: 104,
    });
  });

  it('reads an infobox with a release date and "Running time 97 minutes"', () => {
    const m = meta(
      [
        'Hollow Fen',
        'Directed by\tCorin Maddox',
        'Produced by\tAlys Penrose',
        'Cinematography\tDai Griffiths',
        'Release date\t3 May 2019',
        'Running time\t112 minutes',
        'Country\tUnited Kingdom',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Hollow Fen',
      year: 2019,
      director: 'Corin Maddox',
      runtimeMinutes: 112,
    });
  });

  it('reads an encyclopaedia lead "X is a 2019 Norwegian drama film written and directed by Y"', () => {
    const m = meta(
      'The Drowned Choir is a 2019 Norwegian drama film written and directed by Hedda Lunde. It stars Ane Dahl and Tor Vik.',
    );
    expect(facts(m)).toEqual({
      title: 'The Drowned Choir',
      year: 2019,
      director: 'Hedda Lunde',
      runtimeMinutes: null,
    });
  });

  it('reads a newspaper fact box "★★★★ Title Dir: Name. 97 mins. Cert 15"', () => {
    const m = meta(
      'THE EVENING POST\n\nFilm of the week\n\n★★★★ Gannet Rock\nDir: Owen Price. With: Cerys Lloyd, Huw Bevan. 97 mins. Cert 15',
    );
    expect(facts(m)).toEqual({
      title: 'Gannet Rock',
      director: 'Owen Price',
      runtimeMinutes: 97,
      year: null,
    });
  });

  it('reads a streaming tile "2019 · 1 h 37 min · 15+"', () => {
    const m = meta('Quiet Harbour\n2021 · 1 h 37 min · 15+\nDrama · Mystery');
    expect(facts(m)).toEqual({
      title: 'Quiet Harbour',
      year: 2021,
      director: null,
      runtimeMinutes: 97,
    });
  });

  it('reads a booklet "A film by Name" and a disc spec line "Length: 1:37"', () => {
    const m = meta(
      'THE SILVER WEIR\n\nA film by Tomasz Wrona\n\nDisc specifications\nLength: 1:37\nAspect ratio: 1.85:1',
    );
    expect(facts(m)).toEqual({
      title: 'The Silver Weir',
      year: null,
      director: 'Tomasz Wrona',
      runtimeMinutes: 97,
    });
  });

  it('reads a festival note "Name\'s second feature" as the director', () => {
    const m = meta(
      "HOLLOW BELLS\n\nOfficial Selection\n\nMara Holm's second feature is a patient, wintry portrait of a village choir.",
    );
    expect(m.director).toBe('Mara Holm');
    expect(m.title).toBe('Hollow Bells');
  });

  it('reads a diary line "Watched Title (Surname, 2019)": title and year, no half a name', () => {
    const m = meta('Watched The Glass Meridian (Okafor, 2018) on a rainy Sunday.');
    expect(facts(m)).toEqual({
      title: 'The Glass Meridian',
      year: 2018,
      director: null,
      runtimeMinutes: null,
    });
  });

  it('reads a lead "Title (2019) follows ..." as title and year, never without its year', () => {
    const m = meta('Ferry Day (2019) follows three strangers through one Saturday on an island.');
    expect(m.title).toBe('Ferry Day');
    expect(m.year).toBe(2019);
    // A sentence opening on a preposition names another film, and no year makes no title.
    expect(meta('After Dark (2004) follows a man home.').title).not.toBe('After Dark');
    expect(meta('Ilse Brandt follows the tide tables every night.').title).not.toBe('Ilse Brandt');
  });

  it('reads an essay lead "Director’s Title (1958, 94 minutes) begins ..." under a course header', () => {
    const m = meta('Dana Price\n\nHIST 120: Cinema and Memory', [
      'Mirela Vos’s Salt Harbour (1961, 102 minutes) begins with a storm and ends with a wedding.',
      ...STORY,
      'At the end of Salt Harbour, Ilse rows out alone.',
    ]);
    expect(facts(m)).toEqual({
      title: 'Salt Harbour',
      year: 1961,
      director: 'Mirela Vos',
      runtimeMinutes: 102,
    });
  });

  it('drops a catalogue’s medium after the title, and takes no rating for a title', () => {
    expect(meta('Salt Year [videorecording]\n\nDirected by Ines Abel.').title).toBe('Salt Year');
    expect(meta('4/5').title).toBeNull();
  });

  it('reads a year labelled "Film year:", "Country / year:" or "Released 2021"', () => {
    expect(meta('SALT YEAR\nFilm year: 2023\nRunning time: 98 min').year).toBe(2023);
    expect(meta('Salt Year\nCountry / year: UK, 2020\nDirector: Ines Abel').year).toBe(2020);
    expect(
      meta('Salt Year\nDirected by Ines Abel. Released 2021. Running time: 104 minutes.').year,
    ).toBe(2021);
    // A year in the story's own words is not the film's.
    expect(
      meta('Salt Year\nDirector: Ines Abel', ['In 1987 Ilse keeps the ferry log.', ...STORY]).year,
    ).toBeNull();
  });

  it('reads a director credited in the head or in prose: "a film by", "ATTACHED DIRECTOR:", "(direction):", "Dir.", a diary’s bracket', () => {
    expect(
      meta('SALT YEAR\na film by Ines Abel-Moreno\n\nWales · 2024 · 111 minutes').director,
    ).toBe('Ines Abel-Moreno');
    expect(meta('TITLE: SALT YEAR\nWRITER: Jo Okoro\nATTACHED DIRECTOR: Hana Reyes').director).toBe(
      'Hana Reyes',
    );
    expect(
      meta('A Casa do Sal\nPortugal, 2017 | Drama | Realização (direction): Inês Carvalhal')
        .director,
    ).toBe('Inês Carvalhal');
    expect(
      meta('Salt Year\n\nBelgium 1974. Dir. Emeric Vanderberg. With Liesbeth Coppens.').director,
    ).toBe('Emeric Vanderberg');
    expect(
      meta(
        'Salt Year discussion\n\nI watched Salt Year last night (Andras Feher, 2012, 131 minutes) and loved it. Can someone explain the ending?\n\nMara leaves the farm in the spring. Years later she comes back to sell it.',
      ).director,
    ).toBe('Andras Feher');
    // A writer credited the same way is not the director.
    expect(meta('SALT YEAR\nWRITER: Jo Okoro\n\nWales · 2024').director).toBeNull();
  });

  it('reads a title on the first line over its tagline', () => {
    const m = meta('Salt Year\n\nSome secrets never thaw.\n\nNow streaming.');
    expect(m.title).toBe('Salt Year');
    expect(m.year).toBeNull();
  });

  it('keeps a subtitle and an article in the title', () => {
    expect(meta('The Vanishing of Ada Bell: A Winter Tale (2011)').title).toBe(
      'The Vanishing of Ada Bell: A Winter Tale',
    );
    expect(meta('A Room in Ostend (1987)')).toMatchObject({
      title: 'A Room in Ostend',
      year: 1987,
    });
  });

  it('drops a wiki disambiguation "(film)" or "(2019 film)" from the title', () => {
    expect(meta('Kestrel Light (film)\n\nRunning time\t96 minutes')).toMatchObject({
      title: 'Kestrel Light',
      runtimeMinutes: 96,
    });
    expect(meta('Grey Orchard (2016 film)')).toMatchObject({ title: 'Grey Orchard', year: 2016 });
  });

  it('reads runtimes as "1 hr. 37 min.", "97m" and "1:37:12"', () => {
    expect(meta('North Wall\n\nRunning time: 1 hr. 37 min.').runtimeMinutes).toBe(97);
    expect(meta('North Wall\n\nRuntime: 97m').runtimeMinutes).toBe(97);
    expect(meta('North Wall\n\nDuration: 1:37:12').runtimeMinutes).toBe(97);
  });

  it('reads a database line "PG-13 | 1h 37min | Drama, Thriller | 3 May 2019 (USA)"', () => {
    const m = meta('The Lamp Room (2019)\n\nPG-13 | 1h 42min | Drama, Thriller | 3 May 2019 (USA)');
    expect(facts(m)).toEqual({
      title: 'The Lamp Room',
      year: 2019,
      director: null,
      runtimeMinutes: 102,
    });
  });

  it("reads a film's copyright line as its year, not a site's", () => {
    expect(meta('THE LONG WINTER\n\n© 2017 Northlight Films Ltd. All rights reserved.').year).toBe(
      2017,
    );
    const footer = meta('Tideline', [...STORY, '© 2024 Tideline Reviews. All rights reserved.']);
    expect(footer.year).toBeNull();
  });

  it("does not take a review's own date for the film's year", () => {
    const m = meta(
      'Low Country\n\nPosted by Fen Ashdown on March 3, 2021 · 6 min read\n\nReviewed: 12 April 2022',
    );
    expect(m.year).toBeNull();
  });

  it("does not take a year in the story for the film's year", () => {
    const m = meta('Cold Water', [
      'In 1957 she takes a job at the cannery in Ålesund, and her brother Anton rows out every evening.',
      ...STORY,
    ]);
    expect(m.year).toBeNull();
  });

  it('takes no director from a cinematographer, an assistant, a byline or a programmer', () => {
    const m = meta(
      [
        'Marsh Lights',
        'Director of Photography: Sam Lee',
        'First assistant director: Kim Ode',
        'Review by Jonas Berg',
        'Programmer: Ruth Okafor',
      ].join('\n'),
    );
    expect(m.director).toBeNull();
    expect(m.title).toBe('Marsh Lights');
  });

  it('takes no title from a film mentioned for comparison', () => {
    const m = meta('Review', [
      'Like Jaws (1975), this one keeps its monster off screen for an hour, and the wait pays.',
      ...STORY,
    ]);
    expect(m.title).not.toBe('Like Jaws');
    expect(m.title).not.toBe('Jaws');
    expect(m.year).toBeNull();
  });

  it('reads an unquoted newspaper headline "Title review – ..."', () => {
    const m = meta(
      "Ferry to Nowhere review – Petra Lind's chilly harbour noir\n\n★★★ | Directed by Petra Lind | 101 min | Rated 12A",
    );
    expect(facts(m)).toEqual({
      title: 'Ferry to Nowhere',
      year: null,
      director: 'Petra Lind',
      runtimeMinutes: 101,
    });
  });

  it('reads press notes with "Year of production" and a director in capitals', () => {
    const m = meta(
      [
        'PRESS NOTES',
        'THE NIGHT LEDGER',
        'Directed by ANDREA KOVÁCS',
        'Hungary / Austria · Year of production: 2022 · Running time: 108 minutes',
      ].join('\n\n'),
    );
    expect(facts(m)).toMatchObject({
      title: 'The Night Ledger',
      year: 2022,
      runtimeMinutes: 108,
    });
    expect(m.director?.toLowerCase()).toBe('andrea kovács');
  });

  it('reads "Director: Name (Earlier Film, 2014)" as the name alone, not that film\'s year', () => {
    const m = meta('Salt Marsh\n\nDirector: Liv Aasen (Blue Salt, 2014)');
    expect(m.director).toBe('Liv Aasen');
    expect(m.year).toBeNull();
  });

  it('reads a database page whose credit labels stand on lines of their own', () => {
    const m = meta(
      'The Paper Lantern\n\nDirector\nMara Holm\nWriters\nMara Holm · Jon Berg\nStars\nAne Dahl · Tor Vik\nRuntime\n1h 44m',
    );
    expect(facts(m)).toEqual({
      title: 'The Paper Lantern',
      year: null,
      director: 'Mara Holm',
      runtimeMinutes: 104,
    });
  });

  it('reads a search card "2019 ‧ Drama/Thriller ‧ 1h 37m"', () => {
    expect(facts(meta('Undertow\n2019 ‧ Drama/Thriller ‧ 1h 37m'))).toEqual({
      title: 'Undertow',
      year: 2019,
      director: null,
      runtimeMinutes: 97,
    });
  });

  it('reads a class handout "Screening notes: Title (Director Name, Country, 2019)"', () => {
    expect(facts(meta('Screening notes: Winter Crossing (Mara Holm, Norway, 2019)'))).toEqual({
      title: 'Winter Crossing',
      year: 2019,
      director: 'Mara Holm',
      runtimeMinutes: null,
    });
    // A country or a distributor in the bracket is not the director.
    expect(meta('Winter Crossing (Norway, 2019)').director).toBeNull();
    expect(meta('Winter Crossing (Northlight Pictures, 2019)').director).toBeNull();
  });

  it('reads a poster credit "A MARA HOLM FILM" as the director, not the title', () => {
    const m = meta('A LIV AASEN FILM\n\nTHE ICE ROAD\n\nIn cinemas this winter');
    expect(m.director?.toLowerCase()).toBe('liv aasen');
    expect(m.title).toBe('The Ice Road');
  });

  it('reads a year in square brackets "Title [2019]"', () => {
    expect(meta('Dead Reckoning [2003]')).toMatchObject({ title: 'Dead Reckoning', year: 2003 });
  });

  it("takes no year from a diary's watched date", () => {
    const m = meta('Dead Reckoning\n\n★★★★ Watched 3 Feb 2024');
    expect(m).toMatchObject({ title: 'Dead Reckoning', year: null });
  });

  it('takes no runtime from minutes in the story', () => {
    const m = meta('Night Shift', [
      'Every morning Ilse runs 10 minutes to the harbour office, and Anton keeps running for 20 minutes after the bell.',
      ...STORY,
    ]);
    expect(m.runtimeMinutes).toBeNull();
    expect(meta('Night Shift', ['The film runs 104 minutes.', ...STORY]).runtimeMinutes).toBe(104);
  });

  it('takes no director from a play or a choir directed in the story', () => {
    const m = meta('Night Shift', [
      'Ilse sings in a Christmas concert directed by Father Brennan, and Anton watches from the back.',
      ...STORY,
    ]);
    expect(m.director).toBeNull();
  });

  it('takes no title or director from crew labels over their names', () => {
    const m = meta(
      'THE ORCHARD GATE\n\nFirst Assistant Director\nKim Ode\n\nCasting Director\nJo Lund\n\nProgramme note by Ruth Okafor',
    );
    expect(m.title).toBe('The Orchard Gate');
    expect(m.director).toBeNull();
  });

  it('takes no title from a section label such as "Film of the week"', () => {
    expect(meta('Film of the Week').title).toBeNull();
    expect(meta("Critic's Choice\n\nNow Showing").title).toBeNull();
  });
});
