#!/usr/bin/env python3
"""Città di Cantù - Giunta deliberation printed as a 132-column fixed-width
report (legacy character-mode package, 'Saga'-style), Courier via enscript+gs."""
import subprocess, sys, os
W = 132
out = sys.argv[1] if len(sys.argv) > 1 else "deliberazione-cantu-saga.pdf"

def box(lines, width=W):
    r = ["+" + "-" * (width - 2) + "+"]
    for l in lines:
        r.append("| " + l.ljust(width - 4) + " |")
    r.append("+" + "-" * (width - 2) + "+")
    return r

def head(page, pages):
    l1 = "CITTA' DI CANTU'".ljust(60) + "PROVINCIA DI COMO".rjust(W - 60)
    l2 = "SERVIZIO SEGRETERIA GENERALE - ATTI DELIBERATIVI".ljust(90) + f"PAG. {page:>3} DI {pages:>3}".rjust(W - 90)
    return [l1, l2, "=" * W]

def dots(label, value, width=W):
    return label + " " + "." * (width - len(label) - len(value) - 2) + " " + value

def wrap(text, width=W, indent=""):
    words = text.split()
    lines, cur = [], indent
    for w in words:
        if len(cur) + len(w) + (1 if cur.strip() else 0) > width:
            lines.append(cur.rstrip())
            cur = indent + w
        else:
            cur = cur + (" " if cur.strip() else "") + w
    if cur.strip():
        lines.append(cur.rstrip())
    return lines

p1 = []
p1 += box([
    "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE",
    "",
    "N. REG. DELIB.:    87                          DATA SEDUTA: 14/04/2026                    ORA: 17,30",
    "PROPOSTA N.:       95 DEL 08/04/2026          SETTORE PROPONENTE: SETTORE LAVORI PUBBLICI",
    "COD. ENTE: 013041                              ESECUTIVITA': IMMEDIATA (ART. 134 C. 4 TUEL)",
])
p1.append("")
p1.append("OGGETTO: APPROVAZIONE PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA DELLA SCUOLA")
p1.append("         PRIMARIA DI VIA COLOMBO - CUP G31B26000140004")
p1.append("")
p1 += wrap("L'ANNO DUEMILAVENTISEI, ADDI' QUATTORDICI DEL MESE DI APRILE ALLE ORE 17,30 NELLA SALA DELLE ADUNANZE DEL PALAZZO COMUNALE, "
           "PREVIA L'OSSERVANZA DI TUTTE LE FORMALITA' PRESCRITTE DALLA VIGENTE NORMATIVA, SI E' RIUNITA LA GIUNTA COMUNALE.")
p1.append("")
p1.append("ALL'APPELLO RISULTANO:")
sep = "+-----+--------------------------------------------+------------------------------+-----------+-----------+"
p1.append(sep)
p1.append("| N.  | COGNOME E NOME                             | CARICA                       | PRESENTE  | ASSENTE   |")
p1.append(sep)
roll = [("GALIMBERTI DAVIDE", "SINDACO", True), ("MOLTENI CHIARA", "VICE SINDACO", True),
        ("RIVA GIANLUCA", "ASSESSORE", True), ("CAIROLI PAOLA", "ASSESSORE", True),
        ("TAGLIABUE MARCO", "ASSESSORE", False), ("BERNASCONI ELENA", "ASSESSORE", True),
        ("MAURI STEFANO", "ASSESSORE", True)]
for i, (n, r, p) in enumerate(roll, 1):
    p1.append(f"| {i:>3} | {n:<42} | {r:<28} | {'SI' if p else '':^9} | {'' if p else 'SI':^9} |")
p1.append(sep)
p1.append("|     | TOTALE                                     |                              | {:^9} | {:^9} |".format(6, 1))
p1.append(sep)
p1.append("")
p1 += wrap("ASSUME LA PRESIDENZA IL SINDACO DOTT. DAVIDE GALIMBERTI. PARTECIPA ALLA SEDUTA IL SEGRETARIO GENERALE DOTT.SSA ROBERTA CIAPPESONI, "
           "CHE PROVVEDE ALLA REDAZIONE DEL PRESENTE VERBALE. IL PRESIDENTE, CONSTATATO IL NUMERO LEGALE DEGLI INTERVENUTI, DICHIARA APERTA "
           "LA SEDUTA ED INVITA LA GIUNTA A DELIBERARE SULL'OGGETTO SOPRA INDICATO.")
p1.append("")
p1.append(" " * 56 + "LA GIUNTA COMUNALE")
p1.append("")
prem = [
 "PREMESSO CHE CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 9 DEL 27/02/2026, ESECUTIVA, E' STATO APPROVATO IL BILANCIO DI PREVISIONE "
 "2026/2028 E CHE NEL PROGRAMMA TRIENNALE DEI LAVORI PUBBLICI 2026/2028 E' INSERITO L'INTERVENTO DI RIQUALIFICAZIONE ENERGETICA DELLA "
 "PALESTRA DELLA SCUOLA PRIMARIA DI VIA COLOMBO, PER UN IMPORTO COMPLESSIVO DI EURO 480.000,00;",
 "VISTO IL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA REDATTO DALL'UFFICIO TECNICO COMUNALE, COMPOSTO DAGLI ELABORATI ELENCATI NELLA "
 "RELAZIONE GENERALE, DEPOSITATI AGLI ATTI DEL SETTORE LAVORI PUBBLICI, CON IL SEGUENTE QUADRO ECONOMICO: LAVORI A BASE D'ASTA EURO "
 "362.500,00, ONERI PER LA SICUREZZA EURO 12.500,00, SOMME A DISPOSIZIONE DELL'AMMINISTRAZIONE EURO 105.000,00;",
 "RICHIAMATO IL D.LGS. 31 MARZO 2023, N. 36, E IN PARTICOLARE L'ART. 41 E L'ALLEGATO I.7 IN MATERIA DI LIVELLI DI PROGETTAZIONE;",
 "ACQUISITI I PARERI FAVOREVOLI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000, COME DI SEGUITO RIPORTATI:",
]
for t in prem:
    p1 += wrap(t)
    p1.append("")

p2 = []
p2.append(dots("PARERE DI REGOLARITA' TECNICA (IL DIRIGENTE DEL SETTORE LAVORI PUBBLICI - ING. FABIO CATTANEO)", "FAVOREVOLE"))
p2.append(dots("PARERE DI REGOLARITA' CONTABILE (IL DIRIGENTE DEL SETTORE FINANZIARIO - DOTT. LUCA FUMAGALLI)", "FAVOREVOLE"))
p2.append("")
p2 += wrap("CON VOTI UNANIMI FAVOREVOLI ESPRESSI NELLE FORME DI LEGGE,")
p2.append("")
p2.append(" " * 60 + "D E L I B E R A")
p2.append("")
pts = [
 "1) DI APPROVARE IL PROGETTO DI FATTIBILITA' TECNICO-ECONOMICA PER LA RIQUALIFICAZIONE ENERGETICA DELLA PALESTRA DELLA SCUOLA PRIMARIA DI "
 "VIA COLOMBO, PER UN IMPORTO COMPLESSIVO DI EURO 480.000,00, SECONDO IL QUADRO ECONOMICO RIPORTATO IN PREMESSA;",
 "2) DI DARE ATTO CHE LA SPESA TROVA COPERTURA AL CAPITOLO 20410/3 DEL BILANCIO 2026/2028, ESERCIZIO 2026, FINANZIATA CON CONTRIBUTO "
 "REGIONALE E FONDI PROPRI DI BILANCIO;",
 "3) DI DEMANDARE AL DIRIGENTE DEL SETTORE LAVORI PUBBLICI GLI ADEMPIMENTI CONSEGUENTI, IVI COMPRESA L'ATTIVAZIONE DELLA SUCCESSIVA FASE "
 "DI PROGETTAZIONE ESECUTIVA;",
 "4) DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' L'ING. FABIO CATTANEO.",
]
for t in pts:
    p2 += wrap(t, indent="")
    p2.append("")
p2 += wrap("SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE UNANIME, LA GIUNTA COMUNALE DICHIARA IL PRESENTE ATTO IMMEDIATAMENTE ESEGUIBILE AI SENSI "
           "DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000, STANTE L'URGENZA DI PRESENTARE LA DOMANDA DI CONTRIBUTO ENTRO IL 30/04/2026.")
p2.append("")
p2.append("LETTO, CONFERMATO E SOTTOSCRITTO")
p2.append("")
p2.append("          IL SINDACO                                                                       IL SEGRETARIO GENERALE")
p2.append("     DOTT. DAVIDE GALIMBERTI                                                              DOTT.SSA ROBERTA CIAPPESONI")
p2.append("  (FIRMATO DIGITALMENTE)                                                                    (FIRMATO DIGITALMENTE)")
p2.append("")
p2 += box([
    "REFERTO DI PUBBLICAZIONE",
    "",
    dots("PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL", "16/04/2026", 80) + "   AL  01/05/2026",
    dots("NUMERO REGISTRO PUBBLICAZIONI", "1184", 80),
    dots("COMUNICATA AI CAPIGRUPPO CONSILIARI IN DATA", "16/04/2026", 80),
])
p2.append("")
p2.append("-" * W)
p2.append("DOCUMENTO INFORMATICO SOTTOSCRITTO CON FIRMA DIGITALE AI SENSI DEL D.LGS. 82/2005 - STAMPA DEL 16/04/2026 ORE 09:12 - UTENTE: SEGR03")

txt = "\n".join(head(1, 2) + [""] + p1) + "\f" + "\n".join(head(2, 2) + [""] + p2) + "\n"
for l in txt.split("\n"):
    assert len(l.replace("\f", "")) <= W, (len(l), l)
with open("cantu.txt", "w", encoding="latin-1") as f:
    f.write(txt)
subprocess.run(["enscript", "-B", "-f", "Courier6.8", "--margins=18:14:30:30", "-L", "86", "-X", "latin1",
                "-o", "cantu.ps", "cantu.txt"], check=True)
subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "cantu.ps", out], check=True)
os.remove("cantu.ps"); os.remove("cantu.txt")
