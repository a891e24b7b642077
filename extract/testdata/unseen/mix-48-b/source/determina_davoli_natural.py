# Determinazione of the Comune di Davoli, in the manner of a host/terminal application print
# (Software AG Natural report: fixed-pitch lines, dashed rules, "PAG." counter), drawn with ReportLab.
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('Mono', '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf'))
pdfmetrics.registerFont(TTFont('MonoB', '/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf'))
W = 86  # columns
RULE = '-' * W

def wrap(t, ind=0, first=None):
    first = ind if first is None else first
    return textwrap.wrap(t, W - ind, initial_indent=' ' * first, subsequent_indent=' ' * ind, break_on_hyphens=False)

body = []
def L(s='', bold=False): body.append((s, bold))
def P(t, ind=0, first=None):
    for l in wrap(t, ind, first): L(l)
def C(s, bold=False): L(s.center(W).rstrip(), bold)

C('COMUNE DI DAVOLI', True)
C('PROVINCIA DI CATANZARO')
L(RULE)
L('AREA AMMINISTRATIVA', True)
L('SERVIZIO SERVIZI SOCIALI')
L(RULE)
L('DETERMINAZIONE N. 0087 DEL 11/03/2026'.ljust(W - 27) + 'REG. GENERALE N. 0214', True)
L('PROPOSTA N. 0102 DEL 09/03/2026'.ljust(W - 27) + 'DATA REG.   11/03/2026')
L(RULE)
L('OGGETTO:', True)
for l in wrap("LIQUIDAZIONE CONTRIBUTO ECONOMICO STRAORDINARIO A NUCLEI FAMILIARI IN CONDIZIONI DI DISAGIO SOCIO-ECONOMICO - I TRIMESTRE 2026.", 9):
    L(l, True)
L(RULE)
L()
C('IL RESPONSABILE DELL\'AREA', True)
L()
P("VISTO il decreto sindacale n. 3 del 07/01/2026, con il quale e' stata attribuita alla sottoscritta la responsabilita' dell'Area Amministrativa con le funzioni di cui all'art. 107 del D.Lgs. 267/2000;")
L()
P("RICHIAMATA la deliberazione della Giunta Comunale n. 12 del 05/02/2026 con la quale sono stati approvati i criteri per l'erogazione di contributi economici straordinari a favore di nuclei familiari in condizioni di disagio, per l'importo complessivo di euro 9.000,00;")
L()
P("RICHIAMATA altresi' la propria determinazione n. 41 del 10/02/2026 (R.G. n. 98) di impegno della spesa sul capitolo 1412 del bilancio 2026/2028, esercizio 2026 (impegno n. 133/2026);")
L()
P("ESAMINATE le istanze pervenute entro il 28/02/2026 e la relazione dell'assistente sociale in data 06/03/2026, conservata agli atti d'ufficio nel rispetto della normativa sulla protezione dei dati personali, dalla quale risultano ammessi n. 14 nuclei familiari;")
L()
P("ACCERTATA la regolarita' della procedura e ritenuto di dover procedere alla liquidazione;")
L()
P("VISTI il D.Lgs. 267/2000, il vigente Regolamento comunale per la concessione dei contributi economici e il Regolamento di contabilita';")
L()
C('D E T E R M I N A', True)
L()
pts = [
    "DI LIQUIDARE la somma complessiva di euro 6.300,00 in favore dei n. 14 nuclei familiari beneficiari indicati nell'elenco allegato, che non viene pubblicato ai sensi dell'art. 26, comma 4, del D.Lgs. 33/2013;",
    "DI IMPUTARE la spesa sul capitolo 1412, Missione 12, Programma 05, del bilancio 2026/2028, esercizio 2026, impegno n. 133/2026;",
    "DI TRASMETTERE il presente atto al Servizio Finanziario per l'emissione dei mandati di pagamento;",
    "DI DARE ATTO che la presente determinazione e' pubblicata all'Albo Pretorio on line per 15 giorni consecutivi.",
]
for i, t in enumerate(pts, 1):
    P(f"{i}) " + t, ind=4, first=1)
    L()
L(RULE)
L('IL RESPONSABILE DELL\'AREA AMMINISTRATIVA'.rjust(W - 2))
L('DOTT.SSA CATERINA PROCOPIO'.rjust(W - 9))
L('(FIRMATO DIGITALMENTE AI SENSI DEL D.LGS. 82/2005)'.rjust(W))
L(RULE)
L('VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 151 TUEL)')
L('IL RESPONSABILE DELL\'AREA FINANZIARIA - RAG. DOMENICO VOTANO         11/03/2026')
L(RULE)

c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator('NATURAL REPORT DTSOC02 / SYSPRINT')
c.setTitle('DT0087-2026')
lines_per_page = 66
pages = [body[i:i + lines_per_page] for i in range(0, len(body), lines_per_page)]
for n, pg in enumerate(pages, 1):
    y = 810
    c.setFont('Mono', 8.2)
    c.drawString(40, y, f"DTSOC02  COMUNE DI DAVOLI - DETERMINAZIONI         11/03/2026  10:24:51   PAG. {n:4d}")
    y -= 20
    for s, b in pg:
        c.setFont('MonoB' if b else 'Mono', 9)
        c.drawString(40, y, s)
        y -= 11.6
    c.showPage()
c.save()
