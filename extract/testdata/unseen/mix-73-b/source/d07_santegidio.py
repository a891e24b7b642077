# Consiglio comunale minute of Sant'Egidio alla Vibrata: every glyph placed with its own Tm/Tj
# (reportlab textobjects per character), justified by spreading glyphs; roll over the page break.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4; L, R = 70, W - 65
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setProducer("J-Iride PDF Engine 3.0"); c.setCreator("Maggioli Sicraweb")
c.setTitle("Deliberazione C.C. n. 11/2026")
st = {"y": 0, "page": 0}
def head():
    st["page"] += 1
    if st["page"] > 1: c.showPage()
    c.setFont("Times-Bold", 14); c.drawCentredString(W/2, H-55, "COMUNE DI SANT'EGIDIO ALLA VIBRATA")
    c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-69, "Provincia di Teramo")
    c.setFont("Helvetica", 8); c.drawString(L, 40, "Deliberazione del Consiglio Comunale n. 11 del 26/03/2026")
    c.drawRightString(R, 40, "Pagina %d di 2" % st["page"]); c.line(L, 50, R, 50)
    st["y"] = H - 100
def glyphs(x, y, s, font, size, width=None):
    # one Tm + Tj per glyph; if width given, spread extra space over blanks
    ws = [stringWidth(ch, font, size) for ch in s]
    extra = 0
    if width and s.count(" "):
        extra = (width - sum(ws)) / s.count(" ")
    for ch, w in zip(s, ws):
        if ch != " ":
            t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, y); t.textOut(ch); c.drawText(t)
        x += w + (extra if ch == " " else 0)
def para(text, font="Times-Roman", size=11, lead=14.5, indent=0, center=False):
    words = text.split(); line = []; width = R - L - indent
    def out(ws, last):
        if st["y"] < 75: head()
        s = " ".join(ws)
        if center: glyphs((W - stringWidth(s, font, size))/2, st["y"], s, font, size)
        else: glyphs(L+indent, st["y"], s, font, size, None if last else width)
        st["y"] -= lead
    for w in words:
        if stringWidth(" ".join(line+[w]), font, size) > width:
            out(line, False); line = [w]
        else: line.append(w)
    if line: out(line, True)
    st["y"] -= 4
head()
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Times-Bold", 13, center=True)
para("N. 11 del 26/03/2026", "Times-Bold", 12, center=True)
para("OGGETTO: Approvazione del Regolamento comunale per l'applicazione del canone patrimoniale di concessione, autorizzazione o esposizione pubblicitaria. Modifiche.", "Times-Bold", 11)
para("L'anno duemilaventisei, il giorno ventisei del mese di marzo, alle ore 19:00, nella sala delle adunanze consiliari della Sede comunale, a seguito di avviso di convocazione prot. n. 4410 del 19/03/2026, si è riunito il Consiglio Comunale in seduta pubblica di prima convocazione, sessione straordinaria.")
para("Presiede la seduta il Presidente del Consiglio, sig. Di Girolamo Antonio. Partecipa il Segretario Generale, dott.ssa Marina Di Berardino, incaricato della redazione del verbale. Fatto l'appello nominale risultano:")
roll = [("1","Pompizii Elisabetta","Sindaco","Vibrata Futura","P"),("2","Di Girolamo Antonio","Presidente del Consiglio","Vibrata Futura","P"),
 ("3","Marcozzi Dario","Consigliere","Vibrata Futura","P"),("4","Ciarrocchi Sonia","Consigliere","Vibrata Futura","P"),
 ("5","Di Matteo Walter","Consigliere","Vibrata Futura","P"),("6","Tancredi Michela","Consigliere","Vibrata Futura","P"),
 ("7","Rapagnetta Luigi","Consigliere","Vibrata Futura","A"),("8","Di Sabatino Irene","Consigliere","Vibrata Futura","P"),
 ("9","Camaioni Fabio","Consigliere","Vibrata Futura","P"),("10","Ferretti Gianni","Consigliere","Sant'Egidio Bene Comune","P"),
 ("11","Marinucci Paola","Consigliere","Sant'Egidio Bene Comune","P"),("12","Pallottini Marco","Consigliere","Sant'Egidio Bene Comune","A.G."),
 ("13","Bruni Cristina","Consigliere","Noi per Sant'Egidio","P")]
cols = [L, L+22, L+150, L+275, L+430]
def rollhead():
    for x, h in zip(cols, ["N.", "Consigliere", "Carica", "Gruppo consiliare", "P / A"]):
        glyphs(x, st["y"], h, "Helvetica-Bold", 9.5)
    c.line(L, st["y"]-4, R, st["y"]-4); st["y"] -= 16
para("Il Presidente ricorda che la seduta è stata convocata in sessione straordinaria su richiesta della Giunta comunale, ai sensi dell'art. 39, comma 2, del D.Lgs. 267/2000 e dell'art. 12 del Regolamento per il funzionamento del Consiglio comunale, e che l'avviso è stato pubblicato all'Albo Pretorio on line e notificato ai consiglieri nei termini.")
para("Si dà atto che la seduta è trasmessa in diretta streaming sul canale istituzionale del Comune e che la registrazione integrale costituisce resoconto della discussione, conservata agli atti della Segreteria generale. Sono presenti in aula, senza diritto di voto, gli Assessori esterni sig.ra Rosanna Di Stefano e sig. Emidio Tassoni.")
para("Il Presidente, accertato il numero legale, dichiara aperta la seduta alle ore 19:05 e passa alla trattazione dell'argomento iscritto al punto n. 2 dell'ordine del giorno. L'appello nominale, effettuato all'apertura della seduta, dà il seguente risultato:")
st["y"] = min(st["y"] - 10, 165)   # the roll starts low on page 1 and runs over the page break
rollhead()
for i, r in enumerate(roll):
    if st["y"] < 75:
        head(); glyphs(L, st["y"], "(segue appello)", "Times-Italic", 9.5); st["y"] -= 16; rollhead()
    for x, v in zip(cols, r): glyphs(x, st["y"], v, "Helvetica", 9.5)
    st["y"] -= 14.5
st["y"] -= 6
para("Presenti n. 11 – Assenti n. 2 (Rapagnetta, Pallottini). Legenda: P = presente; A = assente; A.G. = assente giustificato.", size=10)
para("Alle ore 19:20, durante la discussione, entra in aula il consigliere Rapagnetta Luigi (presenti n. 12). Prima della votazione nessun altro consigliere si allontana dall'aula.")
para("IL CONSIGLIO COMUNALE", "Times-Bold", 11.5, center=True)
para("UDITA la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri Ferretti e Bruni riportati nel resoconto integrale della seduta;")
para("VISTO l'art. 1, commi da 816 a 836, della Legge 27 dicembre 2019, n. 160; ACQUISITO il parere favorevole dell'Organo di revisione economico-finanziaria, verbale n. 6 del 20/03/2026;")
para("CON VOTI favorevoli n. 9, contrari n. 2 (Ferretti, Marinucci), astenuti n. 1 (Bruni), espressi per alzata di mano, presenti n. 12, votanti n. 11;")
para("DELIBERA", "Times-Bold", 11.5, center=True)
para("1. di approvare le modifiche al Regolamento comunale per l'applicazione del canone patrimoniale di cui all'allegato A, parte integrante del presente atto;", indent=10)
para("2. di dare atto che le modifiche hanno efficacia dal 1° gennaio 2026, ai sensi dell'art. 53, comma 16, della Legge 388/2000;", indent=10)
para("3. di trasmettere la presente deliberazione al Ministero dell'Economia e delle Finanze per la pubblicazione sul Portale del federalismo fiscale.", indent=10)
para("Successivamente, con voti favorevoli n. 10, contrari n. 2 (Ferretti, Marinucci), il presente atto è dichiarato immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
para("Dopo la votazione, alle ore 20:05, esce dall'aula la consigliera Bruni Cristina (presenti n. 11).", size=10.5)
st["y"] -= 18
glyphs(L+20, st["y"], "IL PRESIDENTE DEL CONSIGLIO", "Times-Bold", 10.5); glyphs(L+280, st["y"], "IL SEGRETARIO GENERALE", "Times-Bold", 10.5); st["y"] -= 14
glyphs(L+40, st["y"], "Antonio Di Girolamo", "Times-Roman", 10.5); glyphs(L+280, st["y"], "dott.ssa Marina Di Berardino", "Times-Roman", 10.5)
c.showPage(); c.save()
