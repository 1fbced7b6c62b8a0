package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	bin := flag.String("yozuv", "", "path to the yozuv binary (required)")
	conns := flag.Int("c", 32, "concurrent connections (at most 512)")
	dur := flag.Duration("d", 10*time.Second, "duration of each measured run (at most 60s)")
	maxReq := flag.Int("n", 1_000_000, "stop a run after this many requests")
	size := flag.Int("size", 50_000, "size of the article in bytes")
	gz := flag.Bool("gzip", false, "ask for gzip, as a CDN would")
	flag.Parse()
	if *bin == "" {
		flag.Usage()
		os.Exit(2)
	}
	*conns = min(max(*conns, 1), 512)
	*dur = min(max(*dur, time.Second), time.Minute)
	if err := run(*bin, *conns, *dur, *maxReq, *size, *gz); err != nil {
		fmt.Fprintln(os.Stderr, "proxyload:", err)
		os.Exit(1)
	}
}

func run(bin string, conns int, dur time.Duration, maxReq, size int, gz bool) error {
	page := article(size)
	upLn, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	up := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "public, max-age=60")
		w.Write(page)
	})}
	go up.Serve(upLn)
	defer up.Close()

	addr, err := freeAddr()
	if err != nil {
		return err
	}
	cmd := exec.Command(bin, "proxy", "-upstream", "http://"+upLn.Addr().String(), "-addr", addr, "-public", "https://example.uz")
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		return err
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGTERM)
		cmd.Wait()
	}()
	base := "http://" + addr
	if err := waitReady(base + "/uz-Latn/article"); err != nil {
		return err
	}
	client := &http.Client{Transport: &http.Transport{
		MaxIdleConnsPerHost: conns,
		MaxConnsPerHost:     conns,
		DisableCompression:  !gz,
	}, Timeout: 30 * time.Second}

	fmt.Printf("article %d bytes, %d connections, %v per run, gzip %v, GOMAXPROCS of the host %d\n\n", len(page), conns, dur, gz, numCPU())
	fmt.Printf("%-22s %9s %9s %9s %9s %9s %7s %12s\n", "path", "requests", "req/s", "p50", "p90", "p99", "errors", "proxy VmHWM")
	for _, path := range []string{"/article", "/uz-Latn/article"} {
		// A short warm-up, then the measured run.
		load(client, base+path, conns, 500*time.Millisecond, maxReq)
		r := load(client, base+path, conns, dur, maxReq)
		hwm := procStatus(cmd.Process.Pid, "VmHWM")
		fmt.Printf("%-22s %9d %9.0f %9s %9s %9s %7d %12s\n", path, r.n, float64(r.n)/r.elapsed.Seconds(),
			pct(r.lat, 50), pct(r.lat, 90), pct(r.lat, 99), r.errs, hwm)
	}
	return nil
}

type result struct {
	n, errs int
	elapsed time.Duration
	lat     []time.Duration
}

// load sends GET requests to url from conns goroutines until dur has
// passed or maxReq requests were sent.
func load(client *http.Client, url string, conns int, dur time.Duration, maxReq int) result {
	ctx, cancel := context.WithTimeout(context.Background(), dur)
	defer cancel()
	var sent atomic.Int64
	var mu sync.Mutex
	var all []time.Duration
	errs := 0
	var wg sync.WaitGroup
	start := time.Now()
	for range conns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lat := make([]time.Duration, 0, 4096)
			bad := 0
			for ctx.Err() == nil && sent.Add(1) <= int64(maxReq) {
				t0 := time.Now()
				res, err := client.Get(url)
				if err == nil {
					_, err = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					if err == nil && res.StatusCode != 200 {
						err = errors.New(res.Status)
					}
				}
				if err != nil {
					bad++
					continue
				}
				lat = append(lat, time.Since(t0))
			}
			mu.Lock()
			all = append(all, lat...)
			errs += bad
			mu.Unlock()
		}()
	}
	wg.Wait()
	slices.Sort(all)
	return result{n: len(all), errs: errs, elapsed: time.Since(start), lat: all}
}

func pct(lat []time.Duration, p int) string {
	if len(lat) == 0 {
		return "-"
	}
	d := lat[min(len(lat)-1, len(lat)*p/100)]
	return fmt.Sprintf("%.2fms", float64(d)/float64(time.Millisecond))
}

func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

func waitReady(url string) error {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if res, err := http.Get(url); err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode == 200 {
				return nil
			}
			return fmt.Errorf("proxy answered %s", res.Status)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return errors.New("proxy did not start")
}

// procStatus returns a field of /proc/PID/status, such as VmHWM.
func procStatus(pid int, field string) string {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return "?"
	}
	for line := range strings.SplitSeq(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field+":"); ok {
			return strings.Join(strings.Fields(v), " ")
		}
	}
	return "?"
}

func numCPU() int {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return 0
	}
	return strings.Count(string(b), "processor\t:")
}

// article returns a news page in Cyrillic Uzbek of about size bytes.
func article(size int) []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="uz-Cyrl"><head><meta charset="utf-8"><title>Тошкентда янги лицей очилди | Хабарлар</title>
<meta name="description" content="Пойтахтда 600 ўринли лицей фойдаланишга топширилди.">
<link rel="canonical" href="https://example.uz/article"><link rel="stylesheet" href="/static/site.css">
<script>window.dataLayer = [];</script></head>
<body><header><a href="/" title="Бош саҳифа"><img src="/logo.svg" alt="Хабарлар"></a>
<nav><ul><li><a href="/news">Янгиликлар</a><li><a href="/sport">Спорт</a><li><a href="/ru/">Русская версия</a></ul></nav></header>
<main><article><h1>Тошкентда янги лицей очилди</h1>
`)
	paras := []string{
		"<p>Ўз<b>бекистон</b> пойтахтида 1 сентябрдан 600 ўқувчига мўлжалланган лицей ишлай бошлайди. Лойиҳа қиймати 12,5 млрд сўмни ташкил этди.</p>\n",
		"<p>Маросимда Тоқаев ва бошқалар иштирок этди — <em>«Етти йилдан бери шундай мактабни кутган эдик»</em>, дейди ота-оналардан бири. <a href=\"/news/2024/08/budjet\">Батафсил</a>.</p>\n",
		"<p>Конференция доирасида цирк санъати, объект қурилиши ва маънавият масалалари муҳокама қилинди. Мутахассислар ШАРҚ ВА ҒАРБ ЎРТАСИДАГИ алоқаларга тўхталди.</p>\n",
		"<blockquote lang=\"ru\"><p>«Это важный шаг для района», — сказал хоким.</p></blockquote>\n",
		"<figure><img src=\"/img/1.jpg\" alt=\"Лицей биноси\"><figcaption>Сурат: <span class=\"notranslate\">Press</span> хизмати</figcaption></figure>\n",
	}
	for i := 0; b.Len() < size-300; i++ {
		b.WriteString(paras[i%len(paras)])
	}
	b.WriteString("</article></main><footer><p>© 2024 «Хабарлар»</p></footer></body></html>\n")
	return []byte(b.String())
}
