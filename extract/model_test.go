package extract

import (
	"encoding/json"
	"testing"
)

// TestActKeysAlwaysPresent holds an act's record to the keys of
// contract/EXTRACT.md whatever the document printed: null for a missing
// value, [] for an empty list.
func TestActKeysAlwaysPresent(t *testing.T) {
	wantNull := []string{"municipality", "organ", "kind", "number", "date", "time", "proposal_number",
		"proposal_date", "subject", "proposing_office", "president", "secretary", "vote"}
	wantEmpty := []string{"attendees", "others_present", "operative_points", "attachments", "signers", "cited_acts"}

	tests := []struct {
		name string
		act  Act
	}{
		{"empty act", Act{}},
		{"act with extras only", Act{Office: "DIPARTIMENTO X", Place: "sala", SignatureBlocks: []SignatureBlock{{Where: "page 1"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := json.Marshal(tt.act)
			if err != nil {
				t.Fatal(err)
			}
			var got map[string]json.RawMessage
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			for _, k := range wantNull {
				if v, ok := got[k]; !ok || string(v) != "null" {
					t.Errorf("%s = %s (present %v), want null", k, v, ok)
				}
			}
			for _, k := range wantEmpty {
				if v, ok := got[k]; !ok || string(v) != "[]" {
					t.Errorf("%s = %s (present %v), want []", k, v, ok)
				}
			}
			if v := got["immediately_executive"]; string(v) != "false" {
				t.Errorf("immediately_executive = %s, want false", v)
			}
			if _, ok := got["place"]; ok != (tt.act.Place != "") {
				t.Errorf("place present = %v, want it only when found", ok)
			}
			var back Act
			if err := json.Unmarshal(data, &back); err != nil || back.Office != tt.act.Office || back.Number != 0 {
				t.Errorf("the record does not read back: %+v, %v", back, err)
			}
		})
	}
}
