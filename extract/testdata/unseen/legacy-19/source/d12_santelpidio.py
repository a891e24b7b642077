# Avviso di convocazione del Consiglio Comunale di Sant'Elpidio a Mare -
# a plain ASCII text (accents as apostrophes) turned into PDF by text2pdf.
from fw import center, lr, wrap, spaced, check_width

W = 80
L = [
    center("COMUNE DI SANT'ELPIDIO A MARE", W),
    center("(PROVINCIA DI FERMO)", W),
    "",
    center("IL PRESIDENTE DEL CONSIGLIO COMUNALE", W),
    "",
    lr("Prot. n. 6418", "Sant'Elpidio a Mare, 13/03/2026", W),
    "",
    " " * 40 + "AI SIGG.RI CONSIGLIERI COMUNALI",
    " " * 40 + "AL SINDACO",
    " " * 40 + "AL SEGRETARIO GENERALE",
    " " * 40 + "AL COLLEGIO DEI REVISORI DEI CONTI",
    " " * 31 + "e, p.c.  AL PREFETTO DI FERMO",
    " " * 40 + "AL COMANDO DI POLIZIA LOCALE",
    " " * 40 + "LORO SEDI",
    "",
    "OGGETTO: AVVISO DI CONVOCAZIONE DEL CONSIGLIO COMUNALE - SESSIONE ORDINARIA.",
    "",
]
L += wrap("Ai sensi dell'art. 39 del D.Lgs. 18/08/2000, n. 267, dello Statuto comunale e "
          "degli artt. 12 e 13 del Regolamento per il funzionamento del Consiglio Comunale, "
          "la S.V. e' invitata a partecipare alla seduta del Consiglio Comunale convocato in "
          "sessione ordinaria, seduta pubblica di prima convocazione, per il giorno", W, "     ", "")
L += ["", center("GIOVEDI' 19 MARZO 2026 - ORE 21,00", W), ""]
L += wrap("presso la Sala consiliare della Residenza Municipale. In mancanza del numero "
          "legale, la seduta di seconda convocazione e' fissata per VENERDI' 20 MARZO 2026, "
          "alle ore 21,00, nello stesso luogo, per la trattazione del seguente", W)
L += ["", center(spaced("ORDINE") + "   " + spaced("DEL") + "   " + spaced("GIORNO"), W), ""]
odg = [
    "Comunicazioni del Presidente del Consiglio e del Sindaco.",
    "Approvazione dei verbali della seduta consiliare del 26/02/2026.",
    "Interrogazioni e interpellanze.",
    "Ratifica della deliberazione della Giunta Comunale n. 41 del 05/03/2026 avente ad "
    "oggetto: \"Variazione d'urgenza al bilancio di previsione 2026-2028 (art. 175, "
    "comma 4, D.Lgs. 267/2000)\".",
    "Approvazione del Regolamento comunale per la concessione di contributi e vantaggi "
    "economici a enti e associazioni.",
    "Piano delle alienazioni e valorizzazioni immobiliari 2026-2028: modifica e "
    "integrazione.",
    "Convenzione con i Comuni di Monte Urano e Montegranaro per la gestione "
    "associata del servizio di protezione civile: approvazione.",
    "Mozione dei consiglieri del gruppo \"Sant'Elpidio Bene Comune\" sulla sicurezza "
    "stradale nelle frazioni di Casette d'Ete e Cascinare.",
]
for i, t in enumerate(odg, 1):
    L += wrap(t, W, "%3d. " % i, "     ")
L.append("")
L += wrap("Gli atti relativi agli argomenti iscritti all'ordine del giorno sono depositati "
          "presso l'Ufficio Segreteria e consultabili dai consiglieri nell'orario di ufficio "
          "a partire dal terzo giorno precedente la seduta.", W, "     ", "")
L += wrap("La seduta sara' trasmessa in diretta streaming sul sito istituzionale del Comune.",
          W, "     ", "")
L += [
    "",
    "                                      IL PRESIDENTE DEL CONSIGLIO COMUNALE",
    "                                              Ermanno Paoletti",
    "                                    (firma autografa sostituita a mezzo stampa",
    "                                      ai sensi dell'art. 3, c. 2, D.Lgs. 39/93)",
]
check_width(L, W, "santelpidio")
open("build/CONV_CC_19032026.TXT", "w", encoding="latin-1").write("\n".join(L) + "\n")
print(len(L))
