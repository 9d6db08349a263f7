import { useMemo, type JSX } from 'react';
import type { Film } from '../model/film';
import type { SceneOrder } from '../state/viewState';
import { computeLayout, KIND_STYLES, ordinal } from '../timeline';

/** Props of the accessible table view of the timeline. */
export interface SceneTableProps {
  film: Film;
  order: SceneOrder;
  revealLimit: number;
  highlighted: ReadonlySet<string> | null;
  selectedSceneId: string | null;
  onSelectScene: (id: string) => void;
}

/**
 * The timeline as a table: one row per visible scene in the current order, with its story
 * position, its position in time (among the scenes revealed so far) and its characters.
 */
export function SceneTable({
  film,
  order,
  revealLimit,
  highlighted,
  selectedSceneId,
  onSelectScene,
}: SceneTableProps): JSX.Element {
  const layout = useMemo(() => computeLayout(film, revealLimit, 'equal'), [film, revealLimit]);
  const names = useMemo(() => new Map(film.characters.map((c) => [c.id, c.name])), [film]);
  const rows = useMemo(() => {
    const idx = layout.visible.map((_, i) => i);
    if (order === 'chrono')
      idx.sort((a, b) => (layout.chronoRankVisible[a] ?? 0) - (layout.chronoRankVisible[b] ?? 0));
    return idx;
  }, [layout, order]);
  const total = layout.sceneCount;

  return (
    <div className="max-h-[28rem] overflow-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          Scenes of {film.title} in {order === 'story' ? 'story' : 'chronological'} order
        </caption>
        <thead className="sticky top-0 bg-slate-50 text-xs tracking-wide text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">
              Scene
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Kind
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Story position
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Chronological position
            </th>
            <th scope="col" className="px-3 py-2 font-semibold">
              Characters
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => {
            const scene = layout.visible[i];
            if (!scene) return null;
            const style = KIND_STYLES[scene.kind];
            const selected = scene.id === selectedSceneId;
            const dimmed = highlighted !== null && !highlighted.has(scene.id);
            return (
              <tr
                key={scene.id}
                data-row-scene-id={scene.id}
                aria-current={selected ? 'true' : undefined}
                className={`border-t border-slate-100 ${selected ? 'bg-amber-50' : ''} ${dimmed ? 'text-slate-400' : 'text-slate-800'}`}
              >
                <th scope="row" className="px-3 py-1.5 font-medium">
                  <button
                    type="button"
                    className="rounded text-left underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900"
                    onClick={() => onSelectScene(scene.id)}
                  >
                    {scene.title || `Scene ${i + 1}`}
                  </button>
                  {dimmed && <span className="sr-only"> (not in filter)</span>}
                </th>
                <td className="px-3 py-1.5 whitespace-nowrap">
                  <span
                    aria-hidden="true"
                    className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm align-middle"
                    style={{
                      background: style.fill,
                      border: `1.5px ${style.shape === 'dashed' ? 'dashed' : 'solid'} ${style.color}`,
                    }}
                  />
                  {style.label}
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                  {i + 1} of {total}
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap tabular-nums">
                  {ordinal((layout.chronoRankVisible[i] ?? 0) + 1)}
                </td>
                <td className="px-3 py-1.5">
                  {scene.characters.map((id) => names.get(id) ?? id).join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && (
        <p className="px-3 py-4 text-sm text-slate-500">No scenes revealed yet.</p>
      )}
    </div>
  );
}
