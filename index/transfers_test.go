package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/openalbo/albo/extract"
)

// TestTransfersPairTheAnnex checks the pairing of the 2187 annex's 21
// outgoing records against NOTES.md (ambiguity 10 of changes.json): each
// pairs with its incoming record except the three the document leaves
// without one, and the incoming records left over are listed too.
func TestTransfersPairTheAnnex(t *testing.T) {
	m := buildModel(goldRecords(t))
	st := m.steps[0]
	outs := 0
	for _, c := range st.next.changes {
		if c.Kind == extract.ChangeTransferOut {
			outs++
		}
	}
	if outs != 21 {
		t.Fatalf("gold annex has %d outgoing records, want 21", outs)
	}
	var paired int
	var lonelyOut, lonelyIn []string
	for _, dt := range st.declaredTransfers() {
		switch {
		case dt.out != nil && dt.in != nil:
			paired++
		case dt.out != nil:
			lonelyOut = append(lonelyOut, dt.out.Directorate+": "+dt.out.Text)
		default:
			lonelyIn = append(lonelyIn, dt.in.Directorate+": "+dt.in.Text)
		}
	}
	if paired+len(lonelyOut) != outs {
		t.Errorf("paired %d + unpaired outgoing %d != %d outgoing records", paired, len(lonelyOut), outs)
	}
	wantLonelyOut := []string{
		"Direzione Demanio e Patrimonio: Presidio e attuazione del Piano Industriale di Milano Sport",
		"Direzione Servizi Civici, Partecipazione e Sport: Rideterminazione procedure",
		"Direzione Urbanistica: Zero Carbon Fuel",
	}
	wantLonelyIn := []string{
		"Direzione Bilancio e Partecipate: Presidio e attuazione del Piano Industriale di Milano Sport",
		"Direzione Bilancio e Partecipate: Revisione del contratto di servizio di Milano Ristorazione",
		"Direzione Specialistica Incassi e Riscossione: Evoluzione sistema unico dei Pagamenti on line",
	}
	checkPrefixes(t, "outgoing without incoming", lonelyOut, wantLonelyOut)
	checkPrefixes(t, "incoming without outgoing", lonelyIn, wantLonelyIn)

	tr := st.transfers(m.lineage)
	evidence := map[string]int{}
	outsInTransfers := map[string]bool{}
	for _, x := range tr {
		evidence[x.Evidence]++
		if len(x.Records) != 1 && !x.Paired || len(x.Records) != 2 && x.Paired {
			t.Errorf("transfer %q paired=%v with %d records", x.Text, x.Paired, len(x.Records))
		}
		for _, r := range x.Records {
			if r.Kind == extract.ChangeTransferOut {
				outsInTransfers[r.Directorate+r.Text] = true
			}
		}
		if x.From == "" || x.To == "" || x.Act.ID != "milano/giunta/2019/2187" {
			t.Errorf("incomplete transfer %+v", x)
		}
	}
	if len(outsInTransfers) != outs {
		t.Errorf("%d of the %d outgoing records are in the transfers", len(outsInTransfers), outs)
	}
	// Every move the plans show between 1098 and 2187 is one the annex
	// declares (moves.json: the rest are renamed directorates), and only
	// the Milano Sport record sends an objective where the plan has none.
	if evidence[EvidenceObserved] != 0 || evidence[EvidenceDeclared] != 1 || evidence[EvidenceBoth] == 0 {
		t.Errorf("evidence = %v, want only both and one declared", evidence)
	}

	kinds := map[string][]string{}
	for _, c := range st.contradictions() {
		kinds[c.Kind] = append(kinds[c.Kind], c.Text)
	}
	if len(kinds[ContradictionUnmatchedOut]) != len(wantLonelyOut) || len(kinds[ContradictionUnmatchedIn]) != len(wantLonelyIn) {
		t.Errorf("contradictions %v", kinds)
	}
	if !slices.ContainsFunc(kinds[ContradictionManyPlaces], func(s string) bool { return strings.Contains(s, "Milano Sport") }) {
		t.Errorf("Milano Sport, declared in five places, not listed: %v", kinds[ContradictionManyPlaces])
	}
}

func checkPrefixes(t *testing.T, what string, got, wantPrefixes []string) {
	t.Helper()
	slices.Sort(got)
	if len(got) != len(wantPrefixes) {
		t.Errorf("%s: got %d %q, want %d", what, len(got), got, len(wantPrefixes))
		return
	}
	for i := range got {
		if !strings.HasPrefix(got[i], wantPrefixes[i]) {
			t.Errorf("%s[%d] = %q, want prefix %q", what, i, got[i], wantPrefixes[i])
		}
	}
}
