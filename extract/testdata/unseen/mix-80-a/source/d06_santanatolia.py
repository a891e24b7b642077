# Consiglio comunale of Sant'Anatolia di Narco: reportlab canvas, two narrow justified columns,
# every glyph placed on its own (one BT/Td/Tj per glyph); names glued so they never break.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
c = canvas.Canvas(sys.argv[1], pagesize=A4); c.setProducer("Jiride PDF Engine 4.0"); c.setTitle("Delibera C.C. 7/2026")
F, FS, LD = "Times-Roman", 9.6, 12.4
NB = "\u00a0"
def glyphs(x, y, text, font=F, size=FS, extra=0.0):
    # draw each glyph separately; 'extra' is added after every (non-breaking or plain) space
    for ch in text:
        g = " " if ch == NB else ch
        if g != " ":
            c.setFont(font, size); c.drawString(x, y, g)
        x += stringWidth(g, font, size) + (extra if g == " " else 0)
def lines(par, width, font=F, size=FS):
    out, cur = [], []
    for w in par.split(" "):
        t = " ".join(cur + [w])
        if cur and stringWidth(t.replace(NB, " "), font, size) > width:
            out.append(cur); cur = [w]
        else: cur.append(w)
    out.append(cur); return out
def header():
    c.setFont("Times-Bold", 15); c.drawCentredString(W/2, H-50, "COMUNE DI SANT'ANATOLIA DI NARCO")
    c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-63, "Provincia di Perugia")
    c.line(50, H-70, W-50, H-70)
def footer(n):
    c.setFont("Times-Italic", 8); c.drawString(50, 28, "Deliberazione del Consiglio Comunale n. 7 del 30.04.2026"); c.drawRightString(W-50, 28, "pag. %d" % n)
header(); footer(1)
c.setFont("Times-Bold", 11.5); c.drawCentredString(W/2, H-90, "COPIA DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
c.setFont("Times-Bold", 10.5); c.drawCentredString(W/2, H-106, "Numero 7          Data 30.04.2026")
c.rect(50, H-146, W-100, 30)
c.setFont("Times-Bold", 10); c.drawString(56, H-129, "OGGETTO: Approvazione della convenzione per la gestione associata del servizio di polizia locale")
c.drawString(56, H-141, "con i Comuni di Scheggino e Vallo di Nera.")
c.setFont("Times-Roman", 9)
c.rect(50, H-266, W-100, 110)
for i, t in enumerate(["PARERI PREVENTIVI (art. 49, comma 1, D.Lgs. 18.08.2000, n. 267)",
    "Parere di regolarità tecnica: FAVOREVOLE – Il Responsabile dell'Area Vigilanza, Lgt. Fabrizio Mancini, 24.04.2026",
    "Parere di regolarità contabile: FAVOREVOLE – Il Responsabile dell'Area Finanziaria, rag. Ornella Petrini, 24.04.2026",
    "Sessione ordinaria – Seduta pubblica di prima convocazione – Punto n. 3 dell'ordine del giorno", "Proposta di deliberazione n. 11 del 22.04.2026 – Area Vigilanza"]):
    c.setFont("Times-Bold" if i == 0 else "Times-Roman", 9); c.drawString(58, H-172 - i*19, t)
paras = [
 "L'anno duemilaventisei, il giorno trenta del mese di aprile, alle ore 18:00, nella sala consiliare, convocato con avviso scritto recapitato a norma di legge, si è riunito in sessione ordinaria e in seduta pubblica il Consiglio Comunale.",
 "Premesso che il Consiglio Comunale è stato convocato dal Sindaco con avviso prot. n. 1987 del 23.04.2026, regolarmente notificato a tutti i consiglieri in carica a mezzo di posta elettronica certificata e pubblicato all'Albo Pretorio on line del Comune, nel quale sono indicati il giorno, l'ora e il luogo della seduta e gli argomenti da trattare;",
 "Dato atto che la seduta si svolge in forma pubblica e che la stessa è trasmessa in diretta sul canale istituzionale dell'Ente, ai sensi del vigente Regolamento per il funzionamento del Consiglio Comunale, approvato con deliberazione consiliare n. 21 del 28.09.2017 e successivamente modificato con deliberazione n. 5 del 12.03.2024;",
 "Dato atto altresì che, prima della trattazione dei punti all'ordine del giorno, il Sindaco ha ricordato ai presenti le modalità di svolgimento della seduta, i tempi degli interventi e le modalità di votazione, che avviene per alzata di mano, salvo i casi nei quali il regolamento prescrive lo scrutinio segreto;",
 "Che sui punti n. 1 (comunicazioni del Sindaco) e n. 2 (approvazione dei verbali della seduta precedente) il Consiglio ha già provveduto, come da separati verbali;",
 "Che il Sindaco ha inoltre informato il Consiglio che la proposta di deliberazione iscritta al punto n. 3, corredata dei prescritti pareri, è stata depositata presso la Segreteria comunale nei termini regolamentari e che la stessa è stata esaminata dalla Commissione consiliare affari generali nella riunione del 27.04.2026;",
 "Eseguito l'appello nominale, risultano: Tullio~Fibraroli, Sindaco, presente; Gabriella~Matteucci, Consigliere, presente; Sergio~Angelini, Consigliere, presente; Daniela~Canali, Consigliere, presente; Pietro~Bonifazi, Consigliere, assente giustificato; Franca~Moscatelli, Consigliere, presente; Giorgio~Salvati, Consigliere, presente; Rita~Venturini, Consigliere, presente; Mauro~Carocci, Consigliere, presente; Luciana~Sabatini, Consigliere, assente; Enzo~Paolucci, Consigliere, presente.",
 "Presenti n. 9. Assenti n. 2.",
 "Partecipa il Segretario Comunale dott.~Riccardo~Pitoni, il quale provvede alla redazione del presente verbale.",
 "Essendo legale il numero degli intervenuti, il Sindaco Tullio~Fibraroli assume la presidenza e dichiara aperta la seduta, per la trattazione dell'argomento in oggetto, posto al punto n. 3 dell'ordine del giorno.",
 "#IL CONSIGLIO COMUNALE",
 "PREMESSO che l'art. 14, comma 28, del D.L. 78/2010 prevede l'esercizio in forma associata delle funzioni fondamentali da parte dei Comuni con popolazione fino a 5.000 abitanti;",
 "CONSIDERATO che i Comuni di Sant'Anatolia di Narco, Scheggino e Vallo di Nera intendono gestire in forma associata il servizio di polizia locale, con Comune capofila Scheggino;",
 "VISTO lo schema di convenzione composto da 14 articoli, allegato alla presente;",
 "VISTO il parere favorevole di regolarità tecnica espresso ai sensi dell'art. 49 del D.Lgs. 267/2000;",
 "UDITO l'intervento del consigliere Carocci, che annuncia il voto contrario del gruppo di minoranza;",
 "Con voti favorevoli n. 6, contrari n. 3 (Salvati, Venturini, Carocci), astenuti nessuno, resi per alzata di mano dai n. 9 consiglieri presenti e votanti,",
 "#DELIBERA",
 "1. di approvare lo schema di convenzione per la gestione associata del servizio di polizia locale con i Comuni di Scheggino e Vallo di Nera, per la durata di anni cinque;",
 "2. di autorizzare il Sindaco alla sottoscrizione della convenzione;",
 "3. di dare atto che la quota a carico del Comune, pari a euro 18.400,00 annui, trova copertura nel bilancio 2026-2028.",
 "Successivamente, con voti favorevoli n. 6, contrari n. 3 (Salvati, Venturini, Carocci), la presente deliberazione è dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.",
 "Letto, approvato e sottoscritto.",
 "#IL SINDACO",
 "#Tullio Fibraroli",
 "#IL SEGRETARIO COMUNALE",
 "#dott. Riccardo Pitoni",
]
CW, GAP = 236, 23
cols = [(50, H-286, 60), (50+CW+GAP, H-286, 60)]
page, col = 1, 0
x0, y, ybot = cols[0]
def nextcol():
    global col, x0, y, ybot, page
    col += 1
    if col == 2:
        c.showPage(); page += 1; header(); footer(page); col = 0
        global cols; cols = [(50, H-90, 60), (50+CW+GAP, H-90, 60)]
    x0, y, ybot = cols[col]
for p in paras:
    if p.startswith("#"):
        if y < ybot: nextcol()
        t = p[1:]; c.setFont("Times-Bold", FS); glyphs(x0 + (CW - stringWidth(t, "Times-Bold", FS))/2, y, t, "Times-Bold")
        y -= LD + 2; continue
    p = p.replace("~", NB)
    ls = lines(p, CW)
    for i, words in enumerate(ls):
        if y < ybot: nextcol()
        t = " ".join(words)
        extra = 0
        if i < len(ls) - 1 and len(words) > 1:
            extra = (CW - stringWidth(t.replace(NB, " "), F, FS)) / (len(words) - 1)
        # only plain spaces stretch
        xx = x0
        for j, w in enumerate(words):
            glyphs(xx, y, w); xx += stringWidth(w.replace(NB, " "), F, FS) + stringWidth(" ", F, FS) + extra
        y -= LD
    y -= 4
c.save()
