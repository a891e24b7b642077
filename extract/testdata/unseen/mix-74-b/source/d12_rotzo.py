# Comune di Rotzo: reportlab; letterhead and footer are Form XObjects used on both pages;
# blocks drawn out of reading order (signatures and visto first, heading last)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
c = canvas.Canvas(sys.argv[1], pagesize=A4); W, H = A4; L = 58; R = W - 58
c.setCreator("Apkappa – Hypersic Atti"); c.setTitle("Determinazione 49/2026")
c.beginForm("lh"); c.setFont("Helvetica-Bold", 15); c.drawString(L + 50, H - 62, "COMUNE DI ROTZO")
c.setFont("Helvetica", 9); c.drawString(L + 50, H - 75, "Provincia di Vicenza – Altopiano dei Sette Comuni"); c.circle(L + 20, H - 65, 18)
c.line(L, H - 90, R, H - 90); c.endForm()
c.beginForm("ft"); c.setFont("Helvetica", 7); c.drawString(L, 30, "Piazza Marconi, 1 – 36010 Rotzo (VI) – documento generato con Hypersic (Apkappa)"); c.line(L, 40, R, 40); c.endForm()
def lines(t, font, sz, w):
    out = []; cur = []
    for x in t.split():
        if stringWidth(" ".join(cur + [x]), font, sz) > w and cur: out.append(" ".join(cur)); cur = [x]
        else: cur.append(x)
    return out + [" ".join(cur)]
def block(y, t, font="Helvetica", sz=10, lead=13.5):
    c.setFont(font, sz)
    for ln in lines(t, font, sz, R - L): c.drawString(L, y, ln); y -= lead
    return y - 5
# page 1: body first, then heading and register box at the top
y = H - 250
y = block(y, "IL RESPONSABILE DEL SERVIZIO TECNICO", "Helvetica-Bold")
y = block(y, "Premesso che il fabbricato comunale denominato \"ex malga Larici\" necessita di una verifica della vulnerabilità sismica propedeutica alla richiesta di contributo regionale; considerato che all'interno dell'ente non sono presenti professionalità idonee; acquisito tramite la piattaforma telematica il preventivo dell'ing. Nicola Slaviero di Asiago per euro 8.900,00 oltre contributi previdenziali e IVA; visto l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023;")
y = block(y, "DETERMINA", "Helvetica-Bold")
for i, t in enumerate(["di affidare all'ing. Nicola Slaviero di Asiago il servizio di verifica della vulnerabilità sismica del fabbricato \"ex malga Larici\";",
                       "di impegnare la somma complessiva di euro 11.292,32 al capitolo 2105/3 del bilancio 2026;",
                       "di dare atto che il CIG è B5C03A9E18 e che il contratto è stipulato mediante scambio di lettere commerciali."], 1):
    y = block(y, f"{i}. {t}")
c.setFont("Helvetica-Bold", 10)
c.drawString(L, H - 200, "OGGETTO: AFFIDAMENTO DIRETTO DEL SERVIZIO DI VERIFICA DELLA VULNERABILITÀ SISMICA")
c.drawString(L, H - 213, "DEL FABBRICATO COMUNALE \"EX MALGA LARICI\". CIG B5C03A9E18.")
c.rect(L, H - 180, R - L, 70)
c.setFont("Helvetica", 10)
c.drawString(L + 8, H - 128, "SERVIZIO TECNICO – Area Lavori Pubblici e Patrimonio")
c.drawString(L + 8, H - 144, "DETERMINAZIONE N. 49 / REG. GEN.        N. 12 / SERVIZIO TECNICO")
c.drawString(L + 8, H - 160, "del 13 marzo 2026              Proposta n. 55 dell'11 marzo 2026")
c.doForm("ft"); c.doForm("lh"); c.showPage()
# page 2: visto first, then signature
c.setFont("Helvetica", 10)
c.drawString(L, H - 240, "Impegno n. 152/2026 – capitolo 2105/3 – euro 11.292,32.")
c.drawString(L, H - 254, "Rotzo, 16 marzo 2026        Il Responsabile del Servizio Finanziario – dott.ssa Irene Sartori")
c.setFont("Helvetica-Bold", 10); c.drawString(L, H - 225, "VISTO DI REGOLARITÀ CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA")
c.setFont("Helvetica", 10); c.drawString(330, H - 150, "arch. Davide Frigo")
c.drawString(330, H - 136, "Il Responsabile del Servizio Tecnico")
c.doForm("lh"); c.doForm("ft"); c.showPage(); c.save()
