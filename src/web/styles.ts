import { trusted } from './html';

/**
 * The whole stylesheet, inline (the CSP allows inline styles, not inline scripts; there are no
 * scripts). Colours meet WCAG AA against their backgrounds; focus is a thick yellow-and-black
 * ring that shows on every background.
 */
export const STYLES = trusted(`
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:1.0625rem;line-height:1.5;color:#1b1b1b;background:#fff}
.wrap{max-width:48rem;margin:0 auto;padding:0 1rem}
a{color:#0b4f8a;text-decoration-thickness:.08em;text-underline-offset:.15em}
a:visited{color:#5a2d82}
a:hover{color:#062e52;text-decoration-thickness:.15em}
a:focus-visible,button:focus-visible,input:focus-visible,main:focus-visible{outline:3px solid #ffbf00;outline-offset:0;box-shadow:0 0 0 6px #1b1b1b}
a:focus-visible{background:#ffbf00;color:#1b1b1b;text-decoration:none}
.skip-link{position:absolute;left:-9999px;top:0;padding:.5rem 1rem;background:#ffbf00;color:#1b1b1b;font-weight:700;z-index:10}
.skip-link:focus{left:0}
.site-header{background:#0b3d66;color:#fff;padding:.75rem 0}
.site-header a.site-name{color:#fff;font-size:1.5rem;font-weight:700;text-decoration:none}
.site-header a.site-name:focus-visible{color:#1b1b1b}
.site-header p{margin:.25rem 0 0;color:#e6eef5}
main{display:block;padding:1.5rem 0 3rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.5rem;line-height:1.25;margin:2rem 0 .75rem}
h3{font-size:1.2rem;line-height:1.3;margin:0 0 .25rem}
.lead{font-size:1.2rem}
.search{margin:1.5rem 0;padding:1rem;background:#f1f4f7;border-left:6px solid #0b3d66}
.search label{display:block;font-weight:700;font-size:1.2rem;margin-bottom:.25rem}
.search .hint{margin:0 0 .5rem;color:#4a4a4a}
.search .row{display:flex;flex-wrap:wrap;gap:.5rem}
.search input{flex:1 1 16rem;min-width:0;font:inherit;padding:.5rem .6rem;border:2px solid #1b1b1b;border-radius:0;background:#fff;color:#1b1b1b}
.search button{font:inherit;font-weight:700;padding:.5rem 1.25rem;border:2px solid #0b3d66;background:#0b3d66;color:#fff;cursor:pointer}
.search button:hover{background:#062e52}
.error-message{color:#a4161a;font-weight:700;margin:.25rem 0 .5rem}
.results{list-style:none;margin:0;padding:0}
.result{border-top:1px solid #b1b4b6;padding:1rem 0}
.agency{margin:0 0 .5rem;color:#4a4a4a}
.facts{list-style:none;margin:0;padding:0}
.facts li{margin:.125rem 0}
.label{font-weight:700}
.answer-nej{color:#a4161a;font-weight:700}
.answer-ja{color:#1d6b2f;font-weight:700}
.flags{margin:.5rem 0 0;padding-left:1.25rem;list-style:disc}
.flags li{margin:.125rem 0}
.pager{display:flex;gap:1.5rem;margin:1.5rem 0}
dl.details{display:grid;grid-template-columns:minmax(9rem,max-content) 1fr;gap:.25rem 1rem;margin:0}
dl.details dt{font-weight:700}
dl.details dd{margin:0}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
caption{text-align:left;font-weight:700;padding:.25rem 0}
th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #b1b4b6;vertical-align:top}
blockquote{margin:.5rem 0 1rem;padding:.25rem 0 .25rem 1rem;border-left:4px solid #b1b4b6;color:#333}
.evidence-kind{font-weight:700;margin:.75rem 0 0}
.note{color:#4a4a4a}
.site-footer{border-top:1px solid #b1b4b6;padding:1rem 0 2rem;color:#4a4a4a;font-size:.95rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (max-width:30rem){dl.details{grid-template-columns:1fr}dl.details dd{margin-bottom:.5rem}h1{font-size:1.6rem}}
`);
