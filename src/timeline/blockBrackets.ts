import type { Block, BlockRelation } from '../model';
import { KIND_STYLES } from './kinds';

/** A bracket over one block's visible scenes on the timeline, in pixels of the current order. */
export interface BlockBracket {
  id: string;
  x0: number;
  x1: number;
  /** Withheld (null) under a spoiler limit: relations are computed against the whole film. */
  relation: BlockRelation | null;
}

/** The horizontal extent of one visible scene in the current order, or null when not drawn. */
export type SceneExtent = (storyIndex: number) => { x0: number; x1: number } | null;

/**
 * Brackets for the timeline: each block's visible scenes are contiguous in both orders (a block is
 * a run told in chronological sequence), so one span from the leftmost to the rightmost covers it.
 */
export const blockBrackets = (
  blocks: readonly Block[],
  extentOf: SceneExtent,
  revealLimit: number,
  sceneCount: number,
): BlockBracket[] => {
  const everything = revealLimit >= sceneCount - 1;
  const out: BlockBracket[] = [];
  for (const b of blocks) {
    let x0 = Infinity;
    let x1 = -Infinity;
    for (let i = b.start; i <= Math.min(b.end, revealLimit); i++) {
      const e = extentOf(i);
      if (!e) continue;
      x0 = Math.min(x0, e.x0);
      x1 = Math.max(x1, e.x1);
    }
    if (x0 < x1) out.push({ id: b.id, x0, x1, relation: everything ? b.relation : null });
  }
  return out;
};

/** How a block relation is named and drawn (colour from the kind palette, so legends agree). */
export const RELATION_STYLES: Readonly<
  Record<BlockRelation, { label: string; color: string; dash: string | null }>
> = {
  main: { label: 'Main line', color: '#475569', dash: null },
  flashback: { label: 'Flashback', color: KIND_STYLES.flashback.color, dash: '6 3' },
  flashforward: { label: 'Flash-forward', color: KIND_STYLES.flashforward.color, dash: '2 3' },
  recounted: { label: 'Recounted', color: KIND_STYLES.recounted.color, dash: '1 2' },
  frame: { label: 'Frame', color: '#0f172a', dash: '10 3 2 3' },
};

/** The style of a block box or bracket whose relation may be withheld (null: spoiler limit). */
export const relationStyle = (relation: BlockRelation | null) =>
  relation ? RELATION_STYLES[relation] : { label: 'Block', color: '#64748b', dash: '4 4' };
