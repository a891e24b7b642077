# Comune di Sava - Allegato A (graduatoria provvisoria contributo affitti), written as reStructuredText for rst2pdf
import random, sys
random.seed(4326)
rows = []
prots = sorted(random.sample(range(2110, 3990), 22))
for i, p in enumerate(prots):
    fascia = 'A' if i % 3 else 'B'
    isee = random.randint(3200, 13900) if fascia == 'A' else random.randint(14100, 17800)
    canone = random.choice([2400, 2700, 3000, 3360, 3600, 3900, 4200, 4500, 4800]) if fascia == 'A' else random.choice([4500, 4800, 5100, 5400])
    inc = canone / isee * 100
    contr = min(3100.0, round(canone * 0.42, 2)) if fascia == 'A' else min(2325.0, round(canone * 0.3, 2))
    d = f"{random.randint(2, 28):02d}/{random.choice(['10', '11'])}/2025"
    rows.append((p, d, fascia, isee, canone, inc, contr))
rows = [r for r in rows if r[0] not in (2287, 3041, 3655)]
rows.sort(key=lambda r: (r[2], -r[5]))
def eur(x):
    return f"{x:,.2f}".replace(',', 'X').replace('.', ',').replace('X', '.')
tab = []
for n, (p, d, f, isee, c, inc, co) in enumerate(rows, 1):
    tab.append([str(n), f"{p}/2025", d, f, eur(isee), eur(c), f"{inc:.1f}".replace('.', ','), eur(co)])
tot = eur(sum(r[6] for r in rows))

out = []
w = out.append
w(".. header::\n\n   Comune di Sava - Settore Servizi Sociali - Allegato A alla determinazione n. 198 del 12/03/2026\n")
w(".. footer::\n\n   Pag. ###Page### di ###Total### - Documento firmato digitalmente ai sensi del D.Lgs. 82/2005\n")
w(".. class:: ente\n\nCOMUNE DI SAVA\n")
w(".. class:: prov\n\nProvincia di Taranto - Settore Servizi Sociali e Politiche Abitative\n")
w(".. class:: alleg\n\nALLEGATO A\n")
w(".. class:: alleg2\n\nalla determinazione del Responsabile del Settore n. 198 del 12/03/2026\n")
w(".. class:: titolo\n\nGRADUATORIA PROVVISORIA DEGLI AMMESSI AL CONTRIBUTO PER IL SOSTEGNO ALL'ACCESSO ALLE ABITAZIONI IN LOCAZIONE - ANNUALITÀ 2025 (L. 431/1998, ART. 11)\n")
w("Ai sensi del Regolamento (UE) 2016/679 i richiedenti sono identificati mediante il numero di protocollo della domanda. "
  "Fascia A: ISEE non superiore all'importo di due pensioni minime INPS e incidenza del canone non inferiore al 14%; "
  "Fascia B: ISEE non superiore a € 18.000,00 e incidenza del canone non inferiore al 24%.\n")
w(".. list-table::\n   :header-rows: 1\n   :widths: 5 13 12 7 13 13 10 13\n   :class: grad\n")
hdr = ["N\\.", "Prot. domanda", "Data", "Fascia", "ISEE (€)", "Canone annuo (€)", "Incid. %", "Contributo (€)"]
def rowrst(r):
    s = "   * - " + r[0] + "\n"
    for c in r[1:]:
        s += "     - " + c + "\n"
    return s
w(rowrst(hdr))
for r in tab:
    w(rowrst(r))
w(rowrst(["", "", "", "", "", "", "**Totale**", "**" + tot + "**"]))
w("")
w(".. class:: sez\n\nDOMANDE ESCLUSE\n")
w(".. list-table::\n   :header-rows: 1\n   :widths: 8 20 72\n")
excl = [("1", "2287/2025", "ISEE superiore al limite della fascia B (art. 3 dell'avviso)"),
        ("2", "3041/2025", "Contratto di locazione non registrato alla data di presentazione della domanda"),
        ("3", "3655/2025", "Domanda presentata oltre il termine del 28/11/2025")]
w(rowrst(["N\\.", "Prot. domanda", "Motivo di esclusione"]))
for r in excl:
    w(rowrst(list(r)))
w("")
w("Avverso la presente graduatoria provvisoria è ammessa istanza di riesame al Settore Servizi Sociali entro dieci giorni dalla pubblicazione all'Albo Pretorio on line.\n")
w(".. class:: firma\n\nIl Responsabile del Settore\n\n.. class:: firma\n\nDott. Vito Lacatena\n")
open(sys.argv[1], 'w').write("\n".join(out))
