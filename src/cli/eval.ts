/**
 * eval: scores the converter against the gold files of tests/eval (see /work/shared/EVAL-FORMAT.md).
 *
 *   npm run eval -- [--folder <dir>] [--json] [--verbose]
 *
 *   --folder <dir>  score one folder: seeds, dev, holdout, blind, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh10, fresh11, fresh12, fresh13, fresh14, or a path (default: all)
 *   --json          print the scores as JSON instead of the table
 *   --verbose       list each document's events, wrong pairs, unmatched characters, leaks, lost anchors
 *
 * For each folder, all its .txt documents are converted together in one convertDocuments call
 * (as `npm run build:data -- --seeds <folder>` would), then every `<doc>.gold.json` is scored
 * against the film whose sources include that document. The seeds' gold files live apart, in
 * tests/eval/seeds/, so data/seeds holds only what the app builds from.
 *
 * Exit codes: 0 always for a report (it is a measurement, not a test); 1 only when a gold file is
 * broken (one line each: file and problem); 2 on a usage error.
 *
 * The scoring itself is pure and lives in evalGold.ts (format, checks), evalScore.ts (measures)
 * and evalReport.ts (aggregates, printing).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Film } from '../model';
import { Diagnostics } from '../pipeline/diagnostics';
import type { SourceText } from '../pipeline/source';
import { checkGold, type Gold } from './evalGold';
import {
  formatLastLine,
  formatSummary,
  formatTable,
  formatVerbose,
  summarize,
  type ScoredDocument,
} from './evalReport';
import { scoreDocument, scoreMissingFilm } from './evalScore';

/** An eval folder: where its documents are and where their gold files are. */
export interface EvalFolder {
  name: string;
  docs: string;
  gold: string;
}

/** The eval folders, relative to the project root. */
export const FOLDERS: readonly EvalFolder[] = [
  { name: 'seeds', docs: 'data/seeds', gold: 'tests/eval/seeds' },
  { name: 'dev', docs: 'tests/eval/dev', gold: 'tests/eval/dev' },
  { name: 'holdout', docs: 'tests/eval/holdout', gold: 'tests/eval/holdout' },
  { name: 'blind', docs: 'tests/eval/blind', gold: 'tests/eval/blind' },
  { name: 'fresh', docs: 'tests/eval/fresh', gold: 'tests/eval/fresh' },
  { name: 'fresh2', docs: 'tests/eval/fresh2', gold: 'tests/eval/fresh2' },
  { name: 'fresh3', docs: 'tests/eval/fresh3', gold: 'tests/eval/fresh3' },
  { name: 'fresh4', docs: 'tests/eval/fresh4', gold: 'tests/eval/fresh4' },
  { name: 'fresh5', docs: 'tests/eval/fresh5', gold: 'tests/eval/fresh5' },
  { name: 'fresh6', docs: 'tests/eval/fresh6', gold: 'tests/eval/fresh6' },
  { name: 'fresh7', docs: 'tests/eval/fresh7', gold: 'tests/eval/fresh7' },
  { name: 'fresh10', docs: 'tests/eval/fresh10', gold: 'tests/eval/fresh10' },
  { name: 'fresh11', docs: 'tests/eval/fresh11', gold: 'tests/eval/fresh11' },
  { name: 'fresh12', docs: 'tests/eval/fresh12', gold: 'tests/eval/fresh12' },
  { name: 'fresh13', docs: 'tests/eval/fresh13', gold: 'tests/eval/fresh13' },
  { name: 'fresh14', docs: 'tests/eval/fresh14', gold: 'tests/eval/fresh14' },
];

const GOLD_SUFFIX = '.gold.json';
/** The folders whose documents stand for unseen ones (see detailed() in runEval). */
const UNSEEN: readonly string[] = [
  'holdout',
  'blind',
  'fresh',
  'fresh2',
  'fresh3',
  'fresh4',
  'fresh5',
  'fresh6',
  'fresh7',
  'fresh10',
  'fresh11',
  'fresh12',
  'fresh13',
  'fresh14',
];

/** The converter's signature (src/pipeline/convert.ts). */
export type Convert = (docs: SourceText[], diagnostics: Diagnostics) => Film[];

/** Loads the converter lazily, so the scorer runs (and reports) even before convert.ts exists. */
const loadConvert = async (): Promise<Convert | string> => {
  const url = pathToFileURL(resolve(import.meta.dirname, '../pipeline/convert.ts')).href;
  try {
    const mod = (await import(url)) as { convertDocuments?: unknown };
    return typeof mod.convertDocuments === 'function'
      ? (mod.convertDocuments as Convert)
      : 'src/pipeline/convert.ts exports no convertDocuments';
  } catch (e) {
    return `cannot load src/pipeline/convert.ts: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  }
};

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Resolves --folder: a known name, or a path (its gold files beside its documents). */
export const pickFolders = (arg: string | undefined, root: string): EvalFolder[] => {
  if (arg === undefined) return [...FOLDERS];
  const known = FOLDERS.find((f) => f.name === arg || resolve(root, f.docs) === resolve(root, arg));
  if (known) return [known];
  const rel = relative(root, resolve(root, arg)) || '.';
  return [{ name: basename(rel), docs: rel, gold: rel }];
};

interface FolderResult {
  docs: ScoredDocument[];
  broken: string[];
  notes: string[];
}

/** Converts one folder's documents together and scores each gold file against its film. */
const evalFolder = (folder: EvalFolder, root: string, convert: Convert | string): FolderResult => {
  const docsDir = resolve(root, folder.docs);
  const goldDir = resolve(root, folder.gold);
  const notes: string[] = [];
  const broken: string[] = [];
  if (!existsSync(docsDir))
    return { docs: [], broken, notes: [`${folder.docs}: folder not found`] };
  const txt = readdirSync(docsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort(byCodeUnit);
  const sources: SourceText[] = txt.map((file) => ({
    file,
    text: readFileSync(join(docsDir, file), 'utf8'),
  }));
  const goldFiles = existsSync(goldDir)
    ? readdirSync(goldDir)
        .filter((f) => f.endsWith(GOLD_SUFFIX))
        .sort(byCodeUnit)
    : [];

  const golds: { gold: Gold; text: string }[] = [];
  for (const g of goldFiles) {
    const label = `${folder.gold}/${g}`;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(goldDir, g), 'utf8'));
    } catch (e) {
      broken.push(`${label}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
      continue;
    }
    const file = (data as { file?: unknown } | null)?.file;
    const source = sources.find((s) => s.file === file);
    if (!source) {
      broken.push(`${label}: "file" ${JSON.stringify(file)} names no .txt in ${folder.docs}`);
      continue;
    }
    const checked = checkGold(data, source.text);
    if (!checked.ok) for (const p of checked.problems) broken.push(`${label}: ${p}`);
    else golds.push({ gold: checked.gold, text: source.text });
  }
  const ungolded = txt.filter((f) => !golds.some((g) => g.gold.file === f));
  if (ungolded.length && !broken.length)
    notes.push(`${folder.name}: no gold file for ${ungolded.join(', ')} (converted, not scored)`);

  let films: Film[] = [];
  if (typeof convert === 'string') notes.push(`${folder.name}: ${convert}`);
  else {
    const diagnostics = new Diagnostics();
    try {
      films = convert(sources, diagnostics);
    } catch (e) {
      notes.push(
        `${folder.name}: convertDocuments threw: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    const errors = diagnostics.errors.length;
    if (errors) notes.push(`${folder.name}: the converter reported ${errors} error(s)`);
  }

  const docs = golds.map(({ gold, text }): ScoredDocument => {
    const film = films.find((f) => f.sources.some((s) => s.file === gold.file));
    return film
      ? { folder: folder.name, score: scoreDocument(film, gold, text) }
      : { folder: folder.name, score: scoreMissingFilm(gold, text), note: 'no film' };
  });
  return { docs, broken, notes };
};

/** Where the CLI writes. */
export interface EvalIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** Project root the folders are taken from. */
  cwd: string;
  convert?: Convert | string;
}

/** Runs the eval with the given arguments and returns the exit code. */
export const runEval = async (args: string[], io: EvalIo): Promise<number> => {
  let values: { folder?: string; json?: boolean; verbose?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        folder: { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    io.stderr(`eval: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  if (values.help) {
    io.stdout(
      'Usage: npm run eval -- [--folder seeds|dev|holdout|blind|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh10|fresh11|fresh12|fresh13|fresh14|<dir>] [--json] [--verbose]',
    );
    return 0;
  }
  const convert = io.convert ?? (await loadConvert());
  const folders = pickFolders(values.folder, io.cwd);
  const results = folders.map((f) => ({ folder: f, ...evalFolder(f, io.cwd, convert) }));
  const broken = results.flatMap((r) => r.broken);
  if (broken.length) {
    for (const b of broken) io.stderr(b);
    io.stderr(`eval: ${broken.length} problem(s) in gold files; fix them before scoring`);
    return 1;
  }
  const all = results.flatMap((r) => r.docs);
  const perFolder = results.map((r) => summarize(r.folder.name, r.docs));
  const overall = summarize('overall', all);
  for (const r of results) for (const n of r.notes) io.stderr(`note: ${n}`);

  // Holdout, blind and fresh documents stand for unseen ones: their anchors, characters and wrong pairs
  // are shown only when that folder alone is asked for by name, so a whole-set run keeps them blind.
  const detailed = (d: ScoredDocument): boolean =>
    !UNSEEN.includes(d.folder) || folders.every((f) => f.name === d.folder);

  if (values.json) {
    const strip = (d: ScoredDocument) => ({
      folder: d.folder,
      ...(d.note ? { note: d.note } : {}),
      ...d.score,
      ...(detailed(d) ? {} : { characters: undefined, leaks: undefined, metadata: undefined }),
      events: (detailed(d) ? d.score.events : []).map((e) => ({
        anchor: e.anchor,
        chrono: e.chrono,
        offset: e.offset,
        scene: e.scene
          ? { id: e.scene.id, storyIndex: e.scene.storyIndex, chronoIndex: e.scene.chronoIndex }
          : null,
      })),
      wrongPairs: (detailed(d) ? d.score.wrongPairs : []).map((w) => ({
        a: w.a.anchor,
        b: w.b.anchor,
        reason: w.reason,
      })),
    });
    io.stdout(JSON.stringify({ documents: all.map(strip), folders: perFolder, overall }, null, 2));
    return 0;
  }
  if (values.verbose) {
    for (const d of all.filter(detailed)) for (const line of formatVerbose(d)) io.stdout(line);
    for (const name of UNSEEN) {
      const n = all.filter((d) => d.folder === name && !detailed(d)).length;
      if (n) io.stdout(`(${n} ${name} documents not detailed: pass --folder ${name} to see them)`);
    }
  }
  for (const line of formatTable(all)) io.stdout(line);
  io.stdout('');
  for (const s of perFolder) io.stdout(formatSummary(s));
  if (perFolder.length > 1) io.stdout(formatSummary(overall));
  io.stdout(formatLastLine(overall));
  return 0;
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  void runEval(process.argv.slice(2), {
    stdout: (l) => process.stdout.write(`${l}\n`),
    stderr: (l) => process.stderr.write(`${l}\n`),
    cwd: process.cwd(),
  }).then((code) => {
    process.exitCode = code;
  });
