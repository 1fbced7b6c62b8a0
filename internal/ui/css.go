package ui

// ReaderCSS is the style sheet of the reading view, adopted by the shadow
// root of <yozuv-reader>. It is a constant rather than an embedded file so
// that the WebAssembly build does not link the embed package (and with it
// io/fs and time).
const ReaderCSS = `/* The reading view of <yozuv-reader>, inside its shadow root. Colours are
   custom properties, so a page can restyle it from outside:
   yozuv-reader { --yozuv-accent: #c8102e; } */
:host { display: block; }
.reader {
	--bg: var(--yozuv-reader-bg, #fffdf8); --fg: var(--yozuv-reader-fg, #1f2328);
	--muted: #626a75; --rule: #e3e0d8; --hi: #fff0b3; --tip-bg: #1f2328; --tip-fg: #fff;
	--accent: var(--yozuv-accent, #0b5cad); --unsure: #b35c00;
	color-scheme: light;
	background: var(--bg); color: var(--fg);
	font-family: var(--yozuv-reader-font, Georgia, "Times New Roman", serif);
	line-height: 1.7; border-radius: 10px; border: 1px solid var(--rule);
}
.reader[data-theme="dark"] {
	--bg: #16181d; --fg: #e6e2d8; --muted: #9aa3ae; --rule: #30343c; --hi: #4a3f12;
	--tip-bg: #f2efe6; --tip-fg: #16181d; --accent: #7fb3ff; --unsure: #ffb86b;
	color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
	.reader[data-theme="auto"] {
		--bg: #16181d; --fg: #e6e2d8; --muted: #9aa3ae; --rule: #30343c; --hi: #4a3f12;
		--tip-bg: #f2efe6; --tip-fg: #16181d; --accent: #7fb3ff; --unsure: #ffb86b;
		color-scheme: dark;
	}
}
.bar {
	position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 0.75rem;
	padding: 0.55rem 1rem; background: var(--bg); border-bottom: 1px solid var(--rule); border-radius: 10px 10px 0 0;
	font: 0.875rem/1.2 system-ui, sans-serif;
}
.grp { display: inline-flex; gap: 2px; }
.tool, .report button {
	font: inherit; color: var(--fg); background: transparent; border: 1px solid var(--rule);
	border-radius: 6px; padding: 0.35rem 0.6rem; cursor: pointer; min-height: 2rem;
}
.tool:hover, .report button:hover { border-color: var(--muted); }
.tool[aria-pressed="true"] { background: var(--accent); border-color: var(--accent); color: var(--bg); }
.tool:disabled { opacity: 0.45; cursor: default; }
.tool:focus-visible, .report :focus-visible, .w:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
/* the script switch inside the toolbar */
.sw { display: inline-flex; border: 1px solid var(--rule); border-radius: 999px; padding: 2px; }
.opt { font: inherit; border: 0; background: none; color: var(--fg); padding: 0.3rem 0.8rem; border-radius: 999px; cursor: pointer; }
.opt[aria-pressed="true"] { background: var(--accent); color: var(--bg); }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
article { position: relative; max-width: 38em; margin: 0 auto; padding: 1.25em 1.25em 2em; }
h1 { font-size: 1.75em; line-height: 1.25; margin: 0.2em 0 0.7em; }
h2 { font-size: 1.3em; line-height: 1.3; margin: 1.4em 0 0.5em; }
h3 { font-size: 1.1em; margin: 1.2em 0 0.4em; }
p { margin: 0 0 1em; }
blockquote { margin: 1.2em 0; padding: 0 0 0 1em; border-left: 3px solid var(--accent); font-style: italic; }
.cap { font: 0.8em/1.5 system-ui, sans-serif; color: var(--muted); }
.keep { color: var(--muted); }
.w { border-radius: 3px; cursor: help; }
.w:hover, .w:focus { background: var(--hi); }
.w.unsure { text-decoration: underline dotted var(--unsure); text-underline-offset: 0.2em; }
.tip {
	position: absolute; z-index: 3; display: flex; align-items: center; gap: 0.5rem; max-width: 18rem;
	padding: 0.3rem 0.35rem 0.3rem 0.7rem; border-radius: 6px; background: var(--tip-bg); color: var(--tip-fg);
	font: 1rem/1.3 system-ui, sans-serif; box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
}
.tip[hidden], .report[hidden] { display: none; }
.tip .hint { font-size: 0.75rem; opacity: 0.75; }
.tip .flag { font: inherit; border: 0; border-radius: 4px; background: transparent; color: inherit; cursor: pointer; padding: 0.1rem 0.4rem; opacity: 0.8; }
.tip .flag:hover, .tip .flag:focus-visible { opacity: 1; outline: 1px solid currentColor; }
.report {
	position: fixed; z-index: 4; left: 50%; bottom: 1rem; transform: translateX(-50%); width: min(24rem, calc(100vw - 2rem));
	padding: 0.9rem 1rem; border: 1px solid var(--rule); border-radius: 10px; background: var(--bg); color: var(--fg);
	font: 0.95rem/1.4 system-ui, sans-serif; box-shadow: 0 8px 30px rgb(0 0 0 / 0.2);
}
.report p { margin: 0 0 0.6rem; }
.report label { display: grid; gap: 0.25rem; }
.report input { font: inherit; padding: 0.4rem 0.5rem; border: 1px solid var(--muted); border-radius: 6px; background: var(--bg); color: var(--fg); }
.report .row { display: flex; gap: 0.5rem; margin-top: 0.7rem; }
.report button[type="submit"] { background: var(--accent); border-color: var(--accent); color: var(--bg); }
.report .err { color: #c62828; margin: 0.4rem 0 0; }
.parallel { display: grid; gap: 0; }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; padding: 0.45em 0; border-bottom: 1px solid var(--rule); }
.row[data-kind^="h"] { font-weight: 700; }
.cell + .cell { color: var(--muted); }
.reader[data-view="parallel"] article { max-width: 64em; }
@media (max-width: 640px) {
	.bar { padding: 0.5rem 0.6rem; }
	article { padding: 1em 0.9em 1.5em; }
	.row { grid-template-columns: 1fr; gap: 0.2em; }
}
@media print {
	.reader { background: #fff; color: #000; border: 0; font-size: 12pt !important; }
	.bar, .tip, .report { display: none !important; }
	article { max-width: none; padding: 0; }
	.w { background: none !important; text-decoration: none !important; }
	.row { break-inside: avoid; }
	.cell + .cell { color: #333; }
}
`
