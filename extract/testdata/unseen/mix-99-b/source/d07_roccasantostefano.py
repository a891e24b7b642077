# Rocca Santo Stefano (RM): ReportLab canvas; every glyph placed with its own BT/Tm/Tj/ET,
# justified lines made by spreading glyphs; Albo stamp rotated 90 degrees in the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4, pageCompression=0)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Deliberazione C.C. n. 3/2026")
W, Hh = A4; LM, RM = 70, W - 60
y = Hh - 60
def glyphs(x, y, s, font, size):
    for ch in s:
        c.setFont(font, size); c.drawString(x, y, ch); x += stringWidth(ch, font, size)
    return x
def line(s, font="Times-Roman", size=10.5, center=False, just=False):
    global y
    w = stringWidth(s, font, size)
    if center:
        glyphs((W - w) / 2, y, s, font, size)
    elif just and s.count(" "):
        extra = (RM - LM - w) / s.count(" "); x = LM
        for ch in s:
            c.setFont(font, size); c.drawString(x, y, ch); x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
    else:
        glyphs(LM, y, s, font, size)
    y -= size * 1.32
def para(text, font="Times-Roman", size=10.5):
    words = text.split(); cur = ""
    for wd in words:
        t = (cur + " " + wd).strip()
        if stringWidth(t, font, size) > RM - LM:
            line(cur, font, size, just=True); cur = wd
        else:
            cur = t
    line(cur, font, size); globals()["y"] -= 3
line("COMUNE DI ROCCA SANTO STEFANO", "Times-Bold", 15, center=True)
line("Città Metropolitana di Roma Capitale", "Times-Italic", 10.5, center=True)
y -= 8
line("DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 3 DEL 20/03/2026", "Times-Bold", 11.5, center=True)
y -= 4
para("OGGETTO: Approvazione aliquote e detrazioni dell'Imposta Municipale Propria (IMU) per l'anno 2026.", "Times-Bold", 10.5)
para("L'anno duemilaventisei, il giorno venti del mese di marzo alle ore 20:15, nella sala consiliare del Comune, convocato nei modi di legge, si è riunito il Consiglio Comunale in sessione ordinaria e in seduta pubblica di seconda convocazione. Dall'appello risultano presenti/assenti i signori:")
roll = [("Coluzzi Sandro", "Sindaco", "SI"), ("Bernardi Elisa", "Consigliere", "SI"), ("Pietrangeli Marco", "Consigliere", "NO"),
        ("Colagrossi Ilaria", "Consigliere", "SI"), ("Mariani Fabio", "Consigliere", "SI"), ("Tozzi Roberta", "Consigliere", "NO"),
        ("Iacobucci Paolo", "Consigliere", "SI"), ("Fiorini Sabrina", "Consigliere", "SI"), ("Ciarla Emanuele", "Consigliere", "NO"),
        ("De Angelis Mirko", "Consigliere", "SI"), ("Pompili Chiara", "Consigliere", "SI")]
glyphs(LM, y, "Cognome e Nome", "Helvetica-Bold", 9); glyphs(LM + 150, y, "Carica", "Helvetica-Bold", 9); glyphs(LM + 250, y, "Presente", "Helvetica-Bold", 9)
y -= 13
for n, r, p in roll:
    glyphs(LM, y, n, "Helvetica", 9); glyphs(LM + 150, y, r, "Helvetica", 9); glyphs(LM + 262, y, p, "Helvetica", 9); y -= 12
y -= 2
line("PRESENTI: 8     ASSENTI: 3", "Helvetica-Bold", 9)
para("Presiede il Sindaco Sandro Coluzzi. Partecipa il Segretario Comunale dott.ssa Federica Ianni. Il Presidente, constatato che gli intervenuti sono in numero legale per la seduta di seconda convocazione, dichiara aperta la seduta.")
line("IL CONSIGLIO COMUNALE", "Times-Bold", 11, center=True)
para("VISTA la legge 27 dicembre 2019, n. 160, art. 1, commi da 739 a 783; VISTO il prospetto delle aliquote elaborato dal Servizio Tributi; ACQUISITO il parere favorevole del Revisore dei conti (verbale n. 4 del 16/03/2026); con voti favorevoli n. 6, contrari nessuno, astenuti n. 2 (De Angelis Mirko, Pompili Chiara) su n. 8 consiglieri presenti;")
line("DELIBERA", "Times-Bold", 11, center=True)
para("1. di approvare per l'anno 2026 l'aliquota IMU ordinaria del 10,6 per mille e l'aliquota del 5 per mille per l'abitazione principale di categoria A/1, A/8 e A/9, con detrazione di € 200,00;")
para("2. di confermare l'aliquota dell'1 per mille per i fabbricati rurali ad uso strumentale;")
para("3. di inserire la presente deliberazione nel Portale del federalismo fiscale entro il termine di legge.")
para("Con successiva votazione, con voti favorevoli n. 6 e astenuti n. 2 (De Angelis, Pompili), la presente è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 14
glyphs(LM + 10, y, "IL SINDACO", "Times-Bold", 10); glyphs(LM + 270, y, "IL SEGRETARIO COMUNALE", "Times-Bold", 10); y -= 13
glyphs(LM + 10, y, "Sandro Coluzzi", "Times-Roman", 10); glyphs(LM + 270, y, "dott.ssa Federica Ianni", "Times-Roman", 10)
# rotated stamp
c.saveState(); c.translate(38, 180); c.rotate(90)
c.setStrokeColorRGB(0.1, 0.2, 0.6); c.setFillColorRGB(0.1, 0.2, 0.6); c.rect(-4, -8, 470, 22)
x = 0
for ch in "ALBO PRETORIO ON LINE - Pubblicata dal 23/03/2026 al 07/04/2026 - Reg. pubbl. n. 96":
    c.setFont("Helvetica-Bold", 9); c.drawString(x, 0, ch); x += stringWidth(ch, "Helvetica-Bold", 9)
c.restoreState()
c.showPage(); c.save()
