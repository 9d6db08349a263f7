import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

/**
 * Press releases and press kits (session 15): a restoration announcement, a festival's
 * world-premiere release, a distributor's kit in sections, a retrospective's announcement, an
 * embargoed release and a kit with long biographies; their stories linear, in a narrator's
 * frame with returns, in year cards, after a cold open. Each document's key phrases must come in
 * the chronological order given; its metadata and characters are checked too (the actors'
 * biographies, the director's statement, the press contact and the institution's quoted staff
 * are no characters, their paragraphs no scenes).
 */
const DIR = join(__dirname, '..', 'fixtures', 'press15');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');

interface Case {
  file: string;
  /** Key phrases in chronological order (each in a different scene). */
  order: string[];
  title: string;
  year: number | null;
  director: string;
  runtime: number | null;
  characters: string[];
  /** Names that must not be characters, and phrases that must be in no scene. */
  notCharacters: string[];
  notScenes: string[];
}

const CASES: Case[] = [
  {
    file: '01_restoration-frame.txt',
    order: [
      'carries refugees across the bay',
      'Ozols is arrested on the pier',
      'agrees to be recorded',
      'Daina changes the tape',
      'Daina switches off the recorder',
    ],
    title: 'The Amber Coast',
    year: 1978,
    director: 'Valdis Kalniņš',
    runtime: 97,
    characters: ['Daina', 'Ozols'],
    notCharacters: ['Laura Ozola', 'Anna Bērziņa'],
    notScenes: ['missing reel', 'Established in 1962', 'Completes Restoration'],
  },
  {
    file: '02_festival-premiere.txt',
    order: [
      'loses her licence',
      'takes on a helper',
      'cut off by the tide',
      "Dessie Ward's boat picks them up",
    ],
    title: 'Low Water',
    year: 2025,
    director: 'Siobhán Keane',
    runtime: 92,
    characters: ['Nuala', 'Kasia', 'Dessie Ward'],
    notCharacters: ['Conor Walsh', 'Aoife Brennan'],
    notScenes: ['Applications close', 'Galway story', 'championed new Irish cinema'],
  },
  {
    file: '03_presskit-cold-open.txt',
    order: [
      'sitting in a union office',
      'stops at a roadside chapel',
      'at a fuel stop',
      'Lucho runs into the dark',
    ],
    title: 'The Salt Road',
    year: 2024,
    director: 'Tomás Reyes Ibarra',
    runtime: 108,
    characters: ['Efraín Soto', 'Lucho', 'Merino'],
    notCharacters: ['Alfredo Castro Núñez', 'Inti Briones Rojas', 'Paula Araya'],
    notScenes: ['I grew up in Calama', 'borrowed from a salt cooperative'],
  },
  {
    file: '04_retrospective-years.txt',
    order: [
      'promoted to overseer',
      'A fire starts in the carding room',
      'being cleared for demolition',
      "finds Arthur's old lantern",
      'writes a letter to Edna',
    ],
    title: 'A Lantern in the Mill',
    year: 1983,
    director: 'Margaret Holt',
    runtime: 88,
    characters: ['Arthur Pell', 'Imran', 'Edna'],
    notCharacters: ['Helen Marsh', 'David Okafor', 'Sam Whitaker'],
    notScenes: ['most honest film', 'Founded in 1968', 'Presents'],
  },
  {
    file: '05_embargoed-frame.txt',
    order: [
      'hides a neighbour',
      'Ivo is taken away',
      'receives a visit from a lawyer',
      'The lawyer interrupts her',
      'Petar shows Zora a photograph',
    ],
    title: 'The Quiet Orchard',
    year: null,
    director: 'Ana Petrović',
    runtime: null,
    characters: ['Zora Horvat', 'Petar', 'Ivo'],
    notCharacters: ['Marko Lukić', 'Ivana Kovač'],
    notScenes: ['acquired world rights', 'enormous tenderness', 'sales company founded'],
  },
  {
    file: '06_presskit-biographies.txt',
    order: [
      'had lost his own brother',
      'checked in a week earlier',
      'never drives it off',
      'finds her handbag',
      'follows the man, Lacasse',
      'divers find',
    ],
    title: 'Winter Ferry',
    year: 2024,
    director: 'Mireille Gagnon',
    runtime: 101,
    characters: ['Joël Tremblay', 'Élise', 'Lacasse', 'Rémi'],
    notCharacters: ['Marc-André Grondin', 'Karine Vanasse', 'Roy Dupuis', 'Julie Lavoie'],
    notScenes: ['born in Montréal', 'Conservatoire', 'studied film at Concordia'],
  },
  {
    file: '07_distribution-release-frame.txt',
    order: [
      'loses half his herd',
      'Nilsson takes the rest of the herd',
      'visited by a filmmaker',
      'Sofia asks Aslak about the trader',
      'plays the recording back',
    ],
    title: 'The Long Thaw',
    year: 2024,
    director: 'Kaija Rantanen',
    runtime: 98,
    characters: ['Aslak', 'Sofia', 'Nilsson'],
    notCharacters: ['Lumen', 'Peter Hollis'],
    notScenes: ['carry home with them', 'independent distributor', 'rated 12A'],
  },
  {
    file: '08_media-advisory-cold-open.txt',
    order: ['takes the watchman', 'police arrest Teddy'],
    title: 'Harbour of Ash',
    year: 1958,
    director: 'Leonard Cho',
    runtime: null,
    characters: ['Hollis', 'Teddy', 'Quinlan'],
    notCharacters: ['Dana Whitfield', 'Rosa Lin'],
    notScenes: ['ahead of his time', 'more than 20,000 films', 'Opening Gala'],
  },
];

const names = (f: ReturnType<typeof convertText>): string[] =>
  f.characters.flatMap((c) => [c.name, ...c.aliases]);

describe('press releases and press kits', () => {
  for (const c of CASES) {
    const film = convertText(read(c.file));
    it(`${c.file}: key events in chronological order`, () => {
      const chrono = c.order.map((p) => sceneHolding(film, p).chronoIndex);
      for (let k = 1; k < chrono.length; k++)
        expect(chrono[k], `${c.order[k - 1]} before ${c.order[k]}`).toBeGreaterThan(
          chrono[k - 1] ?? -1,
        );
    });
    it(`${c.file}: metadata`, () => {
      expect(film.title).toBe(c.title);
      expect(film.year).toBe(c.year);
      expect(film.director).toBe(c.director);
      expect(film.runtimeMinutes).toBe(c.runtime);
    });
    it(`${c.file}: characters, not the page's people`, () => {
      const all = names(film);
      for (const n of c.characters) expect(all, n).toContain(n);
      for (const n of c.notCharacters) expect(all, n).not.toContain(n);
    });
    it(`${c.file}: the page's furniture is no scene`, () => {
      for (const p of c.notScenes)
        expect(
          film.scenes.some((s) => s.text.includes(p)),
          p,
        ).toBe(false);
    });
  }
});

describe('press15 rules on short stories of their own', () => {
  const chronoOf = (paras: string[], phrases: string[]): number[] => {
    const f = convertText(paras.join('\n\n'));
    return phrases.map((p) => sceneHolding(f, p).chronoIndex);
  };
  it('a flashback that "returns to" a year keeps its place before a later year', () => {
    const [a, b, c] = chronoOf(
      [
        'The story starts in 1989 in a hospice in Gdańsk, where the old sailor Tadeusz talks to his nurse, Ewa, about the sea.',
        'As he talks, the story returns to 1952. Young Tadeusz signs on to a cargo ship bound for Montevideo.',
        'Back in the hospice, Ewa brings him his medicine. He falls silent, and the film goes back to 1956. The ship is seized in a strike and Tadeusz jumps overboard.',
      ],
      ['signs on to a cargo ship', 'The ship is seized', 'Ewa brings him'],
    );
    expect(a).toBeLessThan(b ?? -1);
    expect(b).toBeLessThan(c ?? -1);
  });
  it('a person seen only in the frame, back in a paragraph, ends the flashback', () => {
    const [back, end] = chronoOf(
      [
        'In 2004 a retired teacher, Odile, shows her photo albums to her grandson Malo in Lyon. As she turns the pages, the film goes back to 1961.',
        'Odile teaches in a village school in the Vercors and falls out with the mayor.',
        'Back in Lyon, Malo asks who the man in the photographs is. Odile closes the album, and the film goes back to 1962. The mayor burns down the school.',
        'At last Odile hands Malo the album and asks him to keep it.',
      ],
      ['The mayor burns down the school', 'hands Malo the album'],
    );
    const film = convertText(
      [
        'In 2004 a retired teacher, Odile, shows her photo albums to her grandson Malo in Lyon. As she turns the pages, the film goes back to 1961.',
        'Odile teaches in a village school in the Vercors and falls out with the mayor.',
        'Back in Lyon, Malo asks who the man in the photographs is. Odile closes the album, and the film goes back to 1962. The mayor burns down the school.',
        'At last Odile hands Malo the album and asks him to keep it.',
      ].join('\n\n'),
    );
    expect(end).toBeGreaterThan(back ?? Infinity);
    expect(sceneHolding(film, 'hands Malo the album').kind).toBe('present');
  });
  it('a jump back told in the past, back in the present in its own paragraph, ends there', () => {
    const [past, before, after] = chronoOf(
      [
        'Every autumn the shepherd Idris drives his flock down from the hills above Ifrane.',
        'Years earlier, Idris had lost his father in a snowstorm on the same path. He still carries his father’s stick.',
        'At the market in Azrou Idris meets a buyer, Haddou, who offers him twice the price.',
      ],
      ['had lost his father', 'drives his flock down', 'meets a buyer'],
    );
    expect(past).toBeLessThan(before ?? -1);
    expect(before).toBeLessThan(after ?? -1);
  });
  it('an opening that names its year before year cards takes that year', () => {
    const [early, late, open] = chronoOf(
      [
        'In 1999, the ferry company sells its last boat and the skipper Rhodri Jones empties his cabin.',
        '1971. Rhodri starts on the ferry as a deckhand and meets Gwen in the ticket office.',
        '1999. Rhodri drives to the breakers’ yard to see the boat one more time.',
        '1974. Gwen leaves for Cardiff, and Rhodri stays on the boat.',
        '1999. Rhodri writes to Gwen.',
      ],
      ['starts on the ferry', 'Gwen leaves for Cardiff', 'empties his cabin'],
    );
    expect(early).toBeLessThan(late ?? -1);
    expect(late).toBeLessThan(open ?? -1);
  });
});
