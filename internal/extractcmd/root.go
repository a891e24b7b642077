// Package extractcmd is the extract command, shared by albo (`albo
// extract`) and the slim albo-extract binary (NewCmdRoot): it prints the
// structured record of each file given. albo adds the --corpus mode
// (CorpusMode), which re-extracts the documents of a corpus.
//
// It links only what reading files needs: the extractor and cobra, never
// the corpus store, the index or the web site. A Go program runs the init
// of every package it links and faults in the pages around each, so albo,
// which also crawls, indexes and serves, holds 7-8 MiB more resident and
// spends 1.5-2 ms more CPU than albo-extract does on the same act (make
// bench, one-page acts: 1.15-1.35× the CPU, 1.7-1.9× the peak RSS). Pipelines
// that start one process per file (xargs, find -exec) run albo-extract.
package extractcmd

import (
	"log/slog"
	"strings"

	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
)

// NewCmdRoot is albo-extract's command: the extract command as a program
// of its own, with albo's --log-level and --version.
func NewCmdRoot(f *cmdutil.Factory, level *slog.LevelVar) *cobra.Command {
	root := NewCmdExtract(f, nil, nil)
	root.Use = strings.ReplaceAll(root.Use, "extract ", "albo-extract ")
	root.Example = strings.ReplaceAll(root.Example, "albo extract ", "albo-extract ")
	root.Long += `

albo-extract is 'albo extract FILE...' alone, in a binary that links no
corpus, index or web packages, for pipelines that start a process per
file: its records, errors and exit statuses are those of 'albo extract'.
To re-extract a corpus, run 'albo extract --corpus DIR'.`
	cmdutil.SetUpRoot(root, level)
	return root
}
