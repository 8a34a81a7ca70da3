import { escapeHtml } from '../../web/html';
import { page } from './layout';

export interface ErrorPageInput {
  heading: string;
  message: string;
  link: { href: string; text: string };
}

export function errorPage(input: ErrorPageInput): string {
  return page({
    title: input.heading,
    main:
      '<div class="smal">' +
      `<h1>${escapeHtml(input.heading)}</h1>` +
      `<p>${escapeHtml(input.message)}</p>` +
      `<p><a href="${escapeHtml(input.link.href)}">${escapeHtml(input.link.text)}</a></p>` +
      '</div>',
  });
}
