import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { extractMetadata } from '../../src/pipeline/metadata';
import { numberInWords } from '../../src/pipeline/metadataForms13';
import { convertText } from '../fixtures/filmScenes';

/**
 * Metadata in forms of the thirteenth session (`src/pipeline/metadataForms13.ts`, and the
 * programme facts line of pageStyles8.ts), each page written for these tests: a weekly roundup
 * of several films, a blog's bracketed credit, a seminar handout's section heading, a catalogue
 * record's date and imprint, runtimes told in words, a festival talk's headline, a retrospective
 * naming its director by surname, a forum question telling two films of one name apart.
 */
const STORY = [
  'Odile Fenwick runs the night ferry between two islands, and each crossing she logs the passengers in a green book her uncle began.',
  'When a passenger boards with no ticket and no luggage, Odile lets him stay on deck, and by morning he has vanished from the boat.',
  'The harbour master, Piet Vandaal, tells her to forget him, but Odile finds his coat folded in the lifeboat and a key sewn into its hem.',
  'She follows the key to a boarding house on the far island, where the landlady, Mrs Oduya, remembers the man from forty years before.',
];

const meta = (page: string) => {
  const m = extractMetadata(cleanDocument({ file: 'x.txt', text: page }, new Diagnostics()));
  return { title: m.title, year: m.year, director: m.director, runtimeMinutes: m.runtimeMinutes };
};
const withStory = (head: string, tail = '') =>
  [head, '', ...STORY.flatMap((p) => [p, '']), tail].join('\n');

describe('a roundup of several films: the facts of the entry with the long text', () => {
  const page = (first: string, second: string) =>
    [
      'THE WESTERLY GAZETTE',
      'News | Sport | Arts | Puzzles',
      'WHAT TO STREAM THIS WEEKEND',
      'By Ines Calloway',
      first,
      'A short blurb about a heist on a moon base, which is loud and not very good.',
      second,
      ...STORY,
      'THE BAKER OF VELL (2018) - Boxlight - 3 stars',
      'Comedy | 1 hr 30 min | Dir. Tomas Arkwright',
      'A gentle comedy about bread that overstays its welcome by twenty minutes.',
    ].join('\n\n');

  it('takes the title, year, runtime and director of the pick, not of the first entry', () => {
    expect(
      meta(
        page(
          'LUNAR HEIST (2019) - Netstream - 2 stars\n\nSci-fi | 1 hr 48 min | Dir. Sergei Volkov',
          'THE NIGHT FERRY (2022) - Harbour+ - 5 stars\n\nDrama | 96 min | Dir. Amalia Brandt-Oyelaran | Starring Ruth Sable',
        ),
      ),
    ).toEqual({
      title: 'The Night Ferry',
      year: 2022,
      director: 'Amalia Brandt-Oyelaran',
      runtimeMinutes: 96,
    });
  });

  it('reads entries whose strip leads with the director and a runtime in hours', () => {
    expect(
      meta(
        page(
          'Lunar Heist (2019) · Netstream\n\nDirected by Sergei Volkov | 1h 48m',
          'The Night Ferry (2022) · Harbour+\n\nDirected by Amalia Brandt | 1h 36m | Drama',
        ),
      ),
    ).toMatchObject({
      title: 'The Night Ferry',
      year: 2022,
      director: 'Amalia Brandt',
      runtimeMinutes: 96,
    });
  });

  it('keeps a page whose entries hold text of like length as it was', () => {
    const m = meta(
      [
        'Lunar Heist (2019) - Netstream',
        'Sci-fi | 108 min | Dir. Sergei Volkov',
        STORY[0],
        STORY[1],
        'The Night Ferry (2022) - Harbour+',
        'Drama | 96 min | Dir. Amalia Brandt',
        STORY[2],
        STORY[3],
      ].join('\n\n'),
    );
    expect(m.title).not.toBe('The Night Ferry');
  });
});

describe('a title credited in brackets', () => {
  it('reads "Title (dir. Name, Year)" in a blog’s opening sentence', () => {
    const m = meta(
      withStory(
        'PAGES AND PICTURES\n\nadaptations, argued over coffee\n\nHome | Reviews | About\n\nNOVEL VS SCREEN: The Ferryman’s Log / Night Ferry\n\nPosted on 3 June 2024 by Agnes · 6 comments\n\nAt last I have seen Night Ferry (dir. Colm Ashdown, 2016), years after reading the novel it came from. Night Ferry keeps the book’s islands and loses its letters.',
        'Subscribe to Pages and Pictures by email. Blog at WordPress.com.',
      ),
    );
    expect(m).toMatchObject({ title: 'Night Ferry', year: 2016, director: 'Colm Ashdown' });
  });

  it('reads a handout’s numbered section heading "2.4 Title (Name, Year)"', () => {
    const m = meta(
      withStory(
        'FILM 210: Islands on Screen\n\nWeek 4 handout\n\n2.4 The Ferryman’s Log (Colm Ashdown, 2016)\n\nIn The Ferryman’s Log the sea is a clock, and every crossing is a chapter.',
      ),
    );
    expect(m.title).toBe('The Ferryman’s Log');
    expect(m.year).toBe(2016);
  });

  it('does not take a film the page names once in passing', () => {
    const m = meta(
      withStory(
        'The Night Ferry\n\nLike Harbour Lights (dir. Ada Quist, 1987), the film lets the sea set the pace. The Night Ferry is slower still.',
      ),
    );
    expect(m.title).toBe('The Night Ferry');
    expect(m.director).not.toBe('Ada Quist');
  });
});

describe('a catalogue record’s date and imprint', () => {
  it('reads "Date: 1963" as the year', () => {
    expect(
      meta(withStory('COUNTY FILM ARCHIVE\n\nTitle: THE NIGHT FERRY\nDate: 1963\nCountry: Ireland'))
        .year,
    ).toBe(1963);
  });

  it('reads a library imprint "Published: Place : Company, 2004."', () => {
    expect(
      meta(
        withStory(
          'Title: The night ferry [videorecording]\nPublished: Galway : Saltwind Pictures, 2004.\nDescription: 1 videodisc (97 min.)',
        ),
      ).year,
    ).toBe(2004);
  });

  it('does not read a post’s date as the film’s year', () => {
    expect(
      meta(withStory('The Night Ferry\n\nPublished: 12 March 2024\nDate: 3 May 2024')).year,
    ).toBe(null);
  });
});

describe('a runtime told in words', () => {
  it('parses number words', () => {
    expect(numberInWords('ninety-four')).toBe(94);
    expect(numberInWords('a hundred and twelve')).toBe(112);
    expect(numberInWords('one hundred five')).toBe(105);
    expect(numberInWords('seventy')).toBe(70);
    expect(numberInWords('ninety-odd')).toBe(null);
  });

  it('reads "it’s eighty-seven minutes long", "the film runs a hundred and six minutes"', () => {
    const head = (s: string) => meta(withStory(`The Night Ferry\n\n${s}`)).runtimeMinutes;
    expect(
      head('DIRECTOR: Well, it’s eighty-seven minutes long, and the story covers one night.'),
    ).toBe(87);
    expect(head('The film runs a hundred and six minutes and never feels slow.')).toBe(106);
    expect(head('Shot in twelve days, this seventy-eight-minute film wastes no scene.')).toBe(78);
    expect(
      head('The film runs an hour and forty minutes, and the sea is in every one of them.'),
    ).toBe(100);
  });

  it('does not read a wait or a scene as the runtime', () => {
    const head = (s: string) => meta(withStory(`The Night Ferry\n\n${s}`)).runtimeMinutes;
    expect(head('Odile waits forty minutes on the pier before the boat comes in.')).toBe(null);
    expect(head('The storm sequence is twelve minutes long.')).toBe(null);
    expect(head('She waits an hour and forty minutes for the ferry.')).toBe(null);
  });
});

describe('a talk’s headline names the film after its label', () => {
  it('reads "After-film Q&A: TITLE" when the page names the title again', () => {
    const m = meta(
      withStory(
        'KESTREL FILM WEEK · Transcripts\n\nAfter-film Q&A: THE NIGHT FERRY, SUNDAY\n\nScreen 2 · 4 May',
        'The Night Ferry, Sunday screens again on 11 May.',
      ),
    );
    expect(m.title).toBe('The Night Ferry, Sunday');
  });

  it('reads "In conversation: Title" too', () => {
    expect(
      meta(
        withStory('Film Club Notes\n\nIn conversation: Salt and Iron', 'Salt and Iron is on tour.'),
      ).title,
    ).toBe('Salt and Iron');
  });
});

describe('a director named by surname before the film', () => {
  it('takes the full name the page gives elsewhere', () => {
    const m = meta(
      [
        'HARBOUR CINEMA — Season notes',
        'Ilse Marchetti has made five films in thirty years, each about the sea.',
        'Marchetti’s best-known film follows a night ferry through one winter.',
        ...STORY,
      ].join('\n\n'),
    );
    expect(m.director).toBe('Ilse Marchetti');
  });

  it('takes no name when the surname has two first names on the page', () => {
    const m = meta(
      [
        'Season notes',
        'Ilse Marchetti and her brother Paolo Marchetti grew up on the coast.',
        'Marchetti’s latest film follows a night ferry through one winter.',
        ...STORY,
      ].join('\n\n'),
    );
    expect(m.director).toBe(null);
  });
});

describe('a film told apart from another of its name', () => {
  it('reads "(the NAME one, not ...)" after the title as the director', () => {
    const f = convertText(
      withStory(
        'Can someone explain the ending of "The Night Ferry" (2021)?\n\nI saw The Night Ferry yesterday (the Johanna Leclerc-Imrie one, not the 1950s musical) and I am lost.',
      ),
    );
    expect(f.director).toBe('Johanna Leclerc-Imrie');
  });
});

describe('a programme entry whose facts line goes on with the screening', () => {
  it('finds the film’s entry and its facts', () => {
    const page = [
      'MERIDIAN CINEMA',
      'SEASON: THE SEA ON SCREEN',
      'SALT ROAD (Route du sel)',
      '1979 • 92 min • Fri 3 Mar 18:30, Screen 2',
      'A salt merchant crosses the marshes in winter.',
      'STILL WATER (Acqua ferma)',
      '1986 • 101 min • Sat 4 Mar 20:00, Screen 1',
      'A lock keeper’s last summer on the canal.',
      'THE NIGHT FERRY (Le Bac de nuit)',
      '1994 • 118 min • Sun 5 Mar 19:00, Screen 1 • followed by a discussion with the restoration team',
      ...STORY,
    ].join('\n\n');
    expect(meta(page)).toMatchObject({ title: 'THE NIGHT FERRY', year: 1994, runtimeMinutes: 118 });
  });
});
