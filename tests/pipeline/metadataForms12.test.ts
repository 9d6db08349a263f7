import { describe, expect, it } from 'vitest';
import { convertText } from '../fixtures/filmScenes';

const STORY = [
  'In 2019, a ferry engineer, Noor Selby, is sent to a Hebridean island to decide whether its last ferry should be scrapped. She lodges with the harbourmaster, Callum Rae.',
  'Noor spends the week riding the ferry and talking to everyone who depends on it. The islanders are polite and do not trust her.',
].join('\n\n');

describe('metadata a page states in less common forms', () => {
  it('takes the title from a headline whose tail warns of spoilers', () => {
    for (const head of [
      'The Last Crossing — review (contains spoilers)',
      'The Last Crossing (spoilers)',
      'THE LAST CROSSING [SPOILERS]',
    ])
      expect(convertText(`${head}\n\n${STORY}`).title).toBe('The Last Crossing');
  });

  it('takes the title and year from the one bracketed field of a listing strip', () => {
    const f = convertText(
      `Film4 · Saturday 21:00 · THE LAST CROSSING (2011) · 1h 44m · Subtitles\n\n${STORY}`,
    );
    expect(f.title).toBe('The Last Crossing');
    expect(f.year).toBe(2011);
  });

  it('takes a director named by title in a review’s opening paragraph', () => {
    const f = convertText(
      `The Last Crossing\n\nQuiet and patient, director Ailsa Munro keeps the best scene for last, and the islands have never looked colder on film.\n\n${STORY}`,
    );
    expect(f.director).toBe('Ailsa Munro');
  });

  it('does not take a director of photography from the prose', () => {
    const f = convertText(
      `The Last Crossing\n\nDirector of Photography Sam Reid shoots the sea in grey and silver, and the islands look cold.\n\n${STORY}`,
    );
    expect(f.director ?? null).not.toBe('Sam Reid');
  });
});

describe('a listing’s facts set between full stops', () => {
  const page = (facts: string) =>
    `Channel 5 · Friday 9.00pm\n\nTHE LAST CROSSING (2011)\n\n${facts}\n\n${STORY}`;

  it('is no scene, and gives the runtime and the genre', () => {
    const f = convertText(page('Drama. 1hr 44mins. Subtitles.'));
    expect(f.scenes.some((s) => s.text.includes('Subtitles'))).toBe(false);
    expect(f.runtimeMinutes).toBe(104);
    expect(f.genres).toContain('drama');
  });

  it('leaves a short story paragraph of full stops alone', () => {
    const f = convertText(page('Noor waits. The ferry is late. Nobody comes.'));
    expect(f.scenes.some((s) => s.text.includes('Noor waits.'))).toBe(true);
  });
});

describe('a person named once after a trade', () => {
  it('keeps "the retired trainer Senga McFee" as a character, not "the Sheriff’s Office"', () => {
    const f = convertText(
      `${STORY}\n\nIn the afternoon Noor persuades the retired jockey Senga McFee, who once rode for the island's laird, to speak at the meeting. A letter arrives from the County Sheriff's Office.`,
    );
    const names = f.characters.map((c) => c.name);
    expect(names).toContain('Senga McFee');
    expect(names).not.toContain('Office');
  });
});
