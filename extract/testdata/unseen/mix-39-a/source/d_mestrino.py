# Comune di Mestrino - determinazione printed as a 132-column fixed-width report (legacy AS/400-style
# package, imitating a Datagraph print), Courier 9 pt on A4 landscape, via reportlab canvas.
import textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape

W = 132
def box(lines):
    out = ['+' + '-' * (W - 2) + '+']
    for l in lines:
        out.append('| ' + l.ljust(W - 4) + ' |')
    out.append('+' + '-' * (W - 2) + '+')
    return out
def lead(label, value, width=24):
    return (label + ' ').ljust(width, '.') + ': ' + value
def wrap_label(label, text, width=24):
    first = True; out = []
    for l in textwrap.wrap(text, W - 4 - width - 2):
        out.append(lead(label, l, width) if first else ' ' * (width + 2) + l); first = False
    return out
def para(text, indent=0, first=None):
    return textwrap.wrap(text, W - indent, initial_indent=' ' * (first if first is not None else indent), subsequent_indent=' ' * indent)

SUBJ = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE "
        "ORDINARIA DEL VERDE PUBBLICO - ANNUALITA' 2026 - CIG B7C4E21A90 - IMPEGNO DI SPESA")
L = []
L += box(['COMUNE DI MESTRINO'.ljust(64) + 'PROVINCIA DI PADOVA'.rjust(W - 4 - 64),
          'VIA SAN PIO X, 1 - 35035 MESTRINO (PD)'.ljust(64) + 'C.F. 80009630286'.rjust(W - 4 - 64)])
L += ['']
L += ['DETERMINAZIONE'.center(W)]
L += ['']
L += box([lead('AREA', 'AREA TECNICA - LAVORI PUBBLICI E PATRIMONIO'),
          lead('SERVIZIO', 'SERVIZIO LAVORI PUBBLICI - MANUTENZIONI'),
          lead('N. REGISTRO GENERALE', '187        DEL 09/03/2026'),
          lead('N. DI SETTORE', '41         DEL 06/03/2026'),
          lead('PROPOSTA', 'N. 52      DEL 05/03/2026')] + [''] + wrap_label('OGGETTO', SUBJ))
L += ['']
L += ['IL RESPONSABILE DELL\'AREA TECNICA'.center(W), '']
for t in [
 "PREMESSO CHE CON DECRETO SINDACALE N. 4 DEL 02/01/2026 IL SOTTOSCRITTO E' STATO NOMINATO RESPONSABILE DELL'AREA TECNICA - LAVORI PUBBLICI E PATRIMONIO, CON ATTRIBUZIONE DELLE FUNZIONI DI CUI ALL'ART. 107 DEL D.LGS. 267/2000;",
 "RICHIAMATA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 58 DEL 19/12/2025, ESECUTIVA, CON LA QUALE E' STATO APPROVATO IL BILANCIO DI PREVISIONE 2026-2028, E LA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 3 DEL 13/01/2026 DI APPROVAZIONE DEL P.E.G.;",
 "CONSIDERATO CHE IL CONTRATTO PER LA MANUTENZIONE DEL VERDE PUBBLICO E' SCADUTO IL 31/12/2025 E CHE OCCORRE GARANTIRE LA CONTINUITA' DEL SERVIZIO (SFALCI, POTATURE, PULIZIA DELLE AREE GIOCO) PER LA STAGIONE VEGETATIVA 2026;",
 "DATO ATTO CHE E' STATA SVOLTA SULLA PIATTAFORMA TELEMATICA DI NEGOZIAZIONE UNA RICHIESTA DI PREVENTIVO ALL'OPERATORE ECONOMICO VERDE BRENTA SOC. COOP. SOCIALE, CON SEDE IN VILLAFRANCA PADOVANA (PD), CHE HA OFFERTO L'IMPORTO DI EURO 61.480,00 OLTRE IVA, RITENUTO CONGRUO;",
 "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELL'OPERATORE (DURC PROT. INAIL_51277803, SCADENZA 12/06/2026) E IL POSSESSO DEI REQUISITI DI CUI AGLI ARTT. 94 E SEGUENTI DEL D.LGS. 36/2023;",
 "VISTI IL D.LGS. 267/2000, IL D.LGS. 36/2023, LO STATUTO COMUNALE E IL REGOLAMENTO DI CONTABILITA';"]:
    L += para(t, 3, 0) + ['']
L += ['D E T E R M I N A'.center(W), '']
pts = [
 "DI AFFIDARE, AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023, IL SERVIZIO DI MANUTENZIONE ORDINARIA DEL VERDE PUBBLICO PER L'ANNUALITA' 2026 ALLA DITTA VERDE BRENTA SOC. COOP. SOCIALE, P.IVA 03921450287, PER L'IMPORTO DI EURO 61.480,00 OLTRE IVA 22%;",
 "DI IMPEGNARE LA SPESA COMPLESSIVA DI EURO 75.005,60 COME DA PROSPETTO CHE SEGUE;",
 "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. DAVIDE ZANELLATO;",
 "DI DARE ATTO CHE IL CONTRATTO SARA' STIPULATO MEDIANTE CORRISPONDENZA SECONDO L'USO COMMERCIALE;",
 "DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE PROVVEDIMENTO ALL'ALBO PRETORIO E NELLA SEZIONE AMMINISTRAZIONE TRASPARENTE."]
for i, t in enumerate(pts, 1):
    L += para(f'{i}) ' + t, 6, 2)
    if i == 2:
        L += ['']
        L += ['      ' + l for l in [
            '+--------+------------------+------+------+------------------------------------------+-----------------+--------------+',
            '| ESERC. | CAPITOLO         | MIS. | PROG.| DESCRIZIONE                              | IMPORTO EURO    | IMPEGNO N.   |',
            '+--------+------------------+------+------+------------------------------------------+-----------------+--------------+',
            '| 2026   | 09021.03.1560    |  09  |  02  | MANUTENZIONE VERDE PUBBLICO - SERVIZI    |       75.005,60 | 2026/412     |',
            '+--------+------------------+------+------+------------------------------------------+-----------------+--------------+']]
    L += ['']
L += ['']
L += ['MESTRINO, 09/03/2026'.ljust(80) + "IL RESPONSABILE DELL'AREA TECNICA"]
L += [' ' * 80 + 'ING. PAOLO BERTAZZO']
L += [' ' * 80 + '(FIRMATO DIGITALMENTE)', '']
L += box(['VISTO DI REGOLARITA\' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000)',
          lead('ESITO', 'FAVOREVOLE'), lead('DATA', '09/03/2026'),
          lead('IL RESPONSABILE', "AREA ECONOMICO-FINANZIARIA - DOTT.SSA LAURA FAVARO")])
L += ['']
L += box(['PUBBLICAZIONE',
          "COPIA DELLA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL'ALBO PRETORIO ON LINE PER 15 GIORNI CONSECUTIVI",
          lead('DAL', '10/03/2026  AL 25/03/2026     N. REG. PUBBL. 398')])

c = canvas.Canvas('../determinazione-mestrino-datagraph.pdf', pagesize=landscape(A4))
c.setTitle('DT0187_2026'); c.setAuthor('DTG'); c.setCreator('DG-STAMPE R4.7 SPOOL')
PW, PH = landscape(A4)
LPP = 48
pages = [L[i:i + LPP] for i in range(0, len(L), LPP)]
for pn, pg in enumerate(pages, 1):
    c.setFont('Courier', 9)
    y = PH - 34
    c.drawString(40, y, ('DTG0187  DETERMINAZIONI - STAMPA ATTO').ljust(100) + f'PAG. {pn:3d} / {len(pages):3d}'.rjust(32)); y -= 10.6
    c.drawString(40, y, '=' * W); y -= 14
    for line in pg:
        c.drawString(40, y, line); y -= 10.6
    c.showPage()
c.save()
