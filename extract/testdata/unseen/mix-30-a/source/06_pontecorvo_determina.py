# Comune di Pontecorvo, determinazione R.G. 188 / Settore II n. 45 of 18/02/2026, as a
# legacy 132-column report printed in landscape (reportlab, Courier 8 pt, one string per line,
# grey-bar background every third line like continuous paper).
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape

out = sys.argv[1]
W = 132
body = []


def L(s=''):
    body.append(s)


def wrap(s, ind=''):
    for x in textwrap.wrap(s, W - len(ind)):
        L(ind + x)


L('*' * W)
L('*' + 'C O M U N E   D I   P O N T E C O R V O'.center(W - 2) + '*')
L('*' + 'PROVINCIA DI FROSINONE'.center(W - 2) + '*')
L('*' * W)
L()
L('SETTORE II - ECONOMICO FINANZIARIO'.ljust(66) + 'DETERMINAZIONE N. 45 DEL 18/02/2026'.rjust(66))
L('SERVIZIO TRIBUTI'.ljust(66) + 'REGISTRO GENERALE N. 188 DEL 18/02/2026'.rjust(66))
L()
subj = ("RIMBORSO IMU ANNUALITA' 2023 E 2024 A CONTRIBUENTI VARI PER VERSAMENTI NON DOVUTI - "
        "IMPEGNO E LIQUIDAZIONE DI SPESA.")
sl = textwrap.wrap(subj, 100)
L('OGGETTO: ' + sl[0])
for x in sl[1:]:
    L(' ' * 9 + x)
L('-' * W)
L()
L('IL RESPONSABILE DEL SETTORE'.center(W))
L()
prem = [
    "VISTO IL DECRETO SINDACALE N. 3 DEL 09/01/2026 DI CONFERIMENTO DELL'INCARICO DI RESPONSABILE DEL SETTORE II - "
    "ECONOMICO FINANZIARIO CON ATTRIBUZIONE DELLE FUNZIONI DI CUI ALL'ART. 107 DEL D.LGS. 267/2000;",
    "VISTA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 4 DEL 30/01/2026 DI APPROVAZIONE DEL BILANCIO DI PREVISIONE "
    "2026/2028;",
    "VISTO L'ART. 1, COMMA 164, DELLA LEGGE 27 DICEMBRE 2006, N. 296, IN MATERIA DI RIMBORSO DEI TRIBUTI LOCALI;",
    "ESAMINATE LE ISTANZE DI RIMBORSO PERVENUTE AL PROTOCOLLO DELL'ENTE E VERIFICATI, A SEGUITO DI ISTRUTTORIA DEL "
    "SERVIZIO TRIBUTI, I VERSAMENTI ESEGUITI IN ECCEDENZA O NON DOVUTI, COME DA PROSPETTO SEGUENTE:",
]
for p in prem:
    wrap(p)
L()
fmt = '%-4s %-8s %-34s %-6s %14s %14s %14s %12s %14s'
L('=' * W)
L(fmt % ('N.', 'PROT.', 'CONTRIBUENTE (C.F. OSCURATO)', 'ANNO', 'VERSATO', 'DOVUTO', 'DA RIMBORSARE',
         'INTERESSI', 'TOTALE'))
L('=' * W)
rows = [
    ('1', '1877', 'D.M. (***********R41)', '2023', '1.284,00', '642,00', '642,00', '38,52', '680,52'),
    ('2', '2015', 'C.A. (***********T09)', '2023', '918,00', '0,00', '918,00', '55,08', '973,08'),
    ('3', '2016', 'C.A. (***********T09)', '2024', '918,00', '0,00', '918,00', '27,54', '945,54'),
    ('4', '2394', 'IMMOBILIARE LIRI S.R.L.', '2024', '6.420,00', '5.890,00', '530,00', '15,90', '545,90'),
    ('5', '3102', 'P.G. (***********L77)', '2024', '402,00', '268,00', '134,00', '4,02', '138,02'),
]
for r in rows:
    L(fmt % r)
L('-' * W)
L(fmt % ('', '', 'TOTALE GENERALE', '', '9.942,00', '6.800,00', '3.142,00', '141,06', '3.283,06'))
L('=' * W)
L()
wrap("RITENUTO DI PROVVEDERE AL RIMBORSO DELLE SOMME INDICATE, MAGGIORATE DEGLI INTERESSI CALCOLATI AL TASSO LEGALE "
     "DALLA DATA DEL VERSAMENTO;")
wrap("ATTESTATA LA REGOLARITA' E LA CORRETTEZZA DELL'AZIONE AMMINISTRATIVA AI SENSI DELL'ART. 147-BIS DEL "
     "D.LGS. 267/2000 E L'ASSENZA DI CONFLITTI DI INTERESSE;")
L()
L('D E T E R M I N A'.center(W))
L()
pts = [
    "DI APPROVARE IL PROSPETTO DEI RIMBORSI IMU SOPRA RIPORTATO, PER UN IMPORTO COMPLESSIVO DI EURO 3.283,06, "
    "COMPRENSIVO DI INTERESSI;",
    "DI IMPEGNARE LA SPESA DI EURO 3.283,06 SUL CAPITOLO 1360 'RIMBORSI DI TRIBUTI COMUNALI' - MISSIONE 01, "
    "PROGRAMMA 04, TITOLO 1, MACROAGGREGATO 109 DEL BILANCIO 2026 (IMPEGNO N. 311/2026);",
    "DI LIQUIDARE LE SOMME AI CONTRIBUENTI AVENTI DIRITTO MEDIANTE BONIFICO SULLE COORDINATE BANCARIE INDICATE "
    "NELLE ISTANZE;",
    "DI TRASMETTERE IL PRESENTE ATTO AL SERVIZIO RAGIONERIA PER L'EMISSIONE DEI MANDATI DI PAGAMENTO E DI "
    "DISPORNE LA PUBBLICAZIONE ALL'ALBO PRETORIO ON LINE PER 15 GIORNI CONSECUTIVI.",
]
for i, p in enumerate(pts, 1):
    t = textwrap.wrap(p, W - 5)
    L('%d) - ' % i + t[0])
    for x in t[1:]:
        L('     ' + x)
L()
L(' ' * 80 + 'IL RESPONSABILE DEL SETTORE II')
L(' ' * 80 + 'F.TO DOTT. ANTONIO DI MASCIO')
L()
L('+' + '-' * (W - 2) + '+')
L('|' + "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 151, C. 4, D.LGS. 267/2000)".center(W - 2) + '|')
L('|' + ' ' * (W - 2) + '|')
L('|' + ('  CAPITOLO 1360 ....... IMPEGNO N. 311/2026 ....... IMPORTO EURO 3.283,06 ....... DATA 18/02/2026').ljust(W - 2) + '|')
L('|' + ('  PONTECORVO, 18/02/2026' + 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO - F.TO DOTT. ANTONIO DI MASCIO'.rjust(104)).ljust(W - 2) + '|')
L('+' + '-' * (W - 2) + '+')
L()
L("PUBBLICAZIONE: IL PRESENTE ATTO E' PUBBLICATO ALL'ALBO PRETORIO ON LINE DAL 19/02/2026 AL 06/03/2026 - N. REG. PUBBL. 242")

c = canvas.Canvas(out, pagesize=landscape(A4))
c.setTitle('DETERMINA RG 188/2026')
c.setAuthor('UTENTE: TRIB02')
c.setCreator('STAMPA ATTI - MODULO DETERMINE')
PW, PH = landscape(A4)
FS, LH = 8, 9.6
per = int((PH - 80) // LH) - 3
chunks = [body[i:i + per] for i in range(0, len(body), per)]
x0 = (PW - W * FS * 0.6) / 2
for n, ch in enumerate(chunks, 1):
    y = PH - 36
    c.setFont('Courier', FS)
    head = ('DETST01  COMUNE DI PONTECORVO - GESTIONE ATTI AMMINISTRATIVI'.ljust(100) +
            ('PAG. %3d / %3d' % (n, len(chunks))).rjust(32))
    c.drawString(x0, y, head)
    y -= LH
    c.drawString(x0, y, 'DATA STAMPA 18/02/2026 ORE 12:41'.ljust(100) + 'DET. R.G. 188/2026'.rjust(32))
    y -= LH * 2
    for i, s in enumerate(ch):
        if i % 6 in (3, 4, 5):
            c.setFillGray(0.93)
            c.rect(x0 - 4, y - 2.6, W * FS * 0.6 + 8, LH, stroke=0, fill=1)
            c.setFillGray(0)
        c.drawString(x0, y, s)
        y -= LH
    c.showPage()
c.save()
