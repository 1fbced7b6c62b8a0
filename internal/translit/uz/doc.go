// Package uz converts Uzbek between the Cyrillic alphabet and the Latin
// alphabet of 1995, in both directions. Importing it registers the schemes
// "uz-Cyrl" → "uz-Latn" and "uz-Latn" → "uz-Cyrl" with package translit.
//
// Cyrillic → Latin is decided by letter rules with context:
//
//   - е is ye at the start of a word, after a vowel and after ъ or ь
//     (Етти → Yetti, Тоқаев → Toqayev, пьеса → pyesa), else e;
//   - ц is s at the start of a word and after a consonant, ts after a
//     vowel or й (цирк → sirk, конференция → konferensiya, лицей → litsey,
//     Швейцария → Shveytsariya);
//   - ъ is the tutuq ʼ (маъно → maʼno), but is dropped between a consonant
//     and е ё ю я (объект → obyekt) and after ў (мўъжиза → moʻjiza);
//     ь is dropped (its е, ё, ю, я, о keep their y);
//   - с followed by ҳ is written sʼh so it is not read as sh (Исҳоқ →
//     Isʼhoq);
//   - capitals: a word in capitals takes capital digraphs (ШАРҚ → SHARQ),
//     an acronym keeps each letter's own form (АҚШ → AQSh, ШҲТ → ShHT);
//     a run of capitals is an acronym when it has at most three letters,
//     no vowel, or is listed, unless the whole line is set in capitals.
//
// Latin → Cyrillic reverses these and needs more knowledge: which s is ц,
// which ts is ц and which is т + с (litsey, otsiz), where ь and ъ were, e
// or э. Rules cover the regular cases (-tsiya/-nsiya/-ksiya → -ция, ts
// before e, t+s before the suffixes -sa -sin -siz); data/lexicon.txt
// covers the rest as stems matched with a suffix grammar (suffix.go), so
// one entry serves every inflected form. Words Uzbek Latin cannot spell
// (w, c outside ch, accented letters, brand casing such as iPhone) and
// listed foreign names stay in Latin, and a Latin name joined to Uzbek
// suffixes by an apostrophe keeps its spelling (Telegram’dagi →
// Telegram’даги).
//
// Look-alike letters of the other script inside a word (a Cyrillic а in a
// Latin word) are repaired before conversion.
//
// Sources: "Oʻzbek tilining asosiy imlo qoidalari" (Vazirlar Mahkamasining
// 1995-yil 24-avgustdagi 339-son qarori); the Uzbek Latin alphabet law of
// 1993 as amended in 1995; CLDR's uz_Cyrl-uz_Latn transform
// (common/transforms), whose capital rules this package extends with
// acronyms; BGN/PCGN romanization of Uzbek (2000); the Uzbek Wikipedia
// page "Oʻzbek lotin alifbosi qoidalari".
package uz
