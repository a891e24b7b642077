#!/usr/bin/env python3
"""Comune di Mira - avviso pubblico of the Settore Servizi alla Persona, as the
Civilia Next web portal prints it through fpdf2: core Helvetica/Times (WinAnsi),
label grid, body in two justified columns (word spacing by Tw), running head
with the protocol number and Settore on page 2."""
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-mira-civilianext.pdf"
PROT = "48211"; DATE = "20/09/2027"


class Avviso(FPDF):
    def header(self):
        if self.page_no() == 1:
            # crest
            self.set_draw_color(31, 63, 115); self.set_fill_color(223, 230, 242)
            self.rect(22, 12, 13, 16, style="DF")
            self.set_fill_color(31, 63, 115); self.rect(25, 19, 7, 2, style="F")
            self.set_font("Times", "B", 17); self.set_y(12)
            self.cell(0, 7, "COMUNE DI MIRA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font("Times", "", 10)
            self.cell(0, 5, "Città Metropolitana di Venezia", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_font("Helvetica", "", 7.5)
            self.cell(0, 4, "Piazza IX Martiri, 3 - 30034 Mira (VE) - C.F. 00368570271 - PEC: comune.mira.ve@pecveneto.it",
                      align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_line_width(0.25); self.line(18, 33, 192, 33)
            self.set_y(37)
        else:
            self.set_font("Helvetica", "", 8); self.set_y(10)
            self.cell(90, 4, "Comune di Mira - Avviso pubblico prot. n. %s del %s" % (PROT, DATE))
            self.cell(0, 4, "Settore Servizi alla Persona", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.line(18, 15, 192, 15); self.set_y(20)

    def footer(self):
        self.set_y(-14); self.set_font("Helvetica", "", 7.5)
        self.cell(90, 4, "Civilia Next - Portale del cittadino")
        self.cell(0, 4, "Pagina %d di {nb}" % self.page_no(), align="R")


pdf = Avviso(format="A4")
pdf.set_margins(18, 20, 18); pdf.set_auto_page_break(True, 20)
pdf.set_title("Avviso pubblico contributi affitto 2027"); pdf.set_author("Comune di Mira")
pdf.set_creator("Civilia Next - Portale")
pdf.alias_nb_pages()
pdf.add_page()

# label grid
rows = [("SETTORE", "SETTORE SERVIZI ALLA PERSONA"),
        ("SERVIZIO", "Servizio Politiche Sociali e Abitative"),
        ("UNITÀ OPERATIVA", "U.O. Contributi e Agevolazioni"),
        ("PROTOCOLLO", "n. %s del %s" % (PROT, DATE)),
        ("SCADENZA DOMANDE", "31/10/2027 ore 12:00")]
pdf.set_draw_color(109, 125, 153)
for a, b in rows:
    pdf.set_fill_color(238, 241, 246); pdf.set_font("Helvetica", "B", 8)
    pdf.cell(60, 6.5, " " + a, border=1, fill=True)
    pdf.set_font("Helvetica", "", 9.5)
    pdf.cell(0, 6.5, " " + b, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(6)
pdf.set_font("Times", "B", 15)
pdf.cell(0, 8, "AVVISO PUBBLICO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_font("Times", "B", 11.5)
pdf.multi_cell(0, 5.6, "PER LA CONCESSIONE DI CONTRIBUTI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE "
                       "DELL'ABITAZIONE PRINCIPALE - ANNO 2027", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)
pdf.set_font("Times", "B", 11)
pdf.cell(0, 6, "IL DIRIGENTE DEL SETTORE SERVIZI ALLA PERSONA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)
pdf.set_font("Times", "", 10.5)
pdf.multi_cell(0, 5, "in esecuzione della deliberazione di Giunta Comunale n. 158 del 02/09/2027 e della propria "
                     "determinazione n. 1176 del 13/09/2027,", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)
pdf.set_font("Times", "B", 12)
pdf.cell(0, 7, "RENDE NOTO", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)

sections = [
    ("1. Finalità",
     "che dal 20 settembre 2027 al 31 ottobre 2027 i cittadini residenti nel Comune di Mira, titolari di un "
     "contratto di locazione ad uso abitativo regolarmente registrato, possono presentare domanda per ottenere "
     "un contributo a parziale rimborso dei canoni di locazione corrisposti nell'anno 2027, a valere sul Fondo "
     "regionale per il sostegno all'accesso alle abitazioni in locazione e sulle risorse del bilancio comunale."),
    ("2. Requisiti",
     "Possono partecipare i nuclei familiari in possesso, alla data di presentazione della domanda, dei seguenti "
     "requisiti: residenza anagrafica nel Comune di Mira nell'alloggio oggetto del contratto; cittadinanza italiana "
     "o di uno Stato dell'Unione europea, ovvero titolo di soggiorno in corso di validità; ISEE ordinario o corrente "
     "non superiore a euro 16.500,00; incidenza del canone annuo, al netto degli oneri accessori, superiore al 24% "
     "del valore ISE; assenza di titolarità di diritti di proprietà su alloggi adeguati nel territorio regionale."),
    ("3. Esclusioni",
     "Sono esclusi i nuclei assegnatari di alloggi di edilizia residenziale pubblica, i contratti stipulati tra "
     "parenti o affini entro il secondo grado e i contratti relativi ad alloggi delle categorie catastali A/1, A/8 "
     "e A/9. Non possono presentare domanda i nuclei che abbiano già beneficiato, per la stessa annualità, della "
     "quota destinata all'affitto del reddito di cittadinanza o di analoghe misure."),
    ("4. Entità del contributo",
     "Il contributo è determinato in misura pari alla differenza tra il canone annuo effettivamente corrisposto e il "
     "24% del valore ISE, entro il limite massimo di euro 2.400,00 per nucleo familiare. In caso di risorse "
     "insufficienti i contributi saranno ridotti in misura proporzionale, con priorità per i nuclei con persone con "
     "disabilità o con almeno tre figli minori."),
    ("5. Modalità di presentazione",
     "La domanda si presenta esclusivamente on line, tramite il portale dei servizi del Comune di Mira, con "
     "autenticazione SPID, CIE o CNS, entro le ore 12:00 del 31 ottobre 2027. Per chi non dispone di strumenti "
     "informatici è attivo un servizio di assistenza presso lo Sportello Sociale di piazza IX Martiri, il martedì e "
     "il giovedì dalle 9:00 alle 12:30, previo appuntamento al numero 041 5628 311."),
    ("6. Controlli",
     "L'Amministrazione effettuerà controlli a campione sulla veridicità delle dichiarazioni rese, anche in "
     "collaborazione con la Guardia di Finanza. In caso di dichiarazioni mendaci il richiedente decade dal beneficio "
     "e si applicano le sanzioni previste dagli articoli 75 e 76 del D.P.R. 28 dicembre 2000, n. 445."),
    ("7. Trattamento dei dati personali",
     "I dati personali sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente per le finalità del "
     "presente avviso. Titolare del trattamento è il Comune di Mira; l'informativa completa è pubblicata sul sito "
     "istituzionale."),
    ("8. Informazioni",
     "Responsabile del procedimento è la dott.ssa Elena Pattaro, U.O. Contributi e Agevolazioni, tel. 041 5628 "
     "318, e-mail sociale@comune.mira.ve.it. Il presente avviso è pubblicato all'Albo Pretorio on line e sul sito "
     "istituzionale del Comune fino alla data di scadenza."),
]

with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.08) as cols:
    for head, txt in sections:
        cols.write(text="\n")
        pdf.set_font("Times", "B", 10)
        cols.write(text=head + "\n")
        pdf.set_font("Times", "", 10)
        cols.write(text=txt + "\n")
    cols.ensure_paragraph_break = True

pdf.ln(8)
pdf.set_font("Times", "", 10.5)
pdf.cell(0, 5, "Mira, %s" % DATE, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(2)
pdf.set_x(110)
pdf.set_font("Times", "B", 10.5)
pdf.multi_cell(82, 5, "IL DIRIGENTE DEL SETTORE\nSERVIZI ALLA PERSONA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(110); pdf.set_font("Times", "", 10.5)
pdf.multi_cell(82, 5, "dott. Marco Scantamburlo", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_x(110); pdf.set_font("Times", "I", 8.5)
pdf.multi_cell(82, 4, "firmato digitalmente ai sensi del D.Lgs. 82/2005", align="C")
pdf.output(OUT)
