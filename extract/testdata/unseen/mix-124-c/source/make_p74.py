# -*- coding: utf-8 -*-
"""Porto Empedocle n. 74: the package's pre-printed minute form ("Mod. CC/1")
filled in by the program, drawn with ReportLab in Courier.  The form's
blanks are underscores and the values are typed over them, a point and a
half above the rule, in Courier-Bold; the subject is typed over ruled
(graphic) lines, the presence marks and the executivity box are X typed in
drawn boxes.  The text that follows the form is the same 80-column Courier
report as the other Porto Empedocle minutes."""
import sys
import textwrap
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from content import DOCS
import pe_text

D = DOCS["P74"]
OUT = sys.argv[1] + "/" + D["file"]
W, H = A4
X0 = 52.0
CW = 6.0          # Courier 10: 6 pt per character
LEAD = 13.0


class Form:
    def __init__(self):
        self.c = canvas.Canvas(OUT, pagesize=A4)
        self.c.setTitle("Deliberazione C.C. n. %d del %s" % (D["number"], D["date"]))
        self.c.setAuthor("Comune di Porto Empedocle")
        self.c.setCreator("Halley - Mod. CC/1 stampa verbale")
        self.page = 1
        self.row = 0

    def y(self, row=None):
        return H - 56 - LEAD * (self.row if row is None else row)

    def pre(self, col, s, row=None, bold=False):
        self.c.setFont("Courier-Bold" if bold else "Courier", 10)
        self.c.drawString(X0 + col * CW, self.y(row), s)

    def fill(self, col, s, row=None):
        self.c.setFont("Courier-Bold", 10)
        self.c.drawString(X0 + (col + 1) * CW, self.y(row) + 1.5, s)

    def blanks(self, col, s, values, row=None):
        """Pre-print s at col and type values over its runs of underscores, in order."""
        import re
        self.pre(col, s, row)
        for m, v in zip(re.finditer(r"_{3,}", s), values):
            if v is not None:
                self.fill(col + m.start(), v, row)

    def box(self, col, checked, row=None):
        y = self.y(row)
        self.c.setLineWidth(0.6)
        self.c.rect(X0 + col * CW, y - 2, 10, 10)
        if checked:
            self.c.setFont("Courier-Bold", 10)
            self.c.drawString(X0 + col * CW + 2, y, "X")

    def nl(self, n=1):
        self.row += n

    def lines(self, ls):
        for ln in ls:
            self.pre(0, ln)
            self.nl()

    def foot(self, total):
        c = self.c
        c.setFont("Courier", 8)
        c.drawString(X0, 36, "Comune di Porto Empedocle - Deliberazione C.C. n. %d del %s"
                     % (D["number"], D["date"]))
        c.drawRightString(X0 + 80 * CW, 36, "Pag. %d di %d" % (self.page, total))
        c.drawString(X0, 26, "Mod. CC/1 - stampa verbale")

    def newpage(self, total):
        self.foot(total)
        self.c.showPage()
        self.page += 1
        self.row = 0


f = Form()
TOTAL = 2
# ------------------------------------------------------------------ page 1
f.pre(0, pe_text.centre("COMUNE DI PORTO EMPEDOCLE"), bold=True); f.nl()
f.pre(0, pe_text.centre("LIBERO CONSORZIO COMUNALE DI AGRIGENTO")); f.nl()
f.pre(0, "=" * 80); f.nl()
f.pre(0, "COPIA"); f.pre(62, "Mod. CC/1 - Halley"); f.nl()
f.pre(0, pe_text.centre("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"), bold=True); f.nl(2)
f.blanks(0, "DELIBERAZIONE N. __________", ["%d" % D["number"]])
f.blanks(58, "DEL ________________", [D["date"]]); f.nl()
f.blanks(0, "PROPOSTA N. ________ DEL ______________", ["%d" % D["proposal_number"], D["proposal_date"]]); f.nl()
f.blanks(0, "SETTORE PROPONENTE: " + "_" * 60, [D["proposing_office"].upper()]); f.nl()
f.pre(0, "-" * 80); f.nl()
# subject typed over ruled lines
f.pre(0, "OGGETTO:")
subj = textwrap.wrap(D["subject"], 70)
for i in range(3):
    yy = f.y() - 2.5
    f.c.setLineWidth(0.4)
    f.c.line(X0 + 10 * CW, yy, X0 + 80 * CW, yy)
    if i < len(subj):
        f.c.setFont("Courier-Bold", 10)
        f.c.drawString(X0 + 10 * CW, f.y(), subj[i])
    f.nl()
f.pre(0, "-" * 80); f.nl(2)
f.blanks(0, "L'anno duemilaventisette, il giorno _______________ del mese di dicembre,", ["ventotto"]); f.nl()
f.blanks(0, "alle ore _______ e seguenti, nella sala delle adunanze consiliari del Palazzo", ["10,00"]); f.nl()
f.blanks(0, "Municipale, a seguito di convocazione prot. n. _________________________,", ["42105 del 21/12/2027"]); f.nl()
f.pre(0, "notificata a norma di legge, si e' riunito il Consiglio Comunale in sessione"); f.nl()
f.blanks(0, "_______________, seduta pubblica di prosecuzione.", ["straordinaria"]); f.nl(2)
f.blanks(0, "Presiede la seduta il Sig./Dott. _______________________________,", ["dott. Salvatore Castellana"]); f.nl()
f.blanks(0, "nella sua qualita' di ____________________________________.", ["Presidente del Consiglio Comunale"]); f.nl()
f.blanks(0, "Partecipa il Segretario Generale _______________________________,", ["dott.ssa Gabriella Mangione"]); f.nl()
f.pre(0, "con funzioni di verbalizzante."); f.nl(2)
f.pre(0, "All'appello nominale risultano:"); f.nl(2)
f.pre(0, "  N.  CONSIGLIERE                   CARICA              PRESENTE   ASSENTE", bold=True); f.nl()
f.pre(0, "  " + "-" * 76); f.nl()
for i, (n, role, p) in enumerate(D["roll"], 1):
    f.pre(0, "  %2d  %-29s %-18s" % (i, n, role))
    f.box(56, p)
    f.box(67, not p)
    f.nl()
f.pre(0, "  " + "-" * 76); f.nl()
np_ = sum(1 for x in D["roll"] if x[2])
f.blanks(0, "  PRESENTI N. ____          ASSENTI N. ____", ["%d" % np_, "%d" % (16 - np_)])
f.nl(2)
f.lines(pe_text.wrap(pe_text.AMM))
f.nl()
f.lines(pe_text.wrap("Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la "
                     "seduta e pone in trattazione il punto n. 2 dell'ordine del giorno."))
f.newpage(TOTAL)
# ------------------------------------------------------------------ page 2
f.pre(0, pe_text.centre("IL CONSIGLIO COMUNALE"), bold=True); f.nl(2)
for p in ["Vista la proposta di deliberazione n. 104 del 14/12/2027 del IV Settore, avente ad oggetto "
          "quanto in epigrafe, che si allega al presente verbale per farne parte integrante;",
          "Visto l'art. 37 del D.Lgs. 31 marzo 2023, n. 36 e l'allegato I.5 al medesimo decreto;",
          "Vista la deliberazione della Giunta Comunale n. 188 del 29/10/2027, con la quale e' stato "
          "adottato lo schema del programma triennale dei lavori pubblici 2028/2030, pubblicato per "
          "trenta giorni senza osservazioni;",
          pe_text.PARERI,
          "Visto il parere favorevole del Collegio dei Revisori dei conti, verbale n. 47 del 20/12/2027;",
          "Uditi gli interventi dei consiglieri Vella, Salamone e Greco;"]:
    f.lines(pe_text.wrap(p))
f.nl()
f.pre(0, "ESITO DELLA VOTAZIONE (per alzata di mano):", bold=True); f.nl()
f.blanks(0, "PRESENTI N. ____  VOTANTI N. ____  FAVOREVOLI N. ____  CONTRARI N. ____", ["14", "14", "10", "4"]); f.nl()
f.blanks(0, "ASTENUTI N. ____  (contrari: ______________________________________________)", ["0", "Vella, Salamone, Greco, Patti"]); f.nl(2)
f.pre(0, pe_text.centre("D E L I B E R A"), bold=True); f.nl(2)
for p in ["@N 1) di approvare il programma triennale dei lavori pubblici 2028/2030 e l'elenco annuale "
          "2028, redatti secondo gli schemi tipo di cui all'allegato I.5 al D.Lgs. n. 36/2023, che si "
          "allegano al presente atto per farne parte integrante;",
          "@N 2) di disporre la pubblicazione del programma sul profilo del committente e sulla Banca dati "
          "nazionale dei contratti pubblici."]:
    f.lines(pe_text.body(D, [p]))
f.nl()
f.box(0, True)
f.pre(3, "DICHIARATA IMMEDIATAMENTE ESECUTIVA ai sensi dell'art. 12, comma 2, della"); f.nl()
f.blanks(3, "L.R. n. 44/1991, con separata votazione (favorevoli n. ____ contrari n. ____)", ["10", "4"]); f.nl(2)
f.lines(pe_text.signatures("F.to S. Castellana", "F.to C. Lauricella", "F.to G. Mangione"))
f.nl()
f.lines(pe_text.certificate(D, "30/12/2027", 2889))
f.foot(TOTAL)
f.c.showPage()
f.c.save()
