// Comune di Lestizza - avviso di convocazione del Consiglio comunale
// Go + maroto v2 (web portal print of the Segreteria)
package main

import (
	"log"
	"os"

	"github.com/johnfercher/maroto/v2"
	"github.com/johnfercher/maroto/v2/pkg/components/col"
	"github.com/johnfercher/maroto/v2/pkg/components/line"
	"github.com/johnfercher/maroto/v2/pkg/components/row"
	"github.com/johnfercher/maroto/v2/pkg/components/text"
	"github.com/johnfercher/maroto/v2/pkg/config"
	"github.com/johnfercher/maroto/v2/pkg/consts/align"
	"github.com/johnfercher/maroto/v2/pkg/consts/border"
	"github.com/johnfercher/maroto/v2/pkg/consts/fontstyle"
	"github.com/johnfercher/maroto/v2/pkg/core"
	"github.com/johnfercher/maroto/v2/pkg/props"
	"github.com/johnfercher/maroto/v2/pkg/repository"
)

const fam = "dejavu"

func t(s string, size float64, st fontstyle.Type, al align.Type) core.Component {
	return text.New(s, props.Text{Family: fam, Size: size, Style: st, Align: al, Top: 1})
}

func main() {
	fd := "/usr/share/fonts/truetype/dejavu/"
	fonts, err := repository.New().
		AddUTF8Font(fam, fontstyle.Normal, fd+"DejaVuSans.ttf").
		AddUTF8Font(fam, fontstyle.Bold, fd+"DejaVuSans-Bold.ttf").
		AddUTF8Font(fam, fontstyle.Italic, fd+"DejaVuSans-Oblique.ttf").
		AddUTF8Font(fam, fontstyle.BoldItalic, fd+"DejaVuSans-BoldOblique.ttf").
		Load()
	if err != nil {
		log.Fatal(err)
	}
	cfg := config.NewBuilder().
		WithCustomFonts(fonts).
		WithDefaultFont(&props.Font{Family: fam, Size: 10}).
		WithLeftMargin(18).WithRightMargin(18).WithTopMargin(14).
		WithPageNumber(props.PageNumber{Pattern: "Pagina {current} di {total}", Place: props.RightBottom, Family: fam, Size: 7.5}).
		WithTitle("Avviso di convocazione del Consiglio Comunale - 30 marzo 2026", true).
		WithAuthor("Comune di Lestizza - Ufficio Segreteria", true).
		Build()
	m := maroto.New(cfg)

	grey := &props.Color{Red: 225, Green: 225, Blue: 225}
	m.AddRows(
		row.New(24).Add(
			col.New(2).Add(text.New("[stemma]", props.Text{Family: fam, Size: 7, Align: align.Center, Top: 9})).WithStyle(&props.Cell{BorderType: border.Full, BorderThickness: 0.2}),
			col.New(10).Add(
				text.New("COMUNE DI LESTIZZA", props.Text{Family: fam, Size: 17, Style: fontstyle.Bold, Left: 5, Top: 1}),
				text.New("Comun di Listize", props.Text{Family: fam, Size: 10, Style: fontstyle.Italic, Left: 5, Top: 10}),
				text.New("Regione Autonoma Friuli Venezia Giulia - Ufficio Segreteria e Affari Generali", props.Text{Family: fam, Size: 8, Left: 5, Top: 16}),
			),
		),
		line.NewRow(4, props.Line{Thickness: 0.6}),
		row.New(7).Add(
			col.New(6).Add(t("Prot. n. 2871", 9.5, fontstyle.Normal, align.Left)),
			col.New(6).Add(t("Lestizza, 20/03/2026", 9.5, fontstyle.Normal, align.Right)),
		),
		row.New(5),
	)
	for _, s := range []string{"Ai Signori Consiglieri Comunali", "Al Revisore dei Conti", "e, p.c., Alla Prefettura - U.T.G. di Udine", "Alla Stazione Carabinieri competente"} {
		m.AddRows(row.New(5).Add(col.New(6), col.New(6).Add(t(s, 9.5, fontstyle.Normal, align.Left))))
	}
	m.AddRows(row.New(8))
	m.AddRows(row.New(10).Add(col.New(12).Add(t("AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE", 13, fontstyle.Bold, align.Center))))
	m.AddAutoRow(col.New(12).Add(text.New("Ai sensi dell'art. 39 del D.Lgs. 18 agosto 2000, n. 267, dello Statuto comunale e del Regolamento per il funzionamento del Consiglio comunale, la S.V. è invitata a partecipare alla seduta del Consiglio Comunale convocata in sessione ordinaria, seduta pubblica, di prima convocazione, per il giorno", props.Text{Family: fam, Size: 10, Align: align.Left, Top: 2, VerticalPadding: 1.2})))
	m.AddRows(row.New(11).Add(col.New(12).Add(t("LUNEDÌ 30 MARZO 2026 alle ore 20:00", 12, fontstyle.Bold, align.Center))))
	m.AddAutoRow(col.New(12).Add(text.New("presso la Sala consiliare del Municipio, per la trattazione degli argomenti iscritti al seguente ordine del giorno. In mancanza del numero legale, la seduta di seconda convocazione è fissata per il giorno martedì 31 marzo 2026 alle ore 20:00, nel medesimo luogo.", props.Text{Family: fam, Size: 10, Align: align.Left, Top: 1, VerticalPadding: 1.2})))
	m.AddRows(row.New(6))
	m.AddRows(row.New(8).Add(
		col.New(1).Add(t("N.", 9.5, fontstyle.Bold, align.Center)).WithStyle(&props.Cell{BackgroundColor: grey, BorderType: border.Full, BorderThickness: 0.2}),
		col.New(11).Add(text.New("ORDINE DEL GIORNO", props.Text{Family: fam, Size: 9.5, Style: fontstyle.Bold, Left: 2, Top: 1})).WithStyle(&props.Cell{BackgroundColor: grey, BorderType: border.Full, BorderThickness: 0.2}),
	))
	odg := []string{
		"Comunicazioni del Sindaco.",
		"Approvazione dei verbali della seduta del 22 dicembre 2025.",
		"Ratifica della deliberazione della Giunta comunale n. 19 del 26/02/2026 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2026-2028\".",
		"Approvazione del Piano Economico Finanziario del servizio integrato di gestione dei rifiuti urbani 2026-2029 e delle tariffe TARI per l'anno 2026.",
		"Regolamento per la concessione in uso dei locali e delle strutture comunali: approvazione.",
		"Convenzione per la gestione in forma associata del servizio di polizia locale con i Comuni contermini: approvazione dello schema.",
		"Mozione del gruppo consiliare \"Lestizza Domani\" sulla sicurezza stradale lungo la strada regionale.",
	}
	cell := &props.Cell{BorderType: border.Full, BorderThickness: 0.2}
	for i, s := range odg {
		m.AddAutoRow(
			col.New(1).Add(text.New(itoa(i+1), props.Text{Family: fam, Size: 9.5, Align: align.Center, Top: 1.5, Bottom: 1.5})).WithStyle(cell),
			col.New(11).Add(text.New(s, props.Text{Family: fam, Size: 9.5, Left: 2, Right: 2, Top: 1.5, Bottom: 1.5})).WithStyle(cell),
		)
	}
	m.AddRows(row.New(6))
	m.AddAutoRow(col.New(12).Add(text.New("La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso l'Ufficio Segreteria e consultabile dai Consiglieri negli orari di apertura al pubblico, nonché nell'area riservata del portale istituzionale, a partire dal terzo giorno precedente la seduta.", props.Text{Family: fam, Size: 9.5, Align: align.Left, VerticalPadding: 1.2})))
	m.AddRows(row.New(12))
	m.AddRows(row.New(6).Add(col.New(6), col.New(6).Add(t("IL SINDACO", 10, fontstyle.Normal, align.Center))))
	m.AddRows(row.New(6).Add(col.New(6), col.New(6).Add(t("Daniela Stroili", 10, fontstyle.Bold, align.Center))))
	m.AddRows(row.New(6).Add(col.New(6), col.New(6).Add(t("(documento firmato digitalmente ai sensi del D.Lgs. 82/2005)", 7, fontstyle.Italic, align.Center))))
	doc, err := m.Generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := doc.Save(os.Args[1]); err != nil {
		log.Fatal(err)
	}
}

func itoa(i int) string {
	return string(rune('0' + i))
}
