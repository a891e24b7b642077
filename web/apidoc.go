package web

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync"
)

// openAPI is the description of the JSON API (static/openapi.json), read
// for the human page at /api.
type openAPI struct {
	Info struct {
		Title       string `json:"title"`
		Description string `json:"description"`
	} `json:"info"`
	Paths map[string]map[string]apiOperation `json:"paths"`
}

type apiOperation struct {
	Summary     string         `json:"summary"`
	Description string         `json:"description"`
	Parameters  []apiParameter `json:"parameters"`
}

type apiParameter struct {
	Name        string `json:"name"`
	In          string `json:"in"`
	Description string `json:"description"`
	Example     any    `json:"example"`
	Schema      struct {
		Type string   `json:"type"`
		Enum []string `json:"enum"`
	} `json:"schema"`
}

// apiPageView is what /api shows: each path with its parameters and an
// example link.
type apiPageView struct {
	Title, Description string
	Paths              []apiPath
}

type apiPath struct {
	Path, Summary, Description string
	Parameters                 []apiParameter
	Example                    string // a link that answers, when the path needs no value or has examples
}

func readOpenAPI() (*openAPI, error) {
	data, err := assets.ReadFile("static/openapi.json")
	if err != nil {
		return nil, err
	}
	var doc openAPI
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("web: openapi.json: %w", err)
	}
	return &doc, nil
}

// apiDoc is the embedded OpenAPI description and the page made of it,
// worked out once: both are fixed when the binary is built.
var apiDoc = sync.OnceValues(func() (*apiPageView, error) {
	doc, err := readOpenAPI()
	if err != nil {
		return nil, err
	}
	view := &apiPageView{Title: doc.Info.Title, Description: doc.Info.Description}
	for _, path := range slices.Sorted(maps.Keys(doc.Paths)) {
		op := doc.Paths[path]["get"]
		view.Paths = append(view.Paths, apiPath{Path: path, Summary: op.Summary, Description: op.Description,
			Parameters: op.Parameters, Example: exampleURL(path, op.Parameters)})
	}
	return view, nil
})

func (h *Handler) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	data, err := assets.ReadFile("static/openapi.json") // an embedded file: no copy is made
	if err != nil {
		h.apiError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(data)
}

func (h *Handler) apiPage(w http.ResponseWriter, r *http.Request) {
	view, err := apiDoc()
	if err != nil {
		h.pageError(w, r, err)
		return
	}
	h.render(w, r, http.StatusOK, "api", view)
}

// exampleURL fills a path's parameters with their examples; empty when a
// path parameter has none.
func exampleURL(path string, params []apiParameter) string {
	var query []string
	for _, p := range params {
		if p.Example == nil {
			if p.In == "path" {
				return ""
			}
			continue
		}
		value := fmt.Sprint(p.Example)
		switch p.In {
		case "path":
			path = strings.Replace(path, "{"+p.Name+"}", escapeID(value), 1)
		case "query":
			query = append(query, p.Name+"="+strings.ReplaceAll(value, " ", "+"))
		}
	}
	if len(query) > 0 {
		path += "?" + strings.Join(query, "&")
	}
	return path
}
