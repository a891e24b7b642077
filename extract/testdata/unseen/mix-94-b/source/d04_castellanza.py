# Castellanza: reportlab, every glyph positioned on its own (one Tm + Tj per glyph);
# justified lines are made by spreading the glyphs, not by Tw. Footer/header on every page.
import sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.pagesizes import A4
W, H = A4; L, R = 62, W - 56
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setCreator("Maggioli J-Serfin 4.2"); c.setProducer("Maggioli PDF Engine")
c.setTitle("Delibera CC 8 2026")
y = [0]; page = [1]
def glyphs(x, yy, s, font, size, extra=0.0):
    for ch in s:
        t = c.beginText(); t.setFont(font, size); t.setTextOrigin(x, yy); t.textOut(ch); c.drawText(t)
        x += stringWidth(ch, font, size) + (extra if ch == " " else 0)
def head():
    c.setLineWidth(0.8); c.line(L, H - 92, R, H - 92)
    glyphs(L, H - 58, "COMUNE DI CASTELLANZA", "Helvetica-Bold", 16)
    glyphs(L, H - 74, "Provincia di Varese – Viale Rimembranze 4 – 21053 Castellanza (VA)", "Helvetica", 8.5)
    glyphs(R - 150, H - 58, "Deliberazione C.C. n. 8", "Helvetica", 9)
    glyphs(R - 150, H - 70, "del 12 marzo 2026", "Helvetica", 9)
    glyphs(L, 40, "Verbale del Consiglio Comunale – seduta del 12/03/2026", "Helvetica-Oblique", 7.5)
    glyphs(R - 40, 40, f"pag. {page[0]}", "Helvetica-Oblique", 7.5)
    y[0] = H - 118
def newpage():
    c.showPage(); page[0] += 1; head()
def para(text, font="Times-Roman", size=11, lead=14.5, center=False, indent=0, after=5):
    words = text.split(); line = []
    def out(ws, last):
        if y[0] < 70: newpage()
        s = " ".join(ws); w = stringWidth(s, font, size)
        if center: glyphs((L + R - w) / 2, y[0], s, font, size)
        else:
            gaps = len(ws) - 1
            ex = 0 if last or gaps == 0 else (R - L - indent - w) / gaps
            glyphs(L + indent, y[0], s, font, size, ex)
        y[0] -= lead
    for wd in words:
        if line and stringWidth(" ".join(line + [wd]), font, size) > R - L - indent:
            out(line, False); line = []
        line.append(wd)
    if line: out(line, True)
    y[0] -= after
head()
para("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "Helvetica-Bold", 12, center=True)
para("Sessione ordinaria – seduta pubblica di prima convocazione", "Helvetica", 9.5, center=True, after=10)
para("OGGETTO: ISTITUZIONE DELLA CONSULTA COMUNALE PER LO SPORT E APPROVAZIONE DEL RELATIVO REGOLAMENTO DI FUNZIONAMENTO.", "Helvetica-Bold", 10.5, after=10)
para("L'anno duemilaventisei, addì dodici del mese di marzo, alle ore 21:00, nella Sala Consiliare del Palazzo Municipale, convocato dal Presidente del Consiglio Comunale con avviso prot. n. 5214 del 5 marzo 2026, si è riunito il Consiglio Comunale.")
para("Presiede la seduta il Presidente del Consiglio Comunale sig.ra Paola Ceriani.")
para("Partecipa e verbalizza il Segretario Generale dott. Francesco Bertoni.")
para("Effettuato l'appello nominale, sono presenti i Consiglieri: Mirella Cerini (Sindaco), Paola Ceriani, Gianni Bettoni, Luisa Crespi, Davide Azimonti, Silvia Fontana, Carlo Rabolini, Erica Marinoni, Marco Tosi, Giulia Castiglioni, Alberto Colombo, Michela Brusatori, Ivan Gatti, Sonia Ferioli; sono assenti giustificati i Consiglieri: Renato Macchi, Francesca Belloni; è assente il Consigliere Luca Ghiringhelli.")
para("Consiglieri assegnati n. 17 – presenti n. 14 – assenti n. 3.")
para("Alle ore 21:20, nel corso della discussione, entra in aula il Consigliere Luca Ghiringhelli; i Consiglieri presenti sono pertanto n. 15.")
para("IL CONSIGLIO COMUNALE", "Times-Bold", 11, center=True)
para("Premesso che l'Amministrazione intende favorire la partecipazione delle associazioni e delle società sportive del territorio alla programmazione delle politiche sportive comunali;")
para("Visto lo schema di Regolamento della Consulta comunale per lo sport, esaminato dalla Commissione consiliare Servizi alla Persona nella seduta del 2 marzo 2026;")
para("Visto il parere favorevole di regolarità tecnica espresso dal Responsabile del Settore Servizi alla Persona ai sensi dell'art. 49 del D.Lgs. 267/2000, dando atto che il provvedimento non comporta riflessi sulla situazione economico-finanziaria dell'Ente;")
para("Con voti unanimi favorevoli n. 15, espressi per alzata di mano dai n. 15 Consiglieri presenti e votanti;")
para("DELIBERA", "Times-Bold", 11, center=True)
for i, x in enumerate(["di istituire la Consulta comunale per lo sport quale organismo consultivo del Consiglio Comunale e della Giunta;",
 "di approvare il Regolamento di funzionamento della Consulta, composto da 12 articoli, allegato alla presente quale parte integrante;",
 "di demandare al Responsabile del Settore Servizi alla Persona la pubblicazione dell'avviso per la raccolta delle candidature delle associazioni sportive."], 1):
    para(f"{i}. {x}", indent=14)
para("Letto, approvato e sottoscritto.", after=18)
if y[0] < 120: newpage()
glyphs(L + 10, y[0], "IL PRESIDENTE DEL CONSIGLIO", "Helvetica-Bold", 9); glyphs(R - 170, y[0], "IL SEGRETARIO GENERALE", "Helvetica-Bold", 9)
glyphs(L + 10, y[0] - 14, "sig.ra Paola Ceriani", "Helvetica", 9); glyphs(R - 170, y[0] - 14, "dott. Francesco Bertoni", "Helvetica", 9)
c.save()
