# Comune di Lozzo Atestino: reportlab; justified lines set Tw, headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L = 60; R = W - 60; y = H - 60
def spaced(t, sz, font="Helvetica-Bold", tc=2.2):
    global y
    o = c.beginText(); o.setFont(font, sz); o.setCharSpace(tc)
    w = stringWidth(t, font, sz) + tc * len(t); o.setTextOrigin((W - w) / 2, y); o.textOut(t); c.drawText(o); y -= sz + 6
def para(t, font="Helvetica", sz=10, lead=13.5):
    global y
    words = t.split(); lines = []; cur = []
    for w in words:
        if stringWidth(" ".join(cur + [w]), font, sz) > R - L and cur: lines.append(cur); cur = [w]
        else: cur.append(w)
    lines.append(cur)
    for i, ln in enumerate(lines):
        s = " ".join(ln); o = c.beginText(); o.setFont(font, sz); o.setCharSpace(0); o.setTextOrigin(L, y)
        if i < len(lines) - 1 and len(ln) > 1: o.setWordSpace((R - L - stringWidth(s, font, sz)) / (len(ln) - 1))
        o.textOut(s); c.drawText(o); y -= lead
    y -= 4
spaced("COMUNE DI LOZZO ATESTINO", 15); spaced("PROVINCIA DI PADOVA", 9, "Helvetica", 1.5)
c.line(L, y + 2, R, y + 2); y -= 14
para("AREA AMMINISTRATIVA – Servizio Segreteria e Affari Generali", "Helvetica-Bold")
c.rect(L, y - 30, R - L, 40)
para("Registro generale n. 63 del 23/02/2026          Numero di area: 11 del 23/02/2026", "Helvetica", 10)
para("Proposta n. 71 del 20/02/2026", "Helvetica", 10); y -= 6
spaced("DETERMINAZIONE", 12)
para("OGGETTO: LIQUIDAZIONE DEL CONTRIBUTO ORDINARIO ANNO 2025 ALL'ASSOCIAZIONE PRO LOCO LOZZO ATESTINO PER LE ATTIVITÀ DI PROMOZIONE DEL TERRITORIO DEI COLLI EUGANEI.", "Helvetica-Bold")
para("IL RESPONSABILE DELL'AREA AMMINISTRATIVA", "Helvetica-Bold")
para("Richiamata la deliberazione della Giunta comunale n. 88 del 27/11/2025 con la quale è stato concesso all'Associazione Pro Loco Lozzo Atestino un contributo ordinario di euro 3.200,00 per le attività di promozione del territorio svolte nell'anno 2025; richiamata la propria determinazione n. 402 del 15/12/2025 di impegno della spesa; vista la rendicontazione presentata dall'Associazione con nota prot. n. 1187 del 10/02/2026, corredata dai giustificativi di spesa per complessivi euro 4.915,30; ritenuto di procedere alla liquidazione;")
spaced("DETERMINA", 11)
para("1. di liquidare all'Associazione Pro Loco Lozzo Atestino, C.F. 91002870284, la somma di euro 3.200,00 a saldo del contributo ordinario per l'anno 2025, mediante bonifico sul conto corrente dedicato;")
para("2. di imputare la spesa all'impegno n. 1021/2025, capitolo 7340 \"Contributi ad associazioni turistiche\", gestione residui;")
para("3. di dare atto che il contributo non è soggetto alla ritenuta del 4% di cui all'art. 28 del D.P.R. 600/1973.")
y -= 10; c.setFont("Helvetica", 10)
c.drawCentredString(420, y, "Il Responsabile dell'Area Amministrativa"); c.drawCentredString(420, y - 13, "dott.ssa Elisa Bertin"); y -= 50
c.line(L, y + 12, R, y + 12)
para("VISTO DI REGOLARITÀ CONTABILE – Si attesta la regolarità contabile della liquidazione. Mandato da emettere sull'impegno n. 1021/2025. Lozzo Atestino, 24/02/2026. Il Responsabile dell'Area Finanziaria, rag. Giorgio Zanon.", "Helvetica", 9, 12)
c.setFont("Helvetica", 7); c.drawString(L, 30, "Halley Veneto – Atti amministrativi – documento firmato digitalmente")
c.setTitle("Determinazione 63/2026"); c.save()
