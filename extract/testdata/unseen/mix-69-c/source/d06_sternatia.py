# Sternatia: print of a digitally signed determinazione, with the signature's appearance page at the end (reportlab).
# Letterhead and foot are Form XObjects reused on every page; justified lines set Tw; a rotated note runs up the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 72, W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setCreator("Sfera DocSign – stampa documento firmato"); c.setTitle("Determinazione R.G. n. 203 del 06/05/2026")
c.beginForm("lh")
c.setFont("Times-Bold", 16); c.drawCentredString(W/2, H-55, "COMUNE DI STERNATIA")
c.setFont("Times-Italic", 10); c.drawCentredString(W/2, H-69, "Chora Sternatia – Grecìa Salentina – Provincia di Lecce")
c.setLineWidth(0.7); c.line(L, H-78, R, H-78)
c.endForm()
c.beginForm("foot")
c.setFont("Helvetica", 7); c.drawCentredString(W/2, 28, "Via Mons. Luigi Giuseppe Renna, 3 – 73010 Sternatia (LE) – protocollo@pec.comune.sternatia.le.it")
c.endForm()
y = [0]
def page_start(first=False):
    c.doForm("foot")
    c.saveState(); c.translate(40, 120); c.rotate(90); c.setFont("Helvetica", 6.5); c.setFillGray(0.35)
    c.drawString(0, 0, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 s.m.i. e norme collegate – Determinazione R.G. n. 203/2026")
    c.restoreState()
    c.doForm("lh"); y[0] = H - 105
def para(text, font="Times-Roman", size=11, lead=14, indent=0, after=5, first=0):
    words = text.split(); lines = []; cur = []
    for w in words:
        mw = R - L - indent - (first if not lines else 0)
        if cur and stringWidth(" ".join(cur + [w]), font, size) > mw: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        if y[0] < 70: c.showPage(); page_start()
        x0 = L + indent + (first if i == 0 else 0); mw = R - x0
        t = c.beginText(x0, y[0]); t.setFont(font, size); s = " ".join(ln)
        t.setWordSpace((mw - stringWidth(s, font, size)) / (len(ln) - 1) if i < len(lines) - 1 and len(ln) > 1 else 0)
        t.textOut(s); t.setWordSpace(0); c.drawText(t); y[0] -= lead
    y[0] -= after
def centre(s, font="Times-Bold", size=11.5, after=16):
    c.setFont(font, size); c.drawCentredString(W/2, y[0], s); y[0] -= after
page_start(True)
centre("SETTORE AFFARI GENERALI – Servizi Sociali e Pubblica Istruzione", "Times-Bold", 10.5, 22)
centre("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE", "Times-Bold", 12.5, 20)
c.setFont("Times-Roman", 10.5)
c.rect(L, y[0]-22, R-L, 34)
c.drawString(L+8, y[0], "Registro Generale n. 203 del 06/05/2026"); c.drawRightString(R-8, y[0], "Registro di Settore n. 58 del 05/05/2026")
c.drawString(L+8, y[0]-15, "Proposta n. 71 del 04/05/2026"); c.drawRightString(R-8, y[0]-15, "Responsabile del procedimento: sig.ra Cosima Fiorentino")
y[0] -= 48
c.setFont("Times-Bold", 11); c.drawString(L, y[0], "OGGETTO:")
para("Servizio di refezione scolastica per la scuola dell'infanzia e primaria – Liquidazione della fattura n. 114/PA del 30/04/2026 alla ditta Ristorazione Salentina S.r.l. per il mese di aprile 2026 – CIG B4A71E93C2.", "Times-Bold", 11, 14, first=64, after=10)
centre("IL RESPONSABILE DEL SETTORE", "Times-Bold", 11, 16)
for s in ["Visto il decreto sindacale n. 2 del 08/01/2026, con il quale è stata attribuita alla sottoscritta la responsabilità del Settore Affari Generali;",
  "Richiamata la propria determinazione R.G. n. 512 del 12/09/2025, con la quale il servizio di refezione scolastica per l'anno scolastico 2025/2026 è stato affidato alla ditta Ristorazione Salentina S.r.l., con sede in Martano (LE), e con la quale è stata impegnata la relativa spesa;",
  "Vista la fattura elettronica n. 114/PA del 30/04/2026, acquisita al protocollo n. 2390 del 02/05/2026, dell'importo di euro 9.436,80 comprensivo di IVA al 4 per cento, relativa a n. 2.160 pasti erogati nel mese di aprile 2026;",
  "Accertata la regolarità della prestazione e verificata la regolarità contributiva della ditta (DURC prot. INPS_50117342, valido fino al 21/08/2026);",
  "Dato atto che il pagamento è soggetto alla scissione dei pagamenti ai sensi dell'art. 17-ter del D.P.R. 633/1972;",
  "Visti il D.Lgs. 18 agosto 2000, n. 267, e in particolare gli artt. 107 e 184, e il vigente Regolamento di contabilità;"]:
    para(s)
centre("D E T E R M I N A", "Times-Bold", 11.5, 16)
for i, s in enumerate(["di liquidare alla ditta Ristorazione Salentina S.r.l. (P.IVA 04781230751) la somma di euro 9.073,85 a titolo di imponibile relativo alla fattura n. 114/PA del 30/04/2026;",
  "di versare all'Erario l'IVA di euro 362,95 secondo il meccanismo della scissione dei pagamenti;",
  "di imputare la spesa complessiva di euro 9.436,80 alla missione 4, programma 6, capitolo 1874 del bilancio 2026, impegno n. 2026/94;",
  "di trasmettere il presente atto al Settore Economico-Finanziario per l'emissione del mandato di pagamento."], 1):
    c.setFont("Times-Roman", 11); c.drawString(L, y[0], "%d)" % i); para(s, indent=18)
y[0] -= 10
c.setFont("Times-Roman", 11); c.drawCentredString(R-110, y[0], "IL RESPONSABILE DEL SETTORE"); c.drawCentredString(R-110, y[0]-15, "dott.ssa Anna Maria Greco")
c.setFont("Times-Italic", 8.5); c.drawCentredString(R-110, y[0]-28, "(firmato digitalmente)")
# last page: the signature's appearance page
c.showPage(); c.doForm("foot")
c.setFont("Helvetica-Bold", 13); c.drawString(L, H-80, "Dettagli firma digitale")
c.setFont("Helvetica", 9); c.drawString(L, H-96, "Documento: DT_SAG_203_2026.pdf – formato di firma PAdES-BES")
c.setStrokeColorRGB(0.2, 0.35, 0.6); c.setLineWidth(1.2); c.roundRect(L, H-330, R-L, 215, 8)
rows = [("Firmatario", "GRECO ANNA MARIA"), ("Codice fiscale", "TINIT-GRCNMR71E52I930K"), ("Ruolo", "Responsabile del Settore Affari Generali"),
        ("Ente di appartenenza", "Comune di Sternatia"), ("Certificato emesso da", "InfoCert Firma Qualificata 2 (IT)"),
        ("Numero di serie", "01 4B 7A 93 2C E1 55 0D"), ("Validità certificato", "dal 14/02/2024 al 14/02/2027"),
        ("Data e ora della firma", "06/05/2026 11:02:37 (UTC+02:00)"), ("Esito verifica", "Firma valida – certificato non revocato"),
        ("Impronta (SHA-256)", "3e51b0c9a7d4f2861e0b5c93a17d4e28f60c9b13a52e7d8f4c01b96a3d2e7f05")]
yy = H - 140
for k, v in rows:
    c.setFont("Helvetica-Bold", 9); c.drawString(L+14, yy, k); c.setFont("Courier" if "Impronta" in k else "Helvetica", 8 if "Impronta" in k else 9.5); c.drawString(L+150, yy, v); yy -= 19
c.setFont("Helvetica-Oblique", 8)
c.drawString(L, H-350, "La presente pagina riproduce l'aspetto della firma digitale apposta al documento originale informatico;")
c.drawString(L, H-362, "la validità della firma va verificata sul file originale con un software di verifica conforme al Regolamento eIDAS.")
c.save()
