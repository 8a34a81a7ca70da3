import { escapeHtml } from '../../web/html';
import { niceMax, px, scaleLength, ticks } from './scale';
import { CHART_WIDTH, COLOURS, svgFrame, text } from './svg';

export interface ColumnSeries {
  name: string;
  /** Solid or hatched: the two series differ in pattern, not only in colour. */
  fill: 'solid' | 'hatched';
}

export interface ColumnGroup {
  label: string;
  /** One value per series, in the order of `series`. */
  values: readonly number[];
}

export interface ColumnChartInput {
  id: string;
  title: string;
  description: string;
  series: readonly ColumnSeries[];
  groups: readonly ColumnGroup[];
  /** For the axis ticks and the values written above the bars. */
  formatValue: (value: number) => string;
  axisLabel: string;
}

export const COLUMN_LAYOUT = {
  height: 400,
  left: 72,
  right: 8,
  top: 64,
  bottom: 36,
  barWidth: 28,
  barGap: 3,
  valueFontSize: 11,
} as const;

/** Grouped columns (e.g. months × estimated and realized hours) on a shared axis from zero. */
export function columnChart(input: ColumnChartInput): string {
  const layout = COLUMN_LAYOUT;
  const plotHeight = layout.height - layout.top - layout.bottom;
  const plotWidth = CHART_WIDTH - layout.left - layout.right;
  const bottom = layout.top + plotHeight;
  const max = niceMax(Math.max(0, ...input.groups.flatMap((group) => group.values)));
  const groupWidth = input.groups.length > 0 ? plotWidth / input.groups.length : plotWidth;
  const clusterWidth =
    input.series.length * layout.barWidth + (input.series.length - 1) * layout.barGap;

  const grid = ticks(max)
    .map((tick) => {
      const y = px(bottom - scaleLength(tick, max, plotHeight));
      return (
        `<line x1="${layout.left}" y1="${y}" x2="${CHART_WIDTH - layout.right}" y2="${y}" ` +
        `stroke="${tick === 0 ? COLOURS.axis : COLOURS.grid}" stroke-width="1"/>` +
        text(px(layout.left - 8), px(Number(y) + 5), input.formatValue(tick), { anchor: 'end' })
      );
    })
    .join('');

  const groups = input.groups
    .map((group, groupIndex) => {
      const groupLeft = layout.left + groupIndex * groupWidth;
      const clusterLeft = groupLeft + (groupWidth - clusterWidth) / 2;
      let previousLabelY = Number.POSITIVE_INFINITY;
      const bars = input.series.map((series, seriesIndex) => {
        const value = group.values[seriesIndex] ?? 0;
        const barHeight = visibleHeight(scaleLength(value, max, plotHeight), value);
        const x = clusterLeft + seriesIndex * (layout.barWidth + layout.barGap);
        // Labels of neighbouring bars of similar height would overlap: lift the later one.
        let labelY = bottom - barHeight - 5;
        if (Math.abs(previousLabelY - labelY) < layout.valueFontSize + 2) {
          labelY = previousLabelY - (layout.valueFontSize + 2);
        }
        previousLabelY = value > 0 ? labelY : previousLabelY;
        return (
          `<rect class="stapel" data-serie="${seriesIndex}" x="${px(x)}" y="${px(bottom - barHeight)}" ` +
          `width="${layout.barWidth}" height="${px(barHeight)}" ${fillAttributes(input.id, series)}/>` +
          (value > 0
            ? text(px(x + layout.barWidth / 2), px(labelY), input.formatValue(value), {
                anchor: 'middle',
                size: layout.valueFontSize,
                cssClass: 'varde',
              })
            : '')
        );
      });
      return (
        `<g class="grupp">${bars.join('')}` +
        text(px(groupLeft + groupWidth / 2), px(bottom + 22), group.label, { anchor: 'middle' }) +
        `</g>`
      );
    })
    .join('');

  return svgFrame({
    id: input.id,
    title: input.title,
    description: input.description,
    height: layout.height,
    defs: hatchPattern(input.id),
    body: legend(input) + grid + groups,
  });
}

function legend(input: ColumnChartInput): string {
  const layout = COLUMN_LAYOUT;
  const axis = text(px(layout.left - 8), '44', input.axisLabel, { anchor: 'end' });
  let x: number = layout.left;
  const entries = input.series.map((series) => {
    const entry =
      `<rect x="${px(x)}" y="8" width="18" height="18" ${fillAttributes(input.id, series)}/>` +
      text(px(x + 26), '22', series.name);
    x += 26 + [...series.name].length * 8 + 32;
    return entry;
  });
  return `<g class="forklaring">${entries.join('')}</g>${axis}`;
}

function fillAttributes(chartId: string, series: ColumnSeries): string {
  return series.fill === 'solid'
    ? `fill="${COLOURS.bar}"`
    : `fill="url(#${escapeHtml(patternId(chartId))})" stroke="${COLOURS.bar}" stroke-width="1.5"`;
}

function hatchPattern(chartId: string): string {
  return (
    `<pattern id="${escapeHtml(patternId(chartId))}" patternUnits="userSpaceOnUse" width="6" height="6" ` +
    `patternTransform="rotate(45)"><rect width="6" height="6" fill="${COLOURS.barLight}"/>` +
    `<line x1="0" y1="0" x2="0" y2="6" stroke="${COLOURS.bar}" stroke-width="3"/></pattern>`
  );
}

function patternId(chartId: string): string {
  return `${chartId}-streck`;
}

function visibleHeight(height: number, value: number): number {
  return value > 0 ? Math.max(height, 2) : 0;
}
