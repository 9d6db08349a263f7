import {
  asStoryIndex,
  type Block,
  type BlockRelation,
  type Film,
  type Measures,
  type Pattern,
  type Scene,
} from '../model';

/**
 * Structure of a film's telling, from its two orders. Let the film have n scenes and let c(i) be
 * the chronoIndex of the scene told i-th (i = storyIndex, 0-based).
 *
 * - Jump: a step between consecutive scenes in story order, i to i+1, with c(i+1) - c(i) other than
 *   +1. It is backward when c(i+1) < c(i), forward when c(i+1) > c(i) + 1.
 * - Jump size: |c(i+1) - c(i)|, the distance in chronological positions between the two scenes
 *   (a forward jump skipping k scenes has size k + 1; a step back to the previous event has size 1).
 *   meanJump is the mean size over all jumps (0 with no jump), maxJump the largest (0 with no jump).
 * - Kendall's tau (tau-a) between storyIndex and chronoIndex over all n(n-1)/2 pairs; both are
 *   permutations, so there are no ties and tau = 1 - 4 * inversions / (n(n-1)). 1 for a linear film,
 *   -1 for one told backwards; 1 when n < 2. Inversions are counted by merge sort, O(n log n).
 * - Out-of-order share: 1 - L / n, with L the length of the longest subsequence of scenes whose
 *   chronoIndex increases in story order (the longest increasing run of the telling, gaps allowed):
 *   the smallest share of scenes that would have to move to make the telling chronological. 0 when n = 0.
 * - Nonlinearity (the index of Kim et al., "Story Curves", IEEE TVCG 2017): the sum over scenes of
 *   |storyIndex - chronoIndex| divided by its maximum over all permutations of n, floor(n^2 / 2)
 *   (reached by the reversal). 0 when n < 2. Story Explorer's own code (helper.js,
 *   calcTemporalNonlinearity) divides the same sum by n(n-1)/2 instead, which lets a reversal
 *   score slightly above 1; dividing by the true maximum keeps the index in 0..1.
 *
 * Blocks (computeBlocks): a block is a maximal run of consecutive scenes in story order with
 * c(i+1) = c(i) + 1, so block boundaries are exactly the jumps (blocks = jumps + 1). Every block
 * covers a contiguous range of chronological positions. The main line is the heaviest chain of
 * blocks that rises in both orders (told in chronological order), weighted by scene count; its
 * blocks are `main`. Any other block is labelled against the main line's "now", the latest main
 * block told before it (or, when none is, the first main block):
 * - `recounted` when more than half of its scenes have kind `recounted` (backstory told in dialogue);
 * - `frame` when the film is framed and the block lies no earlier than the opening (the narrating
 *   present; this applies to main blocks too, except the first). A film is framed when it opens with
 *   a non-main block that lies ahead of the main line, ends at or after that opening's time, and
 *   fewer than half of its scenes happen from the opening's time on (the framed story is the bulk);
 * - otherwise `flashback` when it lies before the main line's now, `flashforward` when after.
 *
 * Patterns (classifyPattern), checked in this order:
 * 1. `linear`: no jump at all.
 * 2. `backwards`: Kendall's tau is negative and at least half of the n - 1 steps go back in time
 *    (a film alternating between two forward lines also steps back half the time, but has tau > 0).
 * 3. `in-medias-res`: the film opens with a block that lies ahead of the main line (flashforward or
 *    frame), the blocks that are neither main nor frame hold under BRIEF_SHARE of the scenes, and no
 *    frame block comes before the last non-frame block (the telling catches up with its opening once,
 *    at the end).
 * 4. `single-flashback`: exactly one non-main block, and it is a flashback or recounted.
 * 5. `frame-story`: at least FRAME_MIN_BLOCKS frame blocks (it opens in the frame, returns to it and
 *    closes in it) holding at least FRAME_MIN_SHARE of the scenes.
 * 6. `alternating`: at least ALTERNATING_MIN_RETURNS past blocks (flashback or recounted), and at
 *    least ALTERNATING_SHARE of the block-to-block steps switch between the main line and another
 *    line.
 * 7. `nonlinear`: anything else.
 */

/** Patterns: other blocks of an in-medias-res film hold under this share of its scenes. */
export const BRIEF_SHARE = 0.1;
/** Patterns: a frame story opens, returns to and closes in its frame: at least this many frame blocks. */
export const FRAME_MIN_BLOCKS = 3;
/** Patterns: a frame story's frame holds at least this share of its scenes. */
export const FRAME_MIN_SHARE = 0.1;
/** Patterns: an alternating film returns to the past at least this often. */
export const ALTERNATING_MIN_RETURNS = 4;
/** Patterns: in an alternating film at least this share of block changes switch lines. */
export const ALTERNATING_SHARE = 0.6;

/** The measures without the pattern, which needs the blocks too. */
export type RawMeasures = Omit<Measures, 'pattern'>;

/** c(i): the chronoIndex of each scene, indexed by storyIndex. */
const chronoByStory = (scenes: readonly Scene[]): number[] => {
  const out = new Array<number>(scenes.length).fill(0);
  for (const s of scenes) out[s.storyIndex] = s.chronoIndex;
  return out;
};

/** Counts pairs i < j with a[i] > a[j] by merge sort, O(n log n). */
export const countInversions = (values: readonly number[]): number => {
  let a = values.slice();
  let buf = new Array<number>(a.length).fill(0);
  let inversions = 0;
  for (let width = 1; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(lo + width, a.length);
      const hi = Math.min(lo + 2 * width, a.length);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const left = a[i] as number;
        const right = a[j] as number;
        if (left <= right) {
          buf[k++] = left;
          i++;
        } else {
          // every remaining left element is larger than `right`
          inversions += mid - i;
          buf[k++] = right;
          j++;
        }
      }
      while (i < mid) buf[k++] = a[i++] as number;
      while (j < hi) buf[k++] = a[j++] as number;
    }
    [a, buf] = [buf, a];
  }
  return inversions;
};

/** Length of the longest strictly increasing subsequence, O(n log n) (patience sorting). */
export const longestIncreasingLength = (values: readonly number[]): number => {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
};

/** Computes every measure but the pattern from the film's two orders. */
export const computeRawMeasures = (film: Pick<Film, 'scenes'>): RawMeasures => {
  const c = chronoByStory(film.scenes);
  const n = c.length;
  let backwardJumps = 0;
  let forwardJumps = 0;
  let jumpTotal = 0;
  let maxJump = 0;
  for (let i = 0; i + 1 < n; i++) {
    const d = (c[i + 1] as number) - (c[i] as number);
    if (d === 1) continue;
    if (d < 0) backwardJumps++;
    else forwardJumps++;
    jumpTotal += Math.abs(d);
    maxJump = Math.max(maxJump, Math.abs(d));
  }
  const jumps = backwardJumps + forwardJumps;
  const pairs = (n * (n - 1)) / 2;
  const kendallTau = pairs > 0 ? 1 - (2 * countInversions(c)) / pairs : 1;
  let displacement = 0;
  c.forEach((chrono, story) => (displacement += Math.abs(story - chrono)));
  const maxDisplacement = Math.floor((n * n) / 2);
  return {
    sceneCount: n,
    backwardJumps,
    forwardJumps,
    kendallTau,
    outOfOrderShare: n > 0 ? 1 - longestIncreasingLength(c) / n : 0,
    meanJump: jumps > 0 ? jumpTotal / jumps : 0,
    maxJump,
    nonlinearity: maxDisplacement > 0 ? displacement / maxDisplacement : 0,
  };
};

/** A block before labelling: story range and the chronological range it covers. */
interface Run {
  start: number;
  end: number;
  chronoStart: number;
  chronoEnd: number;
}

const runsOf = (c: readonly number[]): Run[] => {
  const runs: Run[] = [];
  let start = 0;
  for (let i = 0; i < c.length; i++) {
    const last = i + 1 === c.length || (c[i + 1] as number) !== (c[i] as number) + 1;
    if (!last) continue;
    runs.push({ start, end: i, chronoStart: c[start] as number, chronoEnd: c[i] as number });
    start = i + 1;
  }
  return runs;
};

/**
 * Marks the heaviest chain of runs rising in both orders (weight = scene count), O(B log B) with
 * a Fenwick tree of prefix maxima over the runs' chronological ranks. Ties keep the earlier chain.
 */
const mainChain = (runs: readonly Run[]): boolean[] => {
  const count = runs.length;
  const rankOf = new Array<number>(count).fill(0);
  runs
    .map((r, i) => [r.chronoStart, i] as const)
    .sort((a, b) => a[0] - b[0])
    .forEach(([, i], rank) => (rankOf[i] = rank + 1));
  const treeBest = new Array<number>(count + 1).fill(0);
  const treeAt = new Array<number>(count + 1).fill(-1);
  const best = new Array<number>(count).fill(0);
  const previous = new Array<number>(count).fill(-1);
  runs.forEach((run, i) => {
    let weight = 0;
    let from = -1;
    for (let k = (rankOf[i] as number) - 1; k > 0; k -= k & -k) {
      if ((treeBest[k] as number) > weight) {
        weight = treeBest[k] as number;
        from = treeAt[k] as number;
      }
    }
    best[i] = weight + run.end - run.start + 1;
    previous[i] = from;
    for (let k = rankOf[i] as number; k <= count; k += k & -k) {
      if ((best[i] as number) > (treeBest[k] as number)) {
        treeBest[k] = best[i] as number;
        treeAt[k] = i;
      }
    }
  });
  const onChain = new Array<boolean>(count).fill(false);
  let tip = -1;
  best.forEach((b, i) => {
    if (tip < 0 || b > (best[tip] as number)) tip = i;
  });
  for (let i = tip; i >= 0; i = previous[i] as number) onChain[i] = true;
  return onChain;
};

/** Groups the scenes into blocks told in chronological sequence and labels each (see above). */
export const computeBlocks = (film: Pick<Film, 'scenes'>): Block[] => {
  const c = chronoByStory(film.scenes);
  const runs = runsOf(c);
  if (runs.length === 0) return [];
  const onMain = mainChain(runs);
  const kindByStory = new Array<Scene['kind']>(c.length).fill('present');
  for (const s of film.scenes) kindByStory[s.storyIndex] = s.kind;
  const firstMain = onMain.indexOf(true);
  const opening = runs[0] as Run;
  const closing = runs[runs.length - 1] as Run;
  const mainStart = (runs[firstMain] as Run).chronoStart;
  // A frame: the film opens ahead of its main line and comes back to (or past) that time at the end.
  // A frame: the film opens ahead of its main line, comes back to (or past) that time at the end,
  // and the time from the opening on holds under half of the scenes (the framed story is the bulk).
  const framed =
    !onMain[0] &&
    opening.chronoStart > mainStart &&
    closing.chronoEnd >= opening.chronoStart &&
    (c.length - opening.chronoStart) * 2 < c.length;

  let now = runs[firstMain] as Run;
  return runs.map((run, i): Block => {
    let relation: BlockRelation;
    if (onMain[i]) {
      now = run;
      // The frame's present stays the frame even where the main line runs on into it.
      relation = framed && i > 0 && run.chronoStart >= opening.chronoStart ? 'frame' : 'main';
    } else {
      let recounted = 0;
      for (let s = run.start; s <= run.end; s++) if (kindByStory[s] === 'recounted') recounted++;
      if (recounted * 2 > run.end - run.start + 1) relation = 'recounted';
      else if (framed && run.chronoStart >= opening.chronoStart) relation = 'frame';
      else relation = run.chronoStart < now.chronoStart ? 'flashback' : 'flashforward';
    }
    return {
      id: `b${String(i + 1).padStart(2, '0')}`,
      start: asStoryIndex(run.start),
      end: asStoryIndex(run.end),
      relation,
    };
  });
};

const sizeOf = (b: Block): number => b.end - b.start + 1;
const isPast = (b: Block): boolean => b.relation === 'flashback' || b.relation === 'recounted';

/** Names the film's pattern from its measures and blocks by the rules above. */
export const classifyPattern = (measures: RawMeasures, blocks: readonly Block[]): Pattern => {
  const n = measures.sceneCount;
  if (measures.backwardJumps + measures.forwardJumps === 0) return 'linear';
  if (measures.kendallTau < 0 && measures.backwardJumps * 2 >= n - 1) return 'backwards';
  const others = blocks.filter((b) => b.relation !== 'main');
  const first = blocks[0];
  if (first && (first.relation === 'flashforward' || first.relation === 'frame')) {
    const rest = others.filter((b) => b !== first && b.relation !== 'frame');
    const restSize = rest.reduce((sum, b) => sum + sizeOf(b), 0);
    // The telling comes back to the opening's time once, at the end, and stays there.
    const lastNonFrame = blocks.findLastIndex((b) => b.relation !== 'frame');
    const returnsEarly = blocks.some((b, i) => i > 0 && i < lastNonFrame && b.relation === 'frame');
    if (restSize < BRIEF_SHARE * n && !returnsEarly) return 'in-medias-res';
  }
  if (others.length === 1 && others[0] && isPast(others[0])) return 'single-flashback';
  const frames = blocks.filter((b) => b.relation === 'frame');
  if (
    frames.length >= FRAME_MIN_BLOCKS &&
    frames.reduce((sum, b) => sum + sizeOf(b), 0) >= FRAME_MIN_SHARE * n
  )
    return 'frame-story';
  let switches = 0;
  for (let i = 1; i < blocks.length; i++)
    if ((blocks[i]?.relation === 'main') !== (blocks[i - 1]?.relation === 'main')) switches++;
  if (
    others.filter(isPast).length >= ALTERNATING_MIN_RETURNS &&
    switches >= ALTERNATING_SHARE * (blocks.length - 1)
  )
    return 'alternating';
  return 'nonlinear';
};

/** Computes the measures of a film, its pattern included. */
export const computeMeasures = (film: Pick<Film, 'scenes'>): Measures => {
  const raw = computeRawMeasures(film);
  return { ...raw, pattern: classifyPattern(raw, computeBlocks(film)) };
};

/** Returns the film with its `measures` and `blocks` set (the build step's structure stage). */
export const withStructure = (film: Film): Film => {
  const raw = computeRawMeasures(film);
  const blocks = computeBlocks(film);
  return { ...film, measures: { ...raw, pattern: classifyPattern(raw, blocks) }, blocks };
};
