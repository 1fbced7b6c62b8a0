// The benchmark page: builds an article of ?words= words from the sample
// article's sentences, with links, bold and italics inside paragraphs, then
// measures the switch through its public API and reports the figures in a
// table and in window.benchResult (read by the browser benchmark in
// web/e2e). With ?cold=1 it instead times the first click on the switch,
// from the click to the yozuv:change event.
(() => {
	"use strict";
	const q = new URLSearchParams(location.search);
	const WORDS = +(q.get("words") || 3000), ROUNDS = +(q.get("rounds") || 21), TOGGLES = +(q.get("toggles") || 300);
	const TEXT = "Президент Исломободга келиб, Покистоннинг бой тарихи, маданий мероси ва асрлар давомида шаклланган анъаналари билан танишишни катта шараф деб билишини таъкидлади. Бу ташриф тарихий аҳамиятга эга ва вақт синовидан ўтган ҳамкорлигимизда муҳим босқич ҳисобланади. Халқларимизнинг Ипак йўли орқали ва кенг тарқалган ислом цивилизацияси доирасида асрлар давомида шаклланган дўстлигини юқори баҳолайман. Учрашувда транспорт йўналишларини ўзаро боғлашга алоҳида эътибор қаратилди. Мамлакат Шарқ ва Ғарбни, Шимол ва Жанубни боғлайдиган чорраҳада жойлашган. Қозоғистон ва Покистон кўп томонлама майдонларда, жумладан, БМТ, ШҲТ ва бошқа ташкилотлар доирасида яқин ҳамкорликни давом эттириши муҳим.";
	const words = TEXT.split(" ");

	// Paragraphs of 50 words: 10 plain, 10 in a link, 10 plain, 10 bold, 10 plain.
	function build() {
		const art = document.getElementById("article");
		let w = 0;
		while (w < WORDS) {
			const p = document.createElement("p");
			const take = (n) => {
				const out = [];
				for (let i = 0; i < n && w < WORDS; i++, w++) out.push(words[w % words.length]);
				return out.join(" ");
			};
			const a = document.createElement("a");
			const b = document.createElement("b");
			p.append(take(10) + " ");
			a.href = "#";
			a.textContent = take(10);
			p.append(a, " " + take(10) + " ");
			b.textContent = take(10);
			p.append(b, " " + take(10));
			art.append(p, "\n");
		}
	}

	const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
	const layout = () => document.body.offsetHeight;

	async function timed(tag) {
		const t0 = performance.now();
		await yozuv.setScript(tag);
		const t1 = performance.now();
		layout();
		return [t1 - t0, performance.now() - t0];
	}

	async function run() {
		const page = yozuv.script, other = page === "uz-Cyrl" ? "uz-Latn" : "uz-Cyrl";
		const r = { words: WORDS, textNodes: 0, rounds: ROUNDS };
		const tw = document.createTreeWalker(document.getElementById("article"), NodeFilter.SHOW_TEXT);
		while (tw.nextNode()) r.textNodes++;
		r.beforeIntent = beforeIntent();
		const t0 = performance.now();
		await yozuv.setScript(other);
		r.firstToggleMs = performance.now() - t0;
		await yozuv.setScript(page);
		for (let i = 0; i < 3; i++) {
			await timed(other);
			await timed(page);
		}
		const conv = [], convLayout = [], rest = [], restLayout = [], inGo = [];
		for (let i = 0; i < ROUNDS; i++) {
			const g = yozuv.stats().goMs;
			const [a, b] = await timed(other);
			inGo.push(yozuv.stats().goMs - g);
			conv.push(a);
			convLayout.push(b);
			const [c, d] = await timed(page);
			rest.push(c);
			restLayout.push(d);
		}
		r.toggleMs = median(conv);
		r.toggleInGoMs = median(inGo);
		// A toggle after the text changed converts it all again: alter
		// one text node a little each round so no earlier result fits.
		const first = document.querySelector("#article p").firstChild, base = first.nodeValue;
		const fresh = [], freshGo = [], freshLayout = [];
		for (let i = 0; i < ROUNDS; i++) {
			first.nodeValue = base + " ".repeat(i + 1);
			const g = yozuv.stats().goMs;
			const [a, b] = await timed(other);
			freshGo.push(yozuv.stats().goMs - g);
			fresh.push(a);
			freshLayout.push(b);
			await timed(page);
		}
		first.nodeValue = base;
		r.convertMs = median(fresh);
		r.convertInGoMs = median(freshGo);
		r.convertLayoutMs = median(freshLayout);
		r.toggleLayoutMs = median(convLayout);
		r.restoreMs = median(rest);
		r.restoreLayoutMs = median(restLayout);
		const s0 = yozuv.stats();
		for (let i = 0; i < TOGGLES; i++) await yozuv.setScript(i % 2 ? page : other);
		await yozuv.setScript(page);
		const s1 = yozuv.stats();
		r.toggles = TOGGLES;
		r.heapBefore = s0.heap;
		r.heapAfter = s1.heap;
		r.wasmMemoryBefore = s0.memory;
		r.wasmMemoryAfter = s1.memory;
		r.goCalls = s1.calls;
		show(r);
		return r;
	}

	// beforeIntent sums what the page fetched from dist/ so far.
	function beforeIntent() {
		let body = 0, transfer = 0, wasm = false;
		for (const e of performance.getEntriesByType("resource")) {
			if (!/\/dist\//.test(e.name)) continue;
			body += e.encodedBodySize;
			transfer += e.transferSize;
			if (/\.wasm/.test(e.name)) wasm = true;
		}
		return { body, transfer, wasm };
	}

	function show(r) {
		const body = document.querySelector("#figures tbody");
		body.textContent = "";
		for (const [k, v] of Object.entries(r)) {
			const tr = document.createElement("tr");
			const a = document.createElement("td"), b = document.createElement("td");
			a.textContent = k;
			b.textContent = typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : JSON.stringify(v);
			tr.append(a, b);
			body.append(tr);
		}
	}

	function cold() {
		const r = { words: WORDS, beforeIntent: beforeIntent() };
		let t0 = 0;
		document.addEventListener("pointerdown", (e) => { if (!t0) t0 = e.timeStamp; }, true);
		document.addEventListener("yozuv:change", () => {
			r.clickToConvertedMs = performance.now() - t0;
			layout();
			r.clickToLaidOutMs = performance.now() - t0;
			show(r);
			window.benchResult = r;
		}, { once: true });
	}

	function start() {
		build();
		if (q.get("cold")) return cold();
		const go = () => run().then((r) => { window.benchResult = r; }, (e) => { window.benchResult = { error: String(e) }; });
		document.getElementById("run").addEventListener("click", go);
		if (q.get("auto")) go();
	}

	if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
	else start();
})();
