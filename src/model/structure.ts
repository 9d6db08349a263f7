import './zodConfig';
import { z } from 'zod';

/**
 * (Fabula) The structure of a film's telling, computed by the build step from the two orders:
 * summary measures and the blocks of scenes told in chronological sequence. See
 * src/pipeline/measures.ts for the definition of every field.
 */

// film.ts imports this module, so importing StoryIndexSchema back would be a cycle; the same
// brand string makes this schema's output type identical to film.ts's StoryIndex.
const StoryIndexSchema = z.number().int().nonnegative().brand<'StoryIndex'>();

/** The named shapes a film's telling can take (rules in src/pipeline/measures.ts and the README). */
export const PATTERNS = [
  'linear',
  'in-medias-res',
  'single-flashback',
  'frame-story',
  'alternating',
  'backwards',
  'nonlinear',
] as const;
export const PatternSchema = z.enum(PATTERNS);
export type Pattern = z.infer<typeof PatternSchema>;

/** How a block of scenes relates to the film's main line. */
export const BLOCK_RELATIONS = ['main', 'flashback', 'flashforward', 'recounted', 'frame'] as const;
export const BlockRelationSchema = z.enum(BLOCK_RELATIONS);
export type BlockRelation = z.infer<typeof BlockRelationSchema>;

/** Summary measures of how far a film's telling departs from chronological order. */
export const MeasuresSchema = z.object({
  sceneCount: z.number().int().nonnegative(),
  backwardJumps: z.number().int().nonnegative(),
  forwardJumps: z.number().int().nonnegative(),
  kendallTau: z.number().min(-1).max(1),
  outOfOrderShare: z.number().min(0).max(1),
  meanJump: z.number().nonnegative(),
  maxJump: z.number().int().nonnegative(),
  nonlinearity: z.number().min(0).max(1),
  pattern: PatternSchema,
});
export type Measures = z.infer<typeof MeasuresSchema>;

/** A maximal run of scenes told in chronological sequence (story positions start..end inclusive). */
export const BlockSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'not URL-safe'),
    start: StoryIndexSchema,
    end: StoryIndexSchema,
    relation: BlockRelationSchema,
  })
  .refine((b) => b.end >= b.start, { message: 'block end lies before its start' });
export type Block = z.infer<typeof BlockSchema>;
