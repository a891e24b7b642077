package extract

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

func TestZZRuns(t *testing.T) {
	p := os.Getenv("ZZFILE")
	if p == "" {
		t.Skip()
	}
	from, _ := strconv.Atoi(os.Getenv("ZZFROM"))
	to, _ := strconv.Atoi(os.Getenv("ZZTO"))
	fh, _ := os.Open(p)
	st, _ := fh.Stat()
	f, err := pdftext.Read(context.Background(), fh, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range newActLines(f) {
		if i < from || i > to {
			continue
		}
		fmt.Printf("%2d y%.0f:", i, l.Y)
		for _, r := range l.Runs {
			fmt.Printf(" [%.0f-%.0f s%.1f %q]", r.X, r.X+r.W, r.Size, r.Text)
		}
		fmt.Println()
	}
}
