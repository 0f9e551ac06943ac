package shell

import (
	"strconv"

	"mvdan.cc/sh/v3/interp"
	"mvdan.cc/sh/v3/syntax"
)

// rewrite makes a parsed script safe for the baton before it runs.
// interp runs the left side of a pipeline and every `cmd &` in goroutines
// of its own, which the scheduler knows nothing about (shell-in-wasm.md
// §1.3: 16 data races and output that changed from run to run). So:
//   - `X | Y`, when Y is one of the runtime's programs (grep, head, wc...),
//     becomes `__pipe N; __pipein N Y`: X runs as a task of the process
//     writing into a pipe on the baton (pipe.go) that Y reads as it fills;
//   - any other `X | Y` (Y a builtin, a function, a loop) becomes
//     `{ X; } >/.pipe/N; { Y; } </.pipe/N`: sequential, the consumer sees
//     the producer's output once it finished, because interp hands a
//     non-file stdin to builtins through an OS pipe and a goroutine that
//     cannot wait on the baton;
//   - `X &` becomes `__bg N`, which starts X as a task of the process (and
//     sets $!, rewritten to a variable);
//   - `$$` reads a variable holding the simulated PID (interp would give
//     the host's, or -1 in a browser).
func (s *shell) rewrite(f syntax.Node) {
	if s.funcs == nil {
		s.funcs = funcNames(f)
	}
	syntax.Walk(f, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Stmt:
			s.rewriteStmt(n)
		case *syntax.Word:
			rewriteRandom(n.Parts)
		case *syntax.DblQuoted:
			rewriteRandom(n.Parts)
		case *syntax.ParamExp:
			if n.Param != nil && hostParams[n.Param.Value] != "" {
				n.Param = &syntax.Lit{Value: hostParams[n.Param.Value]}
				n.Short = false
			}
		case *syntax.ProcSubst:
			if s.unsupported == "" {
				s.unsupported = "process substitution"
				s.unsupportedLine = int(n.OpPos.Line())
			}
		}
		return true
	})
}

// hostParams are the special parameters interp would answer from the
// host; they read variables the runtime sets instead.
var hostParams = map[string]string{"$": "__podlab_pid", "!": "__podlab_lastbg", "PPID": "__podlab_ppid"}

// rewriteRandom turns $RANDOM and $SRANDOM into $(__random): interp's
// subshells draw from an unseeded global generator (and SRANDOM from
// crypto/rand); __random draws from the process's seeded one.
func rewriteRandom(parts []syntax.WordPart) {
	for i, part := range parts {
		pe, ok := part.(*syntax.ParamExp)
		if !ok || pe.Param == nil || (pe.Param.Value != "RANDOM" && pe.Param.Value != "SRANDOM") || pe.Exp != nil || pe.Repl != nil || pe.Slice != nil || pe.Index != nil || pe.Length || pe.Excl {
			continue
		}
		parts[i] = &syntax.CmdSubst{Stmts: []*syntax.Stmt{{Cmd: &syntax.CallExpr{Args: []*syntax.Word{litWord("__random"), litWord(pe.Param.Value)}}}}}
	}
}

func (s *shell) rewriteStmt(st *syntax.Stmt) {
	if tc, ok := st.Cmd.(*syntax.TimeClause); ok && tc.Stmt != nil {
		// `time CMD` would measure the host's clock; the runtime prints
		// the virtual time CMD took.
		st.Cmd = &syntax.Block{Stmts: []*syntax.Stmt{
			{Cmd: &syntax.CallExpr{Args: []*syntax.Word{litWord("__time_start")}}},
			tc.Stmt,
			{Cmd: &syntax.CallExpr{Args: []*syntax.Word{litWord("__time_end"), {Parts: []syntax.WordPart{&syntax.ParamExp{Short: true, Param: &syntax.Lit{Value: "?"}}}}}}},
		}}
	}
	if bc, ok := st.Cmd.(*syntax.BinaryCmd); ok && (bc.Op == syntax.Pipe || bc.Op == syntax.PipeAll) && s.streamable(bc.Y) {
		s.rewriteStreamPipe(st, bc)
	} else if ok && (bc.Op == syntax.Pipe || bc.Op == syntax.PipeAll) {
		s.pipeSeq++
		w := &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: "/.pipe/" + strconv.Itoa(s.pipeSeq)}}}
		out := syntax.RdrOut
		if bc.Op == syntax.PipeAll {
			out = syntax.RdrAll
		}
		// Prepended, so that the commands' own redirections still win.
		bc.X.Redirs = append([]*syntax.Redirect{{Op: out, Word: w}}, bc.X.Redirs...)
		bc.Y.Redirs = append([]*syntax.Redirect{{Op: syntax.RdrIn, Word: w}}, bc.Y.Redirs...)
		st.Cmd = &syntax.Block{Stmts: []*syntax.Stmt{bc.X, bc.Y}}
	}
	if st.Background || st.Disown {
		job := *st
		job.Background, job.Disown = false, false
		s.rewrite(&job)
		s.bg = append(s.bg, &job)
		idx := strconv.Itoa(len(s.bg) - 1)
		// $! is the job's PID: __lastbg prints it, in a command
		// substitution, into the variable $! was rewritten to.
		lastbg := &syntax.CallExpr{Assigns: []*syntax.Assign{{Name: &syntax.Lit{Value: "__podlab_lastbg"},
			Value: &syntax.Word{Parts: []syntax.WordPart{&syntax.CmdSubst{Stmts: []*syntax.Stmt{{Cmd: &syntax.CallExpr{Args: []*syntax.Word{litWord("__lastbg")}}}}}}}}}}
		st.Cmd = &syntax.Block{Stmts: []*syntax.Stmt{
			{Cmd: &syntax.CallExpr{Args: []*syntax.Word{litWord("__bg"), litWord(idx)}}},
			{Cmd: lastbg},
		}}
		st.Redirs = nil
		st.Negated = false
		st.Background, st.Disown = false, false
	}
}

func litWord(s string) *syntax.Word {
	return &syntax.Word{Parts: []syntax.WordPart{&syntax.Lit{Value: s}}}
}

// rewriteStreamPipe turns `X | Y` into `__pipe N; __pipein N Y`: X leaves
// the tree for s.piped[N] (rewritten here, since the walk will not reach
// it), with its stdout (and for |& its stderr) on the pipe.
func (s *shell) rewriteStreamPipe(st *syntax.Stmt, bc *syntax.BinaryCmd) {
	s.piped = append(s.piped, nil)
	n := len(s.piped) - 1
	idx := strconv.Itoa(n)
	out := syntax.RdrOut
	if bc.Op == syntax.PipeAll {
		out = syntax.RdrAll
	}
	x := bc.X
	x.Redirs = append([]*syntax.Redirect{{Op: out, Word: litWord(streamPipePrefix + idx)}}, x.Redirs...)
	s.rewrite(x)
	s.piped[n] = x
	y := bc.Y
	call := y.Cmd.(*syntax.CallExpr)
	call.Args = append([]*syntax.Word{litWord("__pipein"), litWord(idx)}, call.Args...)
	st.Cmd = &syntax.Block{Stmts: []*syntax.Stmt{
		{Cmd: &syntax.CallExpr{Args: []*syntax.Word{litWord("__pipe"), litWord(idx)}}},
		y,
	}}
}

// streamPipePrefix names a streaming pipe's write end for the open handler.
const streamPipePrefix = "/.pipe/s"

// streamable reports whether the right side of a pipe is a simple command
// naming one of the runtime's programs (not a builtin, not a function of
// the script) whose stdin is the pipe: then it can read the pipe as it
// fills. Everything else reads it whole, through interp.
func (s *shell) streamable(y *syntax.Stmt) bool {
	call, ok := y.Cmd.(*syntax.CallExpr)
	if !ok || len(call.Args) == 0 || len(call.Args[0].Parts) != 1 {
		return false
	}
	lit, ok := call.Args[0].Parts[0].(*syntax.Lit)
	if !ok || interp.IsBuiltin(lit.Value) || s.funcs[lit.Value] || lookupCommand(baseName(lit.Value)) == nil {
		return false
	}
	for _, rd := range y.Redirs {
		switch rd.Op {
		case syntax.RdrIn, syntax.RdrInOut, syntax.DplIn, syntax.Hdoc, syntax.DashHdoc, syntax.WordHdoc:
			return false
		}
	}
	return true
}

// funcNames lists the functions a script declares anywhere in it.
func funcNames(n syntax.Node) map[string]bool {
	names := map[string]bool{}
	syntax.Walk(n, func(n syntax.Node) bool {
		if fd, ok := n.(*syntax.FuncDecl); ok && fd.Name != nil {
			names[fd.Name.Value] = true
		}
		return true
	})
	return names
}
