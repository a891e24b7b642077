# Comune di Nocera Terinese - "SIGEP Atti" house style - decreto del Sindaco.
# Writes the 80-column text; build.sh prints it with a2ps (one page per
# sheet, no borders, footer with the decree's number) and ps2pdf.
import sys
import textwrap

W = 80
out = []


def w(s=""):
    out.append(s)


def para(s, indent=0, first=None):
    first = " " * indent if first is None else first
    for l in textwrap.wrap(s, W, initial_indent=first, subsequent_indent=" " * indent,
                           break_on_hyphens=False):
        w(l)


w("COMUNE DI NOCERA TERINESE".ljust(W - 20) + "Codice ISTAT 079087")
w("Provincia di Catanzaro".ljust(W - 27) + "Piazza Municipio, 1 - 88047")
w("=" * W)
w("IL SINDACO".center(W).rstrip())
w("-" * W)
w(" DECRETO N. 12                         |   DATA 15/12/2027")
w("-" * W)
w("OGGETTO: NOMINA DEL RESPONSABILE DELL'AREA TECNICA E ATTRIBUZIONE DELLE")
w("         FUNZIONI DI CUI ALL'ART. 107 DEL D.LGS. N. 267/2000 PER L'ANNO 2028.")
w("-" * W)
w()
para("PREMESSO che con deliberazione della Giunta Comunale n. 14 del 25/02/2022 e' "
     "stata approvata la struttura organizzativa dell'Ente, articolata in quattro Aree "
     "(Amministrativa, Economico-Finanziaria, Tecnica e Vigilanza);")
w()
para("RICHIAMATI l'art. 50, comma 10, e l'art. 109, comma 2, del D.Lgs. 18 agosto "
     "2000, n. 267, in base ai quali nei Comuni privi di personale con qualifica "
     "dirigenziale le funzioni di cui all'art. 107 possono essere attribuite, con "
     "provvedimento motivato del Sindaco, ai responsabili degli uffici e dei servizi;")
w()
para("VISTO il CCNL del personale del comparto Funzioni Locali 2019-2021 del "
     "16/11/2022, ed in particolare gli artt. 16 e seguenti relativi agli incarichi "
     "di Elevata Qualificazione;")
w()
para("CONSIDERATO che l'incarico conferito con proprio decreto n. 3 del 04/01/2027 "
     "all'Ing. Pietro Paolo Bruni, funzionario tecnico a tempo indeterminato, viene a "
     "scadenza il 31/12/2027 e che il medesimo ha svolto l'incarico con risultati "
     "positivi, come da valutazione del Nucleo di valutazione del 29/11/2027;")
w()
w("D E C R E T A".center(W).rstrip())
w()
pts = [
    "di nominare l'Ing. Pietro Paolo Bruni Responsabile dell'Area Tecnica del "
    "Comune di Nocera Terinese per il periodo dal 01/01/2028 al 31/12/2028, "
    "attribuendogli le funzioni di cui all'art. 107 del D.Lgs. n. 267/2000;",
    "di attribuire al medesimo l'incarico di Elevata Qualificazione con la "
    "retribuzione di posizione annua lorda di euro 12.500,00 per tredici mensilita', "
    "oltre alla retribuzione di risultato nei limiti previsti dal CCNL;",
    "di individuare quale sostituto, in caso di assenza o impedimento, il "
    "Responsabile dell'Area Vigilanza, Com. Antonio Ventura;",
    "di disporre la notifica del presente decreto all'interessato e la sua "
    "pubblicazione all'Albo Pretorio on line e nella sezione \"Amministrazione "
    "trasparente\" del sito istituzionale.",
]
for i, p in enumerate(pts, 1):
    para(p, indent=4, first="%d)  " % i)
    w()
w("Nocera Terinese, 15/12/2027")
w()
w(" " * 52 + "IL SINDACO")
w(" " * 48 + "F.to Antonio Ferraro")
w()
w("-" * W)
w("Per accettazione:" + " " * 20 + "F.to Ing. Pietro Paolo Bruni")
w("-" * W)
sys.stdout.write("\n".join(out) + "\n")
