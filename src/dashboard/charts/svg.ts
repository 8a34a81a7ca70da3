import { escapeHtml } from '../../web/html';

export const CHART_WIDTH = 960;
export const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

/** Colours chosen for contrast on white: bars at least 3:1 (WCAG 1.4.11), text at least 7:1. */
export const COLOURS = {
  bar: '#1d4f91',
  barLight: '#ffffff',
  track: '#e9eef5',
  trackBorder: '#6b7a8c',
  grid: '#d5dbe3',
  axis: '#4a5563',
  text: '#1b1f24',
} as const;

export interface ChartFrame {
  id: string;
  title: string;
  description: string;
  height: number;
  body: string;
  defs?: string;
}

/**
 * The chart as an image for assistive technology: role="img" named by its title and
 * described by its description; the numbers are also in a table next to it.
 */
export function svgFrame(frame: ChartFrame): string {
  const titleId = `${frame.id}-titel`;
  const descId = `${frame.id}-beskrivning`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" id="${escapeHtml(frame.id)}" ` +
    `viewBox="0 0 ${CHART_WIDTH} ${frame.height}" role="img" ` +
    `aria-labelledby="${escapeHtml(titleId)} ${escapeHtml(descId)}" ` +
    `font-family="${FONT_FAMILY}" font-size="14" fill="${COLOURS.text}">` +
    `<title id="${escapeHtml(titleId)}">${escapeHtml(frame.title)}</title>` +
    `<desc id="${escapeHtml(descId)}">${escapeHtml(frame.description)}</desc>` +
    (frame.defs ? `<defs>${frame.defs}</defs>` : '') +
    frame.body +
    `</svg>`
  );
}

export interface TextOptions {
  anchor?: 'start' | 'middle' | 'end';
  size?: number;
  weight?: 'normal' | 'bold';
  cssClass?: string;
}

export function text(x: string, y: string, content: string, options: TextOptions = {}): string {
  const attributes = [
    `x="${x}"`,
    `y="${y}"`,
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.size ? `font-size="${options.size}"` : '',
    options.weight === 'bold' ? 'font-weight="bold"' : '',
    options.cssClass ? `class="${options.cssClass}"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeHtml(content)}</text>`;
}

/** Long names are cut to fit the label column; the full name stays in a tooltip and the table. */
export function truncate(label: string, maxChars: number): string {
  const chars = [...label];
  return chars.length <= maxChars
    ? label
    : `${chars
        .slice(0, maxChars - 1)
        .join('')
        .trimEnd()}…`;
}
