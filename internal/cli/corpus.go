package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/openalbo/albo/archive"
	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/internal/cmdutil"
	"github.com/openalbo/albo/internal/extractcmd"
	"github.com/spf13/cobra"
)

// NewCmdCorpus groups the commands that manage the on-disk corpus.
func NewCmdCorpus(f *cmdutil.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "corpus",
		Short: "Import, list, show and verify the acts stored in a corpus",
		Long: `A corpus is the folder where albo keeps every act it archived: the files
byte for byte (named by their SHA-256), one metadata record per act, and the
extractions of each PDF.

--corpus DIR defaults to $ALBO_CORPUS, else ./albo-data.`,
		Example: `  albo corpus add --corpus ./albo-data delibera-2187-2019.pdf
  albo corpus ls --json
  albo corpus verify`,
		// Runnable only to refuse a missing or unknown subcommand with exit
		// status 2: cobra would print the help and exit 0.
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmdutil.Usage(errors.New("corpus: give a subcommand: add, ls, show or verify"))
		},
	}
	cmd.AddCommand(
		NewCmdCorpusAdd(f, nil),
		NewCmdCorpusLs(f, nil),
		NewCmdCorpusShow(f, nil),
		NewCmdCorpusVerify(f, nil),
	)
	return cmd
}

func addCorpusFlag(cmd *cobra.Command, dir *string) {
	cmd.Flags().StringVar(dir, "corpus", "", "corpus folder, or bucket URL s3://BUCKET?region=…[&endpoint=…&use_path_style=true] (default $ALBO_CORPUS, else ./albo-data)")
}

// CorpusAddOptions are the inputs of `albo corpus add`.
type CorpusAddOptions struct {
	IO        *cmdutil.IOStreams
	CorpusDir string
	Source    string
	JSON      bool
	// OCR reads pages without a text layer with Tesseract.
	OCR bool
	// Timeout bounds the extraction of one file (0: no limit).
	Timeout time.Duration
	Files   []string
	// Now stamps first_seen and last_seen; tests fix it.
	Now func() time.Time
}

// NewCmdCorpusAdd imports documents the user already has. runF replaces
// the run function in tests of flag parsing.
func NewCmdCorpusAdd(f *cmdutil.Factory, runF func(*CorpusAddOptions) error) *cobra.Command {
	opts := &CorpusAddOptions{IO: f.IO, Now: time.Now}
	cmd := &cobra.Command{
		Use:   "add [--corpus DIR] [--source NAME] FILE...",
		Short: "Import PDFs or signed .p7m files into the corpus",
		Long: `Import documents you already have (PDF, or a signed .pdf.p7m envelope) into the
corpus. albo stores each file and, for a signed envelope, the PDF inside it;
reads the act's number, date and organ from the document to name the act
(source/category/year/number, such as milano/giunta/2019/2187, or the PDF's
digest when the document does not say); and stores the extraction. The
source is --source, else the municipality the act names ("Comune di
Milano": milano, the id the crawler gives the same act), else "local".

Adding the same file again changes nothing. A PDF albo cannot read (damaged,
encrypted, over the --timeout) is still archived, its failure is quarantined
(see 'albo corpus ls --failed'), and the command exits with status 1. A file
that carries no PDF (an HTML page saved as .pdf, a text file, a folder) is
refused and nothing of it is stored; the other files still go in.`,
		Example: `  albo corpus add --corpus ./albo-data delibera-2187-2019.pdf
  albo corpus add --source milano atti/*.pdf.p7m
  albo corpus add --json scansioni/*.pdf`,
		Args: cmdutil.UsageArgs(cobra.MinimumNArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			if opts.Timeout < 0 {
				return cmdutil.Usage(fmt.Errorf("--timeout %v: must not be negative", opts.Timeout))
			}
			if opts.Source != "" && corpus.Slug(opts.Source) != opts.Source {
				return cmdutil.Usage(fmt.Errorf("--source %q: use lowercase letters, digits and hyphens, such as %q", opts.Source, corpus.Slug(opts.Source)))
			}
			if runF != nil {
				return runF(opts)
			}
			return corpusAddRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().StringVar(&opts.Source, "source", "", "source name, the first part of the act ids (default: the act's municipality, else local)")
	cmd.Flags().BoolVar(&opts.OCR, "ocr", false, "read scanned pages (no text layer) with Tesseract")
	cmd.Flags().DurationVar(&opts.Timeout, "timeout", extractcmd.DefaultTimeout, "give up extracting a file after this long (0: no limit); the file is still archived")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print one JSON object a file: {\"file\",\"id\",\"status\",\"sha256\",\"pdf_sha256\",\"failure\"}")
	return cmd
}

func corpusAddRun(ctx context.Context, opts *CorpusAddOptions) error {
	s, err := corpus.Open(opts.CorpusDir)
	if err != nil {
		return err
	}
	defer s.Close()
	failed := 0
	for _, path := range opts.Files {
		if err := ctx.Err(); err != nil {
			return err
		}
		out, err := archive.Import(ctx, s, path, archive.ImportOptions{Source: opts.Source,
			Extract: extract.Options{OCR: opts.OCR, Timeout: opts.Timeout}, Now: opts.Now})
		if err != nil {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr // interrupted: no fault of the file
			}
			var unwritable *archive.WriteError
			if errors.As(err, &unwritable) {
				// A full disk, an I/O error: every later file would fail
				// alike, so the import stops here.
				return fmt.Errorf("corpus add %s: %w", path, unwritable.Err)
			}
			cmdutil.Reportf(opts.IO.ErrOut, "corpus add %s: %v", path, err)
			failed++
			continue
		}
		if opts.JSON {
			if err := json.NewEncoder(opts.IO.Out).Encode(out); err != nil {
				return err
			}
		} else {
			fmt.Fprintf(opts.IO.Out, "%s\t%s\t%s\n", out.Status, out.ID, extract.OneLine(path))
		}
		if out.Failure != "" {
			// The stored reason names the file it came from; this line already
			// does when that is the same file.
			reason := strings.TrimPrefix(out.Failure, extract.OneLine("extract "+filepath.Base(path)+": "))
			cmdutil.Reportf(opts.IO.ErrOut, "corpus add %s: archived as %s, but not extracted: %s", path, out.ID, reason)
			failed++
		}
	}
	if failed > 0 {
		return cmdutil.Failed(failed)
	}
	return nil
}

// CorpusLsOptions are the inputs of `albo corpus ls`.
type CorpusLsOptions struct {
	IO        *cmdutil.IOStreams
	CorpusDir string
	JSON      bool
	Failed    bool
}

// NewCmdCorpusLs lists the acts (or the quarantined failures) of a corpus.
func NewCmdCorpusLs(f *cmdutil.Factory, runF func(*CorpusLsOptions) error) *cobra.Command {
	opts := &CorpusLsOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "ls [--corpus DIR] [--json] [--failed]",
		Short: "List the acts in the corpus",
		Long: `List the acts in the corpus, sorted by id: a table with each act's documents
under it (role, digest, label and name), or with --json one JSON object a
line ({"id","source","category","number","date","subject","office",
"first_seen","last_seen","files":[{"name","sha256","pdf_sha256","role","label"}],…}).
A document's role is "main" for the act itself, "attachment" for an annex.

With --failed, list instead the documents quarantined because an extractor
could not read them.`,
		Example: `  albo corpus ls
  albo corpus ls --json | jq -r 'select(.category == "giunta") | .id'
  albo corpus ls --failed`,
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			if runF != nil {
				return runF(opts)
			}
			return corpusLsRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print JSON Lines")
	cmd.Flags().BoolVar(&opts.Failed, "failed", false, "list the quarantined extraction failures")
	return cmd
}

func corpusLsRun(ctx context.Context, opts *CorpusLsOptions) error {
	s, err := corpus.OpenReadOnly(opts.CorpusDir)
	if err != nil {
		return err
	}
	defer s.Close()
	if opts.Failed {
		return listRecords(ctx, opts, "PDF_SHA256\tEXTRACTOR\tAT\tREASON", s.Failures(ctx), func(w io.Writer, f *corpus.Failure) error {
			_, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", f.PDFSHA256, f.ExtractorVersion, f.At.Format(time.DateTime), ellipsis(f.Reason, 80))
			return err
		})
	}
	return listRecords(ctx, opts, "ID\tDATE\tFILES\tSUBJECT", s.Acts(ctx), func(w io.Writer, a *corpus.Act) error {
		_, err := fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", a.ID, a.Date, len(a.Files), ellipsis(a.Subject, 70))
		for _, f := range a.Files {
			if err == nil {
				_, err = fmt.Fprintf(w, "  %s\t%.12s\t\t%s\n", fileRole(f), f.SHA256, ellipsis(fileTitle(f), 70))
			}
		}
		return err
	})
}

// listRecords prints the records of a listing: one JSON object a line with
// --json, else a table under header, whose rows row writes for each record.
// A record that cannot be read gets one line on standard error, the listing
// goes on, and the command then fails.
func listRecords[T any](ctx context.Context, opts *CorpusLsOptions, header string, records iter.Seq2[T, error], row func(io.Writer, T) error) error {
	enc := json.NewEncoder(opts.IO.Out)
	tw := tabwriter.NewWriter(opts.IO.Out, 0, 4, 2, ' ', 0)
	if !opts.JSON {
		fmt.Fprintln(tw, header)
	}
	failed := 0
	for rec, err := range records {
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			cmdutil.Reportf(opts.IO.ErrOut, "corpus ls: %v", err)
			failed++
			continue
		}
		if opts.JSON {
			err = enc.Encode(rec)
		} else {
			err = row(tw, rec)
		}
		if err != nil {
			return err
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return cmdutil.Failed(failed)
	}
	return nil
}

// fileRole is a file's role in a table; files of records written before
// roles were kept are just files.
func fileRole(f corpus.File) string {
	if f.Role == "" {
		return "file"
	}
	return f.Role
}

// fileTitle is a file's label as its page gave it, with its name.
func fileTitle(f corpus.File) string {
	if f.Label == "" || f.Label == f.Name {
		return f.Name
	}
	return f.Label + " (" + f.Name + ")"
}

// ellipsis shortens s to n runes for a table cell.
func ellipsis(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// CorpusShowOptions are the inputs of `albo corpus show`.
type CorpusShowOptions struct {
	IO        *cmdutil.IOStreams
	CorpusDir string
	JSON      bool
	ID        string
}

// NewCmdCorpusShow prints one act's record.
func NewCmdCorpusShow(f *cmdutil.Factory, runF func(*CorpusShowOptions) error) *cobra.Command {
	opts := &CorpusShowOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "show [--corpus DIR] [--json] ID",
		Short: "Show one act of the corpus",
		Long: `Show the record of one act: its metadata, its files with their digests and
where they are stored, and the extractor versions that read each PDF.`,
		Example: `  albo corpus show milano/giunta/2019/2187
  albo corpus show --json milano/giunta/2019/2187 | jq '.files[].sha256'`,
		Args: cmdutil.UsageArgs(cobra.ExactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			if runF != nil {
				return runF(opts)
			}
			return corpusShowRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the record as JSON")
	return cmd
}

func corpusShowRun(ctx context.Context, opts *CorpusShowOptions) error {
	s, err := corpus.OpenReadOnly(opts.CorpusDir)
	if err != nil {
		return err
	}
	defer s.Close()
	a, err := s.Act(opts.ID)
	if err != nil {
		return err
	}
	if opts.JSON {
		enc := json.NewEncoder(opts.IO.Out)
		enc.SetIndent("", "  ")
		return enc.Encode(a)
	}
	tw := tabwriter.NewWriter(opts.IO.Out, 0, 4, 2, ' ', 0)
	for _, row := range [][2]string{
		{"id", a.ID}, {"source", a.Source}, {"category", a.Category},
		{"number", fmt.Sprint(a.Number)}, {"date", a.Date}, {"subject", a.Subject}, {"office", a.Office},
		{"published", strings.Trim(a.PublishedFrom+" – "+a.PublishedTo, " –")},
		{"listing", a.ListingURL}, {"detail", a.DetailURL},
		{"first seen", a.FirstSeen.Format(time.RFC3339)}, {"last seen", a.LastSeen.Format(time.RFC3339)},
		{"signers", strings.Join(a.Signers, "; ")},
	} {
		if row[1] != "" {
			fmt.Fprintf(tw, "%s:\t%s\n", row[0], row[1])
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, file := range a.Files {
		fmt.Fprintf(opts.IO.Out, "\nfile %s (%d bytes, %s)\n", file.Name, file.Size, file.ContentType)
		fmt.Fprintf(opts.IO.Out, "  sha256      %s\n  stored at   %s\n", file.SHA256, s.BlobPath(file.SHA256))
		if file.PDFSHA256 != "" && file.PDFSHA256 != file.SHA256 {
			fmt.Fprintf(opts.IO.Out, "  pdf sha256  %s\n  pdf at      %s\n", file.PDFSHA256, s.BlobPath(file.PDFSHA256))
		}
		if file.URL != "" {
			fmt.Fprintf(opts.IO.Out, "  url         %s\n", file.URL)
		}
		for _, sg := range file.Signers {
			who := sg.CommonName
			if who == "" {
				who = sg.Subject
			}
			fmt.Fprintf(opts.IO.Out, "  signed (%d)  %s %s\n", sg.Level, who, sg.SigningTime)
		}
		if file.PDFSHA256 == "" {
			continue
		}
		versions, err := s.ExtractionVersions(file.PDFSHA256)
		if err != nil {
			return err
		}
		fmt.Fprintf(opts.IO.Out, "  extracted   %s\n", strings.Join(versions, ", "))
		if f, err := s.Failure(file.PDFSHA256, extract.Version); err == nil {
			fmt.Fprintf(opts.IO.Out, "  failed      %s: %s\n", f.ExtractorVersion, f.Reason)
		}
	}
	return nil
}

// CorpusVerifyOptions are the inputs of `albo corpus verify`.
type CorpusVerifyOptions struct {
	IO          *cmdutil.IOStreams
	CorpusDir   string
	JSON        bool
	Adopt       bool // --adopt: record the act records as they are in a new manifest first
	Consistency bool // --consistency: compare the listing's word with the document's
}

// NewCmdCorpusVerify re-hashes every stored file and checks every record.
func NewCmdCorpusVerify(f *cmdutil.Factory, runF func(*CorpusVerifyOptions) error) *cobra.Command {
	opts := &CorpusVerifyOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "verify [--corpus DIR] [--adopt] [--consistency] [--json]",
		Short: "Check that every stored file and record is whole",
		Long: `Re-hash every stored file against its SHA-256 name, check that every record
parses and that every file a record names is stored, and that every act
record is the one albo last wrote (its digest is logged in acts.manifest):
an act record edited, added or deleted by hand is reported. Prints one line
on standard error per damaged, missing, corrupt or edited file and exits
with status 1 if there is any; removes the temporary files an interrupted
run left.

A corpus written by an albo without act manifests is reported as unproven;
--adopt records the act records as they are now, which vouches for them:
use it once after such an upgrade, or after editing records on purpose.

--consistency also compares, for every crawled act, what the Albo's
listing said (number, date, subject) with what the act's document says
(its extraction): one line per act that disagrees, and a count per field.`,
		Example: `  albo corpus verify --corpus ./albo-data
  albo corpus verify --consistency
  albo corpus verify --adopt
  albo corpus verify --json | jq '.problems[]'`,
		Args: cmdutil.UsageArgs(cobra.NoArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.CorpusDir = cmdutil.CorpusDir(opts.CorpusDir)
			if runF != nil {
				return runF(opts)
			}
			return corpusVerifyRun(cmd.Context(), opts)
		},
	}
	addCorpusFlag(cmd, &opts.CorpusDir)
	cmd.Flags().BoolVar(&opts.Adopt, "adopt", false, "record every act record as it is now in a new act manifest, then verify")
	cmd.Flags().BoolVar(&opts.Consistency, "consistency", false, "also compare the Albo listing's number, date and subject with the document's")
	cmd.Flags().BoolVar(&opts.JSON, "json", false, `print {"ok":BOOL,"problems":[{"kind","path","detail"}],"consistency":{…}}`)
	return cmd
}

func corpusVerifyRun(ctx context.Context, opts *CorpusVerifyOptions) error {
	// The writer's lock lets verify also clean up interrupted writes; while
	// a crawl holds it, verify still checks, read-only.
	s, err := corpus.OpenExisting(opts.CorpusDir)
	if errors.Is(err, corpus.ErrLocked) && !opts.Adopt {
		s, err = corpus.OpenReadOnly(opts.CorpusDir)
	}
	if err != nil {
		return err
	}
	defer s.Close()
	if opts.Adopt {
		n, err := s.AdoptActs(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintf(opts.IO.ErrOut, "corpus %s: %d act records adopted as they are\n", s.Dir(), n)
	}
	problems := []corpus.Problem{}
	for p := range s.Verify(ctx) {
		cmdutil.Reportf(opts.IO.ErrOut, "corpus verify: %s", p)
		problems = append(problems, p)
	}
	failures := len(problems)
	var consistency *consistencyReport
	if opts.Consistency {
		if consistency, err = checkConsistency(ctx, s, opts.IO); err != nil {
			return err
		}
		failures += consistency.Summary.Disagree + len(consistency.Errors)
	}
	if opts.JSON {
		out := struct {
			OK          bool               `json:"ok"`
			Problems    []corpus.Problem   `json:"problems"`
			Consistency *consistencyReport `json:"consistency,omitempty"`
		}{failures == 0, problems, consistency}
		if err := json.NewEncoder(opts.IO.Out).Encode(out); err != nil {
			return err
		}
	} else {
		if len(problems) == 0 {
			fmt.Fprintf(opts.IO.Out, "corpus %s: every file and record is whole\n", s.Dir())
		}
		if consistency != nil {
			fmt.Fprintln(opts.IO.Out, consistency.Summary.Line())
		}
	}
	if failures > 0 {
		return cmdutil.Failed(failures)
	}
	return nil
}
