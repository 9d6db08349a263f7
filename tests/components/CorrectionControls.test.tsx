import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorrectionControls } from '../../src/components/CorrectionControls';
import { CorrectionsBar } from '../../src/components/CorrectionsBar';
import { CorrectionsContext } from '../../src/components/correctionsContext';
import { ScenePanel } from '../../src/components/ScenePanel';
import { useCorrections } from '../../src/components/useCorrections';
import type { Film } from '../../src/model/film';
import { CORRECTIONS_KEY_PREFIX } from '../../src/state/corrections';
import { resetStore, useViewStore } from '../../src/state/store';
import { SAMPLE_FILM } from '../fixtures/sampleFilm';

const KEY = CORRECTIONS_KEY_PREFIX + SAMPLE_FILM.id;

/** The explorer's wiring in small: corrections applied to the film, panel and list beside. */
function Harness({ sceneId, limit = 9 }: { sceneId: string; limit?: number }) {
  const { film, context } = useCorrections(SAMPLE_FILM.id, SAMPLE_FILM);
  if (!film || !context) return <p>loading</p>;
  const scene = film.scenes.find((s) => s.id === sceneId)!;
  const chrono = [...film.scenes].sort((a, b) => a.chronoIndex - b.chronoIndex);
  return (
    <CorrectionsContext value={context}>
      <div data-testid="chrono">{chrono.map((s) => s.id).join(' ')}</div>
      <div data-testid="cast">{film.characters.map((c) => c.id).join(' ')}</div>
      <CorrectionsBar limit={limit} />
      <CorrectionControls film={film} scene={scene} limit={limit} />
    </CorrectionsContext>
  );
}

const openEdit = async () => {
  await userEvent.click(await screen.findByRole('button', { name: /^Edit/ }));
};
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as unknown;

beforeEach(() => localStorage.clear());
afterEach(() => resetStore());

describe('CorrectionControls', () => {
  it('shows nothing without the corrections context', () => {
    const { container } = render(
      <CorrectionControls film={SAMPLE_FILM} scene={SAMPLE_FILM.scenes[0]!} limit={9} />,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('sets the scene’s kind at once and keeps it in localStorage', async () => {
    render(<Harness sceneId="s03" />);
    await openEdit();
    const kind = screen.getByRole('combobox', { name: 'Kind' });
    expect(kind).toHaveValue('present');
    await userEvent.selectOptions(kind, 'flashback');
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveValue('flashback');
    expect(stored()).toEqual({
      film: SAMPLE_FILM.id,
      setKind: [{ scene: 's03', kind: 'flashback' }],
    });
    expect(screen.getByRole('heading', { name: /Corrections \(1\)/ })).toBeInTheDocument();
  });

  it('moves the scene in chronological order next to a chosen scene', async () => {
    render(<Harness sceneId="s02" />);
    await openEdit();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Before or after' }),
      'after',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Scene to move next to' }),
      '2. Bruno remembers',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(screen.getByTestId('chrono')).toHaveTextContent(/^s04 s02 s06/);
    expect(stored()).toEqual({ film: SAMPLE_FILM.id, moveScene: [{ scene: 's02', after: 's04' }] });
  });

  it('lists only revealed scenes, in chronological order, and only introduced characters', async () => {
    render(<Harness sceneId="s03" limit={3} />);
    await openEdit();
    const picker = screen.getByRole('combobox', { name: 'Scene to move next to' });
    const labels = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    // Revealed: s01 (chrono 4), s02 (0), s04 (1); s03 is the scene itself.
    expect(labels).toEqual([
      'Choose a scene…',
      '1. A letter in 1962',
      '2. Bruno remembers',
      '3. The storm arrives',
    ]);
    const into = screen.getByRole('combobox', { name: 'Merge into' });
    const names = within(into)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(names).not.toContain('Hugo Brandt');
    expect(names).toContain('Clara Vey');
  });

  it('merges one of the scene’s characters into another', async () => {
    render(<Harness sceneId="s05" />);
    await openEdit();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Character to merge' }),
      'Hugo Brandt',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Merge into' }), 'Bruno');
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(screen.getByTestId('cast')).toHaveTextContent('ada bruno clara');
    expect(screen.getByText('Hugo Brandt merged into Bruno')).toBeInTheDocument();
  });

  it('keeps a chosen character chosen, as the one it was merged into', async () => {
    useViewStore.setState({ chars: ['hugo', 'ada'] });
    render(<Harness sceneId="s05" />);
    await openEdit();
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Character to merge' }),
      'Hugo Brandt',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Merge into' }), 'Bruno');
    await userEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(useViewStore.getState().chars).toEqual(['ada', 'bruno']);
  });

  it('refuses a cycle with a one-line message and changes nothing', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ film: SAMPLE_FILM.id, moveScene: [{ scene: 's02', before: 's04' }] }),
    );
    render(<Harness sceneId="s04" />);
    await openEdit();
    const before = screen.getByTestId('chrono').textContent;
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Scene to move next to' }),
      '1. A letter in 1962',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /^Not applied: the moves would contradict each other: scene \d+ before scene \d+/,
    );
    expect(screen.getByTestId('chrono').textContent).toBe(before);
    expect(stored()).toEqual({
      film: SAMPLE_FILM.id,
      moveScene: [{ scene: 's02', before: 's04' }],
    });
  });
});

describe('CorrectionsBar', () => {
  const seed = (value: unknown) => localStorage.setItem(KEY, JSON.stringify(value));

  it('undoes one correction, and discards all after a confirmation', async () => {
    seed({
      film: SAMPLE_FILM.id,
      setKind: [
        { scene: 's03', kind: 'flashback' },
        { scene: 's05', kind: 'recounted' },
      ],
    });
    render(<Harness sceneId="s01" />);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Undo: “Floorboards” (scene 3) is a flashback scene',
      }),
    );
    expect(screen.getByRole('heading', { name: /Corrections \(1\)/ })).toBeInTheDocument();
    expect(stored()).toEqual({
      film: SAMPLE_FILM.id,
      setKind: [{ scene: 's05', kind: 'recounted' }],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Discard all' }));
    await userEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(screen.queryByTestId('corrections-bar')).toBeNull();
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('shows corrections made in another tab', async () => {
    render(<Harness sceneId="s01" />);
    await screen.findByRole('button', { name: /^Edit/ });
    expect(screen.queryByTestId('corrections-bar')).toBeNull();
    seed({ film: SAMPLE_FILM.id, setKind: [{ scene: 's03', kind: 'flashback' }] });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    });
    // The other tab's write reaches this one as an event: wait for it rather than race it.
    expect(await screen.findByRole('heading', { name: /Corrections \(1\)/ })).toBeInTheDocument();
  });

  it('drops a corrupt stored entry with a notice instead of crashing', async () => {
    localStorage.setItem(KEY, '{not json');
    render(<Harness sceneId="s01" />);
    expect(await screen.findByRole('status')).toHaveTextContent(
      /could not be read and were dropped/,
    );
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('says why kept corrections no longer apply, and shows the film as loaded', async () => {
    seed({ film: SAMPLE_FILM.id, setKind: [{ scene: 's99', kind: 'flashback' }] });
    render(<Harness sceneId="s01" />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/s99/);
    expect(screen.getByTestId('chrono')).toHaveTextContent(
      [...SAMPLE_FILM.scenes]
        .sort((a, b) => a.chronoIndex - b.chronoIndex)
        .map((s) => s.id)
        .join(' '),
    );
  });

  it('downloads <film-id>.json holding the annotation file', async () => {
    seed({ film: SAMPLE_FILM.id, setKind: [{ scene: 's03', kind: 'flashback' }] });
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:test';
    };
    URL.revokeObjectURL = () => {};
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      render(<Harness sceneId="s01" />);
      await userEvent.click(await screen.findByRole('button', { name: 'Download annotations' }));
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).toEqual([`${SAMPLE_FILM.id}.json`]);
    expect(JSON.parse(await blobs[0]!.text())).toEqual({
      film: SAMPLE_FILM.id,
      setKind: [{ scene: 's03', kind: 'flashback' }],
    });
  });
});

describe('ScenePanel with corrections', () => {
  it('offers the Edit disclosure only where corrections are offered', async () => {
    function Panel({ film }: { film: Film }) {
      const { context } = useCorrections(film.id, film);
      return (
        <CorrectionsContext value={context}>
          <ScenePanel
            film={film}
            scene={film.scenes[0]!}
            order="story"
            limit={9}
            hasPrevious={false}
            hasNext
            onStep={() => {}}
            onClose={() => {}}
          />
        </CorrectionsContext>
      );
    }
    render(<Panel film={SAMPLE_FILM} />);
    expect(await screen.findByRole('button', { name: /^Edit/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await waitFor(() => expect(screen.getByTestId('correction-controls')).toBeInTheDocument());
  });
});
