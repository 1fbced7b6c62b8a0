package ui

// Script tags, as BCP 47 writes them.
const (
	Cyrl = "uz-Cyrl"
	Latn = "uz-Latn"
)

// Label names the switch in both scripts.
const Label = "Ёзув · Yozuv"

// Unavailable says, in both scripts, that the script cannot be switched.
const Unavailable = "Yozuvni almashtirib boʻlmaydi · Ёзувни алмаштириб бўлмайди"

// Choice is one button of the switch: a script and its name, written in
// that script.
type Choice struct {
	Script string
	Name   string
}

// Choices lists the buttons in the order they are shown.
var Choices = [...]Choice{{Cyrl, "Кирил"}, {Latn, "Lotin"}}

// Said returns what the live region announces once the page is shown in
// script: a short sentence written in that script, or "" for an unknown
// tag.
func Said(script string) string {
	switch script {
	case Cyrl:
		return "Саҳифа кирилл ёзувида"
	case Latn:
		return "Sahifa lotin yozuvida"
	}
	return ""
}

// Other returns the script the switch offers next to script.
func Other(script string) string {
	if script == Latn {
		return Cyrl
	}
	return Latn
}
