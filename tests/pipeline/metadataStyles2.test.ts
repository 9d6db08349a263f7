import { describe, expect, it } from 'vitest';
import { metadataOfPage, scoredFacts } from '../fixtures/metadataPage';

/**
 * More page kinds, each head (or tail) written for these tests over a short story of its own: a
 * recap blog, a TV listings entry, a forum post, a newspaper review with its fact box at the end, a
 * disc booklet, a study guide, a streaming page, a press kit and an encyclopaedia infobox. The four
 * scored facts are read where the page states them and left null where it does not; other films on
 * the page, a critic's byline, a post's "2 hours ago" and a year in the story are not the film's.
 */
const STORY = [
  'Maud Ferrier runs the lock-keeper’s cottage on the canal, and every morning she logs the barges that pass.',
  'When a narrowboat arrives with nobody aboard, Maud ties it up and finds a child’s shoe on the roof.',
  'The constable, Elias Wren, tells her to leave it alone, but Maud walks the towpath back towards the tunnel.',
];

const meta = (head: string, tail = '', story: readonly string[] = STORY) =>
  metadataOfPage(head, story, tail);
const facts = scoredFacts;

describe('metadata: recap blogs', () => {
  it('reads a quoted headline "‘Title’ Recap: ..." and "the 112-minute film from director X"', () => {
    const m = meta(
      [
        'Posted 2 hours ago by Dana Pike',
        '‘The Hollow Orchard’ Recap: Who Really Lit the Barn Fire?',
        'The 112-minute film from director Leontine Marsh keeps its secrets until the final reel.',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Hollow Orchard',
      year: null,
      director: 'Leontine Marsh',
      runtimeMinutes: 112,
    });
  });

  it('reads "Title (2020) Ending Explained" and a "Movie info" box', () => {
    const m = meta(
      [
        'Salt and Ember (2020) Ending Explained: Does Maud Get Out?',
        'Movie info',
        'Director: Gwen Aldous',
        'Runtime: 1h 41m',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Salt and Ember',
      year: 2020,
      director: 'Gwen Aldous',
      runtimeMinutes: 101,
    });
  });

  it('does not take a "2 hours ago" timestamp for a runtime', () => {
    const m = meta('Harbour Lights (2017) Recap and Ending Explained\n\nUpdated 2 hours ago');
    expect(m.runtimeMinutes).toBeNull();
    expect(m.title).toBe('Harbour Lights');
  });
});

describe('metadata: TV listings', () => {
  it('reads "FILM  Title (Year) ★★★  10.40pm Channel" and "Director: X. (96 mins)"', () => {
    const m = meta(
      [
        'FILM  Marrow Hill (2016) ★★★  10.40pm Channel 4',
        'Thriller starring Ada Kemp and Luis Ortega. A widow takes in a lodger who knows too much. Director: Piet Janssen. (96 mins)',
      ].join('\n\n'),
      'Also tonight: FILM The Drowned Man (1998) 11.55pm ITV',
    );
    expect(facts(m)).toEqual({
      title: 'Marrow Hill',
      year: 2016,
      director: 'Piet Janssen',
      runtimeMinutes: 96,
    });
  });

  it('takes nothing from a listing of another film after the story', () => {
    const m = meta(
      'Canal Notes',
      'Also tonight: FILM Grey Pier (1994) ★★ 11.20pm BBC Four (88 mins)',
    );
    expect(m.year).toBeNull();
    expect(m.runtimeMinutes).toBeNull();
    expect(m.title).not.toBe('Grey Pier');
  });
});

describe('metadata: forum posts', () => {
  it('reads "Just watched Title (Year)" in the first post: title and year only', () => {
    const m = meta(
      [
        'Forum › Films › Mystery',
        'cinephile_88 · 3 hours ago',
        'Just watched Winter Tenants (2018) and I still have questions about the boat.',
      ].join('\n\n'),
      'Reply from gullwing: it reminded me of Deep Cove (2009), same slow burn.',
    );
    expect(facts(m)).toEqual({
      title: 'Winter Tenants',
      year: 2018,
      director: null,
      runtimeMinutes: null,
    });
  });

  it('reads "Finally saw Title (Year) last night"', () => {
    const m = meta('Finally saw The Tinker’s Road (2015) last night, and wow. Spoilers below.');
    expect(m.title).toBe('The Tinker’s Road');
    expect(m.year).toBe(2015);
  });
});

describe('metadata: a newspaper fact box at the end', () => {
  it('reads "Title (12A) ★★★★ Dir: X. 104 mins. In cinemas Friday" after the review', () => {
    const m = meta(
      'Reviewed by Tom Hale, Film Critic',
      'Lantern Bay (12A) ★★★★ Dir: Roisin Kerr. 104 mins. In cinemas Friday',
    );
    expect(facts(m)).toEqual({
      title: 'Lantern Bay',
      year: null,
      director: 'Roisin Kerr',
      runtimeMinutes: 104,
    });
  });

  it('reads "Director X; Certificate 12A; Running time 1hr 52mins; Year 2021"', () => {
    const m = meta(
      'The Glass Ferry review – a slow tide of grief\n\nBy Morag Innes',
      'Director Hamid Sadeghi; Certificate 12A; Running time 1hr 52mins; Year 2021',
    );
    expect(facts(m)).toEqual({
      title: 'The Glass Ferry',
      year: 2021,
      director: 'Hamid Sadeghi',
      runtimeMinutes: 112,
    });
  });

  it('does not take the critic of a byline for the director', () => {
    const m = meta('Quarry Lane review – dust and regret\n\nBy Fenella Hart, chief film critic');
    expect(m.director).toBeNull();
  });
});

describe('metadata: disc booklets', () => {
  it('reads a capitals cover title, "A film by X", "Feature: approx. 121 mins", not the booklet’s ©', () => {
    const m = meta(
      ['THE PALE ARCHIVE', 'A film by Greta Lindholm'].join('\n\n'),
      [
        'DISC SPECIFICATIONS',
        'Feature: approx. 121 mins',
        'Aspect ratio: 2.39:1',
        'Booklet © 2024 Harrowgate Home Entertainment. All rights reserved.',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Pale Archive',
      year: null,
      director: 'Greta Lindholm',
      runtimeMinutes: 121,
    });
  });
});

describe('metadata: study guides', () => {
  it('reads "Film: Title (dir. X, 2019) — 104 minutes"', () => {
    const m = meta(
      'Year 12 Media · Study Guide\n\nFilm: Ashfall Street (dir. Nadia Okafor, 2019) — 104 minutes',
    );
    expect(facts(m)).toEqual({
      title: 'Ashfall Street',
      year: 2019,
      director: 'Nadia Okafor',
      runtimeMinutes: 104,
    });
  });

  it('drops a capitalised page label before a capitals title "Study Notes: TITLE (2018)"', () => {
    const m = meta(
      'Study Notes: THE NARROW STAIR (2018)\n\nDirected by Ciaran Doyle · Ireland · 93 minutes',
    );
    expect(facts(m)).toEqual({
      title: 'The Narrow Stair',
      year: 2018,
      director: 'Ciaran Doyle',
      runtimeMinutes: 93,
    });
  });
});

describe('metadata: streaming pages', () => {
  it('reads "2022 • 2h 3m • 12" under the title', () => {
    const m = meta('The Tallyman\n\n2022 • 2h 3m • 12\n\nMystery • Drama');
    expect(facts(m)).toEqual({
      title: 'The Tallyman',
      year: 2022,
      director: null,
      runtimeMinutes: 123,
    });
  });
});

describe('metadata: press kits', () => {
  it('reads "RUNNING TIME: 104\'" and "YEAR OF PRODUCTION: 2019"', () => {
    const m = meta(
      [
        'PRESS KIT',
        'BLACKWATER SIDING',
        'DIRECTOR: Ilka Brenner',
        "RUNNING TIME: 104'",
        'YEAR OF PRODUCTION: 2019',
        'COUNTRY: Germany',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Blackwater Siding',
      year: 2019,
      director: 'Ilka Brenner',
      runtimeMinutes: 104,
    });
  });
});

describe('metadata: encyclopaedia infoboxes', () => {
  it('reads "Release date 12 March 2019 (Berlinale)" and "Running time 104 minutes"', () => {
    const m = meta(
      [
        'The Ferryman’s Daughter',
        'Directed by\tSolveig Arnesen',
        'Release date\t9 September 2020 (Venice)',
        'Running time\t104 minutes',
      ].join('\n'),
    );
    expect(facts(m)).toEqual({
      title: 'The Ferryman’s Daughter',
      year: 2020,
      director: 'Solveig Arnesen',
      runtimeMinutes: 104,
    });
  });
});

describe('metadata: a year in the story is not the film’s', () => {
  it('leaves the year null when only the story dates itself', () => {
    const m = meta('Towpath', '', [
      'In 1987 Maud Ferrier takes over the lock-keeper’s cottage on the canal.',
      ...STORY.slice(1),
    ]);
    expect(m.year).toBeNull();
  });
});

describe('metadata: more wordings of these kinds', () => {
  it('reads an unquoted recap headline and a "MOVIE INFO" box in capitals', () => {
    const m = meta(
      [
        'Posted by Kit Mercer · 5 hours ago',
        'Quarter to Nine recap: the long night at the depot',
        'MOVIE INFO\nDirected by: Oskar Lind\nRunning time: 98 minutes\nRelease year: 2018',
      ].join('\n\n'),
    );
    expect(facts(m)).toEqual({
      title: 'Quarter to Nine',
      year: 2018,
      director: 'Oskar Lind',
      runtimeMinutes: 98,
    });
  });

  it('reads a listing "Film: Title (2019) 9pm Channel" without the slot in the title', () => {
    const m = meta(
      'Film: The Long Field (2019) 9pm Sky Cinema Drama\n\nDrama starring Ana Pike. A farmer fights the council. Director: Ruth Ames. (104 mins)',
    );
    expect(facts(m)).toEqual({
      title: 'The Long Field',
      year: 2019,
      director: 'Ruth Ames',
      runtimeMinutes: 104,
    });
  });

  it('reads a listing under a day heading with a short blurb, not the blurb as a title', () => {
    const m = meta(
      'SATURDAY 3 MAY\n\nFILM  Black Mere (2011) ★★★★  9.00pm BBC Two\n\nDrama starring Ana Pike. Director: Jon Peel. (101 mins)',
    );
    expect(facts(m)).toEqual({
      title: 'Black Mere',
      year: 2011,
      director: 'Jon Peel',
      runtimeMinutes: 101,
    });
  });

  it('reads a disc\'s "Feature running time: c. 1:52:10", not a bonus interview’s length', () => {
    const m = meta(
      'THE NIGHT FERRY\n\nA film by Ola Berg\n\nBonus: Interview (approx. 45 mins)\n\nFeature running time: c. 1:52:10\n\n© 2023 Nordlicht Home Video',
    );
    expect(facts(m)).toEqual({
      title: 'The Night Ferry',
      year: null,
      director: 'Ola Berg',
      runtimeMinutes: 112,
    });
  });

  it('takes no director from a rank in the story ("Director Hale signs")', () => {
    const m = meta('Canal Notes', '', ['Director Hale signs the order at dawn.', ...STORY]);
    expect(m.director).toBeNull();
  });

  it('takes no runtime from a bonus feature or a short story interval', () => {
    const m = meta('Canal Notes\n\nBonus: Interview (approx. 45 mins)', '', [
      'Maud waits (ten minutes) and then a 20-minute walk takes her to the tunnel.',
      ...STORY,
    ]);
    expect(m.runtimeMinutes).toBeNull();
  });

  it('reads an end fact box under a masthead, not the next film "Also out this week"', () => {
    const m = meta(
      'THE WEEKEND PAGES\n\nBy Pia Strand',
      'The Dry Season (15) ★★★ Dir: Lin Hu. 98 mins. Out now\n\nAlso out this week: Night Owls (12A) ★★ Dir: Bo Kerr. 90 mins',
      [
        'In The Dry Season, Maud Ferrier keeps the lock-keeper’s cottage on the canal.',
        ...STORY.slice(1),
      ],
    );
    expect(facts(m)).toEqual({
      title: 'The Dry Season',
      year: null,
      director: 'Lin Hu',
      runtimeMinutes: 98,
    });
  });

  it('reads a title heading over a credits line at the end of a review', () => {
    const m = meta(
      'Grief on the towpath\n\nBy Pia Strand',
      'The Dry Season\nDirector Lin Hu; Certificate 15; Running time 1hr 38mins; Year 2022',
    );
    expect(facts(m)).toEqual({
      title: 'The Dry Season',
      year: 2022,
      director: 'Lin Hu',
      runtimeMinutes: 98,
    });
  });

  it('takes no title from a link to another review ("Read our review of X (2019)")', () => {
    const m = meta(
      'Canal Notes\n\nA quiet film about a canal, told slowly.\n\nRead our review of Grey Pier (2019)',
    );
    expect(m.title).toBe('Canal Notes');
    expect(m.year).toBeNull();
  });
});
