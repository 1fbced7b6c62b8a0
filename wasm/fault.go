//go:build js && wasm && yozuvfault

package main

import "github.com/yozuv/yozuv/internal/translit"

func init() {
	transform = func(*translit.Transliterator, string) string {
		panic("yozuv: fault injected by the yozuvfault build tag")
	}
}
