"""Determinazione di liquidazione del Comune di Narni - Siscom style drawn with the ReportLab canvas:
a grey margin column of labels (Settore, Servizio, Registro generale, Registro di settore, Data, Oggetto)
beside the values, liquidation table, 'Pag. x di y' and the number repeated at the foot."""
from common import *
from reportlab.lib.utils import simpleSplit
from reportlab.lib import colors

fonts()
SUBJ = ("Liquidazione fattura n. 2025/FE/318 del 31/10/2025 alla ditta Umbra Servizi Ambientali S.r.l. per il "
        "servizio di sfalcio e manutenzione del verde pubblico - periodo luglio-settembre 2025. CIG B21C7F08D4.")
PAGES = []

class Doc:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4)
        self.c.setTitle("Determinazione n. 1544 del 10/12/2025")
        self.page = 1
        self.y = 0
    def foot(self, total):
        pass

def wrap(c, text, x, y, w, font="Times-Roman", size=10.5, lead=13.5, justify=False):
    lines = simpleSplit(text, font, size, w)
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        if justify and i < len(lines) - 1:
            words = ln.split(" ")
            if len(words) > 1:
                tw = sum(c.stringWidth(wd, font, size) for wd in words)
                gap = (w - tw) / (len(words) - 1)
                xx = x
                for wd in words:
                    c.drawString(xx, y, wd)
                    xx += c.stringWidth(wd, font, size) + gap
                y -= lead
                continue
        c.drawString(x, y, ln)
        y -= lead
    return y

def build():
    path = out("determina-narni-siscom.pdf")
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("Determinazione n. 1544 del 10/12/2025")
    W, H = A4
    L, R = 20 * mm, 190 * mm
    TOTAL = 2

    def foot(n):
        c.setFont("Times-Italic", 8)
        c.line(L, 15 * mm, R, 15 * mm)
        c.drawString(L, 11 * mm, "Comune di Narni - Determinazione n. 1544 del 10/12/2025 - Settore Economico-Finanziario")
        c.drawRightString(R, 11 * mm, "Pag. %d di %d" % (n, TOTAL))

    # letterhead
    c.setFont("Times-Bold", 17)
    c.drawCentredString(W / 2, H - 22 * mm, "COMUNE DI NARNI")
    c.setFont("Times-Roman", 10)
    c.drawCentredString(W / 2, H - 27 * mm, "Provincia di Terni")
    c.setLineWidth(1.2)
    c.line(L, H - 30 * mm, R, H - 30 * mm)
    # margin column box
    top = H - 35 * mm
    labw = 42 * mm
    rows = [("Settore", "SETTORE ECONOMICO-FINANZIARIO"),
            ("Servizio", "Servizio Ragioneria e Bilancio"),
            ("Registro generale", "N. 1544"),
            ("Registro di settore", "N. 318"),
            ("Data", "10/12/2025"),
            ("Oggetto", SUBJ)]
    y = top
    c.setLineWidth(0.5)
    for lab, val in rows:
        vw = R - L - labw - 6 * mm
        font = "Times-Bold" if lab in ("Registro generale", "Oggetto") else "Times-Roman"
        lines = simpleSplit(val, font, 10.5, vw)
        h = max(1, len(lines)) * 13 + 6
        c.setFillColor(colors.HexColor("#DDDDDD"))
        c.rect(L, y - h, labw, h, stroke=1, fill=1)
        c.setFillColor(colors.black)
        c.rect(L + labw, y - h, R - L - labw, h, stroke=1, fill=0)
        c.setFont("Times-Roman", 9)
        c.drawString(L + 2 * mm, y - 12, lab.upper())
        yy = y - 13
        c.setFont(font, 10.5)
        for ln in lines:
            c.drawString(L + labw + 3 * mm, yy, ln)
            yy -= 13
        y -= h
    y -= 10 * mm
    c.setFont("Times-Bold", 11)
    c.drawCentredString(W / 2, y, "DETERMINAZIONE DI LIQUIDAZIONE")
    y -= 8 * mm
    c.drawCentredString(W / 2, y, "IL RESPONSABILE DEL SETTORE")
    y -= 7 * mm
    paras = [
        "Premesso che con determinazione n. 912 del 18/06/2025 (Reg. Settore n. 141) del Settore Lavori Pubblici "
        "e Ambiente è stato affidato alla ditta Umbra Servizi Ambientali S.r.l., con sede in Terni, il servizio "
        "di sfalcio e manutenzione del verde pubblico per il periodo 01/07/2025 - 31/12/2025, assumendo "
        "l'impegno di spesa n. 1031/2025 di Euro 58.560,00 IVA compresa;",
        "Vista la fattura elettronica n. 2025/FE/318 del 31/10/2025, acquisita al protocollo generale dell'Ente "
        "al n. 31877 del 03/11/2025, dell'importo di Euro 29.280,00 (imponibile Euro 24.000,00, IVA Euro "
        "5.280,00 in regime di scissione dei pagamenti);",
        "Vista l'attestazione di regolare esecuzione del servizio rilasciata dal Responsabile del Settore Lavori "
        "Pubblici e Ambiente in data 28/11/2025;",
        "Accertata la regolarità contributiva della ditta mediante DURC prot. INAIL_50219733 con scadenza "
        "02/03/2026 e verificato, ai sensi dell'art. 48-bis del D.P.R. 602/1973, che la ditta non risulta "
        "inadempiente;",
        "Visti gli artt. 184 e 185 del D.Lgs. 267/2000 e il Regolamento di contabilità approvato con deliberazione "
        "del Consiglio Comunale n. 40 del 30/07/2018;",
    ]
    for p in paras:
        y = wrap(c, p, L, y, R - L, justify=True) - 4
    y -= 2 * mm
    c.setFont("Times-Bold", 11)
    c.drawCentredString(W / 2, y, "D E T E R M I N A")
    y -= 7 * mm
    pts = [
        "di liquidare alla ditta Umbra Servizi Ambientali S.r.l. (P.IVA 01548720558) la somma di Euro 24.000,00 "
        "a titolo di imponibile della fattura in premessa, mediante bonifico sul conto dedicato comunicato ai "
        "sensi della L. 136/2010;",
        "di versare all'Erario l'IVA di Euro 5.280,00 secondo le modalità dello split payment (art. 17-ter del "
        "D.P.R. 633/1972);",
    ]
    for i, p in enumerate(pts, 1):
        c.setFont("Times-Roman", 10.5)
        c.drawString(L + 3 * mm, y, "%d." % i)
        y = wrap(c, p, L + 9 * mm, y, R - L - 9 * mm, justify=True) - 3
    foot(1)
    c.showPage()
    y = H - 22 * mm
    c.setFont("Times-Italic", 8)
    c.drawString(L, H - 12 * mm, "Segue determinazione n. 1544 del 10/12/2025")
    pts2 = [
        "di imputare la spesa complessiva di Euro 29.280,00 alla missione 09, programma 02, capitolo 1520/10 del "
        "bilancio 2025/2027, esercizio 2025, impegno n. 1031/2025;",
        "di trasmettere il presente atto al Servizio Ragioneria per l'emissione del mandato di pagamento.",
    ]
    for i, p in enumerate(pts2, 3):
        c.setFont("Times-Roman", 10.5)
        c.drawString(L + 3 * mm, y, "%d." % i)
        y = wrap(c, p, L + 9 * mm, y, R - L - 9 * mm, justify=True) - 3
    # liquidation table
    y -= 6 * mm
    c.setFont("Times-Bold", 9.5)
    heads = ["Creditore", "Fattura", "Impegno", "Capitolo", "Importo"]
    xs = [L, L + 60 * mm, L + 95 * mm, L + 120 * mm, L + 145 * mm]
    c.rect(L, y - 22, R - L, 36)
    for x, h in zip(xs, heads):
        c.drawString(x + 2, y, h)
    c.line(L, y - 4, R, y - 4)
    c.setFont("Times-Roman", 9.5)
    for x, v in zip(xs, ["Umbra Servizi Ambientali S.r.l.", "2025/FE/318", "1031/2025", "1520/10", "Euro 29.280,00"]):
        c.drawString(x + 2, y - 16, v)
    y -= 40
    c.setFont("Times-Roman", 10.5)
    c.drawString(L, y, "Narni, 10/12/2025")
    c.setFont("Times-Bold", 10.5)
    c.drawCentredString(145 * mm, y, "IL RESPONSABILE DEL SETTORE")
    c.setFont("Times-Roman", 10.5)
    c.drawCentredString(145 * mm, y - 14, "Dott. Marco Bernardini")
    c.setFont("Times-Italic", 8.5)
    c.drawCentredString(145 * mm, y - 26, "(firmato digitalmente ai sensi dell'art. 24 del D.Lgs. 82/2005)")
    y -= 50
    c.setFont("Times-Bold", 10)
    c.drawString(L, y, "ATTESTAZIONE DI PUBBLICAZIONE")
    y = wrap(c, "La presente determinazione viene pubblicata all'Albo Pretorio on line del Comune di Narni dal "
                "12/12/2025 al 27/12/2025, registro pubblicazioni n. 2904/2025.", L, y - 14, R - L, size=10)
    foot(2)
    c.showPage()
    c.save()

if __name__ == "__main__":
    build()
