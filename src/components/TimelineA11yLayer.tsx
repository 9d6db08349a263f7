import { memo } from 'react';
import type { Scene } from '../model/film';
import { KIND_STYLES, positionsLabel, type TimelineLayout } from '../timeline';

const SCENE_BUTTON_CLASS = 'fabula-scene';
const SCENE_GROUP_CLASS = 'fabula-scene-group';

/**
 * The scene buttons' rules, one class: with thousands of scene elements, restyling them at the
 * order switch is the costliest step of the morph. Measured in Chromium with 5,000 elements, a
 * <div role="button"> restyles several times faster than a <button> (no UA button box), and a
 * plain inline `left` faster than utility classes with a `group-data-*` selector.
 */
export const SCENE_LAYER_CSS = `
.${SCENE_BUTTON_CLASS}{position:absolute;top:0;left:0;height:100%;border-radius:2px;cursor:pointer}
.${SCENE_BUTTON_CLASS}:focus-visible{outline:2px solid #0f172a;outline-offset:-2px;box-shadow:0 0 0 2px #fff inset}
.${SCENE_GROUP_CLASS}{position:absolute;inset:0;contain:strict}
`;

/**
 * Scene elements live in groups of this many, each a containment boundary: moving one group's
 * elements relayouts and repaints that group only, not all of the film's scenes.
 */
export const SCENE_GROUP_SIZE = 500;

/** Smallest hit target (px) for a scene where neighbours leave room (WCAG 2.5.8 asks 24). */
const MIN_TARGET_PX = 24;

interface TimelineA11yLayerProps {
  layout: TimelineLayout;
  selectedSceneId: string | null;
  highlighted: ReadonlySet<string> | null;
  onSelect: (id: string) => void;
  onHover: (index: number | null) => void;
  onFocusScene: (index: number) => void;
}

interface SceneButtonProps {
  scene: Scene;
  index: number;
  label: string;
  width: string;
  selected: boolean;
  tabStop: boolean;
  dimmed: boolean;
  onSelect: (id: string) => void;
  onHover: (index: number | null) => void;
  onFocusScene: (index: number) => void;
}

/** One scene's button; memoised so a selection step re-renders two buttons, not thousands. */
const SceneButton = memo(function SceneButton(p: SceneButtonProps) {
  return (
    <div
      role="button"
      data-scene-id={p.scene.id}
      data-story-index={p.index}
      aria-label={p.dimmed ? `${p.label}, not in filter` : p.label}
      aria-pressed={p.selected}
      tabIndex={p.tabStop ? 0 : -1}
      className={SCENE_BUTTON_CLASS}
      style={{ width: p.width }}
      onClick={() => p.onSelect(p.scene.id)}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        e.preventDefault();
        p.onSelect(p.scene.id);
      }}
      onPointerEnter={() => p.onHover(p.index)}
      onPointerLeave={() => p.onHover(null)}
      onFocus={() => p.onFocusScene(p.index)}
      onBlur={() => p.onHover(null)}
    />
  );
});

/**
 * One transparent, focusable button per visible scene, laid over the drawn marks (SVG or canvas):
 * what screen readers, the keyboard and tests use. Positions are percentages of a track that the
 * parent scales for zoom, so panning and zooming never re-render these thousands of buttons.
 * Their horizontal position (`left`) is not rendered by React: placeSceneLayer writes it once
 * the morph has ended, so the order toggle re-renders none of them.
 * One roving tab stop (the selected scene, else the first) keeps Tab from walking every scene.
 */
export const TimelineA11yLayer = memo(function TimelineA11yLayer({
  layout,
  selectedSceneId,
  highlighted,
  onSelect,
  onHover,
  onFocusScene,
}: TimelineA11yLayerProps) {
  const tabStop = selectedSceneId ?? layout.visible[0]?.id;
  const groups: number[] = [];
  for (let g = 0; g < layout.visible.length; g += SCENE_GROUP_SIZE) groups.push(g);
  return (
    <>
      <style>{SCENE_LAYER_CSS}</style>
      {groups.map((start) => (
        <div key={start} className={SCENE_GROUP_CLASS}>
          {layout.visible.slice(start, start + SCENE_GROUP_SIZE).map((scene, k) => {
            const i = start + k;
            return (
              <SceneButton
                key={scene.id}
                scene={scene}
                index={i}
                label={`${scene.title || `Scene ${i + 1}`}: ${KIND_STYLES[scene.kind].label}, ${positionsLabel(layout, i)}`}
                width={sceneWidthCss(layout, i)}
                selected={scene.id === selectedSceneId}
                tabStop={scene.id === tabStop}
                dimmed={highlighted !== null && !highlighted.has(scene.id)}
                onSelect={onSelect}
                onHover={onHover}
                onFocusScene={onFocusScene}
              />
            );
          })}
        </div>
      ))}
    </>
  );
});

/** A scene element's CSS width: its slot, or a touch-sized target where neighbours leave room. */
export const sceneWidthCss = (layout: TimelineLayout, i: number): string => {
  const avgSlot = layout.sceneCount > 0 ? 100 / layout.sceneCount : 100;
  return `max(${((layout.widths[i] ?? 0) * 100).toFixed(4)}%, min(${MIN_TARGET_PX}px, ${avgSlot.toFixed(4)}%))`;
};

/**
 * The `left` of every scene element in one order: its centre minus half its width, in CSS (no
 * transform, which made each of thousands of moves cost compositing work).
 */
export const layerPositions = (layout: TimelineLayout, centres: Float64Array): string[] =>
  Array.from(centres, (c, i) => `calc(${(c * 100).toFixed(4)}% - ${sceneWidthCss(layout, i)} / 2)`);

/** Moves the scene elements of a layer to their positions (indexed by data-story-index). */
export function placeSceneLayer(layer: HTMLElement, positions: readonly string[]): void {
  const items = layer.querySelectorAll<HTMLElement>('[data-story-index]');
  for (let k = 0; k < items.length; k++) {
    const el = items[k] as HTMLElement;
    const i = el.dataset.storyIndex;
    if (i !== undefined) el.style.left = positions[Number(i)] ?? '0%';
  }
}
