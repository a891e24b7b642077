# Determinazione of the Comune di Appignano: fixed-pitch print of an old COBOL gestionale (AcuCOBOL style), drawn with ReportLab
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('Mono', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'))
pdfmetrics.registerFont(TTFont('MonoB', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf'))
W = 84
L = []  # (text, bold)
def ln(t='', b=False): L.append((t, b))
def wrap(t, ind=0, b=False):
    for i, s in enumerate(textwrap.wrap(t, W - ind)):
        ln(' ' * ind + s, b)
def rule(ch='-'): ln(ch * W)
rule('=')
ln('COMUNE DI APPIGNANO'.center(W), True)
ln('PROVINCIA DI MACERATA'.center(W))
rule('=')
ln('DETERMINAZIONE DEL RESPONSABILE'.center(W), True)
ln('AREA ECONOMICO-FINANZIARIA'.center(W), True)
ln('SERVIZIO TRIBUTI'.center(W))
rule()
ln('NUMERO GENERALE ..: 142              DATA ..........: 13/03/2026')
ln('NUMERO DI AREA ...: 19               DATA PROPOSTA .: 12/03/2026')
ln('CENTRO DI COSTO ..: TRIB             ESECUTIVA DAL .: 13/03/2026')
rule()
ln('OGGETTO:', True)
wrap('RIMBORSO IMPOSTA MUNICIPALE PROPRIA (IMU) ANNI 2022-2023 VERSATA E NON DOVUTA - CONTRIBUENTE COD. 004517 - IMPEGNO E LIQUIDAZIONE DI SPESA.', 2, True)
rule()
ln()
ln('IL RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA'.center(W), True)
ln()
for t in [
 'VISTO IL DECRETO SINDACALE N. 3 DEL 02/01/2026 DI ATTRIBUZIONE DELLE FUNZIONI DI RESPONSABILE DELL\'AREA ECONOMICO-FINANZIARIA;',
 'VISTA L\'ISTANZA PROT. N. 2874 DEL 19/02/2026 CON LA QUALE IL CONTRIBUENTE COD. 004517 HA CHIESTO IL RIMBORSO DELL\'IMU VERSATA PER GLI ANNI 2022 E 2023 SU UN FABBRICATO RURALE STRUMENTALE ESENTE AI SENSI DELL\'ART. 1, COMMA 751, DELLA LEGGE 160/2019;',
 'ACCERTATO, SULLA BASE DELLE RISULTANZE CATASTALI E DEI VERSAMENTI REGISTRATI NELLA BANCA DATI TRIBUTARIA, CHE LE SOMME DI EURO 412,00 (ANNO 2022) ED EURO 412,00 (ANNO 2023) NON ERANO DOVUTE;',
 'VISTO L\'ART. 1, COMMA 164, DELLA LEGGE 296/2006, CHE FISSA IN CINQUE ANNI IL TERMINE PER LA RICHIESTA DI RIMBORSO, E RITENUTA L\'ISTANZA TEMPESTIVA;',
 'CALCOLATI GLI INTERESSI AL TASSO LEGALE IN EURO 31,54;',
 'VISTI IL D.LGS. 267/2000 E IL REGOLAMENTO COMUNALE DELLE ENTRATE;']:
    wrap(t); ln()
ln('D E T E R M I N A'.center(W), True)
ln()
for t in [
 '1) DI RIMBORSARE AL CONTRIBUENTE COD. 004517 L\'IMPOSTA MUNICIPALE PROPRIA VERSATA E NON DOVUTA PER GLI ANNI 2022 E 2023, PER EURO 824,00, OLTRE INTERESSI PER EURO 31,54, PER COMPLESSIVI EURO 855,54;',
 '2) DI IMPEGNARE E LIQUIDARE LA SPESA DI EURO 855,54 AL CAPITOLO 1045/1 "RIMBORSI DI TRIBUTI COMUNALI" DEL BILANCIO 2026-2028, ESERCIZIO 2026 (IMP. N. 233/2026);',
 '3) DI DARE ATTO CHE I DATI IDENTIFICATIVI DEL CONTRIBUENTE SONO CONSERVATI AGLI ATTI DEL SERVIZIO TRIBUTI E NON SONO OGGETTO DI PUBBLICAZIONE.']:
    for i, s in enumerate(textwrap.wrap(t, W - 3)):
        ln(('' if i == 0 else '   ') + s)
    ln()
rule()
ln('APPIGNANO, 13/03/2026                 IL RESPONSABILE DELL\'AREA')
ln('                                      ECONOMICO-FINANZIARIA')
ln('                                      (RAG. SILVANO CAPPELLACCI)')
ln('                                      FIRMATO DIGITALMENTE')
rule()
ln('VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA', True)
ln('CAP. 1045/1   IMP. 233/2026   EURO      855,54   DATA 13/03/2026   ESITO: FAVOREVOLE')
rule()
ln('PUBBLICATA ALL\'ALBO PRETORIO ON LINE DAL 16/03/2026 AL 31/03/2026 - REG. N. 377')
rule('=')

c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle('DETR010 - STAMPA DETERMINA'); c.setAuthor('TRIB02')
per_page = 64
pages = [L[i:i + per_page] for i in range(0, len(L), per_page)]
for pn, pg in enumerate(pages, 1):
    c.setFont('Mono', 7.5)
    c.drawString(40, 810, 'DETR010   COMUNE DI APPIGNANO - GESTIONE ATTI                        PAG. %3d' % pn)
    y = 785
    for t, b in pg:
        c.setFont('MonoB' if b else 'Mono', 9.3)
        c.drawString(40, y, t); y -= 11.6
    c.setFont('Mono', 7.5)
    c.drawString(40, 30, 'STAMPATO IL 13/03/2026 ORE 12:07   UTENTE: TRIB02   DETERMINAZIONE N. 142/2026')
    c.showPage()
c.save()
