// Package cadestest makes signed envelopes with throwaway certificates, for
// tests and for the local Albo replica that serves signed copies of the
// sample acts. Its signatures prove nothing: the certificates are
// self-signed and made up on the spot.
package cadestest

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/smallstep/pkcs7"
)

// Signer signs content with a self-signed certificate for its common name.
type Signer struct {
	Certificate *x509.Certificate
	key         crypto.Signer
}

// NewSigner makes a signer with a fresh key and a self-signed certificate
// whose subject is "CN=commonName,O=albo test signer,C=IT". Like
// httptest.NewServer it panics if it cannot, which only a broken crypto
// library can cause.
func NewSigner(commonName string) *Signer {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		panic(fmt.Sprintf("cadestest: generate key: %v", err))
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		panic(fmt.Sprintf("cadestest: serial: %v", err))
	}
	name := pkix.Name{CommonName: commonName, Organization: []string{"albo test signer"}, Country: []string{"IT"}}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      name,
		Issuer:       name,
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(10 * 365 * 24 * time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature | x509.KeyUsageContentCommitment,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		panic(fmt.Sprintf("cadestest: create certificate: %v", err))
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		panic(fmt.Sprintf("cadestest: parse certificate: %v", err))
	}
	return &Signer{Certificate: cert, key: key}
}

// Sign wraps content in a DER SignedData envelope with the content attached,
// SHA-256 digests and a signingTime attribute of now. Signing an envelope
// again gives a document signed twice.
func (s *Signer) Sign(content []byte) []byte {
	sd, err := pkcs7.NewSignedData(content)
	if err != nil {
		panic(fmt.Sprintf("cadestest: new signed data: %v", err))
	}
	sd.SetDigestAlgorithm(pkcs7.OIDDigestAlgorithmSHA256)
	if err := sd.AddSigner(s.Certificate, s.key, pkcs7.SignerInfoConfig{}); err != nil {
		panic(fmt.Sprintf("cadestest: add signer: %v", err))
	}
	der, err := sd.Finish()
	if err != nil {
		panic(fmt.Sprintf("cadestest: finish: %v", err))
	}
	return der
}

// Base64 encodes an envelope as base64 the way signing tools save it:
// lines of lineLen characters (0: one line) and, with pem, the
// "-----BEGIN PKCS7-----" armour.
func Base64(der []byte, lineLen int, pem bool) []byte {
	enc := base64.StdEncoding.EncodeToString(der)
	var b bytes.Buffer
	if pem {
		b.WriteString("-----BEGIN PKCS7-----\n")
	}
	for lineLen > 0 && len(enc) > lineLen {
		b.WriteString(enc[:lineLen])
		b.WriteString("\r\n")
		enc = enc[lineLen:]
	}
	b.WriteString(enc)
	b.WriteString("\n")
	if pem {
		b.WriteString("-----END PKCS7-----\n")
	}
	return b.Bytes()
}

// Streamed writes to w the DER envelope der (as Sign makes it) the way
// signing tools that stream write theirs: indefinite lengths everywhere
// and the content in chunks of chunk bytes, the content being n bytes read
// from content in place of the envelope's own. The signature stays valid
// when content is the envelope's own content; with any other it names its
// signer but is not intact. Nothing of the content is held in memory but
// one chunk.
func Streamed(w io.Writer, der []byte, content io.Reader, n, chunk int64) error {
	var info, oid, explicit, sd, version, algs, encap, eType asn1.RawValue
	var err error
	next := func(data []byte, v *asn1.RawValue) []byte {
		if err != nil {
			return nil
		}
		var rest []byte
		if rest, err = asn1.Unmarshal(data, v); err != nil {
			err = fmt.Errorf("cadestest: the envelope to stream: %w", err)
		}
		return rest
	}
	next(der, &info)
	next(next(info.Bytes, &oid), &explicit)
	next(explicit.Bytes, &sd)
	after := next(next(next(sd.Bytes, &version), &algs), &encap)
	next(encap.Bytes, &eType)
	if err != nil {
		return err
	}
	var head bytes.Buffer
	head.Write([]byte{0x30, 0x80})
	head.Write(oid.FullBytes)
	head.Write([]byte{0xa0, 0x80, 0x30, 0x80})
	head.Write(version.FullBytes)
	head.Write(algs.FullBytes)
	head.Write([]byte{0x30, 0x80})
	head.Write(eType.FullBytes)
	head.Write([]byte{0xa0, 0x80, 0x24, 0x80})
	if _, err := w.Write(head.Bytes()); err != nil {
		return err
	}
	buf := make([]byte, 6+chunk)
	for n > 0 {
		size := min(n, chunk)
		buf[0], buf[1] = 0x04, 0x84 // an OCTET STRING, its length in 4 bytes
		binary.BigEndian.PutUint32(buf[2:6], uint32(size))
		if _, err := io.ReadFull(content, buf[6:6+size]); err != nil {
			return err
		}
		if _, err := w.Write(buf[:6+size]); err != nil {
			return err
		}
		n -= size
	}
	// The ends of the chunks, the explicit tag and the encapsulated
	// content; the signer infos; the ends of the SignedData, its explicit
	// tag and the ContentInfo.
	for _, part := range [][]byte{{0, 0, 0, 0, 0, 0}, after, {0, 0, 0, 0, 0, 0}} {
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	return nil
}
