"""Determinazione of the Comune di Azzano Decimo as an 80-column report of a legacy
procedure (Ascot-like): capitals, accents as apostrophes, boxes of box-drawing characters,
dotted leaders. ReportLab canvas, Liberation Mono (Courier New metrics) embedded."""
import sys, textwrap
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

out = sys.argv[1] if len(sys.argv) > 1 else "determinazione-azzanodecimo-ascot.pdf"
pdfmetrics.registerFont(TTFont("Mono", "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf"))
pdfmetrics.registerFont(TTFont("MonoB", "/usr/share/fonts/truetype/liberation2/LiberationMono-Bold.ttf"))
W = 80
FS, LEAD = 9.6, 12.2
X0, Y0, PER = 52, 800, 60

lines = []   # (text, bold)
def L(s="", b=False):
    assert len(s) <= W, (len(s), s)
    lines.append((s, b))
def wrap(s, ind=0, first=None, b=False):
    for x in textwrap.wrap(s, W, initial_indent=" " * (ind if first is None else first), subsequent_indent=" " * ind,
                           break_long_words=False, break_on_hyphens=False):
        L(x, b)
def boxline(s):
    L("│ " + s.ljust(W - 4) + " │")

L("COMUNE DI AZZANO DECIMO", True)
L("PIAZZA LIBERTA', 1 - 33082 AZZANO DECIMO (PN)")
L("C.F. 80002150931 - P.IVA 00424830937")
L()
L("┌" + "─" * (W - 2) + "┐")
boxline("AREA TECNICA")
boxline("SERVIZIO LAVORI PUBBLICI E MANUTENZIONI")
L("├" + "─" * (W - 2) + "┤")
boxline("D E T E R M I N A Z I O N E   D E L   R E S P O N S A B I L E".center(W - 4))
L("├" + "─" * (W - 2) + "┤")
boxline("REGISTRO GENERALE N. .....: 187       DATA ADOZIONE ......: 13/03/2026")
boxline("REGISTRO DI SETTORE N. ...: 41        DATA ESECUTIVITA' ..: 13/03/2026")
L("└" + "─" * (W - 2) + "┘")
L()
subj = ("LAVORI DI RIQUALIFICAZIONE DEI MARCIAPIEDI DI VIA XXV APRILE E VIA VITTORIO VENETO - CUP F57H24001230004 - "
        "CIG B3C9A21F0E - LIQUIDAZIONE 2^ STATO DI AVANZAMENTO LAVORI ALLA DITTA EDILSTRADE FRIULANE S.R.L.")
wrap("OGGETTO: " + subj, 9, 0, b=True)
L("═" * W)
L()
L("IL RESPONSABILE DELL'AREA TECNICA".center(W), True)
L()
body = [
 "VISTO IL DECRETO DEL SINDACO N. 4 DEL 08/01/2026 CON IL QUALE E' STATO CONFERITO AL SOTTOSCRITTO L'INCARICO DI TITOLARE DI "
 "ELEVATA QUALIFICAZIONE DELL'AREA TECNICA PER L'ANNO 2026;",
 "RICHIAMATA LA PROPRIA DETERMINAZIONE N. 612 DEL 28/08/2025 CON LA QUALE I LAVORI IN OGGETTO SONO STATI AGGIUDICATI ALLA DITTA "
 "EDILSTRADE FRIULANE S.R.L. DI FIUME VENETO (PN), PER L'IMPORTO CONTRATTUALE DI EURO 248.700,00 OLTRE IVA, CONTRATTO REP. N. 1877 "
 "DEL 02/10/2025;",
 "VISTO IL 2^ STATO DI AVANZAMENTO DEI LAVORI A TUTTO IL 27/02/2026 ED IL RELATIVO CERTIFICATO DI PAGAMENTO N. 2 EMESSO DAL RUP "
 "IN DATA 02/03/2026 PER L'IMPORTO NETTO DI EURO 96.380,00;",
 "VISTA LA FATTURA ELETTRONICA N. 14/PA DEL 05/03/2026 DI EURO 96.380,00 OLTRE IVA 10% PARI AD EURO 9.638,00, PER COMPLESSIVI "
 "EURO 106.018,00;",
 "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL_51904477, SCADENZA 18/06/2026);",
 "DATO ATTO CHE NON SUSSISTONO SITUAZIONI DI CONFLITTO DI INTERESSI AI SENSI DELL'ART. 16 DEL D.LGS. N. 36/2023;",
]
for b in body:
    wrap(b); L()
L("D E T E R M I N A".center(W), True)
L()
pts = [
 "DI LIQUIDARE ALLA DITTA EDILSTRADE FRIULANE S.R.L. LA SOMMA DI EURO 96.380,00 OLTRE IVA 10% A SALDO DELLA FATTURA N. 14/PA "
 "DEL 05/03/2026, RELATIVA AL 2^ STATO DI AVANZAMENTO DEI LAVORI IN OGGETTO;",
 "DI VERSARE ALL'ERARIO L'IVA PARI AD EURO 9.638,00 CON IL MECCANISMO DELLA SCISSIONE DEI PAGAMENTI (SPLIT PAYMENT) DI CUI "
 "ALL'ART. 17-TER DEL D.P.R. N. 633/1972;",
 "DI IMPUTARE LA SPESA COMPLESSIVA DI EURO 106.018,00 ALL'IMPEGNO N. 1043/2025, CAP. 20810/5 \"MANUTENZIONE STRAORDINARIA "
 "MARCIAPIEDI\", DEL BILANCIO 2026-2028, ESERCIZIO 2026, IN CONTO RESIDUI;",
 "DI DARE ATTO CHE IL PRESENTE PROVVEDIMENTO E' SOGGETTO AGLI OBBLIGHI DI PUBBLICITA' DI CUI AL D.LGS. N. 33/2013.",
]
for i, p in enumerate(pts, 1):
    wrap("%d) %s" % (i, p), 3, 0); L()
L()
L("AZZANO DECIMO, 13/03/2026".ljust(42) + "IL RESPONSABILE DELL'AREA TECNICA")
L(" " * 42 + "    ING. MARCO BORTOLUSSI")
L(" " * 42 + "(FIRMATO DIGITALMENTE)")
L()
L("┌" + "─" * (W - 2) + "┐")
boxline("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA".center(W - 4))
L("├" + "─" * (W - 2) + "┤")
boxline("IMPEGNO N. .....: 1043/2025      CAPITOLO .....: 20810/5")
boxline("IMPORTO ........: EURO 106.018,00    LIQUIDAZIONE N. .: 422/2026")
boxline("")
boxline("AZZANO DECIMO, 13/03/2026    IL RESPONSABILE DEL SERVIZIO FINANZIARIO")
boxline("                                 DOTT.SSA LUISA ZANUTTO")
L("└" + "─" * (W - 2) + "┘")
L()
L("┌" + "─" * (W - 2) + "┐")
boxline("ATTESTATO DI PUBBLICAZIONE".center(W - 4))
L("├" + "─" * (W - 2) + "┤")
boxline("LA PRESENTE DETERMINAZIONE VIENE PUBBLICATA ALL'ALBO PRETORIO ON LINE")
boxline("DAL 16/03/2026 AL 31/03/2026 - N. REG. PUBBL. ......: 356")
boxline("")
boxline("                                 L'IMPIEGATO RESPONSABILE")
boxline("                                 ALESSANDRA DEL BEN")
L("└" + "─" * (W - 2) + "┘")

c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
c.setTitle("DT187-2026"); c.setCreator("ASCOT WEB - ATTI AMMINISTRATIVI"); c.setAuthor("UTLLPP03")
pages = [lines[i:i + PER] for i in range(0, len(lines), PER)]
for n, pg in enumerate(pages, 1):
    y = Y0
    for s, b in pg:
        c.setFont("MonoB" if b else "Mono", FS)
        c.drawString(X0, y, s)
        y -= LEAD
    c.setFont("Mono", 7.5)
    c.drawString(X0, 40, "DETERMINAZIONE N. 187 DEL 13/03/2026".ljust(60) + ("PAG. %d DI %d" % (n, len(pages))))
    c.drawString(X0, 30, "STAMPATO IL 16/03/2026 ORE 08:42 - OPERATORE UTLLPP03 - PROGRAMMA ATDT020")
    c.showPage()
c.save()
