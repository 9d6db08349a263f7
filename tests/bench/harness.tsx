/**
 * A dev harness for the Timeline alone (vite dev: /tests/bench/harness.html?gen=1000 or
 * ?film=<id>): generated or served films, with its own order, filter, lanes and zoom state.
 */
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/index.css';
import type { Film } from '../../src/model/film';
import type { SceneOrder, ZoomWindow } from '../../src/state/viewState';
import { Timeline } from '../../src/components/Timeline';
import { SceneTable } from '../../src/components/SceneTable';
import { generateFilm } from '../fixtures/generateFilm';

const params = new URLSearchParams(location.search);

function Harness() {
  const gen = params.get('gen');
  const [film, setFilm] = useState<Film | null>(() =>
    gen ? generateFilm({ scenes: Number(gen), seed: 7 }) : null,
  );
  const [order, setOrder] = useState<SceneOrder>((params.get('order') as SceneOrder) ?? 'story');
  const [zoom, setZoom] = useState<ZoomWindow>({ start: 0, end: 1 });
  const [selected, setSelected] = useState<string | null>(params.get('scene'));
  const [sizing, setSizing] = useState<'text' | 'equal'>('text');
  const [table, setTable] = useState(params.get('table') === '1');
  useEffect(() => {
    if (gen) return;
    void fetch(`/data/films/${params.get('film') ?? 'generated-48'}.json`)
      .then((r) => r.json() as Promise<Film>)
      .then(setFilm);
  }, [gen]);
  const reveal = film ? Number(params.get('reveal') ?? film.scenes.length - 1) : 0;
  const chars = params.get('chars')?.split(',') ?? null;
  const highlighted = useMemo(() => {
    if (!film || !chars) return null;
    return new Set(
      film.scenes.filter((s) => chars.some((c) => s.characters.includes(c))).map((s) => s.id),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [film]);
  const lanes = useMemo(
    () => (params.get('lanes') ? (params.get('lanes')?.split(',') ?? null) : null),
    [],
  );
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'o') setOrder((o) => (o === 'story' ? 'chrono' : 'story'));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (!film) return <p className="p-6">Loading…</p>;
  return (
    <main className="mx-auto flex max-w-[1600px] flex-col gap-3 p-4">
      <header className="flex flex-wrap items-center gap-3 rounded-lg bg-slate-800 px-4 py-3 text-white">
        <h1 className="text-lg font-semibold">{film.title}</h1>
        <div
          role="group"
          aria-label="Order"
          className="flex overflow-hidden rounded border border-slate-500"
        >
          {(['story', 'chrono'] as const).map((o) => (
            <button
              key={o}
              type="button"
              aria-pressed={order === o}
              className={`px-3 py-1 text-sm ${order === o ? 'bg-white text-slate-900' : ''}`}
              onClick={() => setOrder(o)}
            >
              {o === 'story' ? 'Story order' : 'Chronological order'}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="text-sm underline"
          onClick={() => setSizing((s) => (s === 'text' ? 'equal' : 'text'))}
        >
          Sizing: {sizing}
        </button>
        <button type="button" className="text-sm underline" onClick={() => setTable((t) => !t)}>
          Table
        </button>
      </header>
      <Timeline
        film={film}
        order={order}
        revealLimit={reveal}
        highlighted={highlighted}
        selectedSceneId={selected}
        lanes={lanes}
        sizing={sizing}
        zoom={zoom}
        onSelectScene={setSelected}
        onZoomChange={setZoom}
      />
      {table && (
        <SceneTable
          film={film}
          order={order}
          revealLimit={reveal}
          highlighted={highlighted}
          selectedSceneId={selected}
          onSelectScene={setSelected}
        />
      )}
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Harness />
    </StrictMode>,
  );
