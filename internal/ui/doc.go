// Package ui holds the Vecty components of the script switch that a news
// page embeds as <yozuv-switch>: a group of two toggle buttons, Кирил and
// Lotin, and a live region that tells screen readers which script the page
// is in.
//
// The components render inside the element's shadow root, so the page's CSS
// does not reach them; their look comes from web/loader/switch.css and is
// changed from the page through CSS custom properties. The markup matches
// the placeholder that the loader (web/loader/yozuv.js) draws before the
// WebAssembly module runs, so mounting causes no layout shift.
//
// Every component implements vecty.Copier with a Copy method that copies its
// fields but not vecty.Core. Vecty v0.6.0 keeps the previous render of a
// component alive through the copy it stores; copying vecty.Core would chain
// every render to the one before it and memory would grow on each toggle.
//
// The buttons follow the WAI-ARIA toggle button pattern (aria-pressed) and
// the status message follows the ARIA status role:
// https://www.w3.org/WAI/ARIA/apg/patterns/button/ and
// https://www.w3.org/TR/wai-aria-1.2/#status.
package ui
