#!/usr/bin/env python3
"""Città di Albano Laziale - Giunta Comunale n. 95 del 20/04/2027 ("Sicraweb" style).
fpdf2 with embedded DejaVu fonts: letterhead grid, running head with the number on every
page, a roll in two columns, an assessore connected remotely and one who leaves before
the vote for a conflict of interest."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "giunta-albanolaziale-sicraweb-comodato.pdf"
NUM, DATA = 95, "20/04/2027"
FD = "/usr/share/fonts/truetype/dejavu/"
BLUE = (29, 58, 107)


class Doc(FPDF):
    def header(self):
        self.set_font("DV", "", 7)
        self.set_text_color(60, 60, 60)
        self.set_xy(18, 8)
        self.cell(120, 4, "Città di Albano Laziale – Deliberazione della Giunta Comunale n. %d del %s" % (NUM, DATA))
        self.set_xy(140, 8)
        self.cell(52, 4, "pag. %d di {nb}" % self.page_no(), align="R")
        self.set_draw_color(150, 150, 150)
        self.line(18, 12.5, 192, 12.5)
        self.set_text_color(0, 0, 0)
        self.set_y(16)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 6.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, "Sicraweb – Atti amministrativi | Documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005",
                  align="C")
        self.set_text_color(0, 0, 0)


pdf = Doc(format="A4")
pdf.add_font("DV", "", FD + "DejaVuSans.ttf")
pdf.add_font("DV", "B", FD + "DejaVuSans-Bold.ttf")
pdf.add_font("DVS", "", FD + "DejaVuSerif.ttf")
pdf.add_font("DVS", "B", FD + "DejaVuSerif-Bold.ttf")
pdf.add_font("DVC", "", FD + "DejaVuSansCondensed.ttf")
pdf.add_font("DVC", "B", FD + "DejaVuSansCondensed-Bold.ttf")
pdf.set_margins(18, 16, 18)
pdf.set_auto_page_break(True, 18)
pdf.set_title("Deliberazione G.C. n. %d del %s" % (NUM, DATA))
pdf.set_creator("Sicraweb - Atti amministrativi")
pdf.alias_nb_pages()
pdf.add_page()

# letterhead grid
y0 = 17
pdf.set_draw_color(*BLUE)
pdf.set_line_width(0.35)
pdf.rect(18, y0, 174, 26)
pdf.line(40, y0, 40, y0 + 26)
pdf.line(148, y0, 148, y0 + 26)
pdf.rect(21, y0 + 3, 16, 20)
pdf.set_font("DV", "B", 5)
pdf.text(24.2, y0 + 14, "STEMMA")
pdf.set_text_color(*BLUE)
pdf.set_font("DV", "B", 15)
pdf.text(43, y0 + 10, "CITTÀ DI ALBANO LAZIALE")
pdf.set_text_color(0, 0, 0)
pdf.set_font("DV", "", 8)
pdf.text(43, y0 + 16, "Città Metropolitana di Roma Capitale")
pdf.text(43, y0 + 20.5, "Piazza della Costituente, 1 – 00041 Albano Laziale (RM)")
pdf.set_xy(148, y0 + 3)
pdf.multi_cell(44, 4, "Deliberazione della\nGiunta Comunale", align="C")
pdf.set_font("DV", "B", 13)
pdf.set_xy(148, y0 + 12)
pdf.cell(44, 6, "N. %d" % NUM, align="C")
pdf.set_font("DV", "", 8)
pdf.set_xy(148, y0 + 19)
pdf.cell(44, 4, "Data %s" % DATA, align="C")

# subject box
pdf.set_xy(18, y0 + 29)
pdf.set_font("DV", "B", 7.5)
pdf.set_text_color(*BLUE)
pdf.cell(174, 5, "  OGGETTO", border="LTR")
pdf.set_text_color(0, 0, 0)
pdf.ln(5)
pdf.set_font("DV", "B", 9.5)
pdf.multi_cell(174, 5, "CONCESSIONE IN COMODATO D'USO GRATUITO DEI LOCALI COMUNALI DI VIA SAN FRANCESCO D'ASSISI "
               "ALL'ASSOCIAZIONE DI PROTEZIONE CIVILE “ALBA SOCCORSO ODV” – APPROVAZIONE DELLO SCHEMA DI CONTRATTO",
               border="LBR", align="L", padding=(0, 2, 2, 2))
pdf.ln(1.5)
pdf.set_font("DV", "", 7.5)
pdf.multi_cell(174, 4, "Proposta di deliberazione n. 121 del 15/04/2027 | Settore proponente: SETTORE IV – PATRIMONIO "
               "E PROTEZIONE CIVILE")
pdf.ln(2)


def para(t, size=9.5, h=5.0, style=""):
    pdf.set_font("DVS", style, size)
    pdf.multi_cell(174, h, t, align="J")
    pdf.ln(1.2)


para("L'anno duemilaventisette, il giorno venti del mese di aprile, alle ore 12:00, nella Sala della Giunta del "
     "Palazzo Comunale, si è riunita la Giunta Comunale, convocata nelle forme di legge, con la partecipazione di un "
     "componente in collegamento da remoto. Risultano presenti e assenti i Signori:")

roll = [("ORSINI Massimiliano", "Sindaco", "P"), ("MARINI Daniela", "Vice Sindaco", "P"),
        ("FERRANTE Paolo", "Assessore", "P"), ("CORSI Alessia", "Assessore", "P (1)"),
        ("RINALDI Giorgio", "Assessore", "A"), ("MASSIMI Elena", "Assessore", "P"),
        ("BRUNETTI Andrea", "Assessore", "P")]
pdf.set_draw_color(136, 136, 136)
pdf.set_line_width(0.2)
widths = [38, 26, 16]
x_cols = [18, 18 + 80 + 14]


def roll_row(x, cells, bold=False, fill=False):
    pdf.set_x(x)
    pdf.set_font("DVC", "B" if bold else "", 8)
    if fill:
        pdf.set_fill_color(230, 235, 243)
    for w, c in zip(widths, cells):
        pdf.cell(w, 5.2, " " + c, border=1, fill=fill, align="C" if w == 16 else "L")


ytop = pdf.get_y()
for k, part in enumerate((roll[:4], roll[4:])):
    pdf.set_y(ytop)
    roll_row(x_cols[k], ["Componente", "Carica", "Presenza"], bold=True, fill=True)
    pdf.ln(5.2)
    for n, r, m in part:
        roll_row(x_cols[k], [n, r, m])
        pdf.ln(5.2)
pdf.set_xy(x_cols[1], pdf.get_y())
pdf.set_font("DVC", "B", 8)
pdf.cell(80, 5.2, " Presenti n. 6 – Assenti n. 1", border=1)
pdf.set_y(ytop + 5 * 5.2 + 2)
pdf.set_font("DV", "", 7)
pdf.cell(174, 4, "(1) in collegamento audio-video da remoto, con identità accertata dal Segretario Generale.")
pdf.ln(7)

para("Presiede la seduta il Sindaco, avv. Massimiliano ORSINI. Partecipa il Segretario Generale, dott.ssa Raffaella "
     "CARDINALI, con funzioni consultive, referenti e di assistenza, che cura la redazione del presente verbale.")
para("Prima della trattazione dell'argomento l'Assessore FERRANTE Paolo, socio fondatore dell'associazione "
     "interessata, dichiara la sussistenza di una situazione di conflitto di interessi e, ai sensi dell'art. 78, "
     "comma 2, del D.Lgs. n. 267/2000, si allontana dalla sala alle ore 12:40, prima della discussione e della "
     "votazione. I presenti sono pertanto n. 5.")
pdf.set_font("DVS", "B", 10)
pdf.cell(174, 7, "LA GIUNTA COMUNALE", align="C")
pdf.ln(8)
for t in [
    "Premesso che l'associazione di volontariato “Alba Soccorso ODV”, iscritta al Registro unico nazionale del Terzo "
    "settore e all'Elenco territoriale del volontariato di protezione civile della Regione Lazio, opera da oltre "
    "quindici anni sul territorio comunale nelle attività di prevenzione, antincendio boschivo e assistenza alla "
    "popolazione, in convenzione con il Comune;",
    "Vista l'istanza dell'associazione, acquisita al protocollo n. 19942 del 26/03/2027, con la quale si chiede la "
    "concessione in uso dei locali comunali siti in via San Francesco d'Assisi, piano terra, della superficie di "
    "circa 140 mq, da destinare a sede operativa e deposito di mezzi e attrezzature;",
    "Richiamato il Regolamento comunale per la concessione in uso di beni immobili a enti del Terzo settore, "
    "approvato con deliberazione del Consiglio Comunale n. 38 del 29/06/2023, e in particolare l'art. 9, che "
    "ammette la concessione in comodato gratuito per finalità di protezione civile;",
    "Visto lo schema di contratto di comodato predisposto dal Settore IV, della durata di sei anni, che pone a "
    "carico del comodatario le spese per le utenze e per la manutenzione ordinaria dei locali;",
    "Acquisiti i pareri favorevoli di regolarità tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 18 "
    "agosto 2000, n. 267;",
    "Con voti unanimi e palesi: presenti e votanti n. 5, favorevoli n. 5,",
]:
    para(t)
pdf.set_font("DVS", "B", 10)
pdf.cell(174, 7, "D E L I B E R A", align="C")
pdf.ln(8)
pts = [
    "di concedere in comodato d'uso gratuito all'associazione “Alba Soccorso ODV” i locali comunali di via San "
    "Francesco d'Assisi, piano terra, per la durata di anni sei, per le finalità indicate in premessa;",
    "di approvare lo schema di contratto di comodato, allegato al presente atto quale parte integrante e "
    "sostanziale;",
    "di demandare al Dirigente del Settore IV la sottoscrizione del contratto e gli adempimenti conseguenti.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("DVS", "", 9.5)
    pdf.set_x(18)
    pdf.cell(7, 5, "%d." % i)
    pdf.multi_cell(167, 5, t, align="J")
    pdf.ln(1)
para("Successivamente, con separata votazione unanime e palese, la Giunta Comunale dichiara il presente atto "
     "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000, per consentire la consegna "
     "dei locali prima dell'avvio della campagna antincendio boschivo.")
para("Al termine della votazione rientra nella sala l'Assessore FERRANTE Paolo.")
pdf.ln(3)
para("Letto, approvato e sottoscritto.")
pdf.ln(2)
pdf.set_font("DV", "B", 9)
pdf.cell(87, 5, "IL SINDACO", align="C")
pdf.cell(87, 5, "IL SEGRETARIO GENERALE", align="C")
pdf.ln(5)
pdf.set_font("DV", "", 9)
pdf.cell(87, 5, "avv. Massimiliano ORSINI", align="C")
pdf.cell(87, 5, "dott.ssa Raffaella CARDINALI", align="C")
pdf.ln(5)
pdf.set_font("DV", "", 7)
pdf.cell(87, 4, "(firmato digitalmente)", align="C")
pdf.cell(87, 4, "(firmato digitalmente)", align="C")
pdf.output(OUT)
