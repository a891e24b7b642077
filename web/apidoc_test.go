package web

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// schemaChecker validates JSON values against the schemas of an OpenAPI
// 3.1 document: $ref, type (one or several), enum, required, properties,
// additionalProperties and items; what the document uses.
type schemaChecker struct{ doc map[string]any }

func (c schemaChecker) check(schema map[string]any, v any, at string) []string {
	if ref, ok := schema["$ref"].(string); ok {
		node := any(c.doc)
		for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
			node = node.(map[string]any)[part]
		}
		return c.check(node.(map[string]any), v, at)
	}
	var problems []string
	if t, ok := schema["type"]; ok {
		types := []string{}
		switch t := t.(type) {
		case string:
			types = append(types, t)
		case []any:
			for _, x := range t {
				types = append(types, x.(string))
			}
		}
		if !slices.Contains(types, jsonType(v)) && !(jsonType(v) == "integer" && slices.Contains(types, "number")) {
			return []string{fmt.Sprintf("%s: %s, want %v", at, jsonType(v), types)}
		}
	}
	if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, v) {
		problems = append(problems, fmt.Sprintf("%s: %v not in %v", at, v, enum))
	}
	switch v := v.(type) {
	case map[string]any:
		for _, r := range asSlice(schema["required"]) {
			if _, ok := v[r.(string)]; !ok {
				problems = append(problems, fmt.Sprintf("%s: no %q", at, r))
			}
		}
		props, _ := schema["properties"].(map[string]any)
		for k, x := range v {
			if p, ok := props[k].(map[string]any); ok {
				problems = append(problems, c.check(p, x, at+"."+k)...)
			} else if ap, ok := schema["additionalProperties"].(map[string]any); ok {
				problems = append(problems, c.check(ap, x, at+"."+k)...)
			} else if props != nil {
				problems = append(problems, fmt.Sprintf("%s: %q is not documented", at, k))
			}
		}
	case []any:
		if items, ok := schema["items"].(map[string]any); ok {
			for i, x := range v {
				problems = append(problems, c.check(items, x, fmt.Sprintf("%s[%d]", at, i))...)
			}
		}
	}
	return problems
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

func jsonType(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case float64:
		if v == float64(int64(v)) {
			return "integer"
		}
		return "number"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "unknown"
}

// TestOpenAPIMatchesTheHandlers: every route of the API is documented, and
// every documented path, with each value its parameters enumerate, answers
// with the documented status, content type and shape over the real index
// of the sample acts; an unknown id answers the documented error.
func TestOpenAPIMatchesTheHandlers(t *testing.T) {
	h, _, _ := newGoldSite(t)
	rec := get(t, h, "GET", "/api/openapi.json")
	var doc map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil || rec.Code != 200 {
		t.Fatalf("openapi.json: %d %v", rec.Code, err)
	}
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.") {
		t.Fatalf("openapi %q", v)
	}
	c := schemaChecker{doc}
	paths := doc["paths"].(map[string]any)

	for _, rt := range h.apiRoutes() {
		prefix, _, _ := strings.Cut(rt.pattern, "{")
		if !slices.ContainsFunc(slices.Collect(maps.Keys(paths)), func(p string) bool {
			documented, _, _ := strings.Cut(p, "{")
			return documented == prefix
		}) {
			t.Errorf("route %s is not in openapi.json", rt.pattern)
		}
	}

	// Values for the path parameters, from the index itself.
	values := map[string]string{
		"/api/objectives/{id}":          "milano/giunta/2019/2187/objective/direzione-cultura/2019/1",
		"/api/objectives/{ref}/history": "milano/giunta/2019/2187/objective/direzione-cultura/2019/1",
		"/api/acts/{id}":                "milano/giunta/2019/2187",
		"/api/directorates/{name}":      url.PathEscape("DIREZIONE CULTURA"),
		"/api/people/{name}":            url.PathEscape("Marco Edoardo Minoja"),
	}
	checked := 0
	for path, item := range paths {
		op := item.(map[string]any)["get"].(map[string]any)
		target := path
		for _, name := range []string{"{id}", "{ref}", "{name}"} {
			target = strings.Replace(target, name, values[path], 1)
		}
		targets := []string{target}
		for _, p := range asSlice(op["parameters"]) {
			p := p.(map[string]any)
			schema := p["schema"].(map[string]any)
			for _, e := range asSlice(schema["enum"]) {
				if p["in"] == "query" {
					targets = append(targets, target+"?"+p["name"].(string)+"="+e.(string))
				}
			}
		}
		responses := op["responses"].(map[string]any)
		ok := responses["200"].(map[string]any)["content"].(map[string]any)
		for _, tg := range targets {
			rec := get(t, h, "GET", tg)
			if rec.Code != 200 {
				t.Errorf("%s: %d %s", tg, rec.Code, rec.Body)
				continue
			}
			ct, _, _ := strings.Cut(rec.Header().Get("Content-Type"), ";")
			media, documented := ok[ct].(map[string]any)
			if !documented {
				t.Errorf("%s: content type %s not documented", tg, ct)
				continue
			}
			checked++
			if ct != "application/json" {
				continue
			}
			var v any
			if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
				t.Errorf("%s: %v", tg, err)
				continue
			}
			for _, p := range c.check(media["schema"].(map[string]any), v, tg) {
				t.Error(p)
			}
		}
		if strings.Contains(path, "{") {
			if _, documented := responses["404"]; !documented {
				t.Errorf("%s: no 404 documented", path)
				continue
			}
			missing := strings.Replace(path, path[strings.Index(path, "{"):strings.Index(path, "}")+1], "nessuno", 1)
			rec := get(t, h, "GET", missing)
			var v any
			if err := json.Unmarshal(rec.Body.Bytes(), &v); rec.Code != 404 || err != nil {
				t.Errorf("%s: %d %v", missing, rec.Code, err)
				continue
			}
			for _, p := range c.check(map[string]any{"$ref": "#/components/schemas/Error"}, v, missing) {
				t.Error(p)
			}
		}
	}
	t.Logf("%d documented paths, %d answers checked against their schemas", len(paths), checked)

	page := get(t, h, "GET", "/api")
	for path := range paths {
		if !strings.Contains(page.Body.String(), "GET "+path) {
			t.Errorf("/api does not describe %s", path)
		}
	}
}
