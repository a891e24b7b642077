# Comune di Nocera Terinese - "SIGEP Atti" house style - determinazione.
# Writes the 80-column report text the package sends to its printer queue;
# build.sh prints it with enscript (Courier 11, running header with the
# register number and page count) and ps2pdf.
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
w("AREA AMMINISTRATIVA")
w("Servizio Politiche Sociali e Pubblica Istruzione")
w("-" * W)
w("DETERMINAZIONE DEL RESPONSABILE DI AREA".center(W).rstrip())
w("-" * W)
w(" REG. GENERALE N. 287 DEL 14/12/2027   |   REG. DI AREA N. 64 DEL 10/12/2027")
w("-" * W)
w("OGGETTO: LIQUIDAZIONE CONTRIBUTI ECONOMICI STRAORDINARI A NUCLEI FAMILIARI")
w("         IN CONDIZIONI DI DISAGIO SOCIO-ECONOMICO - SECONDO SEMESTRE 2027.")
w("-" * W)
w()
w("IL RESPONSABILE DELL'AREA AMMINISTRATIVA".center(W).rstrip())
w()
para("PREMESSO che con deliberazione della Giunta Comunale n. 88 del 23/06/2027, "
     "dichiarata immediatamente eseguibile, sono stati approvati i criteri per "
     "l'erogazione di contributi economici straordinari a favore di nuclei familiari "
     "residenti in condizioni di temporaneo disagio socio-economico;")
w()
para("CHE con propria determinazione n. 51 del 18/09/2027 (R.G. n. 203) e' stata "
     "impegnata la somma di euro 12.000,00 al capitolo 1904 \"Contributi assistenziali "
     "a persone e famiglie\" del bilancio di previsione 2027/2029, esercizio 2027 "
     "(impegno n. 845/2027);")
w()
para("VISTO il verbale della Commissione per i servizi sociali del 03/12/2027, dal quale "
     "risulta che sono pervenute n. 23 istanze, delle quali n. 19 ammesse e n. 4 escluse "
     "per mancanza dei requisiti, per un importo complessivo da liquidare di euro "
     "11.450,00;")
w()
para("RITENUTO di dover procedere alla liquidazione dei contributi ai beneficiari "
     "indicati nell'elenco allegato, che per ragioni di riservatezza non viene "
     "pubblicato ai sensi dell'art. 26, comma 4, del D.Lgs. n. 33/2013;")
w()
para("VISTO il decreto sindacale n. 2 del 04/01/2027 di attribuzione delle funzioni "
     "di Responsabile dell'Area Amministrativa;")
w()
para("VISTI il D.Lgs. n. 267/2000, lo Statuto comunale e il vigente Regolamento di "
     "contabilita';")
w()
w("D E T E R M I N A".center(W).rstrip())
w()
pts = [
    "di liquidare la somma complessiva di euro 11.450,00 in favore dei n. 19 nuclei "
    "familiari beneficiari indicati nell'allegato elenco, che costituisce parte "
    "integrante del presente atto ma non e' soggetto a pubblicazione;",
    "di imputare la spesa al capitolo 1904 del bilancio di previsione 2027/2029, "
    "esercizio 2027, impegno n. 845/2027, che presenta la necessaria disponibilita';",
    "di autorizzare il Servizio Finanziario all'emissione dei mandati di pagamento "
    "secondo le modalita' indicate da ciascun beneficiario;",
    "di dare atto che la somma residua di euro 550,00 costituisce economia di spesa;",
    "di trasmettere il presente atto al Responsabile dell'Area Economico-Finanziaria "
    "per i controlli e i riscontri contabili di competenza.",
]
for i, p in enumerate(pts, 1):
    para(p, indent=4, first="%d.  " % i)
    w()
w()
w(" " * 38 + "IL RESPONSABILE DELL'AREA AMMINISTRATIVA")
w(" " * 44 + "F.to Dott.ssa Angela Perri")
w()
w("-" * W)
w("VISTO DI REGOLARITA' CONTABILE".center(W).rstrip())
w("-" * W)
para("Si attesta la regolarita' contabile del presente provvedimento e la copertura "
     "finanziaria della spesa ai sensi dell'art. 184, comma 4, del D.Lgs. n. 267/2000. "
     "Mandati dal n. 2291 al n. 2309.")
w()
w("Nocera Terinese, 14/12/2027" + " " * 13 + "IL RESPONSABILE DELL'AREA ECONOMICO-FIN.")
w(" " * 46 + "F.to Rag. Bruno Scalzo")
w("-" * W)
w("PUBBLICAZIONE".center(W).rstrip())
w("-" * W)
para("La presente determinazione viene pubblicata all'Albo Pretorio on line per "
     "quindici giorni consecutivi dal 15/12/2027 (Reg. pubbl. n. 1318).")
w()
w(" " * 50 + "IL MESSO COMUNALE")
w(" " * 46 + "F.to Francesco Scalise")
sys.stdout.write("\n".join(out) + "\n")
