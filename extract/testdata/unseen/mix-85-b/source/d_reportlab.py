# reportlab documents: 1 Capurso (Tw-justified lines, rotated protocol stamp in the margin, RG in the footer),
# 11 Fossalto (every glyph its own Tm+Tj, register box drawn last), 12 Tufara (letterhead/footer as Form XObjects,
# blocks drawn out of reading order).  usage: d_reportlab.py capurso|fossalto|tufara OUT.pdf
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth as SW
W, H = A4; L, R = 72, W - 60
which, out = sys.argv[1], sys.argv[2]
c = canvas.Canvas(out, pagesize=A4, pageCompression=0)
y = [0]
def lines_of(text, font, size, width):
    out_, cur = [], []
    for w in text.split():
        if cur and SW(" ".join(cur + [w]), font, size) > width: out_.append(cur); cur = [w]
        else: cur.append(w)
    out_.append(cur); return out_
def para_tw(text, font="Times-Roman", size=11, lead=14, ind=0, after=5, just=True):
    for i, ln in enumerate(lines_of(text, font, size, R - L - ind)):
        s = " ".join(ln); t = c.beginText(L + ind, y[0]); t.setFont(font, size)
        if just and i < len(lines_of(text, font, size, R - L - ind)) - 1 and len(ln) > 1:
            t.setWordSpace((R - L - ind - SW(s, font, size)) / (len(ln) - 1))
        t.textOut(s); c.drawText(t); y[0] -= lead
    y[0] -= after
def glyphs(s, x, yy, font, size, gap=0.0):
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, yy); t.textOut(ch); x += SW(ch, font, size) + (gap if ch == " " else 0)
    c.drawText(t)
def para_g(text, font="Helvetica", size=10, lead=13, ind=0, after=5):
    ls = lines_of(text, font, size, R - L - ind)
    for i, ln in enumerate(ls):
        s = " ".join(ln); gap = (R - L - ind - SW(s, font, size)) / (len(ln) - 1) if i < len(ls) - 1 and len(ln) > 1 else 0
        glyphs(s, L + ind, y[0], font, size, gap); y[0] -= lead
    y[0] -= after
def cen(s, font, size, lead):
    c.setFont(font, size); c.drawCentredString((L + R) / 2, y[0], s); y[0] -= lead

if which == "capurso":
    c.setTitle("DETERMINAZIONE SETTORE III n. 87/2026"); c.setCreator("Halley Informatica - Atti Amministrativi"); c.setProducer("Halley PDF 4.2")
    y[0] = H - 56
    cen("COMUNE DI CAPURSO", "Times-Bold", 16, 15); cen("Città Metropolitana di Bari", "Times-Italic", 10.5, 14)
    cen("SETTORE III - LAVORI PUBBLICI", "Times-Bold", 11.5, 8)
    c.line(L, y[0], R, y[0]); y[0] -= 20
    c.setFont("Times-Bold", 12); c.drawString(L, y[0], "DETERMINAZIONE N. 87 DEL 14/04/2026"); c.setFont("Times-Roman", 10)
    c.drawRightString(R, y[0], "Proposta n. 112 del 10/04/2026"); y[0] -= 22
    c.setFont("Times-Bold", 11); c.drawString(L, y[0], "OGGETTO:")
    para_tw("Lavori di riqualificazione della villa comunale di piazza Matteotti - Affidamento diretto ai sensi dell'art. 50, comma 1, lett. a) del D.Lgs. 36/2023 alla ditta Edil Sud Costruzioni s.r.l. - Impegno di spesa - CUP D47H25001230004 - CIG B9F2A71C3E", font="Times-Bold", ind=58, after=10)
    cen("IL RESPONSABILE DEL SETTORE", "Times-Bold", 11.5, 18)
    for s in ["PREMESSO che con deliberazione di Giunta Comunale n. 38 del 12/03/2026 è stato approvato il progetto esecutivo dei lavori di riqualificazione della villa comunale di piazza Matteotti, per un importo complessivo di € 118.400,00;",
              "VISTO il decreto sindacale n. 4 del 02/01/2026 di conferimento dell'incarico di Responsabile del Settore III - Lavori Pubblici;",
              "DATO ATTO che la ditta Edil Sud Costruzioni s.r.l., interpellata tramite la piattaforma telematica, ha offerto un ribasso del 6,40% sull'importo a base d'asta, ritenuto congruo;",
              "VISTI il D.Lgs. 18 agosto 2000, n. 267 e il D.Lgs. 31 marzo 2023, n. 36;"]:
        para_tw(s)
    cen("D E T E R M I N A", "Times-Bold", 11.5, 18)
    for i, s in enumerate(["di affidare alla ditta Edil Sud Costruzioni s.r.l., con sede in Noicattaro, i lavori in oggetto per l'importo di € 86.215,40 oltre IVA;",
                           "di impegnare la spesa complessiva di € 94.836,94 sul capitolo 2810/4 del bilancio 2026-2028, esercizio 2026;",
                           "di dare atto che il Responsabile Unico del Progetto è l'ing. Vito Dell'Aera;",
                           "di trasmettere il presente atto al Settore II - Economico-Finanziario per l'apposizione del visto di regolarità contabile."], 1):
        c.setFont("Times-Roman", 11); c.drawString(L, y[0], "%d)" % i); para_tw(s, ind=20)
    y[0] -= 6; c.setFont("Times-Bold", 11); c.drawString(R - 200, y[0], "IL RESPONSABILE DEL SETTORE III"); y[0] -= 14
    c.setFont("Times-Roman", 11); c.drawString(R - 170, y[0], "ing. Nicola Lorusso")
    # footer with the general register
    c.setFont("Helvetica", 7.5); c.line(L, 52, R, 52)
    c.drawString(L, 42, "Determinazione Settore III n. 87/2026 - Registro Generale n. 412 del 15/04/2026"); c.drawRightString(R, 42, "Pag. 1 di 1")
    # protocol stamp rotated in the left margin
    c.saveState(); c.translate(34, 260); c.rotate(90); c.setStrokeColorRGB(.6, .1, .1); c.setFillColorRGB(.6, .1, .1)
    c.rect(-4, -6, 330, 28); c.setFont("Helvetica-Bold", 7.5); c.drawString(2, 12, "COMUNE DI CAPURSO - PROTOCOLLO GENERALE")
    c.setFont("Helvetica", 7.5); c.drawString(2, 2, "Prot. n. 7731 del 15/04/2026 - Cat. 6 Cl. 5 - USCITA"); c.restoreState()

if which == "fossalto":
    c.setTitle("det_liq_29_2026"); c.setCreator("Microsoft Word"); c.setProducer("Kibernetes PDF Printer 2.1")
    y[0] = H - 60
    for s, f, z, ld in [("COMUNE DI FOSSALTO", "Helvetica-Bold", 15, 15), ("Provincia di Campobasso", "Helvetica", 9.5, 12), ("Area Economico-Finanziaria", "Helvetica-Oblique", 10, 30)]:
        glyphs(s, (L + R) / 2 - SW(s, f, z) / 2, y[0], f, z); y[0] -= ld
    glyphs("DETERMINAZIONE DI LIQUIDAZIONE", L, y[0], "Helvetica-Bold", 12); y[0] -= 60
    glyphs("OGGETTO:", L, y[0], "Helvetica-Bold", 10)
    para_g("Liquidazione alla società Molise Acque Servizi s.r.l. del canone di manutenzione degli impianti di sollevamento idrico - primo trimestre 2026 - CIG Z4A3C9E012.", font="Helvetica-Bold", ind=56, after=10)
    glyphs("IL RESPONSABILE DELL'AREA", (L + R) / 2 - SW("IL RESPONSABILE DELL'AREA", "Helvetica-Bold", 10.5) / 2, y[0], "Helvetica-Bold", 10.5); y[0] -= 18
    for s in ["RICHIAMATA la propria determinazione n. 3 del 14/01/2026 con la quale è stato assunto l'impegno di spesa per il servizio di manutenzione degli impianti di sollevamento idrico per l'anno 2026;",
              "VISTA la fattura elettronica n. 112/PA del 07/04/2026 della società Molise Acque Servizi s.r.l., di € 3.904,00 IVA compresa, acquisita al protocollo n. 1288 del 08/04/2026;",
              "ACCERTATA la regolarità contributiva della ditta mediante DURC prot. INPS_50114783 con scadenza 19/07/2026;",
              "VISTO l'art. 184 del D.Lgs. 18 agosto 2000, n. 267;"]:
        para_g(s)
    s = "D I S P O N E"; glyphs(s, (L + R) / 2 - SW(s, "Helvetica-Bold", 10.5) / 2, y[0], "Helvetica-Bold", 10.5); y[0] -= 18
    for i, s in enumerate(["di liquidare alla società Molise Acque Servizi s.r.l. la somma di € 3.200,00 quale imponibile della fattura n. 112/PA del 07/04/2026;",
                           "di versare all'Erario l'IVA di € 704,00 in regime di scissione dei pagamenti;",
                           "di imputare la spesa al capitolo 1362 del bilancio 2026, impegno n. 31/2026."], 1):
        glyphs("%d." % i, L, y[0], "Helvetica", 10); para_g(s, ind=16)
    y[0] -= 10; glyphs("Il Responsabile dell'Area Economico-Finanziaria", R - 230, y[0], "Helvetica", 10); y[0] -= 13
    glyphs("dott.ssa Antonella Di Iorio", R - 190, y[0], "Helvetica-Oblique", 10)
    # register box drawn last, at the top right
    c.rect(R - 190, H - 150, 190, 46)
    glyphs("N. 29 del 09/04/2026 (Area)", R - 184, H - 118, "Helvetica", 9)
    glyphs("Reg. Gen. 211 del 10/04/2026", R - 184, H - 132, "Helvetica-Bold", 9)
    glyphs("Proposta n. 36 del 08/04/2026", R - 184, H - 144, "Helvetica", 8)

if which == "tufara":
    c.setTitle("Determinazione"); c.setCreator("APKappa - Hypersic"); c.setProducer("ReportLab PDF Library")
    def letterhead():
        c.beginForm("head"); c.setFont("Times-Bold", 15); c.drawCentredString(W / 2, H - 55, "COMUNE DI TUFARA")
        c.setFont("Times-Italic", 10); c.drawCentredString(W / 2, H - 69, "Provincia di Campobasso - Via Roma, 1 - 86010 Tufara")
        c.line(L, H - 78, R, H - 78); c.endForm()
        c.beginForm("foot"); c.setFont("Times-Roman", 7.5); c.line(L, 50, R, 50)
        c.drawString(L, 40, "Settore I - Amministrativo - Servizi Sociali  |  Determinazione n. 22 del 16/04/2026  |  R.G. n. 138 del 17/04/2026"); c.endForm()
    letterhead()
    def page(n, of):
        c.doForm("foot"); c.setFont("Times-Roman", 7.5); c.drawRightString(R, 30, "pagina %d di %d" % (n, of)); c.doForm("head")
    # page 1: body drawn before the heading block
    page(1, 2)
    y[0] = H - 250
    for s in ["PREMESSO che con deliberazione di Giunta Comunale n. 19 del 26/02/2026 sono stati approvati i criteri per l'erogazione di contributi economici straordinari ai nuclei familiari in condizione di disagio;",
              "VISTA l'istruttoria dell'Assistente Sociale, prot. n. 902 del 13/04/2026, con la quale sono stati individuati n. 7 beneficiari, elencati nell'allegato non pubblicato per ragioni di riservatezza;",
              "DATO ATTO che la spesa trova copertura sul capitolo 1890 del bilancio 2026 (impegno n. 48/2026);",
              "VISTI il D.Lgs. 267/2000, lo Statuto comunale e il Regolamento per la concessione di contributi;"]:
        para_tw(s)
    y[0] = H - 110
    c.setFont("Times-Bold", 12); c.drawString(L, y[0], "SETTORE I - AMMINISTRATIVO - SERVIZI SOCIALI"); y[0] -= 18
    c.setFont("Times-Roman", 11); c.drawString(L, y[0], "Determinazione n. 22 del 16/04/2026"); y[0] -= 22
    c.setFont("Times-Bold", 11); c.drawString(L, y[0], "Oggetto:")
    para_tw("Liquidazione contributi economici straordinari a sostegno dei nuclei familiari in condizione di disagio - primo quadrimestre 2026.", font="Times-Bold", ind=50, after=6)
    cen("IL RESPONSABILE DEL SETTORE", "Times-Bold", 11, 14)
    c.showPage()
    page(2, 2)
    y[0] = H - 110
    cen("DETERMINA", "Times-Bold", 11.5, 18)
    for i, s in enumerate(["di liquidare ai n. 7 beneficiari individuati nell'allegato riservato la somma complessiva di € 2.450,00;",
                           "di imputare la spesa al capitolo 1890 del bilancio 2026, impegno n. 48/2026;",
                           "di pubblicare il presente provvedimento all'Albo Pretorio on line omettendo i dati personali dei beneficiari."], 1):
        c.setFont("Times-Roman", 11); c.drawString(L, y[0], "%d." % i); para_tw(s, ind=18)
    y[0] -= 10; c.drawString(R - 190, y[0], "Il Responsabile del Settore I"); y[0] -= 14; c.drawString(R - 175, y[0], "sig.ra Lucia Mastropietro")
c.save()
