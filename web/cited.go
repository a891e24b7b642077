package web

import (
	"context"
	"strconv"
	"strings"

	"github.com/openalbo/albo/corpus"
	"github.com/openalbo/albo/extract"
)

// citedAct is one act an act cites, however many times and in however
// many wordings: linked to its page when the corpus holds it.
type citedAct struct {
	Label    string   // the first wording
	Subject  string   // the cited act's subject, where a citation quotes it
	Wordings []string // every distinct wording, in the order printed
	Times    int      // how many times the act cites it
	URL      string   // its page, when the corpus holds it
}

// citedActs merges the citations of one act (the same act cited in the
// premises and again among the "visti") and links those the corpus holds:
// a deliberation of the Giunta or the Consiglio of the citing act's own
// source, by number and year.
func (h *Handler) citedActs(ctx context.Context, rec *corpus.Act, actID string, cites []extract.CitedAct) []citedAct {
	source, _, _ := strings.Cut(actID, "/")
	if rec != nil && rec.Source != "" {
		source = rec.Source
	}
	var out []citedAct
	byKey := map[string]int{}
	for _, c := range cites {
		key := citationKey(c)
		i, ok := byKey[key]
		if !ok && c.Organ == "" {
			// "la citata deliberazione n. 1098/2019": the act cited before
			// with its organ, if one has the same kind, number and date.
			i, ok = byKey[organless(key)]
		}
		if ok {
			out[i].Times++
			if !containsFold(out[i].Wordings, c.AsPrinted) {
				out[i].Wordings = append(out[i].Wordings, c.AsPrinted)
			}
			if out[i].Subject == "" {
				out[i].Subject = c.Subject
			}
			continue
		}
		byKey[key] = len(out)
		if _, taken := byKey[organless(key)]; !taken {
			byKey[organless(key)] = len(out)
		}
		ca := citedAct{Label: c.AsPrinted, Subject: c.Subject, Wordings: []string{c.AsPrinted}, Times: 1}
		if id := citedActID(source, c); id != "" {
			if _, err := h.cfg.Documents.Record(ctx, id); err == nil {
				ca.URL = "/acts/" + escapeID(id)
			}
		}
		out = append(out, ca)
	}
	return out
}

// citationKey names the act a citation designates: its kind, organ,
// number and date (or year); a citation with neither number nor date
// (a regulation, the statute) by its wording.
func citationKey(c extract.CitedAct) string {
	when := c.Date
	if when == "" && c.Year != 0 {
		when = strconv.Itoa(c.Year)
	}
	if c.Number == nil && when == "" {
		return "as printed|" + strings.Join(strings.Fields(strings.ToLower(c.AsPrinted)), " ")
	}
	number := ""
	if c.Number != nil {
		number = strconv.Itoa(*c.Number)
	}
	kind := strings.ToLower(c.Kind)
	if strings.HasPrefix(kind, "delib") { // delibera, deliberazione
		kind = "deliberazione"
	}
	return kind + "|" + corpus.Slug(c.Organ) + "|" + number + "|" + when
}

// organless is a citation key without its organ.
func organless(key string) string {
	parts := strings.SplitN(key, "|", 4)
	if len(parts) < 4 {
		return key
	}
	return parts[0] + "|?|" + parts[2] + "|" + parts[3]
}

// citedActID is the corpus id a cited deliberation of the Giunta or the
// Consiglio would have; empty for any other citation.
func citedActID(source string, c extract.CitedAct) string {
	if c.Number == nil || source == "" {
		return ""
	}
	year := c.Year
	if len(c.Date) >= 4 {
		year, _ = strconv.Atoi(c.Date[:4])
	}
	if year == 0 {
		return ""
	}
	organ := strings.ToLower(c.Organ)
	for _, category := range []string{"giunta", "consiglio"} {
		if strings.Contains(organ, category) {
			return corpus.ActID(source, category, year, *c.Number)
		}
	}
	return ""
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
