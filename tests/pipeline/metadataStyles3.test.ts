import { describe, expect, it } from 'vitest';
import { metadataOfPage, scoredFacts } from '../fixtures/metadataPage';

/**
 * Page heads (and tails) in the forms real film pages use, each written for these tests over a
 * short story of its own: a database title page, an encyclopaedia infobox copied as text lines, a
 * film-diary site, a festival catalogue, a disc's back cover, a podcast's show notes, reviews whose
 * prose states the director and the year, a fan wiki, a newspaper fact box and a forum post. The
 * negatives name other films with their years and directors, a director of photography, a
 * re-release, a novel's author, the page's own date and an actor's birth year.
 */
const STORY = [
  'Ilse Marten keeps the light on the breakwater, and each night she writes the passing ships into a ledger her father began.',
  'When a trawler comes in with its nets cut and no crew aboard, Ilse rows out alone and finds a child’s coat folded on the wheelhouse floor.',
  'The harbourmaster, Jonas Beck, tells her to forget it, but Ilse follows the tide marks down the coast towards the old quarry.',
];

const meta = (head: string, tail = '', story: readonly string[] = STORY) =>
  metadataOfPage(head, story, tail);
const facts = scoredFacts;

describe('metadata: a database title page', () => {
  it('reads "1998 · PG-13 · 2h 7m" under the title and "Director" over its name', () => {
    const m = meta(
      [
        'The Lantern Keeper',
        '1998 · PG-13 · 2h 7m',
        'IMDb RATING\n7.4/10\n48K',
        'Drama · Mystery',
        'Director\nInes Valcourt',
        'Writers\nInes Valcourt · Tomas Brenner',
        'Stars\nMara Quist · Elias Dorn · Petra Lund',
        'Storyline',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Lantern Keeper',
      year: 1998,
      director: 'Ines Valcourt',
      runtimeMinutes: 127,
    });
  });

  it('reads the same page with blank lines between its rows', () => {
    const m = meta(
      [
        'The Lantern Keeper',
        '1998 · PG-13 · 2h 7m',
        'Director',
        'Ines Valcourt',
        'Writers',
        'Ines Valcourt · Tomas Brenner',
        'Stars',
        'Mara Quist · Elias Dorn · Petra Lund',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Lantern Keeper',
      year: 1998,
      director: 'Ines Valcourt',
      runtimeMinutes: 127,
    });
  });

  it('reads "Directors" with two names as the first, and "Original title: X" as an other title', () => {
    const m = meta(
      [
        'Harbour of Glass',
        'Original title: Klaasist sadam',
        '2021 · 1h 38m',
        'Directors',
        'Aino Laht · Peeter Rand',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Harbour of Glass',
      year: 2021,
      director: 'Aino Laht',
      runtimeMinutes: 98,
    });
    expect(m.aka).toContain('Klaasist sadam');
  });
});

describe('metadata: an encyclopaedia infobox copied as text lines', () => {
  it('reads "Directed by X", "Release date 12 May 1998 (Cannes)" and "Running time 112 minutes"', () => {
    const m = meta(
      [
        'The Salt Road',
        'Theatrical release poster',
        'Directed by Halvard Moe',
        'Written by Halvard Moe\nSigrid Aas',
        'Produced by Karin Lie',
        'Starring Ola Brekke\nTuva Sand',
        'Cinematography Jon Berg',
        'Edited by Anne Dahl',
        'Production company Nordlys Film',
        'Release dates 12 May 1998 (Cannes)\n4 September 1998 (Norway)',
        'Running time 112 minutes',
        'Country Norway',
        'Language Norwegian',
        'Box office $1.2 million',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Salt Road',
      year: 1998,
      director: 'Halvard Moe',
      runtimeMinutes: 112,
    });
    expect(m.language).toBe('Norwegian');
  });

  it('reads an infobox whose labels stand on lines of their own', () => {
    const m = meta(
      [
        'The Salt Road',
        'Directed by',
        'Halvard Moe',
        'Cinematography',
        'Jon Berg',
        'Release date',
        '12 May 1998',
        'Running time',
        '112 minutes',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Salt Road',
      year: 1998,
      director: 'Halvard Moe',
      runtimeMinutes: 112,
    });
  });

  it('takes no director from "Cinematography" or "Music by" rows', () => {
    const m = meta(
      [
        'The Salt Road',
        'Cinematography Jon Berg',
        'Music by Lars Holm',
        'Running time 112 minutes',
      ].join('\n'),
    );
    expect(m.director).toBeNull();
    expect(m.runtimeMinutes).toBe(112);
  });
});

describe('metadata: a film-diary site', () => {
  it('reads "Title 2019" over "Directed by X" and "118 mins More at IMDb"', () => {
    const m = meta(
      ['The Quiet Orchard 2019', 'Directed by Lena Vos', 'THE APPLES KNOW.'].join('\n'),
      ['118 mins   More at IMDb TMDB', 'Cast Crew Details Genres Releases'].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Quiet Orchard',
      year: 2019,
      director: 'Lena Vos',
      runtimeMinutes: 118,
    });
  });

  it('reads "118 mins" on a line of its own after the story', () => {
    const m = meta('The Quiet Orchard\n2019\nDirected by Lena Vos', '118 mins');
    expect(facts(m)).toEqual({
      title: 'The Quiet Orchard',
      year: 2019,
      director: 'Lena Vos',
      runtimeMinutes: 118,
    });
  });
});

describe('metadata: a festival catalogue', () => {
  it('reads "Dir. X | Country | 2021 | 98\'" under the title', () => {
    const m = meta(['HARBOUR OF GLASS', "Dir. Aino Laht | Estonia | 2021 | 98'"].join('\n'));
    expect(facts(m)).toEqual({
      title: 'Harbour of Glass',
      year: 2021,
      director: 'Aino Laht',
      runtimeMinutes: 98,
    });
  });

  it('reads "Country, Year, N min" with a director line "Director: X" and a section label above', () => {
    const m = meta(
      [
        'International Competition',
        'Harbour of Glass',
        'Klaasist sadam',
        'Estonia, Finland 2021, 98 min, Estonian with English subtitles',
        'Director: Aino Laht',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Harbour of Glass',
      year: 2021,
      director: 'Aino Laht',
      runtimeMinutes: 98,
    });
  });

  it('reads a name then country, year and minutes: "Aino Laht / Estonia / 2021 / 98 min"', () => {
    const m = meta(['Harbour of Glass', 'Aino Laht / Estonia / 2021 / 98 min'].join('\n'));
    expect(facts(m)).toEqual({
      title: 'Harbour of Glass',
      year: 2021,
      director: 'Aino Laht',
      runtimeMinutes: 98,
    });
  });
});

describe('metadata: a disc back cover', () => {
  it('reads "Running time: approx. 96 mins" and "Year of production: 2003"', () => {
    const m = meta(
      ['THE CHALK HOUSE', 'A film by Rosa Mendel'].join('\n'),
      [
        'SPECIAL FEATURES',
        '• Audio commentary with director Rosa Mendel',
        '• Behind the scenes (24 mins)',
        'Running time: approx. 96 mins',
        'Year of production: 2003',
        'Certificate 15 · Colour · English',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Chalk House',
      year: 2003,
      director: 'Rosa Mendel',
      runtimeMinutes: 96,
    });
  });

  it('takes the production year, not a disc\'s "Released on Blu-ray 2019" after it', () => {
    const m = meta(
      ['THE CHALK HOUSE', 'Directed by Rosa Mendel', 'Year of production: 2003'].join('\n'),
      'Newly restored in 4K and released on Blu-ray in 2019.',
    );
    expect(m.year).toBe(2003);
  });
});

describe('metadata: podcast show notes', () => {
  it('reads "we talk about X\'s 1987 film Title"', () => {
    const m = meta(
      [
        'Episode 112: Night Harbour',
        'This week we talk about Delia Frant’s 1987 film Night Harbour, a ghost story set in a ferry terminal.',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Night Harbour',
      year: 1987,
      director: 'Delia Frant',
      runtimeMinutes: null,
    });
  });
});

describe('metadata: directors and years in review prose', () => {
  it('reads "In her third feature, X ..." as the director', () => {
    const m = meta(
      [
        'The Chalk House review – a quiet, cold triumph',
        'In her third feature, Rosa Mendel turns a seaside boarding house into a machine for grief.',
      ].join('\n\n'),
    );
    expect(m.title).toBe('The Chalk House');
    expect(m.director).toBe('Rosa Mendel');
  });

  it('reads "Title (1994), the debut of X"', () => {
    const m = meta(
      'Night Harbour (1994), the debut of Delia Frant, was barely seen on release and is now on every list.',
    );
    expect(facts(m)).toEqual({
      title: 'Night Harbour',
      year: 1994,
      director: 'Delia Frant',
      runtimeMinutes: null,
    });
  });

  it('reads "the first feature from X" and "writer-director X"', () => {
    expect(
      meta(
        'Harbour of Glass\n\nHarbour of Glass is the first feature from Aino Laht, and it is a confident one.',
      ).director,
    ).toBe('Aino Laht');
    expect(
      meta('Harbour of Glass\n\nWriter-director Aino Laht keeps the camera at the water line.')
        .director,
    ).toBe('Aino Laht');
  });

  it('reads "X directs" and "filmmaker X" near the top', () => {
    expect(
      meta('Harbour of Glass\n\nAino Laht directs with a patience that borders on stubbornness.')
        .director,
    ).toBe('Aino Laht');
    expect(
      meta('Harbour of Glass\n\nEstonian filmmaker Aino Laht sets her story on a dying island.')
        .director,
    ).toBe('Aino Laht');
  });

  it('takes no director or year from a film compared with: "like X\'s 1979 film Y"', () => {
    const m = meta(
      [
        'The Chalk House review – a quiet, cold triumph',
        'Like Ingmar Bergman’s 1966 film Persona, it watches two women until they blur.',
      ].join('\n\n'),
    );
    expect(m.director).toBeNull();
    expect(m.year).toBeNull();
  });

  it('takes no director from a director of photography or a novelist', () => {
    const m = meta(
      [
        'The Chalk House review – a quiet, cold triumph',
        'Director of photography Jon Berg lights every room like a tide pool. The film is adapted from Maud Lowry’s 1962 novel.',
      ].join('\n\n'),
    );
    expect(m.director).toBeNull();
    expect(m.year).toBeNull();
  });

  it('takes no year from a re-release or the page’s own date', () => {
    const m = meta(
      [
        'Night Harbour review – back in cinemas in 4K',
        'Published 14 March 2021',
        'Restored and re-released in 2021, the film looks better than it ever did.',
      ].join('\n\n'),
    );
    expect(m.year).toBeNull();
  });

  it('takes no title or year from an actor’s birth year', () => {
    const m = meta(
      'The Chalk House\n\nMara Quist (born 1971) plays Ilse with a stillness nobody else could manage. Mara Quist (1971) has never been better.',
    );
    expect(m.title).toBe('The Chalk House');
    expect(m.year).toBeNull();
  });

  it('takes no director from "the debut of" an actor', () => {
    const m = meta(
      'The Chalk House\n\nThe film marks the screen debut of Tuva Sand, who plays the youngest sister.',
    );
    expect(m.director).toBeNull();
  });
});

describe('metadata: a fan wiki', () => {
  it('reads "Release date" and "Length" rows', () => {
    const m = meta(
      [
        'Night Harbour',
        'Directed by: Delia Frant',
        'Release date: October 9, 1987',
        'Length: 94 minutes',
        'Preceded by: Low Tide',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Night Harbour',
      year: 1987,
      director: 'Delia Frant',
      runtimeMinutes: 94,
    });
  });
});

describe('metadata: a newspaper fact box', () => {
  it('reads "Cert 15, 104 min" with "Directed by X. Starring ..." after the review', () => {
    const m = meta(
      'The Chalk House review – a quiet, cold triumph\n\nBy Morag Innes',
      'The Chalk House. Directed by Rosa Mendel. Starring Mara Quist, Tuva Sand. Cert 15, 104 min. In cinemas from Friday.',
    );
    expect(facts(m)).toEqual({
      title: 'The Chalk House',
      year: null,
      director: 'Rosa Mendel',
      runtimeMinutes: 104,
    });
  });
});

describe('metadata: a forum post', () => {
  it('reads "Title, the 2004 film" in the first post', () => {
    const m = meta(
      [
        'Re: films that stay with you',
        'Has anyone else seen Hollow Pines, the 2004 film about the fire lookout? I watched it again last night.',
      ].join('\n\n'),
    );
    expect(m.year).toBe(2004);
  });

  it('takes no year from "unlike the 2004 film"', () => {
    const m = meta(
      [
        'Re: films that stay with you',
        'The remake is fine, but unlike the 2004 film it never lets the silence sit.',
      ].join('\n\n'),
    );
    expect(m.year).toBeNull();
  });
});

describe('metadata: site furniture around a title', () => {
  it('takes no title from a site’s navigation ("Menu", "All", "Use app") above the title', () => {
    const m = meta(
      [
        'Menu\nAll\nSign In\nUse app',
        'The Wreck at Gullholm\nOriginal title: Vraket ved Gullholm\n1996 · PG-13 · 1h 49m',
        'Add to Watchlist\nYOUR RATING',
      ].join('\n\n'),
      'It was all over by morning, and all of them knew it.',
    );
    expect(facts(m)).toEqual({
      title: 'The Wreck at Gullholm',
      year: 1996,
      director: null,
      runtimeMinutes: 109,
    });
  });

  it('takes no runtime from a podcast episode’s "1 hr 12 min listen"', () => {
    const m = meta(
      [
        'Episode 87: Night Harbour',
        'Posted 3 March 2024 · 1 hr 12 min listen',
        'This week we talk about Delia Frant’s 1987 film Night Harbour. It runs a tight 94 minutes.',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Night Harbour',
      year: 1987,
      director: 'Delia Frant',
      runtimeMinutes: 94,
    });
  });

  it('takes no runtime from an episode length alone', () => {
    const m = meta(
      ['Episode 87: Night Harbour', 'Posted 3 March 2024 · 1 hr 12 min listen'].join('\n\n'),
    );
    expect(m.runtimeMinutes).toBeNull();
  });
});

describe('metadata: a film named with its facts in an essay or a review', () => {
  it('reads "X’s Title (2011) begins ..." under a student’s name and a course line', () => {
    const m = meta(
      [
        'Jamie Ortiz',
        'FILM 210: Narrative and Time',
        'Professor R. Lang',
        'Broken Clocks: Memory in Kessel Bridge',
        'Anna Sorel’s Kessel Bridge (2011) begins with a collapse and spends its running time walking back towards it.',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Kessel Bridge',
      year: 2011,
      director: 'Anna Sorel',
      runtimeMinutes: null,
    });
  });

  it('reads a title in markdown italics "X’s *Title* (2011)"', () => {
    const m = meta(
      'Broken Clocks\n\nAnna Sorel’s *Kessel Bridge* (2011) begins with a collapse and then walks back towards it.',
    );
    expect(facts(m)).toEqual({
      title: 'Kessel Bridge',
      year: 2011,
      director: 'Anna Sorel',
      runtimeMinutes: null,
    });
  });

  it('reads "In Title (dir. X, 2011), ..." and "Title (2011, dir. X) is ..."', () => {
    const a = meta(
      'FILM 210 — Response Paper 2\n\nIn Kessel Bridge (dir. Anna Sorel, 2011), the collapse comes first and the reasons later.',
    );
    expect([a.title, a.year, a.director]).toEqual(['Kessel Bridge', 2011, 'Anna Sorel']);
    const b = meta(
      'Kessel Bridge (2011, dir. Anna Sorel) is a film about what a town owes the people it blames.',
    );
    expect([b.title, b.year, b.director]).toEqual(['Kessel Bridge', 2011, 'Anna Sorel']);
  });

  it('reads a quoted “Title” (2011), “X’s best film”', () => {
    const m = meta('We need to talk about “Kessel Bridge” (2011), Anna Sorel’s best film.');
    expect(facts(m)).toEqual({
      title: 'Kessel Bridge',
      year: 2011,
      director: 'Anna Sorel',
      runtimeMinutes: null,
    });
  });

  it('takes nothing from a film named for comparison with its director and year', () => {
    const m = meta(
      [
        'The Chalk House review – a quiet, cold triumph',
        'Like Anna Sorel’s Kessel Bridge (2011), it begins at the end. Unlike Deep Cove (dir. Ola Brekk, 2009), it never explains itself.',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Chalk House',
      year: null,
      director: null,
      runtimeMinutes: null,
    });
  });
});

describe('metadata: title lines with their credits and headlines', () => {
  it('reads a horror blog’s "KESSEL BRIDGE (2011) — dir. Anna Sorel — 94 min"', () => {
    const m = meta('KESSEL BRIDGE (2011) — dir. Anna Sorel — 94 min');
    expect(facts(m)).toEqual({
      title: 'Kessel Bridge',
      year: 2011,
      director: 'Anna Sorel',
      runtimeMinutes: 94,
    });
  });

  it('reads "Title (2011) | dir. X | 94 min"', () => {
    const m = meta('Kessel Bridge (2011) | dir. Anna Sorel | 94 min');
    expect(facts(m)).toEqual({
      title: 'Kessel Bridge',
      year: 2011,
      director: 'Anna Sorel',
      runtimeMinutes: 94,
    });
  });

  it('reads press notes "Germany / 2011 / 94 min / DCP / 1.85:1" with the country first', () => {
    const m = meta(
      [
        'PRESS NOTES',
        'KESSEL BRIDGE',
        'a film by Anna Sorel',
        'Germany / 2011 / 94 min / DCP / 1.85:1',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Kessel Bridge',
      year: 2011,
      director: 'Anna Sorel',
      runtimeMinutes: 94,
    });
  });

  it('reads a headline "Title review – X’s taut thriller holds its nerve"', () => {
    const m = meta(
      'Kessel Bridge review – Anna Sorel’s taut thriller holds its nerve\n\n★★★★☆\n\nPeter Quill',
    );
    expect(m.title).toBe('Kessel Bridge');
    expect(m.director).toBe('Anna Sorel');
  });

  it('takes no director from a headline praising an actor: "X’s finest performance"', () => {
    const m = meta('Kessel Bridge review – Lena Hart’s finest performance in years');
    expect(m.director).toBeNull();
  });

  it('reads "the second film by German director X"', () => {
    const m = meta(
      'Kessel Bridge\n\nKessel Bridge, the second film by German director Anna Sorel, opens on a collapse.',
    );
    expect(m.director).toBe('Anna Sorel');
  });
});

describe('metadata: runtimes in review prose', () => {
  it('reads "At 94 minutes, Title never outstays its welcome"', () => {
    expect(
      meta('Kessel Bridge\n\nAt 94 minutes, Kessel Bridge never outstays its welcome.')
        .runtimeMinutes,
    ).toBe(94);
  });

  it('takes no runtime from "At 40 minutes in" or "at 90 minutes past"', () => {
    expect(
      meta('Kessel Bridge\n\nAt 50 minutes in, the film changes its mind about everything.')
        .runtimeMinutes,
    ).toBeNull();
  });
});

describe('metadata: a sentence’s opening word before a possessive name', () => {
  it('reads "In Anna Sorel’s Kessel Bridge (2011), ..." as the director’s full name', () => {
    const m = meta(
      'Broken Clocks\n\nIn Anna Sorel’s Kessel Bridge (2011), the collapse comes first.',
    );
    expect([m.title, m.year, m.director]).toEqual(['Kessel Bridge', 2011, 'Anna Sorel']);
  });

  it('takes no surname alone: "In Sorel’s Kessel Bridge (2011), ..."', () => {
    const m = meta('Broken Clocks\n\nIn Sorel’s Kessel Bridge (2011), the collapse comes first.');
    expect(m.director).toBeNull();
  });
});

describe('metadata: more credits and release forms', () => {
  it('reads "1 hour, 34 minutes" and "1 hour and 34 minutes"', () => {
    expect(meta('Kessel Bridge\nLength: 1 hour, 34 minutes').runtimeMinutes).toBe(94);
    expect(meta('Kessel Bridge\nRunning time: 1 hour and 34 minutes').runtimeMinutes).toBe(94);
  });

  it('reads names with a hyphen, "Mc" or an apostrophe', () => {
    expect(
      meta(
        'Kessel Bridge\n\nIn her second feature, Anna-Lena Sorel turns a bridge into a ghost story.',
      ).director,
    ).toBe('Anna-Lena Sorel');
    expect(
      meta('Kessel Bridge\n\nWriter-director Fiona McAllister keeps the camera low.').director,
    ).toBe('Fiona McAllister');
    expect(meta('Kessel Bridge review – Siobhan O’Brien’s chilly thriller holds').director).toBe(
      'Siobhan O’Brien',
    );
  });

  it('reads "Dir. X, 2011, 94 min" and a box line "15, 94 mins"', () => {
    expect(facts(meta('Kessel Bridge\nDir. Anna Sorel, 2011, 94 min'))).toEqual({
      title: 'Kessel Bridge',
      year: 2011,
      director: 'Anna Sorel',
      runtimeMinutes: 94,
    });
    expect(meta('Kessel Bridge ★★★★\nDirected by Anna Sorel\n15, 94 mins').runtimeMinutes).toBe(94);
  });

  it('reads "Released in 2011, Title was ..." and "It was released in 2011"', () => {
    expect(
      meta(
        'Kessel Bridge\n\nReleased in 2011, Kessel Bridge was the second feature of its director.',
      ).year,
    ).toBe(2011);
    expect(
      meta(
        'Kessel Bridge\n\nKessel Bridge (German: Kesselbrücke) is a German thriller film directed by Anna Sorel. It was released in March 2011.',
      ).year,
    ).toBe(2011);
    expect(
      meta(
        'Kessel Bridge\n\nThe film premiered at the Berlinale in February 2011 before a long run.',
      ).year,
    ).toBe(2011);
  });

  it('takes no year from a re-release or a disc release', () => {
    expect(
      meta('Kessel Bridge\n\nIt was re-released in 2019 in a new restoration.').year,
    ).toBeNull();
    expect(meta('Kessel Bridge\n\nKessel Bridge was released on Blu-ray in 2019.').year).toBeNull();
    expect(
      meta('Kessel Bridge\n\nOther Film\n\nThe book was released in 1962 to little notice.').year,
    ).toBeNull();
  });

  it('takes no title from a cover’s pull quote or a "Country Year" line', () => {
    const m = meta(
      [
        'KESSEL BRIDGE',
        '“A masterpiece of dread” — The Northern Echo',
        'Running Time: Approx. 94 Minutes',
        'Germany 2011',
        'Directed by ANNA SOREL',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Kessel Bridge',
      year: 2011,
      director: 'ANNA SOREL',
      runtimeMinutes: 94,
    });
  });
});
