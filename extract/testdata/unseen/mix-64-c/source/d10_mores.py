# Comune di Mores - bando: PostScript written by hand (Times/Helvetica re-encoded to ISO Latin-1), two-column
# body, blocks drawn out of reading order (foot, right column, left column, title, letterhead last);
# distilled by Ghostscript ps2pdf.
import sys
from reportlab.pdfbase.pdfmetrics import stringWidth   # used only to measure words for justification
W, H = 595.28, 841.89
out = ["%!PS-Adobe-3.0", "%%Title: BANDO PASCOLI 2026", "%%Creator: Studio K - SK/Albo", "%%Pages: 1", "%%BoundingBox: 0 0 595 842", "%%EndComments",
       "/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall /Encoding ISOLatin1Encoding def currentdict end definefont pop } def",
       "/TR /Times-Roman reenc /TB /Times-Bold reenc /TI /Times-Italic reenc /HB /Helvetica-Bold reenc /HR /Helvetica reenc",
       "%%Page: 1 1"]
PSN = {"TR": "Times-Roman", "TB": "Times-Bold", "TI": "Times-Italic", "HB": "Helvetica-Bold", "HR": "Helvetica"}
def esc(s): return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
def show(s, x, y, f, size): out.append("/%s %g selectfont %.2f %.2f moveto (%s) show" % (f, size, x, y, esc(s)))
def centre(s, y, f, size, x0=0, x1=W): show(s, (x0 + x1) / 2 - stringWidth(s, PSN[f], size) / 2, y, f, size)
def column(paras, x, y, width, f="TR", size=10, lead=12.4):
    for kind, text in paras:
        ff = "TB" if kind == "h" else f
        if kind == "h": centre(text, y, "TB", size, x, x + width); y -= lead + 2; continue
        words = text.split(); lines = []; cur = []
        for w in words:
            if cur and stringWidth(" ".join(cur + [w]), PSN[ff], size) > width: lines.append(cur); cur = [w]
            else: cur.append(w)
        lines.append(cur)
        for i, ln in enumerate(lines):
            s = " ".join(ln)
            if i < len(lines) - 1 and len(ln) > 1:
                gap = (width - stringWidth(s, PSN[ff], size)) / (len(ln) - 1)
                out.append("/%s %g selectfont %.2f %.2f moveto %.3f 0 32 (%s) widthshow" % (ff, size, x, y, gap, esc(s)))
            else: show(s, x, y, ff, size)
            y -= lead
        y -= 4
    return y
L, R, G = 56, W - 56, 18; CW = (R - L - G) / 2
left = [("h", "Art. 1 - Oggetto"),
        ("p", "Il Comune di Mores intende concedere in uso, per l'annata agraria 2026/2027, i lotti di terreno comunale ad uso pascolo situati nelle località Monte Lachesos, Badde Salighes e Sa Tanca Manna, per una superficie complessiva di ettari 214.32.50, suddivisi in sette lotti come indicato nell'allegato A."),
        ("h", "Art. 2 - Requisiti"),
        ("p", "Possono partecipare gli imprenditori agricoli professionali e i coltivatori diretti iscritti all'anagrafe zootecnica, con allevamento ubicato nel territorio comunale o in quelli confinanti, in regola con i pagamenti dei canoni delle annualità precedenti."),
        ("h", "Art. 3 - Canone"),
        ("p", "Il canone annuo a base di gara è fissato in euro 42,00 per ettaro. Sono ammesse soltanto offerte in aumento. Il canone è versato in unica soluzione entro il 30 settembre 2026.")]
right = [("h", "Art. 4 - Domanda"),
         ("p", "La domanda, redatta sul modello allegato B e corredata della copia del documento di identità, deve pervenire all'Ufficio Protocollo del Comune, anche tramite PEC, entro le ore 12:00 del giorno 20 maggio 2026."),
         ("h", "Art. 5 - Assegnazione"),
         ("p", "I lotti sono assegnati al miglior offerente; a parità di offerta prevale il richiedente più giovane. La graduatoria è pubblicata all'Albo Pretorio on line entro il 29 maggio 2026."),
         ("h", "Art. 6 - Informazioni"),
         ("p", "Il responsabile del procedimento è il geom. Giovanni Maria Soggiu, Area Tecnica - Servizio Patrimonio, tel. 079 7079012. Il presente bando è pubblicato all'Albo Pretorio on line e sul sito istituzionale del Comune.")]
# 1 foot
out.append("0.5 setlinewidth %g 60 moveto %g 60 lineto stroke" % (L, R))
show("Comune di Mores - Piazza Padre Paolo Serra n. 1 - 07013 Mores (SS) - protocollo@pec.comune.mores.ss.it", L, 48, "HR", 7)
# 2 signature block
centre("IL RESPONSABILE DELL'AREA TECNICA", 150, "TB", 10, W / 2 + 20, R)
centre("ing. Marcella Fois", 136, "TR", 10, W / 2 + 20, R)
centre("(firmato digitalmente)", 124, "TI", 8.5, W / 2 + 20, R)
show("Mores, 28 aprile 2026", L, 150, "TR", 10)
# 3 right column, then left column
top = 560
column(right, L + CW + G, top, CW)
column(left, L, top, CW)
out.append("0.4 setlinewidth %g %g moveto %g %g lineto stroke" % (L + CW + G / 2, top + 10, L + CW + G / 2, 200))
# 4 title block
centre("BANDO PUBBLICO", 668, "HB", 15)
centre("PER L'ASSEGNAZIONE IN CONCESSIONE DI LOTTI DI TERRENO COMUNALE", 646, "TB", 11.5)
centre("AD USO PASCOLO - ANNATA AGRARIA 2026/2027", 631, "TB", 11.5)
show("Prot. n. 2644 del 28/04/2026", L, 604, "TR", 9.5)
show("In esecuzione della determinazione del Responsabile dell'Area Tecnica n. 61 del 27/04/2026", L, 590, "TI", 9.5)
# 5 letterhead last
centre("COMUNE DI MORES", 784, "TB", 20)
centre("Provincia di Sassari", 768, "TI", 10.5)
centre("AREA TECNICA - Servizio Patrimonio", 753, "HR", 9)
out.append("1 setlinewidth %g 744 moveto %g 744 lineto stroke" % (L, R))
out += ["showpage", "%%EOF"]
open(sys.argv[1], "w", encoding="latin-1").write("\n".join(out) + "\n")
