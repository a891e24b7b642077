// Comune di Cavaglià - attestazione di avvenuta pubblicazione, printed by an in-house albo module
// that writes PDF by hand (standard 14 fonts, WinAnsiEncoding). Go standard library only.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

var cp1252 = map[rune]byte{'€': 0x80, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97}

func enc(s string) string {
	var b strings.Builder
	for _, r := range s {
		var c byte
		if v, ok := cp1252[r]; ok {
			c = v
		} else if r < 256 {
			c = byte(r)
		} else {
			c = '?'
		}
		switch c {
		case '(', ')', '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			if c >= 128 {
				fmt.Fprintf(&b, "\\%03o", c)
			} else {
				b.WriteByte(c)
			}
		}
	}
	return b.String()
}

type page struct{ buf bytes.Buffer }

func (p *page) text(font string, size, x, y float64, s string) {
	fmt.Fprintf(&p.buf, "BT /%s %.1f Tf %.2f %.2f Td (%s) Tj ET\n", font, size, x, y, enc(s))
}
func (p *page) centre(font string, size, y float64, s string, w func(string, float64, string) float64) {
	p.text(font, size, (595-w(font, size, s))/2, y, s)
}
func (p *page) rect(x, y, w, h, lw float64) {
	fmt.Fprintf(&p.buf, "%.1f w %.1f %.1f %.1f %.1f re S\n", lw, x, y, w, h)
}
func (p *page) line(x1, y1, x2, y2, lw float64) {
	fmt.Fprintf(&p.buf, "%.1f w %.1f %.1f m %.1f %.1f l S\n", lw, x1, y1, x2, y2)
}

// rough Helvetica widths (average) - the module centres titles approximately, as real in-house code does
func width(font string, size float64, s string) float64 {
	n := float64(len([]rune(s)))
	if font == "F2" {
		return n * size * 0.60
	}
	return n * size * 0.52
}

// wrap by character count
func wrap(s string, n int) []string {
	var out []string
	var cur string
	for _, w := range strings.Fields(s) {
		if len([]rune(cur))+len([]rune(w))+1 > n && cur != "" {
			out = append(out, cur)
			cur = w
		} else if cur == "" {
			cur = w
		} else {
			cur += " " + w
		}
	}
	return append(out, cur)
}

func main() {
	p := &page{}
	y := 790.0
	p.rect(50, 745, 50, 60, 0.5)
	p.text("F1", 6, 62, 772, "stemma")
	p.text("F2", 16, 115, 785, "COMUNE DI CAVAGLIÀ")
	p.text("F1", 9, 115, 770, "Provincia di Biella")
	p.text("F1", 8, 115, 758, "Via Vittorio Veneto, 1 - 13881 Cavaglià (BI) - Tel. 0161 966027")
	p.line(50, 738, 545, 738, 1.2)
	y = 705
	p.centre("F2", 13, y, "ATTESTAZIONE DI AVVENUTA PUBBLICAZIONE", width)
	p.centre("F1", 9, y-15, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 - art. 32 della L. 18 giugno 2009, n. 69)", width)
	y = 650
	// register grid
	rows := [][2]string{
		{"Atto", "Deliberazione della Giunta Comunale"},
		{"Numero", "21"},
		{"Data adozione", "05/03/2026"},
		{"N. registro pubblicazioni", "156/2026"},
		{"Periodo di pubblicazione", "dal 06/03/2026 al 21/03/2026"},
	}
	for i, r := range rows {
		yy := y - float64(i)*20
		p.rect(50, yy-6, 160, 20, 0.5)
		p.rect(210, yy-6, 335, 20, 0.5)
		p.text("F1", 9, 56, yy, r[0])
		p.text("F2", 10, 216, yy, r[1])
	}
	y = y - float64(len(rows))*20 - 14
	p.text("F2", 10, 50, y, "Oggetto:")
	subj := "APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE NAZIONALE ALPINI - GRUPPO DI CAVAGLIÀ PER LA MANUTENZIONE DELLE AREE VERDI COMUNALI - ANNO 2026"
	for i, l := range wrap(subj, 78) {
		p.text("F2", 10, 100, y-float64(i)*13, l)
	}
	y -= 13*float64(len(wrap(subj, 78))) + 22
	body := "Il sottoscritto Segretario Comunale, visti gli atti d'ufficio e su conforme attestazione del Messo Comunale, ATTESTA che la deliberazione sopra indicata è stata pubblicata all'Albo Pretorio on line di questo Comune per quindici giorni consecutivi, dal 06/03/2026 al 21/03/2026, senza opposizioni o reclami, ai sensi dell'art. 124, comma 1, del D.Lgs. 267/2000."
	for i, l := range wrap(body, 95) {
		p.text("F1", 10, 50, y-float64(i)*14, l)
	}
	y -= 14*float64(len(wrap(body, 95))) + 14
	body2 := "ATTESTA altresì che la deliberazione è divenuta esecutiva il 05/03/2026, essendo stata dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000."
	for i, l := range wrap(body2, 95) {
		p.text("F1", 10, 50, y-float64(i)*14, l)
	}
	y -= 14*float64(len(wrap(body2, 95))) + 30
	p.text("F1", 10, 50, y, "Cavaglià, 23/03/2026")
	p.text("F1", 10, 350, y, "IL SEGRETARIO COMUNALE")
	p.text("F1", 10, 360, y-14, "Dott. Alberto Gilardino")
	p.text("F3", 8, 362, y-27, "(firmato digitalmente)")
	p.text("F1", 7, 50, 60, "Il Messo Comunale: Sig.ra Ornella Bonino")
	p.line(50, 50, 545, 50, 0.4)
	p.text("F1", 6.5, 50, 40, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005. Albo Pretorio on line - Comune di Cavaglià - pag. 1 di 1")

	var out bytes.Buffer
	var offs []int
	obj := func(s string) {
		offs = append(offs, out.Len())
		fmt.Fprintf(&out, "%d 0 obj\n%s\nendobj\n", len(offs), s)
	}
	out.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	obj("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
	obj("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> /Contents 4 0 R >>")
	obj(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", p.buf.Len(), p.buf.String()))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Oblique /Encoding /WinAnsiEncoding >>")
	obj("<< /Producer (AlboWeb modulo attestazioni 2.3) /Title (Attestazione di pubblicazione - Delib. G.C. 21/2026) /CreationDate (D:20260323101500+01'00') >>")
	xref := out.Len()
	fmt.Fprintf(&out, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&out, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&out, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, len(offs), xref)
	os.WriteFile(os.Args[1], out.Bytes(), 0644)
}
