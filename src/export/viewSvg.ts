import type { SceneKind } from '../model/film';
import { KIND_STYLES } from '../timeline/kinds';

/**
 * The view on screen as one standalone SVG document: a title block, the drawing's SVG layers
 * cloned where they sit (computed presentation styles inlined, classes dropped, ids made unique),
 * the selection ring, and a legend drawn in SVG. Our own DOM cloned and serialised; no data is
 * ever parsed as markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Presentation properties copied from the computed style onto each cloned element. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
/** Attributes of on-screen controls that mean nothing in a standalone picture. */
const INTERACTIVE_ATTRS = ['role', 'tabindex', 'aria-pressed', 'aria-hidden', 'aria-describedby'];
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const PAD = 16;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 13;
const HEADER_H = 62;
const LEGEND_ROW_H = 26;
const LEGEND_FONT = 12;
/** Rough advance of a legend character at LEGEND_FONT, to lay items out without measuring. */
const LEGEND_CHAR_W = 6.8;
const SWATCH_W = 22;
const SWATCH_H = 14;
const ITEM_GAP = 18;
const INK = '#1d232b';
const MUTED = '#475569';

/** One extra layer supplied by the caller, drawn in the drawing's coordinates (canvas mode). */
export interface ExtraLayer {
  /** An SVG element to place at the drawing's origin. */
  node: SVGElement;
}

/** What goes into the exported picture besides the drawing itself. */
export interface ViewSvgInput {
  /** The drawing: an <svg>, or an element whose SVG and canvas descendants are exported in place. */
  drawing: Element;
  title: string;
  subtitle: string;
  /** Whether the legend explains jump arcs (chronological order). */
  showArcs: boolean;
  /**
   * Scene ids and labels of the marks group's children (`g[data-marks] > g`), child i = entry i;
   * each mark gets data-scene-id and a <title>.
   */
  marks?: readonly { id: string; label: string }[];
  /** Replaces any canvas in the drawing (vector marks built for canvas mode). */
  canvasLayer?: SVGElement;
}

/** The exported picture: the SVG element and its size in CSS px. */
export interface ViewSvg {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

const el = <K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number> = {},
): SVGElementTagNameMap[K] => {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

const text = (content: string, attrs: Record<string, string | number>): SVGTextElement => {
  const t = el('text', attrs);
  t.textContent = content;
  return t;
};

/** Copies computed presentation styles from each original element to its clone, in parallel. */
function inlineStyles(original: Element, clone: Element): void {
  const computed = getComputedStyle(original);
  const declarations: string[] = [];
  for (const prop of STYLE_PROPS) {
    const value = computed.getPropertyValue(prop);
    if (value !== '') declarations.push(`${prop}:${value}`);
  }
  if (clone instanceof SVGElement) {
    clone.removeAttribute('class');
    // A picture has no controls: drop what made an element one on screen.
    for (const attr of INTERACTIVE_ATTRS) clone.removeAttribute(attr);
    if (declarations.length > 0) clone.setAttribute('style', declarations.join(';'));
  }
  const a = original.children;
  const b = clone.children;
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x && y) inlineStyles(x, y);
  }
}

/** Gives every id in the clone a prefix and rewrites url(#id) and href="#id" to match. */
function prefixIds(root: Element, prefix: string): void {
  const ids = new Set<string>();
  for (const node of root.querySelectorAll('[id]')) {
    ids.add(node.id);
    node.id = `${prefix}${node.id}`;
  }
  if (ids.size === 0) return;
  const rewrite = (value: string) =>
    value.replace(/url\(\s*["']?#([^)"']+)["']?\s*\)/g, (whole, id: string) =>
      ids.has(id) ? `url(#${prefix}${id})` : whole,
    );
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      if (attr.value.includes('url(')) node.setAttribute(attr.name, rewrite(attr.value));
      else if ((attr.name === 'href' || attr.name === 'xlink:href') && attr.value.startsWith('#')) {
        const id = attr.value.slice(1);
        if (ids.has(id)) node.setAttribute(attr.name, `#${prefix}${id}`);
      }
    }
  }
}

/** A legend swatch for one kind, matching KindSwatch (colour plus shape). */
function swatch(kind: SceneKind, x: number, y: number, patternId: string): SVGElement {
  const style = KIND_STYLES[kind];
  const g = el('g', { transform: `translate(${x},${y})` });
  const w = SWATCH_W;
  const h = SWATCH_H;
  if (style.shape === 'chevron') {
    g.append(
      el('path', { d: `M0 0H${w - h / 2}L${w} ${h / 2}L${w - h / 2} ${h}H0Z`, fill: style.fill }),
    );
  } else if (style.shape === 'dashed') {
    g.append(
      el('rect', {
        x: 0.75,
        y: 0.75,
        width: w - 1.5,
        height: h - 1.5,
        rx: 2,
        fill: style.fill,
        stroke: style.color,
        'stroke-width': 1.5,
        'stroke-dasharray': '3 2',
      }),
    );
  } else {
    g.append(el('rect', { width: w, height: h, rx: 2, fill: style.fill }));
    if (style.shape === 'hatched')
      g.append(el('rect', { width: w, height: h, rx: 2, fill: `url(#${patternId})` }));
  }
  return g;
}

/** The legend: every kind, plus the two arcs in chronological order; wraps to fit `width`. */
function legend(width: number, showArcs: boolean): { node: SVGGElement; height: number } {
  const node = el('g', { 'data-legend': '', 'font-size': LEGEND_FONT, fill: MUTED });
  const patternId = 'legend-hatch';
  const defs = el('defs');
  const pattern = el('pattern', {
    id: patternId,
    width: 4,
    height: 4,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.append(
    el('line', {
      x1: 0,
      y1: 0,
      x2: 0,
      y2: 4,
      stroke: '#ffffff',
      'stroke-opacity': 0.55,
      'stroke-width': 1.6,
    }),
  );
  defs.append(pattern);
  node.append(defs);
  type Item = { label: string; draw: (x: number, y: number) => SVGElement };
  const items: Item[] = (Object.keys(KIND_STYLES) as SceneKind[]).map((kind) => ({
    label: KIND_STYLES[kind].label,
    draw: (x, y) => swatch(kind, x, y, patternId),
  }));
  if (showArcs) {
    items.push(
      {
        label: 'Jump back in time',
        draw: (x, y) =>
          el('path', {
            d: `M${x} ${y + 13}Q${x + 11} ${y - 3} ${x + 22} ${y + 13}`,
            fill: 'none',
            stroke: MUTED,
            'stroke-width': 1.5,
            'stroke-dasharray': '3 2',
          }),
      },
      {
        label: 'Jump forward',
        draw: (x, y) =>
          el('path', {
            d: `M${x} ${y + 1}Q${x + 11} ${y + 17} ${x + 22} ${y + 1}`,
            fill: 'none',
            stroke: MUTED,
            'stroke-width': 1.5,
          }),
      },
    );
  }
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = SWATCH_W + 6 + item.label.length * LEGEND_CHAR_W;
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const y = row * LEGEND_ROW_H;
    const g = el('g', { 'data-legend-item': item.label });
    g.append(
      item.draw(x, y),
      text(item.label, {
        x: x + SWATCH_W + 6,
        y: y + SWATCH_H / 2,
        'dominant-baseline': 'central',
      }),
    );
    node.append(g);
    x += itemWidth + ITEM_GAP;
  }
  return { node, height: (row + 1) * LEGEND_ROW_H };
}

/** Builds the exported picture of the drawing as it is on screen now. */
export function buildViewSvg(input: ViewSvgInput, prefix = 'fabula-export-'): ViewSvg {
  const { drawing } = input;
  const box = drawing.getBoundingClientRect();
  const drawW = Math.round(box.width);
  const drawH = Math.round(box.height);
  const width = drawW + 2 * PAD;
  const body = el('g', { transform: `translate(${PAD},${HEADER_H})`, 'data-drawing': '' });

  // Every outermost <svg> and <canvas> under the drawing, in paint order, placed where it is.
  const layers =
    drawing instanceof SVGSVGElement
      ? [drawing]
      : [...drawing.querySelectorAll('svg, canvas')].filter(
          (node) => !node.parentElement?.closest('svg'),
        );
  for (const layer of layers) {
    const r = layer.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const x = (r.left - box.left).toFixed(2);
    const y = (r.top - box.top).toFixed(2);
    if (layer instanceof HTMLCanvasElement) {
      if (input.canvasLayer) {
        const g = el('g', { transform: `translate(${x},${y})` });
        g.append(input.canvasLayer);
        body.append(g);
      }
      continue;
    }
    const clone = layer.cloneNode(true) as SVGSVGElement;
    inlineStyles(layer, clone);
    clone.removeAttribute('aria-hidden');
    clone.setAttribute('x', x);
    clone.setAttribute('y', y);
    clone.setAttribute('width', String(r.width));
    clone.setAttribute('height', String(r.height));
    clone.setAttribute('overflow', 'hidden');
    body.append(clone);
  }

  // The selection ring is an HTML box over the marks: draw it as a rounded outline.
  const ring = drawing.querySelector('[data-testid="timeline-selection"]');
  if (ring) {
    const r = ring.getBoundingClientRect();
    body.append(
      el('rect', {
        x: (r.left - box.left + 1).toFixed(2),
        y: (r.top - box.top + 1).toFixed(2),
        width: Math.max(0, r.width - 2).toFixed(2),
        height: Math.max(0, r.height - 2).toFixed(2),
        rx: 6,
        fill: 'none',
        stroke: '#0f172a',
        'stroke-width': 2,
        'data-selection': '',
      }),
    );
  }

  if (input.marks) {
    const group = body.querySelector('g[data-marks]');
    const children = group ? [...group.children] : [];
    children.forEach((child, i) => {
      const mark = input.marks?.[i];
      if (!mark) return;
      child.setAttribute('data-scene-id', mark.id);
      const title = el('title');
      title.textContent = mark.label;
      child.prepend(title);
    });
  }

  const key = legend(drawW, input.showArcs);
  const height = HEADER_H + drawH + PAD + key.height + PAD;
  const svg = el('svg', {
    xmlns: SVG_NS,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT,
    role: 'img',
  });
  const docTitle = el('title');
  docTitle.textContent = `${input.title}: ${input.subtitle}`;
  svg.append(
    docTitle,
    el('rect', { width, height, fill: '#ffffff' }),
    text(input.title, {
      x: PAD,
      y: PAD + TITLE_SIZE - 4,
      'font-size': TITLE_SIZE,
      'font-weight': 700,
      fill: INK,
      'data-title': '',
    }),
    text(input.subtitle, {
      x: PAD,
      y: PAD + TITLE_SIZE + 18,
      'font-size': SUBTITLE_SIZE,
      fill: MUTED,
    }),
    body,
  );
  key.node.setAttribute('transform', `translate(${PAD},${HEADER_H + drawH + PAD})`);
  svg.append(key.node);
  prefixIds(svg, prefix);
  return { svg, width, height };
}

/** The picture as an SVG file's text. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
}
