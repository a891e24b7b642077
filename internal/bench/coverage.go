package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/openalbo/albo/extract"
)

// coverageHangGuard bounds the extraction of one document of the coverage
// folder: far above any real document's time, it turns a hang into a
// failure of that document alone.
const coverageHangGuard = 10 * time.Second

// benchCoverage reads every document of a folder of real Albo documents
// (../shared/realdata-corpus by default) and prints the coverage — the
// share of the documents whose role is "act" that have every header field
// (municipality, organ, kind, number, date, subject) — the roles found,
// and the time per document beside `pdftotext -layout` on the same files.
func benchCoverage(ctx context.Context, cfg *config, out *table) error {
	if _, err := os.Stat(cfg.coverageDir); err != nil {
		return fmt.Errorf("coverage folder: %w", err)
	}
	var files []string
	err := filepath.WalkDir(cfg.coverageDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && !strings.HasSuffix(path, ".md") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no document in %s", cfg.coverageDir)
	}
	roles := map[string]int{}
	acts, complete, refused := 0, 0, 0
	var total, slowest, popplerTotal time.Duration
	slowestFile := ""
	popplerDocs := 0
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		docCtx, cancel := context.WithTimeout(ctx, coverageHangGuard)
		start := time.Now()
		res, err := extract.Read(docCtx, path, data, extract.Options{})
		took := time.Since(start)
		cancel()
		total += took
		if took > slowest {
			slowest, slowestFile = took, path
		}
		if err != nil {
			if errors.Is(err, context.DeadlineExceeded) {
				return fmt.Errorf("%s: no result within %v", path, coverageHangGuard)
			}
			refused++
			continue
		}
		roles[res.DocumentRole]++
		if res.DocumentRole == extract.RoleAct {
			acts++
			if hasHeader(res.Act) {
				complete++
			}
		}
		start = time.Now()
		if _, err := timeCommands(ctx, 1, timedCommand{name: "pdftotext", args: []string{"-layout", path, "-"}}); err == nil {
			popplerTotal += time.Since(start)
			popplerDocs++
		}
	}
	folder := filepath.Base(cfg.coverageDir)
	out.row("coverage", fmt.Sprintf("acts with every header field, %s", folder),
		fmt.Sprintf("%d/%d (%.1f%%)", complete, acts, 100*float64(complete)/float64(max(acts, 1))), "",
		"goal ≥ 95%")
	out.row("coverage", fmt.Sprintf("roles of %d documents", len(files)), describeRoles(roles, refused), "", "")
	read := len(files)
	baseline := ""
	if popplerDocs > 0 {
		baseline = fmt.Sprintf("%.1f ms/document pdftotext -layout", float64(popplerTotal.Microseconds())/1000/float64(popplerDocs))
	}
	out.row("coverage", "time per document, mean",
		fmt.Sprintf("%.1f ms/document", float64(total.Microseconds())/1000/float64(read)), baseline, "")
	out.row("coverage", "time per document, max",
		fmt.Sprintf("%.1f ms", float64(slowest.Microseconds())/1000), "", filepath.Base(slowestFile))
	return nil
}

// hasHeader reports whether an act has every field that identifies it.
func hasHeader(a *extract.Act) bool {
	return a != nil && a.Municipality != "" && a.Organ != "" && a.Kind != "" &&
		a.Number != 0 && a.Date != "" && a.Subject != ""
}

// describeRoles lists the count of each role, most frequent first.
func describeRoles(roles map[string]int, refused int) string {
	names := make([]string, 0, len(roles))
	for r := range roles {
		names = append(names, r)
	}
	sort.Slice(names, func(i, j int) bool {
		return roles[names[i]] > roles[names[j]] || roles[names[i]] == roles[names[j]] && names[i] < names[j]
	})
	parts := make([]string, 0, len(names)+1)
	for _, r := range names {
		name := r
		if name == "" {
			name = "no text"
		}
		parts = append(parts, fmt.Sprintf("%s %d", name, roles[r]))
	}
	if refused > 0 {
		parts = append(parts, fmt.Sprintf("refused %d", refused))
	}
	return strings.Join(parts, ", ")
}
