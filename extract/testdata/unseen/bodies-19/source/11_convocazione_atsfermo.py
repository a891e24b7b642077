# Ambito Territoriale Sociale XIX (Fermo) – convocazione del Comitato dei Sindaci, a letter on the
# Ambito's letterhead imitating a Saga (protocollo/atti) print. fpdf2 with DejaVu Serif Condensed.
import sys
from fpdf import FPDF

out = sys.argv[1]
U = "/usr/share/fonts/truetype/dejavu/"


class L(FPDF):
    def footer(self):
        self.set_y(-16)
        self.set_draw_color(90, 90, 90)
        self.line(20, self.get_y(), 190, self.get_y())
        self.set_font("P", "", 7.5)
        self.cell(0, 4, "Ambito Territoriale Sociale XIX – Ufficio di Piano – Via Mazzini, 4 – 63900 Fermo – tel. 0734 284411 – "
                  "PEC: ambitosociale19@pec.it", align="C", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "pag. %d di {nb}" % self.page_no(), align="C")


pdf = L(format="A4")
pdf.add_font("P", "", U + "DejaVuSerifCondensed.ttf")
pdf.add_font("P", "B", U + "DejaVuSerifCondensed-Bold.ttf")
pdf.add_font("P", "I", U + "DejaVuSerifCondensed-Italic.ttf")
pdf.add_font("P", "BI", U + "DejaVuSerifCondensed-BoldItalic.ttf")
pdf.set_margins(20, 14, 20)
pdf.set_auto_page_break(True, 22)
pdf.alias_nb_pages()
pdf.set_title("Convocazione Comitato dei Sindaci - seduta del 2 aprile 2026")
pdf.set_author("Ambito Territoriale Sociale XIX")
pdf.set_creator("Saga - Protocollo informatico")
pdf.add_page()

# letterhead
pdf.set_fill_color(0, 102, 153)
pdf.rect(20, 14, 3, 20, style="F")
pdf.set_xy(26, 14)
pdf.set_font("P", "B", 16)
pdf.set_text_color(0, 102, 153)
pdf.cell(0, 7, "AMBITO TERRITORIALE SOCIALE XIX", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(26)
pdf.set_text_color(0, 0, 0)
pdf.set_font("P", "I", 10)
pdf.cell(0, 5, "Comitato dei Sindaci – Ufficio di Piano", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(26)
pdf.set_font("P", "", 8.5)
pdf.cell(0, 4.5, "Ente capofila: Comune di Fermo (L.R. Marche 1° dicembre 2014, n. 32)", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)

# protocol and date (left), addressees (right)
y = pdf.get_y()
pdf.set_font("P", "", 10)
pdf.multi_cell(70, 5, "Prot. n. 10452\nFermo, 23/03/2026\n\nTrasmessa via PEC", new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(105, y)
pdf.multi_cell(85, 5, "Ai Sindaci dei Comuni\ndell'Ambito Territoriale Sociale XIX\nLORO SEDI", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(105)
pdf.ln(2)
pdf.set_x(105)
pdf.multi_cell(85, 5, "e p.c.\nAl Direttore del Distretto Sanitario di Fermo\nAST Fermo\n\nAi componenti dell'Ufficio di Piano", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("P", "B", 10.5)
pdf.cell(23, 5.5, "OGGETTO:")
pdf.multi_cell(147, 5.5, "Convocazione del Comitato dei Sindaci dell'Ambito Territoriale Sociale XIX – seduta ordinaria del 2 aprile 2026.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)
pdf.set_font("P", "", 10.5)


def p(t, **kw):
    pdf.multi_cell(170, 5.3, t, align="J", new_x="LMARGIN", new_y="NEXT", **kw)
    pdf.ln(1.8)


p("Ai sensi dell'art. 7 del Regolamento di funzionamento del Comitato dei Sindaci, la S.V. è invitata a partecipare "
  "alla seduta ordinaria del Comitato dei Sindaci, che si terrà il giorno **giovedì 2 aprile 2026, alle ore 10:30**, in prima "
  "convocazione, e, occorrendo, alle ore 11:30 in seconda convocazione, presso la **Sala dei Ritratti del Palazzo dei Priori**, "
  "Piazza del Popolo, Fermo, per la trattazione del seguente", markdown=True)
pdf.set_font("P", "B", 11)
pdf.cell(170, 6, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(1.5)
pdf.set_font("P", "", 10.5)
odg = [
    "Approvazione del verbale della seduta del 12 febbraio 2026;",
    "Piano Sociale di Ambito 2026-2028: esame e approvazione;",
    "Fondo Nazionale per le Politiche Sociali – annualità 2025: criteri di riparto tra le aree di intervento;",
    "Programma \"Dopo di Noi\" (L. 22 giugno 2016, n. 112): presa d'atto della graduatoria dei progetti personalizzati;",
    "Servizio di assistenza educativa scolastica per alunni con disabilità: linee di indirizzo per l'a.s. 2026/2027;",
    "Comunicazioni del Presidente e varie ed eventuali.",
]
for i, t in enumerate(odg, 1):
    pdf.set_x(26)
    pdf.cell(7, 5.6, "%d." % i)
    pdf.multi_cell(137, 5.6, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)
pdf.ln(2.5)
p("La seduta potrà svolgersi anche in modalità mista: i Sindaci impossibilitati a intervenire in presenza potranno "
  "collegarsi mediante il link che sarà trasmesso dall'Ufficio di Piano il giorno precedente la seduta. In caso di "
  "impedimento, il Sindaco può farsi rappresentare da un Assessore munito di delega scritta, da trasmettere all'Ufficio "
  "di Piano entro le ore 9:00 del giorno della seduta.")
p("La documentazione relativa ai punti all'ordine del giorno è consultabile nell'area riservata del sito dell'Ambito "
  "ed è comunque disponibile presso l'Ufficio di Piano.")
p("Distinti saluti.")
pdf.ln(2)
pdf.set_x(100)
pdf.multi_cell(90, 5.4, "IL PRESIDENTE DEL COMITATO DEI SINDACI\nDott.ssa Lucia Marcozzi\n(firmato digitalmente)", align="C",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
pdf.set_font("P", "I", 8.5)
pdf.multi_cell(170, 4.4, "Referente: Ufficio di Piano – Dott. Andrea Vitali, Coordinatore d'Ambito (tel. 0734 284420). "
               "Documento informatico sottoscritto con firma digitale ai sensi dell'art. 24 del D.Lgs. n. 82/2005.",
               new_x="LMARGIN", new_y="NEXT")
pdf.output(out)
