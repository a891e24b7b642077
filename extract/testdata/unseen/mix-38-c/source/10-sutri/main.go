// Comune di Sutri - Allegato A (piano delle alienazioni e valorizzazioni), laid out like an Excel sheet print; made with signintech/gopdf
package main

import (
	"os"

	"github.com/signintech/gopdf"
)

const lib = "/usr/share/fonts/truetype/crosextra/"

func main() {
	pdf := gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: gopdf.Rect{W: 841.89, H: 595.28}}) // A4 landscape
	pdf.SetInfo(gopdf.PdfInfo{Title: "Allegato A - Piano alienazioni 2026-2028", Author: "Ufficio Patrimonio", Creator: "Microsoft Excel (imitazione) - gopdf"})
	must(pdf.AddTTFFont("calibri", lib+"Carlito-Regular.ttf"))
	must(pdf.AddTTFFont("calibrib", lib+"Carlito-Bold.ttf"))
	pdf.AddPage()
	left := 36.0
	text := func(font string, size float64, x, y float64, s string) {
		must(pdf.SetFont(font, "", size))
		pdf.SetXY(x, y)
		must(pdf.Cell(nil, s))
	}
	text("calibrib", 14, left, 34, "COMUNE DI SUTRI")
	text("calibri", 10, left, 52, "Provincia di Viterbo – Area Tecnica – Servizio Patrimonio")
	text("calibrib", 11, 560, 34, "ALLEGATO A")
	text("calibri", 9.5, 560, 50, "alla deliberazione del Consiglio Comunale n. 12 del 20/04/2026")
	text("calibrib", 12, left, 80, "PIANO DELLE ALIENAZIONI E VALORIZZAZIONI IMMOBILIARI – TRIENNIO 2026/2028 (art. 58 D.L. 112/2008)")

	cols := []float64{26, 170, 110, 40, 52, 48, 130, 110, 60}
	hdr := []string{"N.", "Descrizione immobile", "Località", "Foglio", "Particella", "Sup. (mq)", "Destinazione / intervento", "Valore stimato (€)", "Anno"}
	rows := [][]string{
		{"1", "Ex scuola elementare rurale", "Loc. Monte Calvo", "12", "148", "410", "Alienazione", "185.000,00", "2026"},
		{"2", "Terreno agricolo", "Loc. Fontevivola", "7", "55", "8.350", "Alienazione", "41.750,00", "2026"},
		{"3", "Reliquato stradale", "Via Cassia km 49", "21", "612", "186", "Alienazione a frontisti", "5.580,00", "2026"},
		{"4", "Locale commerciale piano terra", "Piazza del Comune", "18", "302 sub 4", "74", "Concessione in locazione", "9.600,00 (canone annuo)", "2026"},
		{"5", "Ex mattatoio comunale", "Via Vecchia di Capranica", "19", "88", "620", "Valorizzazione (concessione)", "240.000,00", "2027"},
		{"6", "Area edificabile PEEP", "Loc. Colle Diana", "24", "901", "1.240", "Alienazione", "96.000,00", "2027"},
		{"7", "Fabbricato rurale diruto", "Loc. Pozzo di Sutri", "5", "31", "95", "Alienazione", "18.500,00", "2028"},
		{"8", "Terreno boscato", "Loc. Macchia di Sutri", "3", "14", "21.600", "Concessione uso", "12.960,00", "2028"},
	}
	y := 100.0
	rowH := 20.0
	drawRow := func(vals []string, bold bool, fill bool) {
		x := left
		for i, w := range cols {
			if fill {
				pdf.SetFillColor(217, 225, 242)
				pdf.RectFromUpperLeftWithStyle(x, y, w, rowH, "F")
				pdf.SetFillColor(0, 0, 0)
			}
			pdf.SetTextColor(0, 0, 0)
			pdf.SetStrokeColor(120, 120, 120)
			pdf.SetLineWidth(0.5)
			pdf.RectFromUpperLeftWithStyle(x, y, w, rowH, "D")
			f := "calibri"
			if bold {
				f = "calibrib"
			}
			must(pdf.SetFont(f, "", 9))
			pdf.SetXY(x+3, y+6)
			must(pdf.CellWithOption(&gopdf.Rect{W: w - 6, H: 10}, vals[i], gopdf.CellOption{Align: alignFor(i)}))
			x += w
		}
		y += rowH
	}
	drawRow(hdr, true, true)
	for _, r := range rows {
		drawRow(r, false, false)
	}
	// total row
	x := left
	for i := 0; i < 7; i++ {
		x += cols[i]
	}
	pdf.SetXY(left+3, y+6)
	must(pdf.SetFont("calibrib", "", 9))
	must(pdf.Cell(nil, "TOTALE VALORE STIMATO ALIENAZIONI (esclusi canoni)"))
	pdf.RectFromUpperLeftWithStyle(x, y, cols[7], rowH, "D")
	pdf.SetXY(x+3, y+6)
	must(pdf.CellWithOption(&gopdf.Rect{W: cols[7] - 6, H: 10}, "346.830,00", gopdf.CellOption{Align: gopdf.Right}))
	y += rowH + 14
	text("calibri", 8.5, left, y, "Note: i valori sono stimati dall’Ufficio Patrimonio sulla base dei valori OMI del II semestre 2025; gli immobili sono classificati nel patrimonio disponibile ai sensi dell’art. 58, comma 2, del D.L. 112/2008.")
	text("calibri", 8.5, left, y+12, "L’inserimento nel piano ne determina la conseguente classificazione come patrimonio disponibile e ha effetto dichiarativo della proprietà.")
	text("calibri", 9.5, 560, y+40, "Il Responsabile dell’Area Tecnica")
	text("calibri", 9.5, 560, y+54, "Ing. Valerio Santori")
	// Excel-like footer: sheet name and page
	text("calibri", 8, left, 570, "Piano_alienazioni_2026")
	text("calibri", 8, 390, 570, "Pagina 1")
	must(pdf.WritePdf(os.Args[1]))
}

func alignFor(i int) int {
	switch i {
	case 0, 3, 4, 8:
		return gopdf.Center
	case 5, 7:
		return gopdf.Right
	}
	return gopdf.Left
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}
