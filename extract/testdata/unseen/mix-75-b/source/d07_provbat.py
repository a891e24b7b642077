# Provincia di Barletta Andria Trani: determinazione; every glyph placed with its own Tm + Tj,
# justified lines by moving glyphs; Albo stamp rotated 90 degrees along the left margin. reportlab.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]; W, H = A4
c = canvas.Canvas(out, pagesize=A4)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Determinazione Reg. Gen. 311")
L, R = 70, W - 60
def glyphs(x, y, s, font, size, extra=0.0):
    # one text object, one Tm and one Tj per glyph
    t = c.beginText(); t.setFont(font, size)
    for ch in s:
        t.setTextOrigin(x, y); t.textOut(ch)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
    c.drawText(t)
def centre(y, s, font, size): glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size)
def para(y, s, font="Times-Roman", size=11, lead=14, indent=0):
    lines = simpleSplit(s, font, size, R - L - indent)
    for i, ln in enumerate(lines):
        n = ln.count(" ")
        ex = (R - L - indent - stringWidth(ln, font, size)) / n if (i < len(lines) - 1 and n) else 0
        glyphs(L + indent, y, ln, font, size, ex); y -= lead
    return y - 4
centre(H - 58, "PROVINCIA DI BARLETTA - ANDRIA - TRANI", "Times-Bold", 15)
centre(H - 74, "Piazza San Pio X, 9 – 76123 Andria (BT)", "Times-Roman", 9)
c.line(L, H - 82, R, H - 82)
centre(H - 100, "SETTORE RISORSE UMANE, ORGANIZZAZIONE E AFFARI GENERALI", "Times-Bold", 11)
centre(H - 114, "Servizio Reclutamento e Gestione Giuridica del Personale", "Times-Italic", 10.5)
centre(H - 146, "DETERMINAZIONE DIRIGENZIALE", "Times-Bold", 13)
centre(H - 163, "Reg. Gen. 311 del 12.3.2026", "Times-Bold", 11)
centre(H - 177, "(Reg. Settore n. 44 del 10.3.2026)", "Times-Roman", 10)
y = H - 206
glyphs(L, y, "OGGETTO:", "Times-Bold", 11)
y = para(y, "Approvazione dell'avviso pubblico di mobilità esterna volontaria, ai sensi dell'art. 30 del D.Lgs. 165/2001, per la copertura di n. 2 posti di Istruttore Direttivo Tecnico – Area dei Funzionari e dell'Elevata Qualificazione – a tempo pieno e indeterminato.", "Times-Bold", 11, indent=58)
y -= 6
centre(y, "IL DIRIGENTE", "Times-Bold", 11); y -= 20
for s in [
 "Premesso che con decreto presidenziale n. 9 del 30 gennaio 2026 è stato approvato il Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028, sezione Piano triennale dei fabbisogni di personale, che prevede per l'anno 2026 la copertura di n. 2 posti di Istruttore Direttivo Tecnico mediante mobilità esterna;",
 "Vista la nota prot. n. 3318 del 17 febbraio 2026 con la quale il Dipartimento della Funzione Pubblica ha comunicato l'esito negativo della procedura di cui all'art. 34-bis del D.Lgs. 165/2001;",
 "Visti il D.Lgs. 267/2000, il D.Lgs. 165/2001, il CCNL Funzioni Locali 16 novembre 2022 e il Regolamento provinciale per l'accesso agli impieghi;",
 "Ritenuto di dover provvedere in merito;"]:
    y = para(y, s)
centre(y - 2, "D E T E R M I N A", "Times-Bold", 11); y -= 22
for i, s in enumerate([
 "di approvare l'avviso pubblico di mobilità esterna volontaria per la copertura di n. 2 posti di Istruttore Direttivo Tecnico, allegato al presente atto quale parte integrante e sostanziale;",
 "di disporre la pubblicazione dell'avviso all'Albo pretorio on line, sul sito istituzionale nella sezione \"Amministrazione Trasparente – Bandi di concorso\" e sul portale inPA per trenta giorni consecutivi;",
 "di dare atto che il presente provvedimento non comporta impegno di spesa."], 1):
    glyphs(L, y, "%d)" % i, "Times-Roman", 11)
    y = para(y, s, indent=20)
y -= 16
glyphs(R - 190, y, "IL DIRIGENTE DEL SETTORE", "Times-Roman", 11); y -= 14
glyphs(R - 190, y, "dott.ssa Rossella Lamonaca", "Times-Bold", 11)
# rotated Albo stamp in the left margin
c.saveState(); c.translate(36, 150); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6)
c.rect(-4, -12, 470, 26)
c.setFont("Helvetica", 8)
c.drawString(4, 3, "ALBO PRETORIO ON LINE – Provincia BAT – Pubblicazione n. 1022/2026")
c.drawString(4, -7, "Pubblicato dal 13/03/2026 al 28/03/2026 – documento firmato digitalmente")
c.restoreState()
c.showPage(); c.save()
