package index

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/openalbo/albo/extract"
)

// actRecord is what the index keeps of one indexed act: enough to rebuild
// its documents and to follow its plan across revisions without reading
// the corpus again.
type actRecord struct {
	Act     ActRef           `json:"act"`
	Digest  string           `json:"digest"`
	Subject string           `json:"subject,omitempty"`
	Plan    *extract.Plan    `json:"plan,omitempty"`
	Changes []extract.Change `json:"changes,omitempty"`
	// Lineage maps each objective's document id to its chain, as last
	// written to the search index.
	Lineage map[string]string `json:"lineage,omitempty"`
}

// newActRecord keeps what the index needs of an extraction. Where the
// extraction knows the act's organ, number or date and the caller did
// not, the extraction's are used.
func newActRecord(ref ActRef, digest string, res *extract.Result) *actRecord {
	rec := &actRecord{Act: ref, Digest: digest, Plan: res.Plan, Changes: res.Changes}
	if a := res.Act; a != nil {
		rec.Subject = a.Subject
		if rec.Act.Organ == "" {
			rec.Act.Organ = a.Organ
		}
		if rec.Act.Number == 0 {
			rec.Act.Number = a.Number
		}
		if rec.Act.Date == "" {
			rec.Act.Date = a.Date
		}
	}
	return rec
}

// planObjective is one objective of a plan revision, where it stands.
type planObjective struct {
	ID          string
	Directorate string
	Director    string
	Year        int
	Section     string
	N           int
	Text        string
	Page        int
}

// objectives lists the act's objectives with their document ids, in plan
// order. An id is readable and stable for the same extraction:
// ACT/objective/DIRECTORATE/YEAR[/SECTION]/N.
func (r *actRecord) objectives() []planObjective { return r.objectivesUnder("") }

// objectivesUnder lists the objectives of the directorates whose slug is
// only (all of them for ""), with the ids objectives gives them: an id
// repeated is told apart only from ids of the same slug.
func (r *actRecord) objectivesUnder(only string) []planObjective {
	if r.Plan == nil {
		return nil
	}
	var out []planObjective
	seen := map[string]int{}
	sectionSlugs := map[string]string{} // a plan has a few sections: each slug worked out once
	for _, d := range r.Plan.Directorates {
		director := ""
		if d.Director != nil {
			director = strings.TrimSpace(strings.Join(nonEmpty(d.Director.Title, d.Director.Name), " "))
		}
		dirSlug := slug(d.Directorate)
		if only != "" && dirSlug != only {
			continue
		}
		for _, o := range d.Objectives {
			section := ""
			if o.Section != nil {
				section = *o.Section
			}
			parts := []string{r.Act.ID, "objective", dirSlug, strconv.Itoa(o.Year)}
			if section != "" {
				s, ok := sectionSlugs[section]
				if !ok {
					s = slug(section)
					sectionSlugs[section] = s
				}
				parts = append(parts, s)
			}
			parts = append(parts, strconv.Itoa(o.N))
			id := strings.Join(parts, "/")
			// An extraction may repeat a key (a misread number): keep both.
			if seen[id]++; seen[id] > 1 {
				id = fmt.Sprintf("%s-%d", id, seen[id])
			}
			page := o.Page
			if page == 0 && len(d.Pages) > 0 {
				page = d.Pages[0]
			}
			out = append(out, planObjective{ID: id, Directorate: d.Directorate, Director: director,
				Year: o.Year, Section: section, N: o.N, Text: o.Text, Page: page})
		}
	}
	return out
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// changeID is the document id of the act's i-th (0-based) change record.
func changeID(actID string, i int) string {
	return fmt.Sprintf("%s/change/%d", actID, i+1)
}

// documents are the search documents of the act: the act itself, its
// objectives (with their lineage from the record) and its change records.
func (r *actRecord) documents() []Document {
	docs := []Document{r.actDocument()}
	for _, o := range r.objectives() {
		docs = append(docs, r.objectiveDocument(o))
	}
	names := r.planDirectorateNames()
	for i := range r.Changes {
		docs = append(docs, r.changeDocument(i, names))
	}
	return docs
}

// document is the act's search document id, without building the others:
// a reader's page asks for one objective of a plan of hundreds.
func (r *actRecord) document(id string) (Document, bool) {
	rest, ok := strings.CutPrefix(id, r.Act.ID)
	switch {
	case !ok:
		return Document{}, false
	case rest == "":
		return r.actDocument(), true
	}
	if rest, ok := strings.CutPrefix(rest, "/objective/"); ok {
		dirSlug, _, _ := strings.Cut(rest, "/")
		for _, o := range r.objectivesUnder(dirSlug) {
			if o.ID == id {
				return r.objectiveDocument(o), true
			}
		}
		return Document{}, false
	}
	if n, err := strconv.Atoi(strings.TrimPrefix(rest, "/change/")); err == nil && n >= 1 && n <= len(r.Changes) && changeID(r.Act.ID, n-1) == id {
		return r.changeDocument(n-1, r.planDirectorateNames()), true
	}
	return Document{}, false
}

// base is what every document of the act says of the act.
func (r *actRecord) base() Document {
	return Document{ActID: r.Act.ID, Organ: r.Act.Organ, Number: r.Act.Number, Date: r.Act.Date}
}

func (r *actRecord) actDocument() Document {
	d := r.base()
	d.ID, d.Type, d.Text = r.Act.ID, TypeAct, r.Subject
	if r.Plan != nil && d.Text == "" {
		d.Text = r.Plan.Title
	}
	return d
}

func (r *actRecord) objectiveDocument(o planObjective) Document {
	d := r.base()
	d.ID, d.Type, d.Directorate, d.Director = o.ID, TypeObjective, o.Directorate, o.Director
	d.Year, d.Section, d.Text, d.Page, d.Lineage = o.Year, o.Section, o.Text, o.Page, r.Lineage[o.ID]
	return d
}

// changeDocument is the document of the i-th change record; names are the
// plan's directorates (planDirectorateNames).
func (r *actRecord) changeDocument(i int, names map[string]string) Document {
	c := r.Changes[i]
	d := r.base()
	d.ID, d.Type, d.Directorate = changeID(r.Act.ID, i), TypeChange, c.Directorate
	if name, ok := names[directorateKey(c.Directorate)]; ok && name != c.Directorate {
		d.Directorate, d.DirectoratePrinted = name, c.Directorate
	}
	d.Section, d.Kind, d.Text, d.Page = c.Section, c.Kind, c.Text, c.Page
	return d
}

// planDirectorateNames maps the directorateKey of each directorate of the
// act's plan to its name as the plan prints it. A changes annex words the
// names its own way ("Politiche Sociali", "Direzione Urbanistica"); its
// records are indexed under the plan's name, so that facets and pages show
// one name per directorate.
func (r *actRecord) planDirectorateNames() map[string]string {
	out := map[string]string{}
	if r.Plan == nil {
		return out
	}
	for _, d := range r.Plan.Directorates {
		key := directorateKey(d.Directorate)
		if _, seen := out[key]; !seen {
			out[key] = d.Directorate
		}
	}
	return out
}

// documentIDs are the ids of the act's documents.
func (r *actRecord) documentIDs() []string {
	docs := r.documents()
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = d.ID
	}
	return ids
}

// directorateNames are the directorates the act's documents name.
func (r *actRecord) directorateNames() []string {
	var out []string
	if r.Plan != nil {
		for _, d := range r.Plan.Directorates {
			out = append(out, d.Directorate)
		}
	}
	for _, c := range r.Changes {
		out = append(out, c.Directorate)
	}
	return out
}
