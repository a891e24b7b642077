package pdftext

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"testing"
)

// loopingXref is a file whose cross-reference table names itself as the
// table before it (/Prev), a loop the PDF library follows without end.
func loopingXref() []byte {
	body := "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
	x := len(body)
	return []byte(body + fmt.Sprintf("xref\n0 3\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n"+
		"trailer\n<< /Size 3 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", x, x))
}

// TestRunawayReadIsStopped: a looping structure ends in a clear error once
// the read budget is spent, and the budget of a small file is small, so
// the loop is stopped after thousands of reads, not millions.
func TestRunawayReadIsStopped(t *testing.T) {
	data := loopingXref()
	_, err := Read(context.Background(), bytes.NewReader(data), int64(len(data)))
	if err == nil || !strings.Contains(err.Error(), "looping structure") {
		t.Fatalf("Read of a looping cross-reference chain: %v, want the looping structure named", err)
	}
	if budget := readBudget(int64(len(data))); budget > 32<<20 {
		t.Errorf("the read budget of a %d-byte file is %d bytes: a loop would spin for seconds before it runs out", len(data), budget)
	}
}
