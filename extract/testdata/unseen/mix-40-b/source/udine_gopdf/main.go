// Comune di Udine - certificato di pubblicazione printed by the Albo module of a Go web service (signintech/gopdf)
package main

import (
	"log"
	"os"
	"strings"

	"github.com/signintech/gopdf"
)

const F = "/usr/share/fonts/truetype/liberation/"

func main() {
	pdf := gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	pdf.SetInfo(gopdf.PdfInfo{Title: "Certificato di pubblicazione 1734/2026", Author: "Comune di Udine", Producer: "gopdf"})
	for n, f := range map[string]string{"r": "LiberationSans-Regular.ttf", "b": "LiberationSans-Bold.ttf", "i": "LiberationSans-Italic.ttf"} {
		if err := pdf.AddTTFFont(n, F+f); err != nil {
			log.Fatal(err)
		}
	}
	pdf.AddPage()
	set := func(f string, s float64) { pdf.SetFont(f, "", s) }
	text := func(x, y float64, s string) { pdf.SetXY(x, y); pdf.Text(s) }
	split := func(s string, w float64) []string {
		var out []string
		cur := ""
		for _, word := range strings.Fields(s) {
			try := word
			if cur != "" {
				try = cur + " " + word
			}
			if tw, _ := pdf.MeasureTextWidth(try); tw > w && cur != "" {
				out = append(out, cur)
				cur = word
			} else {
				cur = try
			}
		}
		return append(out, cur)
	}
	wrap := func(x, y, w, lh float64, s string) float64 {
		lines := split(s, w)
		for _, l := range lines {
			text(x, y, l)
			y += lh
		}
		return y
	}
	// letterhead
	pdf.SetLineWidth(0.8)
	pdf.RectFromUpperLeftWithStyle(50, 40, 44, 54, "D")
	set("i", 6)
	text(56, 70, "[stemma]")
	set("b", 18)
	text(106, 62, "Comune di Udine")
	set("r", 9)
	text(106, 77, "Dipartimento Servizi Generali - Servizio Segreteria Generale e Albo Pretorio")
	text(106, 89, "Via Lionello, 1 - 33100 Udine")
	pdf.SetLineWidth(0.5)
	pdf.Line(50, 104, 545, 104)
	set("b", 14)
	text(160, 140, "CERTIFICATO DI PUBBLICAZIONE")
	set("r", 9)
	text(210, 154, "(art. 1, commi 15 e 19, L.R. 11 dicembre 2003, n. 21)")
	// grid
	type row struct{ l, v string }
	rows := []row{
		{"Tipo atto", "Deliberazione della Giunta Comunale"},
		{"Numero", "112"},
		{"Data adozione", "03/03/2026"},
		{"N. registro Albo", "1734/2026"},
		{"Periodo di pubblicazione", "dal 05/03/2026 al 19/03/2026"},
	}
	y := 178.0
	for _, r := range rows {
		pdf.SetFillColor(236, 236, 236)
		pdf.RectFromUpperLeftWithStyle(50, y, 150, 22, "FD")
		pdf.RectFromUpperLeftWithStyle(200, y, 345, 22, "D")
		pdf.SetFillColor(0, 0, 0)
		pdf.SetTextColor(0, 0, 0)
		set("b", 9.5)
		text(56, y+15, r.l)
		set("r", 10)
		text(206, y+15, r.v)
		y += 22
	}
	subj := "Servizio di trasporto scolastico per gli alunni delle scuole primarie e secondarie di primo grado - Indirizzi per l'affidamento per gli anni scolastici 2026/2027 e 2027/2028."
	set("r", 10)
	lines := split(subj, 333)
	h := float64(len(lines))*13 + 10
	pdf.SetFillColor(236, 236, 236)
	pdf.RectFromUpperLeftWithStyle(50, y, 150, h, "FD")
	pdf.RectFromUpperLeftWithStyle(200, y, 345, h, "D")
	pdf.SetFillColor(0, 0, 0)
	pdf.SetTextColor(0, 0, 0)
	set("b", 9.5)
	text(56, y+15, "Oggetto")
	set("r", 10)
	wrap(206, y+15, 333, 13, subj)
	y += h + 30
	set("r", 10.5)
	y = wrap(50, y, 495, 15, "Si certifica che la deliberazione sopra indicata è stata pubblicata all'Albo pretorio on line del Comune di Udine per quindici giorni consecutivi, dal 05/03/2026 al 19/03/2026, ai sensi dell'art. 1, comma 15, della L.R. 21/2003, e che contro di essa non sono pervenute opposizioni.")
	y = wrap(50, y+6, 495, 15, "La deliberazione, dichiarata immediatamente eseguibile, è divenuta esecutiva il 03/03/2026 ai sensi dell'art. 1, comma 19, della L.R. 21/2003.")
	y += 24
	text(50, y, "Udine, 20/03/2026")
	set("b", 10)
	text(330, y+30, "IL RESPONSABILE DEL SERVIZIO")
	set("r", 10)
	text(350, y+45, "dott.ssa Marina Zanutto")
	set("i", 8)
	text(340, y+58, "(firmato digitalmente)")
	// footer
	pdf.Line(50, 790, 545, 790)
	set("i", 7.5)
	text(50, 802, "Documento informatico sottoscritto con firma digitale ai sensi dell'art. 21 del D.Lgs. 82/2005. Id. documento ALB-2026-0001734-CERT")
	set("r", 8)
	text(500, 815, "Pag. 1 di 1")
	if err := pdf.WritePdf(os.Args[1]); err != nil {
		log.Fatal(err)
	}
}
