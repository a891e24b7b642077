#!/usr/bin/env python3
"""Comune di Altavilla Irpina - avviso of the Segretario comunale as
Responsabile del Servizio Personale. The GIES print spool writes PostScript
itself (Courier re-encoded to ISO Latin-1, one `show` per 80-column line);
the protocol number and date are typed afterwards over the blanks of the
pre-printed line. build.sh passes the .ps through ps2pdf."""
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "avviso-altavilla.ps"

LINES = r"""
================================================================================
                          COMUNE DI ALTAVILLA IRPINA
                             Provincia di Avellino
================================================================================
 AREA AMMINISTRATIVA - SERVIZIO PERSONALE
 Prot. n. ____________ del ______________

                                    AVVISO

        APPROVAZIONE DELLA GRADUATORIA FINALE DEL CONCORSO PUBBLICO PER
        TITOLI ED ESAMI PER LA COPERTURA DI N. 1 POSTO DI ISTRUTTORE
        AMMINISTRATIVO-CONTABILE, AREA DEGLI ISTRUTTORI, A TEMPO PIENO
                             E INDETERMINATO

                      IL RESPONSABILE DEL SERVIZIO PERSONALE

 Visto il bando di concorso prot. n. 4688 del 21/07/2026, pubblicato sul
 portale InPA e, per estratto, all'Albo pretorio on line del Comune;

                                   RENDE NOTO

 che con determinazione del Responsabile del Servizio Personale R.G. n. 538
 dell'11/12/2026 sono stati approvati i verbali della commissione
 esaminatrice e la graduatoria finale di merito del concorso in oggetto,
 pubblicata in allegato alla determinazione medesima.

 La graduatoria resta valida per due anni dalla data di approvazione.

 La presente pubblicazione ha valore di notifica a tutti gli effetti nei
 confronti dei candidati. Dalla data di pubblicazione del presente avviso
 decorrono i termini per l'eventuale impugnazione innanzi al T.A.R.
 Campania - Sezione di Salerno (60 giorni) o per il ricorso straordinario
 al Presidente della Repubblica (120 giorni).

 Per informazioni: Servizio Personale, dal lunedi' al venerdi' ore 9:00-12:00.

 Altavilla Irpina, 14/12/2026

                                    IL RESPONSABILE DEL SERVIZIO PERSONALE
                                           IL SEGRETARIO COMUNALE
                                         F.to dott. Pasquale Ciampa

 ------------------------------------------------------------------------------
 Firma autografa sostituita a mezzo stampa ai sensi dell'art. 3, comma 2,
 del D.Lgs. 39/1993. L'originale e' depositato presso il Servizio Personale.
""".strip("\n").split("\n")


def ps_str(s):
    b = s.encode("latin-1")
    out = ""
    for x in b:
        if x in (0x28, 0x29, 0x5C):
            out += "\\" + chr(x)
        elif x > 126:
            out += "\\%03o" % x
        else:
            out += chr(x)
    return "(" + out + ")"


size = 10
lead = 12.6
x0, ytop = 58, 842 - 64
ps = ["%!PS-Adobe-3.0", "%%Creator: GIES Atti - Spool PS 2.4", "%%Title: Avviso graduatoria concorso",
      "%%Pages: 1", "%%BoundingBox: 0 0 595 842", "%%EndComments",
      "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall",
      "  /Encoding ISOLatin1Encoding 256 array copy dup 45 /hyphen put def currentdict end definefont pop } bind def",
      "/CourierL /Courier reenc /CourierBL /Courier-Bold reenc",
      "%%Page: 1 1", "/CourierL findfont %g scalefont setfont" % size]
y = ytop
proty = None
for ln in LINES:
    if ln.startswith(" Prot. n."):
        proty = y
    if ln.strip().startswith(("AVVISO", "RENDE NOTO", "IL RESPONSABILE", "APPROVAZIONE", "TITOLI ED", "AMMINISTRATIVO-", "E INDETERMINATO", "IL SEGRETARIO")):
        ps.append("/CourierBL findfont %g scalefont setfont" % size)
        ps.append("%g %g moveto %s show" % (x0, y, ps_str(ln)))
        ps.append("/CourierL findfont %g scalefont setfont" % size)
    elif ln:
        ps.append("%g %g moveto %s show" % (x0, y, ps_str(ln)))
    y -= lead
# typed values over the protocol blanks (column 10 and column 28)
cw = size * 0.6
ps.append("/CourierBL findfont %g scalefont setfont" % size)
ps.append("%g %g moveto %s show" % (x0 + 11 * cw, proty + 1.2, ps_str("7421")))
ps.append("%g %g moveto %s show" % (x0 + 29 * cw, proty + 1.2, ps_str("14/12/2026")))
ps += ["showpage", "%%EOF"]
open(OUT, "w", encoding="latin-1").write("\n".join(ps) + "\n")
