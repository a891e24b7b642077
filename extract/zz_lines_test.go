package extract

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

func TestZZLines(t *testing.T) {
	p := os.Getenv("ZZFILE")
	if p == "" {
		t.Skip()
	}
	fh, _ := os.Open(p)
	st, _ := fh.Stat()
	f, err := pdftext.Read(context.Background(), fh, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range newActLines(f) {
		if i > 60 {
			break
		}
		var cells []string
		for _, c := range splitCells(l) {
			cells = append(cells, fmt.Sprintf("[x%.0f %q]", c[0].X, pdftext.NewLine(l.Page, c).Text))
		}
		fmt.Printf("%2d p%d y%.0f s%.1f %v\n", i, l.Page, l.Y, l.Size, cells)
	}
}
