// Decreto del Presidente n. 6/2026, Unione dei Comuni del Distretto Ceramico (MO).
// A hand-rolled Go PDF writer in the manner of a small software house's "Ceramico Atti" module: every glyph
// is placed on its own with a Tm + Tj pair (justified lines are obtained by moving glyphs, not by Tw),
// base-14 Helvetica with WinAnsiEncoding. Usage: go run . OUT.pdf
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

var enc = map[rune]byte{'€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97}

func toWin(s string) []byte {
	var b []byte
	for _, r := range s {
		if c, ok := enc[r]; ok {
			b = append(b, c)
		} else if r < 256 {
			b = append(b, byte(r))
		} else {
			b = append(b, '?')
		}
	}
	return b
}

type page struct{ buf bytes.Buffer }

func width(s []byte, bold bool, size float64) float64 {
	t := 0
	for _, c := range s {
		if bold {
			t += wHelvB[c]
		} else {
			t += wHelv[c]
		}
	}
	return float64(t) * size / 1000
}

// glyphs draws one line glyph by glyph; extra is distributed over the spaces (justification)
func (p *page) glyphs(x, y float64, s []byte, bold bool, size, extra float64) {
	font := "F1"
	if bold {
		font = "F2"
	}
	ns := bytes.Count(s, []byte{' '})
	add := 0.0
	if ns > 0 {
		add = extra / float64(ns)
	}
	fmt.Fprintf(&p.buf, "BT /%s %.1f Tf\n", font, size)
	for _, c := range s {
		if c != ' ' {
			esc := string([]byte{c})
			if c == '(' || c == ')' || c == '\\' {
				esc = "\\" + esc
			}
			fmt.Fprintf(&p.buf, "1 0 0 1 %.2f %.2f Tm (%s) Tj\n", x, y, esc)
		}
		w := 0
		if bold {
			w = wHelvB[c]
		} else {
			w = wHelv[c]
		}
		x += float64(w) * size / 1000
		if c == ' ' {
			x += add
		}
	}
	p.buf.WriteString("ET\n")
}

func (p *page) centred(y float64, s string, bold bool, size float64) {
	b := toWin(s)
	p.glyphs((595.28-width(b, bold, size))/2, y, b, bold, size, 0)
}

// para wraps and justifies a paragraph; returns the new y
func (p *page) para(x, y, w float64, s string, bold bool, size, lead float64, indent float64) float64 {
	words := strings.Fields(s)
	var line []string
	flush := func(last bool) {
		b := toWin(strings.Join(line, " "))
		extra := 0.0
		if !last {
			extra = w - indent - width(b, bold, size)
		}
		p.glyphs(x+indent, y, b, bold, size, extra)
		y -= lead
		line = nil
	}
	for _, wd := range words {
		cand := toWin(strings.Join(append(line, wd), " "))
		if len(line) > 0 && width(cand, bold, size) > w-indent {
			flush(false)
		}
		line = append(line, wd)
	}
	if len(line) > 0 {
		flush(true)
	}
	return y
}

func main() {
	p := &page{}
	L, W := 62.0, 471.0
	// letterhead: three-tile logo, name, members
	p.buf.WriteString("0.60 0.20 0.10 rg 62 770 14 14 re f 0.85 0.55 0.25 rg 78 770 14 14 re f 0.35 0.35 0.35 rg 62 754 30 14 re f 0 g\n")
	p.glyphs(100, 772, toWin("UNIONE DEI COMUNI DEL DISTRETTO CERAMICO"), true, 14, 0)
	p.glyphs(100, 758, toWin("Fiorano Modenese – Formigine – Frassinoro – Maranello – Montefiorino – Palagano – Prignano s/S – Sassuolo"), false, 7.5, 0)
	p.glyphs(100, 748, toWin("Sede legale: Via Adda, 50/O – 41049 Sassuolo (MO) – C.F. 93034880368"), false, 7.5, 0)
	p.buf.WriteString("0.6 w 62 738 m 533 738 l S\n")
	p.centred(708, "DECRETO DEL PRESIDENTE", true, 13)
	p.centred(692, "N. 6 DEL 08/05/2026", true, 11)
	y := 666.0
	p.glyphs(L, y, toWin("OGGETTO:"), true, 10, 0)
	y = p.para(L+58, y, W-58, "NOMINA DEL RESPONSABILE DELLA PREVENZIONE DELLA CORRUZIONE E DELLA TRASPARENZA DELL'UNIONE DEI COMUNI DEL DISTRETTO CERAMICO PER IL TRIENNIO 2026–2028.", true, 10, 13, 0)
	y -= 8
	p.centred(y, "IL PRESIDENTE", true, 10.5)
	y -= 20
	prem := []string{
		"Vista la legge 6 novembre 2012, n. 190, recante disposizioni per la prevenzione e la repressione della corruzione e dell'illegalità nella pubblica amministrazione, e in particolare l'art. 1, comma 7, che prevede che l'organo di indirizzo individui il Responsabile della prevenzione della corruzione e della trasparenza (RPCT);",
		"Visto il D.Lgs. 14 marzo 2013, n. 33, come modificato dal D.Lgs. 25 maggio 2016, n. 97;",
		"Visto lo Statuto dell'Unione e in particolare l'art. 24, che attribuisce al Presidente la nomina dei responsabili degli uffici e dei servizi;",
		"Richiamato il proprio decreto n. 2 del 15/01/2026, con il quale è stato conferito al dott. Gregorio Amidei l'incarico di Segretario dell'Unione;",
		"Ritenuto di individuare quale RPCT il Segretario dell'Unione, in coerenza con le indicazioni del Piano Nazionale Anticorruzione;",
	}
	for _, s := range prem {
		y = p.para(L, y, W, s, false, 10, 13, 0) - 4
	}
	y -= 4
	p.centred(y, "D E C R E T A", true, 10.5)
	y -= 20
	pts := []string{
		"di nominare il dott. Gregorio Amidei, Segretario dell'Unione, Responsabile della prevenzione della corruzione e della trasparenza dell'Unione dei Comuni del Distretto Ceramico per il triennio 2026–2028;",
		"di dare atto che al RPCT sono assicurati poteri di interlocuzione e di controllo, nonché il supporto del Servizio Affari Generali per lo svolgimento delle funzioni;",
		"di comunicare il presente decreto all'Autorità Nazionale Anticorruzione mediante l'apposito modulo on line;",
		"di pubblicare il presente decreto all'Albo pretorio on line e nella sezione \"Amministrazione trasparente – Altri contenuti – Prevenzione della corruzione\".",
	}
	for i, s := range pts {
		p.glyphs(L, y, toWin(fmt.Sprintf("%d.", i+1)), false, 10, 0)
		y = p.para(L+16, y, W-16, s, false, 10, 13, 0) - 4
	}
	y -= 26
	p.glyphs(360, y, toWin("IL PRESIDENTE DELL'UNIONE"), true, 10, 0)
	p.glyphs(384, y-14, toWin("Marco Benedetti"), false, 10, 0)
	p.glyphs(362, y-26, toWin("(firmato digitalmente)"), false, 8, 0)
	p.buf.WriteString("0.3 w 62 52 m 533 52 l S\n")
	p.glyphs(L, 42, toWin("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Albo pretorio on line dell'Unione"), false, 7, 0)

	// assemble the file
	var out bytes.Buffer
	var offs []int
	obj := func(s string) {
		offs = append(offs, out.Len())
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", len(offs), s)
	}
	out.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", p.buf.Len(), p.buf.String()))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	obj("<< /Producer (Ceramico Atti 1.9 - Go PDF writer) /Title (Decreto del Presidente n. 6/2026) /CreationDate (D:20260508103000+02'00') >>")
	x := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, len(offs), x)
	if err := os.WriteFile(os.Args[1], out.Bytes(), 0644); err != nil {
		panic(err)
	}
}
