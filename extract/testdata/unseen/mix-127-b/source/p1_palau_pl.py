"""Comune di Palau, ordinanza of the Area Vigilanza - Servizio Polizia Locale,
"Delfi" house style: an 80-column fixed-width report, justified by padding
spaces the way old report programs do. Writes the Latin-1 text that
build.sh prints with enscript (Courier 10, its own running head with the
register number and the page) and converts with ps2pdf."""
import sys
import textwrap

OUT = sys.argv[1]
WIDTH = 80


def justify(text, width=WIDTH, indent=0, first="", hang=None):
    """Wrap and justify by inserting spaces; the last line stays ragged."""
    pad = " " * indent
    lead = first if first else pad
    w = width - max(len(lead), indent)
    lines = textwrap.wrap(text, w)
    out = []
    for i, ln in enumerate(lines):
        if i < len(lines) - 1:
            words = ln.split(" ")
            gaps = len(words) - 1
            extra = w - len(ln)
            if gaps:
                for k in range(extra):
                    words[gaps - 1 - (k % gaps)] += " "
            ln = " ".join(words)
        out.append((lead if i == 0 else pad) + ln)
    return out


def center(s):
    return s.center(WIDTH).rstrip()


L = []
L += [center("COMUNE DI PALAU"), center("Provincia di Sassari"),
      center("AREA VIGILANZA - SERVIZIO POLIZIA LOCALE"),
      center("Via Nazionale, 3 - 07020 Palau (SS) - Tel. 0789 770800"),
      "=" * WIDTH,
      "Reg. Gen. N.    57   del 10/03/2028" + "Reg. Area Vigilanza N. 11".rjust(WIDTH - 36),
      "=" * WIDTH, ""]
L += [center("ORDINANZA N. 11 DEL 10/03/2028"), ""]
L += [center("DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN PIAZZA FRESI"),
      center("E IN VIA NAZIONALE PER I LAVORI DI RIFACIMENTO DELLA PAVIMENTAZIONE"), ""]
L += [center("IL COMANDANTE DELLA POLIZIA LOCALE"), ""]

prem = [
    "VISTA la nota prot. n. 2954 del 06.03.2028 del Responsabile dell'Area Tecnica, con la quale si "
    "comunica che dal 13.03.2028 al 07.04.2028 saranno eseguiti i lavori di rifacimento della "
    "pavimentazione in Piazza Fresi e nel tratto di Via Nazionale compreso tra Piazza Fresi e Via Roma, "
    "affidati all'impresa Gallura Strade S.r.l.;",
    "CONSIDERATO che per l'esecuzione dei lavori in condizioni di sicurezza è necessario interdire la "
    "circolazione e la sosta nelle aree di cantiere e istituire un percorso alternativo per i veicoli "
    "diretti al porto;",
    "VISTI gli artt. 5, 6 e 7 del D.Lgs. 30.04.1992 n. 285 (Nuovo Codice della Strada) e il relativo "
    "Regolamento di esecuzione approvato con D.P.R. 16.12.1992 n. 495;",
    "VISTO l'art. 107 del D.Lgs. 18.08.2000 n. 267;",
    "VISTO il decreto sindacale n. 1 del 08.01.2028 di nomina del Responsabile dell'Area Vigilanza;",
]
for p in prem:
    L += justify(p) + [""]
L += [center("O R D I N A"), ""]
L += justify("dalle ore 7.00 del 13.03.2028 alle ore 19.00 del 07.04.2028:") + [""]
pts = [
    "il divieto di transito e di sosta con rimozione forzata in Piazza Fresi, ad eccezione dei veicoli "
    "dell'impresa esecutrice e dei mezzi di soccorso;",
    "il divieto di sosta con rimozione forzata su ambo i lati di Via Nazionale, nel tratto compreso tra "
    "Piazza Fresi e Via Roma;",
    "il senso unico alternato, regolato da movieri o da impianto semaforico, in Via Nazionale, nel tratto "
    "di cui al punto 2), in corrispondenza del cantiere;",
    "la deviazione dei veicoli diretti al porto lungo Via Razzoli e Via Capo d'Orso, secondo le "
    "indicazioni della segnaletica di preavviso;",
    "all'impresa esecutrice di installare e mantenere in efficienza la segnaletica di cantiere prevista "
    "dal D.M. 10.07.2002, garantendo il passaggio pedonale in sicurezza.",
]
for i, p in enumerate(pts, 1):
    L += justify(p, indent=4, first="%d)  " % i) + [""]
L += [center("D I S P O N E"), ""]
L += justify("che la presente ordinanza sia pubblicata all'Albo Pretorio on line e resa nota mediante la "
             "prescritta segnaletica, e che copia della stessa sia trasmessa all'Area Tecnica, "
             "all'impresa esecutrice, alla Stazione Carabinieri di Palau e all'Ufficio Circondariale "
             "Marittimo.") + [""]
L += [center("A V V E R T E"), ""]
L += justify("che i trasgressori saranno puniti a norma del D.Lgs. 285/1992 e che avverso il presente "
             "provvedimento è ammesso ricorso al T.A.R. Sardegna entro 60 giorni dalla pubblicazione o "
             "ricorso straordinario al Presidente della Repubblica entro 120 giorni, nonché ricorso al "
             "Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37, comma 3, del D.Lgs. "
             "285/1992.") + [""]
L += ["Palau, 10.03.2028", ""]
L += [" " * 40 + "IL COMANDANTE DELLA POLIZIA LOCALE",
      " " * 46 + "(Comm. Mario Tamponi)",
      " " * 42 + "documento firmato digitalmente"]

with open(OUT, "w", encoding="latin-1") as fh:
    fh.write("\n".join(L) + "\n")
