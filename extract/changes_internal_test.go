package extract

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// TestParseChangesRealData: the real acts of other municipalities have no
// changes annex, and none of their bullets, lists or headings may pass for
// one.
func TestParseChangesRealData(t *testing.T) {
	realdataBytes(t, "SOURCES.md") // skips or fails when the folder is absent
	files, err := filepath.Glob(filepath.Join(realdataDir, "*", "*.pdf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no PDF in %s: %v", realdataDir, err)
	}
	for _, path := range files {
		rel, _ := filepath.Rel(realdataDir, path)
		data := realdataBytes(t, rel)
		doc, err := pdftext.Read(context.Background(), bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		if changes := ParseChanges(doc); len(changes) != 0 {
			t.Errorf("%s: %d changes, want none: first %+v", rel, len(changes), changes[0])
		}
	}
}

func TestTransferDirection(t *testing.T) {
	tests := []struct {
		sentence, kind, counterpart string
	}{
		{"Trasferita la responsabilità degli obiettivi elencati, alla Direzione Operativa, a seguito dell’istituzione:", ChangeTransferOut, "Direzione Operativa"},
		{"Trasferita la responsabilità degli obiettivi elencati alla Direzione X a seguito della sua costituzione:", ChangeTransferOut, "Direzione X"},
		{"Trasferita la responsabilità degli obiettivi elencati, dalla ex Direzione Y e istituzione nuovi obiettivi, a seguito", ChangeTransferIn, "ex Direzione Y"},
		{"Trasferita la responsabilità degli obiettivi elencati, dalla Direzione Z istituzione nuovi obiettivi", ChangeTransferIn, "Direzione Z"},
		{"Trasferita la responsabilità degli obiettivi elencati a Bilancio e Partecipate, Area Partecipate:", ChangeTransferOut, "Bilancio e Partecipate"},
		{"Trasferita la responsabilità degli obiettivi elencati, alla Direzione Servizi Civici, Partecipazione e Sport dalla ex Direzione W:", ChangeTransferOut, "Direzione Servizi Civici, Partecipazione e Sport"},
		{"Trasferita la responsabilità degli obiettivi elencati dal Settore Tributi, a seguito della riforma", ChangeTransferIn, "Settore Tributi"},
		{"Trasferita la responsabilità degli obiettivi elencati dalla Direzione Generale, a seguito della ricollocazione dell’Area nella Direzione V:", ChangeTransferIn, "Direzione Generale"},
		{"Trasferiti gli obiettivi elencati all’Area Tecnica:", ChangeTransferOut, "Area Tecnica"},
		{"Trasferita la responsabilità degli obiettivi elencati", ChangeTransferOut, ""},
	}
	for _, tt := range tests {
		kind, cp := transferDirection(tt.sentence)
		got := ""
		if cp != nil {
			got = *cp
		}
		if kind != tt.kind || got != tt.counterpart {
			t.Errorf("transferDirection(%q) = %s %q, want %s %q", tt.sentence, kind, got, tt.kind, tt.counterpart)
		}
	}
}

func TestPageRef(t *testing.T) {
	tests := []struct{ line, ref, directorate string }{
		{"All. 1 Pag. 11 – Direzione Generale", "11", "Direzione Generale"},
		{"All. 1 Pag 22 Direzione Demanio e Patrimonio", "22", "Direzione Demanio e Patrimonio"},
		{"All. 1 – Pag. 34 – Direzione Tecnica", "34", "Direzione Tecnica"},
		{"All 1. Pag. 23 – Direzione Economia Urbana e Lavoro", "23", "Direzione Economia Urbana e Lavoro"},
		{"All.1 Pag. 30 – Direzione Servizi Civici Partecipazione e Sport", "30", "Direzione Servizi Civici Partecipazione e Sport"},
		{"All. 1 Pag. 32 / 33 – Direzione Sistemi Informativi", "32/33", "Direzione Sistemi Informativi"},
		{"All. 1 pag 28 – Politiche Sociali", "28", "Politiche Sociali"},
		{"Allegato n. 2 pagina 4: Settore Ambiente", "4", "Settore Ambiente"},
		{"Allegato n. 1 parte integrante alla proposta di", "", ""},
		{"Alla Direzione Generale pag. 3", "", ""},
	}
	for _, tt := range tests {
		ref, dir, ok := parsePageRef(tt.line)
		if ref != tt.ref || dir != tt.directorate || ok != (tt.ref != "") {
			t.Errorf("%q: page %q directorate %q, want %q %q", tt.line, ref, dir, tt.ref, tt.directorate)
		}
	}
}

// linesDocument lays text out one line per row, indenting lines that start
// with spaces, as a PDF page would hold them.
func linesDocument(text string) *pdftext.File {
	page := pdftext.Page{Number: 1, Width: 595, Height: 842}
	y := 800.0
	for _, line := range strings.Split(text, "\n") {
		indent := len(line) - len(strings.TrimLeft(line, " "))
		page.Runs = append(page.Runs, pdftext.Run{X: 50 + 6*float64(indent), Y: y, W: 5 * float64(len(line)), Size: 10, Text: strings.TrimSpace(line)})
		y -= 12
	}
	return &pdftext.File{Pages: []pdftext.Page{page}}
}

func FuzzParseChanges(f *testing.F) {
	f.Add("Obiettivi aggiornati per adeguamento alle mutate priorità\nAll. 1 Pag. 3 – Direzione A\n• OD Uno\n   continua\n• OD Due")
	f.Add("Obiettivi di nuova istituzione e riallocati per adeguamento:\nAll. 1 Pag 4 Direzione B\nTrasferita la responsabilità degli obiettivi elencati dalla Direzione C:\n• OD Tre\nObiettivi di nuova istituzione\n• OD Quattro")
	f.Add("• OD senza sezione\nTrasferita alla\nAll. 1 – Pag. 5/6 –")
	f.Fuzz(func(t *testing.T, text string) {
		changes := ParseChanges(linesDocument(text))
		if changes == nil {
			t.Fatal("nil list")
		}
		for _, c := range changes {
			if c.Text == "" || c.Section == "" {
				t.Fatalf("record without text or section: %+v", c)
			}
			if (c.Reason != nil) != (c.Kind == ChangeTransferIn || c.Kind == ChangeTransferOut) {
				t.Fatalf("reason %v for kind %s", c.Reason, c.Kind)
			}
		}
	})
}
