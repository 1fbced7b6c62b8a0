// Command proxyload measures `yozuv proxy` on loopback: it starts an
// upstream site on 127.0.0.1 serving a Cyrillic news article of about
// 50 KB, starts the proxy in front of it as a child process, sends it
// requests from a fixed number of connections for a fixed time, and
// prints requests per second, latency percentiles and the proxy's peak
// resident memory (VmHWM from /proc).
//
// Usage:
//
//	go build -o /tmp/yozuv ./cmd/yozuv
//	go run ./cmd/proxyload -yozuv /tmp/yozuv -c 32 -d 10s
//
// Everything runs on 127.0.0.1, and the run is bounded by -d and -n.
package main
