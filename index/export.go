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
		w.Write([]string{t.Text, t.From, t.To, t.Act.ID, t.Act.Date, t.Evidence, strconv.FormatBool(t.Paired),
			t.Lineage, fromAct, t.Reason, strings.Join(years, " "), itoaOrEmpty(t.Year)})
	}
	w.Flush()
	return w.Error()
}

func itoaOrEmpty(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}
