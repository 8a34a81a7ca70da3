import { escapeHtml } from '../../web/html';
import { niceMax, px, scaleLength } from './scale';
import { COLOURS, svgFrame, text, truncate } from './svg';

export interface HorizontalBar {
  label: string;
  value: number;
  /** Written next to the bar, so the value never depends on reading the bar's length or colour. */
  valueLabel: string;
}

export interface HorizontalBarChartInput {
  id: string;
  title: string;
  description: string;
  bars: readonly HorizontalBar[];
  /** The value at the full bar length; by default a round number at or above the largest value. */
  max?: number;
  /** Draw the full length behind each bar: for shares of a whole (percentages). */
  track?: boolean;
}

export const HORIZONTAL_LAYOUT = {
  labelRight: 330,
  barLeft: 340,
  barAreaWidth: 460,
  rowHeight: 34,
  barThickness: 22,
  padding: 8,
  labelMaxChars: 42,
} as const;

/** One bar per row, label on the left and the value written at the end of the bar. */
export function horizontalBarChart(input: HorizontalBarChartInput): string {
  const layout = HORIZONTAL_LAYOUT;
  const max = input.max ?? niceMax(Math.max(0, ...input.bars.map((bar) => bar.value)));
  const height = input.bars.length * layout.rowHeight + 2 * layout.padding;
  const rows = input.bars.map((bar, index) => {
    const top = layout.padding + index * layout.rowHeight;
    const barTop = top + (layout.rowHeight - layout.barThickness) / 2;
    const middle = px(top + layout.rowHeight / 2 + 5);
    const length = visibleLength(scaleLength(bar.value, max, layout.barAreaWidth), bar.value);
    const label = truncate(bar.label, layout.labelMaxChars);
    return (
      `<g class="rad">` +
      (label === bar.label ? '' : `<title>${escapeHtml(bar.label)}</title>`) +
      text(px(layout.labelRight), middle, label, { anchor: 'end' }) +
      (input.track
        ? `<rect class="spar" x="${layout.barLeft}" y="${px(barTop)}" width="${layout.barAreaWidth}" ` +
          `height="${layout.barThickness}" fill="${COLOURS.track}" stroke="${COLOURS.trackBorder}" stroke-width="1"/>`
        : '') +
      `<rect class="stapel" x="${layout.barLeft}" y="${px(barTop)}" width="${px(length)}" ` +
      `height="${layout.barThickness}" fill="${COLOURS.bar}"/>` +
      text(px(valueLabelX(length, input.track === true)), middle, bar.valueLabel, {
        weight: 'bold',
      }) +
      `</g>`
    );
  });
  const baseline =
    `<line x1="${layout.barLeft}" y1="${layout.padding / 2}" x2="${layout.barLeft}" ` +
    `y2="${height - layout.padding / 2}" stroke="${COLOURS.axis}" stroke-width="1"/>`;
  return svgFrame({
    id: input.id,
    title: input.title,
    description: input.description,
    height,
    body: rows.join('') + baseline,
  });
}

/** A value above zero stays visible even when it is tiny next to the largest. */
function visibleLength(length: number, value: number): number {
  return value > 0 ? Math.max(length, 2) : 0;
}

/** With a track the value goes after the track, so it never sits on the bar colour. */
function valueLabelX(length: number, track: boolean): number {
  const layout = HORIZONTAL_LAYOUT;
  return layout.barLeft + (track ? layout.barAreaWidth : length) + 8;
}
