package e2e

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/yozuv/yozuv/web"
)

var (
	browserPath string // empty when no Chromium is installed
	srvURL      string
	setupErr    error

	browserOnce sync.Once
	browserCtx  context.Context
	browserStop context.CancelFunc
	profileDir  string
)

// strictCSP is a policy without 'wasm-unsafe-eval': it blocks the module.
const strictCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:"

func TestMain(m *testing.M) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			browserPath = p
			break
		}
	}
	code := 0
	if browserPath != "" {
		tmp, err := os.MkdirTemp("", "yozuv-e2e-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		profileDir = filepath.Join(tmp, "profile")
		var srv *httptest.Server
		srv, setupErr = setup(tmp)
		if srv != nil {
			srvURL = srv.URL
		}
		code = m.Run()
		if browserStop != nil {
			browserStop()
		}
		if srv != nil {
			srv.Close()
		}
		os.RemoveAll(tmp)
	} else {
		code = m.Run()
	}
	os.Exit(code)
}

// setup builds two dist folders, one normal (with the reader and demo
// modules) and one whose module panics on conversion, and serves the pages
// under several prefixes:
//
//	/         the pages as yozuv serve serves them
//	/csp/     the same with a policy that blocks WebAssembly
//	/broken/  the same with the module's download failing
//	/fault/   the same with the panicking module
//	/t/       the test pages of testdata, linking to /dist/
func setup(tmp string) (*httptest.Server, error) {
	root, err := filepath.Abs("../..")
	if err != nil {
		return nil, err
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		return nil, err
	}
	goroot, err := exec.Command(goBin, "env", "GOROOT").Output()
	if err != nil {
		return nil, err
	}
	wasmExec := filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js")
	// Four modules, built at once: the news module, the reader module, the
	// demo page's module, and one whose converter panics.
	mods := map[string][]string{"news": nil, "reader": {"-tags", "yozuvreader"}, "demo": {"-tags", "yozuvdemo"}, "fault": {"-tags", "yozuvfault"}}
	var wg sync.WaitGroup
	errs := make(chan error, len(mods)+2)
	for name, tags := range mods {
		wg.Add(1)
		go func() {
			defer wg.Done()
			args := append([]string{"build", "-trimpath", "-ldflags=-s -w"}, tags...)
			args = append(args, "-o", filepath.Join(tmp, name+".wasm"), "./wasm")
			build := exec.Command(goBin, args...)
			build.Dir = root
			build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
			if b, err := build.CombinedOutput(); err != nil {
				errs <- fmt.Errorf("building the %s module: %v\n%s", name, err, b)
			}
		}()
	}
	wg.Wait()
	mod := func(name string) string { return filepath.Join(tmp, name+".wasm") }
	for out, args := range map[string][]string{
		"dist":  {"-wasm", mod("news"), "-reader", mod("reader"), "-demo", mod("demo")},
		"fault": {"-wasm", mod("fault")},
	} {
		bundle := exec.Command(goBin, append([]string{"run", "./web/build", "-out", filepath.Join(tmp, out), "-wasmexec", wasmExec}, args...)...)
		bundle.Dir = root
		if b, err := bundle.CombinedOutput(); err != nil {
			errs <- fmt.Errorf("web/build: %v\n%s", err, b)
		}
	}
	close(errs)
	if err := <-errs; err != nil {
		return nil, err
	}
	dist := os.DirFS(filepath.Join(tmp, "dist"))
	mux := http.NewServeMux()
	mux.Handle("/", web.NewHandler(web.Config{Dist: dist}))
	mux.Handle("/csp/", http.StripPrefix("/csp", web.NewHandler(web.Config{Dist: dist, CSP: strictCSP})))
	broken := web.NewHandler(web.Config{Dist: dist})
	mux.Handle("/broken/", http.StripPrefix("/broken", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".wasm") {
			http.Error(w, "unavailable", http.StatusInternalServerError)
			return
		}
		broken.ServeHTTP(w, r)
	})))
	mux.Handle("/fault/", http.StripPrefix("/fault", web.NewHandler(web.Config{Dist: os.DirFS(filepath.Join(tmp, "fault"))})))
	files := http.FileServer(http.Dir("testdata"))
	mux.Handle("/t/", http.StripPrefix("/t", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", web.DefaultCSP)
		w.Header().Set("Cache-Control", "no-store")
		files.ServeHTTP(w, r)
	})))
	return httptest.NewServer(mux), nil
}

// tab returns a new tab of the shared browser, started on first use with a
// fresh profile. It skips the test when there is no Chromium.
func tab(t testing.TB) context.Context {
	t.Helper()
	if browserPath == "" {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	browserOnce.Do(func() {
		opts := []chromedp.ExecAllocatorOption{
			chromedp.ExecPath(browserPath),
			chromedp.Flag("headless", true),
			chromedp.Flag("no-sandbox", true),
			chromedp.Flag("disable-gpu", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("no-first-run", true),
			chromedp.UserDataDir(profileDir),
			chromedp.WindowSize(1200, 900),
		}
		actx, stopAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, stopBrowser := chromedp.NewContext(actx)
		browserCtx = bctx
		browserStop = func() { stopBrowser(); stopAlloc() }
		if err := chromedp.Do(bctx); err != nil {
			setupErr = err
		}
	})
	if setupErr != nil {
		t.Fatal(setupErr)
	}
	ctx, cancel := chromedp.NewContext(browserCtx)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatal(err)
	}
	tctx, cancelT := context.WithTimeout(ctx, 30*time.Second)
	t.Cleanup(cancelT)
	return tctx
}

// open loads a page of the test server with an empty localStorage, and
// waits until the loader has defined <yozuv-switch>.
func open(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	do(t, ctx,
		chromedp.Navigate(srvURL+"/t/blank.html"),
		chromedp.Evaluate[chromedp.Void](`localStorage.clear()`),
	)
	navigate(t, ctx, path)
}

// navigate loads a page and waits for the loader.
func navigate(t testing.TB, ctx context.Context, path string) {
	t.Helper()
	do(t, ctx,
		chromedp.Navigate(srvURL+path),
		chromedp.Poll[chromedp.Void](`window.yozuv && customElements.get("yozuv-switch") && (!document.querySelector("yozuv-switch") || document.querySelector("yozuv-switch").shadowRoot)`),
	)
}

func do(t testing.TB, ctx context.Context, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatal(err)
	}
}

func eval[T any](t testing.TB, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// wait polls a JavaScript condition until it holds.
func wait(t testing.TB, ctx context.Context, cond string) {
	t.Helper()
	if _, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("waiting for %s: %v", cond, err)
	}
}

// button selects a button of the (first) switch by its script.
func button(script string) chromedp.JSPath {
	return chromedp.JSPath(`document.querySelector("yozuv-switch").shadowRoot.querySelector('button[lang="` + script + `"]')`)
}

// click presses a button of the switch with a real mouse click.
func click(t testing.TB, ctx context.Context, script string) {
	t.Helper()
	do(t, ctx, chromedp.Click(button(script)))
}

// hover moves the mouse over the switch and waits for the converter to run.
func hover(t testing.TB, ctx context.Context) {
	t.Helper()
	do(t, ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		box, err := chromedp.Run(ctx, chromedp.Dimensions(chromedp.CSS("yozuv-switch")))
		if err != nil {
			return err
		}
		q := box.Content
		_, err = chromedp.MouseEvent("mouseMoved", (q[0]+q[2])/2, (q[1]+q[5])/2)(ctx, tg)
		return err
	}))
	wait(t, ctx, `yozuv.stats().loaded`)
}

// sw reads a value from the switch's shadow root.
const sw = `document.querySelector("yozuv-switch").shadowRoot`
