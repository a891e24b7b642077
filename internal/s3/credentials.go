package s3

import (
	"bufio"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Credentials sign requests; without an access key, requests go
// unsigned (a public bucket).
type Credentials struct {
	AccessKeyID, SecretAccessKey string
	// SessionToken comes with temporary credentials.
	SessionToken string
	// Expires is when temporary credentials end; zero for keys that do
	// not.
	Expires time.Time
}

func (c Credentials) anonymous() bool { return c.AccessKeyID == "" }

// A Provider finds credentials.
type Provider interface {
	Retrieve(ctx context.Context) (Credentials, error)
}

// Anonymous provides no credentials: requests go unsigned.
type Anonymous struct{}

func (Anonymous) Retrieve(context.Context) (Credentials, error) { return Credentials{}, nil }

// Static provides the credentials it holds.
type Static Credentials

func (s Static) Retrieve(context.Context) (Credentials, error) { return Credentials(s), nil }

// Chain provides the credentials of the first of its providers that has
// some; when none has, requests go unsigned, as AWS's tools send them.
type Chain []Provider

func (c Chain) Retrieve(ctx context.Context) (Credentials, error) {
	for _, p := range c {
		if creds, err := p.Retrieve(ctx); err == nil && !creds.anonymous() {
			return creds, nil
		} else if ctx.Err() != nil {
			return Credentials{}, ctx.Err()
		}
	}
	return Credentials{}, nil
}

// AWSChain looks for credentials as AWS's tools do: the environment
// (Env), then the shared credentials file (SharedFile, of profile), then
// the role of the machine or container (Role).
func AWSChain(profile string) Chain {
	return Chain{Env{}, SharedFile{Profile: profile}, Role{}}
}

// Env provides the credentials of AWS_ACCESS_KEY_ID (or AWS_ACCESS_KEY),
// AWS_SECRET_ACCESS_KEY (or AWS_SECRET_KEY) and AWS_SESSION_TOKEN.
type Env struct{}

func (Env) Retrieve(context.Context) (Credentials, error) {
	id := cmpOr(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_ACCESS_KEY"))
	secret := cmpOr(os.Getenv("AWS_SECRET_ACCESS_KEY"), os.Getenv("AWS_SECRET_KEY"))
	if id == "" || secret == "" {
		return Credentials{}, errors.New("no AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment")
	}
	return Credentials{AccessKeyID: id, SecretAccessKey: secret, SessionToken: os.Getenv("AWS_SESSION_TOKEN")}, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// SharedFile provides the credentials of a profile of the shared
// credentials file (AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials),
// else of the config file (AWS_CONFIG_FILE, else ~/.aws/config), where a
// profile other than the default is "[profile NAME]". The profile is
// Profile, else AWS_PROFILE, else "default".
type SharedFile struct {
	Profile string
}

// maxCredentialsFile bounds the files read.
const maxCredentialsFile = 1 << 20

func (s SharedFile) Retrieve(context.Context) (Credentials, error) {
	profile := cmpOr(cmpOr(s.Profile, os.Getenv("AWS_PROFILE")), "default")
	home, homeErr := os.UserHomeDir()
	path := func(variable, name string) string {
		if p := os.Getenv(variable); p != "" || homeErr != nil {
			return p
		}
		return filepath.Join(home, ".aws", name)
	}
	creds, err := profileKeys(path("AWS_SHARED_CREDENTIALS_FILE", "credentials"), profile)
	if err == nil {
		return creds, nil
	}
	section := "profile " + profile
	if profile == "default" {
		section = profile
	}
	if creds, cerr := profileKeys(path("AWS_CONFIG_FILE", "config"), section); cerr == nil {
		return creds, nil
	}
	return Credentials{}, err
}

// profileKeys reads the keys of one section of an AWS file.
func profileKeys(path, section string) (Credentials, error) {
	if path == "" {
		return Credentials{}, errors.New("no home folder for the AWS files")
	}
	f, err := os.Open(path)
	if err != nil {
		return Credentials{}, err
	}
	defer f.Close()
	keys, err := iniSection(io.LimitReader(f, maxCredentialsFile), section)
	if err != nil {
		return Credentials{}, fmt.Errorf("%s: %w", path, err)
	}
	creds := Credentials{AccessKeyID: keys["aws_access_key_id"], SecretAccessKey: keys["aws_secret_access_key"], SessionToken: keys["aws_session_token"]}
	if creds.AccessKeyID == "" || creds.SecretAccessKey == "" {
		return Credentials{}, fmt.Errorf("%s: [%s] has no aws_access_key_id and aws_secret_access_key", path, section)
	}
	return creds, nil
}

// iniSection reads the keys of one section of an INI file, as the shared
// credentials file is written: "[name]" lines, "key = value" lines, and
// comments from "#" or ";".
func iniSection(r io.Reader, name string) (map[string]string, error) {
	keys, in, found := map[string]string{}, false, false
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "", line[0] == '#', line[0] == ';':
		case line[0] == '[':
			section := strings.TrimSpace(strings.Trim(line, "[]"))
			in = section == name
			found = found || in
		case in:
			if k, v, ok := strings.Cut(line, "="); ok {
				keys[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("no [%s]", name)
	}
	return keys, nil
}

// Role provides the temporary credentials of the role the machine or
// container runs as:
//   - a container's (ECS, EKS Pod Identity): from
//     AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI,
//     with AWS_CONTAINER_AUTHORIZATION_TOKEN(_FILE);
//   - a Kubernetes service account's (EKS IRSA): AWS_ROLE_ARN assumed
//     with the token in AWS_WEB_IDENTITY_TOKEN_FILE, from STS
//     (AWS_ENDPOINT_URL_STS, else that of AWS_REGION, else the global one);
//   - an EC2 instance's: from the instance metadata service (IMDSv2, else
//     v1; AWS_EC2_METADATA_SERVICE_ENDPOINT, unless
//     AWS_EC2_METADATA_DISABLED is true).
type Role struct {
	// HTTP asks the services; nil is a client with short timeouts.
	HTTP *http.Client
}

// roleTimeout bounds each request for a role's credentials: on a machine
// that is not in the cloud, the metadata address does not answer.
const roleTimeout = 2 * time.Second

// maxRoleResponse bounds the answer read from a credentials service.
const maxRoleResponse = 1 << 20

func (r Role) Retrieve(ctx context.Context) (Credentials, error) {
	client := r.HTTP
	if client == nil {
		client = &http.Client{Timeout: roleTimeout}
	}
	switch {
	case os.Getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") != "" || os.Getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != "":
		return containerCredentials(ctx, client)
	case os.Getenv("AWS_WEB_IDENTITY_TOKEN_FILE") != "" && os.Getenv("AWS_ROLE_ARN") != "":
		return webIdentityCredentials(ctx, client)
	case strings.EqualFold(os.Getenv("AWS_EC2_METADATA_DISABLED"), "true"):
		return Credentials{}, errors.New("AWS_EC2_METADATA_DISABLED")
	}
	return instanceCredentials(ctx, client)
}

// roleJSON is the credentials document of the container and instance
// services.
type roleJSON struct {
	Code            string
	Message         string
	AccessKeyID     string `json:"AccessKeyId"`
	SecretAccessKey string
	Token           string
	Expiration      time.Time
}

func (j roleJSON) credentials() (Credentials, error) {
	if j.Code != "" && j.Code != "Success" {
		return Credentials{}, fmt.Errorf("%s: %s", j.Code, j.Message)
	}
	if j.AccessKeyID == "" || j.SecretAccessKey == "" {
		return Credentials{}, errors.New("no AccessKeyId and SecretAccessKey in the answer")
	}
	return Credentials{AccessKeyID: j.AccessKeyID, SecretAccessKey: j.SecretAccessKey, SessionToken: j.Token, Expires: j.Expiration}, nil
}

func containerCredentials(ctx context.Context, client *http.Client) (Credentials, error) {
	endpoint := os.Getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI")
	if rel := os.Getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"); rel != "" {
		endpoint = "http://169.254.170.2" + rel
	}
	token := os.Getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN")
	if file := os.Getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"); file != "" {
		data, err := os.ReadFile(file)
		if err != nil {
			return Credentials{}, err
		}
		token = strings.TrimSpace(string(data))
	}
	header := http.Header{}
	if token != "" {
		header.Set("Authorization", token)
	}
	body, err := roleRequest(ctx, client, http.MethodGet, endpoint, header, nil)
	if err != nil {
		return Credentials{}, fmt.Errorf("container credentials: %w", err)
	}
	var j roleJSON
	if err := json.Unmarshal(body, &j); err != nil {
		return Credentials{}, fmt.Errorf("container credentials: %w", err)
	}
	return j.credentials()
}

func instanceCredentials(ctx context.Context, client *http.Client) (Credentials, error) {
	base := strings.TrimSuffix(cmpOr(os.Getenv("AWS_EC2_METADATA_SERVICE_ENDPOINT"), "http://169.254.169.254"), "/")
	header := http.Header{}
	// IMDSv2 first; an instance that only speaks v1 refuses the token.
	if token, err := roleRequest(ctx, client, http.MethodPut, base+"/latest/api/token",
		http.Header{"X-Aws-Ec2-Metadata-Token-Ttl-Seconds": {"21600"}}, nil); err == nil {
		header.Set("X-Aws-Ec2-Metadata-Token", strings.TrimSpace(string(token)))
	} else if ctx.Err() != nil {
		return Credentials{}, ctx.Err()
	}
	const path = "/latest/meta-data/iam/security-credentials/"
	roles, err := roleRequest(ctx, client, http.MethodGet, base+path, header, nil)
	if err != nil {
		return Credentials{}, fmt.Errorf("instance role: %w", err)
	}
	role, _, _ := strings.Cut(strings.TrimSpace(string(roles)), "\n")
	if role == "" {
		return Credentials{}, errors.New("instance role: the instance has none")
	}
	body, err := roleRequest(ctx, client, http.MethodGet, base+path+url.PathEscape(role), header, nil)
	if err != nil {
		return Credentials{}, fmt.Errorf("instance role %s: %w", role, err)
	}
	var j roleJSON
	if err := json.Unmarshal(body, &j); err != nil {
		return Credentials{}, fmt.Errorf("instance role %s: %w", role, err)
	}
	return j.credentials()
}

func webIdentityCredentials(ctx context.Context, client *http.Client) (Credentials, error) {
	token, err := os.ReadFile(os.Getenv("AWS_WEB_IDENTITY_TOKEN_FILE"))
	if err != nil {
		return Credentials{}, err
	}
	endpoint := os.Getenv("AWS_ENDPOINT_URL_STS")
	if endpoint == "" {
		endpoint = "https://sts.amazonaws.com"
		if region := cmpOr(os.Getenv("AWS_REGION"), os.Getenv("AWS_DEFAULT_REGION")); region != "" {
			endpoint = "https://sts." + region + ".amazonaws.com"
		}
	}
	session := cmpOr(os.Getenv("AWS_ROLE_SESSION_NAME"), "albo-"+strconv.FormatInt(time.Now().UnixNano(), 36))
	form := url.Values{"Action": {"AssumeRoleWithWebIdentity"}, "Version": {"2011-06-15"}, "RoleArn": {os.Getenv("AWS_ROLE_ARN")},
		"RoleSessionName": {session}, "WebIdentityToken": {strings.TrimSpace(string(token))}}
	body, err := roleRequest(ctx, client, http.MethodPost, endpoint, http.Header{"Content-Type": {"application/x-www-form-urlencoded"}},
		strings.NewReader(form.Encode()))
	if err != nil {
		return Credentials{}, fmt.Errorf("assume role %s: %w", os.Getenv("AWS_ROLE_ARN"), err)
	}
	creds, err := parseAssumedRole(body)
	if err != nil {
		return Credentials{}, fmt.Errorf("assume role %s: %w", os.Getenv("AWS_ROLE_ARN"), err)
	}
	return creds, nil
}

// parseAssumedRole reads STS's answer to AssumeRoleWithWebIdentity.
func parseAssumedRole(body []byte) (Credentials, error) {
	var resp struct {
		Credentials struct {
			AccessKeyID     string    `xml:"AccessKeyId"`
			SecretAccessKey string    `xml:"SecretAccessKey"`
			SessionToken    string    `xml:"SessionToken"`
			Expiration      time.Time `xml:"Expiration"`
		} `xml:"AssumeRoleWithWebIdentityResult>Credentials"`
	}
	if err := xml.Unmarshal(body, &resp); err != nil {
		return Credentials{}, err
	}
	c := resp.Credentials
	if c.AccessKeyID == "" || c.SecretAccessKey == "" {
		return Credentials{}, errors.New("no credentials in the answer")
	}
	return Credentials{AccessKeyID: c.AccessKeyID, SecretAccessKey: c.SecretAccessKey, SessionToken: c.SessionToken, Expires: c.Expiration}, nil
}

// roleRequest makes one request of a credentials service and returns the
// body of its 200 answer.
func roleRequest(ctx context.Context, client *http.Client, method, target string, header http.Header, body io.Reader) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		return nil, err
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxRoleResponse))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s %s: %s", method, target, resp.Status)
	}
	return data, nil
}

// credentialCache keeps what a provider found until shortly before it
// expires.
type credentialCache struct {
	provider Provider
	mu       sync.Mutex
	creds    Credentials
	valid    bool
}

// refreshBefore is how long before temporary credentials expire they are
// looked for again.
const refreshBefore = 5 * time.Minute

func (c *credentialCache) get(ctx context.Context) (Credentials, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.valid && (c.creds.Expires.IsZero() || time.Until(c.creds.Expires) > refreshBefore) {
		return c.creds, nil
	}
	creds, err := c.provider.Retrieve(ctx)
	if err != nil {
		return Credentials{}, err
	}
	c.creds, c.valid = creds, true
	return creds, nil
}

// forget drops what the cache keeps, so that the next request asks the
// provider again: the store said the credentials had expired before the
// clock did.
func (c *credentialCache) forget() {
	c.mu.Lock()
	c.valid = false
	c.mu.Unlock()
}
