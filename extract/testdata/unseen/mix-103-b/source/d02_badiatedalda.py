# Consiglio comunale of Badia Tedalda: every glyph drawn on its own (Tm+Tj per glyph), lines justified
# by moving glyphs, Albo stamp rotated 90 degrees in the left margin.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L = 72; R = W - 60
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("Kibernetes PDF Printer 2.1"); c.setTitle("Deliberazione C.C. n. 7/2026")
y = H - 70
def glyphs(x, y, s, font, size, extra=0.0):
    wsp = 0
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def para(s, font="Times-Roman", size=11, lead=14, just=True, indent=0):
    global y
    lines = simpleSplit(s, font, size, R - L - indent)
    for i, ln in enumerate(lines):
        extra = 0
        if just and i < len(lines) - 1 and ln.count(" "):
            extra = (R - L - indent - stringWidth(ln, font, size)) / ln.count(" ")
        glyphs(L + indent, y, ln, font, size, extra); y -= lead
    y -= 4
def center(s, font="Times-Bold", size=12):
    global y
    glyphs((W - stringWidth(s, font, size)) / 2, y, s, font, size); y -= size + 6
center("COMUNE DI BADIA TEDALDA", "Times-Bold", 16)
center("Provincia di Arezzo", "Times-Italic", 11)
c.line(L, y + 2, R, y + 2); y -= 14
center("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
center("N. 7 del 20/03/2026", "Times-Bold", 12)
y -= 4
para("OGGETTO: Approvazione del Documento Unico di Programmazione (DUP) 2026-2028 e del bilancio di previsione finanziario 2026-2028.", "Times-Bold")
para("L'anno duemilaventisei, addì venti del mese di marzo alle ore 21:00, nella sala consiliare del Palazzo comunale, convocato con avvisi scritti recapitati a norma di legge, si è riunito in sessione ordinaria e in seduta pubblica di prima convocazione il Consiglio Comunale. All'appello risultano:")
roll = [("FABBRINI ALBERTO", "Sindaco", "presente"), ("GORI SILVIA", "Consigliere", "presente"), ("BIAGINI MATTEO", "Consigliere", "presente"),
        ("SANTINI LORENA", "Consigliere", "assente"), ("MENCHETTI GIANNI", "Consigliere", "presente"), ("PIERACCINI DARIO", "Consigliere", "presente"),
        ("ALESSANDRINI NADIA", "Consigliere", "presente"), ("ROSATI ENRICO", "Consigliere", "assente"), ("CAPANNI VALERIO", "Consigliere", "presente"),
        ("TIEZZI MARINA", "Consigliere", "presente")]
for n, r, p in roll:
    glyphs(L + 20, y, n, "Times-Roman", 11); glyphs(L + 200, y, r, "Times-Roman", 11); glyphs(L + 320, y, p, "Times-Roman", 11); y -= 14
y -= 4
para("Presenti n. 8 – Assenti n. 2.")
para("Partecipa il Segretario comunale reggente a scavalco dott.ssa Marta Cenci, la quale provvede alla redazione del presente verbale.")
para("Assume la presidenza il Sig. Alberto Fabbrini in qualità di Sindaco il quale, riconosciuto legale il numero degli intervenuti, dichiara aperta la seduta.")
center("IL CONSIGLIO COMUNALE")
para("VISTO l'art. 151 del D.Lgs. 18 agosto 2000, n. 267, e il D.Lgs. 23 giugno 2011, n. 118; VISTO il parere favorevole dell'organo di revisione economico-finanziaria rilasciato in data 9 marzo 2026; UDITA la relazione del Sindaco e gli interventi dei consiglieri, riportati nel resoconto allegato;")
para("Con voti favorevoli n. 6, contrari n. 2 (Gori, Tiezzi), astenuti nessuno, espressi per alzata di mano da n. 8 consiglieri presenti e votanti,")
center("DELIBERA")
para("1) di approvare il Documento Unico di Programmazione (DUP) 2026-2028 nella nota di aggiornamento presentata dalla Giunta;", indent=12)
para("2) di approvare il bilancio di previsione finanziario 2026-2028 con i relativi allegati, nelle risultanze riportate nel prospetto allegato;", indent=12)
para("3) di trasmettere il bilancio alla Banca Dati delle Amministrazioni Pubbliche entro trenta giorni dall'approvazione.", indent=12)
para("Successivamente, con voti favorevoli n. 6, contrari n. 2, il Consiglio dichiara il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 10
glyphs(L + 20, y, "IL SINDACO", "Times-Bold", 11); glyphs(L + 270, y, "IL SEGRETARIO COMUNALE REGGENTE", "Times-Bold", 11); y -= 14
glyphs(L + 20, y, "F.to Alberto Fabbrini", "Times-Roman", 11); glyphs(L + 270, y, "F.to dott.ssa Marta Cenci", "Times-Roman", 11)
c.saveState(); c.translate(40, 200); c.rotate(90); c.setFillColorRGB(0.2, 0.3, 0.6)
c.setFont("Helvetica", 8); c.drawString(0, 0, "Pubblicata all'Albo Pretorio on line dal 24/03/2026 al 08/04/2026 – Reg. pubbl. n. 233")
c.restoreState(); c.showPage(); c.save()
