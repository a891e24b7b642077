#!/usr/bin/env python3
"""Comune di San Giovanni Rotondo - ordinanza dirigenziale in the house
style (letterhead left, registers' box right, boxed subject, running foot
with the number, office in the signature), printed by fpdf2 with core
fonts: justified paragraphs set with word spacing (Tw), the headings
letter-spaced with character spacing (Tc)."""
import sys
from fpdf import FPDF

OUT = sys.argv[1] if len(sys.argv) > 1 else "g4.pdf"
NUM = "Ordinanza dirigenziale R.G. n. 181 del 29/09/2026"


class Ord(FPDF):
    def header(self):
        if self.page_no() != 1:
            self.set_y(16)
            return
        # crest
        self.set_draw_color(140, 26, 31)
        self.set_fill_color(245, 237, 219)
        self.set_line_width(0.4)
        x, y = 22, 12
        self.polygon([(x, y), (x + 14, y), (x + 14, y + 11), (x + 7, y + 20), (x, y + 11)], style="DF")
        self.set_fill_color(140, 26, 31)
        self.rect(x + 3, y + 7, 8, 1.8, style="F")
        self.rect(x + 6, y + 2, 2, 12.5, style="F")
        self.set_xy(40, 14)
        self.set_font("Helvetica", "B", 11.5)
        self.cell(80, 6, "COMUNE DI SAN GIOVANNI ROTONDO")
        self.set_xy(40, 20)
        self.set_font("Helvetica", "", 9.5)
        self.cell(90, 5, "Provincia di Foggia")
        self.set_xy(40, 25)
        self.set_font("Helvetica", "", 7.5)
        self.cell(90, 4, "Piazza dei Martiri, 1 - 71013 San Giovanni Rotondo (FG)")
        # registers' box
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.3)
        self.rect(123, 12, 67, 22)
        self.set_xy(123, 13)
        self.set_font("Helvetica", "B", 10)
        self.cell(67, 6, "ORDINANZA DIRIGENZIALE", align="C")
        self.line(123, 19.5, 190, 19.5)
        for i, (a, b) in enumerate((("Registro Generale", "n. 181 del 29/09/2026"),
                                    ("Registro di Settore", "n. 57 del 29/09/2026"))):
            self.set_xy(125, 21 + i * 5.5)
            self.set_font("Helvetica", "", 8.5)
            self.cell(30, 5, a)
            self.set_font("Helvetica", "B", 9)
            self.cell(33, 5, b, align="R")
        self.set_y(40)

    def footer(self):
        self.set_y(-17)
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.15)
        self.line(22, self.get_y(), 190, self.get_y())
        self.set_font("Helvetica", "", 7.5)
        self.cell(120, 5, NUM)
        self.cell(0, 5, "Pag. %d di {nb}" % self.page_no(), align="R")


pdf = Ord(format="A4")
pdf.set_margins(22, 16, 20)
pdf.set_auto_page_break(True, 24)
pdf.set_title("Ordinanza dirigenziale R.G. 181/2026")
pdf.set_author("Comune di San Giovanni Rotondo")
pdf.set_creator("Civilia Next - Atti amministrativi")
pdf.add_page()

pdf.set_font("Helvetica", "B", 11)
pdf.cell(0, 6, "SETTORE III - LAVORI PUBBLICI, PATRIMONIO E AMBIENTE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)
subject = ("ORDINANZA DI RIMOZIONE, AVVIO A RECUPERO O SMALTIMENTO DEI RIFIUTI ABBANDONATI E DI RIPRISTINO "
           "DELLO STATO DEI LUOGHI SU TERRENO PRIVATO IN CONTRADA SAN NICOLA (FOGLIO 62, PARTICELLA 418) AI "
           "SENSI DELL'ART. 192 DEL D.LGS. 152/2006")
y0 = pdf.get_y()
pdf.set_xy(25, y0 + 2)
pdf.set_font("Helvetica", "B", 9.5)
pdf.cell(18, 5, "Oggetto:")
pdf.set_font("Helvetica", "B", 10)
pdf.multi_cell(142, 5, subject, align="L", new_x="LMARGIN", new_y="NEXT")
pdf.set_line_width(0.35)
pdf.rect(22, y0, 168, pdf.get_y() - y0 + 2)
pdf.ln(7)


def heading(text, spacing=0.0, size=11):
    pdf.set_font("Times", "B", size)
    pdf.set_char_spacing(spacing)
    pdf.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.ln(1.5)


def par(lead, text):
    pdf.set_font("Times", "", 11)
    pdf.multi_cell(0, 5.3, "**%s** %s" % (lead, text), align="J", markdown=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.3)


heading("IL DIRIGENTE", 1.2)
par("Premesso", "che in data 11/09/2026 personale del Servizio Ambiente e Igiene Urbana, unitamente al Nucleo "
    "Ambientale della Polizia Locale, ha accertato, come da verbale di sopralluogo n. 74/2026, la presenza di "
    "rifiuti abbandonati sul terreno di propriet\u00e0 privata sito in contrada San Nicola, distinto in Catasto "
    "Terreni al foglio 62, particella 418, costituiti da materiali inerti da demolizione, pneumatici fuori uso, "
    "lastre in fibrocemento in apparente buono stato di conservazione e rifiuti ingombranti, per un volume "
    "stimato di circa 18 metri cubi;")
par("Accertato", "che l'area non \u00e8 recintata ed \u00e8 liberamente accessibile dalla strada vicinale e che "
    "gli accertamenti svolti non hanno consentito di individuare gli autori dell'abbandono;")
par("Dato atto", "che con nota prot. n. 27958 del 17/09/2026 \u00e8 stato comunicato ai proprietari l'avvio del "
    "procedimento ai sensi dell'art. 7 della legge 7 agosto 1990, n. 241, e che nelle memorie presentate non sono "
    "stati forniti elementi idonei ad escludere la responsabilit\u00e0 a titolo di colpa per l'omessa custodia "
    "del fondo, rilevante ai sensi dell'art. 192, comma 3, del D.Lgs. 3 aprile 2006, n. 152;")
par("Visti", "l'art. 192 del D.Lgs. 152/2006; l'art. 107 del D.Lgs. 18 agosto 2000, n. 267; il Regolamento "
    "comunale per la gestione dei rifiuti urbani; il decreto sindacale n. 14 del 02/07/2025 di conferimento "
    "dell'incarico di direzione del Settore III;")
pdf.ln(1)
heading("ORDINA", 4.0, 11.5)
pts = [
    "ai sig.ri D. M. e A. M. (generalit\u00e0 in atti), in qualit\u00e0 di comproprietari del terreno sito in "
    "contrada San Nicola, foglio 62, particella 418, di provvedere, entro 30 (trenta) giorni dalla notifica della "
    "presente ordinanza, alla rimozione dei rifiuti descritti in premessa e al loro avvio a recupero o "
    "smaltimento tramite soggetti autorizzati, con l'intervento di ditta abilitata per le lastre in fibrocemento;",
    "di trasmettere al Servizio Ambiente e Igiene Urbana, entro i successivi 10 giorni, copia dei formulari di "
    "identificazione dei rifiuti attestanti il corretto conferimento, e di ripristinare lo stato dei luoghi "
    "adottando misure idonee ad impedire nuovi abbandoni;",
    "che, in caso di inottemperanza, si proceda all'esecuzione d'ufficio in danno dei soggetti obbligati e al "
    "recupero delle somme anticipate, ferma restando la segnalazione all'Autorit\u00e0 giudiziaria ai sensi "
    "dell'art. 255, comma 3, del D.Lgs. 152/2006.",
]
for i, t in enumerate(pts, 1):
    pdf.set_font("Times", "", 11)
    pdf.cell(7, 5.3, "%d." % i)
    pdf.multi_cell(0, 5.3, t, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
pdf.ln(1)
heading("AVVERTE", 3.0)
pdf.set_font("Times", "", 11)
pdf.multi_cell(0, 5.3, "che contro il presente provvedimento \u00e8 ammesso ricorso al TAR Puglia entro 60 giorni "
               "dalla notifica, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni. La "
               "presente ordinanza \u00e8 notificata agli interessati, pubblicata all'Albo Pretorio on line e "
               "trasmessa al Comando di Polizia Locale e all'ARPA Puglia - Dipartimento provinciale di Foggia.",
               align="J", new_x="LMARGIN", new_y="NEXT")
pdf.ln(12)
yy = pdf.get_y()
if yy > 250:
    pdf.add_page()
    yy = pdf.get_y()
for col, lines in ((22, [("IL RESPONSABILE DEL PROCEDIMENTO", "B"), ("Servizio Ambiente e Igiene Urbana", ""),
                         ("geom. Leonardo Siena", "")]),
                   (108, [("IL DIRIGENTE DEL SETTORE III", "B"), ("ing. Michele Cascavilla", ""),
                          ("(firmato digitalmente)", "I")])):
    pdf.set_y(yy)
    for text, st in lines:
        pdf.set_x(col)
        pdf.set_font("Times", st, 9 if st == "I" else 10.5)
        pdf.cell(80, 5.2, text, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
