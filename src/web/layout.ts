import { html, type SafeHtml } from './html';
import { STYLES } from './styles';

export interface PageShell {
  /** The page's own title; " – Enkätkollen" is added unless it is the start page. */
  title: string;
  body: SafeHtml;
}

/** The frame every page shares: language, skip link, header, main landmark, footer. */
export function layout(page: PageShell): SafeHtml {
  const title = page.title === 'Enkätkollen' ? page.title : `${page.title} – Enkätkollen`;
  return html`<!doctype html>
    <html lang="sv">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <meta
          name="description"
          content="Se om en enkät från en statlig myndighet till kommuner och regioner har samråtts med SKR."
        />
        <style>
          ${STYLES}
        </style>
      </head>
      <body>
        <a class="skip-link" href="#innehall">Hoppa till innehållet</a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href="/">Enkätkollen</a>
            <p>Enkäter från statliga myndigheter till kommuner och regioner</p>
          </div>
        </header>
        <main id="innehall" tabindex="-1">
          <div class="wrap">${page.body}</div>
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              Uppgifterna kommer från SKR:s förteckning över samråd enligt förordningen (1982:668)
              om statliga myndigheters inhämtande av uppgifter från näringsidkare och kommuner, och
              från socialchefsnätverkens granskningar.
            </p>
            <p>Samma uppgifter finns som öppet API: <a href="/docs">API-dokumentation</a>.</p>
          </div>
        </footer>
      </body>
    </html> `;
}
