import './zodConfig';
import { z } from 'zod';
import { BlockSchema, MeasuresSchema } from './structure';

/**
 * The film contract of ../shared/CONTRACT.md, declared once: every type the pipeline writes and
 * the app reads derives from these schemas. Optional fields added by Fabula are marked "(Fabula)".
 */

export const SCHEMA_VERSION = 1 as const;

/** How the film presents a scene; `recounted` is backstory told in dialogue. */
export const SCENE_KINDS = ['present', 'flashback', 'recounted', 'flashforward'] as const;
export const SceneKindSchema = z.enum(SCENE_KINDS);
export type SceneKind = z.infer<typeof SceneKindSchema>;

/** A 0-based position in the order the film tells its scenes. */
export const StoryIndexSchema = z.number().int().nonnegative().brand<'StoryIndex'>();
export type StoryIndex = z.infer<typeof StoryIndexSchema>;
/** A 0-based position in the order the scenes' events happen in the story world. */
export const ChronoIndexSchema = z.number().int().nonnegative().brand<'ChronoIndex'>();
export type ChronoIndex = z.infer<typeof ChronoIndexSchema>;

/** Brands a plain number as a story position (the pipeline's one way to make one). */
export const asStoryIndex = (n: number): StoryIndex => n as StoryIndex;
/** Brands a plain number as a chronological position. */
export const asChronoIndex = (n: number): ChronoIndex => n as ChronoIndex;

/** Where a scene's text stands in one input: UTF-16 offsets, end exclusive. */
export const SpanSchema = z
  .object({
    file: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end lies before its start' });
export type Span = z.infer<typeof SpanSchema>;

export const PremiseSchema = z.object({ text: z.string(), sources: z.array(SpanSchema) });
export type Premise = z.infer<typeof PremiseSchema>;

export const SourceDocumentSchema = z.object({
  file: z.string().min(1),
  title: z.string().optional(),
  chars: z.number().int().nonnegative(),
  /** (Fabula) The document's whole text as read, so the app can show a span in its context. */
  text: z.string().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SlugSchema = z.string().regex(SLUG, 'not a URL-safe slug');

export const CharacterSchema = z.object({
  id: SlugSchema,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  actor: z.string().nullable(),
  revealedAt: z.object({ alias: z.string(), storyIndex: StoryIndexSchema }).optional(),
});
export type Character = z.infer<typeof CharacterSchema>;

export const SceneSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, 'not URL-safe'),
  storyIndex: StoryIndexSchema,
  chronoIndex: ChronoIndexSchema,
  title: z.string(),
  text: z.string(),
  characters: z.array(z.string()),
  kind: SceneKindSchema,
  timeCue: z.string().nullable(),
  location: z.string().nullable(),
  timeOfDay: z.string().nullable(),
  spoiler: z.number().min(0).max(1),
  sources: z.array(SpanSchema),
});
export type Scene = z.infer<typeof SceneSchema>;

const isPermutation = (values: number[]): boolean => {
  const seen = new Array<boolean>(values.length).fill(false);
  for (const v of values) {
    if (v < 0 || v >= values.length || seen[v]) return false;
    seen[v] = true;
  }
  return true;
};

export const FilmSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: SlugSchema,
    title: z.string().min(1),
    aka: z.array(z.string()),
    year: z.number().int().nullable(),
    runtimeMinutes: z.number().nullable(),
    director: z.string().nullable(),
    language: z.string().nullable(),
    genres: z.array(z.string()),
    premise: PremiseSchema.nullable(),
    sources: z.array(SourceDocumentSchema),
    characters: z.array(CharacterSchema),
    scenes: z.array(SceneSchema),
    /** (Fabula) Structure measures computed by the build step (src/pipeline/measures.ts). */
    measures: MeasuresSchema.optional(),
    /** (Fabula) Runs of scenes told in chronological sequence, labelled by their relation to the main line. */
    blocks: z.array(BlockSchema).optional(),
  })
  .superRefine((film, ctx) => {
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path });
    film.scenes.forEach((s, i) => {
      if (s.storyIndex !== i) issue(`scene ${s.id} is not in story order`, ['scenes', i]);
    });
    if (!isPermutation(film.scenes.map((s) => s.chronoIndex)))
      issue('chronoIndex is not a permutation of 0..n-1', ['scenes']);
    const sceneIds = new Set<string>();
    film.scenes.forEach((s, i) => {
      if (sceneIds.has(s.id)) issue(`duplicate scene id ${s.id}`, ['scenes', i, 'id']);
      sceneIds.add(s.id);
    });
    const characterIds = new Set<string>();
    film.characters.forEach((c, i) => {
      if (characterIds.has(c.id)) issue(`duplicate character id ${c.id}`, ['characters', i]);
      characterIds.add(c.id);
      if (c.revealedAt && c.revealedAt.storyIndex >= Math.max(1, film.scenes.length))
        issue(`revealedAt of ${c.id} lies past the last scene`, ['characters', i, 'revealedAt']);
    });
    film.scenes.forEach((s, i) =>
      s.characters.forEach((id, j) => {
        if (!characterIds.has(id))
          issue(`scene ${s.id} names unknown character ${id}`, ['scenes', i, 'characters', j]);
      }),
    );
  });
export type Film = z.infer<typeof FilmSchema>;

export const FilmSummarySchema = z.object({
  id: SlugSchema,
  title: z.string().min(1),
  year: z.number().int().nullable(),
  sceneCount: z.number().int().nonnegative(),
  characterCount: z.number().int().nonnegative(),
  /** (Fabula) The film's structure measures, so the compare page needs one fetch. */
  measures: MeasuresSchema.optional(),
});
export type FilmSummary = z.infer<typeof FilmSummarySchema>;

export const FilmIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  films: z.array(FilmSummarySchema),
});
export type FilmIndex = z.infer<typeof FilmIndexSchema>;

/** The one-line summary of a film, as index.json lists it. */
export const summarizeFilm = (film: Film): FilmSummary => ({
  id: film.id,
  title: film.title,
  year: film.year,
  sceneCount: film.scenes.length,
  characterCount: film.characters.length,
  ...(film.measures ? { measures: film.measures } : {}),
});
