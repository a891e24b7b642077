#!/usr/bin/env python3
"""Unione dei Comuni Citta' Telesina - house style "Halley" (two documents).
The package prints a fixed form: the crest and the Unione's name centred, "COPIA" at
the right, and the number and date typed into blanks of underscores (the value is
drawn over the underscores, both stay in the text layer). The Giunta's roll stands
in two columns side by side. fpdf2 with embedded DejaVu fonts.
usage: d05_d06_cittatelesina_fpdf.py OUT_DELIBERAZIONE OUT_DETERMINAZIONE"""
import sys
from fpdf import FPDF

F = "/usr/share/fonts/truetype/dejavu/"


class Halley(FPDF):
    footer_text = ""

    def setup(self):
        self.add_font("DV", "", F + "DejaVuSerif.ttf")
        self.add_font("DV", "B", F + "DejaVuSerif-Bold.ttf")
        self.add_font("DV", "I", F + "DejaVuSerif-Italic.ttf")
        self.add_font("DS", "", F + "DejaVuSans.ttf")
        self.add_font("DS", "B", F + "DejaVuSans-Bold.ttf")
        self.set_margins(20, 15, 20)
        self.set_auto_page_break(True, 22)
        self.set_creator("Halley Informatica - Atti amministrativi")

    def footer(self):
        self.set_y(-14)
        self.set_font("DS", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.footer_text, align="L")
        self.set_x(20)
        self.cell(0, 4, f"Pag. {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)

    def crest(self):
        # a drawn shield: the Unione's crest
        x, y = 98, 12
        self.set_draw_color(40, 40, 40); self.set_line_width(0.5)
        self.set_fill_color(200, 215, 235)
        self.rect(x, y, 14, 10, style="DF")
        self.ellipse(x, y + 5, 14, 10, style="DF")
        self.set_fill_color(200, 215, 235)
        self.rect(x + 0.3, y + 5, 13.4, 5, style="F")
        self.set_font("DS", "B", 7)
        self.set_xy(x, y + 4); self.cell(14, 4, "UCT", align="C")

    def letterhead(self):
        self.crest()
        self.set_xy(20, 30)
        self.set_font("DV", "B", 15)
        self.cell(0, 7, "UNIONE DEI COMUNI CITTÀ TELESINA", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "I", 10)
        self.cell(0, 5, "Provincia di Benevento", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DS", "", 7.5)
        self.cell(0, 4, "Sede: Piazza Municipio 1 – 82037 Telese Terme (BN) – C.F. 92058130625",
                  align="C", new_x="LMARGIN", new_y="NEXT")
        yb = self.get_y()
        # COPIA at the right margin, boxed
        self.set_font("DS", "B", 10)
        self.set_xy(166, 14); self.cell(24, 7, "COPIA", border=1, align="C")
        self.set_xy(20, yb)
        self.ln(4)

    def blank(self, label, value, width, size=11, after=3):
        """label, then a blank of underscores with the value typed over it."""
        self.set_font("DV", "B", size)
        self.cell(self.get_string_width(label) + 1.5, 6, label)
        x, y = self.get_x(), self.get_y()
        n = int(width / self.get_string_width("_")) + 1
        self.set_font("DV", "", size)
        self.cell(width, 6, "_" * n)
        xe = self.get_x()
        self.set_xy(x, y - 0.8)
        self.set_font("DV", "B", size)
        self.cell(width, 6, value, align="C")
        self.set_xy(xe + after, y)

    def para(self, text, size=10, style="", align="J", h=5, after=1.5, indent=0):
        self.set_font("DV", style, size)
        if indent:
            self.set_x(self.l_margin + indent)
        self.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def center(self, text, size=10.5):
        self.set_font("DV", "B", size)
        self.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def oggetto(self, text):
        self.set_font("DV", "B", 10.5)
        y = self.get_y()
        self.cell(20, 5.5, "Oggetto:")
        self.set_xy(40, y)
        self.set_font("DV", "B", 10.5)
        self.multi_cell(150, 5.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.line(20, self.get_y(), 190, self.get_y())
        self.ln(3)

    def points(self, pts):
        for i, t in enumerate(pts, 1):
            self.set_font("DV", "", 10)
            y = self.get_y()
            self.set_x(24); self.cell(6, 5, f"{i}.")
            self.set_xy(30, y)
            self.multi_cell(160, 5, t, align="J", new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)


def deliberazione(out):
    p = Halley(format="A4"); p.setup()
    p.footer_text = "Deliberazione della Giunta dell'Unione n. 27 del 10-07-2026"
    p.set_title("Deliberazione G.U. n. 27 del 10-07-2026")
    p.add_page(); p.letterhead()
    p.set_font("DV", "B", 12.5)
    p.cell(0, 7, "DELIBERAZIONE DELLA GIUNTA DELL'UNIONE", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_x(52)
    p.blank("N.", "27", 22)
    p.blank("del", "10-07-2026", 34)
    p.ln(10)
    p.oggetto("Approvazione del Piano operativo del Servizio associato di Protezione Civile per la "
              "campagna antincendio boschivo 2026.")
    p.para("L'anno duemilaventisei il giorno dieci del mese di luglio alle ore 13:00, nella sala delle "
           "adunanze della sede dell'Unione, convocata con appositi avvisi, si è riunita la Giunta "
           "dell'Unione nelle persone dei signori:")
    # roll in two columns
    roll = [("DI SANTO GIOVANNI", "Presidente", True), ("PACELLI MARIA ROSARIA", "Componente", True),
            ("IANNOTTI CARMINE", "Componente", False), ("FORGIONE ANTONIO", "Componente", True),
            ("MASTROCINQUE LUCIA", "Componente", True), ("RUGGIERO PASQUALE", "Componente", True)]
    colx = (20, 106)
    y0 = p.get_y() + 1
    p.set_font("DS", "B", 8)
    for cx in colx:
        p.set_xy(cx, y0)
        p.cell(44, 5, "Cognome e Nome", border="B"); p.cell(22, 5, "Carica", border="B")
        p.cell(9, 5, "Pres.", border="B", align="C"); p.cell(9, 5, "Ass.", border="B", align="C")
    p.set_font("DS", "", 8.5)
    for i, (n, r, pr) in enumerate(roll):
        cx = colx[i // 3]
        p.set_xy(cx, y0 + 6 + (i % 3) * 5.5)
        p.cell(44, 5, n); p.cell(22, 5, r)
        p.cell(9, 5, "X" if pr else "", align="C"); p.cell(9, 5, "" if pr else "X", align="C")
    p.line(105, y0, 105, y0 + 6 + 3 * 5.5)
    p.set_xy(20, y0 + 6 + 3 * 5.5 + 2)
    p.set_font("DS", "B", 8.5)
    p.cell(0, 5, "Presenti: 5        Assenti: 1", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Partecipa il Segretario dell'Unione dott. Raffaele Cusano, incaricato della redazione del "
           "verbale. Il sig. Giovanni Di Santo, nella qualità di Presidente, constatato il numero "
           "legale degli intervenuti, dichiara aperta la seduta e invita la Giunta a deliberare "
           "sull'argomento in oggetto.")
    p.center("LA GIUNTA DELL'UNIONE")
    for t in [
        "Vista la proposta di deliberazione n. 31 del 07-07-2026 del Responsabile del Servizio associato "
        "di Protezione Civile;",
        "Premesso che, con la convenzione approvata dai Consigli dei Comuni aderenti, l'Unione esercita in "
        "forma associata le funzioni di protezione civile, ivi comprese le attività di prevenzione e di "
        "primo intervento contro gli incendi boschivi e di interfaccia;",
        "Visto il Piano regionale per la programmazione delle attività di previsione, prevenzione e lotta "
        "attiva contro gli incendi boschivi, e la nota della Regione Campania con la quale si dichiara il "
        "periodo di massima pericolosità dal 15 giugno al 30 settembre 2026;",
        "Ritenuto di approvare il Piano operativo predisposto dal Servizio associato, che organizza i "
        "turni di avvistamento delle associazioni di volontariato convenzionate, individua i punti di "
        "approvvigionamento idrico e stabilisce le procedure di allertamento dei Comuni aderenti;",
        "Acquisiti i pareri favorevoli di regolarità tecnica e contabile resi ai sensi dell'art. 49 del "
        "D.Lgs. 267/2000, riportati in calce;",
        "Con voti favorevoli n. 4, contrari n. 0, astenuti n. 1 (Forgione), espressi nelle forme di legge;",
    ]:
        p.para(t)
    p.center("D E L I B E R A")
    p.points([
        "di approvare il Piano operativo del Servizio associato di Protezione Civile per la campagna "
        "antincendio boschivo 2026, che si allega al presente atto per farne parte integrante;",
        "di autorizzare il Responsabile del Servizio associato a stipulare le convenzioni con le "
        "associazioni di volontariato iscritte nell'elenco regionale, entro la spesa di euro 24.000,00;",
        "di trasmettere il Piano ai Sindaci dei Comuni aderenti, alla Prefettura di Benevento e alla "
        "Sala Operativa Regionale.",
    ])
    p.para("Successivamente, con separata votazione dal medesimo esito, la presente deliberazione è "
           "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
    p.ln(2)
    p.set_font("DV", "B", 9.5)
    p.cell(0, 5, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", new_x="LMARGIN", new_y="NEXT")
    p.para("Regolarità tecnica: FAVOREVOLE – Il Responsabile del Servizio F.to ing. Nicola Pacelli", size=9)
    p.para("Regolarità contabile: FAVOREVOLE – Il Responsabile del Servizio Finanziario F.to dott. "
           "Luigi Ocone", size=9)
    p.ln(3)
    p.para("Letto, confermato e sottoscritto.", size=10)
    y = p.get_y()
    p.set_font("DV", "B", 10)
    p.set_xy(20, y); p.cell(80, 5, "IL PRESIDENTE", align="C")
    p.set_xy(110, y); p.cell(80, 5, "IL SEGRETARIO DELL'UNIONE", align="C")
    p.set_font("DV", "", 10)
    p.set_xy(20, y + 5); p.cell(80, 5, "F.to Giovanni Di Santo", align="C")
    p.set_xy(110, y + 5); p.cell(80, 5, "F.to dott. Raffaele Cusano", align="C")
    p.set_xy(20, y + 16)
    p.para("Copia conforme all'originale per uso amministrativo. Telese Terme, 14-07-2026", size=8.5,
           style="I")
    p.output(out)


def determinazione(out):
    p = Halley(format="A4"); p.setup()
    p.footer_text = "Determinazione Reg. Gen. n. 212 del 16-07-2026"
    p.set_title("Determinazione R.G. n. 212 del 16-07-2026")
    p.add_page(); p.letterhead()
    p.set_font("DV", "B", 11.5)
    p.cell(0, 6, "AREA VIGILANZA E PROTEZIONE CIVILE", align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DV", "I", 10.5)
    p.cell(0, 5.5, "Servizio associato di Polizia Locale", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.set_font("DV", "B", 12.5)
    p.cell(0, 7, "DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.set_x(34)
    p.blank("N.", "38", 20, size=10.5)
    p.blank("del", "15-07-2026", 32, size=10.5)
    p.set_font("DS", "", 8); p.cell(30, 6, "(registro del Servizio)")
    p.ln(8)
    p.set_x(34)
    p.blank("Registro Generale N.", "212", 20, size=10.5)
    p.blank("del", "16-07-2026", 32, size=10.5)
    p.ln(10)
    p.oggetto("Affidamento diretto della fornitura di n. 2 etilometri omologati per il Servizio "
              "associato di Polizia Locale. Impegno di spesa. CIG B8A21F4C07.")
    p.center("IL RESPONSABILE DEL SERVIZIO")
    for t in [
        "Visto il decreto del Presidente dell'Unione n. 4 del 09-01-2026, di nomina del sottoscritto a "
        "Responsabile dell'Area Vigilanza e Protezione Civile, con attribuzione delle funzioni di cui "
        "all'art. 107 del D.Lgs. 267/2000;",
        "Vista la deliberazione del Consiglio dell'Unione n. 5 del 30-03-2026, di approvazione del "
        "bilancio di previsione 2026-2028;",
        "Premesso che i due etilometri in dotazione al Servizio associato, acquistati nel 2015, non "
        "sono più riparabili e che la revisione annuale presso il Centro Superiore Ricerche e Prove "
        "Autoveicoli ha dato esito negativo;",
        "Dato atto che, ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. 36/2023, è consentito "
        "l'affidamento diretto di forniture di importo inferiore a 140.000 euro;",
        "Visto il preventivo della ditta Sannio Sicurezza S.r.l. di Benevento, acquisito tramite il "
        "Mercato elettronico della pubblica amministrazione, per euro 7.980,00 oltre IVA, comprensivo "
        "di omologazione, taratura iniziale e due anni di assistenza;",
        "Ritenuto il prezzo congruo rispetto ai valori di mercato;",
    ]:
        p.para(t)
    p.center("D E T E R M I N A")
    p.points([
        "di affidare alla ditta Sannio Sicurezza S.r.l. la fornitura di n. 2 etilometri omologati per "
        "l'importo di euro 7.980,00 oltre IVA al 22%, per complessivi euro 9.735,60;",
        "di impegnare la spesa di euro 9.735,60 al capitolo 3120 \"Attrezzature Polizia Locale\" del "
        "bilancio 2026;",
        "di dare atto che il CIG della fornitura è B8A21F4C07 e che la ditta ha reso la dichiarazione "
        "sulla tracciabilità dei flussi finanziari;",
        "di trasmettere il presente atto al Servizio Finanziario per il visto di regolarità contabile.",
    ])
    p.ln(4)
    y = p.get_y()
    p.set_font("DV", "B", 10)
    p.set_xy(110, y); p.cell(80, 5, "IL RESPONSABILE DEL SERVIZIO", align="C")
    p.set_font("DV", "", 10)
    p.set_xy(110, y + 5); p.cell(80, 5, "F.to Magg. Antonio Pengue", align="C")
    p.set_xy(20, y + 16)
    p.set_font("DV", "B", 9.5)
    p.cell(0, 5, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA",
           new_x="LMARGIN", new_y="NEXT")
    p.para("Impegno n. 418/2026 – Capitolo 3120 – Bilancio 2026. Telese Terme, 16-07-2026. "
           "Il Responsabile del Servizio Finanziario F.to dott. Luigi Ocone", size=9)
    p.ln(2)
    p.para("Copia conforme all'originale per uso amministrativo.", size=8.5, style="I")
    p.output(out)


deliberazione(sys.argv[1])
determinazione(sys.argv[2])
