// Package eval scores an extraction against hand-checked answers: it
// matches records (act fields, directorates, directors, objectives, changes),
// counts what is right, and lists every difference, so a maintainer sees
// what a change to the extractor did and the golden tests can hold the
// extractor to an exact score.
//
// Only what the answers state is judged: a field the answer file leaves out
// (or one the extraction model does not have, such as a note for readers) is
// not compared, and a missing answer file leaves its record types out.
package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"

	"github.com/openalbo/albo/extract"
)

// Answer files of a gold folder.
const (
	ActFile     = "act.json"
	PlanFile    = "plan.json"
	ChangesFile = "changes.json"
)

// Gold is a set of answers for one document. A zero Gold has no answers.
type Gold struct {
	act     map[string]any
	plan    map[string]any
	changes []any
	has     map[string]bool // answer file name -> present
}

// maxGoldFile bounds an answer file: the largest real one is some hundred
// kilobytes.
const maxGoldFile = 64 << 20

// LoadGold reads the answer files of dir; any of them may be missing, but
// not all.
func LoadGold(dir string) (Gold, error) {
	info, err := os.Stat(dir)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is the folder this message names
		}
		return Gold{}, fmt.Errorf("load gold %s: %w", dir, err)
	}
	if !info.IsDir() {
		return Gold{}, fmt.Errorf("load gold %s: not a folder", dir)
	}
	files := make(map[string][]byte)
	for _, name := range []string{ActFile, PlanFile, ChangesFile} {
		data, err := extract.LoadFile(filepath.Join(dir, name), maxGoldFile)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return Gold{}, fmt.Errorf("load gold %s: %s: %w", dir, name, err)
		}
		files[name] = data
	}
	if len(files) == 0 {
		return Gold{}, fmt.Errorf("load gold %s: none of %s, %s, %s is there", dir, ActFile, PlanFile, ChangesFile)
	}
	g, err := ParseGold(files[ActFile], files[PlanFile], files[ChangesFile])
	if err != nil {
		return Gold{}, fmt.Errorf("load gold %s: %w", dir, err)
	}
	return g, nil
}

// ParseGold builds a Gold from the contents of the answer files; a nil
// slice means that file is absent.
func ParseGold(act, plan, changes []byte) (Gold, error) {
	g := Gold{has: make(map[string]bool)}
	if act != nil {
		v, err := decodeAs(act, reflect.TypeFor[extract.Act]())
		if err != nil {
			return Gold{}, fmt.Errorf("%s: %w", ActFile, err)
		}
		g.act, _ = v.(map[string]any)
		g.has[ActFile] = true
	}
	if plan != nil {
		v, err := decodeAs(plan, reflect.TypeFor[extract.Plan]())
		if err != nil {
			return Gold{}, fmt.Errorf("%s: %w", PlanFile, err)
		}
		g.plan, _ = v.(map[string]any)
		g.has[PlanFile] = true
	}
	if changes != nil {
		v, err := decodeAs(changes, reflect.TypeFor[[]extract.Change]())
		if err != nil {
			return Gold{}, fmt.Errorf("%s: %w", ChangesFile, err)
		}
		g.changes, _ = v.([]any)
		g.has[ChangesFile] = true
	}
	return g, nil
}

// Only returns the answers of the named files (ActFile, PlanFile,
// ChangesFile) and drops the others, so a test of one parser is scored on
// that parser's records alone.
func (g Gold) Only(files ...string) Gold {
	only := Gold{act: g.act, plan: g.plan, changes: g.changes, has: make(map[string]bool)}
	for _, f := range files {
		only.has[f] = g.has[f]
	}
	return only
}

// decodeAs decodes JSON and keeps only what the model type t can hold, so
// that answers written for readers (notes, the "as printed" variants the
// model lacks) do not count against every extractor. It checks the shape:
// an object where t is a struct, an array where t is a slice.
func decodeAs(data []byte, t reflect.Type) (any, error) {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	return project(v, t, "")
}

func project(v any, t reflect.Type, path string) (any, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if v == nil {
		return nil, nil
	}
	switch t.Kind() {
	case reflect.Struct:
		m, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s: want an object, found %T", where(path), v)
		}
		out := make(map[string]any)
		for i := range t.NumField() {
			f := t.Field(i)
			name := jsonName(f)
			fv, ok := m[name]
			if name == "" || !ok || editorial(path, name) {
				continue
			}
			pv, err := project(fv, f.Type, path+"."+name)
			if err != nil {
				return nil, err
			}
			out[name] = pv
		}
		return out, nil
	case reflect.Slice:
		s, ok := v.([]any)
		if !ok {
			return nil, fmt.Errorf("%s: want an array, found %T", where(path), v)
		}
		out := make([]any, len(s))
		for i, e := range s {
			pe, err := project(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
			if err != nil {
				return nil, err
			}
			out[i] = pe
		}
		return out, nil
	}
	return v, nil
}

// editorial reports whether the answers' field name at path is a
// description the checker wrote for readers (see the gold's NOTES.md), not
// text the act prints, which no extractor is held to: where a signature
// block sits, the label given to a cited act's section, notes.
func editorial(path, name string) bool {
	switch name {
	case "note", "where", "about", "publication":
		return true
	case "section":
		return strings.HasPrefix(path, ".cited_acts_other_sections")
	}
	return false
}

func where(path string) string {
	if path == "" {
		return "top level"
	}
	return strings.TrimPrefix(path, ".")
}

// jsonName is the JSON key of a struct field, "" for fields JSON skips.
func jsonName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return ""
	}
	if name, _, _ := strings.Cut(tag, ","); name != "" {
		return name
	}
	return f.Name
}

// toJSONValue turns a model value into the generic form answers have.
func toJSONValue(v any) any {
	data, err := json.Marshal(v)
	if err != nil {
		// Model types always marshal; a failure here is a programming error.
		panic(fmt.Sprintf("eval: marshal %T: %v", v, err))
	}
	var out any
	if err := json.Unmarshal(data, &out); err != nil {
		panic(fmt.Sprintf("eval: unmarshal %T: %v", v, err))
	}
	return out
}
