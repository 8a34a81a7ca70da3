import { escapeHtml, html, SafeHtml } from './html';

/** Formatting puts white space between tags in the templates below; it does not matter here. */
function compact(markup: string): string {
  return markup.replace(/>\s+</g, '><').trim();
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and quoted attributes', () => {
    expect(escapeHtml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;',
    );
  });

  it('leaves Swedish letters alone', () => {
    expect(escapeHtml('Enkät om äldreomsorg – Örebro')).toBe('Enkät om äldreomsorg – Örebro');
  });
});

describe('html', () => {
  it('escapes interpolated strings and numbers but not nested fragments', () => {
    const title = '<img src=x onerror=alert(1)>';
    const fragment = html`<h1>${title}</h1>
      <p>${42}</p>
      ${html`<em>${'a&b'}</em>`}`;
    expect(fragment).toBeInstanceOf(SafeHtml);
    expect(compact(fragment.value)).toBe(
      '<h1>&lt;img src=x onerror=alert(1)&gt;</h1><p>42</p><em>a&amp;b</em>',
    );
  });

  it('escapes inside attributes', () => {
    const href = '/enkater/"><script>';
    expect(html`<a href="${href}">x</a>`.value).toBe(
      '<a href="/enkater/&quot;&gt;&lt;script&gt;">x</a>',
    );
  });

  it('joins arrays and renders null, undefined and false as nothing', () => {
    const items = ['<a>', 'b'].map((item) => html`<li>${item}</li>`);
    expect(
      compact(
        html`<ul>
            ${items}
          </ul>
          ${null}${undefined}${false}`.value,
      ),
    ).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
  });
});
