package afm

import "testing"

// TestStandardWidths: the fonts a PDF may name without widths get the
// standard 14 fonts' metrics, under their own names and their common
// stand-ins; any other font gets none.
func TestStandardWidths(t *testing.T) {
	tests := []struct {
		font   string
		letter byte
		want   float64 // 0 for no table
	}{
		{"Helvetica", 'i', 222},
		{"Helvetica-Oblique", 'i', 222},
		{"Helvetica-Bold", 'i', 278},
		{"ArialMT", 'm', 833},
		{"Arial,Bold", 'm', 889},
		{"Times-Roman", 'i', 278},
		{"TimesNewRomanPS-BoldMT", 'W', 1000},
		{"Times-Italic", 'i', 278},
		{"Courier", 'i', 600},
		{"CourierNew", 'W', 600},
		{"Symbol", 'a', 0},
		{"DejaVuSans", 'a', 0},
	}
	for _, tt := range tests {
		widths := Widths(tt.font)
		got := 0.0
		if widths != nil {
			got = widths[tt.letter]
		}
		if got != tt.want {
			t.Errorf("%s %q: width %v, want %v", tt.font, tt.letter, got, tt.want)
		}
	}
}
