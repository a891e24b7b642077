package s3

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// cleanEnv empties every variable the providers read, so that the
// machine's own do not count.
func cleanEnv(t *testing.T) {
	for _, v := range []string{"AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "AWS_SESSION_TOKEN",
		"AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_PROFILE", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
		"AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
		"AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_ROLE_SESSION_NAME", "AWS_ENDPOINT_URL_STS", "AWS_REGION",
		"AWS_DEFAULT_REGION", "AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_EC2_METADATA_DISABLED"} {
		t.Setenv(v, "")
	}
	t.Setenv("HOME", t.TempDir())
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEnvAndSharedFiles(t *testing.T) {
	credentialsFile := "[default]\naws_access_key_id = AKIAFILE\naws_secret_access_key = s1\n[archive]\naws_access_key_id = AKIAARCHIVE\naws_secret_access_key = s2\naws_session_token = tok\n"
	configFile := "[profile cfg]\naws_access_key_id = AKIACONFIG\naws_secret_access_key = s3\n"
	tests := []struct {
		name    string
		env     map[string]string
		profile string
		wantID  string // "": anonymous
	}{
		{name: "nothing anywhere", env: map[string]string{"AWS_EC2_METADATA_DISABLED": "true"}},
		{name: "the environment", env: map[string]string{"AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SECRET_ACCESS_KEY": "s", "AWS_SHARED_CREDENTIALS_FILE": "CREDS"}, wantID: "AKIAENV"},
		{name: "the older names", env: map[string]string{"AWS_ACCESS_KEY": "AKIAOLD", "AWS_SECRET_KEY": "s"}, wantID: "AKIAOLD"},
		{name: "a key without its secret is none", env: map[string]string{"AWS_ACCESS_KEY_ID": "AKIAENV", "AWS_SHARED_CREDENTIALS_FILE": "CREDS"}, wantID: "AKIAFILE"},
		{name: "the default profile", env: map[string]string{"AWS_SHARED_CREDENTIALS_FILE": "CREDS"}, wantID: "AKIAFILE"},
		{name: "AWS_PROFILE", env: map[string]string{"AWS_SHARED_CREDENTIALS_FILE": "CREDS", "AWS_PROFILE": "archive"}, wantID: "AKIAARCHIVE"},
		{name: "the URL's profile over AWS_PROFILE", env: map[string]string{"AWS_SHARED_CREDENTIALS_FILE": "CREDS", "AWS_PROFILE": "nope"}, profile: "archive", wantID: "AKIAARCHIVE"},
		{name: "the config file's [profile NAME]", env: map[string]string{"AWS_SHARED_CREDENTIALS_FILE": "CREDS", "AWS_CONFIG_FILE": "CONFIG"}, profile: "cfg", wantID: "AKIACONFIG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cleanEnv(t)
			t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
			for k, v := range tt.env {
				v = strings.ReplaceAll(v, "CREDS", writeFile(t, "credentials", credentialsFile))
				v = strings.ReplaceAll(v, "CONFIG", writeFile(t, "config", configFile))
				t.Setenv(k, v)
			}
			creds, err := AWSChain(tt.profile).Retrieve(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if creds.AccessKeyID != tt.wantID {
				t.Errorf("access key %q, want %q", creds.AccessKeyID, tt.wantID)
			}
			if tt.wantID == "AKIAARCHIVE" && creds.SessionToken != "tok" {
				t.Errorf("session token %q, want the profile's", creds.SessionToken)
			}
		})
	}
}

// roleJSONAnswer is what the container and instance services answer.
func roleJSONAnswer(id string, expires time.Time) string {
	b, _ := json.Marshal(map[string]any{"Code": "Success", "AccessKeyId": id, "SecretAccessKey": "s", "Token": "tok-" + id, "Expiration": expires})
	return string(b)
}

func TestRoles(t *testing.T) {
	expires := time.Now().Add(time.Hour).UTC().Truncate(time.Second)
	tests := []struct {
		name    string
		env     func(server string) map[string]string
		handler http.HandlerFunc
		wantID  string
		wantErr string
	}{
		{
			name: "container, full URI and token file",
			env: func(server string) map[string]string {
				return map[string]string{"AWS_CONTAINER_CREDENTIALS_FULL_URI": server + "/creds", "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": "TOKENFILE"}
			},
			handler: func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path != "/creds" || r.Header.Get("Authorization") != "pod-token" {
					http.Error(w, "who?", http.StatusUnauthorized)
					return
				}
				io.WriteString(w, roleJSONAnswer("ASIACONTAINER", expires))
			},
			wantID: "ASIACONTAINER",
		},
		{
			name: "service account, web identity from STS",
			env: func(server string) map[string]string {
				return map[string]string{"AWS_WEB_IDENTITY_TOKEN_FILE": "TOKENFILE", "AWS_ROLE_ARN": "arn:aws:iam::1:role/albo", "AWS_ENDPOINT_URL_STS": server}
			},
			handler: func(w http.ResponseWriter, r *http.Request) {
				r.ParseForm()
				if r.Method != http.MethodPost || r.Form.Get("Action") != "AssumeRoleWithWebIdentity" || r.Form.Get("WebIdentityToken") != "pod-token" ||
					r.Form.Get("RoleArn") != "arn:aws:iam::1:role/albo" {
					http.Error(w, "<ErrorResponse/>", http.StatusForbidden)
					return
				}
				io.WriteString(w, `<AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials><AccessKeyId>ASIASTS</AccessKeyId>
<SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>`+expires.Format(time.RFC3339)+`</Expiration></Credentials></AssumeRoleWithWebIdentityResult></AssumeRoleWithWebIdentityResponse>`)
			},
			wantID: "ASIASTS",
		},
		{
			name: "instance, IMDSv2",
			env: func(server string) map[string]string {
				return map[string]string{"AWS_EC2_METADATA_SERVICE_ENDPOINT": server}
			},
			handler: func(w http.ResponseWriter, r *http.Request) {
				switch {
				case r.Method == http.MethodPut && r.URL.Path == "/latest/api/token" && r.Header.Get("X-Aws-Ec2-Metadata-Token-Ttl-Seconds") != "":
					io.WriteString(w, "imds-token")
				case r.Header.Get("X-Aws-Ec2-Metadata-Token") != "imds-token":
					http.Error(w, "", http.StatusUnauthorized)
				case r.URL.Path == "/latest/meta-data/iam/security-credentials/":
					io.WriteString(w, "albo-role\n")
				case r.URL.Path == "/latest/meta-data/iam/security-credentials/albo-role":
					io.WriteString(w, roleJSONAnswer("ASIAINSTANCE", expires))
				default:
					http.NotFound(w, r)
				}
			},
			wantID: "ASIAINSTANCE",
		},
		{
			name: "instance without a role",
			env: func(server string) map[string]string {
				return map[string]string{"AWS_EC2_METADATA_SERVICE_ENDPOINT": server}
			},
			handler: func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) },
			wantErr: "instance role: GET",
		},
		{
			name: "a service answering nonsense",
			env: func(server string) map[string]string {
				return map[string]string{"AWS_CONTAINER_CREDENTIALS_FULL_URI": server}
			},
			handler: func(w http.ResponseWriter, r *http.Request) {
				io.WriteString(w, `{"Code":"Failure","Message":"no role"}`)
			},
			wantErr: "Failure: no role",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cleanEnv(t)
			server := httptest.NewServer(tt.handler)
			defer server.Close()
			for k, v := range tt.env(server.URL) {
				t.Setenv(k, strings.ReplaceAll(v, "TOKENFILE", writeFile(t, "token", "pod-token\n")))
			}
			creds, err := Role{}.Retrieve(t.Context())
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("%+v, %v; want an error saying %q", creds, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if creds.AccessKeyID != tt.wantID || creds.SecretAccessKey != "s" || creds.SessionToken == "" || !creds.Expires.Equal(expires) {
				t.Errorf("%+v, want %s expiring at %v with a session token", creds, tt.wantID, expires)
			}
		})
	}
}

// countingProvider hands out credentials that expire after ttl.
type countingProvider struct {
	calls atomic.Int32
	ttl   time.Duration
}

func (p *countingProvider) Retrieve(context.Context) (Credentials, error) {
	n := p.calls.Add(1)
	return Credentials{AccessKeyID: "AKID" + string(rune('0'+n)), SecretAccessKey: "s", Expires: time.Now().Add(p.ttl)}, nil
}

func TestCredentialsKeptUntilNearTheirEnd(t *testing.T) {
	for _, tt := range []struct {
		ttl       time.Duration
		wantCalls int32
	}{{time.Hour, 1}, {refreshBefore / 2, 3}} {
		p := &countingProvider{ttl: tt.ttl}
		cache := &credentialCache{provider: p}
		for range 3 {
			if _, err := cache.get(t.Context()); err != nil {
				t.Fatal(err)
			}
		}
		if p.calls.Load() != tt.wantCalls {
			t.Errorf("credentials valid for %v: asked %d times in 3 requests, want %d", tt.ttl, p.calls.Load(), tt.wantCalls)
		}
	}
}
