// yozuv.js: the only script a page includes. It defines <yozuv-switch> and
// window.yozuv, and starts the converter (WebAssembly) only on intent: a
// pointer over, focus on or touch of the switch, a call of yozuv.setScript,
// or, at idle time, a saved preference that differs from the page's script.
//
// Text is converted in one call into Go per toggle: the text nodes of the
// scope are joined into one string (U+001F between nodes of one block, U+001E
// between blocks and before each attribute value), converted, split and
// written back node by node. The originals stay here, so switching back needs
// no call into Go. Converted text is only ever written with nodeValue and
// setAttribute.
//
// <yozuv-reader> shows the article it wraps in a reading view drawn by Go in
// its shadow root; until the converter runs (it starts at idle time) the
// shadow root shows the article itself through a slot. data-glossary on
// this script's tag names a publisher glossary (JSON, relative to the page),
// fetched with the module and handed to Go as text; data-module names
// another module built from the same Go core (the demo page's). Pages with
// a <yozuv-reader> load the reader module (the news module plus the reading
// view), others the news module.
//
// The build (web/build) replaces the three markers below: the wasm file name,
// the switch's CSS and Go's wasm_exec.js, which is kept inside this closure so
// that no Go, fs, process or path global is left behind.
(() => {
"use strict";
const W = window, D = document;
if (W.yozuv || !W.customElements) return;

const WASM_NAME = "__YOZUV_WASM__", READER_NAME = "__YOZUV_READER__", RT_NAME = "__YOZUV_RUNTIME__";
const CSS = "__YOZUV_CSS__";
const CYRL = "uz-Cyrl", LATN = "uz-Latn", KEY = "yozuv.script";
const US = "\u001f", RS = "\u001e", SEPS = /[\u001e\u001f]/;
const ATTRS = ["title", "alt", "placeholder", "aria-label"];
const LABEL = "Ёзув · Yozuv";
const OPTS = [[CYRL, "Кирил"], [LATN, "Lotin"]];
const SAID = { [CYRL]: "Саҳифа кирилл ёзувида", [LATN]: "Sahifa lotin yozuvida" };
const OFF = "Yozuvni almashtirib boʻlmaydi · Ёзувни алмаштириб бўлмайди";
// Elements whose text is never converted. Form fields keep their values but
// their placeholder, title and aria-label are converted.
const SKIP = new Set("code pre kbd samp script style noscript template iframe object textarea input select yozuv-switch yozuv-reader".split(" "));
const FORM = new Set(["textarea", "input", "select"]);
// Inline elements: a word continues across them (Ўз<b>бекистон</b>). Any
// other element is a hard boundary.
const INLINE = new Set("a abbr b bdi bdo big cite data del dfn em font i ins label mark nobr q rb rp rt ruby s small span strong sub sup time tt u var wbr".split(" "));
const OBSERVE = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRS };

const me = D.currentScript;
const attr = (k) => me && me.getAttribute("data-" + k);
const BASE = (me && me.src) || D.baseURI;
const GLOSSARY = attr("glossary");

const st = {
	page: "", // the script the page was written in
	cur: "", // the script the page shows now
	go: null, // Go's exports: convert, mount, sync, heap
	mem: null, // the wasm memory, for stats
	load: null, // the promise of the running converter
	dead: "", // why the switch is unavailable
	chain: Promise.resolve(),
	hosts: new Set(),
	readers: new Set(),
	rec: new Map(), // Text → [original, converted]
	arec: new Map(), // Element → {name: [original, converted]}
	langs: [], // [element, original lang or null]
	mo: null,
	memo: {}, // direction → [text, its conversion]
	calls: 0, // calls of convert
	goMs: 0, // time spent in them
};

let fs; // wasm_exec.js writes Go's output through this free variable
let goRT = null; // what wasm_exec.js defined, once loaded
let rtLoad = null;

// runtime loads Go's wasm_exec.js (a script of its own next to the module,
// fetched on intent only) and runs it once, keeping what it defines out of
// the page's globals.
function runtime() {
	if (!rtLoad) rtLoad = new Promise((ok, no) => {
		const s = D.createElement("script");
		s.src = new URL(RT_NAME, BASE).href;
		s.onload = ok;
		s.onerror = () => no(new Error("downloading " + s.src + " failed"));
		(D.head || D.documentElement).appendChild(s);
	}).then(() => {
		const names = ["Go", "fs", "process", "path"], saved = {};
		for (const k of names) {
			saved[k] = Object.getOwnPropertyDescriptor(W, k);
			try { delete W[k]; } catch (e) { /* a non-configurable global stays */ }
		}
		let r;
		try {
			r = api._rt && api._rt();
		} finally {
			delete api._rt;
			for (const k of names) put(k, saved[k]);
		}
		if (!r || typeof r.Go !== "function") throw new Error("the Go runtime did not load");
		r.saved = {};
		fs = r.fs;
		return r;
	});
	return rtLoad;
}

function put(k, d) {
	try {
		if (d) Object.defineProperty(W, k, d);
		else delete W[k];
	} catch (e) { /* leave it */ }
}

// swap lends Go's fs, process and path to the global object while Go
// initialises (its syscall package reads them once), and takes them back.
function swap(on) {
	for (const k of ["fs", "process", "path"]) {
		if (on) {
			goRT.saved[k] = Object.getOwnPropertyDescriptor(W, k);
			try { Object.defineProperty(W, k, { value: goRT[k], configurable: true, writable: true }); } catch (e) { /* keep the page's */ }
		} else put(k, goRT.saved[k]);
	}
}

function norm(tag) {
	const t = String(tag == null ? "" : tag).toLowerCase();
	return t === "uz-cyrl" ? CYRL : t === "uz-latn" ? LATN : "";
}

function isUz(lang) { return /^uz(-|$)/i.test(lang); }

function scopes() {
	const s = D.querySelectorAll("[data-yozuv-scope]");
	return s.length ? Array.from(s) : D.body ? [D.body] : [];
}

// skip tells whether an element is excluded: 1 for the whole element, 2 for
// a form field (its attributes are still converted), 0 if not excluded.
function skip(el) {
	if (el.hasAttribute("data-yozuv-skip")) return 1;
	const tr = el.getAttribute("translate");
	if (tr && tr.toLowerCase() === "no") return 1;
	if (el.classList.contains("notranslate")) return 1;
	const ce = el.getAttribute("contenteditable");
	if (ce !== null && ce.toLowerCase() !== "false") return 1;
	const l = el.getAttribute("lang");
	if (l !== null && !isUz(l)) return 1;
	const n = el.localName;
	if (FORM.has(n)) return 2;
	return SKIP.has(n) ? 1 : 0;
}

// excluded tells whether a node sits in an excluded element or outside the
// scope.
function excluded(n, attrsOnly) {
	let el = n.nodeType === 1 ? n : n.parentElement;
	if (!el) return true;
	if (attrsOnly && el === n) {
		if (skip(el) === 1) return true;
		el = el.parentElement;
	}
	const roots = scopes();
	for (; el; el = el.parentElement) {
		if (skip(el)) return true;
		if (roots.includes(el)) return false;
	}
	return true;
}

function detect() {
	const l = (D.documentElement.getAttribute("lang") || "").toLowerCase();
	if (/^uz-cyrl/.test(l)) return CYRL;
	if (/^uz-latn/.test(l)) return LATN;
	let cy = 0, la = 0;
	for (const s of scopes()) {
		const tw = D.createTreeWalker(s, NodeFilter.SHOW_TEXT);
		for (let n; (n = tw.nextNode()) && cy + la < 2000;) {
			if (SKIP.has(n.parentNode.localName)) continue;
			const v = n.nodeValue;
			for (let i = 0; i < v.length; i++) {
				const c = v.charCodeAt(i);
				if (c >= 0x400 && c <= 0x4ff) cy++;
				else if ((c | 32) >= 97 && (c | 32) <= 122) la++;
			}
		}
	}
	return la > cy ? LATN : CYRL;
}

function wanted() {
	let t = "";
	try { t = norm(new URLSearchParams(W.location.search).get("script")); } catch (e) { /* no URL */ }
	if (t) return t;
	try { return norm(W.localStorage.getItem(KEY)); } catch (e) { return ""; }
}

function remember(t) {
	try { W.localStorage.setItem(KEY, t); } catch (e) { /* storage disabled */ }
}

// An accumulator of the segments of one call: text nodes, then attributes.
function acc() { return { nodes: [], vals: [], seps: [], hard: true, els: [], names: [], avals: [], seen: new Set() }; }

function pushText(a, n) {
	const v = n.nodeValue, r = st.rec.get(n);
	if (a.seen.has(n) || (r && r[1] === v) || SEPS.test(v)) {
		a.hard = true;
		return;
	}
	a.seen.add(n);
	if (a.hard && !/\S/.test(v)) return; // blank between blocks
	a.seps.push(a.hard ? RS : US);
	a.hard = false;
	a.nodes.push(n);
	a.vals.push(v);
}

function pushAttrs(a, el, only) {
	for (const k of only ? [only] : ATTRS) {
		const v = el.getAttribute(k);
		if (!v || !/\S/.test(v) || SEPS.test(v)) continue;
		const r = st.arec.get(el);
		if (r && r[k] && r[k][1] === v) continue;
		a.els.push(el);
		a.names.push(k);
		a.avals.push(v);
	}
}

function walk(el, a) {
	for (let c = el.firstChild; c; c = c.nextSibling) {
		const t = c.nodeType;
		if (t === 3) pushText(a, c);
		else if (t === 1) {
			const s = skip(c);
			if (s) {
				if (s === 2) pushAttrs(a, c);
				a.hard = true;
				continue;
			}
			const block = !INLINE.has(c.localName);
			if (block) a.hard = true;
			pushAttrs(a, c);
			walk(c, a);
			if (block) a.hard = true;
		}
	}
}

// callGo converts text with one call into Go. The last text converted in
// each direction is remembered, so switching back and forth over an
// unchanged page converts it once.
function callGo(text) {
	const k = st.page + st.cur, memo = st.memo[k];
	if (memo && memo[0] === text) return memo[1];
	st.calls++;
	const t0 = performance.now();
	let r;
	try {
		r = st.go.convert(st.page, st.cur, text);
	} catch (e) {
		throw new Error("the converter failed: " + e.message);
	} finally {
		st.goMs += performance.now() - t0;
	}
	if (typeof r !== "string") throw new Error(r instanceof Error ? r.message : "the converter stopped (see the Go error above)");
	st.memo[k] = [text, r];
	return r;
}

// write converts the segments of a in one call and writes back the ones that
// changed. Nothing is written unless the whole call succeeded.
function write(a) {
	const n = a.vals.length, m = a.avals.length;
	if (!n && !m) return;
	const buf = [];
	for (let i = 0; i < n; i++) {
		if (i) buf.push(a.seps[i]);
		buf.push(a.vals[i]);
	}
	for (let j = 0; j < m; j++) {
		if (n || j) buf.push(RS);
		buf.push(a.avals[j]);
	}
	const parts = callGo(buf.join("")).split(SEPS);
	if (parts.length !== n + m) throw new Error("the converter returned " + parts.length + " segments for " + (n + m));
	hush(() => {
		for (let i = 0; i < n; i++) {
			const p = parts[i];
			if (p === a.vals[i]) continue;
			a.nodes[i].nodeValue = p;
			st.rec.set(a.nodes[i], [a.vals[i], p]);
		}
		for (let j = 0; j < m; j++) {
			const p = parts[n + j], el = a.els[j], k = a.names[j];
			if (p === a.avals[j]) continue;
			el.setAttribute(k, p);
			let r = st.arec.get(el);
			if (!r) st.arec.set(el, (r = {}));
			r[k] = [a.avals[j], p];
		}
	});
}

// hush runs f with the observer's own records thrown away; records the page
// made before are handled first.
function hush(f) {
	if (!st.mo) return f();
	const pending = st.mo.takeRecords();
	if (pending.length) mutated(pending);
	try { f(); } finally { st.mo.takeRecords(); }
}

function convertScope() {
	const a = acc();
	for (const s of scopes()) {
		a.hard = true;
		pushAttrs(a, s);
		walk(s, a);
	}
	write(a);
}

function restore() {
	if (st.mo) {
		st.mo.disconnect();
		st.mo.takeRecords();
	}
	for (const [n, r] of st.rec) if (n.nodeValue === r[1]) n.nodeValue = r[0];
	for (const [el, r] of st.arec) {
		for (const k in r) if (el.getAttribute(k) === r[k][1]) el.setAttribute(k, r[k][0]);
	}
	st.rec.clear();
	st.arec.clear();
}

function relang() {
	for (let i = st.langs.length - 1; i >= 0; i--) {
		const [el, v] = st.langs[i];
		if (v === null) el.removeAttribute("lang");
		else el.setAttribute("lang", v);
	}
	st.langs = [];
	if (st.cur === st.page) return;
	const mark = (el) => {
		st.langs.push([el, el.getAttribute("lang")]);
		el.setAttribute("lang", st.cur);
	};
	mark(D.documentElement);
	for (const s of scopes()) {
		if (s !== D.body && s !== D.documentElement && !skip(s)) mark(s);
		for (const el of s.querySelectorAll("[lang]")) {
			if (isUz(el.getAttribute("lang")) && !excluded(el)) mark(el);
		}
	}
}

function watch() {
	if (!st.mo) st.mo = new MutationObserver(mutated);
	for (const s of scopes()) st.mo.observe(s, OBSERVE);
}

// mutated converts content the page added or changed while it is shown in
// the other script, in one call per batch.
function mutated(recs) {
	if (st.cur === st.page || !st.go || st.dead) return;
	const a = acc();
	for (const r of recs) {
		if (r.type === "attributes") {
			if (!excluded(r.target, true)) pushAttrs(a, r.target, r.attributeName);
			continue;
		}
		const list = r.type === "childList" ? r.addedNodes : [r.target];
		for (const n of list) {
			if (!n.isConnected || excluded(n, n.nodeType === 1)) continue;
			a.hard = true;
			if (n.nodeType === 3) pushText(a, n);
			else if (n.nodeType === 1) {
				pushAttrs(a, n);
				if (!skip(n)) walk(n, a);
			}
		}
	}
	try {
		write(a);
	} catch (e) {
		fail("converting new content failed: " + e.message, e);
	}
}

function announce(note) {
	if (st.go) {
		try { st.go.sync(st.cur, note); } catch (e) { fail("the switch stopped: " + e.message, e); }
	} else paintAll(st.dead ? "off" : "ready", st.dead ? OFF : note);
}

async function apply(t, origin) {
	if (!st.page) init();
	if (st.dead) throw new Error("yozuv: the script switch is unavailable: " + st.dead);
	const prev = st.cur;
	if (t !== prev) {
		if (t === st.page) {
			restore();
		} else {
			if (!st.go) {
				paintAll("busy", "");
				await load();
			}
			if (st.dead) throw new Error("yozuv: the script switch is unavailable: " + st.dead);
			st.cur = t;
			try {
				convertScope();
			} catch (e) {
				st.cur = prev;
				fail(e.message, e);
				throw e;
			}
			watch();
		}
		st.cur = t;
		relang();
	}
	if (origin !== "go" || !st.go) announce(t !== prev ? SAID[t] : "");
	if (t !== prev) D.dispatchEvent(new CustomEvent("yozuv:change", { detail: { script: t, previous: prev } }));
	return t;
}

function set(tag, origin) {
	const t = norm(tag);
	if (!t) return Promise.reject(new TypeError("yozuv: unknown script " + JSON.stringify(String(tag)) + " (want uz-Cyrl or uz-Latn)"));
	if (origin !== "init") remember(t);
	const run = () => apply(t, origin);
	const p = st.chain.then(run, run);
	st.chain = p.catch(() => {});
	return p;
}

function fail(reason, err) {
	if (st.dead) return;
	st.dead = reason;
	console.error("yozuv: the script switch is unavailable: " + reason, err || "");
	const prev = st.cur;
	try { restore(); } catch (e) { /* nothing was ours */ }
	st.cur = st.page;
	relang();
	st.go = null;
	paintAll("off", OFF);
	if (prev !== st.cur) D.dispatchEvent(new CustomEvent("yozuv:change", { detail: { script: st.cur, previous: prev } }));
}

function why(e) {
	const m = String((e && e.message) || e);
	if (/Content Security Policy|unsafe-eval/i.test(m)) {
		return "the page's Content-Security-Policy blocks WebAssembly; add 'wasm-unsafe-eval' to script-src";
	}
	return m;
}

function load() {
	if (!st.load) st.load = start().catch((e) => {
		fail(why(e), e);
		throw e;
	});
	return st.load;
}

async function start() {
	if (typeof WebAssembly !== "object") throw new Error("this browser has no WebAssembly");
	const rt = runtime();
	const gl = GLOSSARY && fetch(new URL(GLOSSARY, D.baseURI)).then((r) => r.ok ? r.text() : Error("HTTP " + r.status), (e) => e);
	// A page with a reading view loads the module that draws it.
	const WASM = new URL(attr("module") || (st.readers.size ? READER_NAME : WASM_NAME), BASE).href;
	const res = await fetch(WASM);
	if (!res.ok) throw new Error("downloading " + WASM + " failed: HTTP " + res.status);
	goRT = await rt;
	const go = new goRT.Go();
	let inst;
	try {
		inst = (await WebAssembly.instantiateStreaming(res, go.importObject)).instance;
	} catch (e) {
		if (!(e instanceof TypeError)) throw e;
		// Served without Content-Type: application/wasm.
		const again = await fetch(WASM);
		inst = (await WebAssembly.instantiate(await again.arrayBuffer(), go.importObject)).instance;
	}
	let exp = null;
	Object.defineProperty(api, "_connect", {
		configurable: true,
		value: (e) => {
			exp = e;
			return request;
		},
	});
	let done;
	swap(true);
	try {
		done = go.run(inst);
	} finally {
		swap(false);
		delete api._connect;
	}
	done.then(() => fail("the converter stopped (see the Go error above)"));
	if (!exp || go.exited) throw new Error("the converter did not start");
	if (gl) {
		const t = await gl, e = typeof t === "string" ? exp.glossary(t) : t;
		if (e) console.error("yozuv: the glossary " + GLOSSARY + " is not used: " + e.message);
	}
	st.go = exp;
	st.mem = inst.exports.mem;
	for (const h of st.hosts) mount(h);
	for (const h of st.readers) reader(h);
	// Warm the converter up while the reader is still on the way to a click.
	(W.requestIdleCallback || setTimeout)(() => {
		try { if (st.go && st.cur === st.page) st.go.convert(st.page, st.page === CYRL ? LATN : CYRL, "Ўзбекистон Oʻzbekiston"); } catch (e) { /* the click will tell */ }
	});
	return exp;
}

// request is how the Go switch asks for a script. It runs after Go's click
// handler has returned, so the conversion is a fresh call into Go.
function request(tag) {
	Promise.resolve().then(() => set(tag, "go")).catch(() => {});
}

function mount(h) {
	const root = h.shadowRoot, old = root.querySelector(".sw");
	const f = focused(root);
	try {
		const r = st.go.mount(old, st.cur, "");
		if (r instanceof Error) throw r;
	} catch (e) {
		fail("the switch could not be shown: " + e.message, e);
		return;
	}
	refocus(root, f);
}

function reader(h) {
	try {
		const r = st.go.reader(h, st.page, st.cur);
		if (r instanceof Error) throw r;
	} catch (e) {
		console.error("yozuv: the reading view failed: " + e.message, e);
	}
}

function focused(root) {
	const a = root.activeElement;
	return a ? Array.from(root.querySelectorAll("button")).indexOf(a) : -1;
}

function refocus(root, i) {
	if (i >= 0) {
		const b = root.querySelectorAll("button")[i];
		if (b) b.focus();
	}
}

// paint draws the switch without Go: before the converter runs, and when it
// is unavailable. Go's switch (internal/ui) renders the same markup.
function paint(h, state, note) {
	const root = h.shadowRoot;
	const sw = D.createElement("div");
	sw.className = "sw";
	sw.setAttribute("role", "group");
	sw.setAttribute("aria-label", LABEL);
	sw.setAttribute("data-state", state);
	sw.setAttribute("data-script", st.cur);
	if (state === "off") sw.setAttribute("title", OFF);
	for (const [tag, text] of OPTS) {
		const b = D.createElement("button");
		b.type = "button";
		b.className = "opt";
		b.lang = tag;
		b.setAttribute("aria-pressed", String(tag === st.cur));
		if (state === "off") b.setAttribute("aria-disabled", "true");
		b.textContent = text;
		b.addEventListener("click", () => pick(tag));
		sw.append(b);
	}
	const s = D.createElement("span");
	s.className = "sr";
	s.setAttribute("role", "status");
	s.textContent = note || "";
	sw.append(s);
	const old = root.querySelector(".sw"), f = focused(root);
	if (old) old.replaceWith(sw);
	else root.append(sw);
	refocus(root, f);
}

function paintAll(state, note) {
	for (const h of st.hosts) paint(h, state, note);
}

function pick(tag) {
	if (st.dead) {
		console.error("yozuv: the script switch is unavailable: " + st.dead);
		return;
	}
	set(tag, "user").catch(() => {});
}

function intent() {
	if (!st.dead) load().catch(() => {});
}

let sheet = null;

function style(root) {
	try {
		if (!sheet) {
			sheet = new CSSStyleSheet();
			sheet.replaceSync(CSS);
		}
		root.adoptedStyleSheets = [sheet];
	} catch (e) {
		const s = D.createElement("style");
		s.textContent = CSS;
		root.append(s);
	}
}

class Switch extends HTMLElement {
	connectedCallback() {
		if (!st.page) init();
		st.hosts.add(this);
		if (this.shadowRoot) return;
		const root = this.attachShadow({ mode: "open" });
		style(root);
		paint(this, st.dead ? "off" : "ready", st.dead ? OFF : "");
		listen(this);
		if (st.go) mount(this);
	}

	disconnectedCallback() {
		st.hosts.delete(this);
	}
}

function listen(el) {
	for (const ev of ["pointerenter", "focusin", "touchstart"]) el.addEventListener(ev, intent, { passive: true });
}

// Reader shows its article through a slot until Go draws the reading view.
class Reader extends HTMLElement {
	connectedCallback() {
		st.readers.add(this); // defined after init()
		if (this.shadowRoot) return;
		this.attachShadow({ mode: "open" }).append(D.createElement("slot"));
		listen(this);
		(W.requestIdleCallback || setTimeout)(intent);
		if (st.go) reader(this);
	}

	disconnectedCallback() {
		st.readers.delete(this);
	}
}

function init() {
	st.page = st.cur = detect();
	const want = wanted();
	if (want && want !== st.page) {
		const go = () => set(want, "init").catch(() => {});
		if (W.requestIdleCallback) W.requestIdleCallback(go, { timeout: 2000 });
		else setTimeout(go, 200);
	}
}

const api = {};
Object.defineProperties(api, {
	script: { enumerable: true, get: () => st.cur || (init(), st.cur) },
	setScript: { enumerable: true, value: (tag) => set(tag, "api") },
	load: { enumerable: true, value: () => load().then(() => {}) },
	stats: {
		value: () => ({
			calls: st.calls,
			goMs: st.goMs,
			loaded: !!st.go,
			memory: st.mem ? st.mem.buffer.byteLength : 0,
			heap: st.go ? st.go.heap() : 0,
			error: st.dead,
		}),
	},
});
Object.defineProperty(W, "yozuv", { value: api, enumerable: true });

function boot() {
	if (!st.page) init();
	customElements.define("yozuv-switch", Switch);
	customElements.define("yozuv-reader", Reader);
}

if (D.readyState === "loading") D.addEventListener("DOMContentLoaded", boot, { once: true });
else boot();
})();
