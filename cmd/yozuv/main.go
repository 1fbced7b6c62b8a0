package main

import (
	"fmt"
	"os"
)

const usage = `usage: yozuv <command> [flags]

commands:
  convert   convert text between scripts (stdin → stdout, or files)
  eval      measure word accuracy on a TSV of parallel text
  bench     measure conversion throughput
  serve     serve the demo page, a sample news page and dist/
  proxy     put a script-converting reverse proxy in front of a site

Run 'yozuv <command> -h' for a command's flags.
`

func main() {
	if len(os.Args) < 2 {
		fmt.Fprint(os.Stderr, usage)
		os.Exit(2)
	}
	cmds := map[string]func([]string) error{
		"convert": runConvert,
		"eval":    runEval,
		"bench":   runBench,
		"serve":   runServe,
		"proxy":   runProxy,
	}
	name := os.Args[1]
	if name == "-h" || name == "-help" || name == "--help" || name == "help" {
		fmt.Print(usage)
		return
	}
	run, ok := cmds[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "yozuv: unknown command %q\n\n%s", name, usage)
		os.Exit(2)
	}
	if err := run(os.Args[2:]); err != nil {
		if err == errUsage {
			os.Exit(2)
		}
		fmt.Fprintln(os.Stderr, "yozuv "+name+":", err)
		os.Exit(1)
	}
}
