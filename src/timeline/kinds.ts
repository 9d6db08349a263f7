import type { SceneKind } from '../model/film';

/**
 * The kind palette: colour plus a shape, so colour is never the only carrier of meaning.
 * `fill` carries white text at WCAG AA (>= 4.5:1) except `recounted`, whose light tint carries
 * `ink`; the figures are checked in tests/timeline/kinds.test.ts.
 */
export type KindShape = 'solid' | 'hatched' | 'dashed' | 'chevron';

/** How one scene kind is drawn and named. */
export interface KindStyle {
  kind: SceneKind;
  /** Human label for legends, tooltips and the table. */
  label: string;
  /** The kind's main colour (strokes, arcs, legend swatches). */
  color: string;
  /** What fills the mark. */
  fill: string;
  /** Text drawn on top of `fill`. */
  ink: string;
  shape: KindShape;
  /** The SVG pattern id the timeline defines for hatched marks, else null. */
  patternId: string | null;
  /** One sentence describing the shape, for legends and screen readers. */
  shapeDescription: string;
}

export const KIND_STYLES: Readonly<Record<SceneKind, KindStyle>> = {
  present: {
    kind: 'present',
    label: 'Present',
    color: '#2c5a8c',
    fill: '#2c5a8c',
    ink: '#ffffff',
    shape: 'solid',
    patternId: null,
    shapeDescription: 'solid block',
  },
  flashback: {
    kind: 'flashback',
    label: 'Flashback',
    color: '#a5401b',
    fill: '#a5401b',
    ink: '#ffffff',
    shape: 'hatched',
    patternId: 'fabula-hatch-flashback',
    shapeDescription: 'block with diagonal hatching',
  },
  recounted: {
    kind: 'recounted',
    label: 'Recounted',
    color: '#6a4a9c',
    fill: '#ece4f7',
    ink: '#3f2a63',
    shape: 'dashed',
    patternId: null,
    shapeDescription: 'pale block with a dashed outline',
  },
  flashforward: {
    kind: 'flashforward',
    label: 'Flash-forward',
    color: '#17705a',
    fill: '#17705a',
    ink: '#ffffff',
    shape: 'chevron',
    patternId: null,
    shapeDescription: 'block pointed like a chevron',
  },
};

/** The style of one scene kind (colour, shape, pattern id, label) for marks and legends. */
export const kindStyle = (kind: SceneKind): KindStyle => KIND_STYLES[kind];

/** WCAG relative luminance of a #rrggbb colour. */
export const relativeLuminance = (hex: string): number => {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
};

/** WCAG contrast ratio between two #rrggbb colours. */
export const contrastRatio = (a: string, b: string): number => {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
};
