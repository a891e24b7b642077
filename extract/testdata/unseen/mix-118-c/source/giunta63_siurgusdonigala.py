#!/usr/bin/env python3
"""Comune di Siurgus Donigala - Giunta n. 63 del 17/06/2027.

The same Siscom house style as n. 60 (crest and name on the left, the
Sardinian name under it, number and date in a ruled box on the right,
letter-spaced title, running foot with the number and "pag. x di y",
signatures side by side), printed by fpdf2 with embedded DejaVu fonts:
justified paragraphs, the title set with character spacing (Tc), a running
head from page 2.
"""
import sys
from fpdf import FPDF
from fpdf.enums import XPos, YPos

out = sys.argv[1] if len(sys.argv) > 1 else "giunta63-siurgusdonigala-siscom.pdf"
NUM, DATA = "63", "17/06/2027"
DJ = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "I", 7.5)
            self.set_xy(22, 12)
            self.cell(0, 4, "Comune di Siurgus Donigala \u2013 Deliberazione della Giunta Comunale n. %s del %s" % (NUM, DATA))
            self.set_line_width(0.15)
            self.line(22, 17, 192, 17)
            self.set_y(24)

    def footer(self):
        self.set_line_width(0.15)
        self.line(22, 279, 192, 279)
        self.set_font("DejaVu", "", 7.5)
        self.set_xy(22, 280.5)
        self.cell(100, 4, "Deliberazione G.C. n. %s del %s" % (NUM, DATA))
        self.set_xy(142, 280.5)
        self.cell(50, 4, "pag. %d di {nb}" % self.page_no(), align="R")


pdf = Doc("P", "mm", "A4")
pdf.add_font("DejaVu", "", DJ + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", DJ + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", DJ + "DejaVuSans-Oblique.ttf")
pdf.set_margins(22, 20, 18)
pdf.set_auto_page_break(True, 24)
pdf.alias_nb_pages()
pdf.set_title("Deliberazione G.C. n. %s del %s" % (NUM, DATA))
pdf.set_author("Comune di Siurgus Donigala")
pdf.set_creator("Siscom - Gestione Atti")
pdf.add_page()

# letterhead: crest
pdf.set_line_width(0.4)
x, y = 22, 18
pdf.polyline([(x, y), (x + 15, y), (x + 15, y + 11)])
pdf.polyline([(x, y), (x, y + 11)])
pdf.bezier([(x, y + 11), (x, y + 16), (x + 5, y + 18), (x + 7.5, y + 19)])
pdf.bezier([(x + 15, y + 11), (x + 15, y + 16), (x + 10, y + 18), (x + 7.5, y + 19)])
pdf.set_line_width(0.2)
pdf.line(x + 7.5, y, x + 7.5, y + 19)
pdf.line(x, y + 8, x + 15, y + 8)
pdf.set_xy(41, 20)
pdf.set_font("DejaVu", "B", 12.5)
pdf.cell(0, 7, "COMUNE DI SIURGUS DONIGALA")
pdf.set_xy(41, 27.5)
pdf.set_font("DejaVu", "I", 8.5)
pdf.cell(0, 4, "Comunu de Siurgus Donigala")
pdf.set_xy(41, 32)
pdf.set_font("DejaVu", "", 7.5)
pdf.cell(0, 4, "Ufficio Segreteria \u2013 Affari Generali")
# number box
bx = 130
pdf.set_line_width(0.25)
pdf.rect(bx, 18, 62, 21)
pdf.line(bx, 25.5, bx + 62, 25.5)
pdf.line(bx + 31, 25.5, bx + 31, 39)
pdf.set_font("DejaVu", "B", 7)
pdf.set_xy(bx + 2, 19); pdf.cell(40, 3, "DELIBERAZIONE DELLA")
pdf.set_xy(bx + 2, 22); pdf.cell(40, 3, "GIUNTA COMUNALE")
pdf.set_font("DejaVu", "", 6.5)
pdf.set_xy(bx + 44, 20.5); pdf.cell(16, 3, "ORIGINALE")
pdf.set_xy(bx + 2, 26.5); pdf.cell(10, 3, "N.")
pdf.set_xy(bx + 33, 26.5); pdf.cell(10, 3, "Data")
pdf.set_font("DejaVu", "B", 12)
pdf.set_xy(bx + 2, 31); pdf.cell(28, 6, NUM)
pdf.set_font("DejaVu", "B", 10)
pdf.set_xy(bx + 33, 31); pdf.cell(28, 6, DATA)

# letter-spaced title
pdf.set_xy(22, 46)
pdf.set_font("DejaVu", "B", 10)
pdf.set_char_spacing(1.4)
pdf.cell(170, 6, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", align="C")
pdf.set_char_spacing(0)

# subject between rules
pdf.set_line_width(0.3)
pdf.line(22, 55, 192, 55)
pdf.set_xy(22, 57)
pdf.set_font("DejaVu", "B", 8)
pdf.cell(19, 5, "OGGETTO:")
pdf.set_font("DejaVu", "B", 9)
pdf.set_xy(41, 57)
pdf.multi_cell(151, 4.6, "Concessione in uso temporaneo dei locali del Centro di aggregazione sociale all\u2019Associazione "
               "culturale \u201cIs Arrosas\u201d per le attività estive 2027. Atto di indirizzo.", align="L")
pdf.line(22, pdf.get_y() + 2, 192, pdf.get_y() + 2)
pdf.set_y(pdf.get_y() + 4)
pdf.set_x(22)
pdf.set_font("DejaVu", "", 9.5)
pdf.cell(0, 5, "Proposta n. 71 del 14/06/2027 \u2013 Area Amministrativa e Servizi Sociali", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.ln(4)


def P(text, after=2.2, bold=False, align="J", size=9.5):
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.multi_cell(0, 4.9, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(after)


P("L\u2019anno duemilaventisette, il giorno diciassette del mese di giugno, alle ore 12:00, nella sala delle adunanze del Palazzo "
  "Comunale, si è riunita la Giunta Comunale, convocata nei modi di legge.")
P("Risultano presenti: MURGIA Efisio, Sindaco; ORRÙ Giovanna, Vicesindaca; LAI Sandro, Assessore. Presenti n. 3 \u2013 Assenti n. 0.")
P("Assume la presidenza il Sindaco, dott. Efisio Murgia. Assiste il Segretario Comunale dott.ssa Maria Bonaria Floris, che "
  "redige il presente verbale. Il Presidente, accertato il numero legale, dichiara aperta la seduta.")
pdf.ln(1)
P("LA GIUNTA COMUNALE", bold=True, align="C")
P("Premesso che il Comune è proprietario dell\u2019immobile denominato Centro di aggregazione sociale, sito in via Roma, "
  "destinato a iniziative di carattere culturale, ricreativo e sociale rivolte alla comunità;")
P("Vista l\u2019istanza presentata in data 04/06/2027, prot. n. 2274, dall\u2019Associazione culturale \u201cIs Arrosas\u201d, con "
  "la quale si chiede l\u2019uso dei locali del Centro nei mesi di luglio e agosto 2027 per laboratori di ballo sardo, canto "
  "a tenore e attività ludiche per ragazzi;")
P("Visto il Regolamento comunale per l\u2019uso dei beni immobili comunali, approvato con deliberazione del Consiglio Comunale "
  "n. 22 del 27/07/2018, che all\u2019art. 9 consente la concessione in uso gratuito a favore di associazioni iscritte all\u2019albo "
  "comunale per attività di interesse pubblico;")
P("Ritenuto che le attività proposte rivestono interesse per la comunità e in particolare per i giovani e che sussistono "
  "pertanto i presupposti per la concessione in uso gratuito, con oneri di pulizia e custodia a carico dell\u2019Associazione;")
P("Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell\u2019art. 49 del D.Lgs. 18 agosto "
  "2000, n. 267;")
P("Con votazione unanime, espressa in forma palese,")
pdf.set_font("DejaVu", "B", 10)
pdf.set_char_spacing(1.2)
pdf.cell(0, 6, "DELIBERA", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
pdf.set_char_spacing(0)
pdf.ln(1.5)
pts = ["di concedere in uso gratuito all\u2019Associazione culturale \u201cIs Arrosas\u201d i locali del Centro di aggregazione "
       "sociale dal 1° luglio al 31 agosto 2027, nei giorni e negli orari concordati con l\u2019Ufficio Amministrativo;",
       "di porre a carico dell\u2019Associazione le spese di pulizia e custodia dei locali e l\u2019obbligo di stipulare una polizza "
       "di responsabilità civile verso terzi;",
       "di dare indirizzo al Responsabile dell\u2019Area Amministrativa e Servizi Sociali per la sottoscrizione del disciplinare d\u2019uso;",
       "di dare atto che il presente provvedimento non comporta oneri a carico del bilancio comunale."]
for i, t in enumerate(pts, 1):
    pdf.set_font("DejaVu", "", 9.5)
    y0 = pdf.get_y()
    pdf.set_x(22)
    pdf.cell(6, 4.9, "%d." % i)
    pdf.set_xy(28, y0)
    pdf.multi_cell(164, 4.9, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.2)
pdf.ln(1)
P("Con separata votazione unanime, la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell\u2019art. 134, "
  "comma 4, del D.Lgs. 18 agosto 2000, n. 267.")
P("Parere di regolarità tecnica: Favorevole. Il Responsabile dell\u2019Area Amministrativa e Servizi Sociali, dott.ssa Laura Cabiddu \u2013 14/06/2027",
  after=0.5, size=8, align="L")
P("Parere di regolarità contabile: Favorevole. Il Responsabile dell\u2019Area Finanziaria, dott.ssa Rita Mereu \u2013 15/06/2027",
  after=3, size=8, align="L")
P("Letto, confermato e sottoscritto.", align="L")
if pdf.get_y() > 240:
    pdf.add_page()
y = pdf.get_y() + 3
pdf.set_font("DejaVu", "B", 9.5)
pdf.set_xy(22, y); pdf.cell(85, 5, "IL PRESIDENTE", align="C")
pdf.set_xy(107, y); pdf.cell(85, 5, "IL SEGRETARIO COMUNALE", align="C")
pdf.set_font("DejaVu", "", 9.5)
pdf.set_xy(22, y + 5); pdf.cell(85, 5, "dott. Efisio Murgia", align="C")
pdf.set_xy(107, y + 5); pdf.cell(85, 5, "dott.ssa Maria Bonaria Floris", align="C")
pdf.set_line_width(0.15)
pdf.line(37, y + 12, 92, y + 12); pdf.line(122, y + 12, 177, y + 12)
pdf.set_y(y + 20)
P("CERTIFICATO DI PUBBLICAZIONE", bold=True, align="C")
P("Il sottoscritto Segretario Comunale certifica che copia della presente deliberazione è pubblicata all\u2019Albo Pretorio on line "
  "del Comune per quindici giorni consecutivi, dal 18/06/2027 al 03/07/2027 (Reg. Pubbl. n. 301), ai sensi dell\u2019art. 124 del "
  "D.Lgs. n. 267/2000, e che è stata trasmessa ai Capigruppo consiliari ai sensi dell\u2019art. 125.", size=8.5)
P("Siurgus Donigala, 18/06/2027 \u2013 Il Segretario Comunale, dott.ssa Maria Bonaria Floris", size=8.5, align="L")

pdf.output(out)
