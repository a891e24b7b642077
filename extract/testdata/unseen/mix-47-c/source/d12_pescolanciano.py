# Comune di Pescolanciano - unnumbered notice laid out like a QuarkXPress poster: PostScript written by hand
# (ISO Latin-1 re-encoded Helvetica/Times), distilled to PDF by Ghostscript (ps2pdf) in build.sh.
W, H = 595, 842
def s(t): return "(" + t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
out = ["%!PS-Adobe-3.0", "%%Creator: QuarkXPress(R) 2019 - avviso A4 (rifatto a mano)", "%%Title: Avviso sospensione idrica", "%%Pages: 1", "%%BoundingBox: 0 0 595 842", "%%EndComments",
"/reenc { findfont dup length dict begin {1 index /FID ne {def} {pop pop} ifelse} forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
"/HB /Helvetica-Bold reenc /HR /Helvetica reenc /TR /Times-Roman reenc /TI /Times-Italic reenc /TB /Times-Bold reenc",
"/ctr { dup stringwidth pop 595 exch sub 2 div currentpoint exch pop moveto show } def",
"%%Page: 1 1",
"0.06 0.28 0.55 setrgbcolor 0 762 595 80 rectfill",
"1 setgray /HB findfont 24 scalefont setfont 0 806 moveto %s ctr" % s("COMUNE DI PESCOLANCIANO"),
"/HR findfont 11 scalefont setfont 0 786 moveto %s ctr" % s("Provincia di Isernia"),
"/HR findfont 9 scalefont setfont 0 770 moveto %s ctr" % s("UFFICIO TECNICO COMUNALE"),
"0 setgray",
"/HB findfont 64 scalefont setfont 0 680 moveto %s ctr" % s("AVVISO"),
"0.75 0.1 0.1 setrgbcolor /HB findfont 17 scalefont setfont 0 646 moveto %s ctr 0 626 moveto %s ctr" % (s("SOSPENSIONE TEMPORANEA DELL'EROGAZIONE"), s("IDRICA NEL CENTRO STORICO")),
"0 setgray 2 setlinewidth 70 608 moveto 525 608 lineto stroke"]
body = ["Si comunica alla cittadinanza che, per consentire i lavori urgenti di",
"riparazione della condotta di distribuzione in Via Roma e in Piazza",
"Dante Alighieri, l'erogazione dell'acqua potabile sarà sospesa",
"", "@mercoledì 18 marzo 2026, dalle ore 8:30 alle ore 16:00", "",
"nelle seguenti vie: Via Roma, Piazza Dante Alighieri, Via Castello,",
"Via San Salvatore, Vico I e Vico II Roma, Largo della Chiesa.",
"", "Al ripristino del servizio l'acqua potrebbe presentarsi torbida per",
"alcuni minuti: si consiglia di lasciarla scorrere prima dell'uso.",
"Durante la sospensione sarà disponibile un'autobotte in Piazza Municipio.",
"", "Ci scusiamo per il disagio."]
y = 575
for l in body:
    if l.startswith("@"): out.append("/TB findfont 15 scalefont setfont 0 %d moveto %s ctr" % (y, s(l[1:])))
    elif l: out.append("/TR findfont 13 scalefont setfont 78 %d moveto %s show" % (y, s(l)))
    y -= 19
out += ["/TR findfont 12 scalefont setfont 78 250 moveto %s show" % s("Pescolanciano, 17 marzo 2026"),
"/TR findfont 12 scalefont setfont 330 210 moveto %s show" % s("IL RESPONSABILE DELL'UFFICIO TECNICO"),
"/TI findfont 12 scalefont setfont 365 192 moveto %s show" % s("Geom. Angelo Di Iorio"),
"/TI findfont 9 scalefont setfont 355 176 moveto %s show" % s("(firmato digitalmente ai sensi del D.Lgs. 82/2005)"),
"0.06 0.28 0.55 setrgbcolor 0 0 595 40 rectfill 1 setgray",
"/HR findfont 8 scalefont setfont 0 22 moveto %s ctr" % s("Comune di Pescolanciano - Via Municipio, 4 - 86097 Pescolanciano (IS) - Numero per segnalazioni guasti: 0865 832115"),
"showpage", "%%EOF"]
open("pescolanciano.ps", "w", encoding="latin-1").write("\n".join(out) + "\n")
