# Consiglio comunale di Guagnano: reportlab, every justified line sets Tw (word spacing); headings letter-spaced with Tc
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 62, W - 62
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setTitle("Delibera CC 12-2026"); c.setAuthor("Comune di Guagnano")
y = H - 60
def spaced(txt, size, yy, tc=2.2, font="Helvetica-Bold"):
    t = c.beginText(); t.setFont(font, size); t.setCharSpace(tc)
    w = stringWidth(txt, font, size) + tc * (len(txt) - 1)
    t.setTextOrigin((W - w) / 2, yy); t.textOut(txt); t.setCharSpace(0); c.drawText(t)
def para(txt, font="Helvetica", size=10, lead=13.5, indent=0):
    global y
    words = txt.split(); line = []
    lines = []
    for w_ in words:
        if stringWidth(" ".join(line + [w_]), font, size) > (R - L - indent) and line:
            lines.append(line); line = [w_]
        else: line.append(w_)
    lines.append(line)
    for i, ln in enumerate(lines):
        if y < 70: newpage()
        s = " ".join(ln); t = c.beginText(); t.setFont(font, size); t.setTextOrigin(L + indent, y)
        t.setWordSpace(0)
        if i < len(lines) - 1 and len(ln) > 1:
            t.setWordSpace((R - L - indent - stringWidth(s, font, size)) / (len(ln) - 1))
        t.textOut(s); t.setWordSpace(0); c.drawText(t); y -= lead
    y -= 4
def foot():
    c.setFont("Helvetica", 7.5); c.drawString(L, 36, "Comune di Guagnano – Deliberazione del Consiglio Comunale n. 12 del 9.3.2026")
    c.drawRightString(R, 36, "pag. %d" % c.getPageNumber())
def newpage():
    global y
    foot(); c.showPage(); y = H - 60
def table(rows, widths, yy, bold_first=True):
    x0 = L; rh = 15
    for i, row in enumerate(rows):
        x = x0
        for j, cell in enumerate(row):
            c.rect(x, yy - rh + 4, widths[j], rh, stroke=1, fill=0)
            c.setFont("Helvetica-Bold" if (i == 0 and bold_first) else "Helvetica", 9)
            c.drawString(x + 4, yy - 7, cell); x += widths[j]
        yy -= rh
    return yy
spaced("COMUNE DI GUAGNANO", 16, y); y -= 16
c.setFont("Helvetica", 9); c.drawCentredString(W / 2, y, "Provincia di Lecce – Piazza Madonna del Rosario – 73010 Guagnano (LE)"); y -= 26
spaced("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", 11, y, 1.2); y -= 20
c.setFont("Helvetica-Bold", 10); c.drawString(L, y, "n. 12 del 9.3.2026"); y -= 18
para("OGGETTO: Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 e del Bilancio di previsione finanziario 2026/2028.", "Helvetica-Bold")
para("L'anno duemilaventisei, il giorno nove del mese di marzo, alle ore 17:00, nella sala consiliare di Palazzo Baronale, convocato con avviso prot. n. 2214 del 3 marzo 2026, si è riunito in sessione ordinaria e in seduta pubblica di prima convocazione il Consiglio Comunale. Presiede il Presidente del Consiglio Comunale dott.ssa Annalisa Sozzo. Partecipa il Segretario Generale dott. Cosimo Tarantini. All'appello nominale risultano:")
y = table([["Consigliere", "Presente", "Assente"], ["Rizzo Antonio (Sindaco)", "SI", "NO"], ["Sozzo Annalisa", "SI", "NO"], ["Greco Fernando", "SI", "NO"],
           ["Marinaci Giovanna", "SI", "NO"], ["Leo Salvatore", "SI", "NO"], ["Quarta Daniela", "NO", "SI"], ["Perrone Marco", "SI", "NO"],
           ["Spagnolo Cosimo", "SI", "NO"], ["Miglietta Ilaria", "SI", "NO"], ["Carlà Roberto", "SI", "NO"], ["De Pascalis Elisa", "SI", "NO"],
           ["Tornese Luca", "NO", "SI"], ["Vetrugno Paola", "SI", "NO"]], [200, 70, 70], y) - 8
para("Presenti n. 11 – Assenti n. 2.")
para("IL CONSIGLIO COMUNALE", "Helvetica-Bold")
para("Udita la relazione dell'Assessore al Bilancio; visti gli articoli 151 e 170 del D.Lgs. 18 agosto 2000, n. 267; visto il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 4 del 24 febbraio 2026; preso atto che entro il termine regolamentare è stato presentato un emendamento a firma dei consiglieri Carlà Roberto e De Pascalis Elisa, volto a incrementare di euro 15.000,00 lo stanziamento per la manutenzione delle strade rurali, con parere contrario del Responsabile del Servizio Finanziario;")
para("Il Presidente pone in votazione l'emendamento, che ottiene il seguente esito: presenti 11, favorevoli 3, contrari 8, astenuti 0. L'emendamento è respinto.")
para("Il Presidente pone quindi in votazione la proposta di deliberazione, che ottiene il seguente esito:")
y = table([["Presenti", "Votanti", "Favorevoli", "Contrari", "Astenuti"], ["11", "11", "8", "3", "0"]], [70, 70, 70, 70, 70], y) - 4
para("Hanno votato contro i consiglieri: Carlà Roberto, De Pascalis Elisa, Vetrugno Paola.")
para("DELIBERA", "Helvetica-Bold")
pts = ["di approvare il Documento Unico di Programmazione (DUP) 2026/2028, allegato sotto la lettera A);",
       "di approvare il Bilancio di previsione finanziario 2026/2028 nelle risultanze di cui all'allegato B);",
       "di dare atto che il bilancio garantisce il rispetto degli equilibri di cui all'art. 162 del D.Lgs. 267/2000;",
       "di trasmettere il presente atto alla Banca Dati delle Amministrazioni Pubbliche (BDAP) entro trenta giorni."]
for i, p in enumerate(pts, 1): para("%d. %s" % (i, p), indent=12)
para("Con successiva votazione, presenti 11, favorevoli 8, contrari 3 (Carlà, De Pascalis, Vetrugno), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
y -= 20
if y < 120: newpage()
c.setFont("Helvetica-Bold", 9.5); c.drawCentredString(L + 100, y, "IL PRESIDENTE DEL CONSIGLIO"); c.drawCentredString(R - 100, y, "IL SEGRETARIO GENERALE")
c.setFont("Helvetica", 9.5); c.drawCentredString(L + 100, y - 14, "dott.ssa Annalisa Sozzo"); c.drawCentredString(R - 100, y - 14, "dott. Cosimo Tarantini")
foot(); c.save()
