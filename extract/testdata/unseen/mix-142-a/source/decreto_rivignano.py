"""Rivignano Teor, Insiel-like decreto del Sindaco written as a hand-made
content stream with pikepdf (standard 14 fonts, WinAnsi, lines justified
with Tw, headings letter-spaced with Tc, a TJ array with kerning in the
title)."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
L, R = 62, 533
TW = R - L
ops = []
FONTS = {"F1": "Times-Roman", "F2": "Times-Bold", "F3": "Helvetica", "F4": "Helvetica-Bold", "F5": "Times-Italic"}


def esc(s):
    b = s.encode("cp1252")
    return "(" + "".join(chr(x) for x in b).replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def text(x, y, s, f="F1", size=11, tw=0, tc=0):
    ops.append("BT /%s %.1f Tf %.3f Tw %.2f Tc %.2f %.2f Td %s Tj ET" % (f, size, tw, tc, x, y, esc(s)))


def centred(y, s, f, size, tc=0):
    w = stringWidth(s, FONTS[f], size) + tc * (len(s) - 1)
    text((W - w) / 2, y, s, f, size, tc=tc)


def wrap(s, f, size, width):
    out, cur = [], ""
    for w in s.split():
        t = (cur + " " + w).strip()
        if cur and stringWidth(t, FONTS[f], size) > width:
            out.append(cur); cur = w
        else:
            cur = t
    return out + [cur]


def para(y, s, f="F1", size=11, lead=14.5, x=L, width=TW, justify=True):
    ls = wrap(s, f, size, width)
    for i, ln in enumerate(ls):
        tw = 0
        if justify and i < len(ls) - 1 and ln.count(" "):
            tw = (width - stringWidth(ln, FONTS[f], size)) / ln.count(" ")
        text(x, y, ln, f, size, tw)
        y -= lead
    return y - 4


# letterhead
ops.append("q 0.8 w %.1f %.1f m %.1f %.1f l S Q" % (L, H - 108, R, H - 108))
ops.append("q 0.7 w %.1f %.1f 34 40 re S Q" % (L, H - 98))
text(L + 6, H - 80, "STEMMA", "F3", 5)
text(L + 46, H - 70, "COMUNE DI RIVIGNANO TEOR", "F4", 15)
text(L + 46, H - 84, "Regione Autonoma Friuli Venezia Giulia", "F3", 8.5)
text(L + 46, H - 96, "Piazza IV Novembre, 34 - 33061 Rivignano Teor (UD) - PEC comune.rivignanoteor@certgov.fvg.it", "F3", 7)
y = H - 140
# title with TJ kerning
ops.append("BT /F2 13 Tf %.2f %.2f Td [(DECRETO DEL SIND) 20 (A) 30 (CO N. 1 DEL 09/01/2029)] TJ ET"
           % ((W - stringWidth("DECRETO DEL SINDACO N. 1 DEL 09/01/2029", "Times-Bold", 13)) / 2, y))
y -= 30
text(L, y, "OGGETTO:", "F2", 11)
y = para(y, "NOMINA DEL RESPONSABILE DELLA PROTEZIONE DEI DATI PERSONALI (RPD/DPO) AI SENSI DELL'ART. 37 DEL REGOLAMENTO (UE) 2016/679 PER IL BIENNIO 2029-2030", "F2", 11, 14, x=L + 62, width=TW - 62) - 8
centred(y, "IL SINDACO", "F2", 11.5, tc=1.5); y -= 22
for s in [
    "VISTO il Regolamento (UE) 2016/679 del Parlamento europeo e del Consiglio del 27 aprile 2016, relativo alla protezione delle persone fisiche con riguardo al trattamento dei dati personali (GDPR), e in particolare gli articoli 37, 38 e 39;",
    "VISTO il D.Lgs. 30 giugno 2003, n. 196, come modificato dal D.Lgs. 10 agosto 2018, n. 101;",
    "DATO ATTO che con determinazione del Responsabile dell'Area Amministrativa n. 301 del 20/12/2028 è stato affidato alla società Privacy Friuli S.r.l. di Udine il servizio di supporto per gli adempimenti in materia di protezione dei dati personali per il biennio 2029-2030, comprensivo della funzione di RPD;",
    "CONSIDERATO che la società ha indicato quale referente per lo svolgimento della funzione l'avv. Chiara Tonizzo, in possesso di idonee qualità professionali e di conoscenza specialistica della normativa;",
    "VISTO l'art. 50, comma 10, del D.Lgs. 18 agosto 2000, n. 267;",
]:
    y = para(y, s)
y -= 4
centred(y, "DECRETA", "F2", 11.5, tc=3); y -= 22
for i, s in enumerate([
    "di designare la società Privacy Friuli S.r.l., con sede in Udine, quale Responsabile della protezione dei dati personali (RPD/DPO) del Comune di Rivignano Teor per il periodo dal 01/01/2029 al 31/12/2030, con referente l'avv. Chiara Tonizzo;",
    "di disporre che i dati di contatto del RPD siano pubblicati sul sito istituzionale e comunicati al Garante per la protezione dei dati personali;",
    "di trasmettere il presente decreto ai Titolari di Posizione Organizzativa e al Segretario comunale.",
], 1):
    text(L, y, "%d." % i, "F1", 11)
    y = para(y, s, x=L + 18, width=TW - 18)
y -= 14
text(L, y, "Rivignano Teor, 09/01/2029", "F1", 11)
text(R - 150, y, "IL SINDACO", "F2", 11); y -= 15
text(R - 150, y, "Mario Anzil", "F1", 11); y -= 13
text(R - 170, y, "(firmato digitalmente)", "F5", 8.5)
text(L, 34, "Decreto del Sindaco n. 1 del 09/01/2029 - pag. 1 di 1", "F3", 7)

pdf = pikepdf.new()
res = Dictionary(Font=Dictionary({"/" + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name("/" + v),
                                                       Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()}))
page = Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]), Resources=res,
                  Contents=pdf.make_stream("\n".join(ops).encode("latin-1")))
pdf.pages.append(pikepdf.Page(page))
with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
    pass
pdf.docinfo["/Producer"] = "Insiel ADWeb - stampa atti"
pdf.docinfo["/Title"] = "Decreto del Sindaco n. 1/2029"
pdf.save(out)
