// Package markup converts the text of an HTML document from one script to
// another and leaves its markup alone.
//
// [Convert] reads HTML token by token with the tokenizer of
// golang.org/x/net/html (an implementation of the tokenization stage of the
// WHATWG HTML Living Standard, §13.2.5) and writes every token back as the
// bytes it was read from, except:
//
//   - text nodes whose conversion differs from the original: their text is
//     decoded (character references included), converted and written with
//     only &, < and > escaped;
//   - the attributes title, alt, placeholder and aria-label, and the content
//     of <meta name="description">, <meta property="og:title">,
//     <meta property="og:description">, <meta name="twitter:title"> and
//     <meta name="twitter:description">: converted the same way, written
//     inside their original quotes (or double quotes if they had none), with
//     &, < and > and the quote escaped;
//   - lang attributes: <html> gets the target tag, and an element whose lang
//     names Uzbek gets its script subtag set to the target's (lang="uz-Cyrl"
//     becomes lang="uz-Latn"; lang="uz" becomes lang="uz-Latn");
//   - whatever the [Options.Links] and [Options.Head] hooks ask for (the
//     reverse proxy in internal/proxy uses them for links and hreflang).
//
// Attribute order, quoting, case, white space, comments, the doctype and the
// character references of untouched text come out byte for byte.
//
// # What is converted
//
// The rules are the browser widget's (DESIGN.md, "Fixed contracts"). The
// scope is the whole document, or only the elements carrying
// data-yozuv-scope when the document has any (see [Scope]). Inside the
// scope nothing is touched below an element that has translate="no", the
// class notranslate, data-yozuv-skip, contenteditable, or a lang naming
// another language (ru, en) or Uzbek in a third script (uz-Arab): neither
// its text nor its attributes. The elements code, pre, kbd, samp, script,
// style, textarea, input and select keep their content but have their own
// title, alt, placeholder and aria-label converted; so do the raw-text
// elements noscript, iframe, noembed, noframes, xmp and plaintext. A
// document whose <html lang> names another language is left as it is. A
// translate="yes" below a translate="no" does not switch conversion back on.
//
// The document title and the meta descriptions above are converted even
// when only marked elements are in scope, since a page in one script with a
// title in the other serves no reader.
//
// # Word context
//
// Text nodes of one block are joined with segment.Inline (U+001F) and
// converted in one call, so a word split by inline markup (Ўз<b>бекистон</b>)
// is converted as one word; the converter keeps every U+001F in place, so
// the result splits back onto the original nodes. Any element outside the
// phrasing elements listed in inline (a, b, span, em, …) ends a block, and
// so does <br>. A text node that itself holds U+001E or U+001F is converted
// on its own.
//
// # Memory
//
// Convert holds one block at a time, and flushes a block that grows beyond
// about 64 KiB at the next white space, so memory stays bounded whatever the
// size of the document: about the size of the largest single token (the
// tokenizer keeps a whole text node, comment or tag in memory) plus a few
// hundred KiB. Finding out whether the document marks its scope needs a
// look ahead: on an [io.Seeker] Convert scans the input first and seeks
// back; on other readers it looks at the first MiB only.
//
// # Tree structure
//
// The tokenizer does not build a tree. Convert keeps a stack of open
// elements and applies the implied end tags of the HTML parsing algorithm
// (§13.2.6.4.7, "in body") that matter in practice: an open p closed by a
// block start tag, li by li, dt and dd by each other, option by option,
// table cells and rows by the next cell or row, ruby text by ruby text, and
// head by the first body element. Unmatched end tags are ignored.
//
// Sources: WHATWG HTML Living Standard §13.2 (parsing) and §3.2.6.1–2 (the
// lang and translate attributes); golang.org/x/net/html Tokenizer
// documentation; BCP 47 (RFC 5646) for language tags; the Open Graph
// protocol (ogp.me) for og:title and og:description.
package markup
