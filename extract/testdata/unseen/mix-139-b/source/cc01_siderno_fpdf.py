#!/usr/bin/env python3
"""Consiglio Comunale di Siderno, deliberazione n. 1 del 16-01-2029 (roll-call vote):
a Halley-like print drawn with fpdf2 (Liberation Serif)."""
import sys
from fpdf import FPDF

out = sys.argv[1]
SERIF = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"
SERIFB = "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf"
SERIFI = "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf"


class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("S", "I", 8)
            self.cell(0, 4, "Comune di Siderno - Deliberazione del Consiglio Comunale n. 1 del 16-01-2029",
                      new_x="LMARGIN", new_y="NEXT", align="R")
            self.ln(3)

    def footer(self):
        self.set_y(-13)
        self.set_font("S", "", 8)
        self.cell(0, 4, "DELIBERA DI CONSIGLIO n. 1 del 16-01-2029 - Pag. %d - COMUNE DI SIDERNO" % self.page_no(),
                  align="C")


pdf = P(format="A4")
pdf.add_font("S", "", SERIF)
pdf.add_font("S", "B", SERIFB)
pdf.add_font("S", "I", SERIFI)
pdf.set_margins(20, 14, 18)
pdf.set_auto_page_break(True, 18)
pdf.set_creator("Halley Informatica - Atti Amministrativi")
pdf.set_title("Delibera di Consiglio n. 1 del 16-01-2029")
pdf.add_page()

# letterhead
pdf.set_line_width(0.4)
x, y = 20, 14
pdf.rect(x, y, 15, 18)
pdf.line(x, y + 6, x + 15, y + 6)
pdf.ellipse(x + 4.5, y + 8, 6, 6)
pdf.set_xy(38, 15)
pdf.set_font("S", "B", 17)
pdf.cell(0, 7, "COMUNE DI SIDERNO", new_x="LMARGIN", new_y="NEXT")
pdf.set_x(38)
pdf.set_font("S", "", 11)
pdf.cell(0, 5, "Città Metropolitana di Reggio Calabria", new_x="LMARGIN", new_y="NEXT")
pdf.ln(8)

pdf.set_font("S", "B", 10)
pdf.cell(40, 6, "ORIGINALE", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
pdf.set_font("S", "B", 14)
pdf.cell(0, 7, "DELIBERAZIONE DEL CONSIGLIO COMUNALE", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(2)
pdf.set_x(55)
pdf.set_font("S", "B", 12)
pdf.cell(32, 8, "Numero  1", border=1, align="C")
pdf.cell(50, 8, "Del  16-01-2029", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(5)

pdf.set_font("S", "B", 11)
pdf.cell(20, 5.5, "Oggetto:")
pdf.multi_cell(0, 5.5, "APPROVAZIONE NOTA DI AGGIORNAMENTO AL DOCUMENTO UNICO DI PROGRAMMAZIONE (D.U.P.) 2029/2031.",
               new_x="LMARGIN", new_y="NEXT")
pdf.ln(4)


def txt(s, size=11, style="", h=5.4, align="J", after=1.5):
    pdf.set_font("S", style, size)
    pdf.multi_cell(0, h, s, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


txt("L'anno duemilaventinove il giorno sedici del mese di gennaio alle ore 18:00, nella sala consiliare del "
    "Palazzo Municipale, in seguito a convocazione disposta a norma di legge, si è riunito il Consiglio Comunale "
    "in sessione Ordinaria in Prima convocazione in seduta Pubblica.")
txt("Dei Signori Consiglieri assegnati a questo Comune e in carica:")

roll = ["MACRI' VINCENZO", "BARRANCA MICHELE", "TAVERNITI CARMELA", "CUSATO GIOVANNI", "FOTI ILENIA",
        "AGOSTINO ROCCO", "MITTIGA SONIA", "MUIA' PASQUALE", "PANETTA GIULIA", "ROMEO ANTONELLA",
        "SPANO' NICOLA", "VARACALLI FABIO", "ARCHINA' LOREDANA", "LUPIS DOMENICO", "SCALI SALVATORE",
        "PELLE BRUNO", "ZAVETTIERI MARCO"]
absent = {"MUIA' PASQUALE", "ROMEO ANTONELLA", "PELLE BRUNO"}
pdf.set_font("S", "", 10.5)
half = 9
for i in range(half):
    pdf.set_x(30)
    a = roll[i]
    pdf.cell(55, 5, a)
    pdf.cell(20, 5, "A" if a in absent else "P")
    if i + half < len(roll):
        b = roll[i + half]
        pdf.cell(55, 5, b)
        pdf.cell(10, 5, "A" if b in absent else "P")
    pdf.ln(5)
pdf.ln(2)
txt("ne risultano presenti n.  14 e assenti n.   3.")
txt("Assume la presidenza il Dott. Michele Barranca in qualità di PRESIDENTE DEL CONSIGLIO assistito dal "
    "SEGRETARIO GENERALE Dott.ssa Rosa Maria Sergi.")
txt("Il Presidente, accertato il numero legale per la validità dell'adunanza, dichiara aperta la seduta e pone "
    "in trattazione l'argomento in oggetto, iscritto al punto 1 dell'ordine del giorno.")
pdf.ln(1)

pdf.set_font("S", "B", 10)
pdf.cell(0, 5, "PARERI DI CUI ALL'ART. 49 DEL D.LGS. 267/2000", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("S", "", 10)
pdf.multi_cell(0, 4.8, "Parere Favorevole in ordine alla Regolarità tecnica. Data 09-01-2029 - Il Responsabile del "
               "Settore: Dott. Giuseppe Lombardo\nParere Favorevole in ordine alla Regolarità contabile. Data "
               "09-01-2029 - Il Responsabile del Servizio Finanziario: Dott. Giuseppe Lombardo",
               border=1, new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
txt("Proposta n. 2 del 09-01-2029 - Settore proponente: Settore Economico Finanziario", size=10, style="I")

txt("IL CONSIGLIO COMUNALE", style="B", align="C")
for s in [
    "Premesso che l'art. 170 del D.Lgs. 18 agosto 2000, n. 267 prevede che la Giunta presenti al Consiglio il "
    "Documento Unico di Programmazione e, entro il 15 novembre di ciascun anno, con lo schema di bilancio, "
    "l'eventuale nota di aggiornamento;",
    "Vista la deliberazione della Giunta Comunale n. 168 del 21-12-2028, con la quale è stata approvata la "
    "nota di aggiornamento al D.U.P. 2029/2031 da sottoporre all'approvazione del Consiglio;",
    "Visto il parere favorevole espresso dal Collegio dei Revisori dei Conti con verbale n. 31 del 28-12-2028;",
    "Udita la relazione dell'Assessore al Bilancio e gli interventi dei Consiglieri Archinà, Lupis e Scali, "
    "riportati nel resoconto della seduta;",
    "Dato atto che il Consigliere Archinà ha chiesto che la votazione avvenga per appello nominale e che il "
    "Presidente ha accolto la richiesta ai sensi del Regolamento del Consiglio Comunale;",
    "Effettuato l'appello nominale a cura del Segretario Generale, con il seguente esito:",
]:
    txt(s)

votes = {"ARCHINA' LOREDANA": "NO", "LUPIS DOMENICO": "NO", "SCALI SALVATORE": "NO",
         "ZAVETTIERI MARCO": "ASTENUTO"}
pdf.set_font("S", "B", 10)
pdf.set_x(40)
pdf.cell(70, 5.5, "CONSIGLIERE", border=1)
pdf.cell(40, 5.5, "VOTO", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("S", "", 10)
for n in roll:
    v = "ASSENTE" if n in absent else votes.get(n, "SI")
    pdf.set_x(40)
    pdf.cell(70, 5, n, border=1)
    pdf.cell(40, 5, v, border=1, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
txt("Presenti n. 14 - Votanti n. 13 - Voti favorevoli (SI) n. 10 - Voti contrari (NO) n. 3 - Astenuti n. 1")
txt("Visto l'esito della votazione, proclamato dal Presidente,")
txt("DELIBERA", style="B", align="C")
for n, s in enumerate([
    "Di approvare la nota di aggiornamento al Documento Unico di Programmazione (D.U.P.) 2029/2031, allegata "
    "alla presente deliberazione per costituirne parte integrante e sostanziale.",
    "Di disporre la pubblicazione del D.U.P. sul sito istituzionale dell'Ente, nella sezione \"Amministrazione "
    "trasparente\" - sottosezione \"Bilanci\".",
], 1):
    pdf.set_font("S", "", 11)
    pdf.cell(8, 5.4, "%d)" % n)
    pdf.multi_cell(0, 5.4, s, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
pdf.ln(1)
txt("Successivamente, il Consiglio Comunale, con voti favorevoli n. 10, contrari n. 3 (Archinà, Lupis, Scali) "
    "e astenuti n. 1 (Zavettieri), resi per alzata di mano, dichiara la presente deliberazione immediatamente "
    "eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
pdf.ln(4)
txt("Il presente verbale viene letto, approvato e sottoscritto.")
pdf.ln(2)
pdf.set_font("S", "", 10.5)
y = pdf.get_y()
pdf.set_xy(20, y)
pdf.multi_cell(80, 5, "IL PRESIDENTE\nF.to Dott. Michele Barranca", align="C")
pdf.set_xy(105, y)
pdf.multi_cell(85, 5, "IL SEGRETARIO GENERALE\nF.to Dott.ssa Rosa Maria Sergi", align="C")
pdf.output(out)
