// The demo page's own script: the editor is drawn by Go (the demo module,
// named by data-module on the yozuv.js tag), so the module is started at
// once rather than on intent. If it cannot run, the page says why.
(() => {
	"use strict";
	const box = document.getElementById("yozuv-demo");
	window.yozuv.load().catch((e) => {
		const p = document.createElement("p");
		p.className = "err";
		p.textContent = "Ёзув ишламаяпти: " + e.message;
		box.replaceChildren(p);
	});
})();
