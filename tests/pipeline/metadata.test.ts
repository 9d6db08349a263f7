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
});
