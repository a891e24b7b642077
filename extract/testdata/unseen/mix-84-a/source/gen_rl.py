# reportlab generators: python3 gen_rl.py segni|giugliano|mordano OUT.pdf
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
W, H = A4
def wrap(t, f, s, w):
    out, cur = [], ""
    for word in t.split():
        n = (cur + " " + word).strip()
        if stringWidth(n, f, s) > w and cur: out.append(cur); cur = word
        else: cur = n
    return out + [cur]
def para_tw(c, x, y, t, f="Helvetica", s=10, w=W-140, lead=13):
    """justified with Tw (word spacing) on every full line"""
    ls = wrap(t, f, s, w)
    for i, l in enumerate(ls):
        to = c.beginText(x, y); to.setFont(f, s)
        if i < len(ls) - 1 and l.count(" "):
            to.setWordSpace((w - stringWidth(l, f, s)) / l.count(" "))
        to.textLine(l); c.drawText(to); y -= lead
    return y - 3
def para_glyph(c, x, y, t, f="Times-Roman", s=10.5, w=W-150, lead=13.5):
    """one Tm+Tj per glyph, justified by moving glyphs"""
    ls = wrap(t, f, s, w)
    for i, l in enumerate(ls):
        extra = (w - stringWidth(l, f, s)) / max(1, len(l) - 1) if i < len(ls) - 1 else 0
        xx = x
        for ch in l:
            to = c.beginText(); to.setTextOrigin(xx, y); to.setFont(f, s); to.textOut(ch); c.drawText(to)
            xx += stringWidth(ch, f, s) + extra
        y -= lead
    return y - 3
def grid(c, x, y, rows, widths, f="Helvetica", s=9, h=14):
    for r in rows:
        xx = x
        for v, wd in zip(r, widths):
            c.rect(xx, y - h + 4, wd, h); c.setFont(f, s); c.drawString(xx + 3, y - h + 8, v); xx += wd
        y -= h
    return y - 6

def segni(out):
    c = canvas.Canvas(out, pagesize=A4); c.setTitle("Delibera C.C. 11/2026")
    c.setFont("Helvetica-Bold", 16); c.drawCentredString(W/2, H-60, "COMUNE DI SEGNI")
    c.setFont("Helvetica", 9); c.drawCentredString(W/2, H-74, "Città Metropolitana di Roma Capitale")
    to = c.beginText(0, H-100); to.setFont("Helvetica-Bold", 11); to.setCharSpace(2)
    s = "DELIBERAZIONE DEL CONSIGLIO COMUNALE"; to.setTextOrigin(W/2 - (stringWidth(s, "Helvetica-Bold", 11) + 2*len(s))/2, H-100); to.textLine(s); to.setCharSpace(0); c.drawText(to)
    y = grid(c, 70, H-112, [["Numero", "11", "Data", "30/03/2026"]], [90, 140, 90, 135], "Helvetica-Bold", 10, 16)
    y = para_tw(c, 70, y-4, "OGGETTO: Approvazione del Documento Unico di Programmazione (DUP) 2026/2028 – Nota di aggiornamento.", "Helvetica-Bold")
    y = para_tw(c, 70, y, "L'anno duemilaventisei, addì trenta del mese di marzo, alle ore 17:30, nella sala delle adunanze consiliari, convocato con avvisi scritti, si è riunito il Consiglio Comunale in sessione ordinaria ed in seduta pubblica di prima convocazione. Risultano all'appello i Consiglieri:")
    m = [("Dott. Corsi Andrea", "Sindaco", "Assente"), ("Avv. Latini Paola", "Presente"), ("Ing. Cianfoni Marco", "Presente"),
         ("Dott. Pagliarosi Luca", "Presente"), ("Dott.ssa Felici Sara", "Presente"), ("Sig. Proietti Daniele", "Presente"),
         ("Avv. Battisti Giorgio", "Presente"), ("Dott. Mancini Fabio", "Presente"), ("Arch. Zaccari Irene", "Presente"),
         ("Dott.ssa Gentili Marta", "Assente"), ("Ing. Tomei Roberto", "Presente"), ("Sig. Colasanti Enzo", "Presente"),
         ("Dott. Renzi Claudio", "Presente"), ("Avv. Moroni Chiara", "Presente"), ("Geom. Arcangeli Paolo", "Presente"),
         ("Dott. Onori Stefano", "Presente")]
    rows = [["Consigliere", "", "Consigliere", ""]]
    for i in range(8):
        a, b = m[i], m[i+8]
        rows.append([a[0] + (" (Sindaco)" if len(a) == 3 else ""), a[-1], b[0], b[-1]])
    y = grid(c, 70, y, rows, [178, 50, 178, 50])
    y = para_tw(c, 70, y, "Presenti n. 14, assenti n. 2. Assume la presidenza l'Avv. Paola Latini, Presidente del Consiglio. Partecipa il Vice Segretario Generale Dott. Emanuele Carocci, che cura la verbalizzazione.")
    y = para_tw(c, 70, y, "IL CONSIGLIO COMUNALE, premesso che la Giunta ha approvato lo schema di nota di aggiornamento al DUP con deliberazione n. 39 del 12/03/2026; visti i pareri favorevoli espressi ai sensi dell'art. 49 del D.Lgs. 267/2000 e il parere dell'Organo di revisione; con la seguente votazione resa per alzata di mano: Presenti 14, Votanti 13, Favorevoli 10, Contrari 3, Astenuti 1,")
    c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y, "DELIBERA"); y -= 16
    for n, t in ((1, "di approvare la Nota di aggiornamento al Documento Unico di Programmazione 2026/2028, allegata quale parte integrante;"),
                 (2, "di pubblicare il DUP sul sito istituzionale nella sezione Amministrazione Trasparente;"),
                 (3, "di dichiarare, con separata votazione dall'identico esito, il presente atto immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")):
        y = para_tw(c, 70, y, "%d. %s" % (n, t))
    y -= 14; c.setFont("Helvetica", 9.5)
    c.drawString(90, y, "IL PRESIDENTE DEL CONSIGLIO"); c.drawString(340, y, "IL VICE SEGRETARIO GENERALE")
    c.drawString(90, y-13, "Avv. Paola Latini"); c.drawString(340, y-13, "Dott. Emanuele Carocci")
    c.save()

def giugliano(out):
    c = canvas.Canvas(out, pagesize=A4); c.setProducer("Kibernetes PDF Printer 2.1")
    c.setFont("Times-Bold", 15); c.drawCentredString(W/2, H-58, "CITTÀ DI GIUGLIANO IN CAMPANIA")
    c.setFont("Times-Roman", 10); c.drawCentredString(W/2, H-72, "Città Metropolitana di Napoli")
    c.line(75, H-80, W-75, H-80)
    c.setFont("Times-Bold", 11.5); c.drawCentredString(W/2, H-98, "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    c.setFont("Times-Roman", 11); c.drawCentredString(W/2, H-113, "N. 47 del 26 marzo 2026")
    y = para_glyph(c, 75, H-136, "Oggetto: Adesione al progetto \"Scuole Sicure 2026\" e approvazione dello schema di accordo con la Prefettura di Napoli.", "Times-Bold")
    y = para_glyph(c, 75, y, "L'anno duemilaventisei il giorno ventisei del mese di marzo alle ore 13:00, nella sala Giunta della Casa Comunale, si è riunita la Giunta Comunale con l'intervento dei Signori:")
    rows = [["Nominativo", "Carica", "Presente", "Assente"]]
    g = [("Dott. Pirozzi Nicola", "Sindaco", 0), ("Avv. Mallardo Giovanna", "Vice Sindaco", 1), ("Ing. Taglialatela Salvatore", "Assessore", 1),
         ("Dott. Ciccarelli Antonio", "Assessore", 1), ("Dott.ssa Sarracino Immacolata", "Assessore", 1), ("Avv. Di Lorenzo Ciro", "Assessore", 0),
         ("Arch. Granata Filomena", "Assessore", 1)]
    for n, r, p in g: rows.append([n, r, "X" if p else "", "" if p else "X"])
    y = grid(c, 75, y, rows, [180, 110, 75, 75], "Times-Roman", 10)
    y = para_glyph(c, 75, y, "Presiede l'Avv. Giovanna Mallardo, Vice Sindaco, stante l'assenza del Sindaco. Partecipa con funzioni consultive e di verbalizzazione il Vice Segretario Generale Dott. Raffaele Chianese.")
    y = para_glyph(c, 75, y, "LA GIUNTA COMUNALE, vista la proposta del Settore Polizia Locale e acquisiti i pareri di cui all'art. 49 del TUEL, con votazione unanime espressa nei modi di legge,")
    c.setFont("Times-Bold", 11); c.drawCentredString(W/2, y, "DELIBERA"); y -= 16
    for t in ("1) di aderire al progetto \"Scuole Sicure 2026\" promosso dal Ministero dell'Interno;",
              "2) di approvare lo schema di accordo con la Prefettura di Napoli, allegato al presente atto;",
              "3) di autorizzare il Comandante della Polizia Locale alla sottoscrizione dell'accordo;",
              "4) di dichiarare la presente immediatamente eseguibile, con separata votazione unanime."):
        y = para_glyph(c, 75, y, t)
    y -= 12; c.setFont("Times-Roman", 10)
    c.drawString(95, y, "IL PRESIDENTE"); c.drawString(340, y, "IL VICE SEGRETARIO GENERALE")
    c.drawString(95, y-13, "Avv. Giovanna Mallardo"); c.drawString(340, y-13, "Dott. Raffaele Chianese")
    c.saveState(); c.translate(40, 180); c.rotate(90); c.setFillColorRGB(0.2, 0.2, 0.6); c.setFont("Helvetica", 8)
    c.drawString(0, 0, "ALBO PRETORIO ON LINE – Pubblicata dal 27/03/2026 al 11/04/2026 – Reg. Pubbl. n. 1582"); c.restoreState()
    c.save()

def mordano(out):
    c = canvas.Canvas(out, pagesize=A4)
    c.beginForm("head"); c.setFont("Helvetica-Bold", 13); c.drawString(70, H-55, "COMUNE DI MORDANO")
    c.setFont("Helvetica", 8.5); c.drawString(70, H-67, "Città Metropolitana di Bologna – Nuovo Circondario Imolese"); c.line(70, H-74, W-70, H-74)
    c.drawRightString(W-70, H-55, "Delibera C.C. n. 9 del 25/03/2026"); c.endForm()
    c.beginForm("foot"); c.setFont("Helvetica", 7.5); c.line(70, 52, W-70, 52)
    c.drawString(70, 42, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005 – Deliberazione del Consiglio Comunale n. 9 del 25/03/2026"); c.endForm()
    def page(n, tot):
        c.doForm("foot"); c.doForm("head"); c.setFont("Helvetica", 7.5); c.drawRightString(W-70, 30, "Pagina %d di %d" % (n, tot))
    # page 1: body drawn before heading
    page(1, 2)
    y = para_tw(c, 70, H-205, "L'anno 2026, il giorno 25 del mese di marzo alle ore 20:30, nella Sala Consiliare, previa convocazione, si è riunito il Consiglio Comunale in seduta pubblica. Fatto l'appello risultano:", "Helvetica", 9.5)
    m = [("Dott. Raffini Nicola", "Sindaco", "Assente"), ("Dott.ssa Morini Giulia", "Consigliere", "Presente"), ("Ing. Bacchilega Davide", "Consigliere", "Presente"),
         ("Avv. Cavina Elisa", "Consigliere", "Presente"), ("Sig. Tozzi Mirco", "Consigliere", "Presente"), ("Dott. Rossini Paolo", "Consigliere", "Presente"),
         ("Arch. Dal Pozzo Anna", "Consigliere", "Presente"), ("Dott. Sangiorgi Luca", "Consigliere", "Assente"), ("Sig.ra Poggi Claudia", "Consigliere", "Presente"),
         ("Ing. Ravaglia Simone", "Consigliere", "Presente"), ("Dott. Fabbri Matteo", "Consigliere", "Presente"), ("Avv. Zoli Francesca", "Consigliere", "Presente"),
         ("Dott. Tampieri Enrico", "Consigliere", "Presente")]
    rows = [["Componente", "Carica", "Presenza"]] + [list(x) for x in m]
    y = grid(c, 70, y, rows, [200, 130, 90], "Helvetica", 9)
    y = para_tw(c, 70, y, "Presenti 11, Assenti 2. Essendo assente il Sindaco, presiede la seduta la Dott.ssa Giulia Morini, Consigliere anziano. Assiste il Vice Segretario Generale Dott.ssa Barbara Bertozzi.", "Helvetica", 9.5)
    # heading drawn last
    c.setFont("Helvetica-Bold", 12); c.drawCentredString(W/2, H-100, "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
    c.setFont("Helvetica", 10); c.drawCentredString(W/2, H-116, "Atto n. 9 – Seduta del 25/03/2026")
    para_tw(c, 70, H-140, "OGGETTO: APPROVAZIONE DELLA CONVENZIONE CON IL NUOVO CIRCONDARIO IMOLESE PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI POLIZIA LOCALE – PERIODO 2026-2030.", "Helvetica-Bold", 10)
    c.showPage()
    page(2, 2)
    y = para_tw(c, 70, H-100, "IL CONSIGLIO COMUNALE, udita l'illustrazione dell'Assessore competente; visti i pareri favorevoli di regolarità tecnica e contabile; con voti favorevoli 8, contrari 2, astenuti 1, espressi per alzata di mano da n. 11 consiglieri presenti e votanti,", "Helvetica", 9.5)
    c.setFont("Helvetica-Bold", 11); c.drawCentredString(W/2, y, "DELIBERA"); y -= 16
    for t in ("1. di approvare lo schema di convenzione per la gestione associata del servizio di Polizia Locale per il periodo 2026-2030;",
              "2. di autorizzare il Sindaco, o suo delegato, alla sottoscrizione della convenzione;",
              "3. di trasmettere copia del presente atto al Nuovo Circondario Imolese."):
        y = para_tw(c, 70, y, t, "Helvetica", 9.5)
    y = para_tw(c, 70, y-4, "Successivamente, con voti favorevoli 8, contrari 2, astenuti 1, la presente deliberazione viene dichiarata immediatamente eseguibile.", "Helvetica", 9.5)
    y -= 16; c.setFont("Helvetica", 9.5)
    c.drawString(90, y, "IL PRESIDENTE"); c.drawString(340, y, "IL VICE SEGRETARIO GENERALE")
    c.drawString(90, y-13, "Dott.ssa Giulia Morini"); c.drawString(340, y-13, "Dott.ssa Barbara Bertozzi")
    c.save()
{"segni": segni, "giugliano": giugliano, "mordano": mordano}[sys.argv[1]](sys.argv[2])
