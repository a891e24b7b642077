package extract

import "testing"

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
	}
	for _, tt := range tests {
		name, role := splitNameRole(tt.in)
		if name != tt.name || role != tt.role {
			t.Errorf("splitNameRole(%q) = %q, %q; want %q, %q", tt.in, name, role, tt.name, tt.role)
		}
	}
}
