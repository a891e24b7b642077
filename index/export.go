package index

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// transferCSVHeader names the columns of WriteTransfersCSV.
var transferCSVHeader = []string{"text", "from", "to", "act", "act_date", "evidence", "paired", "lineage", "from_act", "reason", "years", "year"}

// WriteTransfersCSV writes one row per transfer: the moves of
// Transfers.Transfers (years lists every year column, year is empty) or
// the rows of Transfers.ByYear (year is the row's column).
func WriteTransfersCSV(out io.Writer, ts []Transfer) error {
	w := csv.NewWriter(out)
	w.Write(transferCSVHeader)
	for _, t := range ts {
		fromAct := ""
		if t.FromAct != nil {
			fromAct = t.FromAct.ID
		}
		years := make([]string, len(t.Years))
		for i, y := range t.Years {
			years[i] = strconv.Itoa(y.Year)
		}
		w.Write(inertCells(t.Text, t.From, t.To, t.Act.ID, t.Act.Date, t.Evidence, strconv.FormatBool(t.Paired),
			t.Lineage, fromAct, t.Reason, strings.Join(years, " "), itoaOrEmpty(t.Year)))
	}
	w.Flush()
	return w.Error()
}

// inertCells keeps the cells from being read as formulas by a spreadsheet
// (document text is hostile input): a cell that begins with = + - @ or a
// control character gets a leading apostrophe, which spreadsheets hide.
func inertCells(cells ...string) []string {
	for i, c := range cells {
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			cells[i] = "'" + c
		}
	}
	return cells
}

func itoaOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// hitCSVHeader names the columns of WriteHitsCSV.
var hitCSVHeader = []string{"id", "type", "act", "act_date", "organ", "number", "directorate", "director", "year", "section", "kind", "text", "page", "lineage", "revisions", "years"}

// WriteHitsCSV writes one row per hit: where it comes from, its text, and
// for a grouped search the revisions and year columns it stands for.
func WriteHitsCSV(out io.Writer, hits []Hit) error {
	w := csv.NewWriter(out)
	w.Write(hitCSVHeader)
	for _, h := range hits {
		revs := make([]string, len(h.Revisions))
		for i, a := range h.Revisions {
			revs[i] = a.ID
		}
		years := make([]string, len(h.Years))
		for i, y := range h.Years {
			years[i] = strconv.Itoa(y)
		}
		w.Write(inertCells(h.ID, h.Type, h.Act.ID, h.Act.Date, h.Act.Organ, itoaOrEmpty(h.Act.Number), h.Directorate, h.Director,
			itoaOrEmpty(h.Year), h.Section, h.Kind, h.Text, itoaOrEmpty(h.Page), h.Lineage, strings.Join(revs, " "), strings.Join(years, " ")))
	}
	w.Flush()
	return w.Error()
}
