package main

import (
	"context"
	"database/sql"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	_ "modernc.org/sqlite" // the peer: SQLite with FTS5, pure Go

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/index/indexbench"
)

// childFTS5Flag makes the bench binary the child that builds and queries
// the peer's index, SQLite FTS5, over the same objectives as albo's.
var childFTS5Flag = flag.String("child-fts5", "", "internal: build and query a SQLite FTS5 index of the synthetic objectives in this folder, print the report as JSON")

// ftsSchema is what a developer picking SQLite would write: one FTS5 table
// whose text is searched, with the fields albo stores beside it, filtered
// and grouped as columns. The tokenizer folds case and accents as albo's
// analyzer does; it does not stem.
const ftsSchema = `CREATE VIRTUAL TABLE objective USING fts5(
	text, id UNINDEXED, act_id UNINDEXED, organ UNINDEXED, number UNINDEXED, date UNINDEXED,
	directorate UNINDEXED, director UNINDEXED, year UNINDEXED, section UNINDEXED, page UNINDEXED,
	tokenize = 'unicode61 remove_diacritics 2')`

const ftsInsert = `INSERT INTO objective (text, id, act_id, organ, number, date, directorate, director, year, section, page)
	VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// ftsFacetColumns are the columns counted for albo's facets, with as many
// values as albo counts of each.
var ftsFacetColumns = map[string]struct {
	column string
	size   int
}{
	index.FacetDirectorate: {"directorate", 200},
	index.FacetYear:        {"year", 100},
	index.FacetAct:         {"act_id", 200},
}

// ftsMatches are the FTS5 queries put for albo's queries FTS5 cannot
// write: it has no typo tolerance, so its user types a prefix instead.
var ftsMatches = map[string]string{
	"fuzzy":        "memor*",
	"fuzzy common": "digitaliz*",
}

// ftsStatements is one albo request as the SQL a developer would send
// SQLite: the hit count, the page of hits by bm25 rank, and a GROUP BY
// per facet, all under the same conditions and arguments.
type ftsStatements struct {
	count  string
	page   string
	facets []string
	args   []any
}

// ftsRequest writes req as FTS5 SQL; match, when not empty, replaces the
// request's query.
func ftsRequest(req index.Request, match string) (ftsStatements, error) {
	if req.Type != "" || req.Offset != 0 || (req.Sort != "" && req.Sort != index.SortRelevance) {
		return ftsStatements{}, errors.New("fts5: only relevance-ranked first pages of objectives are translated")
	}
	if match == "" {
		match = req.Query
	}
	var st ftsStatements
	var where []string
	if strings.TrimSpace(match) != "" {
		where, st.args = append(where, "objective MATCH ?"), append(st.args, match)
	}
	for _, f := range []struct {
		column string
		value  any
		set    bool
	}{
		{"year", req.Year, req.Year != 0},
		{"directorate", req.Directorate, req.Directorate != ""},
		{"act_id", req.Act, req.Act != ""},
	} {
		if f.set {
			where, st.args = append(where, f.column+" = ?"), append(st.args, f.value)
		}
	}
	cond := ""
	if len(where) > 0 {
		cond = " WHERE " + strings.Join(where, " AND ")
	}
	limit := req.Limit
	if limit <= 0 {
		limit = index.DefaultLimit
	}
	order := ""
	if strings.TrimSpace(match) != "" {
		order = " ORDER BY rank"
	}
	st.count = "SELECT count(*) FROM objective" + cond
	st.page = fmt.Sprintf("SELECT id, act_id, directorate, year, text FROM objective%s%s LIMIT %d", cond, order, limit)
	for _, f := range req.Facets {
		c, ok := ftsFacetColumns[f]
		if !ok {
			return ftsStatements{}, fmt.Errorf("fts5: no column for facet %q", f)
		}
		st.facets = append(st.facets, fmt.Sprintf("SELECT %s, count(*) FROM objective%s GROUP BY %s ORDER BY 2 DESC LIMIT %d",
			c.column, cond, c.column, c.size))
	}
	return st, nil
}

// ftsReport is what the FTS5 child prints.
type ftsReport struct {
	Objectives int           `json:"objectives"`
	BuildTime  time.Duration `json:"build_time_ns"`
	BuildCPU   time.Duration `json:"build_cpu_ns"`
	PerSecond  float64       `json:"objectives_per_second"`
	DiskBytes  int64         `json:"disk_bytes"`
	Queries    []ftsLatency  `json:"queries"`
}

// ftsLatency is the latency of one of albo's queries put to FTS5.
type ftsLatency struct {
	Name  string        `json:"name"` // albo's name for it
	Match string        `json:"match"`
	Total int           `json:"total"`
	P50   time.Duration `json:"p50_ns"`
	P99   time.Duration `json:"p99_ns"`
}

// ftsChild builds the FTS5 index of n objectives in dir, in transactions
// of albo's batch size, and times every one of indexbench.Queries runs
// times.
func ftsChild(ctx context.Context, dir string, n, runs int) (*ftsReport, error) {
	v, err := indexbench.LoadVocabulary("testdata/gold")
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "objectives.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return nil, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, s := range []string{"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", ftsSchema} {
		if _, err := db.ExecContext(ctx, s); err != nil {
			return nil, fmt.Errorf("fts5 %q: %w", s, err)
		}
	}
	rep := &ftsReport{Objectives: n}
	start, startCPU := time.Now(), processCPU()
	if err := ftsLoad(ctx, db, v, n); err != nil {
		return nil, err
	}
	if _, err := db.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		return nil, err
	}
	rep.BuildTime, rep.BuildCPU = time.Since(start), processCPU()-startCPU
	rep.PerSecond = float64(n) / rep.BuildTime.Seconds()
	for _, suffix := range []string{"", "-wal"} {
		if info, err := os.Stat(path + suffix); err == nil {
			rep.DiskBytes += info.Size()
		}
	}
	for _, q := range indexbench.Queries {
		lat, err := ftsTime(ctx, db, q, runs)
		if err != nil {
			return nil, fmt.Errorf("fts5 query %s: %w", q.Name, err)
		}
		rep.Queries = append(rep.Queries, lat)
	}
	return rep, nil
}

// ftsLoad inserts n objectives, a transaction a batch.
func ftsLoad(ctx context.Context, db *sql.DB, v *indexbench.Vocabulary, n int) error {
	const batch = 10000 // as indexbench.Measure
	var tx *sql.Tx
	var insert *sql.Stmt
	inBatch := 0
	commit := func() error {
		if tx == nil {
			return nil
		}
		err := tx.Commit()
		tx, inBatch = nil, 0
		return err
	}
	for d := range v.Objectives(n, 1) {
		if tx == nil {
			var err error
			if tx, err = db.BeginTx(ctx, nil); err != nil {
				return err
			}
			if insert, err = tx.PrepareContext(ctx, ftsInsert); err != nil {
				tx.Rollback()
				return err
			}
		}
		if _, err := insert.ExecContext(ctx, d.Text, d.ID, d.ActID, d.Organ, d.Number, d.Date, d.Directorate, d.Director,
			d.Year, d.Section, d.Page); err != nil {
			tx.Rollback()
			return fmt.Errorf("fts5 insert %s: %w", d.ID, err)
		}
		if inBatch++; inBatch == batch {
			if err := commit(); err != nil {
				return err
			}
		}
	}
	return commit()
}

// ftsTime runs q's statements runs times and returns their latency, each
// run being all of a request's statements, one after the other.
func ftsTime(ctx context.Context, db *sql.DB, q indexbench.QueryLatency, runs int) (ftsLatency, error) {
	st, err := ftsRequest(q.Request, ftsMatches[q.Name])
	if err != nil {
		return ftsLatency{}, err
	}
	out := ftsLatency{Name: q.Name, Match: q.Request.Query}
	if m := ftsMatches[q.Name]; m != "" {
		out.Match = m
	}
	lat := make([]time.Duration, 0, runs)
	for range max(runs, 1) {
		t0 := time.Now()
		if err := db.QueryRowContext(ctx, st.count, st.args...).Scan(&out.Total); err != nil {
			return out, err
		}
		for _, s := range append([]string{st.page}, st.facets...) {
			if err := drain(ctx, db, s, st.args); err != nil {
				return out, err
			}
		}
		lat = append(lat, time.Since(t0))
	}
	slices.Sort(lat)
	out.P50, out.P99 = lat[len(lat)/2], lat[min(len(lat)-1, len(lat)*99/100)]
	return out, nil
}

// drain runs a query and reads every row, as a page or a facet is shown.
func drain(ctx context.Context, db *sql.DB, query string, args []any) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return err
	}
	values := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range values {
		ptrs[i] = &values[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
	}
	return rows.Err()
}

// processCPU is the processor time this process used so far.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
