//go:build js && wasm

package main

import (
	"runtime"
	"runtime/debug"
	"syscall/js"

	"github.com/hexops/vecty"
	"github.com/yozuv/yozuv/internal/translit"
	_ "github.com/yozuv/yozuv/internal/translit/uz" // registers uz-Cyrl ⇄ uz-Latn
	"github.com/yozuv/yozuv/internal/ui"
)

// app is the state shared by the exported functions. Calls from JavaScript
// run one at a time, so it needs no lock.
type app struct {
	conv     map[string]*translit.Transliterator
	gloss    *translit.Glossary
	switches []*ui.Switch
	shown    []func(script, note string)  // told when the page's script changes
	glossed  []func(g *translit.Glossary) // told when a glossary is loaded
	request  js.Value                     // the loader's request(script)
	errCtor  js.Value
}

// extensions add exports and views: the reader build (-tags yozuvreader)
// the reading view, the demo build (-tags yozuvdemo) the reading view and
// the demo page's editor.
var extensions []func(a *app, exports js.Value)

// transform converts text with t. A build with the yozuvfault tag replaces
// it with one that panics.
var transform = func(t *translit.Transliterator, text string) string { return t.String(text) }

func main() {
	// A conversion allocates about twice the text it converts, and the
	// live heap is small, so the default target collects on nearly every
	// toggle of a long article; a higher one trades a few MiB of linear
	// memory for fewer collections.
	debug.SetGCPercent(400)
	a := &app{conv: map[string]*translit.Transliterator{}, errCtor: js.Global().Get("Error")}
	connect := js.Global().Get("yozuv").Get("_connect")
	if connect.Type() != js.TypeFunction {
		println("yozuv: start this module through yozuv.js")
		return
	}
	exports := js.Global().Get("Object").New()
	exports.Set("convert", js.FuncOf(a.convert))
	exports.Set("mount", js.FuncOf(a.mount))
	exports.Set("sync", js.FuncOf(a.sync))
	exports.Set("heap", js.FuncOf(heap))
	exports.Set("glossary", js.FuncOf(a.glossary))
	for _, f := range extensions {
		f(a, exports)
	}
	a.request = connect.Invoke(exports)
	select {}
}

// convert is convert(from, to, text): text converted from one script to the
// other, or an Error.
func (a *app) convert(_ js.Value, args []js.Value) any {
	if len(args) != 3 {
		return a.errCtor.New("convert wants from, to and text")
	}
	t, err := a.converter(args[0].String(), args[1].String())
	if err != nil {
		return a.errCtor.New(err.Error())
	}
	return transform(t, args[2].String())
}

// converter returns the converter from one script to another, made once.
func (a *app) converter(from, to string) (*translit.Transliterator, error) {
	key := from + ">" + to
	if t := a.conv[key]; t != nil {
		return t, nil
	}
	t, err := translit.New(from, to, translit.Options{Apostrophe: translit.Modifier, Glossary: a.gloss})
	if err != nil {
		return nil, err
	}
	a.conv[key] = t
	return t, nil
}

// mount is mount(el, script, note): the switch drawn over el.
func (a *app) mount(_ js.Value, args []js.Value) any {
	if len(args) != 3 {
		return a.errCtor.New("mount wants an element, a script and a note")
	}
	s := &ui.Switch{Script: args[1].String(), State: ui.Ready, Note: args[2].String(), OnSelect: a.pick}
	if err := vecty.RenderIntoNode(args[0], s); err != nil {
		return a.errCtor.New(err.Error())
	}
	a.switches = append(a.switches, s)
	return nil
}

// pick is called by a switch when a reader picks a script: every other
// switch follows, and so does every view the build adds (the reading view,
// the demo), and the loader converts the page.
func (a *app) pick(script string) {
	for _, s := range a.switches {
		if s.Script != script {
			s.Script, s.Note = script, ui.Said(script)
			vecty.Rerender(s)
		}
	}
	a.show(script, ui.Said(script))
	a.request.Invoke(script)
}

// show tells the views the build adds that the page is shown in script.
func (a *app) show(script, note string) {
	for _, f := range a.shown {
		f(script, note)
	}
}

// sync is sync(script, note): every switch (and every view the build adds)
// shows script and announces note.
func (a *app) sync(_ js.Value, args []js.Value) any {
	if len(args) != 2 {
		return a.errCtor.New("sync wants a script and a note")
	}
	script, note := args[0].String(), args[1].String()
	for _, s := range a.switches {
		s.Script, s.Note = script, note
		vecty.Rerender(s)
	}
	a.show(script, note)
	return nil
}

// heap returns the bytes of Go heap in use after a collection.
func heap(js.Value, []js.Value) any {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc)
}

// glossary is glossary(text): the publisher's glossary, parsed and used by
// every conversion from now on; an Error names the line and entry at fault.
func (a *app) glossary(_ js.Value, args []js.Value) any {
	if len(args) != 1 {
		return a.errCtor.New("glossary wants the text of the glossary file")
	}
	g, err := translit.ParseGlossary([]byte(args[0].String()))
	if err != nil {
		return a.errCtor.New(err.Error())
	}
	a.gloss = g
	clear(a.conv)
	for _, f := range a.glossed {
		f(g)
	}
	return nil
}
