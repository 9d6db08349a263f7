import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { extractMetadata, titleCase } from '../../src/pipeline/metadata';

const meta = (text: string) =>
  extractMetadata(cleanDocument({ file: 'x.txt', text }, new Diagnostics()));

describe('extractMetadata', () => {
  it('reads Key: value lines, bulleted or not', () => {
    const m = meta(
      '• Director: Ana Ruiz\n• Genre:Drama, Thriller\nYear of production:1987\nRuntime: 1h 45m\nLanguage: French\n\nShe runs.',
    );
    expect(m).toMatchObject({
      director: 'Ana Ruiz',
      genres: ['Drama', 'Thriller'],
      year: 1987,
      runtimeMinutes: 105,
      language: 'French',
    });
  });

  it("reads a review's closing credits after a sentence: 'in cinemas from Friday. Dir: X. 104 mins.'", () => {
    const story =
      'Priya Shah services the old cable car above Krell. Aldo Ferretti ignores her report on the worn bearing, and that night she finds the log altered.\n\nThe next morning Priya and the inspector ride up to the summit together while Aldo watches from the control room.';
    const m = meta(
      `Cable and Cloud ★★★★☆\n\n${story}\n\nCable and Cloud is in cinemas from Friday. Dir: Ruth Adair. 104 mins. Cert 12A.`,
    );
    expect(m).toMatchObject({ director: 'Ruth Adair', runtimeMinutes: 104 });
    // A story sentence naming a director of something else is no credit.
    const n = meta(`${story}\n\nThe school play is next week. Directed by the vicar, of course.`);
    expect(n.director).toBeNull();
  });

  it("reads a course unit's film: 'FILM STUDIES UNIT 4: THE COMPASS (2022)'", () => {
    const m = meta(
      "FILM STUDIES UNIT 4: THE COMPASS (2022)\nTeacher's Study Guide\n\nPlot summary\n\nBridget Faherty waits on the pier for her father. A hundred years later Dara Quinn finds his compass in the rocks below the pier.",
    );
    expect(m).toMatchObject({ title: 'The Compass', year: 2022 });
    // A unit's topic (no year) is not the film.
    expect(
      meta('UNIT 4: TIME AND MEMORY\n\nBridget waits on the pier for her father.').title,
    ).not.toBe('Time and Memory');
  });

  it("reads a cinema newsletter's subject line, not its greeting or its 'The story' label", () => {
    const m = meta(
      'Subject: This week at Lumen Cinemas: SEVEN DAYS AT THE PIER\nView in browser\n\nHi Film Fan,\n\nThe story\nOn Monday, Leo Marsh takes a job running the fortune-telling booth at the end of the pier. On Tuesday he tells a nervous woman that she will meet the love of her life on Friday.',
    );
    expect(m.title).toBe('Seven Days at the Pier');
    const n = meta(
      'Hi Film Fan,\n\nThe story\nOn Monday, Leo Marsh takes a job running the fortune-telling booth at the end of the pier.',
    );
    expect(n.title).not.toBe('Hi Film Fan');
    expect(n.title).not.toBe('The story');
  });

  it('reads an encyclopedia lead with a compound genre ("a 2020 comedy-drama directed by")', () => {
    const m = meta(
      'Tidewater Tuesday is a 2020 comedy-drama directed by Mina Osei.\n\nJonah Pike wakes at six to the same radio jingle. He works his shift on the ferry and argues with Ruth.',
    );
    expect(m).toMatchObject({ title: 'Tidewater Tuesday', year: 2020, director: 'Mina Osei' });
  });

  it('reads an infobox copied with tabs ("Running time<tab>97 minutes")', () => {
    const m = meta(
      'The Ferryman of Ost\nDirected by\tLise Armand\nRunning time\t97 minutes\nLanguage\tDanish\n' +
        'The Ferryman of Ost is a 2011 drama film directed by Lise Armand.\nPlot\n' +
        'Jonas rows the last ferry across the lake and finds a stranger asleep under the bench.',
    );
    expect(m).toMatchObject({
      title: 'The Ferryman of Ost',
      director: 'Lise Armand',
      runtimeMinutes: 97,
      language: 'Danish',
      year: 2011,
    });
  });

  it('reads runtimes in credits lines and sentences ("1h 58m.", "88 min.", "101 minutes.")', () => {
    expect(
      meta(
        'Directed by Fenella Dunmore. 1h 58m. Now streaming.\n\nDev waits all night by the bed in the hospice.',
      ).runtimeMinutes,
    ).toBe(118);
    expect(
      meta(
        'UNDERTOW STREET (2016)\nDir. Remi Castagne. 88 min. Crime / drama.\n\nLeon sells the last piano in the shop.',
      ),
    ).toMatchObject({ runtimeMinutes: 88, director: 'Remi Castagne', year: 2016 });
    expect(
      meta(
        'Harrow Creek Road (2021). Directed by Delphine Oyelaran. Starring Maisie Truong. 101 minutes. In cinemas Friday.\n\nJojo sells peaches at a stand by the road all summer.',
      ),
    ).toMatchObject({
      title: 'Harrow Creek Road',
      year: 2021,
      director: 'Delphine Oyelaran',
      runtimeMinutes: 101,
    });
  });

  it('keeps an original title as an aka beside the title the page goes by', () => {
    const m = meta(
      'THE KESTREL TAPES\nPRESS KIT\n• Original title: Tarnfalkbandene\n• Year: 2024\n\nYlva threads the first reel of tape in the archive.',
    );
    expect(m.title).toBe('The Kestrel Tapes');
    expect(m.aka).toContain('Tarnfalkbandene');
  });

  it("takes the heading with the film's facts under it, not a site or a distributor credit", () => {
    const page = [
      'Flixora',
      'Home   Movies   Series   My List',
      'The Night Orchard',
      '2017 · 1h 41m · Drama',
      'Marta keeps bees on a hillside farm and finds a young man asleep in her orchard.',
      '© 2024 Flixora. All rights reserved.',
    ].join('\n');
    expect(meta(page)).toMatchObject({
      title: 'The Night Orchard',
      year: 2017,
      runtimeMinutes: 101,
    });
    const kit =
      'NORTHLIGHT PICTURES presents\nTHE LONG FERRY\n\nIda crosses the fjord every morning with the post.';
    expect(meta(kit).title).toBe('The Long Ferry');
  });

  it('title-cases a shouting title line and keeps its aka', () => {
    const m = meta('THE LONG ROAD (aka El Camino Largo)\n\nPedro walks home through the rain.');
    expect(m.title).toBe('The Long Road');
    expect(m.aka).toEqual(['El Camino Largo']);
  });

  it('does not take the director of photography for the director', () => {
    const m = meta('Crew Name\nDirector of Photography Sam Lee\nDirector Kim Ode\n\nA story.');
    expect(m.director).toBe('Kim Ode');
  });

  it('finds a title repeated with the stated year in the page links', () => {
    const text =
      'Year: 2005\nJon walks to the lake and waits for his father all night.\n' +
      'Read the full plot breakdown of Cold Lake (2005) and discover what happens.\n' +
      'Cold Lake (2005) Ending Explained\nWarm Lake (2005) Recap\n';
    expect(meta(text)).toMatchObject({ title: 'Cold Lake', year: 2005 });
  });

  it('title-cases only shouting text', () => {
    expect(titleCase('A TALE OF TWO CITIES')).toBe('A Tale of Two Cities');
    expect(titleCase('Already Fine')).toBe('Already Fine');
  });

  it('reads markdown table rows and credits lines', () => {
    const m = meta(
      '| Director | Anna Berg |\nSpain • 1999 • 104 min\n\nAnna walks to the sea and swims.',
    );
    expect(m).toMatchObject({ director: 'Anna Berg', year: 1999, runtimeMinutes: 104 });
  });

  it('strips a site label after a title, with or without a dash', () => {
    expect(meta('Black Ice plot summary\n\nRuth drives onto the lake at dawn.').title).toBe(
      'Black Ice',
    );
    expect(meta('The Switchboard — Story\n\nGreta listens to every call.').title).toBe(
      'The Switchboard',
    );
    expect(meta('Low Tide: Plot Summary\n\nOwen digs for clams all day.').title).toBe('Low Tide');
  });

  it('reads an original-language title in parentheses after a capitals title as an aka', () => {
    const m = meta('THE KEEPER OF BELLS (Der Glockenwärter)\n\nJonas climbs the tower at noon.');
    expect(m.title).toBe('The Keeper of Bells');
    expect(m.aka).toEqual(['Der Glockenwärter']);
  });

  it('reads a festival-catalogue credits line with Dir.', () => {
    const m = meta(
      'Norway, 2014 · Drama · 97 min · Dir. Silje K. Moen\n\nIda rows her father to the island.',
    );
    expect(m).toMatchObject({ year: 2014, runtimeMinutes: 97, director: 'Silje K. Moen' });
    expect(m.genres).toEqual(['drama']);
  });

  it('reads title, year, genres and director from an encyclopaedia lead', () => {
    const m = meta(
      'Paper Harbour is a 2011 Irish coming-of-age drama film directed by Cathal Byrne. It stars Aoife Walsh and Tom Keane.\n\nPlot\n\nNiamh folds paper boats in the harbour.',
    );
    expect(m).toMatchObject({ title: 'Paper Harbour', year: 2011, director: 'Cathal Byrne' });
    expect(m.genres).toEqual(['coming-of-age', 'drama']);
  });

  it('stops a director name at the end of its sentence', () => {
    const m = meta('Written and directed by Hanna Lind. Running time: 1h 48m.\n\nGreta sleeps.');
    expect(m).toMatchObject({ director: 'Hanna Lind', runtimeMinutes: 108 });
  });

  it('reads a markdown heading with a year and a recap label, and a compact runtime', () => {
    const m = meta(
      '# Cold Meridian (2008) - Full Recap\n\nRuntime: 1h48\n\nDana buys a ticket north.',
    );
    expect(m).toMatchObject({ title: 'Cold Meridian', year: 2008, runtimeMinutes: 108 });
  });

  it('drops a capitalised page label after a title and its year', () => {
    const m = meta(
      'Salt Line (2017) Plot Summary and Ending Explained\n\nOona rows to the island.',
    );
    expect(m).toMatchObject({ title: 'Salt Line', year: 2017 });
  });

  it('reads a festival runtime in minutes ("97\'") from a credits line', () => {
    const m = meta("Lituania, 2021 · Drama · 97' · Dir. Ona Vaitkus\n\nRasa sells the farm.");
    expect(m).toMatchObject({ year: 2021, runtimeMinutes: 97 });
  });

  it('takes year, genres, runtime and director from review prose', () => {
    const m = meta(
      "Low Tide\n\nPia Lund's 2019 film is a Danish heist thriller that runs 94 minutes. " +
        'Karl robs the bank and hides in the dunes.',
    );
    expect(m).toMatchObject({
      title: 'Low Tide',
      year: 2019,
      runtimeMinutes: 94,
      director: 'Pia Lund',
      genres: ['heist', 'thriller'],
    });
  });

  it('does not take a listings page header for the title', () => {
    const m = meta(
      "What's on TV · Friday 9 March\n\nLow Tide (2004)\n\nMirela sells the last boat and drives north.",
    );
    expect(m.title).toBe('Low Tide');
  });

  it("takes the heading the page's own text names again, not a site's name above it", () => {
    const m = meta(
      'THE LATE SHOW DIGEST\n\nMOONLIGHT FERRY\n\nMoonlight Ferry follows Oona, a deckhand, through one crossing. Oona finds a child hidden in a lifeboat and keeps her secret from the captain.',
    );
    expect(m.title).toBe('Moonlight Ferry');
  });

  it('reads the title and year from a labelled headline ("RECAP: Title (2019) — ...")', () => {
    const m = meta(
      'FILMCHAT\n\nRECAP: The Glass Orchard (2019) — Ending Explained\n\nIda Brandt inherits an orchard and finds her sister living in the greenhouse. Ida sells the land anyway.',
    );
    expect(m).toMatchObject({ title: 'The Glass Orchard', year: 2019 });
  });

  it("takes the title from a review's quoted headline when no heading names the film", () => {
    const m = meta(
      "SCREEN NOTES\n\n'Copper Road' review: a quiet western that earns its silences\n\nRuth Calder runs a relay station with her son Eli. A wounded stranger, Amos, stumbles in out of a dust storm.",
    );
    expect(m.title).toBe('Copper Road');
  });

  it('reads a festival entry: facts line, director, and no title from "Screenings" or a catalogue header', () => {
    const m = meta(
      "Official Catalogue 2025 — Competition\n\nTHE SALT HOUSE\n\nPortugal, 2024, 98 min, colour\n\nDirector: Rita Gomes\n\nScreenings\n\nTue 14 Oct, 19:00 — Cinema Roma\n\nAna and her brother Tiago return to their grandmother's salt works to sell it. Tiago finds her diaries and refuses to sign.",
    );
    expect(m).toMatchObject({
      title: 'The Salt House',
      year: 2024,
      runtimeMinutes: 98,
      director: 'Rita Gomes',
    });
  });
});
