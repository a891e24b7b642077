"""Comune di Verzuolo, ordinanza of the Area Vigilanza (Polizia Locale).
House style "Icaro": centred letter-spaced letterhead, a ruled box with
Registro Generale / Data / Settore over Registro di Settore / Servizio,
OGGETTO: label, justified body, signature block on the right.
ReportLab; justified lines by word spacing (Tw) and character spacing (Tc),
letter-spaced headings by Tc."""
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from rlflow import Flow

OUT = sys.argv[1]
W, H = A4
L, R = 62, W - 58
HB, HR = "Helvetica-Bold", "Helvetica"

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Ordinanza n. 41 del 09/03/2028")
c.setAuthor("Icaro PA - Atti amministrativi")
c.setCreator("Icaro PA 8.3 - modulo Ordinanze")


def letterhead(f):
    c = f.c
    # crest: a simple shield outline
    c.setLineWidth(0.8)
    p = c.beginPath()
    p.moveTo(W / 2 - 14, H - 40); p.lineTo(W / 2 + 14, H - 40)
    p.lineTo(W / 2 + 14, H - 62); p.curveTo(W / 2 + 14, H - 72, W / 2, H - 76, W / 2, H - 78)
    p.curveTo(W / 2, H - 76, W / 2 - 14, H - 72, W / 2 - 14, H - 62); p.close()
    c.drawPath(p)
    t = c.beginText(0, 0)
    txt = "COMUNE DI VERZUOLO"
    from reportlab.pdfbase.pdfmetrics import stringWidth
    cs = 3.2
    w = stringWidth(txt, HB, 15) + cs * (len(txt) - 1)
    t.setTextOrigin((W - w) / 2, H - 98)
    t.setFont(HB, 15); t.setCharSpace(cs); t.textOut(txt); t.setCharSpace(0)
    c.drawText(t)
    c.setFont(HR, 9.5)
    c.drawCentredString(W / 2, H - 111, "Provincia di Cuneo")
    c.setFont(HR, 7.5)
    c.drawCentredString(W / 2, H - 122, "Piazza Martiri della Libertà, 1 – 12039 Verzuolo (CN) – Tel. 0175 255111 – "
                        "PEC: protocollo@pec.comune.verzuolo.cn.it")
    c.setLineWidth(0.5)
    c.line(L, H - 128, R, H - 128)


def box(f, cells):
    """cells: rows of (label, value, width fraction)."""
    c = f.c
    y = H - 140
    rh = 26
    c.setLineWidth(0.6)
    for row in cells:
        x = L
        for label, value, frac in row:
            cw = (R - L) * frac
            c.rect(x, y - rh, cw, rh)
            c.setFont(HR, 6.8)
            c.drawString(x + 4, y - 9, label)
            c.setFont(HB, 10)
            c.drawString(x + 4, y - 21, value)
            x += cw
        y -= rh
    return y


def page_start(f):
    if f.page == 1:
        letterhead(f)
        y = box(f, [
            [("REGISTRO GENERALE N.", "41", 0.24), ("DATA", "09/03/2028", 0.22),
             ("SETTORE", "AREA VIGILANZA", 0.54)],
            [("REGISTRO DI SETTORE N.", "12", 0.24), ("ANNO", "2028", 0.22),
             ("SERVIZIO", "POLIZIA LOCALE", 0.54)],
        ])
        return y - 14
    c = f.c
    c.setFont(HR, 7.5)
    c.drawString(L, H - 40, "Comune di Verzuolo – Area Vigilanza")
    c.drawRightString(R, H - 40, "Ordinanza Reg. Gen. n. 41 del 09/03/2028")
    c.setLineWidth(0.3)
    c.line(L, H - 44, R, H - 44)
    return H - 56


def page_end(f):
    c = f.c
    c.setLineWidth(0.3)
    c.line(L, 46, R, 46)
    c.setFont(HR, 7)
    c.drawString(L, 36, "Documento informatico firmato digitalmente ai sensi del D.Lgs. 7 marzo 2005, n. 82 e norme collegate")
    c.drawRightString(R, 36, "Pag. %d di 2" % f.page)


f = Flow(c, L, R, H - 60, 62, mode="tw", size=10.2, leading=13.6,
         page_start=page_start, page_end=page_end)

f.center("ORDINANZA", HB, 13, charspace=5.0, after=10)
f.para([("OGGETTO:", HB), ("Istituzione temporanea del divieto di transito e di sosta con rimozione "
        "forzata in Via Roma, Piazza Martiri della Libertà e Via Europa in occasione della "
        "manifestazione “Verzuolo in Fiore” di domenica 26 marzo 2028.", HB)], after=12)
f.center("IL COMANDANTE DELLA POLIZIA LOCALE", HB, 10.5, after=8)

P = [
    ("VISTA", "la nota prot. n. 3187 del 2 marzo 2028 con la quale la Pro Loco di Verzuolo comunica lo "
     "svolgimento della manifestazione florovivaistica “Verzuolo in Fiore”, prevista per domenica 26 marzo "
     "2028 dalle ore 7:00 alle ore 20:00, con l'allestimento di circa sessanta aree espositive lungo Via "
     "Roma, Piazza Martiri della Libertà e Via Europa;"),
    ("VISTA", "la deliberazione della Giunta Comunale n. 22 del 23 febbraio 2028, con la quale è stato "
     "concesso il patrocinio alla manifestazione;"),
    ("CONSIDERATO", "che, per consentire l'allestimento e lo smontaggio delle aree espositive e per "
     "garantire la sicurezza dei visitatori, è necessario interdire il transito e la sosta dei veicoli "
     "nelle vie interessate e predisporre un percorso alternativo per il traffico di attraversamento;"),
    ("SENTITO", "il Responsabile dell'Area Tecnica in merito alla segnaletica temporanea da installare;"),
    ("VISTI", "gli articoli 5, 6, 7 e 159 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) "
     "e il relativo Regolamento di esecuzione e di attuazione approvato con D.P.R. 16 dicembre 1992, n. 495;"),
    ("VISTO", "l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;"),
    ("VISTO", "il decreto del Sindaco n. 2 del 10 gennaio 2028, di nomina del Responsabile dell'Area "
     "Vigilanza;"),
]
for k, v in P:
    f.para([(k, HB), (v, HR)], after=4)

f.space(4)
f.center("ORDINA", HB, 11.5, charspace=4.0, after=4)
f.para([("dalle ore 5:00 alle ore 22:00 di domenica 26 marzo 2028:", HR)], align="L", after=4)
pts = [
    "l'istituzione del divieto di transito a tutti i veicoli in Via Roma, nel tratto compreso tra Via "
    "Europa e Piazza Martiri della Libertà, e nell'intera Piazza Martiri della Libertà;",
    "l'istituzione del divieto di sosta con rimozione forzata su ambo i lati di Via Roma, di Via Europa "
    "(tratto compreso tra Via Roma e Via Don Orione) e nell'intera area di Piazza Martiri della Libertà;",
    "la deviazione del traffico veicolare proveniente dalla S.P. 589 lungo Via Saluzzo, Via Vittorio "
    "Veneto e Corso Re Umberto, secondo le indicazioni della segnaletica di preavviso;",
    "che i divieti di cui ai punti precedenti non si applichino ai veicoli degli espositori autorizzati "
    "nelle fasi di allestimento e smontaggio, ai veicoli di soccorso, delle Forze dell'Ordine e della "
    "Polizia Locale.",
]
for i, p in enumerate(pts, 1):
    f.para([(p, HR)], indent=20, label="%d." % i, label_gap=16, after=4)

f.space(4)
f.center("DISPONE", HB, 11.5, charspace=4.0, after=4)
f.para([("che l'Area Tecnica provveda alla posa della prescritta segnaletica almeno 48 ore prima "
         "dell'entrata in vigore dei divieti e che la presente ordinanza sia resa nota al pubblico mediante "
         "pubblicazione all'Albo Pretorio on line e l'installazione della segnaletica prevista dal Codice "
         "della Strada.", HR)])
f.center("AVVERTE", HB, 11.5, charspace=4.0, after=4)
f.para([("che i trasgressori saranno puniti ai sensi del D.Lgs. 285/1992 e che contro il presente "
         "provvedimento è ammesso ricorso al T.A.R. Piemonte entro 60 giorni dalla pubblicazione oppure, in "
         "alternativa, ricorso straordinario al Presidente della Repubblica entro 120 giorni; è inoltre "
         "ammesso ricorso al Ministero delle Infrastrutture e dei Trasporti entro 60 giorni, ai sensi "
         "dell'art. 37, comma 3, del D.Lgs. 285/1992.", HR)])

f.space(6)
f.para([("Verzuolo, 9 marzo 2028", HR)], align="L", after=14)
f.need(60)
for txt, font in [("IL COMANDANTE DELLA POLIZIA LOCALE", HB), ("Isp. Capo Marco Dalmasso", HR),
                  ("(firmato digitalmente)", "Helvetica-Oblique")]:
    f.y -= 13
    c.setFont(font, 10)
    c.drawCentredString(R - 110, f.y, txt)
f.finish()
c.save()
