# Comune di Pizzighettone (CR): determinazione of the Area Tecnica, ReportLab canvas.
# Text layer: every line its own BT/ET with Tw (justification), headings letter-spaced with Tc;
# the two registers printed on one line.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
sys.path.insert(0, __import__("os").path.dirname(__file__))
from rlj import para, spaced

out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4)
c.setTitle("Determinazione Area Tecnica R.G. 287/2026"); c.setAuthor("Comune di Pizzighettone"); c.setCreator("SIPAL Web Atti 3.1")
W, H = A4; L = 62; R = W - 58; TW = R - L

def letterhead():
    c.setLineWidth(0.8); c.rect(L, H - 92, 46, 56)
    c.setFont("Helvetica", 6); c.drawCentredString(L + 23, H - 66, "STEMMA")
    spaced(c, "COMUNE DI PIZZIGHETTONE", L + 60, H - 56, "Helvetica-Bold", 15, 1.6)
    c.setFont("Helvetica", 9); c.drawString(L + 60, H - 70, "Provincia di Cremona")
    c.setFont("Helvetica", 7.5); c.drawString(L + 60, H - 82, "Piazza del Comune, 1 – 26026 Pizzighettone (CR) – tel. 0372 738411")
    c.line(L, H - 100, R, H - 100)

letterhead()
y = H - 122
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "AREA TECNICA"); y -= 13
c.setFont("Helvetica", 10); c.drawString(L, y, "Servizio Lavori Pubblici e Manutenzioni"); y -= 28
spaced(c, "DETERMINAZIONE", L, y, "Helvetica-Bold", 14, 4, TW); y -= 24
c.setFillGray(0.92); c.rect(L, y - 6, TW, 20, fill=1, stroke=1); c.setFillGray(0)
c.setFont("Helvetica", 10)
c.drawString(L + 8, y, "Registro generale n. 287 del 10/06/2026")
c.drawRightString(R - 8, y, "Registro di settore n. 58 del 09/06/2026")
y -= 30
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "OGGETTO:")
subj = ("LAVORI DI CONSOLIDAMENTO DELLA CINTA MURARIA – TRATTO DELLE CASEMATTE DI VIA GHISALBERTI – "
        "AFFIDAMENTO DIRETTO DEL SERVIZIO DI VERIFICA DEL PROGETTO ESECUTIVO AI SENSI DELL'ART. 50, COMMA 1, "
        "LETT. B) DEL D.LGS. 36/2023 – IMPEGNO DI SPESA – CUP G27B25000210004 – CIG B9F1A27C35")
y = para(c, subj, L + 62, y, TW - 62, "Helvetica-Bold", 10, 13)
y -= 14
spaced(c, "IL RESPONSABILE DELL'AREA TECNICA", L, y, "Helvetica-Bold", 10.5, 1.2, TW); y -= 20
body = [
 "Visto il decreto del Sindaco n. 3 del 08/01/2026 con il quale è stato conferito al sottoscritto l'incarico di Elevata Qualificazione dell'Area Tecnica per l'anno 2026;",
 "Richiamata la deliberazione della Giunta Comunale n. 52 del 14/05/2026, con la quale è stato approvato il progetto di fattibilità tecnico-economica dei lavori di consolidamento della cinta muraria nel tratto delle Casematte di via Ghisalberti, per un importo complessivo di euro 480.000,00, finanziato con contributo di Regione Lombardia;",
 "Considerato che il progetto esecutivo, redatto dall'RTP incaricato, deve essere sottoposto a verifica ai sensi dell'art. 42 del D.Lgs. 31 marzo 2023, n. 36 e dell'allegato I.7 al medesimo decreto, e che all'interno dell'ente non sono presenti professionalità abilitate;",
 "Dato atto che, interpellato tramite la piattaforma regionale di e-procurement, l'operatore economico Studio Tecnico Associato Verifiche Padane, con sede in Cremona, ha offerto per il servizio l'importo di euro 9.840,00 oltre contributo previdenziale e IVA, ritenuto congruo;",
 "Visti il D.Lgs. 18 agosto 2000, n. 267, lo Statuto comunale e il vigente Regolamento di contabilità;",
]
for b in body:
    y = para(c, b, L, y, TW, "Helvetica", 10, 13.2) - 5
y -= 6
spaced(c, "DETERMINA", L, y, "Helvetica-Bold", 11, 3, TW); y -= 20
pts = [
 "di affidare allo Studio Tecnico Associato Verifiche Padane, con sede in Cremona, via Dante n. 41, il servizio di verifica del progetto esecutivo dei lavori indicati in oggetto, per l'importo di euro 9.840,00 oltre contributo previdenziale 4% ed IVA 22%, per complessivi euro 12.485,18;",
 "di impegnare la spesa di euro 12.485,18 al capitolo 20150.03 del bilancio di previsione 2026-2028, esercizio 2026;",
 "di dare atto che il contratto sarà stipulato mediante corrispondenza secondo l'uso commerciale ai sensi dell'art. 18, comma 1, del D.Lgs. 36/2023;",
 "di disporre la pubblicazione del presente provvedimento all'Albo Pretorio on line e nella sezione \"Amministrazione trasparente\".",
]
for i, p in enumerate(pts, 1):
    if y < 120:
        c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 30, "Determinazione R.G. n. 287/2026 – pag. 1 di 2"); c.showPage(); letterhead(); y = H - 130
    c.setFont("Helvetica", 10); c.drawString(L, y, f"{i}."); y = para(c, p, L + 18, y, TW - 18, "Helvetica", 10, 13.2) - 5
y -= 20
c.setFont("Helvetica", 10); c.drawString(L, y, "Pizzighettone, 10/06/2026")
c.drawCentredString(R - 110, y, "IL RESPONSABILE DELL'AREA TECNICA"); y -= 14
c.drawCentredString(R - 110, y, "arch. Davide Ferrari"); y -= 12
c.setFont("Helvetica-Oblique", 7.5); c.drawCentredString(R - 110, y, "documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
y -= 36
c.setFont("Helvetica-Bold", 9); c.drawString(L, y, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"); y -= 13
y = para(c, "Si appone il visto di regolarità contabile attestante la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 611/2026. Pizzighettone, 10/06/2026. Il Responsabile dell'Area Economico-Finanziaria rag. Laura Cavalli.", L, y, TW, "Helvetica", 9, 11.5)
c.setFont("Helvetica", 7.5); c.drawCentredString(W / 2, 30, "Determinazione R.G. n. 287/2026 – pag. 1 di 1")
c.showPage(); c.save()
