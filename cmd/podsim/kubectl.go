package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/hack-pad/hackpadfs"

	"github.com/podlab/podlab/sim/api"
	"github.com/podlab/podlab/sim/cluster"
	"github.com/podlab/podlab/sim/console"
	"github.com/podlab/podlab/sim/kubelet"
	"github.com/podlab/podlab/sim/shell"
)

const kubectlUsage = `usage: podsim kubectl --script SCRIPT [FILE...]
  Runs SCRIPT, one console line per line, against a simulated cluster
  (three workers, one labelled disktype=ssd, and a tainted control plane)
  and prints the transcript. kubectl lines run as kubectl would; other
  lines run in the workstation's shell (echo -n admin > ./username.txt);
  "sleep 30" lets 30 virtual seconds pass. Each FILE is copied into the
  workstation's folder under its base name, for kubectl apply -f.
`

// runKubectl is `podsim kubectl --script SCRIPT [FILE...]`.
func runKubectl(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kubectl", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	script := fs.String("script", "", "the console script (- for standard input)")
	if err := fs.Parse(args); err != nil || *script == "" {
		fmt.Fprint(stderr, kubectlUsage)
		return 2
	}
	text, _, err := readInput(*script, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "podsim: %v\n", err)
		return 1
	}
	k, closeAll, err := newConsole(fs.Args())
	if err != nil {
		fmt.Fprintf(stderr, "podsim: %v\n", err)
		return 1
	}
	defer closeAll()
	fmt.Fprint(stdout, k.Transcript(string(text)))
	return 0
}

// newConsole builds what the page's console has: a cluster on the shell
// runtime and the learner's workstation, with files copied in.
func newConsole(files []string) (*console.Console, func(), error) {
	ws, err := shell.NewWorkstation()
	if err != nil {
		return nil, nil, err
	}
	rt := shell.New(shell.Config{})
	closeAll := func() { rt.Close(); ws.Close() }
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			closeAll()
			return nil, nil, err
		}
		if err := hackpadfs.WriteFullFile(ws.Dir(), filepath.Base(f), b, 0o644); err != nil {
			closeAll()
			return nil, nil, err
		}
	}
	c := cluster.New(api.Objects{}, rt, kubelet.Options{})
	return console.New(c, ws.Dir(), ws.Run), closeAll, nil
}
