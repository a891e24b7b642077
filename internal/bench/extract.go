package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"time"

	"github.com/openalbo/albo/extract"
)

// extractFiles are the documents timed: the real act, its reconstruction,
// and the same act printed by another producer (Chromium, CID fonts).
var extractFiles = []string{
	"testdata/delibera-2187-2019.pdf",
	"testdata/delibera-1098-2019.pdf",
	"extract/testdata/variant-chromium-2187.pdf",
}

// benchExtract times the structured extraction of each file against
// `pdftotext -layout` on the same file: both as whole commands (process
// start included on both sides), and albo's in-process time per page.
func benchExtract(ctx context.Context, cfg *config, out *table) error {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return fmt.Errorf("the baseline needs pdftotext (Debian: poppler-utils): %w", err)
	}
	for _, path := range extractFiles {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		res, err := extract.Read(ctx, path, data, extract.Options{})
		if err != nil {
			return err
		}
		pages := res.Source.Pages
		inProc, err := median(cfg.repeat, func() error {
			_, err := extract.Read(ctx, path, data, extract.Options{})
			return err
		})
		if err != nil {
			return err
		}
		albo, err := median(cfg.repeat, func() error { return quiet(ctx, cfg.albo, "extract", path) })
		if err != nil {
			return err
		}
		poppler, err := median(cfg.repeat, func() error { return quiet(ctx, "pdftotext", "-layout", path, "-") })
		if err != nil {
			return err
		}
		name := filepath.Base(path)
		out.row("extract", fmt.Sprintf("%s (%d pages), command", name, pages),
			perPage(albo, pages), perPage(poppler, pages)+" pdftotext -layout",
			fmt.Sprintf("%.2f× (goal ≤ 1.0×, bar ≤ 1.5×)", albo.Seconds()/poppler.Seconds()))
		out.row("extract", fmt.Sprintf("%s, in process", name), perPage(inProc, pages), "", "")
	}
	return nil
}

func perPage(d time.Duration, pages int) string {
	return fmt.Sprintf("%.2f ms/page", float64(d.Microseconds())/1000/float64(pages))
}

// median runs f n times and returns the median duration.
func median(n int, f func() error) (time.Duration, error) {
	times := make([]time.Duration, 0, n)
	for range n {
		start := time.Now()
		if err := f(); err != nil {
			return 0, err
		}
		times = append(times, time.Since(start))
	}
	slices.Sort(times)
	return times[len(times)/2], nil
}

// quiet runs a command, discarding its output, and says why it failed.
func quiet(ctx context.Context, name string, args ...string) error {
	cmd := exec.CommandContext(ctx, name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s %v: %w: %s", name, args, err, stderr.Bytes())
	}
	return nil
}
