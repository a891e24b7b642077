"""Comune di Palau, ordinanza di sospensione dei lavori on the Servizio
Edilizia Privata's printed form, "Delfi" house style (Courier, letterhead
centred, register line between rules, subject as a title in capitals).
The blanks are runs of underscores; the values are typed over them in
Helvetica, as a form filler does. The office is named only in the
signature block. ReportLab."""
import re
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

OUT = sys.argv[1]
W, H = A4
L = 58
CW = 6.0          # Courier 10: 6 pt a column
LEAD = 12.6
MONO, MONOB, FILL = "Courier", "Courier-Bold", "Helvetica"

VALUES = {
    "rg": "74", "rgd": "22/03/2028", "on": "4", "od": "22/03/2028",
    "vd": "20/03/2028", "vp": "3702",
    "vda": "Polizia Locale e Servizio Edilizia Privata (sopralluogo congiunto)",
    "loc": "Località Barrabisa, snc", "fg": "7", "map": "1123",
    "prop": "[omissis] - generalità in atti",
    "op1": "realizzazione di un manufatto in blocchi di calcestruzzo di circa 35 mq,",
    "op2": "con copertura in legno, in area classificata zona agricola E",
    "tit": "permesso di costruire e autorizzazione paesaggistica",
    "pd": "22/03/2028",
}

TEMPLATE = r"""
#C COMUNE DI PALAU
#C Provincia di Sassari
#C Via Nazionale, 3 - 07020 Palau (SS) - Tel. 0789 770800
================================================================================
Reg. Gen. N. [[rg:8]] del [[rgd:12]]
================================================================================

#B ORDINANZA N. [[on:6]] DEL [[od:12]]

#C SOSPENSIONE DEI LAVORI EDILI ESEGUITI IN ASSENZA DI TITOLO ABILITATIVO
#C (ART. 27 D.P.R. 6 GIUGNO 2001, N. 380)

#B IL RESPONSABILE DEL SERVIZIO

VISTO il verbale di sopralluogo del [[vd:12]] prot. n. [[vp:8]] redatto
da [[vda:74]],
dal quale risulta che sull'immobile sito in [[loc:34]],
distinto in Catasto al Foglio [[fg:6]] Mappale [[map:8]], di proprieta' di
[[prop:72]], sono
in corso di esecuzione le seguenti opere:
[[op1:80]]
[[op2:80]]
in assenza di [[tit:65]];

ACCERTATO che per le opere suddette non risulta rilasciato alcun titolo
abilitativo e che le stesse non rientrano tra gli interventi di edilizia libera;

VISTI l'art. 27 del D.P.R. 6 giugno 2001, n. 380, la L.R. 11 ottobre 1985, n. 23
e l'art. 107 del D.Lgs. 18 agosto 2000, n. 267;

#B O R D I N A

al committente, al proprietario, al direttore dei lavori e all'impresa
esecutrice, ciascuno per quanto di competenza:
1) l'IMMEDIATA SOSPENSIONE dei lavori sopra descritti;
2) di non riprendere i lavori fino all'adozione dei provvedimenti definitivi,
   da emanarsi entro 45 giorni dalla notifica della presente ordinanza;
3) di mantenere il cantiere in condizioni di sicurezza per la pubblica
   incolumita'.

#B D I S P O N E

che la presente ordinanza sia notificata agli interessati a cura del Comando
di Polizia Locale, che ne verifichera' l'osservanza, e trasmessa all'Autorita'
Giudiziaria ai sensi dell'art. 27, comma 4, del D.P.R. 380/2001.
Contro la presente ordinanza e' ammesso ricorso al T.A.R. Sardegna entro 60
giorni dalla notifica o ricorso straordinario al Presidente della Repubblica
entro 120 giorni.

Palau, [[pd:14]]
                                  IL RESPONSABILE DEL SERVIZIO
                                  EDILIZIA PRIVATA E URBANISTICA
                                  Ing. Antonella Degortes
                                  (documento firmato digitalmente)
"""

c = canvas.Canvas(OUT, pagesize=A4, pageCompression=1)
c.setTitle("Modulo ordinanza sospensione lavori")
c.setCreator("Delfi - Modulistica Edilizia")

y = H - 52
fields = re.compile(r"\[\[(\w+):(\d+)\]\]")
fills = []
for raw in TEMPLATE.strip("\n").split("\n"):
    y -= LEAD
    font = MONO
    center = False
    line = raw
    if raw.startswith("#C "):
        line, center = raw[3:], True
    elif raw.startswith("#B "):
        line, center, font = raw[3:], True, MONOB
    # replace fields by underscores, remember their columns
    out, pos, col = "", 0, 0
    for m in fields.finditer(line):
        out += line[pos:m.start()]
        n = int(m.group(2))
        fills.append((m.group(1), len(out), y))
        out += "_" * n
        pos = m.end()
    out += line[pos:]
    if center:
        off = (80 - len(out)) // 2
        fills[:] = [(k, cc + off if yy == y else cc, yy) for (k, cc, yy) in fills]
        out = " " * off + out
    if out.startswith("COMUNE DI PALAU", off if center else 0) and center:
        font = MONOB
    c.setFont(font, 10)
    c.drawString(L, y, out.rstrip())

# the form filler's layer: typed values over the blanks, in another font
c.setFillColorRGB(0.0, 0.0, 0.35)
for key, col, yy in fills:
    c.setFont(FILL, 9.5)
    c.drawString(L + col * CW + 3, yy + 1.6, VALUES[key])
c.setFillColorRGB(0, 0, 0)
c.setFont(MONO, 7.5)
c.drawString(L, 40, "Mod. ED/27 - rev. 2019")
c.drawRightString(L + 480, 40, "Documento firmato digitalmente ai sensi del D.Lgs. 82/2005")
c.showPage()
c.save()
