package s3

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// AWS Signature Version 4, as S3 takes it in the Authorization header:
// https://docs.aws.amazon.com/AmazonS3/latest/API/sig-v4-header-based-auth.html

const (
	signAlgorithm = "AWS4-HMAC-SHA256"
	amzDateFormat = "20060102T150405Z"
	// emptySHA256 is the hex SHA-256 of no bytes: the payload hash of a
	// request without a body.
	emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
)

// sign adds to req the headers that sign it for creds in region at now:
// X-Amz-Date, X-Amz-Content-Sha256 (payloadHash, the hex SHA-256 of the
// body), X-Amz-Security-Token for temporary credentials, and
// Authorization. The headers signed are host, range, content-md5 and
// every x-amz- header. req.URL.RawPath, when set, is the path as sent.
func sign(req *http.Request, creds Credentials, region, payloadHash string, now time.Time) {
	amzDate := now.UTC().Format(amzDateFormat)
	day := amzDate[:8]
	req.Header.Set("X-Amz-Date", amzDate)
	req.Header.Set("X-Amz-Content-Sha256", payloadHash)
	if creds.SessionToken != "" {
		req.Header.Set("X-Amz-Security-Token", creds.SessionToken)
	}
	signed, headers := canonicalHeaders(req)
	canonical := strings.Join([]string{req.Method, canonicalURI(req.URL), canonicalQuery(req.URL), headers, signed, payloadHash}, "\n")
	scope := day + "/" + region + "/s3/aws4_request"
	digest := sha256.Sum256([]byte(canonical))
	toSign := signAlgorithm + "\n" + amzDate + "\n" + scope + "\n" + hex.EncodeToString(digest[:])
	key := []byte("AWS4" + creds.SecretAccessKey)
	for _, part := range []string{day, region, "s3", "aws4_request"} {
		key = hmacSHA256(key, part)
	}
	req.Header.Set("Authorization", signAlgorithm+" Credential="+creds.AccessKeyID+"/"+scope+
		", SignedHeaders="+signed+", Signature="+hex.EncodeToString(hmacSHA256(key, toSign)))
}

func hmacSHA256(key []byte, data string) []byte {
	h := hmac.New(sha256.New, key)
	h.Write([]byte(data))
	return h.Sum(nil)
}

// canonicalHeaders returns the names of the headers signed, joined by
// semicolons, and their canonical block: "name:value\n" each, in the
// names' order, values trimmed and their inner runs of spaces made one.
func canonicalHeaders(req *http.Request) (signed, block string) {
	host := req.Host
	if host == "" {
		host = req.URL.Host
	}
	values := map[string]string{"host": host}
	for name, vs := range req.Header {
		lower := strings.ToLower(name)
		if lower == "range" || lower == "content-md5" || strings.HasPrefix(lower, "x-amz-") {
			trimmed := make([]string, len(vs))
			for i, v := range vs {
				trimmed[i] = strings.Join(strings.Fields(v), " ")
			}
			values[lower] = strings.Join(trimmed, ",")
		}
	}
	names := make([]string, 0, len(values))
	for name := range values {
		names = append(names, name)
	}
	slices.Sort(names)
	var b strings.Builder
	for _, name := range names {
		b.WriteString(name + ":" + values[name] + "\n")
	}
	return strings.Join(names, ";"), b.String()
}

// canonicalURI is the request's path, encoded once as S3 encodes it.
func canonicalURI(u *url.URL) string {
	if u.RawPath != "" {
		return u.RawPath
	}
	if u.Path == "" {
		return "/"
	}
	return encodePath(u.Path)
}

// canonicalQuery is the query's parameters sorted by name, then value,
// each encoded as S3 encodes it.
func canonicalQuery(u *url.URL) string {
	q := u.Query()
	pairs := make([]string, 0, len(q))
	for name, vs := range q {
		for _, v := range vs {
			pairs = append(pairs, encode(name, false)+"="+encode(v, false))
		}
	}
	slices.Sort(pairs)
	return strings.Join(pairs, "&")
}

// encodePath encodes an object's path: every byte but the unreserved
// ones (A-Z a-z 0-9 - _ . ~) and the slashes as %XY.
func encodePath(path string) string { return encode(path, true) }

// encode percent-encodes s as SigV4 asks: every byte but the unreserved
// ones, and the slashes when keepSlash, as %XY in upper case.
func encode(s string, keepSlash bool) string {
	const hexDigits = "0123456789ABCDEF"
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', '0' <= c && c <= '9', c == '-', c == '_', c == '.', c == '~',
			c == '/' && keepSlash:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
	return b.String()
}
