#!/usr/bin/env python3
"""Documents whose page looks normal but whose text layer is awkward (reportlab):

  determinazione-piovedisacco-kibernetes  letterhead and subject placed glyph by
        glyph (one BT/ET per glyph, no space glyphs), body justified with the Tw
        operator, headings letter-spaced with Tc.
  allegato-canelli-apkappa  annex whose letterhead, running head, table head and
        foot are Form XObjects reused on every page.
  avviso-cabras-zuddas  unnumbered avviso drawn out of reading order (signature
        first, paragraphs bottom-up, letterhead last), with the Albo stamp rotated
        90 degrees along the left margin.
"""
import sys, os
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.colors import Color, black

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
PW, PH = A4


def wrap_words(text, font, size, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        trial = " ".join(cur + [w])
        if cur and stringWidth(trial, font, size) > width:
            lines.append(cur); cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def justified(c, x, y, text, font, size, width, lead, first_prefix=None, indent=0.0):
    """Justify with Tw (word spacing): one text object per paragraph, T* per line."""
    lines = wrap_words(text, font, size, width - indent)
    t = c.beginText(x + indent, y)
    t.setFont(font, size, lead)
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        if i < len(lines) - 1 and len(ws) > 1:
            extra = (width - indent - stringWidth(s, font, size)) / (len(ws) - 1)
        else:
            extra = 0
        t.setWordSpace(extra)
        t.textLine(s)
    t.setWordSpace(0)
    c.drawText(t)
    return y - lead * len(lines)


def spaced(c, x, y, text, font, size, cs, center=False):
    """Letter-spaced heading with Tc (character spacing)."""
    w = stringWidth(text, font, size) + cs * (len(text) - 1)
    if center:
        x = x - w / 2
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(cs)
    t.textOut(text)
    t.setCharSpace(0)
    c.drawText(t)


def glyphs(c, x, y, text, font, size, extra_space=0.0):
    """Each glyph in its own text object; spaces are not drawn, only skipped."""
    for ch in text:
        adv = stringWidth(ch, font, size)
        if ch == " ":
            x += adv + extra_space
            continue
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += adv
    return x


def glyphs_justified(c, x, y, text, font, size, width, lead):
    lines = wrap_words(text, font, size, width)
    for i, ws in enumerate(lines):
        s = " ".join(ws)
        extra = 0
        if i < len(lines) - 1 and len(ws) > 1:
            extra = (width - stringWidth(s, font, size)) / (len(ws) - 1)
        glyphs(c, x, y, s, font, size, extra)
        y -= lead
    return y


# ---------------------------------------------------------------------------
# Piove di Sacco: determinazione reg. gen. 176 del 09/03/2026
# ---------------------------------------------------------------------------
def piove():
    fn = os.path.join(OUT, "determinazione-piovedisacco-kibernetes.pdf")
    c = canvas.Canvas(fn, pagesize=A4)
    c.setCreator("Kibernetes - Atti Amministrativi 5"); c.setProducer("iText 2.1.7 by 1T3XT")
    c.setTitle("Determinazione 176/2026")
    L, R = 62, PW - 56
    W = R - L

    def head_and_foot(page, pages):
        # letterhead glyph by glyph
        c.setFillColor(Color(0.1, 0.2, 0.45))
        x = glyphs(c, PW / 2 - stringWidth("COMUNE DI PIOVE DI SACCO", "Times-Bold", 17) / 2, PH - 58,
                   "COMUNE DI PIOVE DI SACCO", "Times-Bold", 17)
        c.setFillColor(black)
        glyphs(c, PW / 2 - stringWidth("Provincia di Padova", "Times-Italic", 10.5) / 2, PH - 73,
               "Provincia di Padova", "Times-Italic", 10.5)
        c.setLineWidth(0.6); c.line(L, PH - 82, R, PH - 82)
        c.setFont("Helvetica", 7.5)
        foot = "Determinazione n. 176 del 09/03/2026 – pag. %d/%d" % (page, pages)
        c.drawCentredString(PW / 2, 34, foot)
        c.drawString(L, 24, "Piazza Matteotti, 4 – 35028 Piove di Sacco (PD) – P.IVA 00686600283")

    # ---- page 1
    head_and_foot(1, 2)
    y = PH - 106
    spaced(c, L, y, "SETTORE SERVIZI ALLA PERSONA", "Helvetica-Bold", 10, 1.6)
    y -= 14
    c.setFont("Helvetica", 10); c.drawString(L, y, "Servizio Pubblica Istruzione")
    y -= 30
    spaced(c, PW / 2, y, "DETERMINAZIONE", "Helvetica-Bold", 15, 7, center=True)
    y -= 24
    c.rect(L, y - 30, W, 42, stroke=1, fill=0)
    c.setFont("Helvetica", 9.5)
    c.drawString(L + 8, y - 2, "Registro generale n. 176 del 09/03/2026")
    c.drawString(L + 8, y - 20, "Registro di settore n. 22 del 06/03/2026")
    c.drawRightString(R - 8, y - 2, "Esecutiva dal 09/03/2026")
    c.drawRightString(R - 8, y - 20, "Proposta n. 198 del 05/03/2026")
    y -= 56
    glyphs(c, L, y, "OGGETTO:", "Helvetica-Bold", 10)
    subj = ("Servizio di trasporto scolastico a.s. 2025/2026 – Liquidazione delle fatture relative ai "
            "mesi di gennaio e febbraio 2026 alla ditta Autolinee Saccisica S.r.l. – CIG B3C1A77F02.")
    y = glyphs_justified(c, L + 62, y, subj, "Helvetica-Bold", 10, W - 62, 13)
    y -= 14
    spaced(c, PW / 2, y, "IL RESPONSABILE DEL SETTORE", "Helvetica-Bold", 10.5, 2.2, center=True)
    y -= 20
    F, S, LD = "Times-Roman", 11, 14
    prem = [
        "Premesso che con deliberazione della Giunta Comunale n. 142 del 21/07/2025 sono stati approvati gli indirizzi per l’organizzazione del servizio di trasporto scolastico per l’anno scolastico 2025/2026 a favore degli alunni delle scuole primarie e secondarie di primo grado del territorio comunale;",
        "Richiamata la propria determinazione n. 512 del 28/08/2025, con la quale il servizio è stato affidato alla ditta Autolinee Saccisica S.r.l., con sede in Piove di Sacco, per il periodo settembre 2025 – giugno 2026, per l’importo complessivo di € 186.400,00 oltre IVA al 10%;",
        "Viste le fatture elettroniche n. 14/PA del 31/01/2026 di € 22.088,00 e n. 27/PA del 28/02/2026 di € 21.516,00, IVA compresa, relative ai servizi resi nei mesi di gennaio e febbraio 2026;",
        "Accertata la regolarità del servizio e verificata la regolarità contributiva della ditta mediante DURC on line prot. INPS_49012877, valido fino al 18/06/2026;",
        "Visto il decreto del Sindaco n. 3 del 10/01/2026 di nomina dei Responsabili di Settore;",
        "Visti gli artt. 107, 183 e 184 del D.Lgs. 18 agosto 2000, n. 267;",
    ]
    for p in prem:
        y = justified(c, L, y, p, F, S, W, LD) - 5
    y -= 4
    spaced(c, PW / 2, y, "DETERMINA", "Helvetica-Bold", 11, 5, center=True)
    y -= 20
    pts = [
        "di liquidare alla ditta Autolinee Saccisica S.r.l. la somma complessiva di € 43.604,00, IVA compresa, a saldo delle fatture n. 14/PA del 31/01/2026 e n. 27/PA del 28/02/2026;",
        "di imputare la spesa al capitolo 04061.03.0450 “Trasporto scolastico – prestazioni di servizi” del bilancio 2026, impegno n. 87/2026;",
    ]
    for i, p in enumerate(pts, 1):
        c.setFont(F, S); c.drawString(L, y, "%d." % i)
        y = justified(c, L, y, p, F, S, W, LD, indent=18) - 5
    c.showPage()

    # ---- page 2
    head_and_foot(2, 2)
    y = PH - 112
    pts2 = [
        "di applicare la scissione dei pagamenti ai sensi dell’art. 17-ter del D.P.R. 633/1972, versando l’IVA pari a € 3.964,00 direttamente all’Erario;",
        "di dare atto che il presente provvedimento è soggetto agli obblighi di pubblicazione di cui all’art. 37 del D.Lgs. 33/2013.",
    ]
    for i, p in enumerate(pts2, 3):
        c.setFont(F, S); c.drawString(L, y, "%d." % i)
        y = justified(c, L, y, p, F, S, W, LD, indent=18) - 5
    y -= 20
    c.setFont("Times-Roman", 11); c.drawString(L, y, "Piove di Sacco, 09/03/2026")
    spaced(c, R - 120, y, "IL RESPONSABILE DEL SETTORE", "Helvetica-Bold", 9, 1.2, center=True)
    y -= 14
    c.setFont("Times-Roman", 11); c.drawCentredString(R - 120, y, "Dott.ssa Marta Boscaro")
    y -= 12
    c.setFont("Times-Italic", 8); c.drawCentredString(R - 120, y, "(documento firmato digitalmente)")
    y -= 40
    c.setLineWidth(0.4); c.rect(L, y - 70, W, 82)
    spaced(c, PW / 2, y - 2, "VISTO DI REGOLARITÀ CONTABILE", "Helvetica-Bold", 9.5, 1.5, center=True)
    y = justified(c, L + 8, y - 18, "Si appone il visto di regolarità contabile attestante la copertura finanziaria, ai sensi dell’art. 183, comma 7, del D.Lgs. 267/2000. Liquidazione n. 611/2026.", F, 10, W - 16, 13)
    c.setFont("Times-Roman", 10)
    c.drawString(L + 8, y - 8, "Piove di Sacco, 09/03/2026")
    c.drawRightString(R - 8, y - 8, "Il Responsabile del Settore Economico-Finanziario – Dott. Enrico Zecchin")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Canelli: Allegato A (tariffe cimiteriali) with Form XObjects
# ---------------------------------------------------------------------------
def canelli():
    fn = os.path.join(OUT, "allegato-canelli-apkappa.pdf")
    c = canvas.Canvas(fn, pagesize=A4)
    c.setCreator("APKappa - Sfera Atti"); c.setProducer("APKappa PDF Engine 3.2")
    c.setTitle("Allegato A - Tariffe servizi cimiteriali 2026")
    L, R = 50, PW - 50
    cols = [L, L + 45, L + 360, L + 425, R]

    c.beginForm("letterhead")
    c.setFillColor(Color(0.55, 0.1, 0.12)); c.rect(L, PH - 92, 5, 50, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 16); c.drawString(L + 14, PH - 60, "COMUNE DI CANELLI")
    c.setFont("Helvetica", 9); c.drawString(L + 14, PH - 74, "Provincia di Asti")
    c.setFont("Helvetica", 7.5); c.drawString(L + 14, PH - 87, "Via Roma, 37 – 14053 Canelli (AT) – www.comune.canelli.at.it")
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawRightString(R, PH - 60, "Allegato A alla deliberazione della Giunta Comunale")
    c.drawRightString(R, PH - 72, "n. 33 del 05/03/2026")
    c.setLineWidth(0.8); c.line(L, PH - 100, R, PH - 100)
    c.endForm()

    c.beginForm("tablehead")
    yh = PH - 170
    c.setFillColor(Color(0.88, 0.88, 0.88)); c.rect(L, yh - 6, R - L, 22, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 8.5)
    for x, h in zip(cols, ("Codice", "Descrizione del servizio", "Unità", "Tariffa (€)")):
        if h.startswith("Tariffa"):
            c.drawRightString(R - 6, yh + 2, h)
        else:
            c.drawString(x + 5, yh + 2, h)
    c.setLineWidth(0.5)
    c.rect(L, yh - 6, R - L, 22)
    c.endForm()

    c.beginForm("foot")
    c.setLineWidth(0.4); c.line(L, 48, R, 48)
    c.setFont("Helvetica", 7)
    c.drawString(L, 38, "Comune di Canelli – Servizi cimiteriali – Tariffe in vigore dal 01/04/2026 (IVA esclusa ove dovuta)")
    c.drawRightString(R, 38, "documento generato da Sfera Atti")
    c.endForm()

    rows = [
        ("SEZ", "INUMAZIONI"),
        ("I.01", "Inumazione in campo comune di salma adulta", "cad.", "320,00"),
        ("I.02", "Inumazione in campo comune di salma di minore di anni 10", "cad.", "160,00"),
        ("I.03", "Inumazione di resti mortali (esiti di fenomeni cadaverici trasformativi)", "cad.", "210,00"),
        ("I.04", "Esumazione ordinaria a scadenza del turno di rotazione", "cad.", "250,00"),
        ("I.05", "Esumazione straordinaria su richiesta dei familiari", "cad.", "480,00"),
        ("SEZ", "TUMULAZIONI"),
        ("T.01", "Tumulazione di feretro in loculo colombario", "cad.", "290,00"),
        ("T.02", "Tumulazione di feretro in tomba di famiglia o cappella privata", "cad.", "340,00"),
        ("T.03", "Tumulazione di cassetta ossario o urna cineraria in loculo occupato", "cad.", "95,00"),
        ("T.04", "Tumulazione di cassetta ossario o urna cineraria in celletta", "cad.", "80,00"),
        ("T.05", "Estumulazione ordinaria di feretro da loculo colombario", "cad.", "300,00"),
        ("T.06", "Estumulazione straordinaria con traslazione all'interno del cimitero", "cad.", "420,00"),
        ("T.07", "Apertura e chiusura loculo per ricognizione", "cad.", "150,00"),
        ("SEZ", "CREMAZIONI E DISPERSIONI"),
        ("C.01", "Deposito temporaneo di urna cineraria in camera mortuaria (al mese)", "mese", "25,00"),
        ("C.02", "Dispersione delle ceneri nel giardino delle rimembranze", "cad.", "120,00"),
        ("C.03", "Affidamento familiare dell'urna: istruttoria e verbale di consegna", "cad.", "40,00"),
        ("SEZ", "CONCESSIONI CIMITERIALI"),
        ("K.01", "Concessione loculo colombario 1ª e 4ª fila – durata 50 anni", "cad.", "2.150,00"),
        ("K.02", "Concessione loculo colombario 2ª e 3ª fila – durata 50 anni", "cad.", "2.680,00"),
        ("K.03", "Concessione loculo colombario 5ª fila – durata 50 anni", "cad.", "1.720,00"),
        ("K.04", "Concessione celletta ossario/cineraria – durata 30 anni", "cad.", "560,00"),
        ("K.05", "Concessione area per tomba di famiglia (Cimitero urbano, lotto C)", "mq", "1.380,00"),
        ("K.06", "Rinnovo concessione loculo per ulteriori 20 anni", "cad.", "980,00"),
        ("SEZ", "SERVIZI DIVERSI"),
        ("D.01", "Uso della camera mortuaria oltre le 24 ore (al giorno)", "giorno", "35,00"),
        ("D.02", "Traslazione di salma o resti in altro Comune: verbale e assistenza", "cad.", "110,00"),
        ("D.03", "Posa di lapide o copritomba: autorizzazione e sorveglianza", "cad.", "60,00"),
        ("D.04", "Illuminazione votiva: allacciamento", "cad.", "30,00"),
        ("D.05", "Illuminazione votiva: canone annuo per punto luce", "anno", "18,00"),
        ("D.06", "Rilascio di copia di autorizzazioni e concessioni cimiteriali", "cad.", "10,00"),
    ]
    per_page = [rows[:18], rows[18:]]
    for pi, chunk in enumerate(per_page, 1):
        c.doForm("letterhead")
        if pi == 1:
            c.setFont("Helvetica-Bold", 12)
            c.drawCentredString(PW / 2, PH - 128, "TARIFFE DEI SERVIZI CIMITERIALI – ANNO 2026")
            c.setFont("Helvetica", 9)
            c.drawCentredString(PW / 2, PH - 143, "(art. 42 del Regolamento comunale di polizia mortuaria)")
        else:
            c.setFont("Helvetica-Oblique", 9)
            c.drawCentredString(PW / 2, PH - 128, "Tariffe dei servizi cimiteriali – anno 2026 (segue)")
        c.doForm("tablehead")
        c.doForm("foot")
        y = PH - 194
        c.setLineWidth(0.3)
        for r in chunk:
            if r[0] == "SEZ":
                c.setFillColor(Color(0.95, 0.95, 0.95)); c.rect(L, y - 5, R - L, 17, stroke=0, fill=1)
                c.setFillColor(black)
                c.setFont("Helvetica-Bold", 8.5); c.drawString(L + 5, y + 1, r[1])
            else:
                c.setFont("Helvetica", 8.5)
                c.drawString(cols[0] + 5, y + 1, r[0])
                c.drawString(cols[1] + 5, y + 1, r[1])
                c.drawString(cols[2] + 5, y + 1, r[2])
                c.drawRightString(R - 6, y + 1, r[3])
            c.line(L, y - 5, R, y - 5)
            y -= 17
        c.setFont("Helvetica", 7)
        c.drawRightString(R, 58, "Pagina %d di %d" % (pi, len(per_page)))
        if pi == len(per_page):
            y -= 12
            c.setFont("Helvetica", 8.5)
            for note in ("Note:",
                         "– Le tariffe per i residenti nati nel Comune e trasferiti in strutture assistenziali fuori Comune sono ridotte del 50%.",
                         "– Per i servizi resi il sabato pomeriggio e nei giorni festivi si applica una maggiorazione del 30%.",
                         "– Le tariffe sono soggette ad aggiornamento annuale secondo la variazione ISTAT dei prezzi al consumo (FOI)."):
                c.drawString(L, y, note); y -= 12
            y -= 20
            c.drawString(L, y, "Canelli, 05/03/2026")
            c.drawRightString(R, y, "IL RESPONSABILE DEL SERVIZIO TECNICO")
            c.drawRightString(R, y - 12, "Geom. Piero Bosca")
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Cabras: avviso (unnumbered) drawn out of order, rotated Albo stamp
# ---------------------------------------------------------------------------
def cabras():
    fn = os.path.join(OUT, "avviso-cabras-zuddas.pdf")
    c = canvas.Canvas(fn, pagesize=A4)
    c.setCreator("Zuddas - Albo on line / Timbro digitale"); c.setProducer("Zuddas PDF Stamp 2.4")
    c.setTitle("Avviso soggiorno termale anziani 2026")
    L, R = 78, PW - 58
    W = R - L
    F, S, LD = "Times-Roman", 11.5, 15

    # layout first, draw later in a scrambled order
    items = []  # (order_key, callable)
    y = PH - 60
    letterhead = []
    letterhead.append(lambda: (c.setFont("Times-Bold", 18), c.drawCentredString(PW / 2 + 10, PH - 62, "COMUNE DI CABRAS")))
    letterhead.append(lambda: (c.setFont("Times-Italic", 10.5), c.drawCentredString(PW / 2 + 10, PH - 77, "Provincia di Oristano")))
    letterhead.append(lambda: (c.setFont("Helvetica-Bold", 9.5), c.drawCentredString(PW / 2 + 10, PH - 96, "SETTORE SOCIO-ASSISTENZIALE")))
    letterhead.append(lambda: (c.setFont("Helvetica", 9), c.drawCentredString(PW / 2 + 10, PH - 108, "Ufficio Servizi Sociali")))
    letterhead.append(lambda: (c.setLineWidth(0.7), c.line(L, PH - 116, R, PH - 116)))
    y = PH - 150
    title_lines = ["AVVISO PER LE ISCRIZIONI AL SOGGIORNO TERMALE", "PER ANZIANI – ANNO 2026"]
    title = []
    for i, tl in enumerate(title_lines):
        yy = y - i * 17
        title.append(lambda tl=tl, yy=yy: (c.setFont("Times-Bold", 14), c.drawCentredString(PW / 2 + 10, yy, tl)))
    y -= 17 * len(title_lines) + 14
    paras = [
        "Si rende noto che l’Amministrazione Comunale, in attuazione della deliberazione della Giunta Comunale n. 29 del 26/02/2026, organizza per l’anno 2026 un soggiorno termale per anziani presso le Terme di Sardara (SU), della durata di dodici giorni, nel periodo compreso tra il 4 e il 15 maggio 2026.",
        "Possono presentare domanda i cittadini residenti nel Comune di Cabras che abbiano compiuto 65 anni di età alla data di scadenza del presente avviso e che siano autosufficienti. Il trasporto con pullman da e per Cabras è a carico del Comune.",
        "La quota di compartecipazione a carico dei partecipanti è determinata in base all’ISEE del nucleo familiare, secondo le fasce approvate con la citata deliberazione, da un minimo di € 120,00 a un massimo di € 480,00. Le cure termali sono a carico del Servizio Sanitario Nazionale su prescrizione del medico curante.",
        "Le domande, redatte sull’apposito modulo disponibile presso l’Ufficio Servizi Sociali e sul sito istituzionale www.comune.cabras.or.it, dovranno essere presentate all’Ufficio Protocollo entro le ore 13:00 del giorno 3 aprile 2026, corredate da attestazione ISEE in corso di validità e da copia di un documento di identità.",
        "In caso di domande superiori ai 40 posti disponibili si formerà una graduatoria secondo il valore ISEE crescente; a parità di ISEE prevarrà l’età anagrafica maggiore.",
        "Per informazioni: Ufficio Servizi Sociali, via Tharros n. 121, tel. 0783 397223, dal lunedì al venerdì dalle ore 10:00 alle ore 12:30.",
    ]
    body = []
    for p in paras:
        lines = wrap_words(p, F, S, W)
        blk = []
        for i, ws in enumerate(lines):
            s = " ".join(ws)
            extra = (W - stringWidth(s, F, S)) / (len(ws) - 1) if i < len(lines) - 1 and len(ws) > 1 else 0
            yy = y
            blk.append(lambda s=s, yy=yy, extra=extra: _line(c, L, yy, s, F, S, extra))
            y -= LD
        body.append(blk)
        y -= 7
    y -= 12
    sig = [
        lambda yy=y: (c.setFont(F, S), c.drawString(L, yy, "Cabras, 12/03/2026")),
        lambda yy=y: (c.setFont("Helvetica-Bold", 9.5), c.drawCentredString(R - 110, yy, "LA RESPONSABILE DEL SETTORE")),
        lambda yy=y - 15: (c.setFont(F, S), c.drawCentredString(R - 110, yy, "Dott.ssa Giovanna Atzori")),
        lambda yy=y - 28: (c.setFont("Times-Italic", 8.5), c.drawCentredString(R - 110, yy, "firmato digitalmente ai sensi del D.Lgs. 82/2005")),
    ]

    def stamp():
        c.saveState()
        c.translate(40, 150)
        c.rotate(90)
        c.setStrokeColor(Color(0.1, 0.3, 0.6)); c.setFillColor(Color(0.1, 0.3, 0.6))
        c.setLineWidth(0.8)
        c.rect(0, -8, 560, 30, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(6, 11, "COMUNE DI CABRAS – ALBO PRETORIO ON LINE")
        c.setFont("Helvetica", 7.5)
        c.drawString(6, 0, "Registro pubblicazioni n. 356/2026 – pubblicato dal 13/03/2026 al 28/03/2026 – Il Responsabile della pubblicazione: Marco Piras")
        c.restoreState()

    # scrambled drawing order: stamp, signature, body bottom-up (last paragraph first,
    # each paragraph's lines in reverse), title, letterhead in reverse
    stamp()
    for f in sig[::-1]:
        f()
    for blk in body[::-1]:
        for f in blk[::-1]:
            f()
    for f in title[::-1]:
        f()
    for f in letterhead[::-1]:
        f()
    c.setFont("Helvetica", 7)
    c.drawCentredString(PW / 2 + 10, 30, "Comune di Cabras – Piazza Eleonora d’Arborea, 1 – 09072 Cabras (OR) – protocollo@pec.comune.cabras.or.it")
    c.showPage()
    c.save()


def _line(c, x, y, s, font, size, extra):
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setWordSpace(extra)
    t.textOut(s)
    c.drawText(t)


if __name__ == "__main__":
    piove(); canelli(); cabras()
