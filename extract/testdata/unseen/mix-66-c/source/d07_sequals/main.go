// Comune di Sequals (PN): decreto del Sindaco n. 9/2026, printed by an in-house Go service with go-pdf/fpdf
// (core Times and Helvetica, cp1252). Paragraphs are MultiCell "J": each justified line is written with its
// own word spacing (Tw). A running head with the decree's number and a foot "Pagina X di Y" are written on
// every page by the header/footer callbacks.
package main

import (
	"fmt"
	"os"

	"github.com/go-pdf/fpdf"
)

func main() {
	pdf := fpdf.New("P", "mm", "A4", "")
	tr := pdf.UnicodeTranslatorFromDescriptor("cp1252")
	pdf.SetMargins(24, 26, 22)
	pdf.SetAutoPageBreak(true, 26)
	pdf.SetTitle(tr("Decreto del Sindaco n. 9 del 05/10/2026"), false)
	pdf.SetCreator("ProtoAtti FVG - modulo Decreti (go-pdf/fpdf)", false)
	pdf.AliasNbPages("{nb}")
	pdf.SetHeaderFunc(func() {
		pdf.SetFont("Helvetica", "", 7.5)
		pdf.SetTextColor(60, 60, 60)
		pdf.SetXY(24, 11)
		pdf.CellFormat(82, 4, tr("COMUNE DI SEQUALS – Ufficio del Sindaco"), "", 0, "L", false, 0, "")
		pdf.CellFormat(82, 4, tr("Decreto del Sindaco n. 9 del 05/10/2026"), "", 1, "R", false, 0, "")
		pdf.SetDrawColor(120, 120, 120)
		pdf.Line(24, 16, 188, 16)
		pdf.SetTextColor(0, 0, 0)
		pdf.SetY(24)
	})
	pdf.SetFooterFunc(func() {
		pdf.SetY(-19)
		pdf.SetDrawColor(120, 120, 120)
		pdf.Line(24, pdf.GetY(), 188, pdf.GetY())
		pdf.SetFont("Helvetica", "", 7)
		pdf.SetTextColor(60, 60, 60)
		pdf.CellFormat(120, 5, tr("Piazza Municipio 1 – 33090 Sequals (PN) – Documento firmato digitalmente"), "", 0, "L", false, 0, "")
		pdf.CellFormat(44, 5, fmt.Sprintf("Pagina %d di {nb}", pdf.PageNo()), "", 0, "R", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.AddPage()
	W := 164.0
	// letterhead in a frame
	pdf.SetLineWidth(0.5)
	pdf.SetDrawColor(0, 0, 0)
	y0 := pdf.GetY()
	pdf.Rect(24, y0, W, 25, "D")
	pdf.SetXY(24, y0+3)
	pdf.SetFont("Times", "B", 17)
	pdf.CellFormat(W, 8, tr("COMUNE DI SEQUALS"), "", 1, "C", false, 0, "")
	pdf.SetFont("Times", "I", 10)
	pdf.CellFormat(W, 5, tr("Comun di Secuals"), "", 1, "C", false, 0, "")
	pdf.SetFont("Helvetica", "", 8.5)
	pdf.CellFormat(W, 5, tr("Regione Autonoma Friuli Venezia Giulia"), "", 1, "C", false, 0, "")
	pdf.SetY(y0 + 33)
	pdf.SetFont("Helvetica", "B", 13)
	pdf.CellFormat(W, 7, tr("DECRETO DEL SINDACO"), "", 1, "C", false, 0, "")
	pdf.SetFont("Helvetica", "B", 11)
	pdf.CellFormat(W, 6, tr("N. 9 del 05/10/2026"), "", 1, "C", false, 0, "")
	pdf.Ln(5)
	pdf.SetFont("Times", "B", 11)
	pdf.CellFormat(22, 5.6, "OGGETTO:", "", 0, "L", false, 0, "")
	pdf.MultiCell(W-22, 5.6, tr("Nomina del Responsabile del Servizio Tecnico Manutentivo e conferimento dell'incarico di Elevata Qualificazione per il periodo dal 6 ottobre al 31 dicembre 2026."), "", "L", false)
	pdf.Ln(1)
	pdf.SetLineWidth(0.3)
	pdf.Line(24, pdf.GetY(), 188, pdf.GetY())
	pdf.Ln(5)
	pdf.SetFont("Helvetica", "B", 11)
	pdf.CellFormat(W, 6, "IL SINDACO", "", 1, "C", false, 0, "")
	pdf.Ln(2)
	par := func(s string) {
		pdf.SetFont("Times", "", 11)
		pdf.MultiCell(W, 5.4, tr(s), "", "J", false)
		pdf.Ln(1.6)
	}
	par("PREMESSO che con deliberazione della Giunta comunale n. 48 del 29 giugno 2026 è stato approvato il nuovo assetto organizzativo dell'Ente, articolato nel Servizio Amministrativo, nel Servizio Economico-Finanziario e nel Servizio Tecnico Manutentivo;")
	par("DATO ATTO che il posto di Responsabile del Servizio Tecnico Manutentivo si è reso vacante dal 1° ottobre 2026 a seguito del collocamento a riposo del titolare, e che occorre garantire senza soluzione di continuità l'esercizio delle funzioni gestionali;")
	par("VISTI l'art. 50, comma 10, e l'art. 109, comma 2, del D.Lgs. 18 agosto 2000, n. 267, e la L.R. 11 ottobre 2012, n. 21;")
	par("VISTO il Contratto collettivo regionale di lavoro del personale del Comparto unico del Friuli Venezia Giulia, nella parte relativa agli incarichi di Elevata Qualificazione;")
	par("RICHIAMATO il vigente Regolamento sull'ordinamento degli uffici e dei servizi, che disciplina i criteri per il conferimento degli incarichi di Elevata Qualificazione;")
	par("RITENUTO di individuare nell'arch. Serena Bortolussi, dipendente a tempo pieno e indeterminato inquadrata nella categoria D, in possesso della professionalità e dell'esperienza necessarie, il soggetto cui conferire l'incarico;")
	pdf.Ln(2)
	pdf.SetFont("Helvetica", "B", 11)
	pdf.CellFormat(W, 6, "D E C R E T A", "", 1, "C", false, 0, "")
	pdf.Ln(2)
	pts := []string{
		"di nominare l'arch. Serena Bortolussi Responsabile del Servizio Tecnico Manutentivo, con decorrenza dal 6 ottobre 2026 e fino al 31 dicembre 2026, conferendole l'incarico di Elevata Qualificazione;",
		"di attribuire alla medesima le funzioni di cui all'art. 107, commi 2 e 3, del D.Lgs. 267/2000, relativamente ai procedimenti di competenza del Servizio;",
		"di stabilire la retribuzione di posizione nella misura annua di euro 12.500,00, da rapportare alla durata dell'incarico, oltre alla retribuzione di risultato nei limiti previsti dal contratto collettivo;",
		"di individuare quale sostituto, in caso di assenza o impedimento, il Segretario comunale;",
		"di disporre che il presente decreto sia notificato all'interessata, comunicato al Servizio Economico-Finanziario e pubblicato all'Albo pretorio on line e nella sezione Amministrazione trasparente.",
	}
	for i, s := range pts {
		pdf.SetFont("Times", "", 11)
		pdf.CellFormat(8, 5.4, fmt.Sprintf("%d.", i+1), "", 0, "L", false, 0, "")
		pdf.MultiCell(W-8, 5.4, tr(s), "", "J", false)
		pdf.Ln(1.2)
	}
	pdf.Ln(8)
	pdf.SetFont("Times", "", 11)
	pdf.CellFormat(80, 5.4, "Sequals, 05/10/2026", "", 0, "L", false, 0, "")
	pdf.SetFont("Helvetica", "B", 10)
	pdf.CellFormat(84, 5.4, "IL SINDACO", "", 1, "C", false, 0, "")
	pdf.SetFont("Times", "", 11)
	pdf.CellFormat(80, 5.4, "", "", 0, "L", false, 0, "")
	pdf.CellFormat(84, 5.4, tr("Gabriele Toneatti"), "", 1, "C", false, 0, "")
	pdf.Ln(14)
	pdf.SetFont("Helvetica", "B", 9)
	pdf.CellFormat(W, 5, "PER ACCETTAZIONE", "", 1, "L", false, 0, "")
	pdf.SetFont("Times", "", 10)
	pdf.MultiCell(W, 5, tr("La sottoscritta arch. Serena Bortolussi dichiara di accettare l'incarico e di non trovarsi in alcuna delle situazioni di inconferibilità e incompatibilità previste dal D.Lgs. 8 aprile 2013, n. 39."), "", "J", false)
	pdf.Ln(2)
	pdf.CellFormat(W, 5, tr("Sequals, 05/10/2026                                                   arch. Serena Bortolussi"), "", 1, "L", false, 0, "")
	if err := pdf.OutputFileAndClose(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
