import { html, type SafeHtml } from './html';
import { layout } from './layout';

export interface ErrorView {
  status: number;
  title: string;
  message: string;
}

/** Errors as pages in Swedish, with a way back to the search. */
export function errorView(status: number): ErrorView {
  if (status === 429) {
    return {
      status,
      title: 'För många sökningar',
      message: 'Du har gjort många sökningar på kort tid. Vänta en minut och försök igen.',
    };
  }
  if (status === 404) {
    return { status, title: 'Sidan finns inte', message: 'Det finns ingen sida med den adressen.' };
  }
  if (status >= 400 && status < 500) {
    return { status, title: 'Felaktig adress', message: 'Adressen kunde inte tolkas.' };
  }
  if (status === 503) {
    return {
      status,
      title: 'Tjänsten är inte tillgänglig just nu',
      message: 'Försök igen om en liten stund.',
    };
  }
  return {
    status,
    title: 'Något gick fel',
    message: 'Ett oväntat fel inträffade. Försök igen senare.',
  };
}

export function errorPage(view: ErrorView): SafeHtml {
  return layout({
    title: view.title,
    body: html`<h1>${view.title}</h1>
      <p>${view.message}</p>
      <p><a href="/">Till sökningen</a></p>`,
  });
}
