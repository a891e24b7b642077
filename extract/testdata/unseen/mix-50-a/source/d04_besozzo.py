# Comune di Besozzo - determinazione printed as a 132-column fixed-width report (Courier, landscape),
# boxes of + - | characters, dotted leaders, CITTA'-style accents (Datagraph-like legacy report)
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
out = sys.argv[1]
W = 132
def box(lines):
    r = ['+' + '-'*(W-2) + '+']
    for l in lines: r.append('| ' + l.ljust(W-4) + ' |')
    r.append('+' + '-'*(W-2) + '+')
    return r
def two(a, b): return a + ' '*(W-4-len(a)-len(b)) + b
def lead(label, value, width=100):
    return '  ' + label + ' ' + '.'*(width-len(label)-len(value)-4) + ' ' + value
def wrap(text, indent=0, first=''):
    w = textwrap.wrap(text, W-indent-2, initial_indent=first, subsequent_indent=' '*len(first))
    return [' '*indent + x for x in w]
subj = "AFFIDAMENTO DIRETTO DEL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO E DELLE AREE GIOCO - ANNUALITA' 2026 - DITTA VERDE PREALPI S.N.C. DI BESOZZO - CIG B6A1F2C3D4 - IMPEGNO DI SPESA"
p1 = []
p1 += box([two('COMUNE DI BESOZZO', 'PROVINCIA DI VARESE'),
           two('VIA XXV APRILE, 4 - 21023 BESOZZO (VA)', 'C.F. 00322760127'),])
p1 += ['']
p1 += box([two('AREA TECNICA', 'REG. GENERALE N. ....... 142'),
           two('SERVIZIO LAVORI PUBBLICI E MANUTENZIONI', 'REG. SETTORE  N. .......  38'),
           two('', 'DATA ............. 12/03/2026')])
p1 += ['', ' '*42 + 'DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO', ' '*42 + '=' * len('DETERMINAZIONE DEL RESPONSABILE DEL SERVIZIO'), '']
p1 += wrap(subj, 0, 'OGGETTO: ')
p1 += ['', '-'*W, '']
body = [
 "IL RESPONSABILE DELL'AREA TECNICA",
 "",
 "VISTO IL DECRETO SINDACALE N. 3 DEL 08/01/2026 DI NOMINA A RESPONSABILE DELL'AREA TECNICA CON ATTRIBUZIONE DELLE FUNZIONI DI CUI ALL'ART. 107 DEL D.LGS. 267/2000;",
 "RICHIAMATA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 52 DEL 22/12/2025, ESECUTIVA, DI APPROVAZIONE DEL BILANCIO DI PREVISIONE 2026-2028;",
 "CONSIDERATO CHE IL CONTRATTO IN ESSERE PER LA MANUTENZIONE DEL VERDE E' SCADUTO IL 28/02/2026 E CHE OCCORRE GARANTIRE LA CONTINUITA' DEL SERVIZIO NEI PARCHI, NELLE AIUOLE E NELLE AREE GIOCO COMUNALI;",
 "VISTO L'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, CHE CONSENTE L'AFFIDAMENTO DIRETTO DEI SERVIZI DI IMPORTO INFERIORE A EURO 140.000,00;",
 "VISTA L'OFFERTA PRESENTATA SULLA PIATTAFORMA SINTEL DI ARIA S.P.A. DALLA DITTA VERDE PREALPI S.N.C., PROT. N. 2215 DEL 05/03/2026;",
 "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL_52318841, SCADENZA 14/06/2026);",
]
for b in body:
    p1 += wrap(b, 2) if b else ['']
p2 = ['', ' '*62 + 'D E T E R M I N A', '']
pts = [
 "DI AFFIDARE ALLA DITTA VERDE PREALPI S.N.C., CON SEDE IN BESOZZO, VIA PEDRONI 11, P.IVA 02987650128, IL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO E DELLE AREE GIOCO PER L'ANNUALITA' 2026;",
 "DI IMPEGNARE LA SPESA COMPLESSIVA DI EURO 22.509,00 COME DI SEGUITO SPECIFICATO:",
 "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. DAVIDE BROGGINI;",
 "DI DARE ATTO CHE LA PRESENTE DETERMINAZIONE DIVENTA ESECUTIVA CON L'APPOSIZIONE DEL VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA;",
 "DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE ATTO ALL'ALBO PRETORIO ON LINE PER 15 GIORNI CONSECUTIVI.",
]
for i, t in enumerate(pts, 1):
    p2 += wrap(t, 2, '%d) ' % i)
    if i == 2:
        p2 += [lead('IMPORTO DEL SERVIZIO', 'EURO   18.450,00'), lead('I.V.A. 22%', 'EURO    4.059,00'),
               lead('TOTALE', 'EURO   22.509,00'), lead('CAPITOLO 09021.03.1640 - BILANCIO 2026', 'MISSIONE 09 PROGR. 02')]
p2 += ['', '']
p2 += box([two('IL RESPONSABILE DEL SERVIZIO', 'VISTO DI REGOLARITA\' CONTABILE'),
           two('(ARCH. SIMONA GALLI)', 'IL RESPONSABILE DEL SERVIZIO FINANZIARIO'),
           two('F.TO DIGITALMENTE', '(RAG. PAOLO CASSANI) - F.TO DIGITALMENTE'),
           two('', 'IMPEGNO N. 318/2026 DEL 12/03/2026')])
pages = [p1, p2]
c = canvas.Canvas(out, pagesize=landscape(A4))
c.setTitle('DET142_2026.PRN'); c.setCreator('DGW REPORT 3.2'); c.setAuthor('DATAGRAPH')
fs = 8.6; lead_ = 10.4
for n, pg in enumerate(pages, 1):
    y = landscape(A4)[1] - 36
    c.setFont('Courier', fs)
    c.drawString(36, y, two('DETERMINAZIONI - STAMPA ATTO', 'PAG.  %d DI %d' % (n, len(pages)))); y -= lead_*2
    for l in pg:
        c.drawString(36, y, l); y -= lead_
    c.drawString(36, 24, two('UTENTE: SGALLI', 'STAMPATO IL 12/03/2026 ORE 11:42'))
    c.showPage()
c.save()
