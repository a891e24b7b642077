// Package cmdutil is the base albo's commands stand on: where a command
// reads and writes (IOStreams), what commands share (Factory), the exit
// statuses of contract/CLI.md and the errors that choose them, and Run,
// which executes a command tree and maps its outcome to a status.
//
// It is kept light (cobra and the extractor; no index, corpus or web) so
// that the slim albo-extract binary, which shares the extract command with
// albo, links and initialises only what extraction needs.
package cmdutil

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/openalbo/albo/extract"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit statuses of the command-line contract (contract/CLI.md).
const (
	ExitOK     = 0
	ExitFailed = 1
	ExitUsage  = 2
)

// DefaultCorpus is the corpus folder when neither --corpus nor
// $ALBO_CORPUS names one.
const DefaultCorpus = "./albo-data"

// IOStreams carries where a command reads and writes: data on Out, progress,
// logs and warnings on ErrOut.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// ErrIsTerminal says whether ErrOut is a terminal, so progress bars are
	// drawn only for a person watching.
	ErrIsTerminal bool
}

// Factory gives commands what they share, without globals.
type Factory struct {
	IO     *IOStreams
	Logger *slog.Logger
	// EndsProcess is set by Main: the process exits once the command
	// returns, so a setting of the whole process (GOMAXPROCS) need not be
	// put back, which costs a stop of the world of its own.
	EndsProcess bool
}

// FailedError marks that the work failed and the failures were already
// reported on standard error one line each: exit status 1, no more output.
type FailedError struct{ N int }

func (e FailedError) Error() string { return fmt.Sprintf("%d failure(s)", e.N) }

// Failed is the error of a command that reported n failures itself.
func Failed(n int) error { return FailedError{N: n} }

// UsageError is a bad invocation: exit status 2.
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

// Usage marks err as a bad invocation.
func Usage(err error) error { return UsageError{Err: err} }

// NewRoot builds a command tree for a Factory; level is the logger's,
// which --log-level sets.
type NewRoot func(f *Factory, level *slog.LevelVar) *cobra.Command

// Main runs the command tree newRoot builds with the process's arguments
// and streams, and returns the exit status. The first SIGINT or SIGTERM
// asks the command to stop cleanly; a second one ends the process at once,
// should the command be stuck.
func Main(newRoot NewRoot) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop)
	ios := &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		ErrIsTerminal: term.IsTerminal(int(os.Stderr.Fd()))}
	return Run(ctx, ios, os.Args[1:], true, newRoot)
}

// Run executes one invocation of the tree newRoot builds and returns its
// exit status; endsProcess says the process exits after it (Main). Tests
// call it with their own streams.
func Run(ctx context.Context, ios *IOStreams, args []string, endsProcess bool, newRoot NewRoot) int {
	var level slog.LevelVar
	f := &Factory{IO: ios, Logger: slog.New(slog.NewTextHandler(ios.ErrOut, &slog.HandlerOptions{Level: &level})), EndsProcess: endsProcess}
	if endsProcess {
		// Libraries albo links log through the standard log package:
		// bleve's index, removing its old files in the background, logs
		// those it could not remove, and on a failing disk such a line
		// came between the command's progress and its one line of
		// failure. They go to the command's logger at debug level, shown
		// with --log-level debug.
		slog.SetLogLoggerLevel(slog.LevelDebug)
		slog.SetDefault(f.Logger)
	}
	root := newRoot(f, &level)
	root.SetArgs(args)
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return ExitOK
	}
	var fe FailedError
	if errors.As(err, &fe) {
		return ExitFailed
	}
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		Reportf(ios.ErrOut, "interrupted")
		return ExitFailed
	}
	Reportf(ios.ErrOut, "%v", err)
	var ue UsageError
	if errors.As(err, &ue) {
		return ExitUsage
	}
	return ExitFailed
}

// SetUpRoot gives a root command what every albo binary's root has: errors
// and usage left to Run, --version, --log-level setting level, and flag
// errors as usage errors.
func SetUpRoot(root *cobra.Command, level *slog.LevelVar) {
	var logLevel string
	root.SilenceUsage = true
	root.SilenceErrors = true
	root.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if err := level.UnmarshalText([]byte(logLevel)); err != nil {
			return Usage(fmt.Errorf("--log-level %q: want debug, info, warn or error", logLevel))
		}
		return nil
	}
	root.Version = extract.Version
	root.SetVersionTemplate("{{.Version}}\n")
	root.PersistentFlags().StringVar(&logLevel, "log-level", "info", "log level: debug, info, warn, error")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return Usage(err) })
}

// Reportf prints one failure on w as the contract wants it: one line,
// "albo: " and the message. Control characters, such as a line break in a
// file's name, are escaped so that a failure is never split over lines.
func Reportf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "albo: %s\n", extract.OneLine(fmt.Sprintf(format, args...)))
}

// UsageArgs makes an argument validator's complaint a usage error (exit
// status 2); every command's Args goes through it.
func UsageArgs(validate cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := validate(cmd, args); err != nil {
			return Usage(err)
		}
		return nil
	}
}

// CorpusDir resolves --corpus: the flag, else $ALBO_CORPUS, else
// DefaultCorpus.
func CorpusDir(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("ALBO_CORPUS"); env != "" {
		return env
	}
	return DefaultCorpus
}
