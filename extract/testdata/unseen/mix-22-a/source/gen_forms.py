#!/usr/bin/env python3
"""
  attestazione-randazzo-saga   a pre-printed form (Times, blanks of underscores)
        filled in by typing over the blanks in Courier (reportlab), as a
        flattened fill of a Saga "modulistica" form: the underscores stay in the
        text layer beside the typed values.
  convocazione-bassovaldarno-civilia   a consortium's convocation letter (fpdf2,
        DejaVu fonts embedded), Civilia-style letter layout.
"""
import sys, os

OUT = sys.argv[1] if len(sys.argv) > 1 else "."


# ---------------------------------------------------------------------------
# Randazzo: attestazione di pubblicazione della deliberazione G.C. n. 27 del 10/03/2026
# ---------------------------------------------------------------------------
def randazzo():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    PW, PH = A4
    c = canvas.Canvas(os.path.join(OUT, "attestazione-randazzo-saga.pdf"), pagesize=A4)
    c.setCreator("Saga S.p.A. - Modulistica Albo"); c.setProducer("Saga Report Engine 6.1")
    c.setTitle("Attestazione di pubblicazione")
    L, R = 70, PW - 64
    F, S = "Times-Roman", 12
    V, VS = "Courier-Bold", 11

    def blank(x, y, n):
        """draw n underscores, return their end x"""
        c.setFont(F, S)
        c.drawString(x, y, "_" * n)
        return x + stringWidth("_" * n, F, S)

    def fill(x, y, text):
        c.setFont(V, VS)
        c.drawString(x + 4, y + 1.5, text)

    def label(x, y, text, font=F, size=S):
        c.setFont(font, size)
        c.drawString(x, y, text)
        return x + stringWidth(text, font, size)

    # letterhead (pre-printed)
    c.setFont("Times-Bold", 17); c.drawCentredString(PW / 2, PH - 64, "COMUNE DI RANDAZZO")
    c.setFont("Times-Italic", 11); c.drawCentredString(PW / 2, PH - 79, "Città Metropolitana di Catania")
    c.setFont("Times-Roman", 9.5); c.drawCentredString(PW / 2, PH - 93, "Piazza Municipio, 1 – 95036 Randazzo (CT)")
    c.setLineWidth(1); c.line(L, PH - 102, R, PH - 102)
    c.setFont("Times-Bold", 10); c.drawString(L, PH - 120, "Ufficio Albo Pretorio – Servizio Messi Notificatori")
    c.setFont("Helvetica", 7.5); c.drawRightString(R, PH - 120, "Mod. ALB/04 – rev. 2019")

    c.setFont("Times-Bold", 15); c.drawCentredString(PW / 2, PH - 165, "ATTESTAZIONE DI PUBBLICAZIONE")
    c.setFont("Times-Italic", 10.5)
    c.drawCentredString(PW / 2, PH - 181, "(art. 124 del D.Lgs. 18 agosto 2000, n. 267 – art. 11 della L.R. 3 dicembre 1991, n. 44)")

    y = PH - 222
    x = label(L, y, "Il sottoscritto ")
    e = blank(x, y, 38); fill(x, y, "MANGANO SEBASTIANO")
    label(e + 3, y, ", Messo Comunale,")
    y -= 24
    label(L, y, "visti gli atti d’ufficio,")
    y -= 30
    c.setFont("Times-Bold", 13); c.drawCentredString(PW / 2, y, "A T T E S T A")
    y -= 30
    x = label(L, y, "che la deliberazione della ")
    e = blank(x, y, 44); fill(x, y, "GIUNTA COMUNALE")
    y -= 24
    x = label(L, y, "n. ")
    e = blank(x, y, 10); fill(x, y, "27")
    x = label(e + 4, y, " del ")
    e = blank(x, y, 20); fill(x, y, "10/03/2026")
    y -= 24
    label(L, y, "avente ad oggetto:")
    y -= 24
    subj_lines = [
        "Concessione contributo straordinario alla Parrocchia",
        "Santa Maria Assunta per i festeggiamenti della Vara",
        "- Anno 2026.",
    ]
    for sl in subj_lines:
        blank(L, y, 80)
        fill(L, y, sl)
        y -= 24
    y -= 4
    x = label(L, y, "è stata pubblicata all’Albo Pretorio on line di questo Comune dal ")
    e = blank(x, y, 18); fill(x, y, "13/03/2026")
    y -= 24
    x = label(L, y, "al ")
    e = blank(x, y, 18); fill(x, y, "28/03/2026")
    x = label(e + 2, y, " per quindici giorni consecutivi, con il n. ")
    e = blank(x, y, 12); fill(x, y, "412")
    y -= 24
    label(L, y, "del Registro delle pubblicazioni,")
    y -= 30
    # check boxes
    def box(x, y, checked):
        c.rect(x, y - 1, 9, 9)
        if checked:
            c.setFont("Courier-Bold", 11); c.drawString(x + 1.3, y, "X")
    box(L, y, True)
    label(L + 16, y, "e che contro di essa non sono pervenuti reclami od opposizioni.")
    y -= 22
    box(L, y, False)
    label(L + 16, y, "e che contro di essa sono pervenuti i seguenti reclami: ")
    blank(L + 16 + stringWidth("e che contro di essa sono pervenuti i seguenti reclami: ", F, S), y, 14)
    y -= 46
    x = label(L, y, "Randazzo, lì ")
    e = blank(x, y, 18); fill(x, y, "30/03/2026")
    y -= 40
    c.setFont("Times-Bold", 11)
    c.drawCentredString(L + 95, y, "IL MESSO COMUNALE")
    c.drawCentredString(R - 105, y, "IL SEGRETARIO GENERALE")
    y -= 26
    blank(L + 10, y, 28); fill(L + 10, y, "Sebastiano Mangano")
    blank(R - 190, y, 28); fill(R - 190, y, "Dott. Nunzio Pappalardo")
    y -= 14
    c.setFont("Times-Italic", 8.5)
    c.drawCentredString(L + 95, y, "(firma autografa sostituita a mezzo stampa")
    c.drawCentredString(L + 95, y - 10, "ai sensi dell’art. 3, c. 2, D.Lgs. 39/1993)")
    c.setFont("Helvetica", 7)
    c.drawString(L, 40, "Comune di Randazzo – Albo Pretorio on line – www.comune.randazzo.ct.it")
    c.drawRightString(R, 40, "Pag. 1 di 1")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Consorzio di Bonifica 4 Basso Valdarno: convocazione dell'Assemblea consortile
# ---------------------------------------------------------------------------
def bassovaldarno():
    from fpdf import FPDF
    DJ = "/usr/share/fonts/truetype/dejavu/"

    class P(FPDF):
        def header(self):
            self.set_fill_color(0, 92, 150)
            self.rect(0, 0, 210, 6, style="F")
            self.set_xy(20, 12)
            self.set_font("DejaVu", "B", 13.5)
            self.set_text_color(0, 70, 120)
            self.cell(0, 7, "CONSORZIO DI BONIFICA 4 BASSO VALDARNO", new_x="LMARGIN", new_y="NEXT")
            self.set_font("DejaVu", "", 8)
            self.set_text_color(60, 60, 60)
            self.cell(0, 4.5, "Ente di diritto pubblico economico – L.R. Toscana 27 dicembre 2012, n. 79", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4.5, "Sede legale: Via San Martino, 60 – 56125 Pisa – tel. 050 505411 – PEC: info@pec.c4bassovaldarno.it", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 92, 150); self.set_line_width(0.5)
            self.line(20, 33, 190, 33)
            self.set_text_color(0, 0, 0)
            self.set_y(40)

        def footer(self):
            self.set_y(-16)
            self.set_font("DejaVu", "", 7)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Codice fiscale 02127400505 – www.c4bassovaldarno.it", align="L")
            self.cell(0, 4, f"pag. {self.page_no()}/{{nb}}", align="R")

    pdf = P(format="A4")
    pdf.add_font("DejaVu", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVuSerif", "", DJ + "DejaVuSerif.ttf")
    pdf.add_font("DejaVuSerif", "B", DJ + "DejaVuSerif-Bold.ttf")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.set_creator("Civilia Next - Protocollo e Atti")
    pdf.set_producer("PyFPDF/fpdf2")
    pdf.set_title("Convocazione Assemblea consortile 26/03/2026")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.cell(85, 5, "Prot. n. 3188/2026 – Class. 1.2.3")
    pdf.cell(0, 5, "Pisa, 12 marzo 2026", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_x(110)
    pdf.multi_cell(80, 4.8, "Ai Componenti dell’Assemblea consortile\nAl Revisore unico dei conti\ne, p.c. Alla Regione Toscana – Direzione Difesa del Suolo e Protezione Civile\nLoro sedi – via PEC")
    pdf.ln(8)
    pdf.set_font("DejaVuSerif", "B", 10)
    pdf.cell(20, 5, "Oggetto:")
    pdf.multi_cell(0, 5, "Convocazione dell’Assemblea consortile – seduta ordinaria del 26 marzo 2026.")
    pdf.ln(4)
    pdf.set_font("DejaVuSerif", "", 10.5)
    txt = ("Ai sensi dell’art. 14 dello Statuto consortile, le SS.LL. sono convocate alla seduta ordinaria "
           "dell’Assemblea consortile che si terrà, in prima convocazione, il giorno giovedì 26 marzo 2026 "
           "alle ore 16:00 presso la sala riunioni della sede consortile di Pisa, Via San Martino n. 60, "
           "e, occorrendo, in seconda convocazione il giorno venerdì 27 marzo 2026 alle ore 17:00 nella "
           "stessa sede, per discutere e deliberare sul seguente")
    pdf.multi_cell(0, 5.3, txt, align="J")
    pdf.ln(3)
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(0, 6, "ORDINE DEL GIORNO", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("DejaVuSerif", "", 10.5)
    odg = [
        "Comunicazioni del Presidente.",
        "Approvazione del verbale della seduta del 18 dicembre 2025.",
        "Piano delle attività di bonifica 2026: presa d’atto dell’approvazione regionale e variazioni al programma degli interventi di manutenzione ordinaria del reticolo di gestione.",
        "Variazione n. 1 al bilancio di previsione 2026: approvazione.",
        "Convenzione con l’Autorità Idrica Toscana per la gestione degli scarichi dei depuratori nel reticolo consortile: approvazione dello schema.",
        "Varie ed eventuali.",
    ]
    for i, o in enumerate(odg, 1):
        pdf.set_x(26)
        pdf.cell(8, 5.3, f"{i}.")
        pdf.multi_cell(0, 5.3, o, align="J")
    pdf.ln(3)
    pdf.multi_cell(0, 5.3, "La documentazione relativa agli argomenti iscritti all’ordine del giorno è a disposizione dei componenti "
                   "presso la Segreteria degli Organi consortili e nell’area riservata del sito istituzionale a partire dal "
                   "20 marzo 2026. È ammessa la partecipazione in videoconferenza, previa comunicazione alla Segreteria "
                   "(segreteria.organi@c4bassovaldarno.it) entro le ore 12:00 del 25 marzo 2026.", align="J")
    pdf.ln(3)
    pdf.multi_cell(0, 5.3, "In caso di impedimento si prega di darne tempestiva comunicazione.", align="J")
    pdf.ln(3)
    pdf.cell(0, 5.3, "Distinti saluti.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_x(115)
    pdf.set_font("DejaVuSerif", "B", 10.5)
    pdf.cell(70, 5.3, "IL PRESIDENTE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(115)
    pdf.set_font("DejaVuSerif", "", 10.5)
    pdf.cell(70, 5.3, "Lorenzo Frassi", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(115)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.multi_cell(70, 4, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005 e norme collegate", align="C")
    pdf.output(os.path.join(OUT, "convocazione-bassovaldarno-civilia.pdf"))


if __name__ == "__main__":
    randazzo(); bassovaldarno()
