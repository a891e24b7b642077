# Comune di Millesimo: determinazione printed as a 132-column line-printer report (capitals, apostrophes
# for accents, page headers repeated by the report program, form feeds between pages). Writes plain text.
import sys, textwrap
W = 132
def hdr(page):
    return [
        "COMUNE DI MILLESIMO".ljust(44) + "SISTEMA ATTI AMMINISTRATIVI - STAMPA DETERMINAZIONI".center(60) + f"PAG.{page:>4}".rjust(28),
        "PROVINCIA DI SAVONA".ljust(44) + "PROC. DT0410R  -  ELAB. 21/04/2026 16:07:33".center(60) + "UTENTE: UTEC03".rjust(28),
        "=" * W]
def wrap(t, ind=0, w=W - 8):
    return [" " * (4 + ind) + l for l in textwrap.wrap(t, w - ind)]
p1 = hdr(1) + [
 "",
 "+" + "-" * 62 + "+" + "-" * 67 + "+",
 "| " + "AREA TECNICA - MANUTENTIVA".ljust(61) + "| " + "DETERMINAZIONE DEL RESPONSABILE DI AREA".ljust(66) + "|",
 "| " + "SERVIZIO LAVORI PUBBLICI E PATRIMONIO".ljust(61) + "| " + "N. SETTORE ......: 47        DEL 20/04/2026".ljust(66) + "|",
 "| " + "".ljust(61) + "| " + "REG. GEN. N. ....: 211       DEL 21/04/2026".ljust(66) + "|",
 "| " + "CENTRO DI COSTO : 0105 - BENI DEMANIALI E PATRIMONIALI".ljust(61) + "| " + "PROPOSTA N. .....: 63        DEL 17/04/2026".ljust(66) + "|",
 "+" + "-" * 62 + "+" + "-" * 67 + "+",
 "",
 "OGGETTO: LAVORI DI RIFACIMENTO DELLA COPERTURA DEL CAPANNONE COMUNALE DI VIA PONTE VECCHIO - AFFIDAMENTO DIRETTO AI SENSI",
 "         DELL'ART. 50, COMMA 1, LETT. A) DEL D.LGS. 36/2023 ALLA DITTA EDIL VAL BORMIDA S.N.C. - CIG B92E7C05D4 - IMPEGNO DI SPESA",
 "",
 "IL RESPONSABILE DELL'AREA TECNICA - MANUTENTIVA".center(W),
 "",
]
prem = [
 "VISTO IL DECRETO SINDACALE N. 2 DEL 02/01/2026 CON IL QUALE E' STATA CONFERITA AL SOTTOSCRITTO LA RESPONSABILITA' DELL'AREA TECNICA - MANUTENTIVA;",
 "VISTA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 5 DEL 27/02/2026, ESECUTIVA, CON LA QUALE E' STATO APPROVATO IL BILANCIO DI PREVISIONE 2026/2028;",
 "PREMESSO CHE LA COPERTURA IN LASTRE DEL CAPANNONE COMUNALE DI VIA PONTE VECCHIO, ADIBITO A MAGAZZINO DEL SERVIZIO MANUTENZIONI, PRESENTA INFILTRAZIONI DIFFUSE E NECESSITA DI UN INTERVENTO NON PIU' DIFFERIBILE;",
 "VISTO IL PREVENTIVO PRESENTATO DALLA DITTA EDIL VAL BORMIDA S.N.C., CON SEDE IN MILLESIMO, ACQUISITO AL PROTOCOLLO N. 2318 DEL 14/04/2026, PER L'IMPORTO DI EURO 28.650,00 OLTRE IVA AL 22%;",
 "DATO ATTO CHE L'IMPORTO E' INFERIORE ALLA SOGLIA DI CUI ALL'ART. 50, COMMA 1, LETT. A) DEL D.LGS. 36/2023 E CHE LA DITTA E' IN POSSESSO DEI REQUISITI PRESCRITTI;",
 "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL_52219874 CON SCADENZA 09/07/2026);",
]
for t in prem: p1 += wrap(t, 0) + [""]
p2 = hdr(2) + ["", "D E T E R M I N A".center(W), ""]
pts = [
 "DI AFFIDARE ALLA DITTA EDIL VAL BORMIDA S.N.C. I LAVORI DI RIFACIMENTO DELLA COPERTURA DEL CAPANNONE COMUNALE DI VIA PONTE VECCHIO PER L'IMPORTO DI EURO 28.650,00 OLTRE IVA, PER COMPLESSIVI EURO 34.953,00;",
 "DI IMPEGNARE LA SPESA COMPLESSIVA DI EURO 34.953,00 COME DA PROSPETTO CHE SEGUE;",
 "DI DARE ATTO CHE IL CONTRATTO SARA' STIPULATO MEDIANTE CORRISPONDENZA SECONDO L'USO COMMERCIALE AI SENSI DELL'ART. 18 DEL D.LGS. 36/2023;",
 "DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE ATTO ALL'ALBO PRETORIO ON LINE E NELLA SEZIONE AMMINISTRAZIONE TRASPARENTE.",
]
for k, t in enumerate(pts, 1):
    ls = textwrap.wrap(t, W - 14)
    p2 += [f"  {k})  " + ls[0]] + ["       " + l for l in ls[1:]]
    if k == 2:
        p2 += ["",
          "       +--------+------------+------+-------------------------------------------+------------+----------+",
          "       | ESERC. | CAPITOLO   | ART. | DESCRIZIONE                               |    IMPORTO | IMPEGNO  |",
          "       +--------+------------+------+-------------------------------------------+------------+----------+",
          "       | 2026   | 2105.01    |  1   | MANUTENZIONE STRAORD. FABBRICATI COMUNALI |  34.953,00 | 2026/318 |",
          "       +--------+------------+------+-------------------------------------------+------------+----------+"]
    p2.append("")
p2 += ["",
 "MILLESIMO, LI' 21/04/2026".ljust(70) + "IL RESPONSABILE DELL'AREA TECNICA - MANUTENTIVA",
 "".ljust(70) + "      (GEOM. BRUNO CARLEVARINI)",
 "".ljust(70) + "  F.TO DIGITALMENTE AI SENSI DEL D.LGS. 82/2005",
 "", "-" * W,
 "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000): FAVOREVOLE",
 "MILLESIMO, LI' 21/04/2026".ljust(62) + "IL RESPONSABILE DEL SERVIZIO FINANZIARIO - (RAG. ORNELLA BAGNASCO)",
 "-" * W, "*** FINE STAMPA ***".center(W)]
for l in p1 + p2: assert len(l) <= W, (len(l), l)
open(sys.argv[1], "w", encoding="latin-1").write("\n".join(p1) + "\n\f" + "\n".join(p2) + "\n")
