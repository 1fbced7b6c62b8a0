# yozuv — see README.md. Targets: run test bench dist size lint.
GO        ?= go
ADDR      ?= 127.0.0.1:8080
GOROOT    := $(shell $(GO) env GOROOT)
WASMFLAGS := -trimpath -ldflags='-s -w'

.PHONY: run test bench dist size lint fuzz wasmtest clean

## run: build dist/ and serve the demo (/) and a sample news page (/news)
run: dist
	$(GO) run ./cmd/yozuv serve -addr $(ADDR) -dist dist

## dist: the static, relocatable folder a site hosts: yozuv.js, the news
## module (the switch), the reader module (switch and <yozuv-reader>, loaded
## by pages that have one) and yozuv-demo.wasm, the demo page's own module
dist:
	rm -rf dist && mkdir -p dist
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -o dist/yozuv.wasm ./wasm
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -tags yozuvreader -o dist/reader.wasm ./wasm
	GOOS=js GOARCH=wasm $(GO) build $(WASMFLAGS) -tags yozuvdemo -o dist/demo.wasm ./wasm
	$(GO) run ./web/build -out dist -wasmexec "$(GOROOT)/lib/wasm/wasm_exec.js" -reader dist/reader.wasm -demo dist/demo.wasm
	rm dist/reader.wasm dist/demo.wasm

## test: every test, browser tests included when Chromium is installed
test: lint
	$(GO) test -count=1 ./...
	$(MAKE) wasmtest

## wasmtest: the core packages once more, compiled to WebAssembly and run under node
wasmtest:
	@if command -v node >/dev/null; then \
		GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(GOROOT)/lib/wasm/go_js_wasm_exec" ./internal/segment ./internal/translit/... ./internal/detect ./internal/reader; \
	else echo "node not installed: skipping wasm tests"; fi

## lint: gofmt, go vet, staticcheck
lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
		if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/... ./internal/ui/...
	GOOS=js GOARCH=wasm $(GO) vet -tags yozuvdemo ./wasm/...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

## bench: Go benchmarks of the engine and the CLI throughput on 5 MB
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./internal/...
	$(GO) run ./cmd/yozuv bench -size 5000000
	$(GO) test -run '^$$' -bench Browser -benchtime 1x ./web/e2e

## size: wasm and loader sizes, raw, gzip and brotli, against the budgets
## (module ≤ 650 KiB brotli, yozuv.js — all a page loads before intent — ≤ 8 KiB)
size: dist
	@for f in dist/*.wasm dist/*.js; do \
		printf '%-28s raw %8d  gzip %8d  brotli %8d\n' $$f $$(wc -c <$$f) $$(gzip -9 -c $$f | wc -c) $$(brotli -q 11 -c $$f | wc -c); \
	done
	@echo "(yozuv-demo.wasm is the demo page's module: news pages never load it)"
	@w=$$(brotli -q 11 -c dist/yozuv.*.wasm | wc -c); r=$$(brotli -q 11 -c dist/yozuv-reader.*.wasm | wc -c); \
		j=$$(brotli -q 11 -c dist/yozuv.js | wc -c); \
		echo "budget: news module $$((w / 1024)) of 650 KiB, reader module $$((r / 1024)) of 650 KiB, yozuv.js $$j of 8192 bytes (brotli)"; \
		test $$w -le 665600 && test $$r -le 665600 && test $$j -le 8192 || { echo "over budget"; exit 1; }

## fuzz: run each fuzz target for a while (FUZZTIME=30s)
FUZZTIME ?= 30s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzCyrlToLatn$$' -fuzztime $(FUZZTIME) ./internal/translit/uz
	$(GO) test -run '^$$' -fuzz '^FuzzLatnToCyrl$$' -fuzztime $(FUZZTIME) ./internal/translit/uz
	$(GO) test -run '^$$' -fuzz '^FuzzFastPath$$' -fuzztime $(FUZZTIME) ./internal/translit/uz
	$(GO) test -run '^$$' -fuzz '^FuzzTransform$$' -fuzztime $(FUZZTIME) ./internal/translit
	$(GO) test -run '^$$' -fuzz '^FuzzFirst$$' -fuzztime $(FUZZTIME) ./internal/segment
	$(GO) test -run '^$$' -fuzz '^FuzzSentences$$' -fuzztime $(FUZZTIME) ./internal/segment
	$(GO) test -run '^$$' -fuzz '^FuzzConvert$$' -fuzztime $(FUZZTIME) ./internal/markup

clean:
	rm -rf dist
