// Package ui holds the Vecty components that a news page embeds: the
// script switch, <yozuv-switch> (Switch, Option, Status), and the reading
// view, <yozuv-reader> (Reader, ReaderBar, Paragraph, Parallel, Tooltip,
// ReportForm), one component per file. The demo page's editor is in the
// subpackage demo, so news pages do not carry it.
//
// The components render inside the elements' shadow roots, so the page's
// CSS does not reach them; their look comes from web/loader/switch.css and
// ReaderCSS in css.go (adopted as constructed style sheets, which a strict
// Content-Security-Policy allows) and is changed from the page through CSS
// custom properties. The switch's markup matches the placeholder that the
// loader (web/loader/yozuv.js) draws before the WebAssembly module runs, so
// mounting causes no layout shift.
//
// The reading view renders the model of internal/reader: no conversion
// happens in a Render method. Each word is a span carrying its index; the
// article listens for pointer, focus and key events once for all its words
// (event delegation), so a 3,000-word article does not create 3,000
// listeners. Only one word is in the tab order at a time (the roving
// tabindex of the WAI-ARIA Authoring Practices,
// https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/); the
// arrow keys, Home and End move it. Paragraph and Parallel implement
// vecty.RenderSkipper, so changing the tooltip or one word's tab stop does
// not redraw the article.
//
// Every component implements vecty.Copier with a Copy method that copies its
// fields but not vecty.Core. Vecty v0.6.0 keeps the previous render of a
// component alive through the copy it stores; copying vecty.Core would chain
// every render to the one before it and memory would grow on each toggle.
// Elements are built with a small helper, H, from attribute name and value
// pairs: the same markup as a chain of vecty.Markup calls per element, in
// much less compiled code.
//
// The buttons follow the WAI-ARIA toggle button pattern (aria-pressed) and
// the status message follows the ARIA status role:
// https://www.w3.org/WAI/ARIA/apg/patterns/button/ and
// https://www.w3.org/TR/wai-aria-1.2/#status. The tooltip follows the
// tooltip pattern (role tooltip, aria-describedby):
// https://www.w3.org/WAI/ARIA/apg/patterns/tooltip/.
package ui
