"""Città di Amelia - determinazione as an 80-column fixed-width report (Siscom-like legacy print):
capitals, '-'/'=' rules, dotted leaders, CITTA'-style accents. ReportLab canvas, Courier 9.5 (standard-14)."""
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
W = 80
body = []
def ln(s=""): body.append(s)
def wrap(s, ind=0):
    for x in textwrap.wrap(s, W - ind):
        ln(" " * ind + x)
ln("SETTORE ..............: AREA TECNICA - LAVORI PUBBLICI E MANUTENZIONI")
ln("SERVIZIO .............: MANUTENZIONE PATRIMONIO E VERDE PUBBLICO")
ln()
ln("=" * W)
ln("          D E T E R M I N A Z I O N E   D E L   R E S P O N S A B I L E")
ln("=" * W)
ln("REG. GENERALE N. .....: 243          DEL ..........: 17/03/2026")
ln("REG. SETTORE N. ......: 61           DEL ..........: 16/03/2026")
ln("-" * W)
ln("OGGETTO: AFFIDAMENTO DIRETTO DEL SERVIZIO DI POTATURA DELLE ALBERATURE")
ln("         DEL PARCO DELLA RIMEMBRANZA E DI VIALE DEI GLICINI. CIG B6A1C2D3E4.")
ln("         IMPEGNO DI SPESA.")
ln("-" * W)
ln()
ln("                         IL RESPONSABILE DEL SERVIZIO")
ln()
for t in ["VISTO IL DECRETO SINDACALE N. 4 DEL 02/01/2026 DI NOMINA DEI RESPONSABILI DEI SERVIZI;",
          "PREMESSO CHE SI RENDE NECESSARIO PROVVEDERE ALLA POTATURA DI CONTENIMENTO DELLE ALBERATURE DEL PARCO DELLA RIMEMBRANZA E DI VIALE DEI GLICINI, PER RAGIONI DI PUBBLICA INCOLUMITA';",
          "VISTO L'ART. 50, COMMA 1, LETT. B), DEL D.LGS. 36/2023, CHE CONSENTE L'AFFIDAMENTO DIRETTO DEI SERVIZI DI IMPORTO INFERIORE A EURO 140.000,00;",
          "VISTO IL PREVENTIVO DELLA DITTA VERDEUMBRIA S.R.L. CON SEDE IN AMELIA, ACQUISITO AL PROT. N. 4127 DEL 10/03/2026, PER L'IMPORTO DI EURO 7.850,00 OLTRE IVA 22%;",
          "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL_51234567);"]:
    wrap(t); ln()
ln("                                  DETERMINA")
ln()
for i, t in enumerate(["DI AFFIDARE ALLA DITTA VERDEUMBRIA S.R.L. IL SERVIZIO DI POTATURA IN OGGETTO PER L'IMPORTO DI EURO 7.850,00 OLTRE IVA;",
                       "DI IMPEGNARE LA SPESA COMPLESSIVA COME DA PROSPETTO SEGUENTE;",
                       "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. CARLO PERNAZZA;",
                       "DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE ATTO ALL'ALBO PRETORIO ON LINE E NELLA SEZIONE AMMINISTRAZIONE TRASPARENTE."], 1):
    wrap("%d. %s" % (i, t), 0); ln()
ln("+------------+----------+------+-------------------------------+-------------+")
ln("| CAPITOLO   | MISSIONE | ANNO | CREDITORE                     |   IMPORTO   |")
ln("+------------+----------+------+-------------------------------+-------------+")
ln("| 9602/3     | 09.02    | 2026 | VERDEUMBRIA S.R.L.            |    9.577,00 |")
ln("+------------+----------+------+-------------------------------+-------------+")
ln("| TOTALE IMPEGNO ................................................|    9.577,00 |")
ln("+------------+----------+------+-------------------------------+-------------+")
ln()
ln("AMELIA, LI' 17/03/2026")
ln("                                          IL RESPONSABILE DEL SERVIZIO")
ln("                                          (ING. ROBERTA FRATINI)")
ln("                                          FIRMATO DIGITALMENTE")
ln()
ln("=" * W)
ln("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
ln("IMPEGNO N. .....: 512/2026          DATA .....: 17/03/2026")
ln("IL RESPONSABILE DEL SERVIZIO FINANZIARIO ....: RAG. DANIELA TOMASSINI")
ln("=" * W)
ln()
ln("PUBBLICATA ALL'ALBO PRETORIO DAL 18/03/2026 AL 02/04/2026 - N. 402")
PER = 60
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("DT243_2026"); c.setCreator("SISCOM ATTI 80C"); c.setProducer("ReportLab PDF Library - www.reportlab.com")
pages = [body[i:i + PER] for i in range(0, len(body), PER)]
for pn, lines in enumerate(pages, 1):
    c.setFont("Courier", 9.5)
    head = ["CITTA' DI AMELIA" + ("PAG. %3d" % pn).rjust(W - 16), "PROVINCIA DI TERNI" + "DETERMINAZIONI - STAMPA".rjust(W - 18), "-" * W, ""]
    y = 800
    for s in head + lines:
        c.drawString(50, y, s); y -= 11.6
    c.showPage()
c.save()
