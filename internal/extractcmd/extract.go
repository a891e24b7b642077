package extractcmd

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// Options are the inputs of `albo extract FILE...`.
type Options struct {
	IO     *cmdutil.IOStreams
	Logger *slog.Logger
	Files  []string
	// Extract holds what the extractor itself is told (OCR, limits).
	Extract extract.Options
	// EndsProcess is the Factory's: the one-core setting stays.
	EndsProcess bool
}

// CorpusMode is the extract command's other way of running: re-extracting
// the documents of a corpus (--corpus DIR) instead of FILEs. albo has it;
// albo-extract has not, since the corpus store's S3 client links net/http
// (3.3 MiB more resident at every start, by GNU time by hand).
type CorpusMode interface {
	// AddFlags adds --corpus, which chooses the mode, and the flags that
	// go only with it; the command refuses those without --corpus.
	AddFlags(fs *pflag.FlagSet)
	// Run re-extracts the corpus; it is called when --corpus is given,
	// with the command's arguments and the extractor options its
	// FILE flags (--ocr, --timeout) set.
	Run(cmd *cobra.Command, args []string, opts extract.Options) error
	// Help is the paragraph of the command's help that tells the mode,
	// and Example its example lines.
	Help() string
	Example() string
}

// NewCmdExtract prints the extraction of each file given, or, with a
// corpus mode (nil: none), re-extracts a corpus. runF replaces the run
// function of FILEs in tests of flag parsing.
func NewCmdExtract(f *cmdutil.Factory, runF func(*Options) error, corpus CorpusMode) *cobra.Command {
	opts := &Options{IO: f.IO, Logger: f.Logger.With("component", "extract"), EndsProcess: f.EndsProcess}
	use, noFiles := "extract [--ocr] [--timeout DUR] FILE...", "extract: give at least one FILE"
	long := `Read each FILE (a PDF, or a signed .pdf.p7m envelope around one; the content
decides, not the name) and print its structured record as JSON: the source
file, the act's front matter, the performance plan and the changes annex, as
described in contract/EXTRACT.md.

One FILE prints one indented JSON object; several print JSON Lines, one
object a line, in the order given. A file that cannot be read (not a PDF, an
HTML page saved as .pdf, encrypted, truncated beyond repair) prints one line
on standard error naming the file and the reason, and nothing on standard
output; the other files still come out, and the exit status is 1.

Pages without a text layer (scans) are listed in source.pages_without_text
with a warning; --ocr reads them with Tesseract when it is installed
(Debian: tesseract-ocr, tesseract-ocr-ita, poppler-utils).

FILEs are read one after the other on one core, as pdftotext reads them:
the least CPU per document, for pipelines that run many extractions at
once. GOMAXPROCS=2 reads a long document's pages two at a time instead.`
	example := `  albo extract delibera-2187-2019.pdf
  albo extract comune-ceva.pdf.p7m | jq .source.signatures
  albo extract atti/*.pdf > atti.jsonl
  albo extract --ocr parere_revisore.pdf`
	corpusFlags := pflag.NewFlagSet("corpus", pflag.ContinueOnError)
	if corpus != nil {
		use += " | extract --corpus DIR [--stale|--all] [--workers N]"
		noFiles += ", or --corpus DIR"
		long += "\n\n" + corpus.Help()
		example += "\n" + corpus.Example()
		corpus.AddFlags(corpusFlags)
	}
	cmd := &cobra.Command{
		Use:     use,
		Short:   "Print the structured record of published acts (PDF or signed .p7m)",
		Long:    long,
		Example: example,
		RunE: func(cmd *cobra.Command, args []string) error {
			if opts.Extract.Timeout < 0 {
				return cmdutil.Usage(fmt.Errorf("--timeout %v: must not be negative", opts.Extract.Timeout))
			}
			if chosen := corpusFlags.Lookup("corpus"); chosen != nil && chosen.Changed {
				return corpus.Run(cmd, args, opts.Extract)
			}
			var only error
			corpusFlags.VisitAll(func(fl *pflag.Flag) {
				if fl.Changed && only == nil {
					only = cmdutil.Usage(fmt.Errorf("extract: --%s works only with --corpus", fl.Name))
				}
			})
			if only != nil {
				return only
			}
			if len(args) == 0 {
				return cmdutil.Usage(errors.New(noFiles))
			}
			opts.Files = args
			if runF != nil {
				return runF(opts)
			}
			return extractRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Extract.OCR, "ocr", false, "read pages without a text layer with Tesseract")
	cmd.Flags().DurationVar(&opts.Extract.Timeout, "timeout", DefaultTimeout, "give up on a file after this long (0: no limit)")
	cmd.Flags().AddFlagSet(corpusFlags)
	return cmd
}

// DefaultTimeout bounds one document's extraction: real acts take
// well under a second a page, a pathological file would take for ever.
const DefaultTimeout = 5 * time.Minute

// extractRun extracts FILEs one after the other, on one core. The
// collector keeps Go's default GOGC (100): at 200, which it had, the heap
// of a document of many pages grew to three times the live one before
// each collection, 0.8-2.2 MiB more at the process's peak (100 against
// 200: the 39-page Stradario 20.4 against 21.2 MiB, the 54-page plan 22.7
// against 24.9, the Chromium plan 23.4 against 25.1; GNU time, median of
// 5) for no CPU measurable apart (perf stat, 20 runs of each setting
// interleaved: within 5% either way). A one-page act allocates less than
// the heap's 4 MB floor and is never collected.
func extractRun(ctx context.Context, opts *Options) error {
	defer oneCoreUnlessTold(opts.EndsProcess)()
	failed := 0
	for _, path := range opts.Files {
		if err := ctx.Err(); err != nil {
			return err
		}
		res, err := extract.ReadFile(ctx, path, opts.Extract)
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr // interrupted: no fault of the file
			}
			cmdutil.Reportf(opts.IO.ErrOut, "%v", err)
			failed++
			continue
		}
		for _, w := range res.Source.Warnings {
			opts.Logger.Warn(w, "file", path)
		}
		out := &recordWriter{w: opts.IO.Out, indent: len(opts.Files) == 1}
		if err := out.write(res); err != nil {
			if out.err != nil {
				return out.err
			}
			cmdutil.Reportf(opts.IO.ErrOut, "extract %s: %v", path, err)
			failed++
			continue
		}
	}
	if failed > 0 {
		return cmdutil.Failed(failed)
	}
	return nil
}

// oneCoreUnlessTold runs the extraction of FILEs on one core, unless
// GOMAXPROCS says otherwise, and returns what puts the setting back.
//
// A document's pages are read two at a time, and on two cores that
// gained little wall time on the documents acts are (a few percent on 55
// pages) for a fifth more CPU: the runtime's idle cores run the
// collector's mark work and spin looking for goroutines. One-shot
// extraction is the building block of pipelines, which run many at once
// (xargs -P, or extract --corpus with its workers) and want the least CPU
// per document, as pdftotext and mutool spend it.
//
// The setting is the process's: runs that overlap (in tests, which run
// commands side by side in one process) share it, and the last to end
// puts back what the first found. A command that ends the process
// (endsProcess) leaves it, and its restore does nothing: putting it back
// took a stop of the world and a core's start-up again, 0.25 ms of a
// one-page act's 7 (interleaved runs).
func oneCoreUnlessTold(endsProcess bool) (restore func()) {
	if os.Getenv("GOMAXPROCS") != "" {
		return func() {}
	}
	if endsProcess {
		runtime.GOMAXPROCS(1)
		return func() {}
	}
	oneCore.Lock()
	defer oneCore.Unlock()
	if oneCore.runs == 0 {
		oneCore.before = runtime.GOMAXPROCS(1)
	}
	oneCore.runs++
	return sync.OnceFunc(func() {
		oneCore.Lock()
		defer oneCore.Unlock()
		if oneCore.runs--; oneCore.runs == 0 {
			runtime.GOMAXPROCS(oneCore.before)
		}
	})
}

// oneCore counts the runs of oneCoreUnlessTold under way, and holds the
// GOMAXPROCS the first of them found.
var oneCore struct {
	sync.Mutex
	runs, before int
}

// recordWriter writes one record to w: indented for a single file, one
// line for JSON Lines. The record is encoded whole before anything is
// written (the encoder hands its writer the record once encoded), so that
// standard output never holds a partial record; its indented text goes
// out in pieces as it is made. Holding that text whole too was 0.5-1 MiB
// of the command's peak memory on a 29- or 54-page plan (GNU time).
type recordWriter struct {
	w      io.Writer
	indent bool
	// err is the error writing to w, which ends the command, where an
	// error encoding the record is the record's alone.
	err error
}

func (rw *recordWriter) write(res *extract.Result) error {
	enc := json.NewEncoder(rw)
	enc.SetEscapeHTML(false)
	return enc.Encode(res)
}

// Write is called once, with the whole record encoded.
func (rw *recordWriter) Write(record []byte) (int, error) {
	if rw.indent {
		rw.err = writeIndented(rw.w, record, "  ")
	} else {
		_, rw.err = rw.w.Write(record)
	}
	if rw.err != nil {
		return 0, rw.err
	}
	return len(record), nil
}
