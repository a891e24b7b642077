#!/usr/bin/env python3
"""Chieti, Consiglio Comunale n. 8 del 26/01/2029: an 80-column print of the
Halley-like verbale (roll in two halves with P / A / AG letters), paginated
here with form feeds and a foot line, then set by enscript (Courier) and ps2pdf.
Usage: cc08_chieti_txt.py > OUT.txt   (UTF-8; the build converts it to Latin-1)"""
import textwrap

from chieti_data import council

W = 78
LPP = 64  # text lines per page before the foot
STATUS = {"DI CRESCENZO MARCO": "A", "PAOLINI STEFANO": "AG", "DI MATTEO LORENA": "AG",
          "TATASCIORE GABRIELE": "A", "PANTALONE MARINA": "AG"}

lines = []


def add(s=""):
    lines.append(s)


def para(s, indent=0, first=None):
    first = indent if first is None else first
    for ln in textwrap.wrap(s, W, initial_indent=" " * first, subsequent_indent=" " * indent,
                            break_long_words=False, break_on_hyphens=False):
        add(ln)


def center(s):
    add(s.center(W).rstrip())


center("COMUNE DI CHIETI")
center("Provincia di Chieti")
add()
center("ORIGINALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
add()
add(" N. 8 Reg. Delib.".ljust(52) + "Data: 26/01/2029")
add(" " + "-" * (W - 1))
para("Oggetto: VARIAZIONE AL BILANCIO DI PREVISIONE 2029-2031 AI SENSI DELL'ART. 175, COMMA 2, DEL D.LGS. "
     "N. 267/2000 E APPLICAZIONE DELLA QUOTA VINCOLATA DEL RISULTATO DI AMMINISTRAZIONE PRESUNTO", indent=10, first=1)
add(" " + "-" * (W - 1))
add()
para("L'anno duemilaventinove il giorno ventisei del mese di gennaio alle ore 15:30, nella Sala Consiliare di "
     "Palazzo d'Achille, convocato con avviso prot. n. 4410 del 19/01/2029, si e' riunito il Consiglio "
     "Comunale in sessione ordinaria, seduta pubblica di prima convocazione.", indent=1)
add()
para("Presiede l'Avv. Fabio D'Alessandro, Presidente del Consiglio Comunale.", indent=1)
para("Partecipa il Segretario Generale Dott.ssa Mariarosaria Tinari, che redige il presente verbale.", indent=1)
add()
para("Eseguito l'appello nominale, risultano:", indent=1)
add()
c = council()
half = (len(c) + 1) // 2
left, right = c[:half], c[half:]
add(("     Consiglieri".ljust(30) + "P/A").ljust(40) + "Consiglieri".ljust(25) + "P/A")
for k in range(half):
    n1 = left[k][0]
    s = "  %2d %-24s %-3s" % (k + 1, n1, STATUS.get(n1, "P"))
    if k < len(right):
        n2 = right[k][0]
        s += "    %2d %-24s %-3s" % (half + k + 1, n2, STATUS.get(n2, "P"))
    add(s.rstrip())
add()
add("   Presenti n. 28            Assenti n. 5 (di cui giustificati n. 3)")
add("   (P = presente  A = assente  AG = assente giustificato)")
add()
para("Sono presenti gli Assessori: Di Giovanni Teresa, D'Angelo Pietro, Di Marzio Roberto, Di Paolo Simone.",
     indent=1)
add()
para("Il Presidente, riconosciuta la validita' dell'adunanza, pone in discussione l'argomento iscritto al punto "
     "n. 1 dell'ordine del giorno. Scrutatori: Di Nisio Chiara, Ricciuti Emanuele, Ruggieri Elisa.", indent=1)
add()
center("IL CONSIGLIO COMUNALE")
add()
for s in [
    "VISTA la proposta di deliberazione n. 11 del 16/01/2029 - Settore proponente: Settore Risorse Finanziarie;",
    "PREMESSO che con deliberazione del Consiglio Comunale n. 97 del 20/12/2028, esecutiva, e' stato approvato "
    "il bilancio di previsione finanziario 2029-2031;",
    "CONSIDERATO che con nota del 09/01/2029 la Regione Abruzzo ha comunicato l'assegnazione di un contributo "
    "di euro 640.000,00 per interventi di messa in sicurezza degli edifici scolastici comunali e che occorre "
    "applicare al bilancio la quota vincolata del risultato di amministrazione presunto 2028, pari a euro "
    "212.450,00, derivante da trasferimenti per il trasporto pubblico locale non utilizzati;",
    "VISTO il prospetto delle variazioni di competenza e di cassa predisposto dal Settore Risorse Finanziarie, "
    "allegato al presente atto sotto la lettera A), dal quale risulta il permanere degli equilibri di bilancio;",
    "VISTO il parere favorevole del Collegio dei Revisori dei Conti, verbale n. 2 del 19/01/2029, reso ai sensi "
    "dell'art. 239, comma 1, lett. b), del D.Lgs. 267/2000;",
    "VISTI i pareri favorevoli di regolarita' tecnica e contabile resi ai sensi dell'art. 49 del D.Lgs. "
    "267/2000;",
    "UDITI gli interventi dei consiglieri Di Pietrantonio, Cipollone e Di Carlo e la replica dell'Assessore "
    "Di Giovanni, come da resoconto integrale;",
    "CON la seguente votazione, espressa per alzata di mano: presenti n. 28, astenuti n. 3 (Cipollone, Febo, "
    "Zappacosta), votanti n. 25, favorevoli n. 18, contrari n. 7 (Di Pietrantonio, Ruggieri, Di Berardino, "
    "D'Orazio, Sciarretta, Di Carlo, D'Ercole);",
]:
    para(s, indent=1)
add()
center("D E L I B E R A")
add()
for k, s in enumerate([
    "di approvare la variazione al bilancio di previsione 2029-2031, annualita' 2029, di cui al prospetto "
    "allegato A), per complessivi euro 852.450,00 in entrata e in spesa;",
    "di applicare al bilancio 2029 la quota vincolata del risultato di amministrazione presunto 2028 per euro "
    "212.450,00, ai sensi dell'art. 187, comma 3-quater, del D.Lgs. 267/2000;",
    "di dare atto del permanere degli equilibri generali di bilancio e del rispetto dei vincoli di finanza "
    "pubblica;",
    "di trasmettere il presente atto al Tesoriere comunale, ai sensi dell'art. 216 del D.Lgs. 267/2000.",
], 1):
    para("%d) %s" % (k, s), indent=4, first=1)
add()
para("Successivamente, con separata votazione (presenti n. 28, astenuti n. 3, votanti n. 25, favorevoli n. 18, "
     "contrari n. 7), il Consiglio Comunale dichiara la presente deliberazione immediatamente eseguibile ai "
     "sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di avviare le procedure di "
     "affidamento dei lavori.", indent=1)
add()
para("Letto, approvato e sottoscritto.", indent=1)
add()
add("        IL PRESIDENTE                            IL SEGRETARIO GENERALE")
add("   Avv. Fabio D'Alessandro                 Dott.ssa Mariarosaria Tinari")
add()
add(" " + "-" * (W - 1))
para("PARERE DI REGOLARITA' TECNICA E CONTABILE (art. 49 D.Lgs. 267/2000): FAVOREVOLE. Chieti, 17/01/2029. "
     "Il Dirigente del Settore Risorse Finanziarie, Dott.ssa Anna Rita Cianci", indent=1)

# paginate with a foot line
out = []
page = 1
for k in range(0, len(lines), LPP):
    chunk = lines[k:k + LPP]
    chunk += [""] * (LPP - len(chunk))
    out += chunk
    out.append("")
    out.append((" Delibera C.C. n. 8 del 26/01/2029".ljust(W - 8) + "Pag. %d" % page))
    page += 1
    if k + LPP < len(lines):
        out.append("\f")
print("\n".join(l for l in out).replace("\n\f\n", "\n\f"))
