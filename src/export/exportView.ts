import type { Film } from '../model/film';
import { visibleName } from '../state/spoiler';
import type { Match, SceneOrder, Sizing, View, ZoomWindow } from '../state/viewState';
import { KIND_STYLES } from '../timeline/kinds';
import { canvasTimelineSvg } from './canvasTimeline';
import { toCsv } from './csv';
import { downloadBlob } from './download';
import { pngScale, svgToPng } from './rasterize';
import { SCENE_COLUMNS, sceneRows } from './sceneRows';
import { buildViewSvg, serializeSvg, type ViewSvg } from './viewSvg';

/**
 * The Export menu's actions: the view on screen as SVG or PNG, the scene table as CSV, and the
 * print sheet. Loaded on demand (dynamic import), so none of this is in the initial bundle.
 */

/** Everything an export needs to know about the view on screen. */
export interface ExportContext {
  film: Film;
  view: View;
  order: SceneOrder;
  revealLimit: number;
  sizing: Sizing;
  zoom: ZoomWindow;
  chars: readonly string[];
  match: Match;
  highlighted: ReadonlySet<string> | null;
  laneCount: number;
}

/** Class of the print sheet appended to <body> (see @media print in src/index.css). */
export const PRINT_SHEET_CLASS = 'fabula-print-sheet';
const ORDER_NAMES: Record<SceneOrder, string> = {
  story: 'Story order',
  chrono: 'Chronological order',
};

const baseName = (ctx: ExportContext): string =>
  `${ctx.film.id}-${ctx.view === 'curve' ? 'story-curve' : ctx.order}`;

/** The drawing on screen: the timeline's plot or the story curve's SVG. */
function findDrawing(ctx: ExportContext): Element | null {
  if (ctx.view === 'curve')
    return document.querySelector('#root [data-testid="story-curve"] > svg');
  return document.querySelector(
    '#root [data-timeline-root] > [role="group"][aria-label^="Timeline of"]',
  );
}

/** One line under the title: which view and order, how much is shown, which filter. */
export function subtitleFor(ctx: ExportContext): string {
  const shown = Math.max(0, Math.min(ctx.film.scenes.length, ctx.revealLimit + 1));
  const parts = [
    ctx.view === 'curve' ? 'Story curve' : ORDER_NAMES[ctx.order],
    `${shown} of ${ctx.film.scenes.length} scenes shown`,
  ];
  if (ctx.highlighted !== null) {
    const byId = new Map(ctx.film.characters.map((c) => [c.id, c]));
    const names = ctx.chars.flatMap((id) => {
      const c = byId.get(id);
      return c ? [visibleName(c, ctx.revealLimit)] : [];
    });
    parts.push(
      `highlighted: scenes with ${names.join(ctx.match === 'all' ? ' and ' : ' or ')} (${ctx.highlighted.size})`,
    );
  }
  if (ctx.film.year !== null) parts.unshift(String(ctx.film.year));
  return parts.join(' · ');
}

/** Builds the picture of the view on screen; throws with a readable message if there is none. */
export function viewPicture(ctx: ExportContext, prefix?: string): ViewSvg {
  const drawing = findDrawing(ctx);
  if (!drawing) throw new Error('There is no drawing on screen to export.');
  const storyCurve = ctx.view === 'curve';
  const canvas = drawing.querySelector('canvas');
  const visible = ctx.film.scenes.slice(0, Math.max(0, ctx.revealLimit + 1));
  return buildViewSvg(
    {
      drawing,
      title: ctx.film.title,
      subtitle: subtitleFor(ctx),
      showArcs: !storyCurve && ctx.order === 'chrono',
      marks: storyCurve
        ? undefined
        : visible.map((s) => ({
            id: s.id,
            label: `${s.storyIndex + 1}. ${s.title} (${KIND_STYLES[s.kind].label})`,
          })),
      canvasLayer:
        canvas && !storyCurve
          ? canvasTimelineSvg({
              film: ctx.film,
              revealLimit: ctx.revealLimit,
              order: ctx.order,
              sizing: ctx.sizing,
              zoom: ctx.zoom,
              highlighted: ctx.highlighted,
              laneCount: ctx.laneCount,
              width: canvas.getBoundingClientRect().width,
            })
          : undefined,
    },
    prefix,
  );
}

/** Saves the view as an SVG file; returns the file name. */
export function exportSvg(ctx: ExportContext): string {
  const name = `${baseName(ctx)}.svg`;
  const text = serializeSvg(viewPicture(ctx).svg);
  downloadBlob(new Blob([text], { type: 'image/svg+xml' }), name);
  return name;
}

/** Saves the view as a PNG file at the screen's density (at least 2x); returns the file name. */
export async function exportPng(ctx: ExportContext): Promise<string> {
  const name = `${baseName(ctx)}.png`;
  const picture = viewPicture(ctx);
  const scale = pngScale(window.devicePixelRatio);
  const blob = await svgToPng(serializeSvg(picture.svg), picture.width, picture.height, scale);
  downloadBlob(blob, name);
  return name;
}

/** Saves the scene table (visible scenes, current order) as CSV; returns the file name. */
export function exportCsv(ctx: ExportContext): string {
  const name = `${ctx.film.id}-scenes.csv`;
  const text = toCsv(sceneRows(ctx.film, ctx.revealLimit, ctx.order, ctx.highlighted));
  // The byte-order mark lets spreadsheet programs read the file as UTF-8.
  downloadBlob(new Blob(['\ufeff', text], { type: 'text/csv;charset=utf-8' }), name);
  return name;
}

const PRINTED_COLUMNS: readonly (typeof SCENE_COLUMNS)[number][] = [
  'Story position',
  'Chronological position',
  'Title',
  'Kind',
  'Time cue',
  'Characters',
];

/**
 * Puts the print sheet into <body>: the picture of the view, then the scene list (every visible
 * scene in the current order with both positions). Print CSS shows only the sheet on paper.
 * Text from the film goes in as textContent.
 */
export function preparePrintSheet(ctx: ExportContext): HTMLElement {
  document.querySelector(`body > .${PRINT_SHEET_CLASS}`)?.remove();
  const sheet = document.createElement('div');
  sheet.className = PRINT_SHEET_CLASS;
  sheet.setAttribute('aria-hidden', 'true');
  const figure = document.createElement('figure');
  const picture = viewPicture(ctx, 'fabula-print-');
  picture.svg.removeAttribute('width');
  picture.svg.removeAttribute('height');
  figure.append(picture.svg);
  sheet.append(figure);

  const rows = sceneRows(ctx.film, ctx.revealLimit, ctx.order, ctx.highlighted);
  const header = rows[0] ?? [];
  const columns = PRINTED_COLUMNS.map((name) => header.indexOf(name));
  const filterColumn = header.indexOf('In filter');
  const table = document.createElement('table');
  const caption = document.createElement('caption');
  caption.textContent = `Scenes of ${ctx.film.title} in ${ORDER_NAMES[ctx.order].toLowerCase()}`;
  const head = document.createElement('thead');
  const headRow = document.createElement('tr');
  for (const name of PRINTED_COLUMNS) {
    const th = document.createElement('th');
    th.textContent =
      name === 'Story position' ? 'Told' : name === 'Chronological position' ? 'In time' : name;
    headRow.append(th);
  }
  head.append(headRow);
  const body = document.createElement('tbody');
  for (const row of rows.slice(1)) {
    const tr = document.createElement('tr');
    if (row[filterColumn] === 'no') tr.dataset.dimmed = '';
    for (const k of columns) {
      const td = document.createElement('td');
      td.textContent = String(row[k] ?? '');
      tr.append(td);
    }
    body.append(tr);
  }
  table.append(caption, head, body);
  sheet.append(table);
  document.body.append(sheet);
  return sheet;
}
