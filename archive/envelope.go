package archive

import (
	"slices"
	"time"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/cades"
)

// Envelope is a signed envelope opened: the document it signs, what that
// document is, and who signed it, outermost first.
type Envelope struct {
	Inner   []byte
	Kind    extract.Kind
	Signers []corpus.Signer
}

// CarriesPDF says whether the signed document is a PDF, which the corpus
// stores beside its envelope.
func (e *Envelope) CarriesPDF() bool { return e.Kind.Format == extract.FormatPDF }

// OpenEnvelope opens every level of a signed envelope (DER or base64). Its
// errors are cades's, to be prefixed with the file's name or URL.
func OpenEnvelope(data []byte) (*Envelope, error) {
	inner, signers, err := cades.Unwrap(data)
	if err != nil {
		return nil, err
	}
	return &Envelope{Inner: inner, Kind: extract.Sniff(inner), Signers: Signers(signers)}, nil
}

// Signers are an envelope's signers as a corpus record keeps them, the
// signing time in UTC (RFC 3339) when the envelope gives one.
func Signers(signers []cades.Signer) []corpus.Signer {
	var out []corpus.Signer
	for _, sg := range signers {
		cs := corpus.Signer{Level: sg.Level, Subject: sg.Subject, CommonName: sg.CommonName, Issuer: sg.Issuer, Serial: sg.Serial}
		if !sg.SigningTime.IsZero() {
			cs.SigningTime = sg.SigningTime.UTC().Format(time.RFC3339)
		}
		out = append(out, cs)
	}
	return out
}

// SignerNames are the names an act record gives for who signed its files:
// each signer's common name, else its certificate's subject, once each, in
// the order of the files.
func SignerNames(files []corpus.File) []string {
	var names []string
	for _, f := range files {
		for _, s := range f.Signers {
			n := s.CommonName
			if n == "" {
				n = s.Subject
			}
			if n != "" && !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
	}
	return names
}
