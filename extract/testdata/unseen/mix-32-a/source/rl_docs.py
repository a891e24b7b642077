# reportlab documents: Vigone (Halley-like Courier 80 col), Montecassiano (Tw/Tc justified + rotated stamp),
# Villanova Monteleone (form with underscores), Revello (two-column convocation), CCIAA Marche (Form XObjects, out of order)
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
OUT = sys.argv[1] if len(sys.argv) > 1 else '..'
W, H = A4
pdfmetrics.registerFont(TTFont('LibSerif', '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LibSerifB', '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LibSans', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('LibSansB', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('LibMono', '/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf'))

# ---------------------------------------------------------------- 1. Vigone, 80-column Courier report
def vigone():
    lines = r"""
+------------------------------------------------------------------------------+
|                            COMUNE DI VIGONE                                  |
|                    CITTA' METROPOLITANA DI TORINO                            |
+------------------------------------------------------------------------------+

                VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE

                         N. 41   DEL 12/03/2026

OGGETTO: APPROVAZIONE PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA PER LA
         MANUTENZIONE STRAORDINARIA DELLA SCUOLA PRIMARIA DI VIA TORINO.

L'anno DUEMILAVENTISEI il giorno DODICI del mese di MARZO alle ore 18.30
nella sala delle adunanze, convocata nei modi di legge, si e' riunita la
Giunta Comunale nelle persone dei Signori:

+--------------------------------+------------------------+----------+---------+
| COGNOME E NOME                 | CARICA                 | PRESENTE | ASSENTE |
+--------------------------------+------------------------+----------+---------+
| BERTERO LUCA                   | SINDACO                |    X     |         |
| GHIONE MARTA                   | VICESINDACO            |    X     |         |
| ROLFO DANIELE                  | ASSESSORE              |          |    X    |
| MIRETTI CHIARA                 | ASSESSORE              |    X     |         |
| FALCO SIMONE                   | ASSESSORE              |    X     |         |
+--------------------------------+------------------------+----------+---------+
                                          TOTALE PRESENTI:  4   ASSENTI:  1

Partecipa alla seduta il SEGRETARIO COMUNALE Dott.ssa Laura Gribaudo, il
quale provvede alla redazione del presente verbale.
Essendo legale il numero degli intervenuti, il SINDACO Sig. Luca Bertero
assume la presidenza e dichiara aperta la seduta per la trattazione
dell'oggetto sopra indicato.

                             LA GIUNTA COMUNALE

PREMESSO che l'edificio della scuola primaria di Via Torino necessita di
interventi di manutenzione straordinaria sulla copertura e sugli impianti;
RICHIAMATA la deliberazione del Consiglio Comunale n. 6 del 27/01/2026 di
approvazione del bilancio di previsione 2026/2028;
VISTO il progetto di fattibilita' tecnico-economica redatto dall'Ufficio
Tecnico comunale, per un importo complessivo di Euro 185.000,00;
ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi
ai sensi dell'art. 49 del D.Lgs. 267/2000;
CON VOTI UNANIMI FAVOREVOLI espressi nelle forme di legge;

                                  D E L I B E R A

1) DI APPROVARE il progetto di fattibilita' tecnico-economica relativo alla
   manutenzione straordinaria della scuola primaria di Via Torino, per un
   importo complessivo di Euro 185.000,00;
2) DI DARE ATTO che la spesa trova copertura al Cap. 20150 del bilancio
   2026/2028, annualita' 2026;
3) DI NOMINARE Responsabile Unico del Progetto il Geom. Paolo Cerutti;
4) DI DEMANDARE al Responsabile dell'Area Tecnica gli adempimenti conseguenti.

Successivamente, con separata votazione unanime, la presente deliberazione
viene dichiarata IMMEDIATAMENTE ESEGUIBILE ai sensi dell'art. 134, comma 4,
del D.Lgs. 267/2000.
\f
+------------------------------------------------------------------------------+
| COMUNE DI VIGONE - Deliberazione G.C. n. 41 del 12/03/2026        Pag. 2 / 2 |
+------------------------------------------------------------------------------+

Letto, confermato e sottoscritto.

        IL SINDACO                              IL SEGRETARIO COMUNALE
   F.to Sig. Luca Bertero                    F.to Dott.ssa Laura Gribaudo

................................................................................

                         CERTIFICATO DI PUBBLICAZIONE

Si certifica che copia della presente deliberazione viene pubblicata
all'Albo Pretorio on line di questo Comune per 15 giorni consecutivi
dal 16/03/2026 .................................... (Reg. Pubbl. N. 298)

Vigone, li 16/03/2026                        IL SEGRETARIO COMUNALE
                                          F.to Dott.ssa Laura Gribaudo

................................................................................
Documento prodotto con procedura HALLEY - Atti amministrativi  vers. 8.40.2
""".strip('\n').split('\n')
    c = canvas.Canvas(f'{OUT}/deliberazione-vigone-halley.pdf', pagesize=A4)
    c.setTitle('DELIBERA GC 41 2026'); c.setCreator('HALLEY Informatica - Stampa atti'); c.setProducer('PDF Report Writer 3.1')
    y = H - 50
    for ln in lines:
        if ln == '\\f':
            c.showPage(); y = H - 50; continue
        c.setFont('Courier', 10)
        c.drawString(40, y, ln)
        y -= 12.2
    c.save()

# ---------------------------------------------------------------- 2. Montecassiano, justified with Tw/Tc, rotated stamp
def justify_line(c, x, y, width, words, font, size, last=False, use_tc=False):
    text = ' '.join(words)
    t = c.beginText(x, y); t.setFont(font, size)
    natural = pdfmetrics.stringWidth(text, font, size)
    if not last and len(words) > 1:
        extra = width - natural
        if use_tc:
            t.setCharSpace(extra / (len(text) - 1))
        else:
            t.setWordSpace(extra / (len(words) - 1))
    t.textOut(text)
    c.saveState(); c.drawText(t); c.restoreState()   # q/Q: Tc/Tw do not leak

def para(c, x, y, width, text, font='LibSerif', size=11, lead=15, use_tc=False, indent=0):
    words = text.split(); line = []; first = True
    while words:
        w = words.pop(0)
        lw = width - (indent if first else 0)
        if line and pdfmetrics.stringWidth(' '.join(line + [w]), font, size) > lw:
            justify_line(c, x + (indent if first else 0), y, lw, line, font, size, use_tc=use_tc)
            y -= lead; line = [w]; first = False
        else:
            line.append(w)
    if line:
        justify_line(c, x + (indent if first else 0), y, width - (indent if first else 0), line, font, size, last=True)
        y -= lead
    return y

def montecassiano():
    c = canvas.Canvas(f'{OUT}/determina-montecassiano-jiride.pdf', pagesize=A4)
    c.setTitle('Determinazione 87/2026'); c.setCreator('J-Iride Atti - Maggioli'); c.setProducer('iText 2.1.7')
    def stamp(page):
        c.saveState(); c.translate(W - 22, 120); c.rotate(90)
        c.setFont('LibSans', 7.5); c.setFillGray(0.35)
        c.drawString(0, 0, 'COMUNE DI MONTECASSIANO - Albo Pretorio on line - Reg. Pubbl. n. 412 dal 13/03/2026 al 28/03/2026 - Documento firmato digitalmente - pag. %d' % page)
        c.restoreState()
    # letter-spaced heading (Tc)
    t = c.beginText(0, 0)
    c.setFont('LibSansB', 15)
    head = 'COMUNE DI MONTECASSIANO'
    tw = pdfmetrics.stringWidth(head, 'LibSansB', 15) + 3.2 * (len(head) - 1)
    t = c.beginText((W - tw) / 2, H - 60); t.setFont('LibSansB', 15); t.setCharSpace(3.2); t.textOut(head); c.saveState(); c.drawText(t); c.restoreState()
    c.setFont('LibSans', 10); c.drawCentredString(W / 2, H - 76, 'Provincia di Macerata')
    c.setLineWidth(0.8); c.line(60, H - 86, W - 60, H - 86)
    c.setFont('LibSansB', 11.5)
    c.drawCentredString(W / 2, H - 106, 'SETTORE AMMINISTRATIVO - CONTABILE')
    c.setFont('LibSans', 10.5); c.drawCentredString(W / 2, H - 121, 'Servizio Servizi Sociali')
    # register box
    c.rect(60, H - 190, W - 120, 56)
    c.setFont('LibSansB', 12); c.drawCentredString(W / 2, H - 152, 'DETERMINAZIONE')
    c.setFont('LibSans', 10)
    c.drawString(72, H - 170, 'Registro Generale N. 87 del 11/03/2026')
    c.drawRightString(W - 72, H - 170, 'Registro di Settore N. 19 del 10/03/2026')
    c.drawString(72, H - 184, 'Proposta n. 24 del 09/03/2026')
    y = H - 214
    c.setFont('LibSansB', 10.5); c.drawString(60, y, 'OGGETTO:')
    y = para(c, 125, y, W - 185, "CONTRIBUTI ECONOMICI A SOSTEGNO DEL PAGAMENTO DEI CANONI DI LOCAZIONE - ANNO 2025. APPROVAZIONE GRADUATORIA DEFINITIVA E LIQUIDAZIONE.", font='LibSansB', size=10.5, lead=14, use_tc=True)
    y -= 10
    c.setFont('LibSerifB', 11); c.drawCentredString(W / 2, y, 'IL RESPONSABILE DEL SETTORE'); y -= 20
    body = [
        "Premesso che con deliberazione della Giunta Comunale n. 118 del 17/10/2025 sono stati approvati i criteri per l'erogazione dei contributi economici a sostegno del pagamento dei canoni di locazione relativi all'anno 2025, in attuazione della L. 431/1998 e della L.R. Marche n. 36/2005;",
        "Dato atto che, a seguito dell'avviso pubblico pubblicato dal 03/11/2025 al 05/12/2025, sono pervenute n. 46 domande, delle quali n. 41 ammissibili e n. 5 escluse per mancanza dei requisiti;",
        "Vista la graduatoria provvisoria approvata con propria determinazione n. 12 del 21/01/2026 e rilevato che nel termine assegnato non sono pervenute opposizioni;",
        "Visti il D.Lgs. 267/2000 e il vigente Regolamento di contabilità;",
    ]
    for b in body:
        y = para(c, 60, y, W - 120, b, indent=18); y -= 4
    y -= 6
    c.setFont('LibSerifB', 11); c.drawCentredString(W / 2, y, 'D E T E R M I N A'); y -= 20
    pts = [
        "1. di approvare la graduatoria definitiva dei beneficiari del contributo per il sostegno alla locazione anno 2025, allegata al presente atto quale parte integrante e sostanziale, non pubblicata per ragioni di riservatezza;",
        "2. di liquidare ai n. 41 beneficiari la somma complessiva di Euro 38.420,00, imputandola al Cap. 1904/3 del bilancio 2026, gestione residui 2025;",
        "3. di dare atto che il presente provvedimento è esecutivo con l'apposizione del visto di regolarità contabile attestante la copertura finanziaria.",
    ]
    for b in pts:
        y = para(c, 60, y, W - 120, b); y -= 4
    stamp(1)
    c.setFont('LibSans', 8); c.drawCentredString(W / 2, 30, 'Determinazione n. 87 del 11/03/2026 - pag. 1 di 2')
    c.showPage()
    y = H - 70
    c.setFont('LibSerif', 11)
    y = para(c, 60, y, W - 120, "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Marche entro 60 giorni ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni dalla pubblicazione.", indent=18)
    y -= 30
    c.setFont('LibSerif', 11)
    c.drawString(330, y, 'Il Responsabile del Settore'); y -= 15
    c.drawString(330, y, 'Dott.ssa Silvia Pierantoni'); y -= 14
    c.setFont('LibSerif', 8.5); c.drawString(330, y, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)')
    y -= 50
    c.rect(60, y - 70, W - 120, 80)
    c.setFont('LibSansB', 10); c.drawCentredString(W / 2, y - 5, 'VISTO DI REGOLARITÀ CONTABILE')
    c.setFont('LibSans', 9.5)
    para(c, 72, y - 22, W - 144, "Si appone il visto di regolarità contabile attestante la copertura finanziaria ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000. Impegno n. 1412/2025.", font='LibSans', size=9.5, lead=12)
    c.drawString(72, y - 60, 'Montecassiano, 11/03/2026                         Il Responsabile del Servizio Finanziario  Rag. Marco Tittarelli')
    stamp(2)
    c.setFont('LibSans', 8); c.drawCentredString(W / 2, 30, 'Determinazione n. 87 del 11/03/2026 - pag. 2 di 2')
    c.save()

# ---------------------------------------------------------------- 3. Villanova Monteleone, form with underscores
def villanova():
    c = canvas.Canvas(f'{OUT}/attestazione-villanovamonteleone-modulo.pdf', pagesize=A4)
    c.setTitle('Certificato di pubblicazione'); c.setCreator('Modulo compilato - Microsoft Word'); c.setProducer('Microsoft: Print To PDF')
    c.setFont('Times-Bold', 16); c.drawCentredString(W / 2, H - 70, 'COMUNE DI VILLANOVA MONTELEONE')
    c.setFont('Times-Roman', 11); c.drawCentredString(W / 2, H - 86, 'Provincia di Sassari')
    c.drawCentredString(W / 2, H - 100, 'Ufficio Segreteria - Albo Pretorio')
    c.setFont('Times-Bold', 13); c.drawCentredString(W / 2, H - 140, 'CERTIFICATO DI PUBBLICAZIONE')
    y = H - 180
    c.setFont('Times-Roman', 11.5)
    def blank(x, y, width, fill, font='Courier-Bold', size=11):
        # underscores drawn as text, then the filled value over them
        n = int(width / pdfmetrics.stringWidth('_', 'Times-Roman', 11.5))
        c.setFont('Times-Roman', 11.5); c.drawString(x, y - 1, '_' * n)
        c.setFont(font, size); c.drawString(x + 4, y + 1.5, fill)
        c.setFont('Times-Roman', 11.5)
    c.drawString(60, y, 'Il sottoscritto Responsabile della pubblicazione, visti gli atti d\'ufficio,'); y -= 30
    c.setFont('Times-Bold', 12); c.drawCentredString(W / 2, y, 'A T T E S T A'); y -= 30
    c.setFont('Times-Roman', 11.5)
    c.drawString(60, y, 'che la deliberazione della'); blank(190, y, 140, 'GIUNTA COMUNALE'); c.drawString(335, y, 'n.'); blank(350, y, 40, '22'); c.drawString(395, y, 'del'); blank(415, y, 80, '04/03/2026'); y -= 28
    c.drawString(60, y, 'avente ad oggetto:'); y -= 22
    subj = ["APPROVAZIONE DEL PROGRAMMA DELLE MANIFESTAZIONI CULTURALI E", "TURISTICHE PER L'ANNO 2026 E ASSEGNAZIONE DELLE RISORSE AL", "RESPONSABILE DEL SERVIZIO"]
    for s in subj:
        blank(60, y, W - 120, s, size=10.5); y -= 22
    y -= 6
    c.drawString(60, y, 'e\' stata pubblicata all\'Albo Pretorio on line del Comune dal'); blank(355, y, 80, '06/03/2026'); c.drawString(440, y, 'al'); blank(455, y, 80, '21/03/2026'); y -= 26
    c.drawString(60, y, 'per quindici giorni consecutivi, ai sensi dell\'art. 124 del D.Lgs. 267/2000, con il numero'); y -= 24
    c.drawString(60, y, 'di registro delle pubblicazioni'); blank(210, y, 60, '137'); c.drawString(275, y, 'e che contro di essa'); blank(375, y, 160, 'NON SONO'); y -= 24
    c.drawString(60, y, 'pervenute opposizioni o reclami.'); y -= 50
    c.drawString(60, y, 'Villanova Monteleone, li'); blank(185, y, 90, '23/03/2026'); y -= 50
    c.drawString(330, y, 'IL RESPONSABILE DELLA PUBBLICAZIONE'); y -= 28
    blank(330, y, 200, 'Dott. Giovanni Maria Pinna', font='Times-Italic', size=12); y -= 60
    c.setFont('Times-Italic', 8.5); c.drawString(60, 40, 'Mod. SEG/07 - rev. 2019')
    c.save()

# ---------------------------------------------------------------- 4. Revello, two-column convocation
def revello():
    c = canvas.Canvas(f'{OUT}/convocazione-revello-datagraph.pdf', pagesize=A4)
    c.setTitle('Convocazione Consiglio Comunale'); c.setCreator('Datagraph Segreteria'); c.setProducer('ReportLab PDF Library')
    c.setFont('Helvetica-Bold', 17); c.drawString(60, H - 62, 'COMUNE DI REVELLO')
    c.setFont('Helvetica', 9.5); c.drawString(60, H - 76, 'Provincia di Cuneo - Piazza Denina, 2 - 12036 Revello (CN)')
    c.drawRightString(W - 60, H - 62, 'Prot. n. 2214'); c.drawRightString(W - 60, H - 76, 'Revello, 09/03/2026')
    c.line(60, H - 84, W - 60, H - 84)
    c.setFont('Helvetica-Bold', 13); c.drawCentredString(W / 2, H - 112, 'CONVOCAZIONE DEL CONSIGLIO COMUNALE')
    c.setFont('Helvetica', 10.5)
    intro = ["Ai sensi dell'art. 39 del D.Lgs. 267/2000 e del vigente Regolamento del Consiglio Comunale,",
             "si comunica che il Consiglio Comunale è convocato in sessione ordinaria, seduta pubblica",
             "di prima convocazione, presso la Sala consiliare del Palazzo municipale per il giorno",
             "MARTEDÌ 17 MARZO 2026 alle ore 20.45",
             "per la trattazione del seguente ordine del giorno:"]
    y = H - 138
    for i, l in enumerate(intro):
        c.setFont('Helvetica-Bold' if i == 3 else 'Helvetica', 10.5)
        (c.drawCentredString(W / 2, y, l) if i == 3 else c.drawString(60, y, l)); y -= 15
    items = ["Lettura e approvazione dei verbali della seduta precedente.",
             "Comunicazioni del Sindaco.",
             "Ratifica della deliberazione della Giunta Comunale n. 19 del 24/02/2026 avente ad oggetto \"Variazione d'urgenza al bilancio di previsione 2026/2028\".",
             "Approvazione del Regolamento per la concessione in uso dei locali comunali.",
             "Approvazione della convenzione per la gestione associata del servizio di segreteria comunale con il Comune di Envie.",
             "Piano di protezione civile comunale: aggiornamento 2026.",
             "Mozione del gruppo consiliare \"Revello Futura\" sulla viabilità di Via Saluzzo.",
             "Interrogazioni e interpellanze."]
    colw = (W - 120 - 24) / 2
    cols = [60, 60 + colw + 24]
    ytop = y - 8; col = 0; y = ytop
    import textwrap
    for n, it in enumerate(items, 1):
        wl = []
        words = it.split(); cur = ''
        for w in words:
            if pdfmetrics.stringWidth((cur + ' ' + w).strip(), 'Helvetica', 10) > colw - 18:
                wl.append(cur); cur = w
            else:
                cur = (cur + ' ' + w).strip()
        wl.append(cur)
        if n == 5:
            col = 1; y = ytop
        c.setFont('Helvetica-Bold', 10); c.drawString(cols[col], y, f'{n}.')
        c.setFont('Helvetica', 10)
        for l in wl:
            c.drawString(cols[col] + 18, y, l); y -= 13
        y -= 6
    c.setLineWidth(0.4); c.line(W / 2, ytop + 10, W / 2, ytop - 150)
    y = ytop - 175
    c.setFont('Helvetica', 10.5)
    for l in ["In caso di mancanza del numero legale, la seduta di seconda convocazione è fissata per il",
              "giorno GIOVEDÌ 19 MARZO 2026, alla stessa ora e nello stesso luogo.",
              "La documentazione relativa agli argomenti iscritti all'ordine del giorno è depositata presso",
              "l'Ufficio Segreteria a disposizione dei Consiglieri."]:
        c.drawString(60, y, l); y -= 15
    y -= 30
    c.drawString(360, y, 'IL SINDACO'); y -= 15
    c.drawString(360, y, 'Daniela Ravera'); y -= 12
    c.setFont('Helvetica-Oblique', 8); c.drawString(360, y, 'firmato digitalmente')
    c.setFont('Helvetica', 8); c.drawString(60, 40, 'Ai Sigg. Consiglieri Comunali - Al Segretario Comunale - All\'Albo Pretorio on line')
    c.save()

# ---------------------------------------------------------------- 5. CCIAA Marche: Form XObjects + out-of-order drawing
def cciaa():
    c = canvas.Canvas(f'{OUT}/avviso-cciaamarche-xobject.pdf', pagesize=A4)
    c.setTitle('Avviso'); c.setCreator('Documentale camerale'); c.setProducer('ReportLab PDF Library')
    c.beginForm('letterhead')
    c.setFillColorRGB(0.1, 0.25, 0.5); c.rect(0, H - 40, W, 40, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1); c.setFont('LibSansB', 14); c.drawString(60, H - 27, 'CAMERA DI COMMERCIO DELLE MARCHE')
    c.setFillColorRGB(0.1, 0.25, 0.5); c.setFont('LibSans', 8.5)
    c.drawString(60, H - 55, 'Area Anagrafe e Regolazione del Mercato')
    c.drawString(60, 42, 'Camera di Commercio delle Marche - Largo XXIV Maggio, 1 - 60123 Ancona - PEC cciaa@pec.marche.camcom.it')
    c.setFillColorRGB(0, 0, 0)
    c.endForm()
    c.beginForm('footer2')
    c.setFont('LibSans', 8); c.drawRightString(W - 60, 28, 'Avviso - rinnovo Consiglio camerale')
    c.endForm()
    # page 1: body drawn bottom-up (signature, then paragraphs from last to first, then title), letterhead last
    paras = [
        "Si rende noto che, ai sensi del D.M. 4 agosto 2011, n. 156 e dell'art. 12 della L. 580/1993, è stata avviata la procedura per il rinnovo del Consiglio della Camera di Commercio delle Marche per il quinquennio 2026-2031.",
        "Le organizzazioni imprenditoriali di livello provinciale o regionale, le organizzazioni sindacali dei lavoratori e le associazioni dei consumatori e degli utenti che intendono partecipare alla ripartizione dei seggi devono far pervenire la documentazione prevista esclusivamente a mezzo PEC entro il termine perentorio di quaranta giorni dalla pubblicazione del presente avviso.",
        "La modulistica e l'elenco dei settori economici con il numero dei seggi assegnati sono disponibili sul sito istituzionale dell'Ente, sezione Amministrazione trasparente.",
        "Responsabile del procedimento è il Dirigente dell'Area Anagrafe e Regolazione del Mercato. Per informazioni: rinnovoconsiglio@marche.camcom.it.",
    ]
    # layout first, draw in reverse
    layout = []; y = H - 150
    for p in paras:
        words = p.split(); cur = ''; lines = []
        for w in words:
            if pdfmetrics.stringWidth((cur + ' ' + w).strip(), 'LibSerif', 11) > W - 120:
                lines.append(cur); cur = w
            else:
                cur = (cur + ' ' + w).strip()
        lines.append(cur)
        for l in lines:
            layout.append((y, l)); y -= 15
        y -= 8
    c.setFont('LibSerif', 11)
    c.drawString(360, y - 40, 'IL SEGRETARIO GENERALE'); c.drawString(360, y - 55, 'Dott. Fabrizio Marcucci')
    c.drawString(60, y - 10, 'Ancona, 10/03/2026')
    for (yy, l) in reversed(layout):
        c.drawString(60, yy, l)
    c.setFont('LibSansB', 12.5)
    c.drawCentredString(W / 2, H - 112, 'PROCEDURA DI RINNOVO DEL CONSIGLIO CAMERALE 2026-2031')
    c.setFont('LibSansB', 16); c.drawCentredString(W / 2, H - 92, 'AVVISO')
    c.doForm('letterhead')
    c.showPage()
    c.doForm('letterhead')
    c.setFont('LibSerif', 11)
    y = H - 100
    c.setFont('LibSansB', 11); c.drawString(60, y, 'Informativa sul trattamento dei dati personali'); y -= 20
    c.setFont('LibSerif', 11)
    for l in ["I dati personali comunicati nell'ambito della procedura sono trattati dalla Camera di Commercio",
              "delle Marche, titolare del trattamento, esclusivamente per le finalità connesse al rinnovo degli",
              "organi camerali, nel rispetto del Regolamento (UE) 2016/679."]:
        c.drawString(60, y, l); y -= 15
    c.doForm('footer2')
    c.save()

if __name__ == '__main__':
    vigone(); montecassiano(); villanova(); revello(); cciaa()
