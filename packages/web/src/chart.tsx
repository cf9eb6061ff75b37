// A hand-written horizontal bar chart (SVG), no chart library.
import { vi } from "./format";

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars with their values; readable without colour (value printed after each bar). */
export function BarChart({ title, bars, width = 560 }: { title: string; bars: Bar[]; width?: number }) {
  const rowHeight = 26;
  const labelWidth = 190;
  const valueWidth = 60;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const barSpace = width - labelWidth - valueWidth;
  const height = bars.length * rowHeight + 8;
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <b>{title}</b>
      </figcaption>
      <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title}>
        {bars.map((b, i) => {
          const y = 4 + i * rowHeight;
          const w = Math.round((b.value / max) * barSpace);
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + 17} text-anchor="end" font-size="13">
                {b.label}
              </text>
              <rect
                x={labelWidth}
                y={y + 3}
                width={Math.max(w, b.value > 0 ? 2 : 0)}
                height={rowHeight - 8}
                fill="#7a1212"
              />
              <text x={labelWidth + w + 6} y={y + 17} font-size="13">
                {vi(b.value)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
