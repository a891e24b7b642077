# Avviso pubblico n. 4/2026 di Monte San Savino - a plain text file typed by
# the office and printed with enscript (custom running head with the file
# name, the print date and "Pag. n di m").
from fw import center, lr, wrap, leader, check_width

W = 78
L = [
    center("COMUNE DI MONTE SAN SAVINO", W),
    center("Provincia di Arezzo", W),
    "",
    center("SETTORE 1 - SERVIZI ALLA PERSONA", W),
    center("Ufficio Servizi Sociali", W),
    "",
    center("AVVISO PUBBLICO N. 4/2026", W),
    "",
    lr("Prot. n. 3921", "Monte San Savino, 11/03/2026", W),
    "",
]
L += wrap("ASSEGNAZIONE IN COMODATO D'USO GRATUITO DI N. 12 ORTI SOCIALI COMUNALI IN "
          "LOCALITÀ LE VIGNACCE - BIENNIO 2026/2027.", W, "OGGETTO: ", " " * 9)
L += ["", center("LA RESPONSABILE DEL SETTORE", W), ""]
L += wrap("in esecuzione della deliberazione della Giunta Comunale n. 27 del 24/02/2026 e "
          "della propria determinazione n. 141 del 10/03/2026,", W)
L += ["", center("RENDE NOTO", W), ""]
L += wrap("che è indetta una procedura per l'assegnazione in comodato d'uso gratuito di n. 12 "
          "orti sociali comunali, della superficie di circa 50 mq ciascuno, ubicati in "
          "località Le Vignacce, secondo le disposizioni che seguono.", W)
arts = [
    ("ART. 1 - OGGETTO", ["Gli orti sono assegnati per la coltivazione di ortaggi, fiori e piccoli "
                          "frutti per uso esclusivamente familiare, senza fini di lucro. "
                          "L'assegnazione ha durata biennale, dal 01/05/2026 al 30/04/2028."]),
    ("ART. 2 - REQUISITI", ["Possono presentare domanda i cittadini che alla data di scadenza "
                            "del presente avviso:"]),
]
for h, ps in arts:
    L += ["", h]
    for p in ps:
        L += wrap(p, W)
for i, t in zip("abcd", [
        "sono residenti nel Comune di Monte San Savino;",
        "hanno compiuto il diciottesimo anno di età;",
        "non sono titolari, né lo è altro componente del nucleo familiare, di altri "
        "terreni coltivabili nel territorio comunale;",
        "non sono stati dichiarati decaduti da precedenti assegnazioni."]):
    L += wrap(t, W, "   %s) " % i, "      ")
L += ["", "ART. 3 - DOMANDA E TERMINI"]
L += wrap("La domanda, redatta sul modulo disponibile presso l'Ufficio Servizi Sociali e sul "
          "sito internet del Comune, deve pervenire all'Ufficio Protocollo, anche a mezzo PEC, "
          "ENTRO LE ORE 12:00 DEL GIORNO 10/04/2026. Le domande pervenute oltre il termine "
          "non saranno prese in considerazione.", W)
L += ["", "ART. 4 - GRADUATORIA"]
L += wrap("Gli orti sono assegnati secondo una graduatoria formata con i seguenti punteggi:", W)
for lab, val in [("Età superiore a 65 anni", "punti 10"),
                 ("Pensionati non più in attività lavorativa", "punti  8"),
                 ("ISEE del nucleo inferiore a euro 12.000,00", "punti  6"),
                 ("Nucleo con minori di anni 14", "punti  4"),
                 ("Prima assegnazione", "punti  3")]:
    L.append("   " + leader(lab, val, 66))
L += wrap("A parità di punteggio prevale la domanda presentata per prima.", W)
L += ["", "ART. 5 - OBBLIGHI DELL'ASSEGNATARIO"]
L += wrap("L'assegnatario si impegna a coltivare personalmente l'orto, a non utilizzare "
          "prodotti chimici di sintesi, a mantenere puliti gli spazi comuni e a rispettare "
          "il Regolamento comunale per gli orti sociali.", W)
L += ["", "ART. 6 - TRATTAMENTO DEI DATI PERSONALI"]
L += wrap("I dati forniti sono trattati ai sensi del Regolamento (UE) 2016/679 esclusivamente "
          "per le finalità del presente avviso.", W)
L += ["", "ART. 7 - INFORMAZIONI"]
L += wrap("Responsabile del procedimento: sig.ra Paola Fabbrini, Ufficio Servizi Sociali, "
          "aperto al pubblico il martedì e il giovedì dalle ore 9:00 alle ore 12:30.", W)
L += [
    "",
    "                                          LA RESPONSABILE DEL SETTORE 1",
    "                                          F.to Dott.ssa Silvia Magini",
]
check_width(L, W, "montesansavino")
cut = L.index("ART. 6 - TRATTAMENTO DEI DATI PERSONALI")
assert cut <= 61
text = "\n".join(L[:cut]) + "\n\f" + "\n".join(L[cut:]) + "\n"
open("build/AVV04_26.TXT", "w", encoding="latin-1").write(text)
print(len(L))
