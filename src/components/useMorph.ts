import { useLayoutEffect, useRef, type RefObject } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';

/** Length of the order morph: long enough to follow each scene, short enough not to wait. */
export const MORPH_MS = 600;
const TRANSITION_NAME = 'fabula-morph';

/** True if the viewer asked the system for reduced motion. */
export const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Paints one frame from the current centres; `settled` is true once no morph runs. A settled
 * paint may return a promise: the root keeps data-morphing="true" until it resolves.
 */
export type MorphFrame = (centres: Float64Array, settled: boolean) => void | Promise<void>;

interface MorphOptions {
  /** The element the d3 transition is scheduled on; gets data-morphing="true" while animating. */
  rootRef: RefObject<HTMLElement | null>;
  /** Target centres (axis units), one per visible scene. */
  target: Float64Array;
  /** Changes when the set of marks changes (film, spoiler limit): snap instead of morphing. */
  layoutKey: unknown;
  /** Latest painter; called every frame with the interpolated centres. */
  draw: MorphFrame;
}

/**
 * The one hook that owns the order transition: a d3-transition tweening every mark's centre from
 * where it is now to `target` (~600 ms, cubic in-out), without re-rendering React each frame.
 * A new target mid-flight interrupts and starts from the current interpolated centres; under
 * prefers-reduced-motion the marks jump. Returns the live centres and a "morphing" probe.
 */
export function useMorph({ rootRef, target, layoutKey, draw }: MorphOptions): {
  current: RefObject<Float64Array>;
  isMorphing: () => boolean;
} {
  const current = useRef<Float64Array>(target.slice());
  const morphing = useRef(false);
  const lastKey = useRef<unknown>(layoutKey);
  const lastTarget = useRef<Float64Array>(target);
  const drawRef = useRef(draw);
  const generationRef = useRef(0);

  useLayoutEffect(() => {
    drawRef.current = draw;
  });

  useLayoutEffect(() => {
    const root = rootRef.current;
    const sameLayout = lastKey.current === layoutKey && current.current.length === target.length;
    const changed = lastTarget.current !== target;
    lastKey.current = layoutKey;
    lastTarget.current = target;
    if (!changed) return;
    const generation = ++generationRef.current;
    const settle = () => {
      morphing.current = false;
      const pending = drawRef.current(current.current, true);
      // data-morphing stays until the painter has finished its settling work (if any).
      const finish = () => {
        if (generationRef.current === generation) root?.removeAttribute('data-morphing');
      };
      if (pending) void pending.then(finish);
      else finish();
    };
    if (!root || !sameLayout || prefersReducedMotion()) {
      if (root) select(root).interrupt(TRANSITION_NAME);
      current.current = target.slice();
      settle();
      return;
    }
    const from = current.current.slice();
    const to = target;
    const live = new Float64Array(to.length);
    current.current = live;
    morphing.current = true;
    root.setAttribute('data-morphing', 'true');
    // Paint the start frame now, before the browser paints React's committed (target) positions.
    live.set(from);
    drawRef.current(live, false);
    select(root)
      .transition(TRANSITION_NAME)
      .duration(MORPH_MS)
      .ease(easeCubicInOut)
      .tween('centres', () => (t: number) => {
        for (let i = 0; i < live.length; i++) {
          const a = from[i] ?? 0;
          live[i] = a + ((to[i] ?? 0) - a) * t;
        }
        drawRef.current(live, false);
      })
      .on('end', settle);
  }, [rootRef, target, layoutKey]);

  useLayoutEffect(() => {
    const root = rootRef.current;
    return () => {
      if (root) select(root).interrupt(TRANSITION_NAME);
    };
  }, [rootRef]);

  return { current, isMorphing: () => morphing.current };
}
