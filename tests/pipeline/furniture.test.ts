import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { fold } from '../../src/pipeline/text';

/**
 * Ten invented pages, one per page style whose furniture the converter must drop (film-diary
 * review, encyclopedia article, streaming page, student essay, newspaper review, Blu-ray cover and
 * booklet, fan wiki, database synopsis, festival press notes, horror recap blog): no furniture in
 * a scene, the stated metadata, the story's people (never its actors, critics or commenters).
 */
const DIR = join(import.meta.dirname, 'fixtures/furniture');

interface Expect {
  file: string;
  title: string;
  year?: number | null;
  director?: string | null;
  runtime?: number | null;
  /** Names each of which some character must go by. */
  people: string[];
  /** Names no character may go by. */
  notPeople: string[];
  /** Text that must lie in no scene. */
  furniture: string[];
}

const PAGES: Expect[] = [
  {
    file: '01_diary-review.txt',
    title: 'The Salt Cellar',
    director: 'Ines Vartan',
    people: ['Agnes', 'Tobiah', 'Carrow', 'Wenna'],
    notPeople: ['Harriet Vale', 'Dorothea Pym', 'Pym', 'Ines Vartan'],
    furniture: [
      'This review may contain spoilers',
      'Honestly I think this is one of the best',
      'the ledger scene at the tavern wrecked me',
      'Please sign in to reply.',
      'Made by film lovers in Bristol',
    ],
  },
  {
    file: '02_encyclopedia.txt',
    title: 'Lanterns over Kelso Ford',
    year: 2016,
    director: 'Ruth Callender',
    runtime: 109,
    people: ['Nia Rhys', 'Gethin', 'Tomasz', 'Bevan', 'Idris Lloyd', 'Prothero'],
    notPeople: ['Ffion Pryce', 'Mark Kermode', 'Peter Bradshaw', 'Owen Tallis'],
    furniture: [
      'For the 1958 novel, see',
      'Callender first read',
      'Rotten Tomatoes',
      'Categories: 2016 films',
    ],
  },
  {
    file: '03_streaming.txt',
    title: 'Quarry Nine',
    year: 2021,
    director: 'Leon Marchetti',
    runtime: 107,
    people: ['Hanne Brekke', 'Aksel', 'Liv', 'Sigrid', 'Petter Lunde'],
    notPeople: ['Mirela Kostić', 'Dan Aldous', 'Grete Moen', 'Jonas Falk'],
    furniture: [
      'A geologist sent to close a flooded quarry',
      'Mirela Kostić (Hanne Brekke)',
      'When a dam engineer',
      'Two sisters inherit a mine',
      'Available in HD',
    ],
  },
  {
    file: '04_student-essay.txt',
    title: 'The Winter Orchard',
    year: 2014,
    director: 'Katya Lindqvist',
    runtime: 118,
    people: ['Elin', 'Gustav', 'Karin', 'Rasmus', 'Jonas Ek'],
    notPeople: ['Helena Osei', 'Marcus Bellweather', 'Kristin Halloran', 'Halloran', 'Bordwell'],
    furniture: [
      'Everything Falls Backwards',
      'Good thesis',
      'As Kristin Halloran notes',
      'I would conclude',
      'Narration in the Fiction Film',
      'Thesis and argument',
      "Instructor's comment",
    ],
  },
  {
    file: '05_newspaper-review.txt',
    title: 'Gull Island',
    director: 'Femi Adeyemi',
    runtime: 112,
    people: ['Mara Quayle', 'Corran'],
    notPeople: ['Fenn', 'Dominic Fenn', 'Nwosu', 'Ruth Kaplan', 'Ollie Brandt'],
    furniture: [
      "A keeper's widow and a stranger from the sea",
      'Gull Island is in cinemas from 7 March',
      'The 20 best British thrillers',
      'Council to close Ravensholme library',
      'Northern Ledger Media Ltd',
    ],
  },
  {
    file: '06_bluray.txt',
    title: "The Miller's Daughters",
    year: 1972,
    director: 'Konrad Vehling',
    runtime: 104,
    people: ['Greta', 'Hedwig', 'Lotte', 'Paul Sauer', 'Anselm Brenner', 'Wendt'],
    notPeople: ['Liesl Brandt', 'Ingrid Falk', 'Ulla Pfeiffer', 'Hannah Wierzbicki', 'Julia Brand'],
    furniture: [
      "Konrad Vehling's long-unseen masterpiece",
      'New 4K restoration from the original camera negative',
      'Reversible sleeve',
      'Region B',
      'Few West German films',
      'Critics at the 1972 Berlinale',
      'was restored in 4K in 2024',
      'would like to thank',
    ],
  },
  {
    file: '07_fan-wiki.txt',
    title: 'Kestrel Run',
    year: 2009,
    director: 'Simone Achterberg',
    runtime: 96,
    people: ['Jo Tennant', 'Wiremu', 'Dane Whitlock', 'Marcus Prell', 'Mae Riley'],
    notPeople: ['Jude Carrick', 'Noor Haddad', 'Simone Achterberg'],
    furniture: ['The biplane used in the film', 'Add a photo to this gallery', 'Categories: Films'],
  },
  {
    file: '08_database-synopsis.txt',
    title: "The Lamplighter's Son",
    year: 2011,
    people: ['Duarte', 'Tiago Sarmento', 'Amélia', 'Nuno'],
    notPeople: ['Anonymous'],
    furniture: [
      'twelve-year-old Duarte follows his father on his final round',
      'A gentle coming-of-age drama',
      'Be the first to contribute',
    ],
  },
  {
    file: '09_press-notes.txt',
    title: 'The Counting House',
    year: 2025,
    director: 'Bisi Adewale',
    runtime: 97,
    people: ['Folake Ajayi', 'Kunle', 'Yemisi', 'Bamidele', 'Haddad'],
    notPeople: [
      'Funmilayo Bakare',
      'Tobi Lawal',
      'Adaora Eze',
      'Karim Saadé',
      'Bisi Adewale',
      'Claire Vasseur',
      'Tolu Ogunleye',
    ],
    furniture: [
      'A bookkeeper in a crumbling Lagos trading house',
      'My grandmother kept the accounts',
      'Why set the film in 1986',
      'Meridian Pictures International',
    ],
  },
  {
    file: '10_horror-recap.txt',
    title: 'The Hollow at Fenwick Lane',
    year: 2022,
    director: 'Aoife Brennan',
    runtime: 98,
    people: ['Nell', 'Rory', 'Ida Petrakis', 'Clive Ashdown', 'Tommy'],
    notPeople: ['Dez Morrow', 'Bernadette Colley', 'Brennan'],
    furniture: [
      'horror recaps for the brave',
      'this recap spoils the whole movie',
      'Join 40,000 fellow fright fans',
      'SHOP THE SCARE',
      '4 candles out of 5',
      'The Ida reveal got me SO good',
    ],
  },
];

describe('pages with furniture', () => {
  for (const page of PAGES) {
    it(`${page.file}: no furniture in a scene, the stated metadata, the story's people`, () => {
      const text = readFileSync(join(DIR, page.file), 'utf8');
      const [film] = convertDocuments([{ file: page.file, text }], new Diagnostics());
      expect(film).toBeDefined();
      if (!film) return;
      const spans = film.scenes.flatMap((s) => s.sources.filter((x) => x.file === page.file));
      for (const f of page.furniture) {
        const at = text.indexOf(f);
        expect(at, f).toBeGreaterThanOrEqual(0);
        expect(
          spans.some((x) => at >= x.start && at < x.end),
          `in a scene: ${f}`,
        ).toBe(false);
      }
      expect(film.title).toBe(page.title);
      if (page.year !== undefined) expect(film.year).toBe(page.year);
      if (page.director !== undefined) expect(film.director).toBe(page.director);
      if (page.runtime !== undefined) expect(film.runtimeMinutes).toBe(page.runtime);
      // A name goes by p when p is that name or whole words of it ("Mae Riley" in "Aunty Mae Riley").
      const names = film.characters.flatMap((c) =>
        [c.name, ...c.aliases].map((n) => ` ${fold(n)} `),
      );
      const named = (p: string): boolean => names.some((n) => n.includes(` ${fold(p)} `));
      for (const p of page.people) expect(named(p), `missing ${p}`).toBe(true);
      for (const p of page.notPeople) expect(named(p), `not a character: ${p}`).toBe(false);
    });
  }
});
