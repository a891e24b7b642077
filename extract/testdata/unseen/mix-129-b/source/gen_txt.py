# Scafa: 80-column report of a legacy package ("SisWeb"-like), written as text with its own
# running head; build.sh prints it through enscript, groff, a2ps and pdflatex.
import sys, textwrap
from data import DOCS, dmy
out = sys.argv[1]
W = 80
def c(s): return s.center(W).rstrip()
for d in DOCS:
    if d["producer"] not in ("enscript", "groff", "a2ps", "pdflatex"): continue
    t, role, name = d["resp"]
    L = []
    L += ["=" * W, c("C O M U N E   D I   S C A F A"), c("PROVINCIA DI PESCARA"),
          c("Corso Vittorio Emanuele, 1 - 65027 SCAFA (PE) - C.F. 00232830681"), "=" * W, ""]
    L += [f"{d['organ'].upper()}", f"{d['office'].upper()}", "-" * W]
    L += [f"DETERMINAZIONE N. {d['number']:<5} DEL {dmy(d['date'])}      (REGISTRO GENERALE)".ljust(W)]
    L += [f"N. {d['sector_number']:<5} DEL {dmy(d['date'])}      (REGISTRO DI SETTORE)"]
    if "proposal_number" in d:
        L += [f"PROPOSTA N. {d['proposal_number']} DEL {dmy(d['proposal_date'])} - UFFICIO PROPONENTE: {d['proposing_office'].upper()}"]
    L += ["-" * W, ""]
    sub = textwrap.wrap(d["subject"], W - 10)
    L += ["OGGETTO : " + sub[0]] + [" " * 10 + s for s in sub[1:]]
    L += ["", "-" * W, "", c(f"IL RESPONSABILE DEL {d['organ'].split(' - ')[0].upper()}"), ""]
    body = [f"VISTO IL DECRETO SINDACALE N. 3 DEL 08/01/2028 DI NOMINA DEL RESPONSABILE DEL {d['organ'].upper()};",
            "VISTA LA DELIBERAZIONE DI CONSIGLIO COMUNALE N. 9 DEL 27/03/2028 DI APPROVAZIONE DEL BILANCIO DI PREVISIONE 2028/2030;",
            "VISTO IL D.LGS. 18/08/2000 N. 267 E IN PARTICOLARE GLI ARTT. 107, 151 E 183;",
            "ACCERTATA LA REGOLARITA' TECNICA E LA CORRETTEZZA DELL'AZIONE AMMINISTRATIVA AI SENSI DELL'ART. 147-BIS DEL D.LGS. 267/2000;"]
    for b in body:
        L += textwrap.wrap(b, W) + [""]
    L += [c("D E T E R M I N A"), ""]
    for i, p in enumerate(d["points"], 1):
        w = textwrap.wrap(p, W - 4)
        L += [f"{i})  " + w[0]] + ["    " + s for s in w[1:]] + [""]
    L += ["", " " * 40 + role.upper(), " " * 40 + f"{t.upper()} {name.upper()}",
          " " * 40 + "(FIRMA AUTOGRAFA SOSTITUITA A MEZZO", " " * 40 + "STAMPA AI SENSI ART. 3 D.LGS. 39/93)", ""]
    L += ["-" * W, "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 151 C.4)",
          f"SCAFA, LI {dmy(d['date'])}" + " " * 20 + "IL RESPONSABILE DEL SERVIZIO FINANZIARIO", " " * 44 + "RAG. FRANCO CICCONE", "-" * W]
    # paginate with a running head carrying the number
    per = 56; pages = [L[i:i + per] for i in range(0, len(L), per)]
    txt = []
    for n, p in enumerate(pages, 1):
        head = f"COMUNE DI SCAFA - DETERMINAZIONE N. {d['number']}/2028".ljust(W - 12) + f"PAG. {n:>2} DI {len(pages)}"
        txt.append("\n".join([head, ""] + p))
    open(f"{out}/{d['file'][:-4]}.txt", "w", encoding="latin-1").write("\f".join(txt) + "\n")
    print(d["file"], d["producer"])
