// The news page's own script: it adds reader comments after the page has
// loaded, and two more each time "Кўпроқ изоҳлар" is pressed, the way news
// sites load comments. The script switch converts what it adds.
(() => {
	"use strict";
	const comments = [
		["Дилноза", "Жуда муҳим учрашув бўлибди. Ипак йўли яна жонланаётганидан хурсандман."],
		["Шерзод", "Транспорт йўналишлари очилса, савдо ҳам ўсади. Тошкентдан Исломободгача темир йўл қачон битади?"],
		["Мадина", "Мақола учун раҳмат! Бу ҳақда батафсилроқ ёзсангиз."],
		["Жасур", "Марказий Осиё давлатлари бирга ишласа, ҳаммага фойда."],
		["Лола", "Фахрий меҳмонни кутиб олишга тайёр эканликлари яхши."],
		["Отабек", "Стратегик ҳамкорлик декларацияси матнини қаердан ўқиш мумкин?"],
	];
	let next = 0;

	function add(n) {
		const list = document.getElementById("comments");
		for (let i = 0; i < n && next < comments.length; i++, next++) {
			const [who, text] = comments[next];
			const li = document.createElement("li");
			li.className = "comment";
			const b = document.createElement("b");
			b.textContent = who;
			const p = document.createElement("p");
			p.textContent = text;
			li.append(b, p);
			list.append(li);
		}
		document.getElementById("more").hidden = next >= comments.length;
	}

	function start() {
		document.getElementById("more").addEventListener("click", () => add(2));
		setTimeout(() => add(2), 150);
	}

	if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
	else start();
})();
