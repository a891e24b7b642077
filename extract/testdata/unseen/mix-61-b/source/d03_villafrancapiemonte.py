# Comune di Villafranca Piemonte: determinazione printed as a 132-column line-printer report
# (the text file written here is then set by enscript in landscape Courier and converted by ps2pdf).
import sys, textwrap
W = 132
out = []
def ln(s=""): out.append(s[:W])
def two(a, b): ln(a + " " * (W - len(a) - len(b)) + b)
def rule(ch="-"): ln("+" + ch * (W - 2) + "+")
def boxrow(cells):
    # cells: list of (text, width); widths include the leading "| "
    s = "|"
    for t, w in cells: s += " " + t.ljust(w - 1) + "|"
    ln(s)
two("COMUNE DI VILLAFRANCA PIEMONTE", "CITTA' METROPOLITANA DI TORINO")
two("Piazza Cavour 1 - 10068 Villafranca Piemonte (TO)", "STAMPA DEL 13/05/2026 ORE 09:42   PAG.    1")
ln("=" * W)
ln()
rule()
boxrow([("AREA ........: AREA TECNICA", 60), ("DETERMINAZIONE N. ....:    41", 34), ("DEL ..: 12/05/2026", 34)])
boxrow([("SERVIZIO ....: SERVIZIO LAVORI PUBBLICI E PATRIMONIO", 60), ("REG. GENERALE N. .....:   187", 34), ("DEL ..: 13/05/2026", 34)])
boxrow([("RESPONSABILE : GEOM. ALBERTO BORGNA", 60), ("PROPOSTA N. ..........:    52", 34), ("DEL ..: 08/05/2026", 34)])
rule()
ln()
subj = ("LAVORI DI SISTEMAZIONE IDRAULICA DEL RIO CANTOGNO IN FRAZIONE MIRADOLO - APPROVAZIONE DEL CERTIFICATO DI REGOLARE ESECUZIONE "
        "E LIQUIDAZIONE DEL SALDO - CUP B47H25000630004 - CIG B6F3A90D21")
first = True
for l in textwrap.wrap(subj, W - 12):
    ln(("OGGETTO  :  " if first else "            ") + l); first = False
ln("-" * W)
ln()
ln("                                                   IL RESPONSABILE DELL'AREA TECNICA")
ln()
body = [
"PREMESSO CHE CON DETERMINAZIONE N. 118 DEL 22/09/2025 (REG. GEN. N. 509) SONO STATI AFFIDATI ALLA DITTA MOVITER SCAVI S.R.L. DI CAVOUR (TO) I LAVORI DI SISTEMAZIONE IDRAULICA DEL RIO CANTOGNO IN FRAZIONE MIRADOLO, PER L'IMPORTO CONTRATTUALE DI EURO 96.340,00 OLTRE IVA;",
"VISTO IL CERTIFICATO DI REGOLARE ESECUZIONE EMESSO DAL DIRETTORE DEI LAVORI ING. SILVIA RUFFINO IN DATA 30/04/2026, DAL QUALE RISULTA UN CREDITO RESIDUO DELL'IMPRESA DI EURO 4.817,00 OLTRE IVA 22%;",
"ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELL'IMPRESA (DURC PROT. INAIL_52766310, SCADENZA 02/09/2026);",
"VISTI IL D.LGS. 18/08/2000 N. 267, IL D.LGS. 31/03/2023 N. 36 E IL DECRETO SINDACALE N. 3 DEL 02/01/2026 DI NOMINA DEL RESPONSABILE DELL'AREA TECNICA;",
]
for p in body:
    for l in textwrap.wrap(p, W - 4): ln("    " + l)
ln()
ln("                                                              D E T E R M I N A")
ln()
pts = [
"DI APPROVARE IL CERTIFICATO DI REGOLARE ESECUZIONE DEI LAVORI IN OGGETTO, EMESSO IN DATA 30/04/2026, CHE SI CONSERVA AGLI ATTI DELL'UFFICIO;",
"DI LIQUIDARE ALLA DITTA MOVITER SCAVI S.R.L. LA SOMMA DI EURO 5.876,74 (DI CUI EURO 1.059,74 PER IVA DA VERSARE ALL'ERARIO IN REGIME DI SCISSIONE DEI PAGAMENTI) A SALDO DI OGNI SUO AVERE;",
"DI IMPUTARE LA SPESA AL CAPITOLO 9420/2 \"INTERVENTI DI DIFESA DEL SUOLO\" - MISSIONE 09 PROGRAMMA 01 - IMPEGNO N. 1177/2025;",
"DI SVINCOLARE LA CAUZIONE DEFINITIVA PRESTATA DALL'IMPRESA MEDIANTE POLIZZA FIDEIUSSORIA N. 0418.227.93.",
]
for i, p in enumerate(pts, 1):
    ws = textwrap.wrap(p, W - 10)
    ln("    %d)  " % i + ws[0])
    for l in ws[1:]: ln("         " + l)
ln()
ln("-" * W)
two("VILLAFRANCA PIEMONTE, 13/05/2026", "IL RESPONSABILE DELL'AREA TECNICA")
two("", "F.TO GEOM. ALBERTO BORGNA")
ln()
ln("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, C. 7, D.LGS. 267/2000): FAVOREVOLE - 13/05/2026")
two("", "IL RESPONSABILE DEL SERVIZIO FINANZIARIO F.TO DOTT.SSA MARINA GALLO")
ln("=" * W)
ln("JVP-DET 4.2  *  PROCEDURA ATTI AMMINISTRATIVI  *  ELABORATO: DT0041-2026.LST")
open(sys.argv[1], "w", encoding="latin-1").write("\n".join(out) + "\n")
