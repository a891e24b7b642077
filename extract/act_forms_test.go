package extract

import (
	"slices"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// TestFillFormBlanks: the values typed over a form's blanks go into them,
// whether the PDF's text puts them on a line above the form's or at the
// end of the form's own line; a line above that is not over blanks stays
// a line of its own.
func TestFillFormBlanks(t *testing.T) {
	// run is a run at x on baseline y, 5 points a character.
	run := func(x, y float64, text string) pdftext.Run {
		return pdftext.Run{X: x, Y: y, W: 5 * float64(len([]rune(text))), Size: 10, Text: text}
	}
	form := run(60, 500, "n. __________ del ______________")
	tests := []linesCase{
		{"values on a line above", []pdftext.Line{
			pdftext.NewLine(1, []pdftext.Run{run(90, 504, "29"), run(160, 504, "05/03/2026")}),
			pdftext.NewLine(1, []pdftext.Run{form}),
		}, []string{"n. 29 del 05/03/2026"}},
		{"values drawn on the form's own line", []pdftext.Line{
			pdftext.NewLine(1, []pdftext.Run{form, run(90, 500, "29"), run(160, 500, "05/03/2026")}),
		}, []string{"n. 29 del 05/03/2026"}},
		{"a line above over no blank", []pdftext.Line{
			pdftext.NewLine(1, []pdftext.Run{run(90, 504, "29"), run(400, 504, "Visto")}),
			pdftext.NewLine(1, []pdftext.Run{form}),
		}, []string{"29 Visto", "n. __________ del ______________"}},
		{"a line a pitch above", []pdftext.Line{
			pdftext.NewLine(1, []pdftext.Run{run(90, 514, "29")}),
			pdftext.NewLine(1, []pdftext.Run{form}),
		}, []string{"29", "n. __________ del ______________"}},
		{"a blank run of its own between words", []pdftext.Line{
			pdftext.NewLine(1, []pdftext.Run{run(130, 504, "deliberazione")}),
			pdftext.NewLine(1, []pdftext.Run{run(60, 500, "che copia della"), run(135, 500, "__________________"), run(225, 500, "del Consiglio")}),
		}, []string{"che copia della deliberazione del Consiglio"}},
		{"a rule of its own under a subject's line", []pdftext.Line{
			pdftext.NewLine(1, []pdftext.Run{run(66, 503, "MERCATO DELLE GAITE 2026")}),
			pdftext.NewLine(1, []pdftext.Run{run(60, 500, "______________________________")}),
		}, []string{"MERCATO DELLE GAITE 2026"}},
	}
	checkLines(t, tests, fillFormBlanks)
}

// TestFormBlanksInHeader: the values typed a little above a form's
// blanks are read where they stand in the header ("N. ____ / 2026" with
// "11" over it) and in its place and date ("Caldogno, lì ____").
func TestFormBlanksInHeader(t *testing.T) {
	doc := textDocument("COMUNE DI CALDOGNO\nUFFICIO DELLO STATO CIVILE\n                                       11\n                                   N. __________ / 2026\n        PUBBLICAZIONE DI MATRIMONIO\nL'Ufficiale dello Stato Civile del Comune di Caldogno rende noto che:\n              12/05/2026\nCaldogno, lì ____________\n")
	// Typed 4 points over the blank's baseline, not a line's pitch.
	for i, r := range doc.Pages[0].Runs {
		if r.Text == "11" || r.Text == "12/05/2026" {
			doc.Pages[0].Runs[i].Y -= 10
		}
	}
	a := ParseAct(doc)
	if a == nil || a.Number != 11 || a.Date != "2026-05-12" {
		t.Errorf("got %+v, want n. 11 of 2026-05-12", a)
	}
}

// TestCentredValues: a grid's label that wraps over two lines, with its
// row's values centred between them, is put on the values' line; a
// column of headings beside a column of registers, interleaved by
// baseline, is not.
func TestCentredValues(t *testing.T) {
	run, line := sizedRun, oneLine
	tests := []linesCase{
		{"a wrapped label", []pdftext.Line{
			line(run(62, 510, 9, "Numero registro")),
			line(run(194, 505, 9, "96"), run(306, 505, 9, "Numero di settore"), run(437, 505, 9, "18")),
			line(run(62, 499, 9, "generale")),
		}, []string{"Numero registro generale 96 Numero di settore 18"}},
		{"values in larger type than the label", []pdftext.Line{
			line(run(63, 698, 9, "DELIBERAZIONE")),
			line(run(156, 691, 12, "58"), run(241, 691, 12, "DATA SEDUTA"), run(326, 691, 12, "12/03/2026")),
			line(run(63, 687, 9, "N.")),
		}, []string{"DELIBERAZIONE N. 58 DATA SEDUTA 12/03/2026"}},
		{"headings beside registers", []pdftext.Line{
			line(run(57, 719, 12, "DETERMINAZIONE DIRIGENZIALE")),
			line(run(380, 710, 9, "N. 1187 del 10/12/2025")),
			line(run(57, 704, 10.5, "AREA SERVIZI ALLA PERSONA")),
		}, []string{"DETERMINAZIONE DIRIGENZIALE", "N. 1187 del 10/12/2025", "AREA SERVIZI ALLA PERSONA"}},
		{"a label over a line of words", []pdftext.Line{
			line(run(62, 510, 9, "Settore")),
			line(run(194, 505, 9, "Lavori pubblici")),
			line(run(62, 499, 9, "Servizio")),
		}, []string{"Settore", "Lavori pubblici", "Servizio"}},
	}
	checkLines(t, tests, centredValues)
}

// TestRaisedLabels: a grid's labels, set in smaller type a little above
// their values' baseline, are put on the values' line; a stamp beside a
// heading, and a label over a value, are not.
func TestRaisedLabels(t *testing.T) {
	run, line := sizedRun, oneLine
	tests := []linesCase{
		{"labels beside their values", []pdftext.Line{
			line(run(54, 645, 7.5, "NUMERO"), run(323, 645, 7.5, "DEL")),
			line(run(194, 642, 10, "31"), run(420, 642, 10, "26/02/2026")),
		}, []string{"NUMERO 31 DEL 26/02/2026"}},
		{"a stamp beside a heading", []pdftext.Line{
			line(run(465, 779, 10, "ORIGINALE")),
			line(run(143, 774, 17, "COMUNE DI MONTEBELLUNA")),
		}, []string{"ORIGINALE", "COMUNE DI MONTEBELLUNA"}},
		{"a label over its value", []pdftext.Line{
			line(run(54, 645, 7.5, "NUMERO")),
			line(run(56, 642, 10, "31")),
		}, []string{"NUMERO", "31"}},
	}
	checkLines(t, tests, raisedLabels)
}

// TestLabelsOverValues: a grid's row of labels, each centred over its
// column, over a row of values at its columns' left edges, is read label
// by value; a grid whose values stand under their labels is left to the
// header's columns, and a roll's heading over names is no grid of values.
func TestLabelsOverValues(t *testing.T) {
	run, line := sizedRun, oneLine
	tests := []linesCase{
		{"labels centred over values at the columns' left edges", []pdftext.Line{
			line(run(80, 704, 7.5, "Reg. Gen. N."), run(190, 704, 7.5, "Data"), run(263, 704, 7.5, "N. Settore")),
			line(run(58, 689, 7.5, "64"), run(160, 689, 7.5, "05/03/2026"), run(245, 689, 7.5, "11")),
		}, []string{"Reg. Gen. N. 64 Data 05/03/2026 N. Settore 11"}},
		{"each value under its label", []pdftext.Line{
			line(run(50, 704, 7.5, "Numero"), run(200, 704, 7.5, "Data"), run(350, 704, 7.5, "Ora")),
			line(run(50, 689, 7.5, "11"), run(200, 689, 7.5, "12/02/2026"), run(350, 689, 7.5, "20:15")),
		}, []string{"Numero Data Ora", "11 12/02/2026 20:15"}},
		{"a roll's heading over a member", []pdftext.Line{
			line(run(80, 704, 7.5, "Cognome e nome"), run(250, 704, 7.5, "Carica"), run(400, 704, 7.5, "Presente")),
			line(run(58, 689, 7.5, "Rossi Mario"), run(230, 689, 7.5, "Sindaco"), run(390, 689, 7.5, "X")),
		}, []string{"Cognome e nome Carica Presente", "Rossi Mario Sindaco X"}},
	}
	checkLines(t, tests, labelsOverValues)
}

// linesCase is the lines a reader of a page's lines is given, and the
// texts of the lines it should return.
type linesCase struct {
	name  string
	lines []pdftext.Line
	want  []string
}

// checkLines reads each case's lines with read and compares the texts of
// the lines it returns.
func checkLines(t *testing.T, tests []linesCase, read func([]pdftext.Line) []pdftext.Line) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range read(tt.lines) {
				got = append(got, l.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("lines %q, want %q", got, tt.want)
			}
		})
	}
}

// sizedRun is a run at x on baseline y in type of size points, half an em
// a character.
func sizedRun(x, y, size float64, text string) pdftext.Run {
	return pdftext.Run{X: x, Y: y, W: size / 2 * float64(len([]rune(text))), Size: size, Text: text}
}

// oneLine is runs as a line of page 1.
func oneLine(runs ...pdftext.Run) pdftext.Line { return pdftext.NewLine(1, runs) }
