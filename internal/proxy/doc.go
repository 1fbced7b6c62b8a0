// Package proxy is a reverse proxy that puts every page of a site online
// in both Uzbek scripts, each at its own crawlable URL.
//
// A [Proxy] stands in front of one upstream site (any CMS) written in one
// script, Config.From (uz-Cyrl by default):
//
//   - /path is passed through unchanged: body, status, redirects, cookies
//     and caching headers as the upstream sent them. HTML pages gain an
//     HTTP Link header listing their versions in each script (hreflang),
//     so search engines see the return links that hreflang requires
//     without the page being touched.
//   - /uz-Latn/path (the prefix is configurable) fetches /path from the
//     upstream and, if it is HTML, converts its text with the markup
//     package: exclusions, attributes and lang as the browser widget
//     does them, markup kept byte for byte. The page gets
//     <link rel="alternate" hreflang> for each script and x-default, a
//     canonical link pointing at itself (the upstream's canonical, moved
//     under the prefix, if it had one), and its internal links, form
//     actions, <base>, og:url, rel=next/prev and redirect Locations moved
//     under the prefix so readers stay in the script they chose. Other
//     responses (CSS, images, JSON, 204, 304) pass through.
//   - /uz-Cyrl/path, the prefix of the upstream's own script, redirects
//     (301) to /path so that each page has one URL per script.
//
// # Caching
//
// A converted page keeps the upstream's Cache-Control, Vary (plus
// Accept-Encoding, as the proxy compresses with gzip for clients that take
// it) and Set-Cookie. Its ETag is weak and derived from the upstream's
// (W/"<upstream>.<script>.<config>"), so a CDN revalidating with
// If-None-Match is answered 304 by the upstream without a conversion;
// pages with no upstream ETag get one from a hash of their content.
// Last-Modified is dropped: the same upstream date would also validate
// the output of an older version of the converter. The script is in the
// URL, not in a header, so nothing varies on cookies or Accept-Language
// and a CDN can cache both versions of a page without purging either
// (RFC 9110 §8.8 and §13, RFC 9111).
//
// # Reliability
//
// A page to convert is read whole (up to Config.MaxBody, after decoding
// gzip or deflate), converted, and only then sent; if the upstream fails,
// stops sending or is too slow, the client gets a short 502 or 504 page
// marked no-store, never half a page. Conversions run in at most
// Config.MaxConversions goroutines at once and requests in flight are
// bounded by Config.MaxRequests, so memory is bounded too: about three
// times MaxBody per conversion. The proxy contacts only the upstream: the
// request line's host is ignored, CONNECT is refused, and the default
// transport dials nothing but the upstream's address and ignores
// HTTP_PROXY. [Serve] shuts down gracefully.
//
// Sources: RFC 9110 (HTTP semantics: ETag and weak comparison §8.8.3 and
// §13.1.2, Vary §12.5.5, content codings §8.4), RFC 9111 (caching),
// RFC 8288 (the Link header), Google Search Central, "Tell Google about
// localized versions of your page" (hreflang in HTML and in HTTP headers,
// return links, x-default) and "Consolidate duplicate URLs" (rel=canonical).
// net/http/httputil.ReverseProxy does the proxying.
package proxy
