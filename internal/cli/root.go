// Package cli holds albo's cobra commands. Commands stay thin: each parses
// its flags into an Options struct and hands it to a run function that calls
// the domain packages (extract, corpus, index, web). Nothing here is global.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/openalbo/albo/extract"
	"github.com/spf13/cobra"
	"golang.org/x/term"
)

// Exit statuses of the command-line contract (contract/CLI.md).
const (
	exitOK        = 0
	exitFailed    = 1
	exitUsage     = 2
	defaultCorpus = "./albo-data"
)

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

// failedError marks that the work failed and the failures were already
// reported on standard error one line each; Main exits 1 without more output.
type failedError struct{ n int }

func (e failedError) Error() string { return fmt.Sprintf("%d failure(s)", e.n) }

// usageError is a bad invocation: exit status 2.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// Main runs albo with the process's arguments and streams and returns the
// exit status.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// The first signal asks the command to stop cleanly; a second one
	// ends albo at once, should the command be stuck.
	context.AfterFunc(ctx, stop)
	ios := &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		ErrIsTerminal: term.IsTerminal(int(os.Stderr.Fd()))}
	return run(ctx, ios, os.Args[1:], true)
}

// Run executes one albo invocation; tests call it with their own streams.
func Run(ctx context.Context, ios *IOStreams, args []string) int {
	return run(ctx, ios, args, false)
}

// run is Run; endsProcess says the process exits after it (Main).
func run(ctx context.Context, ios *IOStreams, args []string, endsProcess bool) int {
	var level slog.LevelVar
	f := &Factory{IO: ios, Logger: slog.New(slog.NewTextHandler(ios.ErrOut, &slog.HandlerOptions{Level: &level})), EndsProcess: endsProcess}
	root := NewCmdRoot(f, &level)
	root.SetArgs(args)
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var fe failedError
	if errors.As(err, &fe) {
		return exitFailed
	}
	if errors.Is(err, context.Canceled) && ctx.Err() != nil {
		reportf(ios.ErrOut, "interrupted")
		return exitFailed
	}
	var ue usageError
	if errors.As(err, &ue) {
		reportf(ios.ErrOut, "%v", err)
		return exitUsage
	}
	reportf(ios.ErrOut, "%v", err)
	return exitFailed
}

// reportf prints one failure on w as the contract wants it: one line,
// "albo: " and the message. Control characters, such as a line break in a
// file's name, are escaped so that a failure is never split over lines.
func reportf(w io.Writer, format string, args ...any) {
	fmt.Fprintf(w, "albo: %s\n", extract.OneLine(fmt.Sprintf(format, args...)))
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *Factory, level *slog.LevelVar) *cobra.Command {
	var logLevel string
	root := &cobra.Command{
		Use:   "albo",
		Short: "Archive, read and search the acts of an Albo Pretorio on line",
		Long: `albo turns the acts a municipality publishes on its Albo Pretorio on line
into a searchable, structured public record: it archives the signed documents
(crawl), reads them into structured records (extract), indexes them (index)
and serves a search page and JSON API (serve).

Try it with no set-up:

  albo demo

Exit status: 0 success, 1 the work failed (one line on standard error per
failure), 2 bad usage. --corpus DIR defaults to $ALBO_CORPUS, else
./albo-data.`,
		Example: `  albo demo
  albo crawl --source milano --corpus ./albo-data --since 2026-01-01
  albo extract --corpus ./albo-data && albo index --corpus ./albo-data
  albo search --corpus ./albo-data --year 2019 "piano quartieri"
  albo extract delibera-2187-2019.pdf | jq .plan.directorates[0]`,
		SilenceUsage:  true,
		SilenceErrors: true,
		// The root runs only to print its help; any argument that is not a
		// command is a usage error, decided by its validator.
		Args:                       usageArgs(knownCommand),
		SuggestionsMinimumDistance: 2,
		RunE:                       func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if err := level.UnmarshalText([]byte(logLevel)); err != nil {
				return usageError{fmt.Errorf("--log-level %q: want debug, info, warn or error", logLevel)}
			}
			return nil
		},
	}
	root.Version = extract.Version
	root.SetVersionTemplate("{{.Version}}\n")
	root.PersistentFlags().StringVar(&logLevel, "log-level", "info", "log level: debug, info, warn, error")
	root.PersistentFlags().StringVar(&indexLocation, "index", "", indexLocationHelp)
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error { return usageError{err} })
	root.SetHelpCommand(newCmdHelp(root))
	root.AddCommand(
		NewCmdVersion(f),
		NewCmdCorpus(f),
		NewCmdExtract(f, nil),
		NewCmdEval(f, nil),
		NewCmdServe(f, nil),
		NewCmdDemo(f, nil),
		NewCmdIndex(f, nil),
		NewCmdSearch(f, nil),
		NewCmdHistory(f, nil),
		NewCmdTransfers(f, nil),
		NewCmdDiff(f, nil),
		NewCmdCrawl(f, nil),
	)
	return root
}

// newCmdHelp replaces cobra's help command, which answers a command that
// does not exist with the root's help and exit status 0.
func newCmdHelp(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		Long:  "Print the help of a command: what it does, its flags and examples.",
		RunE: func(_ *cobra.Command, args []string) error {
			cmd, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 {
				return usageError{fmt.Errorf("help: no command %q", strings.Join(args, " "))}
			}
			return cmd.Help()
		},
	}
}

// usageArgs makes an argument validator's complaint a usage error (exit
// status 2); every command's Args goes through it.
func usageArgs(validate cobra.PositionalArgs) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := validate(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// knownCommand is the root's validator: an argument that reaches the root
// named no command. The names cobra suggests go on the error's own line.
func knownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if suggestions := cmd.SuggestionsFor(args[0]); len(suggestions) > 0 {
		quoted := make([]string, len(suggestions))
		for i, s := range suggestions {
			quoted[i] = strconv.Quote(s)
		}
		msg += " (did you mean " + strings.Join(quoted, " or ") + ")"
	}
	return errors.New(msg)
}

// corpusDir resolves --corpus: the flag, else $ALBO_CORPUS, else ./albo-data.
func corpusDir(flag string) string {
	if flag != "" {
		return flag
	}
	if env := os.Getenv("ALBO_CORPUS"); env != "" {
		return env
	}
	return defaultCorpus
}
