#!/usr/bin/env python3
"""Comune di San Lorenzo Bellizzi - Consiglio n. 21 del 26/06/2027.

The Halley house style of the office (Courier, letterhead on the left,
"Provincia di Cosenza" on the right, number and date on the right under
the rule, F.to signatures) on the pre-printed form the Segreteria keeps for
Council minutes: the form's blanks are runs of underscores, and the
program fills them by writing the values over the underscores in
Courier-Bold, on the same baseline. Printed with fpdf2.
"""
import sys
from fpdf import FPDF

out = sys.argv[1] if len(sys.argv) > 1 else "consiglio21-sanlorenzobellizzi-halley.pdf"

CW = 10 * 0.6 * 25.4 / 72      # width of a Courier 10 pt character, mm
LH = 4.6                        # line height, mm
X0 = 22.0                       # left margin, mm
NUM, DATA = "21", "26/06/2027"


class Form(FPDF):
    def __init__(self):
        super().__init__("P", "mm", "A4")
        self.set_auto_page_break(False)
        self.y0 = 20.0
        self.row = 0

    def footer(self):
        self.set_font("Courier", "", 10)
        self.set_xy(X0, 279)
        self.cell(80 * CW, 4, "-" * 80)
        self.set_xy(X0, 283)
        foot = "Delibera C.C. n. %s del %s" % (NUM, DATA)
        tag = "Pag. %d/{nb}" % self.page_no()
        self.cell(80 * CW, 4, foot + " " * (80 - len(foot) - len(tag) + len("{nb}") - 1) + tag)

    def yb(self, r):
        return self.y0 + r * LH

    def line_text(self, r, text, col=0, style=""):
        self.set_font("Courier", style, 10)
        self.text(X0 + col * CW, self.yb(r), text)

    def fill(self, r, col, value):
        """write a value over the blank starting at column col of row r"""
        self.set_font("Courier", "B", 10)
        self.text(X0 + col * CW + 0.4, self.yb(r) - 0.35, value)


pdf = Form()
pdf.alias_nb_pages()
pdf.set_title("Deliberazione C.C. n. %s del %s" % (NUM, DATA))
pdf.set_author("Comune di San Lorenzo Bellizzi")
pdf.set_creator("Halley - Atti amministrativi")
pdf.add_page()

# ---- the pre-printed form (page 1) and its values
L = pdf.line_text
F = pdf.fill
r = 0
L(r, "COMUNE DI SAN LORENZO BELLIZZI                              Provincia di Cosenza"); r += 1
L(r, "=" * 80); r += 2
L(r, "                                             Deliberazione N. ______"); F(r, 62, NUM); r += 1
L(r, "                                             Data         ___________"); F(r, 58, DATA); r += 2
L(r, "            COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", style="B"); r += 2
L(r, "Sessione ____________ Seduta __________ di ______________ convocazione")
F(r, 9, "ordinaria"); F(r, 29, "pubblica"); F(r, 43, "prima"); r += 2
L(r, "OGGETTO: ______________________________________________________________________")
F(r, 9, "APPROVAZIONE DEL DOCUMENTO UNICO DI PROGRAMMAZIONE (DUP) 2028/2030."); r += 1
L(r, "         ______________________________________________________________________")
r += 1
L(r, "-" * 80); r += 2
L(r, "L'anno ____________________ il giorno ______________ del mese di _____________")
F(r, 7, "duemilaventisette"); F(r, 38, "ventisei"); F(r, 65, "giugno"); r += 1
L(r, "alle ore ________ nella sala consiliare della Casa Comunale, a seguito di")
F(r, 9, "17,00"); r += 1
L(r, "avviso di convocazione prot. n. ________ del ____________, notificato a norma")
F(r, 32, "1862"); F(r, 45, "19/06/2027"); r += 1
L(r, "di legge, si e' riunito il Consiglio Comunale. Argomento iscritto al punto")
r += 1
L(r, "n. ____ dell'ordine del giorno."); F(r, 3, "2"); r += 2
L(r, "Risultano presenti: ____________________________________________________________")
F(r, 20, "il Sindaco Antonio Gallicchio; i Consiglieri di"); r += 1
L(r, "________________________________________________________________________________")
F(r, 0, "maggioranza Rosaria Bloise, Vincenzo Tufaro, Giuseppe Chiaradia,"); r += 1
L(r, "________________________________________________________________________________")
F(r, 0, "Maria Teresa Abate, Pasquale Celestino, Emilio Pugliese; i Consiglieri"); r += 1
L(r, "________________________________________________________________________________")
F(r, 0, "di minoranza Leonardo Rago e Carmela Graziadio."); r += 2
L(r, "Risultano assenti: _____________________________________________________________")
F(r, 19, "Francesco Lauria (giustificato) e Nicola Oriolo."); r += 2
L(r, "Presenti n. ______                              Assenti n. ______")
F(r, 12, "9"); F(r, 59, "2"); r += 2
L(r, "Presiede ______________________________________________________________________")
F(r, 9, "il Sig. Antonio Gallicchio nella sua qualita' di Sindaco."); r += 1
L(r, "Partecipa il Segretario Comunale ______________________________________________")
F(r, 33, "Dott. Pierluigi Arcuri."); r += 2
L(r, "-" * 80); r += 1

# ---- the typed text that follows the form
body = """\
Il Presidente, constatato il numero legale degli intervenuti, dichiara
aperta la discussione sull'argomento in oggetto. Illustra la proposta
l'Assessore Vincenzo Tufaro. Interviene il Consigliere Leonardo Rago, che
annuncia il voto contrario del gruppo di minoranza.

                            IL CONSIGLIO COMUNALE

PREMESSO che l'art. 170 del D.Lgs. n. 267/2000 prevede che entro il 31
luglio di ciascun anno la Giunta presenti al Consiglio il Documento Unico
di Programmazione per le conseguenti deliberazioni;

VISTA la deliberazione della Giunta Comunale n. 57 del 21/06/2027 con la
quale e' stato approvato lo schema del DUP 2028/2030;

VISTO il parere favorevole del Revisore dei conti, reso con verbale n. 9
del 23/06/2027;

ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi
ai sensi dell'art. 49 del D.Lgs. n. 267/2000;

CON VOTI: Presenti n. 9, Favorevoli n. 7, Contrari n. 2 (Rago, Graziadio),
Astenuti n. 0, espressi per alzata di mano;

                                D E L I B E R A

1) DI APPROVARE il Documento Unico di Programmazione (DUP) 2028/2030,
   nel testo allegato alla presente deliberazione quale parte integrante
   e sostanziale;

2) DI DARE ATTO che il DUP costituisce presupposto indispensabile per
   l'approvazione del bilancio di previsione 2028/2030;

3) DI PUBBLICARE il DUP sul sito istituzionale dell'Ente, nella sezione
   Amministrazione Trasparente - Bilanci.

Successivamente, con separata votazione che riporta il seguente esito:
Presenti n. 9, Favorevoli n. 7, Contrari n. 2 (Rago, Graziadio), Astenuti
n. 0, IL CONSIGLIO COMUNALE dichiara il presente atto immediatamente
eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. n. 267/2000.

--------------------------------------------------------------------------------
PARERE DI REGOLARITA' TECNICA E CONTABILE: FAVOREVOLE
Data 21/06/2027                         IL RESPONSABILE DELL'AREA FINANZIARIA
                                        F.to Rag. Teresa Di Leone
--------------------------------------------------------------------------------

Letto, confermato e sottoscritto.

          IL PRESIDENTE                          IL SEGRETARIO COMUNALE
     F.to Antonio Gallicchio                    F.to Dott. Pierluigi Arcuri

================================================================================
                         CERTIFICATO DI PUBBLICAZIONE

N. 361 Reg. Pubbl.
     Il sottoscritto Messo Comunale certifica che copia della presente
deliberazione e' stata affissa all'Albo Pretorio on line del Comune il
29/06/2027 e vi rimarra' per 15 giorni consecutivi.

San Lorenzo Bellizzi, 29/06/2027                     IL MESSO COMUNALE
                                                    F.to Giovanni Bruno
"""
ROWS = 55
for line in body.split("\n"):
    if r >= ROWS:
        pdf.add_page()
        r = 0
        L(r, "COMUNE DI SAN LORENZO BELLIZZI - Deliberazione C.C. n. %s del %s" % (NUM, DATA)); r += 1
        L(r, "-" * 80); r += 2
    L(r, line)
    r += 1

pdf.output(out)
