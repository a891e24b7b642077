package s3

import (
	"net/http"
	"strings"
	"testing"
	"time"
)

// The examples of AWS's documentation of header-based SigV4 for S3
// (sig-v4-header-based-auth.html, "Examples: Signature Calculations"),
// with its example keys, bucket and date.
func TestSignAsAWSDocuments(t *testing.T) {
	creds := Credentials{AccessKeyID: "AKIAIOSFODNN7EXAMPLE", SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}
	day := time.Date(2013, 5, 24, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, method, url string
		headers           map[string]string
		payload           string
		wantSigned        string
		wantSignature     string
	}{
		{
			name: "GET Object", method: "GET", url: "https://examplebucket.s3.amazonaws.com/test.txt",
			headers:    map[string]string{"Range": "bytes=0-9"},
			payload:    emptySHA256,
			wantSigned: "host;range;x-amz-content-sha256;x-amz-date", wantSignature: "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
		},
		{
			name: "GET Bucket Lifecycle", method: "GET", url: "https://examplebucket.s3.amazonaws.com/?lifecycle",
			payload:    emptySHA256,
			wantSigned: "host;x-amz-content-sha256;x-amz-date", wantSignature: "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543",
		},
		{
			name: "Get Bucket (List Objects)", method: "GET", url: "https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J",
			payload:    emptySHA256,
			wantSigned: "host;x-amz-content-sha256;x-amz-date", wantSignature: "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, tt.url, nil)
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range tt.headers {
				req.Header.Set(k, v)
			}
			sign(req, creds, "us-east-1", tt.payload, day)
			auth := req.Header.Get("Authorization")
			t.Log(auth)
			if !strings.Contains(auth, "Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders="+tt.wantSigned+", Signature=") {
				t.Errorf("Authorization %q: want credential scope and signed headers %s", auth, tt.wantSigned)
			}
			if !strings.HasSuffix(auth, "Signature="+tt.wantSignature) {
				t.Errorf("Authorization %q: want signature %s", auth, tt.wantSignature)
			}
		})
	}
}
