import { COLUMN_LAYOUT, columnChart, type ColumnChartInput } from './column-chart';

interface Column {
  series: number;
  y: number;
  height: number;
}

function columns(svg: string): Column[] {
  return [
    ...svg.matchAll(
      /<rect class="stapel" data-serie="(\d)" x="[\d.]+" y="([\d.]+)" width="\d+" height="([\d.]+)"/g,
    ),
  ].map((match) => ({ series: Number(match[1]), y: Number(match[2]), height: Number(match[3]) }));
}

function valueLabels(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*class="varde">([^<]*)<\/text>/g)].map((match) => match[1]);
}

/** As the chart writes coordinates: to a tenth of a pixel. */
const r = (value: number) => Math.round(value * 10) / 10;

const plotHeight = COLUMN_LAYOUT.height - COLUMN_LAYOUT.top - COLUMN_LAYOUT.bottom;
const bottom = COLUMN_LAYOUT.top + plotHeight;

function chart(groups: ColumnChartInput['groups']): string {
  return columnChart({
    id: 'm',
    title: 'Timmar per månad',
    description: 'Två staplar per månad',
    series: [
      { name: 'Beräknad tid', fill: 'hatched' },
      { name: 'Faktisk tid', fill: 'solid' },
    ],
    groups,
    formatValue: (value) => String(value),
    axisLabel: 'timmar',
  });
}

describe('columnChart', () => {
  it('gives each bar a height in proportion to a round axis maximum, standing on the axis', () => {
    const svg = chart([
      { label: 'apr', values: [725, 246] },
      { label: 'maj', values: [580, 0] },
    ]);
    // 725 rounds up to an axis of 1000.
    expect(columns(svg)).toEqual([
      { series: 0, y: r(bottom - plotHeight * 0.725), height: r(plotHeight * 0.725) },
      { series: 1, y: r(bottom - plotHeight * 0.246), height: r(plotHeight * 0.246) },
      { series: 0, y: r(bottom - plotHeight * 0.58), height: r(plotHeight * 0.58) },
      { series: 1, y: bottom, height: 0 },
    ]);
  });

  it('writes the value above every bar above zero, and the group labels under the axis', () => {
    const svg = chart([
      { label: 'apr', values: [725, 246] },
      { label: 'maj', values: [580, 0] },
    ]);
    expect(valueLabels(svg)).toEqual(['725', '246', '580']);
    expect(svg).toMatch(/>apr<\/text>/);
    expect(svg).toMatch(/>maj<\/text>/);
  });

  it('labels the axis with round ticks from zero', () => {
    const svg = chart([{ label: 'apr', values: [725, 246] }]);
    for (const tick of ['0', '200', '400', '600', '800', '1000']) {
      expect(svg).toMatch(new RegExp(`text-anchor="end">${tick}</text>`));
    }
  });

  it('tells the series apart by pattern as well as colour, with a legend', () => {
    const svg = chart([{ label: 'apr', values: [1, 1] }]);
    expect(svg).toContain('<pattern id="m-streck"');
    expect(svg).toMatch(/data-serie="0"[^>]*fill="url\(#m-streck\)"/);
    expect(svg).toContain('>Beräknad tid</text>');
    expect(svg).toContain('>Faktisk tid</text>');
  });

  it('lifts the second value label when two bars are about as high', () => {
    const svg = chart([{ label: 'sep', values: [105, 105] }]);
    const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*class="varde">/g)].map((m) =>
      Number(m[1]),
    );
    expect(ys).toHaveLength(2);
    expect(ys[0] - ys[1]).toBeGreaterThanOrEqual(COLUMN_LAYOUT.valueFontSize + 2);
  });

  it('escapes group labels and series names', () => {
    const svg = columnChart({
      id: 'e',
      title: 'T',
      description: 'D',
      series: [{ name: '<b>fet</b>', fill: 'solid' }],
      groups: [{ label: 'a&b', values: [1] }],
      formatValue: String,
      axisLabel: 'h',
    });
    expect(svg).toContain('&lt;b&gt;fet&lt;/b&gt;');
    expect(svg).toContain('>a&amp;b</text>');
    expect(svg).not.toContain('<b>');
  });
});
