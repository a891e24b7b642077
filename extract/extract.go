package extract

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/openalbo/albo/extract/cades"
	"github.com/openalbo/albo/extract/pdftext"
)

// Limits applied when Options leaves them zero.
const (
	// DefaultMaxBytes is the largest file Read accepts: real acts with
	// their annexes stay well under it.
	DefaultMaxBytes = 256 << 20
	// DefaultMaxPages is the most pages Read accepts in one document.
	DefaultMaxPages = 2000
)

// Options tune one extraction. The zero value is ready to use.
type Options struct {
	// OCR reads pages without a text layer with Tesseract, when installed;
	// without it such pages are listed in Source.PagesWithoutText with a
	// warning.
	OCR bool
	// MaxBytes and MaxPages refuse files larger than this (0: the
	// defaults; negative: no limit).
	MaxBytes int64
	MaxPages int
	// Timeout bounds the whole extraction of one document (0: only the
	// caller's context bounds it).
	Timeout time.Duration
}

// ErrDamaged is returned for a PDF or a signed envelope too damaged to
// read at all. A file that is damaged only in places is read, with a
// warning per damaged page in Source.Warnings.
var ErrDamaged = errors.New("damaged file")

// Errors Read returns, typed so that callers branch on them with errors.Is
// without reaching for the PDF layer: ErrTooLarge for a file beyond the
// limits of Options (bytes or pages), ErrNotPDF and ErrEncrypted for a
// file that pdftext.Read cannot read at all.
var (
	ErrTooLarge  = pdftext.ErrTooLarge
	ErrNotPDF    = pdftext.ErrNotPDF
	ErrEncrypted = pdftext.ErrEncrypted
)

// ReadFile reads the file at path and extracts it; see Read.
func ReadFile(ctx context.Context, path string, opts Options) (*Result, error) {
	data, err := LoadFile(path, opts.maxBytes())
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", path, err)
	}
	return Read(ctx, path, data, opts)
}

// LoadFile reads the whole file at path for Read, refusing what cannot be a
// document before reading a byte: a folder; a named pipe, device or socket,
// whose reading could block for ever or never end (/dev/zero); a file over
// maxBytes (ErrTooLarge; 0 or less: no limit). Its errors give the reason
// only: the caller names the file.
func LoadFile(path string, maxBytes int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	switch mode := info.Mode(); {
	case mode.IsDir():
		return nil, errors.New("is a directory")
	case !mode.IsRegular():
		return nil, fmt.Errorf("not a regular file (%s)", fileType(mode))
	case maxBytes > 0 && info.Size() > maxBytes:
		return nil, fmt.Errorf("%w: %d bytes, over the %d-byte limit", ErrTooLarge, info.Size(), maxBytes)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer f.Close()
	r := io.Reader(f)
	if maxBytes > 0 {
		// The file may have grown since Stat.
		r = io.LimitReader(f, maxBytes+1)
	}
	// Sized from Stat, the buffer is allocated once, not grown by doubling
	// to twice a large file's size (files in /proc say 0 and grow).
	var buf bytes.Buffer
	buf.Grow(int(info.Size()) + bytes.MinRead)
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, unwrapPathError(err)
	}
	if maxBytes > 0 && int64(buf.Len()) > maxBytes {
		return nil, fmt.Errorf("%w: over the %d-byte limit", ErrTooLarge, maxBytes)
	}
	return buf.Bytes(), nil
}

// fileType names the kind of a file that is not a regular one.
func fileType(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0, mode&fs.ModeCharDevice != 0:
		return "a device"
	}
	return mode.Type().String()
}

// unwrapPathError drops the *os.PathError's own "op path:" prefix, which
// would repeat the path the caller's message already names.
func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read extracts one document: data is a PDF or a signed envelope (.p7m)
// around one, whatever name says; name is used for Source.File (its base
// name) and in errors. It unwraps the envelope and records its signers,
// reads the positioned text, notes pages without text (reading them with
// OCR when asked), and parses the act, the plan and the changes annex.
//
// Errors say "extract NAME: reason" and are typed where a caller branches:
// a *KindError for content that is no document (an HTML page saved as
// .pdf), ErrNotPDF, ErrEncrypted, ErrDamaged, ErrTooLarge, and the
// context's error. A parser that fails does not fail the file: its part is
// left empty and Source.Warnings says why.
func Read(ctx context.Context, name string, data []byte, opts Options) (*Result, error) {
	if opts.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, opts.Timeout)
		defer cancel()
	}
	res, err := read(ctx, name, data, opts)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && opts.Timeout > 0 {
			err = &timeoutError{limit: opts.Timeout, err: err}
		}
		return nil, &readError{name: name, err: err}
	}
	return res, nil
}

// timeoutError is an extraction stopped by Options.Timeout; it says so
// without the context's own "context deadline exceeded".
type timeoutError struct {
	limit time.Duration
	err   error
}

func (e *timeoutError) Error() string { return fmt.Sprintf("timed out after %v", e.limit) }
func (e *timeoutError) Unwrap() error { return e.err }

// readError is Read's error, "extract NAME: reason", on one line of
// bounded length: a library's message may quote the file's own bytes,
// line breaks and all. The reason says each thing once even where a
// library's message repeats the kind our own error already gives (the PDF
// library's "encrypted PDF: invalid password" under ErrEncrypted).
type readError struct {
	name string
	err  error
}

// maxReason bounds the reason of a readError, in runes.
const maxReason = 400

func (e *readError) Error() string {
	parts := strings.Split(e.err.Error(), ": ")
	kept := parts[:1]
	for _, p := range parts[1:] {
		if p != kept[len(kept)-1] {
			kept = append(kept, p)
		}
	}
	reason := []rune(strings.Join(kept, ": "))
	if len(reason) > maxReason {
		reason = append(reason[:maxReason-1], '…')
	}
	return OneLine("extract " + e.name + ": " + string(reason))
}

// OneLine escapes the control characters of a message the way Go quotes
// them, so that it prints on one line whatever it quotes: a file's name
// with a line break, a library's message with a file's bytes. albo prints
// every failure through it.
func OneLine(s string) string {
	if !strings.ContainsFunc(s, unicode.IsControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func (e *readError) Unwrap() error { return e.err }

func read(ctx context.Context, name string, data []byte, opts Options) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if limit := opts.maxBytes(); limit > 0 && int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: %d bytes, over the %d-byte limit", ErrTooLarge, len(data), limit)
	}
	kind := Sniff(data)
	if err := kind.Err(); err != nil {
		return nil, err
	}
	src := Source{File: filepath.Base(name), SHA256: digest(data), Kind: string(kind.Format)}
	pdf := data
	if kind.Format == FormatEnvelope {
		inner, signers, err := cades.Unwrap(data)
		if err != nil {
			return nil, fmt.Errorf("%w: signed envelope: %w", ErrDamaged, err)
		}
		if innerKind := Sniff(inner); innerKind.Format != FormatPDF {
			return nil, fmt.Errorf("signed envelope holds %w", &KindError{Kind: innerKind})
		}
		pdf = inner
		src.PDFSHA256 = digest(inner)
		src.Signatures = signatures(signers)
	}
	file, err := pdftext.Read(ctx, bytes.NewReader(pdf), int64(len(pdf)), pdftext.WithMaxPages(opts.maxPages()))
	if err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, ctxErr
		}
		if errors.Is(err, ErrNotPDF) || errors.Is(err, ErrEncrypted) || errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %w", ErrDamaged, err)
	}
	src.Pages = len(file.Pages)
	src.Producer = file.Producer
	src.Warnings = append(src.Warnings, file.Warnings...)
	src.Warnings = append(src.Warnings, pageWarnings(file.Pages)...)
	if err := readTextlessPages(ctx, pdf, file, &src, opts.OCR); err != nil {
		return nil, err
	}
	res := &Result{Schema: SchemaVersion, Extractor: Version, Source: src, Changes: []Change{}}
	// The act's reader and the changes' read the same lines: laying out
	// a long document's lines is a tenth of reading it.
	lines := sync.OnceValue(func() actLines { return newActLines(file) })
	parse(&res.Source, "act", func() {
		res.Act, res.DocumentRole, res.Issuer = readAct(file, lines)
	})
	parse(&res.Source, "plan", func() {
		// Two layouts of plan: directorates on slides with year columns,
		// or Servizi with their RESPONSABILE and numbered objectives.
		if res.Plan = ParsePlan(file); res.Plan == nil {
			res.Plan = ParseServiziPlan(file)
		}
	})
	parse(&res.Source, "changes", func() {
		if changes := parseChanges(lines()); changes != nil {
			res.Changes = changes
		}
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return res, nil
}

// pageWarnings is one warning per distinct problem of the pages, naming
// the pages it struck: a damaged stretch of a file breaks every page in it
// the same way, which is one thing to tell, not one line per page.
func pageWarnings(pages []pdftext.Page) []string {
	var reasons []string
	struck := make(map[string][]int)
	for _, p := range pages {
		if p.Err == nil {
			continue
		}
		reason := p.Err.Error()
		if struck[reason] == nil {
			reasons = append(reasons, reason)
		}
		struck[reason] = append(struck[reason], p.Number)
	}
	warnings := make([]string, len(reasons))
	for i, reason := range reasons {
		warnings[i] = pageRanges(struck[reason]) + ": " + reason
	}
	return warnings
}

// pageRanges names ascending page numbers compactly: "page 3",
// "pages 3, 7", "pages 38-54, 60".
func pageRanges(nums []int) string {
	if len(nums) == 1 {
		return fmt.Sprintf("page %d", nums[0])
	}
	var parts []string
	for i := 0; i < len(nums); {
		j := i
		for j+1 < len(nums) && nums[j+1] == nums[j]+1 {
			j++
		}
		if j-i >= 2 {
			parts = append(parts, fmt.Sprintf("%d-%d", nums[i], nums[j]))
		} else {
			for _, n := range nums[i : j+1] {
				parts = append(parts, strconv.Itoa(n))
			}
		}
		i = j + 1
	}
	return "pages " + strings.Join(parts, ", ")
}

// parse runs one parser and turns a panic in it into a warning, so that a
// flaw met on one document costs that part of its record, not the file.
func parse(src *Source, part string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			src.Warnings = append(src.Warnings, fmt.Sprintf("%s: parser failed: %v", part, r))
		}
	}()
	f()
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes == 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

func (o Options) maxPages() int {
	if o.MaxPages == 0 {
		return DefaultMaxPages
	}
	return o.MaxPages
}

func digest(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// signatures records the envelope's signers, outermost first.
func signatures(signers []cades.Signer) []Signature {
	out := make([]Signature, 0, len(signers))
	for _, s := range signers {
		sig := Signature{Level: s.Level, Subject: s.Subject, CommonName: s.CommonName, Issuer: s.Issuer, Serial: s.Serial, Intact: s.Intact}
		if !s.SigningTime.IsZero() {
			sig.SigningTime = s.SigningTime.UTC().Format(time.RFC3339)
		}
		out = append(out, sig)
	}
	return out
}
