import type { SceneKind } from '../model/film';
import { kindStyle } from '../timeline/kinds';

/** Props of a kind swatch. */
export interface KindSwatchProps {
  kind: SceneKind;
  size?: number;
}

/** A small picture of a kind's mark: colour plus shape (hatching, dashes, chevron), never colour alone. */
export function KindSwatch({ kind, size = 14 }: KindSwatchProps) {
  const style = kindStyle(kind);
  const w = Math.round(size * 1.6);
  const h = size;
  const patternId = `swatch-hatch-${kind}`;
  return (
    <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true" className="shrink-0">
      {style.shape === 'hatched' && (
        <defs>
          <pattern
            id={patternId}
            width="4"
            height="4"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="4" height="4" fill={style.fill} />
            <line
              x1="0"
              y1="0"
              x2="0"
              y2="4"
              stroke="#ffffff"
              strokeOpacity="0.55"
              strokeWidth="1.6"
            />
          </pattern>
        </defs>
      )}
      {style.shape === 'chevron' ? (
        <path d={`M0 0 H${w - h / 2} L${w} ${h / 2} L${w - h / 2} ${h} H0 Z`} fill={style.fill} />
      ) : (
        <rect
          x={style.shape === 'dashed' ? 0.75 : 0}
          y={style.shape === 'dashed' ? 0.75 : 0}
          width={style.shape === 'dashed' ? w - 1.5 : w}
          height={style.shape === 'dashed' ? h - 1.5 : h}
          rx="2"
          fill={style.shape === 'hatched' ? `url(#${patternId})` : style.fill}
          stroke={style.shape === 'dashed' ? style.color : 'none'}
          strokeWidth={style.shape === 'dashed' ? 1.5 : 0}
          strokeDasharray={style.shape === 'dashed' ? '3 2' : undefined}
        />
      )}
    </svg>
  );
}
