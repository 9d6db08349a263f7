import { z } from 'zod';
import {
  SceneKindSchema,
  asChronoIndex,
  checkFilm,
  slugify,
  type Character,
  type Film,
  type Scene,
} from '../model';
import type { Diagnostics } from './diagnostics';
import { parseJson } from './json';

/**
 * Hand corrections: an optional `data/annotations/<film-id>.json` per film, applied after
 * conversion. The format (every list optional, unknown keys rejected so a typo is not ignored):
 *
 * ```json
 * {
 *   "film": "the-skin-i-live-in",
 *   "renameCharacters": [{ "character": "marilia", "name": "Marilia" }],
 *   "mergeCharacters": [{ "into": "vera", "from": ["vicente"] }],
 *   "splitCharacters": [{ "character": "robert", "alias": "Zeca", "scenes": ["s04"] }],
 *   "setKind": [{ "scene": "s12", "kind": "flashback" }],
 *   "moveScene": [{ "scene": "s12", "before": "s03" }, { "scene": "s20", "after": "s12" }]
 * }
 * ```
 *
 * - `film` must be the file's own name (`<film-id>.json`) and a film the seeds built.
 * - renameCharacters: sets a character's `name`; the id stays (links keep working) and the old
 *   name becomes an alias.
 * - mergeCharacters: the `from` characters become aliases of `into` (their names and aliases);
 *   every scene that named them names `into` instead.
 * - splitCharacters: makes a new character named `alias` (id = slug of it) out of `character`,
 *   present in the listed scenes instead of `character`; the alias leaves the old character.
 * - setKind: sets a scene's kind (present, flashback, recounted, flashforward).
 * - moveScene: in chronological order, puts `scene` right before (or after) another scene; moves
 *   apply in the order listed. Together they must describe an order: moves that contradict each
 *   other (a cycle such as s1 before s2 and s2 before s1, or a move undone by a later one) are an
 *   error. Story order never changes.
 * Lists apply in the order above. A file with any error is reported (one line per problem) and
 * not applied at all: the film is built as converted, and the run exits non-zero.
 */

const Id = z.string().min(1);
const MoveSchema = z
  .strictObject({ scene: Id, before: Id.optional(), after: Id.optional() })
  .refine((m) => (m.before === undefined) !== (m.after === undefined), {
    message: 'needs exactly one of "before" or "after"',
  });

/** The annotation file format (see the module comment). */
export const AnnotationsSchema = z.strictObject({
  film: Id,
  renameCharacters: z
    .array(z.strictObject({ character: Id, name: z.string().trim().min(1) }))
    .optional(),
  mergeCharacters: z.array(z.strictObject({ into: Id, from: z.array(Id).min(1) })).optional(),
  splitCharacters: z
    .array(
      z.strictObject({
        character: Id,
        alias: z.string().trim().min(1),
        scenes: z.array(Id).min(1),
      }),
    )
    .optional(),
  setKind: z.array(z.strictObject({ scene: Id, kind: SceneKindSchema })).optional(),
  moveScene: z.array(MoveSchema).optional(),
});
export type Annotations = z.infer<typeof AnnotationsSchema>;
type Move = z.infer<typeof MoveSchema>;

const describePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );

/** The film id an annotation file is named for: `annotations/x.json` -> `x`. */
export const filmIdOfFile = (file: string): string =>
  file.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');

/** Parses and checks one annotation file; reports each problem and returns null when it is bad. */
export const parseAnnotations = (
  file: string,
  text: string,
  diagnostics: Diagnostics,
): Annotations | null => {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    diagnostics.error(file, 'annotation-syntax', `is not valid JSON (${parsed.error})`);
    return null;
  }
  const checked = AnnotationsSchema.safeParse(parsed.value);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const where = describePath(issue.path) || 'the file';
      const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
      const what = missing
        ? 'is missing'
        : issue.code === 'unrecognized_keys'
          ? `has unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : issue.message.replace(/^Invalid input: /, '');
      diagnostics.error(file, 'annotation-shape', `${where} ${what}`);
    }
    return null;
  }
  const expected = filmIdOfFile(file);
  if (checked.data.film !== expected) {
    diagnostics.error(
      file,
      'annotation-film-mismatch',
      `names film ${checked.data.film}, but the file is named for ${expected}`,
    );
    return null;
  }
  return checked.data;
};

/** Finds a cycle among "a before b" constraints, as the list of scene ids around it. */
const findCycle = (edges: readonly [string, string][]): string[] | null => {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'open') return [...stack.slice(stack.indexOf(to)), to];
      if (!state.has(to)) {
        const found = visit(to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...next.keys()].sort()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
};

/** "a before b" for a move, as the ordered pair it asks for. */
const moveEdge = (m: Move): [string, string] =>
  m.before !== undefined ? [m.scene, m.before] : [m.after ?? '', m.scene];

/**
 * Applies one film's corrections. All or nothing: when any correction is wrong (unknown ids,
 * contradicting moves, an invalid result) each problem is reported and the film comes back as it was.
 */
export const applyAnnotations = (
  film: Film,
  annotations: Annotations,
  file: string,
  diagnostics: Diagnostics,
): Film => {
  let failed = false;
  const fail = (rule: string, message: string): void => {
    failed = true;
    diagnostics.error(file, rule, message);
  };
  const characters: Character[] = film.characters.map((c) => ({ ...c, aliases: [...c.aliases] }));
  const scenes: Scene[] = film.scenes.map((s) => ({ ...s, characters: [...s.characters] }));
  const sceneIds = new Set(scenes.map((s) => s.id));
  const character = (id: string) => characters.find((c) => c.id === id);
  const needCharacter = (where: string, id: string): Character | undefined => {
    const found = character(id);
    if (!found)
      fail(
        'annotation-unknown-character',
        `${where} names character ${id}, which the film does not have`,
      );
    return found;
  };
  const needScene = (where: string, id: string): boolean => {
    if (sceneIds.has(id)) return true;
    fail('annotation-unknown-scene', `${where} names scene ${id}, which the film does not have`);
    return false;
  };
  const addAlias = (c: Character, alias: string): void => {
    if (alias !== c.name && !c.aliases.includes(alias)) c.aliases.push(alias);
  };

  annotations.renameCharacters?.forEach((r, i) => {
    const c = needCharacter(`renameCharacters[${i}].character`, r.character);
    if (!c) return;
    const old = c.name;
    c.name = r.name.trim();
    c.aliases = c.aliases.filter((a) => a !== c.name);
    addAlias(c, old);
  });

  annotations.mergeCharacters?.forEach((m, i) => {
    const into = needCharacter(`mergeCharacters[${i}].into`, m.into);
    m.from.forEach((id, j) => {
      const from = needCharacter(`mergeCharacters[${i}].from[${j}]`, id);
      if (!into || !from) return;
      if (from === into) {
        fail('annotation-merge-self', `mergeCharacters[${i}].from[${j}] merges ${id} into itself`);
        return;
      }
      [from.name, ...from.aliases].forEach((a) => addAlias(into, a));
      if (!into.actor && from.actor) into.actor = from.actor;
      // An alias that is itself a spoiler stays hidden until its scene under the new owner too.
      if (!into.revealedAt && from.revealedAt) into.revealedAt = from.revealedAt;
      characters.splice(characters.indexOf(from), 1);
      for (const s of scenes)
        s.characters = [...new Set(s.characters.map((cid) => (cid === id ? m.into : cid)))];
    });
  });

  annotations.splitCharacters?.forEach((sp, i) => {
    const where = `splitCharacters[${i}]`;
    const c = needCharacter(`${where}.character`, sp.character);
    const okScenes = sp.scenes
      .map((id, j) => needScene(`${where}.scenes[${j}]`, id))
      .every(Boolean);
    const id = slugify(sp.alias);
    if (!id) return fail('annotation-bad-alias', `${where}.alias "${sp.alias}" makes no usable id`);
    if (character(id))
      return fail(
        'annotation-split-exists',
        `${where}.alias makes id ${id}, which the film already has`,
      );
    if (!c || !okScenes) return;
    c.aliases = c.aliases.filter((a) => a !== sp.alias);
    characters.push({ id, name: sp.alias.trim(), aliases: [], actor: null });
    const chosen = new Set(sp.scenes);
    for (const s of scenes) {
      if (!chosen.has(s.id)) continue;
      s.characters = [...new Set([...s.characters.filter((cid) => cid !== sp.character), id])];
    }
  });

  annotations.setKind?.forEach((k, i) => {
    if (!needScene(`setKind[${i}].scene`, k.scene)) return;
    const s = scenes.find((x) => x.id === k.scene);
    if (s) s.kind = k.kind;
  });

  const moves = annotations.moveScene ?? [];
  const movesKnown = moves
    .map((m, i) => {
      const target = m.before ?? m.after ?? '';
      const where = `moveScene[${i}]`;
      const a = needScene(`${where}.scene`, m.scene);
      const b = needScene(`${where}.${m.before !== undefined ? 'before' : 'after'}`, target);
      if (a && b && m.scene === target)
        fail('annotation-move-self', `${where} moves scene ${m.scene} next to itself`);
      return a && b;
    })
    .every(Boolean);
  if (movesKnown && moves.length > 0) {
    const cycle = findCycle(moves.map(moveEdge));
    if (cycle) {
      fail('annotation-cycle', `moveScene asks for a cycle: ${cycle.join(' before ')}`);
    } else {
      // chrono[k] = id of the scene at chronological position k.
      const chrono = [...scenes].sort((a, b) => a.chronoIndex - b.chronoIndex).map((s) => s.id);
      for (const m of moves) {
        chrono.splice(chrono.indexOf(m.scene), 1);
        const at = chrono.indexOf(m.before ?? m.after ?? '');
        chrono.splice(m.before !== undefined ? at : at + 1, 0, m.scene);
      }
      moves.forEach((m, i) => {
        const [a, b] = moveEdge(m);
        if (chrono.indexOf(a) > chrono.indexOf(b))
          fail(
            'annotation-cycle',
            `moveScene[${i}] (${a} before ${b}) is undone by a later move; the moves contradict each other`,
          );
      });
      const position = new Map(chrono.map((id, k) => [id, k]));
      for (const s of scenes) s.chronoIndex = asChronoIndex(position.get(s.id) ?? s.chronoIndex);
    }
  }

  if (failed) return film;
  const checked = checkFilm({ ...film, characters, scenes });
  if (!checked.ok) {
    diagnostics.error(
      file,
      'annotation-invalid-result',
      `would make an invalid film (${checked.error})`,
    );
    return film;
  }
  return checked.value;
};

/**
 * Applies every annotation file to the film it is named for; files for films the seeds did not
 * build, and bad files, are reported and skipped.
 */
export const applyAnnotationFiles = (
  films: readonly Film[],
  files: readonly { file: string; text: string }[],
  diagnostics: Diagnostics,
): Film[] => {
  const byId = new Map(films.map((f) => [f.id, f]));
  for (const { file, text } of files) {
    const annotations = parseAnnotations(file, text, diagnostics);
    if (!annotations) continue;
    const film = byId.get(annotations.film);
    if (!film) {
      diagnostics.error(
        file,
        'annotation-unknown-film',
        `names film ${annotations.film}, which the seeds did not build`,
      );
      continue;
    }
    byId.set(film.id, applyAnnotations(film, annotations, file, diagnostics));
  }
  return films.map((f) => byId.get(f.id) ?? f);
};
