# Valsamoggia: reportlab canvas; every glyph placed with its own Tm+Tj (pdf "printer driver" style), lines justified
# by moving glyphs; roll as a ruled table; producer string set to a legacy driver name.
import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from rolls import VALSA
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Sipal PDF Print Driver 3.4"); c.setTitle("Delibera CC 9/2026")
def glyphs(x, y, s, font="Times-Roman", size=10.5, width=None):
    gap = 0
    if width and s.count(" "):
        gap = (width - stringWidth(s, font, size)) / s.count(" ")
    for ch in s:
        t = c.beginText(); t.setTextOrigin(x, y); t.setFont(font, size); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (gap if ch == " " else 0)
def para(y, text, font="Times-Roman", size=10.5, lead=13.5, x0=62, w=W - 124):
    words, line = text.split(), ""
    lines = []
    for wd in words:
        if stringWidth((line + " " + wd).strip(), font, size) > w: lines.append(line); line = wd
        else: line = (line + " " + wd).strip()
    lines.append(line)
    for i, l in enumerate(lines):
        glyphs(x0, y, l, font, size, w if i < len(lines) - 1 else None); y -= lead
    return y - 4
glyphs(62, H - 50, "COMUNE DI VALSAMOGGIA", "Helvetica-Bold", 15)
glyphs(62, H - 64, "Città metropolitana di Bologna – Municipi di Bazzano, Castello di Serravalle, Crespellano, Monteveglio, Savigno", "Helvetica", 7.5)
c.line(62, H - 70, W - 62, H - 70)
glyphs(150, H - 92, "DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 9", "Helvetica-Bold", 11.5)
y = para(H - 114, "OGGETTO: ISTITUZIONE DELLA CONSULTA DEI MUNICIPI E APPROVAZIONE DEL RELATIVO REGOLAMENTO DI FUNZIONAMENTO.", "Times-Bold", 10.5)
y = para(y, "L'anno duemilaventisei, addì cinque del mese di marzo, alle ore venti e trenta, nella sala consiliare del Municipio di Bazzano, convocato nei modi di legge, si è riunito in seduta pubblica il Consiglio Comunale. Presiede la Presidente del Consiglio Comunale Federica Gamberini. Partecipa e verbalizza il Segretario Generale dott. Alessandro Nerozzi.")
y = para(y, "Fatto l'appello nominale risultano:")
cols = [62, 80, 230, 380, 430]
c.setLineWidth(0.4)
for i, hd in enumerate(["N.", "Cognome e nome", "Qualifica", "Pres.", "Ass."]): glyphs(cols[i] + 2, y, hd, "Helvetica-Bold", 9)
c.line(62, y - 4, 470, y - 4); y -= 15
for i, (n, r, p) in enumerate(VALSA, 1):
    for j, v in enumerate([str(i), n, r, "X" if p else "", "" if p else "X"]): glyphs(cols[j] + 2, y, v, "Helvetica", 9)
    c.line(62, y - 4, 470, y - 4); y -= 13.2
y = para(y - 6, "Presenti n. 15 – Assenti n. 2 (Guidotti, Zacchini). Entra alle ore 20.50 l'Assessora Pedrini, senza diritto di voto.")
y = para(y, "IL CONSIGLIO COMUNALE – Premesso che lo Statuto comunale, all'art. 28, prevede che il Consiglio possa istituire organismi di partecipazione dei Municipi; vista la proposta dell'Ufficio di Presidenza; visti i pareri resi ai sensi dell'art. 49 del D.Lgs. 267/2000; dato atto che l'emendamento presentato dal consigliere Poggi, volto a ridurre da sette a cinque i componenti di ciascuna Consulta, è stato posto in votazione prima della proposta e approvato con voti favorevoli 11, contrari 4, astenuti nessuno;")
y = para(y, "Dato atto che alle ore 22.10 lascia la seduta il consigliere Lelli (presenti 14); con voti favorevoli 10, contrari 3 (Magli, Fiorini, Bonfiglioli), astenuti 1 (Poggi), resi in forma palese da 14 presenti, di cui 13 votanti;")
glyphs(270, y, "DELIBERA", "Times-Bold", 10.5); y -= 17
for t in ["1. di istituire la Consulta dei Municipi quale organismo consultivo del Consiglio Comunale;",
          "2. di approvare il Regolamento di funzionamento della Consulta, composto da 12 articoli, come emendato;",
          "3. di dare atto che la prima convocazione della Consulta avverrà entro sessanta giorni dall'esecutività."]:
    y = para(y, t)
y = para(y, "La presente deliberazione non viene dichiarata immediatamente eseguibile.")
glyphs(62, y - 14, "La Presidente del Consiglio", "Times-Italic", 10); glyphs(360, y - 14, "Il Segretario Generale", "Times-Italic", 10)
glyphs(62, y - 28, "Federica Gamberini", "Times-Roman", 10); glyphs(360, y - 28, "dott. Alessandro Nerozzi", "Times-Roman", 10)
glyphs(62, 40, "Seduta del 05/03/2026 – Verbale n. 9 – atto sottoscritto digitalmente", "Helvetica", 7)
c.save()
