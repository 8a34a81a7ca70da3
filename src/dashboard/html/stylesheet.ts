/**
 * The dashboard's only stylesheet, served from /dashboard/stil.css rather than inlined, so the
 * pages need no 'unsafe-inline' style source. Colours meet WCAG 2.1 AA: body text 15:1,
 * links 7:1, muted text 6:1 on white; the focus ring is dark with a yellow halo, visible on
 * both the white page and the dark header.
 */
export const DASHBOARD_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 100%; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  line-height: 1.5;
  color: #1b1f24;
  background: #f3f5f8;
}
a { color: #0b4f9c; text-underline-offset: 0.15em; }
a:hover { color: #073668; text-decoration-thickness: 2px; }
:focus-visible {
  outline: 3px solid #1b1f24;
  outline-offset: 2px;
  box-shadow: 0 0 0 6px #ffdd00;
}
.hoppa {
  position: absolute;
  left: 1rem;
  top: -4rem;
  z-index: 10;
  padding: 0.5rem 1rem;
  background: #ffdd00;
  color: #1b1f24;
  font-weight: 700;
}
.hoppa:focus { top: 0.5rem; }
.sidhuvud { background: #12355b; color: #ffffff; }
.sidhuvud-inre {
  max-width: 72rem;
  margin: 0 auto;
  padding: 0.75rem 1.5rem;
  display: flex;
  flex-wrap: wrap;
  gap: 1rem;
  align-items: center;
  justify-content: space-between;
}
.varumarke { margin: 0; font-size: 1.25rem; font-weight: 700; }
.varumarke span { font-weight: 400; }
.konto { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
.konto form { margin: 0; }
main { display: block; max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
main:focus { outline: none; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
h2 { font-size: 1.375rem; line-height: 1.3; margin: 0 0 0.25rem; }
.smal { max-width: 36rem; }
.rubrikrad {
  display: flex;
  flex-wrap: wrap;
  gap: 1rem;
  align-items: flex-end;
  justify-content: space-between;
  margin-bottom: 1.25rem;
}
.filter { display: flex; gap: 0.5rem; align-items: center; }
.filter label { font-weight: 700; }
select, input[type="email"], input[type="password"] {
  font: inherit;
  color: #1b1f24;
  background: #ffffff;
  border: 2px solid #4a5563;
  border-radius: 4px;
  padding: 0.4rem 0.6rem;
}
input[type="email"], input[type="password"] { width: 100%; margin: 0.25rem 0 1rem; }
input[aria-invalid="true"] { border-color: #a4262c; }
.formular label { display: block; font-weight: 700; }
.hjalp { margin: 0; color: #4a5563; font-size: 0.9375rem; }
.knapp {
  font: inherit;
  font-weight: 700;
  color: #ffffff;
  background: #1d4f91;
  border: 2px solid #1d4f91;
  border-radius: 4px;
  padding: 0.4rem 1rem;
  cursor: pointer;
}
.knapp:hover { background: #12355b; border-color: #12355b; }
.knapp-sekundar { background: #ffffff; color: #12355b; border-color: #ffffff; }
.knapp-sekundar:hover { background: #dfe7f1; border-color: #dfe7f1; }
.felruta {
  border: 3px solid #a4262c;
  background: #ffffff;
  padding: 0.75rem 1rem;
  margin: 1rem 0;
}
.felruta h2 { font-size: 1.125rem; color: #a4262c; }
.felruta p { margin: 0; }
.fel { margin: 0; color: #a4262c; font-weight: 700; }
.nyckeltal-lista {
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
  gap: 1rem;
  margin: 0 0 1.5rem;
}
.nyckeltal {
  background: #ffffff;
  border: 1px solid #c9d1db;
  border-left: 6px solid #1d4f91;
  border-radius: 4px;
  padding: 0.75rem 1rem;
}
.nyckeltal dt { font-weight: 700; color: #3b4654; }
.nyckeltal dd { margin: 0.25rem 0 0; }
.tal-stort { font-size: 1.625rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.enhet { font-weight: 700; color: #3b4654; }
.not { display: block; font-size: 0.875rem; color: #4a5563; }
.rutnat { display: grid; gap: 1.5rem; margin-bottom: 1.5rem; }
.kort {
  background: #ffffff;
  border: 1px solid #c9d1db;
  border-radius: 4px;
  padding: 1.25rem 1.5rem;
  margin-bottom: 1.5rem;
}
.rutnat .kort { margin-bottom: 0; }
.ingress { margin: 0 0 1rem; color: #3b4654; max-width: 48rem; }
.tomt { font-style: italic; color: #3b4654; }
.diagram-ram { width: 100%; }
.diagram { display: block; width: 100%; height: auto; }
.tabell-detaljer { margin-top: 0.75rem; }
.tabell-detaljer summary { cursor: pointer; color: #0b4f9c; font-weight: 700; }
.tabell-rulla { overflow: auto; }
.kort > .tabell-rulla { max-height: 40rem; border: 1px solid #c9d1db; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 700; padding: 0.5rem 0.75rem; }
th, td { padding: 0.35rem 0.75rem; border-bottom: 1px solid #d5dbe3; text-align: left; }
thead th { background: #e9eef5; position: sticky; top: 0; }
tbody th { font-weight: 400; }
tbody tr:nth-child(even) { background: #f6f8fa; }
.tal { text-align: right; white-space: nowrap; }
.export-lista { margin: 0; padding-left: 1.25rem; }
.export-lista li { margin: 0.25rem 0; }
.sidfot { max-width: 72rem; margin: 0 auto; padding: 0 1.5rem 2rem; color: #3b4654; font-size: 0.875rem; }
@media (max-width: 40rem) {
  main { padding: 1rem; }
  h1 { font-size: 1.5rem; }
  .kort { padding: 1rem; }
}
`;
