# Comune di Aidomaggiore (OR): Consiglio minute. Every glyph is its own BT/Tm/Tj/ET;
# justified lines are made by moving the glyphs after each space. reportlab canvas.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.utils import simpleSplit
out = sys.argv[1]
c = canvas.Canvas(out, pagesize=A4); c.setProducer("Datagraph PDF Driver 3.0"); c.setTitle("DCC 3-2026")
W, H = A4; L, R = 62, W - 62
st = {"y": H - 60}
def glyphs(x, y, text, font, size, extra=0.0):
    for ch in text:
        c.saveState(); t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t); c.restoreState()
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def line(text, font="Helvetica", size=10, center=False, lead=13.5):
    w = stringWidth(text, font, size)
    x = (W - w) / 2 if center else L
    glyphs(x, st["y"], text, font, size); st["y"] -= lead
def para(text, font="Helvetica", size=10, lead=13.5, after=4):
    ls = simpleSplit(text, font, size, R - L)
    for i, l in enumerate(ls):
        extra = 0
        if i < len(ls) - 1 and l.count(" "):
            extra = (R - L - stringWidth(l, font, size)) / l.count(" ")
        glyphs(L, st["y"], l, font, size, extra); st["y"] -= lead
    st["y"] -= after
line("COMUNE DI AIDOMAGGIORE", "Helvetica-Bold", 15, True, 17)
line("PROVINCIA DI ORISTANO", "Helvetica", 9, True, 24)
line("DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Helvetica-Bold", 12, True, 16)
line("N. 3 del 27.02.2026", "Helvetica-Bold", 11, True, 22)
para("OGGETTO: Approvazione delle aliquote e delle detrazioni dell'Imposta Municipale Propria (IMU) per l'anno 2026.", "Helvetica-Bold", 10.5)
para("L'anno duemilaventisei, il giorno ventisette del mese di febbraio, alle ore diciotto e trenta, nella sala delle adunanze consiliari, a seguito di convocazione disposta con avviso notificato a ciascun Consigliere, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione. Risultano:")
roll = [("MURA Giovanni Antonio", "Sindaco", "A"), ("ZEDDA Franca", "Vice Sindaco", "P"), ("ARCA Bachisio", "Consigliere", "P"),
        ("PORCU Ilaria", "Consigliere", "P"), ("SANNA Giuseppe", "Consigliere", "P"), ("ORRÙ Marcello", "Consigliere", "A"),
        ("CADDEO Rosalba", "Consigliere", "P"), ("SOLINAS Pietro Paolo", "Consigliere", "P"), ("FLORIS Alessio", "Consigliere", "P"),
        ("MELIS Giovanna", "Consigliere", "P"), ("ATZORI Luca", "Consigliere", "P")]
for i, (n, r, p) in enumerate(roll, 1):
    s = f"{i:>2}. {n}  {r} "
    fw = stringWidth(s, "Courier", 9.5); dots = "." * int((R - L - 40 - fw) / stringWidth(".", "Courier", 9.5))
    glyphs(L + 10, st["y"], s + dots + "  " + p, "Courier", 9.5); st["y"] -= 12.5
st["y"] -= 4
para("Presenti n. 9 - Assenti n. 2. Assiste il Segretario Comunale in convenzione dott.ssa Giuseppina Loi. Assume la presidenza il Vice Sindaco Franca Zedda che, constatato il numero legale, dichiara aperta la seduta.")
line("IL CONSIGLIO COMUNALE", "Helvetica-Bold", 10.5, True, 16)
para("VISTO l'art. 1, commi da 739 a 783, della Legge 27 dicembre 2019, n. 160; VISTO il Regolamento comunale per l'applicazione dell'IMU; ACQUISITI i pareri favorevoli di regolarità tecnica e contabile e il parere del Revisore dei conti;")
para("Con voti unanimi favorevoli espressi nelle forme di legge dai n. 9 Consiglieri presenti e votanti,")
line("D E L I B E R A", "Helvetica-Bold", 10.5, True, 16)
for i, t in enumerate(["di approvare per l'anno 2026 le aliquote IMU nella misura indicata nel prospetto allegato;",
                       "di confermare la detrazione di euro 200,00 per l'abitazione principale di categoria A/1, A/8 e A/9;",
                       "di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze mediante il Portale del federalismo fiscale;",
                       "di dichiarare, con separata votazione unanime, la presente deliberazione immediatamente eseguibile."], 1):
    para(f"{i}) {t}")
st["y"] -= 14
glyphs(L + 20, st["y"], "IL VICE SINDACO", "Helvetica", 10); glyphs(W / 2 + 40, st["y"], "IL SEGRETARIO COMUNALE", "Helvetica", 10); st["y"] -= 13
glyphs(L + 20, st["y"], "Franca Zedda", "Helvetica-Oblique", 10); glyphs(W / 2 + 40, st["y"], "dott.ssa Giuseppina Loi", "Helvetica-Oblique", 10)
c.showPage(); c.save()
