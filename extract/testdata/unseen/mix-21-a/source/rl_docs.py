# reportlab-made documents: C (Parco avviso), D (Bonifica Renana convocation), G (Niscemi certificate form),
# J (Comiso ordinanza: Tw justification + rotated Albo stamp), K (Salsomaggiore determinazione: glyph by glyph,
# letter-spaced heading), L (Avola avviso: letterhead in a reused Form XObject, body drawn out of reading order)
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth, registerFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, grey
import textwrap
W, H = A4
registerFont(TTFont("LSans", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"))
registerFont(TTFont("LSansB", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"))
registerFont(TTFont("LSerif", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
registerFont(TTFont("LSerifB", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"))

def wrap(text, font, size, width):
    words = text.split(); lines = []; cur = ""
    for w in words:
        t = (cur + " " + w).strip()
        if stringWidth(t, font, size) <= width: cur = t
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

def para(c, x, y, text, font, size, width, lead=None, justify=False, mode="plain"):
    """mode plain: drawString; tw: justified with word spacing operator Tw;
    glyphs: every glyph placed on its own (one Td/Tj per character)."""
    lead = lead or size * 1.3
    lines = wrap(text, font, size, width)
    for i, l in enumerate(lines):
        last = i == len(lines) - 1
        if mode == "glyphs":
            gap = 0
            if justify and not last and l.count(" "):
                gap = (width - stringWidth(l, font, size)) / l.count(" ")
            xx = x
            for ch in l:
                if ch != " ":
                    c.setFont(font, size); c.drawString(xx, y, ch)
                xx += stringWidth(ch, font, size) + (gap if ch == " " else 0)
        elif mode == "tw" and justify and not last and l.count(" "):
            t = c.beginText(x, y); t.setFont(font, size)
            t.setWordSpace((width - stringWidth(l, font, size)) / l.count(" "))
            t.textOut(l); t.setWordSpace(0); c.drawText(t)
        else:
            c.setFont(font, size); c.drawString(x, y, l)
        y -= lead
    return y

def center(c, y, text, font, size, cs=0):
    if cs:
        t = c.beginText(); t.setFont(font, size); t.setCharSpace(cs)
        w = stringWidth(text, font, size) + cs * (len(text) - 1)
        t.setTextOrigin((W - w) / 2, y); t.textOut(text); t.setCharSpace(0); c.drawText(t)
    else:
        c.setFont(font, size); c.drawCentredString(W / 2, y, text)

def meta(c, prod, title):
    c.setProducer(prod); c.setCreator(prod); c.setTitle(title)

# ---------------- C: Ente Parco Nazionale dell'Appennino Lucano - avviso pubblico numbered
def doc_c():
    c = canvas.Canvas("../avviso-parcoappenninolucano-apkappa.pdf", pagesize=A4)
    meta(c, "APKappa Hypersic - Stampa documenti (ReportLab)", "Avviso pubblico n. 3/2026")
    L = 62; Wd = W - 2 * L
    c.setFillColor(Color(0.15, 0.35, 0.2)); c.rect(L, H - 95, 40, 40, fill=1, stroke=0); c.setFillColor(black)
    c.setFont("LSansB", 13); c.drawString(L + 52, H - 68, "Ente Parco Nazionale dell'Appennino Lucano")
    c.setFont("LSansB", 13); c.drawString(L + 52, H - 84, "Val d'Agri Lagonegrese")
    c.setFont("LSans", 8); c.drawString(L + 52, H - 96, "Via Manzoni, 1 – 85052 Marsico Nuovo (PZ) – C.F. 96047650762 – parcoappenninolucano@pec.it")
    c.line(L, H - 104, W - L, H - 104)
    c.setFont("LSans", 9); c.drawString(L, H - 122, "Prot. n. 1536 del 10/03/2026"); c.drawRightString(W - L, H - 122, "Marsico Nuovo, 10/03/2026")
    y = H - 160
    center(c, y, "AVVISO PUBBLICO N. 3/2026", "LSansB", 14); y -= 26
    for l in wrap("PER LA CONCESSIONE DI CONTRIBUTI ALLE AZIENDE AGRICOLE DEL PARCO PER LA PREVENZIONE DEI DANNI DA FAUNA SELVATICA – ANNUALITÀ 2026", "LSansB", 11, Wd - 40):
        center(c, y, l, "LSansB", 11); y -= 15
    y -= 12
    c.setFont("LSansB", 10); c.drawCentredString(W / 2, y, "IL DIRETTORE"); y -= 18
    for t in ["Vista la Legge 6 dicembre 1991, n. 394 e s.m.i., legge quadro sulle aree protette;",
              "Vista la deliberazione del Consiglio Direttivo n. 11 del 26/02/2026, con la quale sono stati approvati i criteri per la concessione dei contributi per la prevenzione dei danni da fauna selvatica;",
              "In esecuzione della propria determinazione n. 88 del 09/03/2026;"]:
        y = para(c, L, y, t, "LSans", 10, Wd, justify=True, mode="tw") - 5
    c.setFont("LSansB", 10); c.drawCentredString(W / 2, y, "RENDE NOTO"); y -= 18
    arts = [("Art. 1 – Finalità", "L'Ente Parco concede contributi per l'acquisto e la posa in opera di recinzioni elettrificate, reti antilupo e dissuasori acustici a tutela delle colture e del bestiame nelle aziende agricole ricadenti nel territorio del Parco."),
            ("Art. 2 – Dotazione finanziaria", "La dotazione complessiva del presente avviso è pari a € 150.000,00. Il contributo massimo per ciascuna azienda è di € 5.000,00, pari all'80% della spesa ammissibile."),
            ("Art. 3 – Termini e modalità di presentazione", "Le domande, redatte sul modello allegato, devono pervenire entro le ore 12:00 del giorno 30/04/2026 esclusivamente a mezzo PEC all'indirizzo parcoappenninolucano@pec.it."),
            ("Art. 4 – Responsabile del procedimento", "Il responsabile del procedimento è il Dott. Agr. Vincenzo Lacava, Ufficio Conservazione della Natura, tel. 0975 344222.")]
    for h, t in arts:
        c.setFont("LSansB", 10); c.drawString(L, y, h); y -= 14
        y = para(c, L, y, t, "LSans", 10, Wd, justify=True, mode="tw") - 8
    y -= 10
    c.setFont("LSans", 10); c.drawCentredString(W - L - 100, y, "IL DIRETTORE"); y -= 14
    c.drawCentredString(W - L - 100, y, "Dott. Giuseppe Priore"); y -= 12
    c.setFont("LSans", 7); c.drawCentredString(W - L - 100, y, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
    c.setFont("LSans", 7); c.drawCentredString(W / 2, 30, "Pagina 1 di 1")
    c.showPage(); c.save()

# ---------------- D: Consorzio della Bonifica Renana - convocation of the Consiglio di Amministrazione
def doc_d():
    c = canvas.Canvas("../convocazione-bonificarenana-saga.pdf", pagesize=A4)
    meta(c, "SAGA S.p.A. - Protocollo e Atti", "Convocazione CdA 19/03/2026")
    L = 70; Wd = W - 2 * L
    c.setFont("LSerifB", 17); c.drawString(L, H - 70, "CONSORZIO DELLA BONIFICA RENANA")
    c.setFont("LSerif", 9); c.drawString(L, H - 84, "Via Santo Stefano, 56 – 40125 Bologna – tel. 051 295111 – bonificarenana@pec.it")
    c.setStrokeColor(Color(0, 0.3, 0.6)); c.setLineWidth(2); c.line(L, H - 92, W - L, H - 92); c.setStrokeColor(black); c.setLineWidth(1)
    c.setFont("LSerif", 10); c.drawString(L, H - 120, "Prot. n. 3318/2026"); c.drawString(L, H - 133, "Bologna, 12/03/2026")
    y = H - 120
    for l in ["Ai Componenti del Consiglio di Amministrazione", "Al Revisore Legale", "e p.c. Alla Regione Emilia-Romagna", "Settore Difesa del Territorio", "LORO SEDI"]:
        c.drawString(330, y, l); y -= 13
    y -= 20
    c.setFont("LSerifB", 11); c.drawString(L, y, "OGGETTO: Convocazione del Consiglio di Amministrazione – seduta del 19 marzo 2026."); y -= 26
    y = para(c, L, y, "Ai sensi dell'art. 24 dello Statuto consortile, le SS.LL. sono convocate in seduta ordinaria del Consiglio di Amministrazione che si terrà presso la sede consortile di Via Santo Stefano n. 56, Bologna, il giorno giovedì 19 marzo 2026 alle ore 10:00, per la trattazione del seguente", "LSerif", 11, Wd, justify=True, mode="tw") - 6
    center(c, y, "ORDINE DEL GIORNO", "LSerifB", 11); y -= 20
    for i, t in enumerate(["Comunicazioni del Presidente;",
                           "Approvazione dei verbali delle sedute del 12 e del 26 febbraio 2026;",
                           "Piano di classifica degli immobili per il riparto della contribuenza: aggiornamento 2026;",
                           "Lavori di consolidamento dell'argine destro del Canale Navile in località Castel Maggiore – approvazione del progetto esecutivo;",
                           "Varie ed eventuali."], 1):
        c.setFont("LSerif", 11); c.drawString(L + 10, y, f"{i}."); y = para(c, L + 28, y, t, "LSerif", 11, Wd - 28) - 3
    y -= 8
    y = para(c, L, y, "La documentazione relativa ai punti all'ordine del giorno è consultabile nell'area riservata del portale consortile a partire dal 16 marzo 2026. In caso di impedimento si prega di darne tempestiva comunicazione alla Segreteria.", "LSerif", 11, Wd, justify=True, mode="tw") - 20
    c.setFont("LSerif", 11); c.drawCentredString(W - L - 90, y, "IL PRESIDENTE"); y -= 15
    c.drawCentredString(W - L - 90, y, "Valentina Borghi"); y -= 12
    c.setFont("LSerif", 8); c.drawCentredString(W - L - 90, y, "(firmato digitalmente)")
    c.showPage(); c.save()

# ---------------- G: Comune di Niscemi - certificate of publication, a form with blanks of underscores
def doc_g():
    c = canvas.Canvas("../certificato-niscemi-siscom.pdf", pagesize=A4)
    meta(c, "Siscom Modulistica - PDF", "Certificato di pubblicazione")
    L = 65
    c.setFont("Times-Bold", 16); c.drawCentredString(W / 2, H - 70, "COMUNE DI NISCEMI")
    c.setFont("Times-Roman", 10); c.drawCentredString(W / 2, H - 84, "Libero Consorzio Comunale di Caltanissetta")
    c.setFont("Times-Bold", 13); c.drawCentredString(W / 2, H - 130, "CERTIFICATO DI PUBBLICAZIONE")
    c.setFont("Times-Roman", 10); c.drawCentredString(W / 2, H - 144, "(art. 124 D.Lgs. 18 agosto 2000, n. 267 – art. 11 L.R. 3 dicembre 1991, n. 44)")
    y = H - 185
    # label, blank length (chars), value typed over the blank
    def row(parts, y):
        x = L
        for kind, s in parts:
            if kind == "t":
                c.setFont("Times-Roman", 11.5); c.drawString(x, y, s); x += stringWidth(s, "Times-Roman", 11.5)
            else:
                n, val = s; blank = "_" * n; bw = stringWidth(blank, "Times-Roman", 11.5)
                c.setFont("Times-Roman", 11.5); c.drawString(x, y, blank)
                c.setFont("Courier-Bold", 11); c.drawString(x + 4, y + 2, val); x += bw
        return y - 24
    y = row([("t", "Il sottoscritto Responsabile della pubblicazione, visti gli atti d'ufficio,")], y)
    c.setFont("Times-Bold", 12); c.drawCentredString(W / 2, y, "CERTIFICA"); y -= 26
    y = row([("t", "che la deliberazione della "), ("b", (24, "GIUNTA COMUNALE")), ("t", " n. "), ("b", (6, "27")), ("t", " del "), ("b", (14, "05/03/2026"))], y)
    y = row([("t", "avente ad oggetto:")], y)
    subj = ["ADESIONE AL PROGETTO \"BIBLIOTECHE APERTE 2026\" E", "APPROVAZIONE DELLO SCHEMA DI ACCORDO CON IL SISTEMA", "BIBLIOTECARIO PROVINCIALE."]
    for s in subj:
        y = row([("b", (78, s))], y)
    y = row([("t", "e' stata pubblicata all'Albo Pretorio on line del Comune al n. "), ("b", (10, "412")), ("t", " del registro")], y)
    y = row([("t", "per quindici giorni consecutivi, dal "), ("b", (14, "09/03/2026")), ("t", " al "), ("b", (14, "24/03/2026")), ("t", ", ai sensi di legge,")], y)
    y = row([("t", "e che contro di essa "), ("b", (28, "NON SONO")), ("t", " pervenuti reclami od opposizioni.")], y)
    y -= 10
    y = row([("t", "Niscemi, li "), ("b", (16, "25/03/2026"))], y)
    c.setFont("Times-Roman", 11.5); c.drawCentredString(W - L - 100, y, "IL RESPONSABILE DELLA PUBBLICAZIONE"); y -= 30
    c.drawString(W - L - 190, y, "_" * 36); c.setFont("Courier-Bold", 11); c.drawString(W - L - 180, y + 2, "Sig. Salvatore Cirrone")
    c.setFont("Times-Italic", 8); c.drawString(L, 40, "Mod. SIS-ALB/07 - Certificato di avvenuta pubblicazione")
    c.showPage(); c.save()

# ---------------- J: Comune di Comiso - ordinanza sindacale, Tw-justified, rotated Albo stamp in the margin
def doc_j():
    c = canvas.Canvas("../ordinanza-comiso-halley.pdf", pagesize=A4)
    meta(c, "Halley Informatica - Atti", "Ordinanza n. 19/2026")
    L = 72; Wd = W - L - 60
    c.setFont("LSerifB", 18); c.drawCentredString(W / 2 + 6, H - 66, "CITTÀ DI COMISO")
    c.setFont("LSerif", 10); c.drawCentredString(W / 2 + 6, H - 80, "Libero Consorzio Comunale di Ragusa")
    c.setFont("LSerif", 10); c.drawCentredString(W / 2 + 6, H - 93, "IL SINDACO")
    c.rect(L, H - 140, Wd, 32)
    c.setFont("LSerifB", 12); c.drawString(L + 10, H - 129, "ORDINANZA SINDACALE"); c.drawRightString(L + Wd - 10, H - 129, "N. 19 DEL 12/03/2026")
    y = H - 168
    c.setFont("LSerifB", 11); c.drawString(L, y, "OGGETTO:")
    y = para(c, L + 62, y, "Divieto temporaneo di utilizzo dell'acqua erogata dalla rete idrica comunale per uso potabile nelle contrade Pedalino e Quaglio.", "LSerifB", 11, Wd - 62, justify=True, mode="tw") - 10
    c.setFont("LSerifB", 11); c.drawCentredString(W / 2 + 6, y, "IL SINDACO"); y -= 20
    for t in ["Vista la nota dell'Azienda Sanitaria Provinciale di Ragusa – Dipartimento di Prevenzione – U.O.C. Igiene degli Alimenti e della Nutrizione, acquisita al protocollo generale dell'Ente al n. 8841 dell'11/03/2026, con la quale si comunica che i campioni di acqua prelevati in data 09/03/2026 presso le fontanelle pubbliche delle contrade Pedalino e Quaglio sono risultati non conformi ai parametri microbiologici di cui al D.Lgs. 23 febbraio 2023, n. 18;",
              "Ritenuto necessario adottare, a tutela della salute pubblica, un provvedimento contingibile e urgente di divieto di utilizzo dell'acqua per uso potabile fino al ripristino dei requisiti di potabilità;",
              "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267 e l'O.R.EE.LL. vigente nella Regione Siciliana;"]:
        y = para(c, L, y, t, "LSerif", 11, Wd, justify=True, mode="tw") - 6
    c.setFont("LSerifB", 11); c.drawCentredString(W / 2 + 6, y, "O R D I N A"); y -= 20
    for i, t in enumerate(["a tutti gli utenti serviti dalla rete idrica comunale nelle contrade Pedalino e Quaglio il divieto di utilizzare l'acqua per uso potabile e per la preparazione di alimenti, se non previa bollitura;",
                           "al Responsabile del Servizio Idrico Integrato di procedere con urgenza alla disinfezione della rete e a nuovi campionamenti;",
                           "che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio on line, sul sito istituzionale e mediante affissione nelle zone interessate."], 1):
        c.setFont("LSerif", 11); c.drawString(L, y, f"{i}.")
        y = para(c, L + 18, y, t, "LSerif", 11, Wd - 18, justify=True, mode="tw") - 4
    y -= 4
    y = para(c, L, y, "La presente ordinanza ha efficacia immediata e resta in vigore fino alla revoca, che sarà disposta a seguito di esito favorevole delle analisi. Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sicilia – Sezione di Catania entro 60 giorni dalla pubblicazione.", "LSerif", 11, Wd, justify=True, mode="tw") - 16
    c.setFont("LSerif", 11); c.drawString(L, y, "Comiso, 12/03/2026")
    c.drawCentredString(W - 160, y, "IL SINDACO"); y -= 14
    c.drawCentredString(W - 160, y, "Dott.ssa Lucia Campailla")
    # rotated Albo stamp in the left margin
    c.saveState(); c.translate(30, 200); c.rotate(90)
    c.setStrokeColor(Color(0.6, 0, 0)); c.setFillColor(Color(0.6, 0, 0)); c.rect(-4, -6, 430, 20)
    c.setFont("Helvetica", 8); c.drawString(0, 0, "ALBO PRETORIO ON LINE – Pubblicato dal 12/03/2026 al 27/03/2026 – Reg. Pubbl. n. 655/2026")
    c.restoreState()
    c.setFont("LSerif", 8); c.drawCentredString(W / 2, 28, "Piazza Fonte Diana – 97013 Comiso (RG) – protocollo@pec.comune.comiso.rg.it")
    c.showPage(); c.save()

# ---------------- K: Comune di Salsomaggiore Terme - determinazione, glyph by glyph, letter-spaced heading
def doc_k():
    c = canvas.Canvas("../determinazione-salsomaggiore-jiride.pdf", pagesize=A4)
    meta(c, "J-Iride Maggioli - Modulo Atti", "DT 2026/118")
    L = 68; Wd = W - 2 * L
    c.setFont("LSansB", 15); c.drawCentredString(W / 2, H - 66, "COMUNE DI SALSOMAGGIORE TERME")
    c.setFont("LSans", 9); c.drawCentredString(W / 2, H - 79, "Provincia di Parma")
    c.line(L, H - 88, W - L, H - 88)
    c.setFont("LSansB", 10); c.drawString(L, H - 106, "SETTORE GESTIONE DEL TERRITORIO")
    c.setFont("LSans", 10); c.drawString(L, H - 119, "Servizio Ambiente e Verde Pubblico")
    center(c, H - 150, "DETERMINAZIONE", "LSansB", 14, cs=5)
    c.setFont("LSans", 10); c.drawCentredString(W / 2, H - 168, "N. 118 DEL 10/03/2026")
    y = H - 200
    c.setFont("LSansB", 10); c.drawString(L, y, "OGGETTO:")
    y = para(c, L + 62, y, "AFFIDAMENTO DEL SERVIZIO DI POTATURA E ABBATTIMENTO DI ALBERATURE PERICOLANTI NEL PARCO PREISTORICO E NEI VIALI CITTADINI – ANNO 2026. CIG B6A0E7719C.", "LSansB", 10, Wd - 62, mode="glyphs") - 14
    c.setFont("LSansB", 10); c.drawCentredString(W / 2, y, "IL DIRIGENTE"); y -= 18
    for t in ["Premesso che a seguito della verifica di stabilità delle alberature eseguita nel mese di gennaio 2026 sono state individuate n. 34 piante in classe di propensione al cedimento C/D e D, da sottoporre ad abbattimento o a potatura di contenimento;",
              "Dato atto che il servizio è stato richiesto, tramite la piattaforma telematica SATER della Regione Emilia-Romagna, a tre operatori economici e che l'offerta più conveniente è risultata quella della ditta Verde Appennino Soc. Coop., con sede in Fornovo di Taro (PR), per € 27.350,00 oltre IVA;",
              "Richiamato il decreto sindacale n. 7 del 15/01/2026 di attribuzione delle funzioni dirigenziali;"]:
        y = para(c, L, y, t, "LSans", 10, Wd, justify=True, mode="glyphs") - 6
    center(c, y, "DETERMINA", "LSansB", 11, cs=3); y -= 18
    for i, t in enumerate(["di affidare alla ditta Verde Appennino Soc. Coop. il servizio in oggetto per l'importo di € 27.350,00 oltre IVA al 22%, per complessivi € 33.367,00;",
                           "di impegnare la spesa al capitolo 9602/10 del bilancio di previsione 2026/2028, annualità 2026;",
                           "di dare atto che il Responsabile Unico del Progetto è il Geom. Matteo Ferrari."], 1):
        c.setFont("LSans", 10); c.drawString(L, y, f"{i})")
        y = para(c, L + 18, y, t, "LSans", 10, Wd - 18, justify=True, mode="glyphs") - 4
    y -= 18
    c.setFont("LSans", 10); c.drawCentredString(W - L - 90, y, "IL DIRIGENTE DEL SETTORE"); y -= 13
    c.drawCentredString(W - L - 90, y, "Arch. Federica Rastelli")
    c.setFont("LSans", 7); c.drawString(L, 30, "Determinazione n. 118 del 10/03/2026 – Settore Gestione del Territorio"); c.drawRightString(W - L, 30, "Pag. 1 di 1")
    c.showPage(); c.save()

# ---------------- L: Comune di Avola - unnumbered avviso, letterhead as a Form XObject, body out of reading order
def doc_l():
    c = canvas.Canvas("../avviso-avola-sicraweb.pdf", pagesize=A4)
    meta(c, "Sicraweb - Maggioli S.p.A.", "Avviso")
    L = 70; Wd = W - 2 * L
    c.beginForm("letterhead")
    c.setFont("LSansB", 16); c.drawCentredString(W / 2, H - 64, "COMUNE DI AVOLA")
    c.setFont("LSans", 9); c.drawCentredString(W / 2, H - 78, "Libero Consorzio Comunale di Siracusa")
    c.drawCentredString(W / 2, H - 90, "Settore IV – Servizi Sociali e Pubblica Istruzione")
    c.line(L, H - 98, W - L, H - 98)
    c.setFont("LSans", 7); c.drawCentredString(W / 2, 30, "Piazza Umberto I – 96012 Avola (SR) – www.comune.avola.sr.it – protocollo@pec.comune.avola.sr.it")
    c.endForm()
    c.doForm("letterhead")
    # compute the layout top-down, then draw blocks in a shuffled order
    blocks = []; y = H - 140
    blocks.append(("center", y, "AVVISO", "LSansB", 15)); y -= 22
    title = ["SERVIZIO DI TRASPORTO GRATUITO PER GLI ALUNNI PENDOLARI DELLE", "SCUOLE SECONDARIE DI SECONDO GRADO – A.S. 2025/2026 – SECONDO SEMESTRE"]
    for t in title: blocks.append(("center", y, t, "LSansB", 11)); y -= 15
    y -= 14
    paras = ["Si informano gli studenti residenti nel Comune di Avola che frequentano istituti di istruzione secondaria di secondo grado con sede in altri Comuni che, ai sensi della L.R. 26 maggio 1973, n. 24, è possibile presentare istanza per il rilascio gratuito dell'abbonamento per il secondo semestre dell'anno scolastico 2025/2026.",
             "Le istanze, redatte sull'apposito modulo disponibile presso l'Ufficio Pubblica Istruzione e sul sito istituzionale dell'Ente, dovranno essere presentate entro il 31/03/2026 all'Ufficio Protocollo o a mezzo PEC, allegando copia del documento di identità e il certificato di frequenza.",
             "Per informazioni rivolgersi all'Ufficio Pubblica Istruzione, via Manin n. 12, nei giorni di lunedì, mercoledì e venerdì dalle ore 9:00 alle ore 12:00 (tel. 0931 583411)."]
    for p in paras:
        for l in wrap(p, "LSans", 11, Wd):
            blocks.append(("line", y, l, "LSans", 11)); y -= 15
        y -= 8
    y -= 10
    blocks.append(("left", y, "Avola, 13/03/2026", "LSans", 11))
    blocks.append(("sig", y, "IL RESPONSABILE DEL SETTORE IV", "LSans", 11)); y -= 15
    blocks.append(("sig", y, "Dott. Corrado Gianni", "LSans", 11))
    order = list(range(len(blocks)))
    order = order[-3:] + order[4:-3][::-1] + order[:4]   # signature first, body bottom-up, title last
    for k in order:
        kind, yy, t, f, s = blocks[k]; c.setFont(f, s)
        if kind == "center": c.drawCentredString(W / 2, yy, t)
        elif kind == "sig": c.drawCentredString(W - L - 95, yy, t)
        else: c.drawString(L, yy, t)
    c.showPage(); c.save()

for f in (doc_c, doc_d, doc_g, doc_j, doc_k, doc_l): f()
