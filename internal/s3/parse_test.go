package s3

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestParseListing(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		keys      []string
		truncated bool
		next      string
		wantErr   bool
	}{
		{name: "one page", body: `<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><Prefix>acts/</Prefix><KeyCount>2</KeyCount>
<IsTruncated>false</IsTruncated><Contents><Key>acts/1.json</Key><Size>10</Size></Contents><Contents><Key>acts/2 &amp; 3.json</Key></Contents></ListBucketResult>`,
			keys: []string{"acts/1.json", "acts/2 & 3.json"}},
		{name: "more to come", body: `<ListBucketResult><IsTruncated>true</IsTruncated><NextContinuationToken>abc/=</NextContinuationToken><Contents><Key>k</Key></Contents></ListBucketResult>`,
			keys: []string{"k"}, truncated: true, next: "abc/="},
		{name: "empty", body: `<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>`},
		{name: "an error document", body: `<Error><Code>AccessDenied</Code></Error>`, wantErr: true},
		{name: "not XML", body: `<html>proxy error`, wantErr: true},
		{name: "nothing", body: ``, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, err := parseListing([]byte(tt.body))
			if (err != nil) != tt.wantErr {
				t.Fatalf("error %v, want one: %v", err, tt.wantErr)
			}
			if !slices.Equal(page.keys, tt.keys) || page.truncated != tt.truncated || page.next != tt.next {
				t.Errorf("keys %q truncated %v next %q; want %q %v %q", page.keys, page.truncated, page.next, tt.keys, tt.truncated, tt.next)
			}
		})
	}
}

func TestParseError(t *testing.T) {
	tests := []struct{ body, code, message string }{
		{`<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>x</Key></Error>`,
			"NoSuchKey", "The specified key does not exist."},
		{`<Error><Code>SlowDown</Code></Error>`, "SlowDown", ""},
		{`<Error><Code>X</Code><Message>` + strings.Repeat("long\n", 200) + `</Message></Error>`, "X", strings.Repeat("long ", 60) + "…"},
		{`<html>502 Bad Gateway</html>`, "", ""},
		{``, "", ""},
	}
	for _, tt := range tests {
		code, message := parseError([]byte(tt.body))
		if code != tt.code || message != tt.message {
			t.Errorf("parseError(%.40q) = %q, %q; want %q, %q", tt.body, code, message, tt.code, tt.message)
		}
	}
}

func TestParseAssumedRole(t *testing.T) {
	body := `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>ASIAEXAMPLE</AccessKeyId><SecretAccessKey>secret</SecretAccessKey>
      <SessionToken>token</SessionToken><Expiration>2026-12-03T20:00:00Z</Expiration>
    </Credentials>
    <AssumedRoleUser><Arn>arn:aws:sts::1:assumed-role/albo/s</Arn></AssumedRoleUser>
  </AssumeRoleWithWebIdentityResult>
</AssumeRoleWithWebIdentityResponse>`
	creds, err := parseAssumedRole([]byte(body))
	if err != nil {
		t.Fatal(err)
	}
	want := Credentials{AccessKeyID: "ASIAEXAMPLE", SecretAccessKey: "secret", SessionToken: "token", Expires: time.Date(2026, 12, 3, 20, 0, 0, 0, time.UTC)}
	if creds != want {
		t.Errorf("got %+v, want %+v", creds, want)
	}
	for _, bad := range []string{`<ErrorResponse><Error><Code>AccessDenied</Code></Error></ErrorResponse>`, `{}`, ``} {
		if _, err := parseAssumedRole([]byte(bad)); err == nil {
			t.Errorf("parseAssumedRole(%q): no error", bad)
		}
	}
}

func TestIniSection(t *testing.T) {
	file := `# a comment
[default]
aws_access_key_id = AKIADEFAULT
aws_secret_access_key=secret1

; another
[ archive ]
AWS_Access_Key_ID = AKIAARCHIVE
aws_secret_access_key = secret = with equals
[profile archive]
aws_access_key_id = AKIACONFIG
`
	tests := []struct {
		section string
		want    map[string]string
		wantErr bool
	}{
		{"default", map[string]string{"aws_access_key_id": "AKIADEFAULT", "aws_secret_access_key": "secret1"}, false},
		{"archive", map[string]string{"aws_access_key_id": "AKIAARCHIVE", "aws_secret_access_key": "secret = with equals"}, false},
		{"profile archive", map[string]string{"aws_access_key_id": "AKIACONFIG"}, false},
		{"missing", nil, true},
	}
	for _, tt := range tests {
		got, err := iniSection(strings.NewReader(file), tt.section)
		if (err != nil) != tt.wantErr {
			t.Errorf("[%s]: error %v", tt.section, err)
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("[%s]: %v, want %v", tt.section, got, tt.want)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("[%s] %s = %q, want %q", tt.section, k, got[k], v)
			}
		}
	}
}

// The store's and the credential services' answers are outside input:
// whatever they hold, reading them ends in a value or an error.
func FuzzParseListing(f *testing.F) {
	f.Add([]byte(`<ListBucketResult><IsTruncated>true</IsTruncated><NextContinuationToken>t</NextContinuationToken><Contents><Key>k</Key></Contents></ListBucketResult>`))
	f.Add([]byte(`<Error><Code>X</Code></Error>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		page, err := parseListing(body)
		if err != nil && (page.keys != nil || page.truncated) {
			t.Fatalf("an error with a page: %+v", page)
		}
	})
}

func FuzzParseError(f *testing.F) {
	f.Add([]byte(`<Error><Code>NoSuchKey</Code><Message>m</Message></Error>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		code, message := parseError(body)
		if len(code) > 100+len("…") || len(message) > 300+len("…") || strings.ContainsAny(code+message, "\n\r") ||
			(utf8.ValidString(string(body)) && !utf8.ValidString(code+message)) {
			t.Fatalf("code %q message %q: not one short line", code, message)
		}
	})
}

func FuzzParseAssumedRole(f *testing.F) {
	f.Add([]byte(`<R><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>a</AccessKeyId><SecretAccessKey>s</SecretAccessKey></Credentials></AssumeRoleWithWebIdentityResult></R>`))
	f.Fuzz(func(t *testing.T, body []byte) {
		creds, err := parseAssumedRole(body)
		if err == nil && (creds.AccessKeyID == "" || creds.SecretAccessKey == "") {
			t.Fatalf("credentials without keys: %+v", creds)
		}
	})
}

func FuzzIniSection(f *testing.F) {
	f.Add("[default]\naws_access_key_id = a\n", "default")
	f.Add("[", "")
	f.Fuzz(func(t *testing.T, file, section string) {
		keys, err := iniSection(strings.NewReader(file), section)
		if err == nil && keys == nil {
			t.Fatal("no error and no keys")
		}
	})
}
