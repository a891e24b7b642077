// Package cades unwraps CAdES (PKCS#7 / CMS SignedData) envelopes, the
// signed .p7m files Italian public administrations publish, and records who
// signed them.
//
// It reads DER and BER (the indefinite lengths signing tools emit), base64
// with or without line breaks or PEM armour, and envelopes nested inside one
// another (a document countersigned by a second official). It never checks a
// certificate against a trust list and never rejects a file for its signer:
// the archive keeps what was published and says who signed it.
//
// An envelope is walked element by element, not parsed whole: the signed
// content is copied out (to memory for Unwrap, to a temporary file for
// UnwrapReader, whose memory does not grow with the envelope) and only the
// rest, certificates and signer infos, is handed to the PKCS#7 library.
// Lengths past the end of what holds them, elements nested past a bound
// and signature parts past a size are refused as damage.
package cades

import (
	"bytes"
	"crypto/x509"
	"encoding/asn1"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/smallstep/pkcs7"
)

// Limits that keep hostile input from exhausting the machine.
const (
	// MaxDepth is how many envelopes inside one another Unwrap opens;
	// real documents have one or two.
	MaxDepth = 8
	// MaxSize is the largest envelope Unwrap accepts.
	MaxSize = 512 << 20
	// maxNesting bounds how deep ASN.1 elements nest inside one envelope;
	// CMS needs about 15 levels. The library recurses once per level, so a
	// hostile file of nested headers would otherwise overflow the stack, a
	// crash no recover can catch.
	maxNesting = 64
)

// ErrNotEnvelope is returned for data that is not a signed envelope.
var ErrNotEnvelope = errors.New("not a CAdES/PKCS#7 signed envelope")

// Signer is one signature of an envelope. Level 1 is the outermost envelope;
// a document signed twice has signers at levels 1 and 2. Certificate fields
// are empty when the envelope does not carry the signer's certificate.
type Signer struct {
	Level      int
	Subject    string // RFC 2253 distinguished name of the certificate's subject
	CommonName string
	Issuer     string // RFC 2253 distinguished name of the issuing CA
	Serial     string // the certificate's serial number, in decimal
	// SigningTime is the signingTime signed attribute, zero when absent.
	SigningTime time.Time
	// Intact says the envelope's signatures match its content: the file was
	// not altered after signing. It judges the bytes, not the signer, and
	// is false too for algorithms the library does not know.
	Intact bool
}

// oidSignedData is the content type of a SignedData ContentInfo, DER encoded
// with its tag and length, as it appears at the start of every envelope.
var oidSignedData = []byte{0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02}

// IsEnvelope reports whether data looks like a signed envelope, binary or
// base64, from its first bytes only.
func IsEnvelope(data []byte) bool {
	if isDEREnvelope(data) {
		return true
	}
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	b64, ok := base64Body(head)
	if !ok {
		return false
	}
	// 64 base64 characters decode to 48 bytes, enough for the header.
	n := len(b64) &^ 3
	if n > 64 {
		n = 64
	}
	der, err := base64.StdEncoding.DecodeString(string(b64[:n]))
	return err == nil && isDEREnvelope(der)
}

// isDEREnvelope checks for SEQUENCE { OID signedData, ... } at the start.
func isDEREnvelope(data []byte) bool {
	if len(data) < 2 || data[0] != 0x30 {
		return false
	}
	skip := 2 // tag and short or indefinite length
	if l := data[1]; l > 0x80 {
		skip += int(l & 0x7f)
	}
	return len(data) >= skip+len(oidSignedData) && bytes.Equal(data[skip:skip+len(oidSignedData)], oidSignedData)
}

// Unwrap opens every level of a signed envelope and returns the signed
// content and the signers, outermost first. data may be DER/BER or base64.
// UnwrapReader does the same for an envelope in a file, in bounded memory.
func Unwrap(data []byte) (content []byte, signers []Signer, err error) {
	inner, signers, err := unwrap(bytes.NewReader(data), int64(len(data)), func() (spool, error) { return &memorySpool{}, nil })
	if err != nil {
		return nil, nil, err
	}
	return inner.(*memorySpool).Bytes(), signers, nil
}

// unwrapOne opens the envelope of size bytes in r, whose first bytes are
// head: it copies the content to a new spool, walking the envelope rather
// than reading it whole, and reads the signers from the rest.
func unwrapOne(r io.ReaderAt, size int64, head []byte, level int, newSpool func() (spool, error)) (spool, []Signer, error) {
	if size > MaxSize {
		return nil, nil, fmt.Errorf("%d bytes: larger than the %d-byte limit", size, MaxSize)
	}
	if !isDEREnvelope(head) {
		der, err := newSpool()
		if err != nil {
			return nil, nil, err
		}
		defer der.Close()
		if err := decodeBase64To(der, io.NewSectionReader(r, 0, size)); err != nil {
			return nil, nil, fmt.Errorf("base64: %w", err)
		}
		r, size = der, der.Size()
	}
	content, err := newSpool()
	if err != nil {
		return nil, nil, err
	}
	signers, err := readEnvelope(r, size, level, content)
	if err != nil {
		content.Close()
		return nil, nil, err
	}
	return content, signers, nil
}

// readEnvelope copies the content of the DER/BER envelope in r to content
// and returns its signers.
func readEnvelope(r io.ReaderAt, size int64, level int, content spool) ([]Signer, error) {
	skeleton, found, err := newWalker(r, size).signedData(content)
	if err != nil {
		return nil, err
	}
	if err := checkNesting(skeleton); err != nil {
		return nil, err
	}
	p7, err := parse(skeleton)
	if err != nil {
		return nil, err
	}
	if len(p7.Signers) == 0 {
		return nil, errors.New("damaged envelope: no signer found")
	}
	if !found || content.Size() == 0 {
		return nil, errors.New("the envelope holds no content (a detached signature, or a damaged envelope)")
	}
	intact := verifyContent(p7, content)
	signers := make([]Signer, 0, len(p7.Signers))
	for _, si := range p7.Signers {
		s := Signer{Level: level, Intact: intact}
		if cert := signerCertificate(p7.Certificates, si.IssuerAndSerialNumber.IssuerName.FullBytes, si.IssuerAndSerialNumber.SerialNumber, len(p7.Signers)); cert != nil {
			s.Subject = cert.Subject.String()
			s.CommonName = cert.Subject.CommonName
			s.Issuer = cert.Issuer.String()
			if cert.SerialNumber != nil {
				s.Serial = cert.SerialNumber.String()
			}
		}
		for _, attr := range si.AuthenticatedAttributes {
			if attr.Type.Equal(pkcs7.OIDAttributeSigningTime) {
				var t time.Time
				if _, err := asn1.Unmarshal(attr.Value.Bytes, &t); err == nil {
					s.SigningTime = t.UTC()
				}
			}
		}
		signers = append(signers, s)
	}
	return signers, nil
}

// checkNesting fails when the library's BER reader would recurse more than
// maxNesting levels into der. It walks the element headers without
// recursion, the way that reader does (the first child of an
// indefinite-length element is read before any end-of-contents test), so
// its depth is the reader's; any other damage is left for the library to
// report.
func checkNesting(der []byte) error {
	type open struct {
		end        int // end of a definite-length element's content
		indefinite bool
	}
	var stack []open
	off := 0
	for {
		// Read the header of the element at off.
		if off >= len(der)-1 {
			return nil
		}
		tag := der[off]
		off++
		if tag&0x1f == 0x1f { // high tag number: base-128 digits
			for der[off] >= 0x80 {
				if off++; off >= len(der) {
					return nil
				}
			}
			if off++; off >= len(der) {
				return nil
			}
		}
		l := der[off]
		off++
		length, indefinite := int(l), l == 0x80
		if l > 0x80 {
			n := int(l & 0x7f)
			if n > 4 || off+n > len(der) || der[off] == 0 || n == 4 && der[off] > 0x7f {
				return nil
			}
			length = 0
			for _, b := range der[off : off+n] {
				length = length<<8 | int(b)
			}
			off += n
		} else if indefinite {
			length = 0
		}
		constructed := tag&0x20 != 0
		if off+length > len(der) || indefinite && !constructed {
			return nil
		}
		switch {
		case constructed && (indefinite || length > 0):
			stack = append(stack, open{end: off + length, indefinite: indefinite})
			if len(stack) > maxNesting {
				return fmt.Errorf("damaged envelope: elements nested more than %d deep", maxNesting)
			}
			continue // read its first child
		default:
			off += length // a primitive or an empty element is complete
		}
		// Close the elements this one completes.
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			if top.indefinite {
				if len(der)-off < 2 {
					return nil
				}
				if der[off] != 0 || der[off+1] != 0 {
					break // another child
				}
				off += 2
			} else {
				if off < top.end {
					break // another child
				}
				off = top.end
			}
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			return nil
		}
	}
}

// legacyCertificates lets the library read certificates that older CAs
// issued with a critical authority key identifier, which Go's x509 refuses
// since Go 1.23; a signature is recorded, never judged.
var legacyCertificates sync.Once

// parse calls the library, turning any panic on hostile input into an error.
func parse(der []byte) (p7 *pkcs7.PKCS7, err error) {
	legacyCertificates.Do(func() { pkcs7.SetFallbackLegacyX509CertificateParserEnabled(true) })
	defer func() {
		if r := recover(); r != nil {
			p7, err = nil, fmt.Errorf("damaged envelope: %v", r)
		}
	}()
	p7, err = pkcs7.Parse(der)
	if err != nil {
		return nil, fmt.Errorf("damaged envelope: %w", err)
	}
	return p7, nil
}

// verify checks the signatures against the content, with no trust list,
// turning any panic on hostile input into an error.
func verify(p7 *pkcs7.PKCS7) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("verify: %v", r)
		}
	}()
	return p7.Verify()
}

// signerCertificate finds the certificate a SignerInfo names by issuer and
// serial. CMS signers identified by subject key identifier carry no issuer
// and serial, so a lone certificate is taken for a lone signer.
func signerCertificate(certs []*x509.Certificate, issuer []byte, serial *big.Int, nSigners int) *x509.Certificate {
	for _, c := range certs {
		if serial != nil && c.SerialNumber != nil && c.SerialNumber.Cmp(serial) == 0 && bytes.Equal(c.RawIssuer, issuer) {
			return c
		}
	}
	if len(certs) == 1 && nSigners == 1 {
		return certs[0]
	}
	return nil
}

// base64Body returns data without PEM armour and white space, and whether
// what is left is base64 that starts like a DER SEQUENCE ("MI").
func base64Body(data []byte) ([]byte, bool) {
	data = bytes.TrimSpace(data)
	if bytes.HasPrefix(data, []byte("-----BEGIN ")) {
		nl := bytes.IndexByte(data, '\n')
		if nl < 0 {
			return nil, false
		}
		data = data[nl+1:]
		if end := bytes.Index(data, []byte("-----END ")); end >= 0 {
			data = data[:end]
		}
	}
	body := make([]byte, 0, len(data))
	for _, c := range data {
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '+', c == '/', c == '=':
			body = append(body, c)
		default:
			return nil, false
		}
	}
	return body, bytes.HasPrefix(body, []byte("MI"))
}
