import { HORIZONTAL_LAYOUT, horizontalBarChart } from './horizontal-bar-chart';

interface Rect {
  className: string;
  width: number;
}

function rects(svg: string): Rect[] {
  return [...svg.matchAll(/<rect class="(\w+)"[^>]* width="([\d.]+)"/g)].map((match) => ({
    className: match[1],
    width: Number(match[2]),
  }));
}

function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
}

const base = { id: 'd', title: 'Timmar per myndighet', description: 'Liggande staplar' };

describe('horizontalBarChart', () => {
  it('draws bars in proportion to a round maximum and writes label and value on each row', () => {
    const svg = horizontalBarChart({
      ...base,
      bars: [
        { label: 'Socialstyrelsen', value: 5905, valueLabel: '5 905 h' },
        { label: 'Region Dalarna', value: 500, valueLabel: '500 h' },
      ],
    });
    // 5905 rounds up to an axis of 10 000.
    const full = HORIZONTAL_LAYOUT.barAreaWidth;
    expect(rects(svg)).toEqual([
      { className: 'stapel', width: Math.round(full * 0.5905 * 10) / 10 },
      { className: 'stapel', width: Math.round(full * 0.05 * 10) / 10 },
    ]);
    expect(texts(svg)).toEqual(['Socialstyrelsen', '5 905 h', 'Region Dalarna', '500 h']);
  });

  it('is an image named by its title and described by its description', () => {
    const svg = horizontalBarChart({ ...base, bars: [] });
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="d-titel d-beskrivning"/);
    expect(svg).toContain('<title id="d-titel">Timmar per myndighet</title>');
    expect(svg).toContain('<desc id="d-beskrivning">Liggande staplar</desc>');
  });

  it('draws a track of full length behind shares and a bar for the share', () => {
    const svg = horizontalBarChart({
      ...base,
      max: 1,
      track: true,
      bars: [{ label: 'CVE', value: 0.25, valueLabel: '25 % (1 av 4)' }],
    });
    expect(rects(svg)).toEqual([
      { className: 'spar', width: HORIZONTAL_LAYOUT.barAreaWidth },
      { className: 'stapel', width: HORIZONTAL_LAYOUT.barAreaWidth / 4 },
    ]);
    expect(texts(svg)).toContain('25 % (1 av 4)');
  });

  it('shows a tiny value as a sliver and zero as nothing', () => {
    const svg = horizontalBarChart({
      ...base,
      bars: [
        { label: 'Stor', value: 100000, valueLabel: '100 000' },
        { label: 'Liten', value: 1, valueLabel: '1' },
        { label: 'Ingen', value: 0, valueLabel: '0' },
      ],
    });
    expect(rects(svg).map((rect) => rect.width)).toEqual([HORIZONTAL_LAYOUT.barAreaWidth, 2, 0]);
  });

  it('escapes labels, titles and descriptions', () => {
    const svg = horizontalBarChart({
      id: 'x',
      title: 'A & B <script>',
      description: '"citat"',
      bars: [{ label: '<img src=x onerror=alert(1)>', value: 1, valueLabel: "1 'h'" }],
    });
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('A &amp; B &lt;script&gt;');
    expect(svg).toContain('&quot;citat&quot;');
    expect(svg).toContain('1 &#39;h&#39;');
  });

  it('cuts long names to fit and keeps the whole name as a tooltip', () => {
    const long = 'Myndigheten för vård- och omsorgsanalys och mycket annat därtill';
    const svg = horizontalBarChart({
      ...base,
      bars: [{ label: long, value: 1, valueLabel: '1' }],
    });
    expect(svg).toContain(`<title>${long}</title>`);
    const shown = texts(svg)[0];
    expect(shown.endsWith('…')).toBe(true);
    expect([...shown].length).toBeLessThanOrEqual(HORIZONTAL_LAYOUT.labelMaxChars);
  });
});
