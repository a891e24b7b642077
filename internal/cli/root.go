// Package cli holds albo's cobra commands. Commands stay thin: each parses
// its flags into an Options struct and hands it to a run function that calls
// the domain packages (extract, corpus, index, web). Nothing here is global.
// What every command stands on (streams, exit statuses) is internal/cmdutil;
// the extract command is internal/extractcmd, which albo-extract shares.
package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"

	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/extractcmd"
	"github.com/spf13/cobra"
)

// Main runs albo with the process's arguments and streams and returns the
// exit status.
func Main() int { return cmdutil.Main(NewCmdRoot) }

// Run executes one albo invocation; tests call it with their own streams.
func Run(ctx context.Context, ios *cmdutil.IOStreams, args []string) int {
	return cmdutil.Run(ctx, ios, args, false, NewCmdRoot)
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *cmdutil.Factory, level *slog.LevelVar) *cobra.Command {
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
		// The root runs only to print its help; any argument that is not a
		// command is a usage error, decided by its validator.
		Args:                       cmdutil.UsageArgs(knownCommand),
		SuggestionsMinimumDistance: 2,
		RunE:                       func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmdutil.SetUpRoot(root, level)
	root.PersistentFlags().StringVar(&indexLocation, "index", "", indexLocationHelp)
	root.SetHelpCommand(newCmdHelp(root))
	root.AddCommand(
		NewCmdVersion(f),
		NewCmdCorpus(f),
		extractcmd.NewCmdExtract(f, nil, newExtractCorpusMode(f.IO, nil)),
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
				return cmdutil.Usage(fmt.Errorf("help: no command %q", strings.Join(args, " ")))
			}
			return cmd.Help()
		},
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
