# Comune di Pontinia - determinazione dirigenziale as a 132-column fixed-width report (legacy
# AS/400-style print): writes a Latin-1 text file with form feeds; build.sh runs enscript + ps2pdf.
import sys

W = 132
out = sys.argv[1]
pages = []


def box(lines, width=W):
    r = ["+" + "-" * (width - 2) + "+"]
    for l in lines:
        r.append("| " + l.ljust(width - 4) + " |")
    r.append("+" + "-" * (width - 2) + "+")
    return r


def head(pg):
    return [
        "COMUNE DI PONTINIA".ljust(60) + "DETERMINAZIONE DIRIGENZIALE N. 312/2026".rjust(62) + ("PAG. %3d" % pg).rjust(10),
        "PROVINCIA DI LATINA".ljust(W),
        "=" * W,
        "",
    ]


def wrap(text, width, indent=""):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width:
            lines.append(cur)
            cur = indent + w
        else:
            cur = (cur + " " + w) if cur.strip() else (cur + w)
    if cur:
        lines.append(cur)
    return lines


def leader(label, value, width=W - 8):
    dots = width - len(label) - len(value) - 2
    return "    " + label + " " + "." * dots + " " + value


p1 = head(1)
p1 += box([
    "SETTORE LAVORI PUBBLICI E MANUTENZIONI".center(W - 4),
    "SERVIZIO MANUTENZIONE PATRIMONIO E VERDE PUBBLICO".center(W - 4),
    "",
    "DETERMINAZIONE DIRIGENZIALE".center(W - 4),
    "",
    ("REG. GENERALE  N.   312  DEL 12/03/2026" + " " * 20 + "REG. SETTORE  N.    58  DEL 10/03/2026").center(W - 4),
    ("PROPOSTA N. 371 DEL 09/03/2026").center(W - 4),
])
p1 += [""]
subj = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023 DEL SERVIZIO DI MANUTENZIONE "
        "DEL VERDE PUBBLICO NEL CENTRO URBANO E NELLE FRAZIONI - ANNUALITA' 2026 - IMPEGNO DI SPESA - CIG B6A2C41F07")
sl = wrap(subj, W - 14)
p1 += ["OGGETTO:    " + sl[0]] + ["            " + l for l in sl[1:]]
p1 += ["-" * W, ""]
p1 += ["IL DIRIGENTE DEL SETTORE".center(W), ""]
prem = [
    "VISTO IL DECRETO SINDACALE N. 4 DEL 15/01/2026 CON IL QUALE E' STATO CONFERITO ALLO SCRIVENTE L'INCARICO DI DIRIGENTE DEL "
    "SETTORE LAVORI PUBBLICI E MANUTENZIONI;",
    "VISTA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 52 DEL 22/12/2025, ESECUTIVA, DI APPROVAZIONE DEL BILANCIO DI PREVISIONE "
    "2026/2028;",
    "VISTA LA DELIBERAZIONE DELLA GIUNTA COMUNALE N. 9 DEL 20/01/2026 DI APPROVAZIONE DEL PIANO ESECUTIVO DI GESTIONE 2026/2028;",
    "CONSIDERATO CHE IL CONTRATTO DEL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO E' SCADUTO IN DATA 28/02/2026 E CHE OCCORRE "
    "GARANTIRE LA CONTINUITA' DEL SERVIZIO PER LA STAGIONE VEGETATIVA 2026;",
    "DATO ATTO CHE E' STATA ESPERITA INDAGINE DI MERCATO SULLA PIATTAFORMA TELEMATICA DI NEGOZIAZIONE DELL'ENTE E CHE LA MIGLIORE "
    "OFFERTA E' RISULTATA QUELLA DELLA DITTA \"VERDE PONTINO SOC. COOP.\" CON SEDE IN SABAUDIA (LT), PER UN IMPORTO DI EURO "
    "118.400,00 OLTRE IVA AL 22%;",
    "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL_51873220, SCADENZA 18/06/2026);",
    "VISTI IL D.LGS. 267/2000, IL D.LGS. 36/2023 E IL VIGENTE REGOLAMENTO DI CONTABILITA';",
]
for t in prem:
    p1 += wrap(t, W - 2)
    p1 += [""]
pages.append(p1)

p2 = head(2)
p2 += ["D E T E R M I N A".center(W), ""]
pts = [
    "DI AFFIDARE, AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023, ALLA DITTA \"VERDE PONTINO SOC. COOP.\" "
    "- P.IVA 02875410594 - IL SERVIZIO DI MANUTENZIONE DEL VERDE PUBBLICO PER IL PERIODO 16/03/2026 - 15/12/2026;",
    "DI IMPEGNARE LA SPESA COMPLESSIVA DI EURO 144.448,00 (IVA INCLUSA) COME DA PROSPETTO SOTTO RIPORTATO;",
    "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. FABRIZIO TOMASSINI;",
    "DI DARE ATTO CHE IL PRESENTE PROVVEDIMENTO DIVENTA ESECUTIVO CON L'APPOSIZIONE DEL VISTO DI REGOLARITA' CONTABILE "
    "ATTESTANTE LA COPERTURA FINANZIARIA;",
    "DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE ATTO ALL'ALBO PRETORIO ON LINE E NELLA SEZIONE \"AMMINISTRAZIONE TRASPARENTE\".",
]
for i, t in enumerate(pts, 1):
    ls = wrap(t, W - 6)
    p2 += [" %2d)  " % i + ls[0]] + ["      " + l for l in ls[1:]] + [""]
p2 += ["PROSPETTO IMPEGNI DI SPESA"]
p2 += ["+------+------------+-------------+-----------------------------------------------------+------------+-----------------+------------+"]
p2 += ["| ESER.| CAPITOLO   | MISS/PROG   | DESCRIZIONE                                         | IMPEGNO N. |         IMPORTO | CIG        |"]
p2 += ["+------+------------+-------------+-----------------------------------------------------+------------+-----------------+------------+"]
p2 += ["| 2026 | 1520/3     | 09.02       | MANUTENZIONE VERDE PUBBLICO - PRESTAZIONI SERVIZI   |   2026/611 |      144.448,00 | B6A2C41F07 |"]
p2 += ["+------+------------+-------------+-----------------------------------------------------+------------+-----------------+------------+"]
p2 += ["", ""]
p2 += ["PONTINIA, LI 12/03/2026" + "IL DIRIGENTE DEL SETTORE".rjust(W - 23 - 10)]
p2 += ["ING. ROBERTO CAPPUCCILLI".rjust(W - 10)]
p2 += ["(FIRMATO DIGITALMENTE)".rjust(W - 10), ""]
p2 += ["=" * W]
p2 += ["VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, C. 7, D.LGS. 267/2000)"]
p2 += [leader("IMPEGNO REGISTRATO AL N.", "2026/611")]
p2 += [leader("DATA DEL VISTO", "12/03/2026")]
p2 += [leader("IL RESPONSABILE DEL SETTORE FINANZIARIO", "DOTT.SSA LUCIA DE ANGELIS")]
p2 += ["=" * W]
p2 += ["", "STAMPATO IL 12/03/2026 ORE 16:42" + "PROC. DETER01 - UTENTE: LLPP03".rjust(W - 32)]
pages.append(p2)

with open(out, "w", encoding="latin-1") as f:
    f.write("\f".join("\n".join(p) + "\n" for p in pages))
