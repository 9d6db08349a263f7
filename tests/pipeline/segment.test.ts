import { describe, expect, it } from 'vitest';
import { segmentStory } from '../../src/pipeline/segment';

describe('segmentStory', () => {
  it('splits a paragraph where a time cue changes the time', () => {
    const text =
      'Marco buries the body behind the barn and prays. Twelve years ago, he had stolen the horse that killed his brother.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'Marco buries the body behind the barn and prays.',
      'Twelve years ago, he had stolen the horse that killed his brother.',
    ]);
    expect(segs[1]?.cue?.kind).toBe('back');
  });

  it('does not split at a past time merely mentioned in a present sentence', () => {
    const text =
      'The doctor visits the farm at noon. He recognises the man he treated six years ago and says nothing.';
    expect(segmentStory(text, [{ start: 0, end: text.length }])).toHaveLength(1);
  });

  it('splits at scene changes and keeps spans exact and ordered', () => {
    const text =
      'Lena waits at the bus stop for an hour. Meanwhile, Omar packs his bags in the flat.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs).toHaveLength(2);
    expect(segs[0]!.end).toBeLessThanOrEqual(segs[1]!.start);
  });

  it('cuts a past relative clause off a present sentence', () => {
    const text =
      'At the symposium Ledgard shows his new skin to the crowd, named after his late wife, who perished in a fire.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'At the symposium Ledgard shows his new skin to the crowd, named after his late wife',
      'who perished in a fire.',
    ]);
  });

  it('cuts a past aside out of the middle of a present sentence and goes on after it', () => {
    const text =
      'The trial opens in the spring and the town fills with reporters. On the first morning Dario, the boy once hidden in the mill, takes the stand and names the miller.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'The trial opens in the spring and the town fills with reporters. On the first morning Dario',
      'the boy once hidden in the mill',
      'takes the stand and names the miller.',
    ]);
    expect(segs[1]?.clause).toBe(true);
    expect(segs[2]?.clause).toBeUndefined();
  });

  it('cuts a past relative aside ("who was ...,") but keeps a present one', () => {
    const text =
      'Nadia returns to the harbour after the storm passes. Her uncle, who was jailed for the smuggling, now mends nets on the quay.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'Nadia returns to the harbour after the storm passes. Her uncle',
      'who was jailed for the smuggling',
      'now mends nets on the quay.',
    ]);
    const present =
      'Nadia returns to the harbour after the storm passes. Her uncle, who is still angry, mends nets on the quay.';
    expect(segmentStory(present, [{ start: 0, end: present.length }])).toHaveLength(1);
  });

  it('reads a year in a past clause of a present sentence as a mention', () => {
    const text =
      'Ada opens the shop on the arcade. She finds it exactly as it was left in 1949, with the lamps on the shelves.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs).toHaveLength(1);
    expect(segs[0]?.cue).toBeNull();
  });

  it('in a past-tense synopsis, reads a year in a simple-past sentence as a mention, in a past-perfect one as a jump', () => {
    const a =
      'On Friday Frank went to see Ricci. The old man reminded him of the fight in 1979 and offered him a deal.';
    expect(segmentStory(a, [{ start: 0, end: a.length }]).map((s) => s.cue)).toEqual([null]);
    const b =
      'Frank drove back to the trailer. He had thrown a fight in 1979 for Ricci and had bought a bar with the money.';
    expect(segmentStory(b, [{ start: 0, end: b.length }])[0]?.cue?.kind).toBe('year');
  });

  it('takes the time of a chapter heading for the paragraph under it', () => {
    const text = '1985\nAnna meets Tom at the fair and they dance all night.';
    const segs = segmentStory(text, [{ start: 5, end: text.length, lead: { start: 0, end: 4 } }]);
    expect(segs[0]?.cue).toMatchObject({ kind: 'year', year: 1985 });
  });

  it('cuts a past clause off a sentence whose own verbs are present, even with a past verb', () => {
    const text =
      'Petra hangs the seascape and waits. At the gallery Petra tells a buyer and explains she painted it for her brother, who was lost at sea off Malin Head.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'Petra hangs the seascape and waits. At the gallery Petra tells a buyer and explains she painted it for her brother',
      'who was lost at sea off Malin Head.',
    ]);
    expect(segs[1]?.clause).toBe(true);
  });

  it('in a past-tense synopsis, does not split at a past time mentioned beside a simple past', () => {
    const text =
      'Mira returned to the island in the winter. She found the rooms as she had left them twenty years before. She lit the stove.';
    expect(segmentStory(text, [{ start: 0, end: text.length }])).toHaveLength(1);
  });

  it('cuts a past-perfect clause told by "learns that" off a present sentence, and goes on after it', () => {
    const text =
      'At the wake in the village hall, Abel learns that Ruth had sold the farm to her cousin years before. He leaves without a word.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'At the wake in the village hall, Abel learns that',
      'Ruth had sold the farm to her cousin years before.',
      'He leaves without a word.',
    ]);
    expect(segs[1]?.clause).toBe(true);
  });

  it('cuts a told clause in the simple past that names its own time ("tells him that ... years before")', () => {
    const text =
      'Mara finds the ledger in the chapel. The priest does not argue: he tells her that he hid the money there nine years before, when the mine closed. She burns the ledger in the stove.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'Mara finds the ledger in the chapel.',
      'The priest does not argue: he tells her that',
      'he hid the money there nine years before, when the mine closed.',
      'She burns the ledger in the stove.',
    ]);
    expect(segs[2]?.clause).toBe(true);
    expect(segs[2]?.cue?.kind).toBe('back');
    expect(segs[1]?.cue).toBeNull();
  });

  it('cuts what is told after "tells her the truth:" off a present sentence', () => {
    const text =
      'Abel comes back to the café every evening that week. On the Friday he finally tells her the truth: he had taken the blame for the fire at the boatyard.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'Abel comes back to the café every evening that week. On the Friday he finally tells her the truth:',
      'he had taken the blame for the fire at the boatyard.',
    ]);
    expect(segs[1]?.clause).toBe(true);
  });

  it('keeps a "that" clause in the present inside its sentence', () => {
    const text = 'Iris learns that her brother is alive and drives north through the night.';
    expect(segmentStory(text, [{ start: 0, end: text.length }])).toHaveLength(1);
  });

  it('reads a year in a relative clause of a present sentence as a mention, a year told to someone as a jump', () => {
    const first =
      'Ana is sent to cover the anniversary of the singer Mara, the woman who vanished from the Odeon in May 1961. She packs a bag and drives to the coast.';
    const second = 'On the pier the old doorman, Teo, tells her what really happened in 1961.';
    const text = `${first}\n\n${second}`;
    const segs = segmentStory(text, [
      { start: 0, end: first.length },
      { start: first.length + 2, end: text.length },
    ]);
    expect(segs.map((s) => s.cue?.year ?? null)).toEqual([null, 1961]);
  });

  it('cuts the past clauses of a told chain and goes on after them in the present', () => {
    const text =
      'The two of them sit on the harbour wall after dark. Ewan tells Nora that he remembers the storm better than anyone thinks, that it was November 1998 and he was twelve and meant to be minding the lamp, and that he fell asleep at the desk, and he has carried it ever since. Nora says nothing.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    const pieces = segs.map((s) => text.slice(s.start, s.end));
    expect(pieces).toEqual([
      'The two of them sit on the harbour wall after dark. Ewan tells Nora that he remembers the storm better than anyone thinks',
      'it was November 1998 and he was twelve and meant to be minding the lamp, and that he fell asleep at the desk',
      'and he has carried it ever since. Nora says nothing.',
    ]);
    expect(segs[1]?.clause).toBe(true);
    expect(segs[1]?.cue?.year).toBe(1998);
    expect(segs[2]?.resumes).toBe(true);
  });

  it('finds the chain after a later word of telling, and stops it at a verb in the present', () => {
    const text =
      'Hollis comes home on the Monday, and at dinner he admits that he had been drinking all afternoon and that from the porch he saw her wade out, and he says he has waited for the river ever since.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'Hollis comes home on the Monday, and at dinner he admits that',
      'he had been drinking all afternoon and that from the porch he saw her wade out',
      'and he says he has waited for the river ever since.',
    ]);
  });

  it('keeps a lone told clause of the recent past inside its sentence', () => {
    const text =
      'At the station Marta admits that she lied to the inspector about the car, and Paul walks out into the rain.';
    expect(segmentStory(text, [{ start: 0, end: text.length }])).toHaveLength(1);
  });

  it('cuts the one past clause a witness testifies to, but not one merely told', () => {
    const text =
      'The trial opens in the rain. The prosecutor calls the landlady, Maureen Toft, who testifies that on the night of the death Kemp and Owen argued at the bar about money.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual([
      'The trial opens in the rain. The prosecutor calls the landlady, Maureen Toft, who testifies that',
      'on the night of the death Kemp and Owen argued at the bar about money.',
    ]);
    const told =
      'The trial opens in the rain. The prosecutor calls the landlady, Maureen Toft, who says that Kemp and Owen argued at the bar about money.';
    expect(segmentStory(told, [{ start: 0, end: told.length }])).toHaveLength(1);
    // A paragraph opening on the witness is the told story as a whole (order.ts reads it).
    const opening = 'Maureen Toft testifies that Kemp and Owen argued at the bar about money.';
    expect(segmentStory(opening, [{ start: 0, end: opening.length }])).toHaveLength(1);
  });

  it('takes a short telling that opens a sentence ("It is revealed that") with the told clauses', () => {
    const text =
      'The sheriff leaves at dusk. It is revealed that Eli was the one who shot the guard, and that Tom only drove the car. Eli dies in the truck that night.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => [text.slice(s.start, s.end), s.clause === true])).toEqual([
      ['The sheriff leaves at dusk.', false],
      [
        'It is revealed that Eli was the one who shot the guard, and that Tom only drove the car.',
        true,
      ],
      ['Eli dies in the truck that night.', false],
    ]);
  });

  it('gives a time cue inside a closing relative clause to the clause, not to the sentence', () => {
    const text =
      'Dana hides Tom in the storeroom. The sheriff tells her that the man in the truck is Eli, who robbed a bank in Billings two days ago.';
    const segs = segmentStory(text, [{ start: 0, end: text.length }]);
    expect(segs.map((s) => s.cue?.text ?? null)).toEqual([null, null, 'two days ago']);
    expect(segs[2]?.clause).toBe(true);
  });
});
