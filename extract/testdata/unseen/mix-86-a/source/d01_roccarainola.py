# 80-column Courier report (Halley-style): writes latin-1 text for enscript; R.G. only in the running foot
import sys, textwrap
from acts import A, PREM
a = A["roccarainola"]; W = 78
def foot(p, n): return ["", "-" * W, ("Determinazione R.G. n. %d del %s - Pag. %d di %d" % (a["rg"], a["rgdate"], p, n)).center(W)]
L = [a["muni"].center(W), a["prov"].center(W), "=" * W, "",
     ("%s" % a["organ"]).ljust(40) + a["office"].rjust(38), "",
     ("DETERMINAZIONE N. %d DEL SETTORE II   DEL %s" % (a["sec"], a["secdate"])).center(W),
     ("(Proposta n. %d del %s)" % (a["prop"], a["propdate"])).center(W), "",
     "OGGETTO:"]
L += textwrap.wrap(a["subj"], W - 2, initial_indent="  ", subsequent_indent="  ")
L += ["", "-" * W, "IL RESPONSABILE DEL SETTORE II".center(W), ""]
for p in PREM + ["PREMESSO che la pavimentazione in pietra lavica di via San Giovanni e di piazza Municipio presenta numerosi basoli sconnessi e avvallamenti che costituiscono pericolo per la circolazione pedonale e veicolare;",
                 "CONSIDERATO che l'Ufficio Tecnico ha richiesto un preventivo alla ditta Edil Vesuvio S.r.l., che ha offerto l'importo di euro 18.640,00 oltre IVA, ritenuto congruo;",
                 "DATO ATTO dell'assenza di conflitti di interesse ai sensi dell'art. 16 del D.Lgs. 36/2023;"]:
    L += textwrap.wrap(p, W) + [""]
P1 = L
L = ["DETERMINA".center(W), ""]
for i, p in enumerate(a["pts"], 1):
    L += textwrap.wrap("%d) %s" % (i, p), W, subsequent_indent="   ") + [""]
L += ["", "Roccarainola, li %s" % a["secdate"], "",
      a["sign"].upper().rjust(W), a["signer"].rjust(W), "(firmato digitalmente)".rjust(W), "",
      "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA",
      "Si attesta la copertura finanziaria della spesa (impegno n. 301/2026).",
      "Il Responsabile del Settore III - Finanziario: Dott. Luigi Sodano".rjust(W)]
P2 = L
out = []
for i, P in enumerate([P1, P2], 1):
    body = P + [""] * max(0, 60 - len(P))
    out += body + foot(i, 2)
    if i == 1: out.append("\f")
open(sys.argv[1], "w", encoding="latin-1").write("\n".join(out).replace("\n\f\n", "\f") + "\n")
