package opensearch

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/openalbo/albo/internal/ctxio"
)

// client speaks OpenSearch's REST API over net/http. The API used is a
// dozen endpoints with JSON bodies; the official client would add a
// dependency tree for request builders this package does not need, and
// the retries on back-pressure are albo's own either way.
type client struct {
	base       string // scheme://host:port, no trailing slash
	user, pass string
	http       *http.Client
	// retries bounds the attempts of a request refused for back-pressure
	// (429, 502, 503, 504) or a failed connection; backoff is the first
	// wait, doubled each time up to maxBackoff.
	retries    int
	backoff    time.Duration
	maxBackoff time.Duration
}

// apiError is an answer of OpenSearch with an error status.
type apiError struct {
	Status int
	Type   string
	Reason string
}

func (e *apiError) Error() string {
	if e.Type == "" {
		return fmt.Sprintf("status %d: %s", e.Status, e.Reason)
	}
	return fmt.Sprintf("%s: %s (status %d)", e.Type, e.Reason, e.Status)
}

// isBusy says whether a status asks the client to slow down and retry.
func isBusy(status int) bool {
	switch status {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// do sends a request and decodes a 2xx JSON answer into out (when not
// nil). A body is JSON-encoded unless it is already []byte (NDJSON).
// Back-pressure and connection failures are retried with a growing wait;
// any other error status is an *apiError.
func (c *client) do(ctx context.Context, method, path string, body, out any) error {
	var payload []byte
	contentType := "application/json"
	switch b := body.(type) {
	case nil:
	case []byte:
		payload, contentType = b, "application/x-ndjson"
	default:
		var err error
		if payload, err = json.Marshal(b); err != nil {
			return err
		}
	}
	wait := c.backoff
	for attempt := 1; ; attempt++ {
		status, data, err := c.once(ctx, method, path, contentType, payload)
		retry := err != nil || isBusy(status)
		if !retry {
			if status/100 != 2 {
				return decodeError(status, data)
			}
			if out == nil {
				return nil
			}
			if err := json.Unmarshal(data, out); err != nil {
				return fmt.Errorf("%s %s: answer not understood: %w", method, path, err)
			}
			return nil
		}
		if attempt >= c.retries {
			if err != nil {
				return err
			}
			return fmt.Errorf("still refused after %d attempts: %w", attempt, decodeError(status, data))
		}
		if err := ctxio.Sleep(ctx, wait); err != nil {
			return err
		}
		wait = min(2*wait, c.maxBackoff)
	}
}

// once sends one request and reads the whole answer.
func (c *client) once(ctx context.Context, method, path, contentType string, payload []byte) (int, []byte, error) {
	var body io.Reader
	if payload != nil {
		body = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, body)
	if err != nil {
		return 0, nil, err
	}
	if payload != nil {
		req.Header.Set("Content-Type", contentType)
	}
	if c.user != "" {
		req.SetBasicAuth(c.user, c.pass)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return 0, nil, ctx.Err()
		}
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswer))
	if err != nil {
		return 0, nil, err
	}
	return resp.StatusCode, data, nil
}

// maxAnswer bounds what is read of one answer: a page of a thousand hits
// with highlights is a few megabytes.
const maxAnswer = 256 << 20

// decodeError reads OpenSearch's error body, or keeps the start of
// whatever else answered.
func decodeError(status int, data []byte) error {
	var e struct {
		Error json.RawMessage `json:"error"`
	}
	out := &apiError{Status: status}
	if json.Unmarshal(data, &e) == nil && len(e.Error) > 0 {
		var detail struct {
			Type      string `json:"type"`
			Reason    string `json:"reason"`
			RootCause []struct {
				Type   string `json:"type"`
				Reason string `json:"reason"`
			} `json:"root_cause"`
		}
		if json.Unmarshal(e.Error, &detail) == nil {
			out.Type, out.Reason = detail.Type, detail.Reason
			if len(detail.RootCause) > 0 && detail.RootCause[0].Reason != "" {
				out.Type, out.Reason = detail.RootCause[0].Type, detail.RootCause[0].Reason
			}
			return out
		}
		_ = json.Unmarshal(e.Error, &out.Reason) // "error": "a string"
		return out
	}
	out.Reason = string(data[:min(len(data), 200)])
	return out
}

func isStatus(err error, status int) bool {
	var e *apiError
	return errors.As(err, &e) && e.Status == status
}
