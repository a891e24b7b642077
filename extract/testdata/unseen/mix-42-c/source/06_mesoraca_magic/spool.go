// spool.go: prints a fixed-pitch text report to PDF the way an old character-based
// procedure (a Magic/uniPaaS-style "stampa su file") does: Courier 10 cpi, 66 lines a page,
// a running head repeated on every page. Hand-written PDF objects, WinAnsiEncoding.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
)

var win = map[rune]byte{'€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97}

func enc(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		var c byte
		if v, ok := win[r]; ok {
			c = v
		} else if r < 256 {
			c = byte(r)
		} else {
			c = '?'
		}
		if c == '(' || c == ')' || c == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

func main() {
	in, out := os.Args[1], os.Args[2]
	f, err := os.Open(in)
	if err != nil {
		panic(err)
	}
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, strings.TrimRight(sc.Text(), " "))
	}
	// split on form feed lines "\f"
	var pages [][]string
	cur := []string{}
	for _, l := range lines {
		if l == "\f" || l == "<FF>" {
			pages = append(pages, cur)
			cur = []string{}
			continue
		}
		cur = append(cur, l)
	}
	pages = append(pages, cur)
	n := len(pages)
	var objs []string
	add := func(s string) int { objs = append(objs, s); return len(objs) }
	add("<< /Type /Catalog /Pages 2 0 R >>")
	add("") // pages placeholder
	add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>")
	add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>")
	var kids []string
	for i, pg := range pages {
		var c bytes.Buffer
		head := fmt.Sprintf("COMUNE DI MESORACA - AREA TECNICA          DET. N. 45 REG.GEN. N. 188    PAG. %3d/%d", i+1, n)
		c.WriteString("BT /F2 9 Tf 11 TL 42 800 Td (" + enc(head) + ") Tj T* (" + strings.Repeat("-", 86) + ") Tj ET\n")
		c.WriteString("BT /F1 9.6 Tf 11.4 TL 46 768 Td\n")
		for _, l := range pg {
			font := "/F1 9.6 Tf "
			if strings.HasPrefix(l, "*") {
				l = strings.TrimPrefix(l, "*")
				font = "/F2 9.6 Tf "
			}
			c.WriteString(font + "(" + enc(l) + ") Tj T*\n")
		}
		c.WriteString("ET\n")
		st := add(fmt.Sprintf("<< /Length %d >>\nstream\n%sendstream", c.Len(), c.String()))
		p := add(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>", st))
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
	}
	objs[1] = fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n)
	info := add("<< /Title (DET188.TXT) /Creator (STAMPA DETERMINE v4.1) /Producer (spool2pdf) /CreationDate (D:20260323101502+01'00') >>")
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(objs)+1)
	for i, o := range objs {
		offs[i+1] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	x := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for i := 1; i <= len(objs); i++ {
		fmt.Fprintf(&b, "%010d 00000 n \n", offs[i])
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, info, x)
	if err := os.WriteFile(out, b.Bytes(), 0644); err != nil {
		panic(err)
	}
}
