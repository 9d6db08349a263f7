import { describe, expect, it } from 'vitest';
import { cleanPage as clean, kindHolding as kindAt } from '../fixtures/blockKind';

/**
 * Page furniture of the thirteenth session (src/pipeline/furniture13.ts): a review's warning about
 * its own spoilers, a schedule's small print, a TV page's rows, a ticket line, a sponsor's line, a
 * screening's guest. Each line is set between story paragraphs written for these tests; the
 * negatives are story paragraphs of the same shapes.
 */
const A =
  'In the drought summer of 1976 Wren Calloway keeps the lock on the Sallow canal, and every boat that passes she writes in a ledger.';
const B =
  'When a narrowboat goes through at night with its lights out, Wren follows it along the towpath and finds it moored below the maltings with no one aboard.';
const C =
  'Her cousin Abe, who drives the coal lorry, tells her to leave it alone, but Wren climbs aboard and finds a child asleep under a tarpaulin.';

const between = (line: string): string =>
  kindAt(clean(`The Lock Keeper\n\n${A}\n\n${line}\n\n${B}\n\n${C}\n`), line);

describe('furniture13: lines that are not story', () => {
  const furniture = [
    'Heads-up: this piece discusses the finale and its last twist in some detail.',
    'All times GMT. Screenings may be cancelled at short notice.',
    'Times are local. Events may change without warning.',
    '8.30pm  Garden Rescue. Repeat. The team tackles a yard in Leeds. (S)\n9.15pm  Local News. (S)',
    'Tickets from the box office or at sallowfilm.example.',
    'Harbour Film Week is kindly supported by the Arts Council and the Guild of Lock Keepers.',
    'A boatman loses his nerve and, slowly, his name. Introduced by curator Ama Reyes.',
    'Two brothers race for a farm on a frozen lake. Followed by a Q&A with the director.',
    'It is tempting to read The Lock Keeper as a film about drought, and critics at the time did exactly that. But it is just as much a film about keeping count.',
  ];
  for (const line of furniture)
    it(`drops "${line.slice(0, 60)}"`, () => expect(between(line)).toBe('boilerplate'));
});

describe('furniture13: story paragraphs of the same shapes stay story', () => {
  const story = [
    'Abe warns her that the ending of the ledger is missing, and that the last pages were torn out in a hurry.',
    'Tickets are cheap at the fair, so Wren buys three for the coconut shy and loses them all.',
    'Wren is supported by Abe when the inspector comes, and she keeps the lock for another year.',
    '9.15pm Wren locks the gate. She hears an engine start behind the maltings and runs.',
    'The child is introduced by Abe to the vicar as a cousin from Leeds, and nobody asks again.',
    'Wren reads the letter as a plea for help. The vicar says it is a film about the canal that a boy made at school, and Abe laughs at him.',
  ];
  for (const line of story)
    it(`keeps "${line.slice(0, 60)}"`, () => expect(between(line)).toBe('story'));
});

describe('furniture13: a TV page around its film', () => {
  it('reads the film of a TV page whose other programmes are furniture', async () => {
    const { convertDocuments } = await import('../../src/pipeline/convert');
    const { Diagnostics } = await import('../../src/pipeline/diagnostics');
    const text = [
      "TONIGHT'S TV | Friday 3 May",
      'All times BST. Programmes may change at short notice.',
      '',
      '8.00pm  Boat Auctions. Repeat. The crew visits Hull. (S)',
      '9.00pm  Evening News. (S)',
      '',
      '9.20pm  FILM: The Lock Keeper',
      '(2004) ★★★ Drama. 12. Running time 97 mins.',
      '',
      A,
      '',
      B,
      '',
      C,
    ].join('\n');
    const film = convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0];
    expect(film?.title).toBe('The Lock Keeper');
  });
});

describe('furniture13: comments and an essay’s reading inside a telling', () => {
  it('keeps signed comments and a reading of the film out of the scenes, and the story in', async () => {
    const { convertText } = await import('../fixtures/filmScenes');
    const text = [
      'Film Answers',
      'How does the timeline of "Salt Harbour" (2019) work?',
      '',
      'I saw Salt Harbour at a festival and could not follow the two summers. Is the ferryman the boy?',
      '',
      'asked by gullwatch_7',
      '',
      '  Comments:',
      '  • Did you see the long cut? It has a whole extra regatta. – quay_lamp',
      '  • @quay_lamp the short one. – gullwatch_7',
      '',
      'Yes, and the film hides it until the end. There are two summers.',
      '',
      '1. Summer 2021. Pia Drennan arrives in Salt Harbour to count the seals and rents a room above the chandlery.',
      '',
      '2. Summer 1984. Fourteen-year-old Col Hartigan rows tourists round the point for his uncle and loses an oar in a storm.',
      '',
      'Not all of the memories in the first half are reliable, and the film lets us discover that slowly. Col’s kind uncle is gentler here than what the second half will show.',
      '',
      '3. Summer 2021. Pia finds an oar carved with initials in the chandlery loft, and the old ferryman goes pale when he sees it.',
      '',
      'answered by tidewrack',
      '',
      '  Comments:',
      '  • Lovely answer, I never noticed the carved oar. – seal_count',
    ].join('\n');
    const film = convertText(text);
    const all = film.scenes.map((x) => x.text).join(' ');
    expect(all).toContain('loses an oar in a storm');
    expect(all).toContain('finds an oar carved with initials');
    for (const gone of ['extra regatta', 'never noticed the carved oar', 'lets us discover'])
      expect(all).not.toContain(gone);
  });
});
