package web

import (
	"io"
	"net/http"
	"net/url"
)

// csvParam reads ?format=: empty or "json" for JSON, "csv" for CSV.
func csvParam(q url.Values) (bool, error) {
	switch q.Get("format") {
	case "", "json":
		return false, nil
	case "csv":
		return true, nil
	}
	return false, badRequestf("formato %q sconosciuto: usare json o csv", q.Get("format"))
}

// writeCSV answers a CSV download named name.csv, written into a buffer
// first so that a failure never sends half a file with a 200 status.
func writeCSV(w http.ResponseWriter, name string, write func(io.Writer) error) {
	buf := getBuffer()
	defer putBuffer(buf)
	if err := write(buf); err != nil {
		http.Error(w, "errore interno", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	w.WriteHeader(http.StatusOK)
	_, _ = buf.WriteTo(w)
}
