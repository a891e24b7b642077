# Writes a hand-made PostScript program (landscape table of SIOPE+ payment orders, annex of a Copertino determinazione);
# build.sh turns it into PDF with Ghostscript's ps2pdf.
import sys, random
random.seed(412)
OUT = sys.argv[1]
def ps(s):
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1").decode("latin-1") + ")"
benef = ["ENEL ENERGIA S.P.A.", "ACQUEDOTTO PUGLIESE S.P.A.", "MONTECO S.R.L.", "TIM S.P.A.", "INPS - GESTIONE DIPENDENTI PUBBLICI",
         "AGENZIA DELLE ENTRATE - ERARIO", "TESORERIA PROVINCIALE DELLO STATO", "COOP. SOCIALE IL MELOGRANO", "EDIL SALENTO S.R.L.",
         "FARMACIA COMUNALE COPERTINO", "CARTOLERIA LEUZZI S.N.C.", "ASSOCIAZIONE PRO LOCO COPERTINO", "STUDIO TECNICO ING. CALASSO F.",
         "ANAC - AUTORITA' NAZIONALE ANTICORRUZIONE", "PUBLIACQUA SERVIZI S.R.L.", "UNIPOLSAI ASSICURAZIONI S.P.A."]
siope = ["U.1.03.02.05.004", "U.1.03.02.05.005", "U.1.03.02.15.004", "U.1.03.02.05.001", "U.1.01.02.01.001", "U.1.02.01.01.001",
         "U.1.04.04.01.001", "U.2.02.01.09.012", "U.1.03.01.02.001", "U.1.03.02.11.999", "U.1.10.04.01.003"]
mp = ["01.02", "01.05", "09.03", "04.02", "12.07", "10.05", "01.11", "05.02", "01.06"]
rows = []
tot = 0
n = 1288
for i in range(38):
    n += random.randint(1, 4)
    day = 2 + i * 25 // 38
    imp = round(random.uniform(45, 9800), 2)
    tot += imp
    esito = "ESEGUITO" if day < 22 else "ACQUISITO"
    rows.append((str(n), "%02d/03/2026" % day, random.choice(benef), random.choice(siope), random.choice(mp),
                 ("%.2f" % imp).replace(".", ","), esito))
def eur(x):
    s = "%.2f" % x; a, b = s.split("."); a = "{:,}".format(int(a)).replace(",", ".")
    return a + "," + b
for r in rows:
    v = float(r[5].replace(",", ".")); 
rows = [r[:5] + (eur(float(r[5].replace(",", "."))),) + r[6:] for r in rows]
PER = 22
pages = [rows[i:i+PER] for i in range(0, len(rows), PER)]
L = []
L.append("%!PS-Adobe-3.0\n%%Title: Allegato A - Prospetto ordinativi SIOPE+\n%%Creator: SIOPE+ Esiti - stampa prospetto (PostScript)\n%%Pages: " + str(len(pages)) + "\n%%DocumentMedia: A4 842 595 0 () ()\n%%Orientation: Landscape\n%%EndComments")
L.append("""/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
 /Encoding ISOLatin1Encoding def currentdict end definefont pop } def
/F /Helvetica reenc /FB /Helvetica-Bold reenc /FM /Courier reenc
/f { /F findfont exch scalefont setfont } def /fb { /FB findfont exch scalefont setfont } def /fm { /FM findfont exch scalefont setfont } def
/rshow { dup stringwidth pop neg 0 rmoveto show } def /cshow { dup stringwidth pop 2 div neg 0 rmoveto show } def
/hl { newpath moveto lineto stroke } def
<< /PageSize [842 595] >> setpagedevice""")
cols = [40, 100, 165, 395, 500, 560, 690]  # x of columns; importo right-aligned at 680
for pi, pg in enumerate(pages, 1):
    L.append("%%%%Page: %d %d\n" % (pi, pi) + "gsave")
    L.append("14 fb 40 550 moveto (COMUNE DI COPERTINO) show 9 f 40 538 moveto (Provincia di Lecce - Settore Economico Finanziario - Servizio Ragioneria) show")
    L.append("9 fb 802 550 moveto (ALLEGATO A) rshow 8 f 802 539 moveto " + ps("alla determinazione R.G. n. 412 del 27/03/2026") + " rshow")
    L.append("11 fb 421 514 moveto " + ps("PROSPETTO DEGLI ORDINATIVI DI PAGAMENTO TRASMESSI TRAMITE SIOPE+ - MARZO 2026") + " cshow")
    L.append("0.5 setlinewidth 40 504 802 504 hl 0.92 setgray 40 488 762 16 rectfill 0 setgray")
    hdr = ["N. ORD.", "DATA EMISS.", "BENEFICIARIO", "CODICE SIOPE", "MISS./PROG.", "IMPORTO (EUR)", "ESITO OPI"]
    L.append("7.5 fb")
    for x, h in zip(cols, hdr):
        if h.startswith("IMPORTO"):
            L.append("680 493 moveto (%s) rshow" % h)
        else:
            L.append("%d 493 moveto (%s) show" % (x + 2, h))
    y = 475
    L.append("8 fm")
    for r in pg:
        for j, (x, v) in enumerate(zip(cols, r)):
            if j == 5:
                L.append("680 %d moveto %s rshow" % (y, ps(v)))
            else:
                L.append("%d %d moveto %s show" % (x + 2, y, ps(v)))
        L.append("0.2 setlinewidth 0.6 setgray 40 %d 802 %d hl 0 setgray" % (y - 4, y - 4))
        y -= 17
    if pi == len(pages):
        L.append("9 fb 500 %d moveto (TOTALE ORDINATIVI N. %d) show 680 %d moveto %s rshow" % (y - 6, len(rows), y - 6, ps(eur(tot))))
        L.append("8 f 40 %d moveto %s show" % (y - 40, ps("Il presente prospetto costituisce parte integrante e sostanziale della determinazione cui è allegato.")))
        L.append("9 f 640 %d moveto (IL RESPONSABILE DEL SETTORE) cshow 640 %d moveto (Dott.ssa Maria Antonietta Nestola) cshow" % (y - 70, y - 82))
    L.append("0.5 setlinewidth 40 40 802 40 hl 7 f 40 30 moveto " + ps("Fonte: SIOPE+ - esiti applicativi OPI al 30/03/2026 - Ente 000712345 - Tesoriere: Banca Popolare Pugliese") + " show")
    L.append("802 30 moveto (Pagina %d di %d) rshow" % (pi, len(pages)))
    L.append("grestore showpage")
L.append("%%EOF")
open(OUT, "w", encoding="latin-1").write("\n".join(L) + "\n")
