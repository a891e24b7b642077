package extract

import (
	"maps"
	"testing"
)

// TestSplitNameRole: a role printed in the name's cell, after the name or
// before it, is cut from it whole; a role starts a word.
func TestSplitNameRole(t *testing.T) {
	tests := []struct{ in, name, role string }{
		{"MOTTINELLI FABIO - Sindaco", "MOTTINELLI FABIO", "Sindaco"},
		{"Sindaco ROSSI MARIO", "ROSSI MARIO", "Sindaco"},
		{"ROSSI Mario (Assessore)", "ROSSI Mario", "Assessore"},
		{"Leanza Maria Grazia Vice Sindaco", "Leanza Maria Grazia", "Vice Sindaco"},
		{"Vice Sindaco", "Vice Sindaco", ""},                                                // a role alone is no name's
		{"Di Mulo Carmela Assessore", "Di Mulo Carmela", "Assessore"},                       // not "Carme" and "la Assessore"
		{"Firrarello Pino Sindaco – Presidente", "Firrarello Pino", "Sindaco – Presidente"}, // two roles joined by a dash
		{"BIANCHI LUCA Vice Sindaco/Assessore", "BIANCHI LUCA", "Vice Sindaco/Assessore"},
		{"VERDI ANNA", "VERDI ANNA", ""},
		{"HOFER MANFRED Membro", "HOFER MANFRED", "Membro"}, // a Giunta comprensoriale's member
	}
	for _, tt := range tests {
		name, role := splitNameRole(tt.in)
		if name != tt.name || role != tt.role {
			t.Errorf("splitNameRole(%q) = %q, %q; want %q, %q", tt.in, name, role, tt.name, tt.role)
		}
	}
}

// TestRowsOfTwoTablesCrowded: two roll tables side by side, the first
// one's mark column so close to the second one's names that a line's
// cells read "P BOCCHI MARIA GRAZIA": each row's mark and the next name
// are parted, and every member is read.
func TestRowsOfTwoTablesCrowded(t *testing.T) {
	a := parseLines(t, "COMUNE DI LANGHIRANO", "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 14 DEL 26/02/2026",
		"OGGETTO: Rendiconto.",
		"Consiglio Comunale. Risultano all'appello nominale:",
		"BERTOLOTTI GIORGIO          Sindaco          P BOCCHI MARIA GRAZIA          Consigliere     P",
		"MANGHI ILARIA               Consigliere      P SCHIANCHI PAOLO              Consigliere     A",
		"CAVALLI FRANCO              Consigliere      A ZANICHELLI ROSA              Consigliere     P",
		"Presenti n. 4 – Assenti n. 2")
	got := map[string]bool{}
	for _, e := range a.Attendees {
		got[e.Name] = e.Present
	}
	want := map[string]bool{"BERTOLOTTI GIORGIO": true, "BOCCHI MARIA GRAZIA": true, "MANGHI ILARIA": true, "SCHIANCHI PAOLO": false, "CAVALLI FRANCO": false, "ZANICHELLI ROSA": true}
	if !maps.Equal(got, want) {
		t.Errorf("attendees %v, want %v", got, want)
	}
}

// TestNumberedRowsMarkClose: a TeX roll numbered in two columns, where a
// long name leaves its mark a space from it ("8 GIUSTOZZI ROBERTA P"):
// the letter after a numbered name is its mark.
func TestNumberedRowsMarkClose(t *testing.T) {
	a := parseLines(t, "COMUNE DI MONTE SAN GIUSTO", "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 9 DEL 26/02/2026",
		"OGGETTO: Regolamento.",
		"si è riunito il Consiglio comunale. All’appello nominale risultano:",
		"1 CARDINALI ANDREA – Sindaco P                  3 GIUSTOZZI ROBERTA P",
		"2 PALLOTTA SILVIA              A                4 ORAZI VALENTINA          P",
		"Presenti n. 3 Assenti n. 1")
	got := map[string]bool{}
	for _, e := range a.Attendees {
		got[e.Name] = e.Present
	}
	want := map[string]bool{"CARDINALI ANDREA": true, "PALLOTTA SILVIA": false, "GIUSTOZZI ROBERTA": true, "ORAZI VALENTINA": true}
	if !maps.Equal(got, want) {
		t.Errorf("attendees %v, want %v", got, want)
	}
}
