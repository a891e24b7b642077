package extract

import (
	"slices"
	"testing"

	"github.com/openalbo/albo/extract/pdftext"
)

// TestStaggeredColumns: two columns of prose whose baselines do not meet
// read column by column, the whole-page lines above and below them
// where they stand; a signature block beside a closing line, and a
// letter's address beside its text, are no columns.
func TestStaggeredColumns(t *testing.T) {
	type line struct {
		x, y float64
		text string
	}
	page := func(lines []line) []pdftext.Line {
		p := pdftext.Page{Number: 1, Width: 595, Height: 842}
		for _, l := range lines {
			p.Runs = append(p.Runs, pdftext.Run{X: l.x, Y: l.y, W: 5 * float64(len(l.text)), Size: 10, Text: l.text})
		}
		return p.Lines()
	}
	tests := []struct {
		name  string
		lines []line
		want  []string
	}{
		{"two TeX columns", []line{
			{50, 720, "dell'adunanza, invita il Consiglio a deliberare sull'argomento in oggetto e sul resto."},
			{50, 700, "PREMESSO che il Comune è proprietario"},
			{303, 696, "VISTO lo schema di regolamento predi-"},
			{50, 688, "circa centoquaranta ettari di castagneti"},
			{303, 684, "sposto dall'Area Tecnica, composto di"},
			{50, 676, "nelle località Campigno e Gamberaldi,"},
			{303, 672, "ventidue articoli, esaminato dalla"},
			{50, 664, "concessi in uso ai residenti sulla"},
			{303, 660, "competente Commissione consiliare;"},
			{50, 630, "Letto, approvato e sottoscritto."},
		}, []string{
			"dell'adunanza, invita il Consiglio a deliberare sull'argomento in oggetto e sul resto.",
			"PREMESSO che il Comune è proprietario",
			"circa centoquaranta ettari di castagneti",
			"nelle località Campigno e Gamberaldi,",
			"concessi in uso ai residenti sulla",
			"VISTO lo schema di regolamento predi-",
			"sposto dall'Area Tecnica, composto di",
			"ventidue articoli, esaminato dalla",
			"competente Commissione consiliare;",
			"Letto, approvato e sottoscritto.",
		}},
		{"a signature block beside the closing lines", []line{
			{50, 700, "di dare atto che il presente provvedimento"},
			{330, 690, "Il Responsabile del Servizio tecnico"},
			{50, 680, "sarà pubblicato all'Albo Pretorio on line"},
			{330, 670, "geom. Mario Rossi del Servizio"},
		}, []string{
			"di dare atto che il presente provvedimento",
			"Il Responsabile del Servizio tecnico",
			"sarà pubblicato all'Albo Pretorio on line",
			"geom. Mario Rossi del Servizio",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range readStaggeredColumns(page(tt.lines)) {
				got = append(got, l.Text)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("lines\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
