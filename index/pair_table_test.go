package index

import "testing"

// TestPairTable sets pairs in the table and past its bounds and reads each
// back; pairs never set are absent, whatever their neighbours.
func TestPairTable(t *testing.T) {
	var table pairTable[float64]
	set := []struct {
		freq, norm uint64
		value      float64
	}{
		{1, 0, 0}, // a zero value is still set
		{1, 7, 1.5},
		{tableFreqs, tableNorms - 1, 2.5},
		{tableFreqs + 1, 7, 3.5}, // past the frequencies
		{2, tableNorms, 4.5},     // past the norms
		{1 << 20, 1 << 31, -5.5}, // far past both
	}
	for _, s := range set {
		table.set(s.freq, s.norm, s.value)
	}
	for _, s := range set {
		if got, ok := table.get(s.freq, s.norm); !ok || got != s.value {
			t.Errorf("pair (%d, %d): %v, %v; want %v", s.freq, s.norm, got, ok, s.value)
		}
	}
	for _, absent := range [][2]uint64{{1, 8}, {2, 7}, {tableFreqs + 1, 8}, {2, tableNorms + 1}, {3, 0}} {
		if got, ok := table.get(absent[0], absent[1]); ok {
			t.Errorf("pair (%d, %d) never set: %v", absent[0], absent[1], got)
		}
	}
}
