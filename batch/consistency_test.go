package batch_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/openalbo/albo/batch"
	"github.com/openalbo/albo/corpus"
)

func TestSameSubject(t *testing.T) {
	const long = "Aggiornamento del Piano degli Obiettivi 2019-2021 della Direzione Generale"
	tests := []struct {
		a, b string
		want bool
	}{
		{long, long, true},
		{long, strings.ToUpper(long), true},
		{"Approvazione del progetto di fattibilità", "APPROVAZIONE DEL PROGETTO DI FATTIBILITA'", true},
		{"OGGETTO: " + long, long, true},
		{long[:50] + "...", long, true},
		{long[:50] + "…", long, true},
		{"Approvazione", "Approvazione del bilancio consuntivo 2019", false},
		{long, "Aggiornamento del Piano degli Obiettivi 2019-2021", true}, // cut short at a word
		{"Approvazione del verbale della seduta del 12 marzo 2020", "Approvazione del bilancio di previsione 2020", false},
		{"Concessione contributo alla Pro Loco", "Nomina del revisore dei conti", false},
		{"", "", true},
		{"", "Nomina del revisore dei conti", false},
	}
	for _, tt := range tests {
		if got := batch.SameSubject(tt.a, tt.b); got != tt.want {
			t.Errorf("SameSubject(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := batch.SameSubject(tt.b, tt.a); got != tt.want {
			t.Errorf("SameSubject(%q, %q) = %v, want %v (reversed)", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestCheckConsistency stores crawled acts whose listing agrees with the
// document, or not on one field, an imported act, an act whose only
// extraction has no header, and checks each is classified and counted.
func TestCheckConsistency(t *testing.T) {
	ctx := context.Background()
	store, err := corpus.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	const subject = "Aggiornamento del Piano degli Obiettivi 2019-2021"
	header := func(number int, date, subject string) string {
		return fmt.Sprintf(`{"schema":1,"act":{"number":%d,"date":%q,"subject":%q}}`, number, date, subject)
	}
	acts := []struct {
		id, listingURL string
		number         int
		date, subject  string
		extractions    []string // one per file, in order
		wantDocument   string
		wantDisagree   []string
	}{
		{"milano/giunta/2019/1", "https://albo/1", 1, "2019-12-06", subject,
			[]string{header(1, "2019-12-06", "OGGETTO: "+subject)}, "file0.pdf", nil},
		{"milano/giunta/2019/2", "https://albo/2", 2, "2019-12-06", subject,
			[]string{header(3, "2019-12-06", subject)}, "file0.pdf", []string{"number"}},
		{"milano/giunta/2019/3", "https://albo/3", 3, "2019-12-07", "Nomina del revisore dei conti",
			[]string{header(3, "2019-12-06", subject)}, "file0.pdf", []string{"date", "subject"}},
		// The attachment first has no header: the main document is the
		// second file.
		{"milano/giunta/2019/4", "https://albo/4", 4, "2019-12-06", subject,
			[]string{`{"schema":1,"act":null}`, header(4, "2019-12-06", subject)}, "file1.pdf", nil},
		{"milano/giunta/2019/5", "https://albo/5", 5, "2019-12-06", subject,
			[]string{`{"schema":1,"act":null}`}, "", nil},
		{"local/giunta/2019/6", "", 6, "2019-12-06", subject,
			[]string{header(7, "2019-12-06", subject)}, "", nil},
	}
	want := map[string]batch.ActConsistency{}
	for _, a := range acts {
		rec := &corpus.Act{ID: a.id, Source: "milano", Category: "giunta", Number: a.number, Date: a.date,
			Subject: a.subject, ListingURL: a.listingURL}
		for i, x := range a.extractions {
			sha, _, err := store.PutBlob(ctx, strings.NewReader(a.id+" file "+fmt.Sprint(i)))
			if err != nil {
				t.Fatal(err)
			}
			if err := store.PutExtraction(ctx, sha, "albo test", []byte(x)); err != nil {
				t.Fatal(err)
			}
			rec.Files = append(rec.Files, corpus.File{Name: fmt.Sprintf("file%d.pdf", i), SHA256: sha, PDFSHA256: sha})
		}
		if err := store.PutAct(ctx, rec); err != nil {
			t.Fatal(err)
		}
		if a.listingURL != "" {
			want[a.id] = batch.ActConsistency{Act: a.id, Document: a.wantDocument}
		}
	}
	got := map[string]batch.ActConsistency{}
	sum, errs := batch.CheckConsistency(ctx, store, func(c batch.ActConsistency) { got[c.Act] = c })
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	for _, a := range acts {
		c, ok := got[a.id]
		if _, listed := want[a.id]; listed != ok {
			t.Errorf("%s: reported %v, want %v", a.id, ok, listed)
			continue
		}
		var fields []string
		for _, d := range c.Disagreements {
			fields = append(fields, d.Field)
		}
		if c.Document != a.wantDocument || strings.Join(fields, ",") != strings.Join(a.wantDisagree, ",") {
			t.Errorf("%s: document %q, disagreements %v; want %q, %v", a.id, c.Document, c.Disagreements, a.wantDocument, a.wantDisagree)
		}
	}
	if sum.Acts != 5 || sum.Agree != 2 || sum.Disagree != 2 || sum.NoHeader != 1 || sum.NotListed != 1 {
		t.Errorf("summary = %+v", *sum)
	}
	if n := sum.FieldAgree["number"]; n != [2]int{3, 4} {
		t.Errorf("number agrees %d of %d, want 3 of 4", n[0], n[1])
	}
}

// FuzzSameSubject: subjects come from listings and documents, anything at
// all; the comparison never panics, is symmetric, and a subject is the
// same as itself.
func FuzzSameSubject(f *testing.F) {
	f.Add("OGGETTO: Aggiornamento del Piano", "aggiornamento del piano…")
	f.Add("", "x")
	f.Add("\xff\xfe", "àèìòù")
	f.Fuzz(func(t *testing.T, a, b string) {
		if batch.SameSubject(a, b) != batch.SameSubject(b, a) {
			t.Errorf("SameSubject(%q, %q) is not symmetric", a, b)
		}
		if !batch.SameSubject(a, a) {
			t.Errorf("SameSubject(%q, itself) = false", a)
		}
	})
}
