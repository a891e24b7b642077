package corpus

import (
	"strings"
	"testing"

	"github.com/openalbo/albo/internal/s3"
)

func TestParseBucketURL(t *testing.T) {
	tests := []struct {
		url        string
		bucket     string
		endpoint   string
		region     string
		secure     bool
		pathStyle  bool
		anonymous  bool
		wantErrHas string // empty: no error
	}{
		{url: "s3://albo-corpus", bucket: "albo-corpus", endpoint: "s3.amazonaws.com", secure: true},
		{url: "s3://albo-corpus?region=eu-south-1", bucket: "albo-corpus", endpoint: "s3.eu-south-1.amazonaws.com", region: "eu-south-1", secure: true},
		{url: "s3://albo-corpus/?region=eu-south-1", bucket: "albo-corpus", endpoint: "s3.eu-south-1.amazonaws.com", region: "eu-south-1", secure: true},
		{url: "s3://bkt?endpoint=http://seaweedfs-s3:8333&region=us-east-1&use_path_style=true",
			bucket: "bkt", endpoint: "seaweedfs-s3:8333", region: "us-east-1", pathStyle: true},
		{url: "s3://bkt?endpoint=https://minio.example.org", bucket: "bkt", endpoint: "minio.example.org", secure: true},
		{url: "s3://bkt?endpoint=minio.example.org:9000&disable_https=true", bucket: "bkt", endpoint: "minio.example.org:9000"},
		{url: "s3://bkt?endpoint=minio.example.org:9000", bucket: "bkt", endpoint: "minio.example.org:9000", secure: true},
		{url: "s3://bkt?anonymous=true&profile=archive", bucket: "bkt", endpoint: "s3.amazonaws.com", secure: true, anonymous: true},
		{url: "s3://bkt?use_path_style=1", bucket: "bkt", endpoint: "s3.amazonaws.com", secure: true, pathStyle: true},

		{url: "gs://b", wantErrHas: "gs:// is not an object store albo knows"},
		{url: "s3://", wantErrHas: "no bucket"},
		{url: "s3:///corpus", wantErrHas: "no bucket"},
		{url: "s3://bkt/corpus", wantErrHas: "not a folder in one"},
		{url: "s3://bkt?regoin=eu-south-1", wantErrHas: `unknown parameter "regoin"`},
		{url: "s3://bkt?use_path_style=yes", wantErrHas: "use_path_style=yes: want true or false"},
		{url: "s3://bkt?disable_https=maybe", wantErrHas: "disable_https=maybe"},
		{url: "s3://bkt?anonymous=2", wantErrHas: "anonymous=2"},
		{url: "s3://bkt?endpoint=ftp://host", wantErrHas: "want http(s)://HOST[:PORT]"},
		{url: "s3://bkt?endpoint=http://", wantErrHas: "want http(s)://HOST[:PORT]"},
		{url: "s3://bkt?endpoint=http://host/path", wantErrHas: "want http(s)://HOST[:PORT]"},
		{url: "s3://b%zz", wantErrHas: "invalid URL escape"},
		{url: "s3://b", wantErrHas: `"b" is not a bucket's name`},
		{url: "s3://Bad_Bucket!", wantErrHas: "is not a bucket's name"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			loc, err := parseBucketURL(tt.url)
			if tt.wantErrHas != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErrHas) {
					t.Fatalf("error %v, want one saying %q", err, tt.wantErrHas)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			c := loc.config
			if loc.bucket != tt.bucket || c.Endpoint != tt.endpoint || c.Region != tt.region || c.Secure != tt.secure {
				t.Errorf("bucket %q endpoint %q region %q secure %v; want %q %q %q %v",
					loc.bucket, c.Endpoint, c.Region, c.Secure, tt.bucket, tt.endpoint, tt.region, tt.secure)
			}
			if c.PathStyle != tt.pathStyle {
				t.Errorf("path style %v, want %v", c.PathStyle, tt.pathStyle)
			}
			if c.Attempts != bucketAttempts {
				t.Errorf("%d attempts, want %d", c.Attempts, bucketAttempts)
			}
			if _, anonymous := c.Credentials.(s3.Anonymous); anonymous != tt.anonymous {
				t.Errorf("credentials %T, anonymous %v", c.Credentials, tt.anonymous)
			}
			if _, err := s3.New(loc.bucket, c); err != nil {
				t.Errorf("the S3 client refuses the location: %v", err)
			}
		})
	}
}

// FuzzParseBucketURL: whatever --corpus holds, reading it as a bucket URL
// ends in an error or in a location the S3 client takes, never a panic.
func FuzzParseBucketURL(f *testing.F) {
	for _, s := range []string{"s3://b", "s3://b?region=eu-south-1", "s3://b?endpoint=http://127.0.0.1:8333&use_path_style=true",
		"s3://b?endpoint=x:1&disable_https=true&anonymous=true", "s3://b/x", "gs://b", "s3://%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		loc, err := parseBucketURL(raw)
		if err != nil {
			return
		}
		if loc.bucket == "" || loc.config.Endpoint == "" {
			t.Fatalf("%q: location %+v without a bucket or an endpoint", raw, loc)
		}
	})
}
