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

// TestTransfersCountEachObjectiveOnce checks the moves against the gold
// moves.json: broken down by year column, the moves the plans show are
// exactly its transfer entries; listed as moves, an objective planned in
// two year columns counts once (moves.json's entries grouped by the
// earlier title and the two directorates).
func TestTransfersCountEachObjectiveOnce(t *testing.T) {
	moves := goldMoves(t)
	m := buildModel(goldRecords(t))
	tr := &Transfers{Transfers: m.steps[0].transfers(m.lineage)}
	type objectiveMove struct{ text, from, to string }
	wantMoves := map[objectiveMove]bool{}
	var wantRows []move
	for _, mv := range moves {
		if strings.HasPrefix(mv.Basis, "transfer") {
			wantRows = append(wantRows, mv)
			wantMoves[objectiveMove{mv.Text1098, mv.Directorate1098, mv.Directorate2187}] = true
		}
	}
	observed := 0
	for _, x := range tr.Transfers {
		if x.Evidence == EvidenceBoth || x.Evidence == EvidenceObserved {
			observed++
		}
		if x.Year != 0 || x.Lineage == "" && len(x.Years) > 0 {
			t.Errorf("move %q: year %d, lineage %q", x.Text, x.Year, x.Lineage)
		}
	}
	t.Logf("%d moves (%d shown by the plans; gold %d objectives in %d year columns)", len(tr.Transfers), observed, len(wantMoves), len(wantRows))
	if observed != len(wantMoves) {
		t.Errorf("%d moves shown by the plans, want the %d objectives of moves.json", observed, len(wantMoves))
	}
	found := make([]bool, len(wantRows))
	for _, row := range tr.ByYear() {
		if row.Evidence != EvidenceBoth {
			continue
		}
		i := slices.IndexFunc(wantRows, func(mv move) bool {
			return mv.Text2187 == row.Text && mv.Directorate1098 == row.From && mv.Directorate2187 == row.To && mv.Year2187 == row.Year
		})
		if i < 0 || found[i] {
			t.Errorf("year row not in moves.json (or twice): %d %q %s -> %s", row.Year, row.Text, row.From, row.To)
			continue
		}
		found[i] = true
	}
	for i, ok := range found {
		if !ok {
			t.Errorf("moves.json entry missing from the year rows: %d %q", wantRows[i].Year2187, wantRows[i].Text2187)
		}
	}
}
