// Package opensearch is an index.Backend over an OpenSearch cluster's REST
// API, for corpora past one machine: `--index
// opensearch+https://host:9200/albo` (or opensearch+http://…).
//
// The documents live in a concrete index named ALIAS.vVERSION.STAMP that
// an index template (template.go) gives the Italian analysis of the
// embedded index; searches go through the alias. When albo's
// MappingVersion changes, Open creates a new concrete index and the
// update fills it while the alias still serves the old one; Flush then
// moves the alias in one step and drops the old index: a reindex without
// downtime. Query strings are parsed by the same parser as the embedded
// index (bleve's) and translated to the query DSL (query.go), so that a
// query means the same on both.
//
// What is not the same as on the embedded index: scores (OpenSearch ranks
// with BM25), so ties and near ties may come in another order; a
// /regexp/ follows Lucene's syntax, not Go's; a phrase with typos
// ("a b"~1) is searched as the exact phrase; pages stop at hit 100,000.
// The conformance suite (index/indextest) checks everything else gives
// the same answers.
//
// Importing the package registers the opensearch+http and
// opensearch+https schemes with index.OpenAt.
package opensearch

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/openalbo/albo/index"
	"github.com/openalbo/albo/internal/ctxio"
)

func init() {
	for _, scheme := range []string{"opensearch+http", "opensearch+https"} {
		index.RegisterBackend(scheme, func(ctx context.Context, u *url.URL) (index.Backend, bool, error) {
			return Open(ctx, u)
		})
	}
}

// Backend is the OpenSearch index.Backend.
type Backend struct {
	c        *client
	location string // for error messages: the URL without credentials
	alias    string // what searches read
	write    string // the concrete index written
	template string // the index template's name
	// previous is the concrete index the alias names until Flush moves
	// it to write (a rebuild for a new mapping version); "" when none.
	mu       sync.Mutex
	previous string
	swapped  bool
	// bulkBytes bounds one bulk request's body.
	bulkBytes int
}

// validAlias says whether name is what OpenSearch accepts as an index or
// alias name, made stricter: 1 to 201 lowercase letters, digits, '-' and
// '_', not first. It is a loop, not a regular expression: compiling the
// bounded repetition cost every start of albo a millisecond.
func validAlias(name string) bool {
	if name == "" || len(name) > 201 || name[0] == '-' || name[0] == '_' {
		return false
	}
	for _, c := range []byte(name) {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// Open connects to the cluster of u (opensearch+http[s]://[user:pass@]host:port/ALIAS
// [?shards=N&replicas=M]), installs the index template, and opens the
// concrete index of the current MappingVersion behind ALIAS, creating it
// when needed: fresh says it is new, so the next Update fills it.
func Open(ctx context.Context, u *url.URL) (*Backend, bool, error) {
	return open(ctx, u, index.MappingVersion)
}

func open(ctx context.Context, u *url.URL, version string) (*Backend, bool, error) {
	scheme, ok := strings.CutPrefix(u.Scheme, "opensearch+")
	if !ok || (scheme != "http" && scheme != "https") {
		return nil, false, fmt.Errorf("opensearch %s: scheme must be opensearch+http or opensearch+https", u.Redacted())
	}
	alias := strings.Trim(u.Path, "/")
	if !validAlias(alias) {
		return nil, false, fmt.Errorf("opensearch %s: the path must name the index alias (lowercase letters, digits, - and _), got %q", u.Redacted(), alias)
	}
	shards := 1
	if s := u.Query().Get("shards"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 1024 {
			return nil, false, fmt.Errorf("opensearch %s: shards=%q is not a number of shards", u.Redacted(), s)
		}
		shards = n
	}
	replicas := u.Query().Get("replicas")
	if n, err := strconv.Atoi(replicas); replicas != "" && (err != nil || n < 0) {
		return nil, false, fmt.Errorf("opensearch %s: replicas=%q is not a number of replicas", u.Redacted(), replicas)
	}
	plain := *u
	plain.User, plain.RawQuery = nil, ""
	b := &Backend{
		c: &client{base: scheme + "://" + u.Host, http: &http.Client{Timeout: 2 * time.Minute},
			retries: 8, backoff: 200 * time.Millisecond, maxBackoff: 10 * time.Second},
		location:  plain.String(),
		alias:     alias,
		bulkBytes: 8 << 20,
	}
	if u.User != nil {
		b.c.user = u.User.Username()
		b.c.pass, _ = u.User.Password()
	}
	fresh, err := b.prepare(ctx, version, shards, replicas)
	if err != nil {
		return nil, false, fmt.Errorf("opensearch %s: %w", b.location, err)
	}
	return b, fresh, nil
}

// prepare installs the template and picks the concrete index to write.
func (b *Backend) prepare(ctx context.Context, version string, shards int, replicas string) (fresh bool, err error) {
	b.template = b.alias + "-" + version
	if err := b.c.do(ctx, http.MethodPut, "/_index_template/"+b.template,
		template(b.alias+".v"+version+".*", version, shards, replicas), nil); err != nil {
		return false, fmt.Errorf("install the index template: %w", err)
	}
	current, err := b.aliased(ctx)
	if err != nil {
		return false, err
	}
	if current != "" {
		var mappings map[string]struct {
			Mappings struct {
				Meta map[string]string `json:"_meta"`
			} `json:"mappings"`
		}
		if err := b.c.do(ctx, http.MethodGet, "/"+current+"/_mapping", nil, &mappings); err != nil {
			return false, fmt.Errorf("read the mapping of %s: %w", current, err)
		}
		if mappings[current].Mappings.Meta[metaVersion] == version {
			b.write = current
			return false, nil
		}
	}
	// A new concrete index. Others that never took the alias (a rebuild
	// that failed, or an index a reader opened) are dropped by the Flush
	// that moves the alias, not here: another process may be filling one.
	b.write = fmt.Sprintf("%s.v%s.%d", b.alias, version, time.Now().UnixNano())
	if err := b.c.do(ctx, http.MethodPut, "/"+b.write, map[string]any{}, nil); err != nil {
		return false, fmt.Errorf("create the index %s: %w", b.write, err)
	}
	if current == "" {
		// Nothing to keep serving: the alias names the new index at once.
		if err := b.moveAlias(ctx, ""); err != nil {
			return false, err
		}
		return true, nil
	}
	b.previous = current
	return true, nil
}

// aliased is the concrete index the alias names, "" when there is none.
func (b *Backend) aliased(ctx context.Context) (string, error) {
	var got map[string]json.RawMessage
	err := b.c.do(ctx, http.MethodGet, "/_alias/"+b.alias, nil, &got)
	if isStatus(err, http.StatusNotFound) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read the alias %s: %w", b.alias, err)
	}
	if len(got) != 1 {
		return "", fmt.Errorf("the alias %s names %d indexes, want one", b.alias, len(got))
	}
	for name := range got {
		return name, nil
	}
	return "", nil
}

// moveAlias points the alias at the written index, taking it from
// previous (when not "") in the same step.
func (b *Backend) moveAlias(ctx context.Context, previous string) error {
	actions := []map[string]any{{"add": map[string]any{"index": b.write, "alias": b.alias}}}
	if previous != "" {
		actions = append(actions, map[string]any{"remove": map[string]any{"index": previous, "alias": b.alias}})
	}
	if err := b.c.do(ctx, http.MethodPost, "/_aliases", map[string]any{"actions": actions}, nil); err != nil {
		return fmt.Errorf("point the alias %s at %s: %w", b.alias, b.write, err)
	}
	return nil
}

// Index writes the documents with bulk requests of at most bulkBytes,
// then refreshes, so that they are searchable when it returns.
func (b *Backend) Index(ctx context.Context, docs []index.Document) error {
	var body bytes.Buffer
	var ids []string
	for _, d := range docs {
		action, err := json.Marshal(map[string]any{"index": map[string]string{"_index": b.write, "_id": d.ID}})
		if err != nil {
			return err
		}
		doc, err := json.Marshal(d)
		if err != nil {
			return fmt.Errorf("opensearch %s: document %s: %w", b.location, d.ID, err)
		}
		if body.Len() > 0 && body.Len()+len(action)+len(doc)+2 > b.bulkBytes {
			if err := b.bulk(ctx, body.Bytes(), ids); err != nil {
				return err
			}
			body.Reset()
			ids = ids[:0]
		}
		body.Write(action)
		body.WriteByte('\n')
		body.Write(doc)
		body.WriteByte('\n')
		ids = append(ids, d.ID)
	}
	if body.Len() > 0 {
		if err := b.bulk(ctx, body.Bytes(), ids); err != nil {
			return err
		}
	}
	return b.refresh(ctx)
}

// Delete removes the documents by id; unknown ids are ignored.
func (b *Backend) Delete(ctx context.Context, ids []string) error {
	var body bytes.Buffer
	for i, id := range ids {
		action, err := json.Marshal(map[string]any{"delete": map[string]string{"_index": b.write, "_id": id}})
		if err != nil {
			return err
		}
		body.Write(action)
		body.WriteByte('\n')
		if body.Len() > b.bulkBytes || i == len(ids)-1 {
			if err := b.bulk(ctx, body.Bytes(), nil); err != nil {
				return err
			}
			body.Reset()
		}
	}
	return b.refresh(ctx)
}

// bulkAnswer is what _bulk says of each action.
type bulkAnswer struct {
	Errors bool `json:"errors"`
	Items  []map[string]struct {
		ID     string `json:"_id"`
		Status int    `json:"status"`
		Error  *struct {
			Type   string `json:"type"`
			Reason string `json:"reason"`
		} `json:"error"`
	} `json:"items"`
}

// bulk sends NDJSON actions. A request refused whole for back-pressure is
// retried by the client; actions refused one by one for back-pressure
// (429: a full write queue on some shard) are sent again, alone, after a
// growing wait. ids are the documents of the index actions, for messages;
// nil for deletes, of which a 404 is no error.
func (b *Backend) bulk(ctx context.Context, body []byte, ids []string) error {
	lines := bytes.SplitAfter(body, []byte("\n"))
	perAction := 1
	if ids != nil {
		perAction = 2
	}
	wait := b.c.backoff
	for attempt := 1; ; attempt++ {
		var ans bulkAnswer
		if err := b.c.do(ctx, http.MethodPost, "/_bulk", body, &ans); err != nil {
			return fmt.Errorf("opensearch %s: bulk: %w", b.location, err)
		}
		if !ans.Errors {
			return nil
		}
		var again bytes.Buffer
		var againIDs []string
		for i, item := range ans.Items {
			for _, r := range item {
				switch {
				case r.Error == nil, ids == nil && r.Status == http.StatusNotFound:
				case isBusy(r.Status):
					for _, l := range lines[i*perAction : (i+1)*perAction] {
						again.Write(l)
					}
					if ids != nil {
						againIDs = append(againIDs, ids[i])
					}
				default:
					return fmt.Errorf("opensearch %s: document %s: %s: %s", b.location, r.ID, r.Error.Type, r.Error.Reason)
				}
			}
		}
		if again.Len() == 0 {
			return nil
		}
		if attempt >= b.c.retries {
			return fmt.Errorf("opensearch %s: bulk: %d actions still refused for back-pressure after %d attempts", b.location, len(ans.Items), attempt)
		}
		if err := ctxio.Sleep(ctx, wait); err != nil {
			return err
		}
		wait = min(2*wait, b.c.maxBackoff)
		body, ids = again.Bytes(), againIDs
		lines = bytes.SplitAfter(body, []byte("\n"))
	}
}

func (b *Backend) refresh(ctx context.Context) error {
	if err := b.c.do(ctx, http.MethodPost, "/"+b.write+"/_refresh", nil, nil); err != nil {
		return fmt.Errorf("opensearch %s: refresh: %w", b.location, err)
	}
	return nil
}

// Flush makes what was written durable (a Lucene commit on every shard)
// and, after a rebuild, moves the alias to the new index and drops the
// old one.
func (b *Backend) Flush(ctx context.Context) error {
	if err := b.c.do(ctx, http.MethodPost, "/"+b.write+"/_flush", nil, nil); err != nil {
		return fmt.Errorf("opensearch %s: flush: %w", b.location, err)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.previous == "" || b.swapped {
		return nil
	}
	if err := b.moveAlias(ctx, b.previous); err != nil {
		return fmt.Errorf("opensearch %s: %w", b.location, err)
	}
	b.swapped = true
	return b.dropOthers(ctx)
}

// dropOthers deletes the alias's concrete indexes but the one written:
// the one replaced, and those of rebuilds that never finished.
func (b *Backend) dropOthers(ctx context.Context) error {
	var all map[string]json.RawMessage
	if err := b.c.do(ctx, http.MethodGet, "/"+b.alias+".v*?expand_wildcards=all", nil, &all); err != nil {
		return fmt.Errorf("opensearch %s: list the indexes of %s: %w", b.location, b.alias, err)
	}
	for name := range all {
		if name == b.write {
			continue
		}
		if err := b.c.do(ctx, http.MethodDelete, "/"+name, nil, nil); err != nil && !isStatus(err, http.StatusNotFound) {
			return fmt.Errorf("opensearch %s: drop the replaced index %s: %w", b.location, name, err)
		}
	}
	return nil
}

// Close releases idle connections; the cluster keeps everything.
func (b *Backend) Close() error {
	b.c.http.CloseIdleConnections()
	return nil
}

// Drop deletes the alias's indexes and template: the index is gone from
// the cluster. Tests call it; albo never does.
func (b *Backend) Drop(ctx context.Context) error {
	for _, path := range []string{"/" + b.alias + ".v*", "/_index_template/" + b.template} {
		if err := b.c.do(ctx, http.MethodDelete, path, nil, nil); err != nil && !isStatus(err, http.StatusNotFound) {
			return fmt.Errorf("opensearch %s: drop: %w", b.location, err)
		}
	}
	return nil
}
