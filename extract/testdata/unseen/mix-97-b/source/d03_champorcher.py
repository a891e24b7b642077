# Commune de Champorcher / Comune di Champorcher (AO): C.C. minute, fpdf2, DejaVu TTF (CID, Identity-H),
# running head and foot on every page, roll with P/A marks, councillor entering after the roll.
import sys
from fpdf import FPDF
out = sys.argv[1]
F = "/usr/share/fonts/truetype/dejavu/"
class P(FPDF):
    def header(self):
        self.set_font("dv", "B", 9); self.set_y(8)
        self.cell(0, 4, "COMMUNE DE CHAMPORCHER – COMUNE DI CHAMPORCHER", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 7.5)
        self.cell(0, 4, "Région autonome Vallée d'Aoste – Regione autonoma Valle d'Aosta · Deliberazione del Consiglio comunale n. 7 del 30/03/2026", align="C", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1); self.ln(6)
    def footer(self):
        self.set_y(-14); self.set_font("dv", "", 7.5)
        self.cell(0, 4, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Pagina %d di {nb}" % self.page_no(), align="C")
pdf = P(format="A4"); pdf.set_margins(15, 15, 15); pdf.set_auto_page_break(True, 20)
pdf.add_font("dv", "", F + "DejaVuSans.ttf"); pdf.add_font("dv", "B", F + "DejaVuSans-Bold.ttf"); pdf.add_font("dv", "I", F + "DejaVuSans-Oblique.ttf")
pdf.set_creator("Apsystems Civilia Next"); pdf.set_title("CC 7/2026")
pdf.add_page()
pdf.set_font("dv", "B", 12)
pdf.cell(0, 7, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(0, 7, "PROCÈS-VERBAL DE DÉLIBÉRATION DU CONSEIL COMMUNAL", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_font("dv", "B", 10)
pdf.cell(60, 8, "N. 7", border=1, align="C"); pdf.cell(60, 8, "Data: 30/03/2026", border=1, align="C"); pdf.cell(60, 8, "Ore: 20:30", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("dv", "B", 10)
pdf.multi_cell(0, 5.5, "OGGETTO: Modifica del Regolamento comunale per la concessione in uso degli alpeggi e dei pascoli di proprietà comunale.", border=1, padding=2)
pdf.ln(3)
pdf.set_font("dv", "", 9.5)
T = lambda s: pdf.multi_cell(0, 5, s, align="J", new_x="LMARGIN", new_y="NEXT")
T("L'anno duemilaventisei, addì trenta del mese di marzo, alle ore 20:30, nella sala consiliare del Municipio, a seguito di regolare convocazione, si è riunito il Consiglio comunale in sessione ordinaria, seduta pubblica di prima convocazione.")
pdf.ln(1); T("Risultano all'appello:"); pdf.ln(1)
roll = [("BORDET Ivan", "Sindaco", "P"), ("CRÉTIER Luisa", "Vicesindaco", "P"), ("CHAMPRETAVY Marco", "Consigliere", "P"),
        ("FRANCHINO Aline", "Consigliere", "A"), ("GLAREY Paolo", "Consigliere", "P"), ("JACQUEMET Sonia", "Consigliere", "P"),
        ("LATEY Fabio", "Consigliere", "A"), ("NOUSSAN Remo", "Consigliere", "P"), ("PRAMOTTON Denise", "Consigliere", "P"),
        ("THIÉBAT Mauro", "Consigliere", "P"), ("VALLET Giulia", "Consigliere", "P")]
pdf.set_font("dv", "B", 9); x0 = 40
pdf.set_x(x0); pdf.cell(70, 6, "Cognome e nome", border=1); pdf.cell(40, 6, "Carica", border=1); pdf.cell(12, 6, "P", border=1, align="C"); pdf.cell(12, 6, "A", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9)
for n, r, pa in roll:
    pdf.set_x(x0); pdf.cell(70, 5.5, n, border=1); pdf.cell(40, 5.5, r, border=1)
    pdf.cell(12, 5.5, "X" if pa == "P" else "", border=1, align="C"); pdf.cell(12, 5.5, "X" if pa == "A" else "", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(x0); pdf.set_font("dv", "B", 9); pdf.cell(110, 6, "Totale", border=1, align="R"); pdf.cell(12, 6, "9", border=1, align="C"); pdf.cell(12, 6, "2", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3); pdf.set_font("dv", "", 9.5)
T("Assiste il Segretario comunale reggente dott.ssa Nathalie Perrin, incaricata della redazione del verbale.")
T("Il Sindaco Ivan Bordet, riconosciuta la legalità dell'adunanza, assume la presidenza e dichiara aperta la seduta.")
T("Alle ore 20:40, ultimato l'appello, entra in aula il consigliere Latey Fabio; i consiglieri presenti sono pertanto n. 10.")
pdf.ln(2); pdf.set_font("dv", "B", 10); pdf.cell(0, 6, "IL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("dv", "", 9.5)
for s in [
 "RICHIAMATO il Regolamento comunale per la concessione in uso degli alpeggi e dei pascoli di proprietà comunale, approvato con deliberazione del Consiglio comunale n. 21 del 28.07.2015;",
 "CONSIDERATO che le assegnazioni degli alpeggi Dondena, Créton e Péra-Bianca scadranno il 31 ottobre 2026 e che occorre aggiornare i criteri di assegnazione, privilegiando le aziende agricole con sede nel territorio regionale e i giovani imprenditori agricoli;",
 "SENTITA la relazione del Vicesindaco e gli interventi dei consiglieri, riportati nella registrazione della seduta conservata agli atti;",
 "VISTI i pareri favorevoli di legittimità e di regolarità tecnica espressi ai sensi dell'art. 49 bis della L.R. 7 dicembre 1998, n. 54;",
 "Con la seguente votazione, espressa per alzata di mano: consiglieri presenti n. 10, votanti n. 7, voti favorevoli n. 7, contrari n. 0, astenuti n. 3 (Glarey, Pramotton, Vallet);"]:
    T(s); pdf.ln(1)
pdf.set_font("dv", "B", 10); pdf.cell(0, 6, "DELIBERA", align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_font("dv", "", 9.5)
for s in [
 "1. di modificare gli articoli 4, 7 e 12 del Regolamento comunale per la concessione in uso degli alpeggi e dei pascoli di proprietà comunale, nel testo riportato nell'allegato A, parte integrante della presente deliberazione;",
 "2. di stabilire che le modifiche si applicano alle assegnazioni decorrenti dalla stagione d'alpeggio 2027;",
 "3. di incaricare il Responsabile del Servizio tecnico della predisposizione del nuovo avviso pubblico di assegnazione;",
 "4. di dare atto che la presente deliberazione diviene esecutiva dal primo giorno di pubblicazione all'Albo pretorio, ai sensi dell'art. 52 ter della L.R. 54/1998."]:
    T(s); pdf.ln(1)
pdf.ln(2); T("Letto, approvato e sottoscritto."); pdf.ln(6)
y = pdf.get_y(); pdf.set_font("dv", "B", 9.5)
pdf.set_xy(15, y); pdf.cell(85, 5, "IL PRESIDENTE", align="C"); pdf.cell(95, 5, "IL SEGRETARIO COMUNALE REGGENTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 9.5); pdf.cell(85, 5, "Ivan Bordet", align="C"); pdf.cell(95, 5, "dott.ssa Nathalie Perrin", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
