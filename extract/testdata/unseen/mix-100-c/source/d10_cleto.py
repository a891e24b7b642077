# unnumbered AVVISO, Cleto: hand-written PostScript, office as a right-aligned block; blocks drawn out of
# reading order (signature, body, letterhead, office block, title); Ghostscript ps2pdf
import sys
def esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace")
out = [b"%!PS-Adobe-3.0\n%%BoundingBox: 0 0 595 842\n%%Pages: 1\n%%EndComments\n",
 b"/re { findfont exch makefont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding def currentdict end } def\n",
 b"/TR [1 0 0 1 0 0] /Times-Roman re /TRL exch definefont pop /TB [1 0 0 1 0 0] /Times-Bold re /TBL exch definefont pop /TI [1 0 0 1 0 0] /Times-Italic re /TIL exch definefont pop\n",
 b"/rshow { dup stringwidth pop neg 0 rmoveto show } def /cshow { dup stringwidth pop 2 div neg 0 rmoveto show } def\n%%Page: 1 1\n"]
def t(x, y, s, f="TRL", sz=11, how="show"):
    out.append(b"/%s findfont %g scalefont setfont %g %g moveto (" % (f.encode(), sz, x, y) + esc(s) + b") %s\n" % how.encode())
# 1 signature block first
t(430, 150, "Il Responsabile dell'Ufficio Tecnico", sz=11, how="cshow"); t(430, 135, "ing. Pasquale Cupelli", "TIL", 11, "cshow")
t(72, 180, "Cleto, 26 marzo 2026")
# 2 body
body = ["Si comunica alla cittadinanza che, per consentire i lavori di sostituzione della saracinesca di",
 "regolazione sulla condotta adduttrice del serbatoio di contrada Savuto, il giorno lunedì 30 marzo 2026",
 "dalle ore 8:30 alle ore 16:00 sarà sospesa l'erogazione dell'acqua nelle seguenti zone:",
 "",
 "   -  località Savuto, contrada Marinella e contrada Serra;",
 "   -  via Nazionale, via Petramala e piazza del Popolo nel centro storico;",
 "   -  frazione di Pietramala (da via della Chiesa a via Cozzo).",
 "",
 "Durante l'interruzione sarà disponibile un'autobotte in piazza del Popolo. Al ripristino del servizio",
 "l'acqua potrà presentarsi torbida per alcune ore: si raccomanda di lasciarla scorrere prima dell'uso",
 "alimentare. L'Amministrazione si scusa per il disagio.",
 "",
 "Per segnalazioni: Ufficio Tecnico comunale, tel. 0982 44010, dal lunedì al venerdì ore 9:00-13:00."]
y = 470
for l in body: t(72, y, l, sz=11); y -= 15
# 3 letterhead
out.append(b"newpath 0.55 0.1 0.1 setrgbcolor 297 790 18 0 360 arc closepath stroke 0 setgray\n")
t(297, 752, "COMUNE DI CLETO", "TBL", 18, "cshow"); t(297, 737, "Provincia di Cosenza", "TIL", 10.5, "cshow")
t(297, 724, "Via Municipio, 1 - 87030 Cleto (CS) - PEC: protocollo.cleto@asmepec.it", sz=8.5, how="cshow")
out.append(b"newpath 72 716 moveto 523 716 lineto 0.6 setlinewidth stroke\n")
# 4 office block at the right
t(523, 690, "Ufficio Tecnico Comunale", "TBL", 11, "rshow"); t(523, 676, "Servizio Idrico Integrato", sz=11, how="rshow")
t(523, 662, "Responsabile: ing. Pasquale Cupelli", "TIL", 9.5, "rshow")
t(72, 640, "Prot. n. 1433")
# 5 title and subject last
t(297, 590, "A V V I S O", "TBL", 20, "cshow")
t(297, 560, "Interruzione del servizio idrico in località Savuto, nel centro storico e nella", "TBL", 12, "cshow")
t(297, 545, "frazione di Pietramala il giorno 30 marzo 2026", "TBL", 12, "cshow")
out.append(b"showpage\n%%EOF\n")
open(sys.argv[1], "wb").write(b"".join(out))
