import { use, useId, useMemo, useState } from 'react';
import type { Film, Scene, SceneKind } from '../model/film';
import { introducedCharacters, visibleScenes } from '../state/spoiler';
import { KIND_STYLES } from '../timeline/kinds';
import { CorrectionsContext } from './correctionsContext';

/** The scene kinds in the order the select lists them. */
const KINDS = Object.keys(KIND_STYLES) as SceneKind[];

const SELECT =
  'min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-amber-600 focus:outline-none';
const BUTTON =
  'shrink-0 rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40';

/** Props of the correction controls. */
export interface CorrectionControlsProps {
  /** The film as shown (corrected). */
  film: Film;
  scene: Scene;
  /** Highest visible storyIndex: the choosers list revealed scenes and introduced characters only. */
  limit: number;
}

/**
 * The scene panel's "Edit" disclosure: set the scene's kind, move it in chronological order
 * before or after another revealed scene, and merge one of its characters into another. Each
 * change is a correction kept in this browser (see useCorrections); one that cannot apply (a
 * cycle of moves, say) is refused with a one-line reason and changes nothing.
 */
export function CorrectionControls({ film, scene, limit }: CorrectionControlsProps) {
  const corrections = use(CorrectionsContext);
  const id = useId();
  const [placement, setPlacement] = useState<'before' | 'after'>('before');
  const [target, setTarget] = useState('');
  const [from, setFrom] = useState('');
  const [into, setInto] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Other revealed scenes in chronological order, numbered by their rank in time among them.
  const others = useMemo(
    () =>
      [...visibleScenes(film, limit)]
        .sort((a, b) => a.chronoIndex - b.chronoIndex)
        .map((s, i) => ({ scene: s, rank: i + 1 }))
        .filter(({ scene: s }) => s.id !== scene.id),
    [film, limit, scene.id],
  );
  const cast = useMemo(() => introducedCharacters(film, limit), [film, limit]);
  const inScene = cast.filter((c) => scene.characters.includes(c.id));

  if (!corrections) return null;
  const { editing, setEditing } = corrections;

  const apply = (outcome: string | null): boolean => {
    setError(outcome);
    return outcome === null;
  };
  const chosenFrom = inScene.some((c) => c.id === from) ? from : (inScene[0]?.id ?? '');
  const targets = cast.filter((c) => c.id !== chosenFrom);
  const chosenInto = targets.some((c) => c.id === into) ? into : '';

  return (
    <div className="rounded-lg border border-slate-200" data-testid="correction-controls">
      <button
        type="button"
        aria-expanded={editing}
        aria-controls={`${id}-body`}
        onClick={() => setEditing(!editing)}
        className="flex w-full items-center justify-between gap-2 rounded-lg px-3 py-2 text-left text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        <span>Edit</span>
        <span className="text-xs font-normal text-slate-600">
          {editing ? 'Hide' : 'Correct this scene'}
        </span>
      </button>
      {editing && (
        <div id={`${id}-body`} className="space-y-3 border-t border-slate-100 p-3 text-sm">
          <label className="flex items-center gap-2">
            <span className="w-24 shrink-0 text-slate-600">Kind</span>
            <select
              className={SELECT}
              value={scene.kind}
              onChange={(e) =>
                apply(
                  corrections.add({
                    list: 'setKind',
                    entry: { scene: scene.id, kind: e.target.value as SceneKind },
                  }),
                )
              }
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_STYLES[k].label}
                </option>
              ))}
            </select>
          </label>

          <form
            aria-label="Move in time"
            className="flex flex-wrap items-center gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (!target) return;
              const entry =
                placement === 'before'
                  ? { scene: scene.id, before: target }
                  : { scene: scene.id, after: target };
              if (apply(corrections.add({ list: 'moveScene', entry }))) setTarget('');
            }}
          >
            <span className="w-24 shrink-0 text-slate-600">Move in time</span>
            <select
              aria-label="Before or after"
              className={SELECT}
              value={placement}
              onChange={(e) => setPlacement(e.target.value === 'after' ? 'after' : 'before')}
            >
              <option value="before">just before</option>
              <option value="after">just after</option>
            </select>
            <select
              aria-label="Scene to move next to"
              className={`${SELECT} flex-1 basis-40`}
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            >
              <option value="">Choose a scene…</option>
              {others.map(({ scene: s, rank }) => (
                <option key={s.id} value={s.id}>
                  {rank}. {s.title || `Scene ${s.storyIndex + 1}`}
                </option>
              ))}
            </select>
            <button type="submit" className={BUTTON} disabled={!target}>
              Move
            </button>
          </form>

          {inScene.length > 0 && (
            <form
              aria-label="Merge characters"
              className="flex flex-wrap items-center gap-2"
              onSubmit={(e) => {
                e.preventDefault();
                if (!chosenFrom || !chosenInto) return;
                const entry = { into: chosenInto, from: [chosenFrom] };
                if (apply(corrections.add({ list: 'mergeCharacters', entry }))) setInto('');
              }}
            >
              <span className="w-24 shrink-0 text-slate-600">Merge</span>
              <select
                aria-label="Character to merge"
                className={SELECT}
                value={chosenFrom}
                onChange={(e) => setFrom(e.target.value)}
              >
                {inScene.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <select
                aria-label="Merge into"
                className={`${SELECT} flex-1 basis-32`}
                value={chosenInto}
                onChange={(e) => setInto(e.target.value)}
              >
                <option value="">Merge into…</option>
                {targets.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              <button type="submit" className={BUTTON} disabled={!chosenInto}>
                Merge
              </button>
            </form>
          )}

          {error && (
            <p role="alert" className="text-sm text-red-800">
              {error}
            </p>
          )}
          <p className="text-xs text-slate-600">
            Corrections show at once and stay in this browser; the film’s Corrections list downloads
            them as an annotation file.
          </p>
        </div>
      )}
    </div>
  );
}
