package archive

import (
	"errors"
	"slices"
	"testing"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/cades"
	"github.com/openalbo/albo/extract/cades/cadestest"
)

func TestOpenEnvelope(t *testing.T) {
	pdf := []byte("%PDF-1.4\n%%EOF\n")
	rossi, bianchi := cadestest.NewSigner("ROSSI MARIO"), cadestest.NewSigner("BIANCHI ANNA")
	for _, c := range []struct {
		name       string
		data       []byte
		wantErr    error
		wantPDF    bool
		wantFormat extract.Format
		wantNames  []string
		wantLevels []int
	}{
		{"DER around a PDF", rossi.Sign(pdf), nil, true, extract.FormatPDF, []string{"ROSSI MARIO"}, []int{1}},
		{"two levels", bianchi.Sign(rossi.Sign(pdf)), nil, true, extract.FormatPDF, []string{"BIANCHI ANNA", "ROSSI MARIO"}, []int{1, 2}},
		{"base64 with PEM lines", cadestest.Base64(rossi.Sign(pdf), 64, true), nil, true, extract.FormatPDF, []string{"ROSSI MARIO"}, []int{1}},
		{"around an HTML page", rossi.Sign([]byte("<!DOCTYPE html><html></html>")), nil, false, extract.FormatHTML, []string{"ROSSI MARIO"}, []int{1}},
		{"a plain PDF", pdf, cades.ErrNotEnvelope, false, "", nil, nil},
	} {
		env, err := OpenEnvelope(c.data)
		if !errors.Is(err, c.wantErr) {
			t.Errorf("%s: error %v, want %v", c.name, err, c.wantErr)
		}
		if err != nil {
			continue
		}
		if env.CarriesPDF() != c.wantPDF || env.Kind.Format != c.wantFormat {
			t.Errorf("%s: carries %s (PDF %v), want %v", c.name, env.Kind, env.CarriesPDF(), c.wantFormat)
		}
		if c.wantPDF && !slices.Equal(env.Inner, pdf) {
			t.Errorf("%s: inner document %q, want the signed PDF", c.name, env.Inner)
		}
		var names []string
		var levels []int
		for _, sg := range env.Signers {
			names, levels = append(names, sg.CommonName), append(levels, sg.Level)
			if sg.SigningTime == "" || sg.Serial == "" {
				t.Errorf("%s: signer %+v lacks its signing time or serial", c.name, sg)
			}
		}
		if !slices.Equal(names, c.wantNames) || !slices.Equal(levels, c.wantLevels) {
			t.Errorf("%s: signers %v at levels %v, want %v at %v", c.name, names, levels, c.wantNames, c.wantLevels)
		}
	}
}

func TestSignerNames(t *testing.T) {
	rossi := corpus.Signer{CommonName: "ROSSI MARIO", Subject: "CN=ROSSI MARIO"}
	noName := corpus.Signer{Subject: "CN=Ufficio protocollo,O=Comune"}
	for _, c := range []struct {
		name  string
		files []corpus.File
		want  []string
	}{
		{"no file", nil, nil},
		{"unsigned files", []corpus.File{{Name: "a.pdf"}, {Name: "b.pdf"}}, nil},
		{"one signer", []corpus.File{{Signers: []corpus.Signer{rossi}}}, []string{"ROSSI MARIO"}},
		{"the same signer on two files, once", []corpus.File{{Signers: []corpus.Signer{rossi}}, {Signers: []corpus.Signer{rossi}}}, []string{"ROSSI MARIO"}},
		{"no common name: the subject", []corpus.File{{Signers: []corpus.Signer{noName, rossi}}}, []string{"CN=Ufficio protocollo,O=Comune", "ROSSI MARIO"}},
		{"nameless signer left out", []corpus.File{{Signers: []corpus.Signer{{Level: 1}}}}, nil},
	} {
		if got := SignerNames(c.files); !slices.Equal(got, c.want) {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}
