# Azienda USL Umbria 2 - Determinazione dirigenziale in a J-Iride-like layout: the
# letterhead, the register strip and the footer are Form XObjects defined once and
# painted on every page (their text lives only inside the XObjects). ReportLab.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors
import rlfonts; rlfonts.reg()

B = ParagraphStyle("b", fontName="LibSans", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=5)
C = ParagraphStyle("c", parent=B, alignment=TA_CENTER)
L = ParagraphStyle("l", parent=B, alignment=TA_LEFT)
def P(t, s=B): return Paragraph(t, s)
DONE = []
TEAL = colors.HexColor("#00606b")

def forms(c):
    c.beginForm("Head")
    c.setFillColor(TEAL); c.rect(2 * cm, 27.0 * cm, 1.6 * cm, 1.6 * cm, fill=1, stroke=0)
    c.setFillColor(colors.white); c.setFont("LibSans-B", 14); c.drawCentredString(2.8 * cm, 27.6 * cm, "U2")
    c.setFillColor(TEAL); c.setFont("LibSans-B", 15)
    c.drawString(4.0 * cm, 28.05 * cm, "Azienda USL Umbria 2")
    c.setFillColor(colors.black); c.setFont("LibSans", 8)
    c.drawString(4.0 * cm, 27.6 * cm, "Azienda Unità Sanitaria Locale Umbria n. 2")
    c.drawString(4.0 * cm, 27.2 * cm, "Sede legale: Viale Donato Bramante 37 – 05100 Terni – C.F./P.IVA 01499590550")
    c.setStrokeColor(TEAL); c.setLineWidth(1.2); c.line(2 * cm, 26.8 * cm, 19 * cm, 26.8 * cm)
    c.endForm()
    c.beginForm("Strip")
    c.setFont("LibSans-B", 8); c.setFillColor(colors.black)
    c.drawString(2 * cm, 26.35 * cm, "DETERMINAZIONE DIRIGENZIALE")
    c.setFont("LibSans", 8)
    c.drawRightString(19 * cm, 26.35 * cm, "n. 0000412 del 11/03/2026")
    c.endForm()
    c.beginForm("Foot")
    c.setStrokeColor(colors.grey); c.setLineWidth(0.4); c.line(2 * cm, 1.7 * cm, 19 * cm, 1.7 * cm)
    c.setFont("LibSans", 6.8); c.setFillColor(colors.grey)
    c.drawString(2 * cm, 1.35 * cm, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 "
                 "(CAD) e norme collegate. Stampato dal sistema di gestione degli atti.")
    c.endForm()

def page(c, doc):
    if not DONE:
        forms(c); DONE.append(1)
    c.doForm("Head"); c.doForm("Strip"); c.doForm("Foot")
    c.setFont("LibSans", 7); c.drawRightString(19 * cm, 1.0 * cm, "Pagina %d di 2" % doc.page)

S = [Spacer(1, 2)]
reg = Table([
    [P("<b>DETERMINAZIONE DIRIGENZIALE</b>", L), P("<b>N. 0000412 del 11/03/2026</b>", L)],
    [P("Struttura proponente:", L), P("U.O.C. ACQUISTI E LOGISTICA", L)],
    [P("Servizio:", L), P("Ufficio Gare Beni Sanitari", L)],
    [P("Proposta:", L), P("n. 487 del 09/03/2026", L)],
    [P("Dirigente:", L), P("Dott.ssa Federica Ciotti", L)]], colWidths=[4.2 * cm, 12.8 * cm])
reg.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dcebed"))]))
S += [reg, Spacer(1, 10)]
SUBJ = ("Fornitura di dispositivi medici per stomia per le esigenze dei Distretti sanitari "
        "dell'Azienda – Adesione alla convenzione stipulata dal Soggetto Aggregatore regionale "
        "– CIG derivato B8E44A1F20 – Impegno di spesa anno 2026.")
S.append(P("<b>OGGETTO:</b> " + SUBJ))
S.append(Spacer(1, 6))
S.append(P("<b>IL DIRIGENTE DELLA U.O.C. ACQUISTI E LOGISTICA</b>", C))
for t in [
    "Vista la deliberazione del Direttore Generale n. 1203 del 23/12/2025, con la quale sono "
    "state attribuite ai Direttori delle strutture amministrative le competenze in materia di "
    "acquisizione di beni e servizi di importo inferiore alla soglia comunitaria;",
    "Premesso che il Soggetto Aggregatore della Regione Umbria ha stipulato la convenzione per "
    "la fornitura di dispositivi medici per stomia, lotti 1–6, con scadenza al 30/09/2027, alla "
    "quale le Aziende sanitarie regionali sono tenute ad aderire;",
    "Rilevato il fabbisogno trasmesso dai Distretti sanitari con note prot. n. 31877 e n. 32045 "
    "del 24/02/2026, per un importo complessivo stimato di euro 214.380,00 IVA esclusa;",
    "Dato atto che per l'adesione è stato acquisito il CIG derivato B8E44A1F20 e che il "
    "Responsabile unico del progetto è la Dott.ssa Monica Tenerini;",
    "Visto il D.Lgs. 31 marzo 2023, n. 36, e in particolare l'art. 62 in materia di "
    "aggregazione e centralizzazione delle committenze;",
    "Visto il D.Lgs. 30 dicembre 1992, n. 502, e la L.R. 9 aprile 2015, n. 11 (Testo unico in "
    "materia di Sanità e Servizi sociali);",
    "Ritenuto di aderire alla convenzione per i lotti di interesse aziendale, secondo il riepilogo "
    "che segue:",
    ]:
    S.append(P(t))
lots = [["Lotto", "Descrizione", "Importo IVA esclusa", "Importo IVA 4% inclusa"],
        ["1", "Sistemi monopezzo per colostomia", "68.420,00", "71.156,80"],
        ["2", "Sistemi due pezzi per colostomia", "54.910,00", "57.106,40"],
        ["4", "Sistemi per urostomia", "61.300,00", "63.752,00"],
        ["6", "Accessori (paste, polveri, anelli)", "29.750,00", "30.940,00"],
        ["", "TOTALE", "214.380,00", "222.955,20"]]
lt = Table(lots, colWidths=[1.4 * cm, 7.6 * cm, 4 * cm, 4 * cm])
lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "LibSans", 8.5),
                        ("FONT", (0, 0), (-1, 0), "LibSans-B", 8.5), ("FONT", (0, -1), (-1, -1), "LibSans-B", 8.5),
                        ("ALIGN", (2, 0), (-1, -1), "RIGHT")]))
S += [lt, Spacer(1, 6)]
for t in ["Attestata la regolarità tecnica e la legittimità del presente provvedimento;"]:
    S.append(P(t))
S.append(P("<b>D E T E R M I N A</b>", C))
for n, t in enumerate([
    "di aderire alla convenzione per la fornitura di dispositivi medici per stomia stipulata dal "
    "Soggetto Aggregatore regionale, per i lotti 1, 2, 4 e 6, fino al 31/12/2026;",
    "di impegnare la spesa complessiva di euro 222.955,20 IVA 4% compresa sul conto economico "
    "n. 300105020 \"Dispositivi medici\" del bilancio di esercizio 2026;",
    "di nominare Direttore dell'esecuzione del contratto il Dott. Andrea Sbarzella, farmacista "
    "dirigente della S.C. Farmaceutica Territoriale;",
    "di dare atto che il presente provvedimento non è soggetto al controllo della Giunta "
    "regionale ai sensi della L.R. 11/2015;",
    "di disporre la pubblicazione del presente atto all'Albo on line aziendale e nella sezione "
    "\"Amministrazione Trasparente\"."], 1):
    S.append(P("%d) %s" % (n, t), ParagraphStyle("p", parent=B, leftIndent=16, firstLineIndent=-14)))
S.append(Spacer(1, 14))
S.append(Table([["", P("Il Direttore della U.O.C. Acquisti e Logistica<br/>Dott.ssa Federica Ciotti<br/>"
                       "<font size=7>(firmato digitalmente)</font>", C)]], colWidths=[8 * cm, 9 * cm]))
S.append(Spacer(1, 14))
pub = Table([[P("<b>ATTESTAZIONE DI PUBBLICAZIONE</b><br/>Il presente atto è pubblicato all'Albo on line "
                "aziendale dal 12/03/2026 al 27/03/2026 (registro pubblicazioni n. 1968/2026).", B)]],
            colWidths=[17 * cm])
pub.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey)]))
S.append(pub)
doc = SimpleDocTemplate("../determina-uslumbria2-jiride.pdf", pagesize=A4, leftMargin=2 * cm,
                        rightMargin=2 * cm, topMargin=3.8 * cm, bottomMargin=2.2 * cm,
                        title="DD 412/2026", creator="J-Iride Atti (Maggioli) - stampa provvedimento")
doc.build(S, onFirstPage=page, onLaterPages=page)
