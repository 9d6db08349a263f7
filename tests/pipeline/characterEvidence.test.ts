import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';

const names = (text: string) =>
  convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0]?.characters.flatMap((c) => [
    c.name,
    ...c.aliases,
  ]) ?? [];

describe('a name followed by "died" is a person', () => {
  const doc = (tail: string) =>
    `Declan Rourke woke up on the beach with no memory. As a boy he had stood on the pier while the loudest voice, Tomas Rourke, argued with Fergal Quinn. Fergal had kept the boat ever since ${tail}. Declan asked Fergal about it, and Fergal laughed.`;

  it('counts "Tomas died owing him" as evidence of a person', () => {
    expect(names(doc('Tomas died owing him')).some((n) => n.startsWith('Tomas'))).toBe(true);
  });

  it('without it, a name said once in apposition is not enough', () => {
    expect(names(doc('the storm died down')).some((n) => n.startsWith('Tomas'))).toBe(false);
  });
});
