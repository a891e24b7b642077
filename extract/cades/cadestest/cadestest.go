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
	"encoding/base64"
	"fmt"
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
