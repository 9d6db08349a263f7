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
