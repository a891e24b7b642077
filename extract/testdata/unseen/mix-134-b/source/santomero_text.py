# -*- coding: utf-8 -*-
"""Sant'Omero, "Computer Brains" house style: the package prints its minutes as
80-column fixed-width reports (Courier), paginated by the program itself with
a running head and foot carrying the act's number.

usage: python3 santomero_text.py OUTDIR
writes  S1.tr  (plain troff for groff -Tps, UTF-8 through preconv)
        S2.txt (Latin-1 text with form feeds, for enscript)
        S3.txt (Latin-1 text with form feeds, for a2ps)
"""
import sys, os, textwrap
from acts import SANTOMERO_CC, SANTOMERO_GC

W = 80
PAGE = 60          # printable lines per page including running head and foot


def just(text, width=W, indent=0, first=None):
    """Wrap and justify with extra blanks, as a COBOL report writer does."""
    first = indent if first is None else first
    words = text.split()
    lines, cur, curw = [], [], 0
    avail = width - first
    for w in words:
        if cur and curw + 1 + len(w) > avail:
            lines.append((cur, avail))
            cur, curw = [w], len(w)
            avail = width - indent
        else:
            curw += (1 if cur else 0) + len(w)
            cur.append(w)
    out = []
    for i, (ws, av) in enumerate(lines):
        gaps = len(ws) - 1
        extra = av - sum(len(w) for w in ws) - gaps
        s = ""
        for j, w in enumerate(ws):
            s += w
            if j < gaps:
                s += " " * (1 + extra // gaps + (1 if j < extra % gaps else 0))
        out.append(" " * (first if i == 0 else indent) + s)
    if cur:
        out.append(" " * (first if not lines else indent) + " ".join(cur))
    return out


def centre(s):
    return s.center(W).rstrip()


def lr(a, b):
    return a + " " * (W - len(a) - len(b)) + b


def paginate(body, head, foot):
    """Split the body into pages, adding running head (page 2 on) and foot."""
    pages, i = [], 0
    n_first, n_other = PAGE - 2, PAGE - 5
    chunks = []
    while i < len(body):
        n = n_first if not chunks else n_other
        chunk = body[i:i + n]
        # do not leave a heading or a signature line alone at the bottom
        i += len(chunk)
        chunks.append(chunk)
    tot = len(chunks)
    for k, ch in enumerate(chunks):
        lines = []
        if k > 0:
            lines += [head, "-" * W, ""]
        lines += ch
        n = (n_first if k == 0 else n_other) + (0 if k == 0 else 3)
        lines += [""] * (n - len(lines))
        lines += ["-" * W, lr(foot, "Pag. %d/%d" % (k + 1, tot))]
        pages.append(lines)
    return pages


def letterhead(title, number, date, copia="COPIA"):
    return [
        lr("COMUNE DI SANT'OMERO", "PROVINCIA DI TERAMO"),
        lr("Piazza Cavour, 1 - 64027 Sant'Omero (TE)", "C.F. 82000470673"),
        "=" * W,
        "",
        centre(title),
        centre("--- %s ---" % copia),
        "",
        lr("N. %d" % number, "DEL %s" % date),
        "-" * W,
    ]


def oggetto(subject):
    ls = just(subject, W, indent=9, first=9)
    ls[0] = "OGGETTO:" + ls[0][8:]
    return ls + ["-" * W]


def signatures(pres, sec):
    a, b = pres, sec
    return ["", "Il presente verbale viene letto, approvato e sottoscritto.", "",
            "        %-34s%s" % (a[0], b[0]),
            "   %-39s%s" % ("F.to " + a[1], "F.to " + b[1]), ""]


# ----------------------------------------------------------------------- S1
def s1():
    L = letterhead("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", 27, "16/10/2028")
    L += oggetto("RATIFICA DELLA DELIBERAZIONE DI GIUNTA COMUNALE N. 109 DEL 26/09/2028 AD "
                 "OGGETTO: VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE 2028/2030 (ART. 175, "
                 "COMMA 4, D.LGS. 267/2000)")
    L += ["Sessione ordinaria - Seduta pubblica di prima convocazione", ""]
    L += just("L'anno duemilaventotto il giorno sedici del mese di ottobre alle ore 18:00, "
              "nella sala consiliare della Sede Municipale, a seguito di avviso di convocazione "
              "prot. n. 9214 del 10/10/2028, regolarmente notificato, si è riunito il Consiglio "
              "Comunale. Fatto l'appello nominale risultano:", first=2)
    L += [""]
    absent = {"CARDELLI Simone", "MAZZITTI Valentina"}
    half = "%-21s%-12s%-3s%-3s"
    L += [" " + half % ("CONSIGLIERI", "CARICA", "P", "A") + "  " + half % ("CONSIGLIERI", "CARICA", "P", "A"),
          " " + "-" * 37 + "  " + "-" * 37]
    left, right = SANTOMERO_CC[:7], SANTOMERO_CC[7:]
    for i in range(7):
        def cell(m):
            if not m:
                return ""
            n, name, role = m
            ab = name in absent
            return half % (name, role, "" if ab else "X", "X" if ab else "")
        L.append((" " + cell(left[i]) + "  " + cell(right[i] if i < len(right) else None)).rstrip())
    L += ["", "   Assegnati n. 13      In carica n. 13      Presenti n. 11      Assenti n. 2", ""]
    L += just("Presiede la seduta la Sig.ra Sabrina MARCOZZI, nella sua qualità di Presidente del "
              "Consiglio Comunale. Partecipa con funzioni consultive, referenti e di assistenza e ne "
              "cura la verbalizzazione il Segretario Comunale dott. Gianluca DI MARCO. La Presidente, "
              "constatato il numero legale degli intervenuti, dichiara aperta la seduta ed invita il "
              "Consiglio a trattare l'argomento indicato in oggetto.", first=2)
    L += ["", centre("IL CONSIGLIO COMUNALE"), ""]
    for p in [
        "PREMESSO che con deliberazione n. 109 del 26/09/2028, dichiarata immediatamente "
        "eseguibile, la Giunta Comunale ha adottato, in via d'urgenza, una variazione al bilancio "
        "di previsione 2028/2030 per far fronte alle spese di ripristino della viabilità in "
        "località Garrufo, danneggiata dagli eventi meteorici del 18 e 19 settembre 2028;",
        "VISTO l'art. 175, comma 4, del D.Lgs. 267/2000, ai sensi del quale le variazioni di "
        "bilancio adottate dall'organo esecutivo in via d'urgenza sono sottoposte a ratifica del "
        "Consiglio entro i sessanta giorni seguenti, a pena di decadenza;",
        "VISTO il parere favorevole del Revisore dei conti, verbale n. 21 del 02/10/2028;",
        "VISTI i pareri favorevoli di regolarità tecnica e contabile espressi dal Responsabile "
        "del Settore I - Affari Finanziari ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "UDITA la relazione dell'Assessore al Bilancio e gli interventi dei consiglieri Nardi e "
        "Di Giuseppe, riportati nel resoconto integrale della seduta;",
        "CON la seguente votazione, espressa per alzata di mano: presenti n. 11, votanti n. 10, "
        "favorevoli n. 7, contrari n. 3 (Nardi, Di Giuseppe, Di Felice), astenuti n. 1 (Tassoni);",
    ]:
        L += just(p, first=2) + [""]
    L += [centre("D E L I B E R A"), ""]
    L += just("1) di ratificare, ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000, la "
              "deliberazione della Giunta Comunale n. 109 del 26/09/2028 avente ad oggetto "
              "\"Variazione d'urgenza al bilancio di previsione 2028/2030\";", indent=5, first=2)
    L += just("2) di dare atto che, con la variazione ratificata, permangono gli equilibri di "
              "bilancio e il rispetto dei vincoli di finanza pubblica.", indent=5, first=2)
    L += [""]
    L += just("Inoltre, stante l'urgenza, con separata votazione: presenti n. 11, votanti n. 10, "
              "favorevoli n. 7, contrari n. 3, astenuti n. 1,", first=2)
    L += ["", centre("D E L I B E R A"), ""]
    L += just("di dichiarare il presente atto immediatamente eseguibile, ai sensi dell'art. 134, "
              "comma 4, del D.Lgs. 267/2000.", first=2)
    L += signatures(("IL PRESIDENTE", "Sig.ra Sabrina MARCOZZI"),
                    ("IL SEGRETARIO COMUNALE", "dott. Gianluca DI MARCO"))
    L += ["=" * W, centre("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000"), "=" * W,
          "REGOLARITA' TECNICA:  FAVOREVOLE    Data 12/10/2028",
          "                      Il Responsabile - F.to rag. Donatella Sorgentone",
          "REGOLARITA' CONTABILE: FAVOREVOLE   Data 12/10/2028",
          "                      Il Responsabile - F.to rag. Donatella Sorgentone",
          "", "=" * W, centre("CERTIFICATO DI PUBBLICAZIONE"), "=" * W]
    L += just("Il sottoscritto Segretario Comunale, visti gli atti d'ufficio, ATTESTA che la "
              "presente deliberazione viene affissa all'Albo Pretorio on line il 20/10/2028 per "
              "rimanervi quindici giorni consecutivi (N. 1402 Reg. Pubbl.).")
    L += ["", "Sant'Omero, 20/10/2028" + " " * 20 + "IL SEGRETARIO COMUNALE",
          " " * 42 + "F.to dott. Gianluca DI MARCO", "",
          "ESECUTIVITA': [X] dichiarata immediatamente eseguibile (art. 134, c. 4, TUEL)",
          "              [ ] decorsi 10 giorni dalla pubblicazione (art. 134, c. 3, TUEL)"]
    return paginate(L, "COMUNE DI SANT'OMERO - Delibera C.C. n. 27 del 16/10/2028",
                    "Delibera C.C. n. 27 del 16/10/2028")


# ----------------------------------------------------------------------- S2
def s2():
    L = letterhead("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", 30, "30/10/2028")
    L += oggetto("APPROVAZIONE DEL REGOLAMENTO PER L'ISTITUZIONE ED IL FUNZIONAMENTO DELLA "
                 "CONSULTA COMUNALE DEI GIOVANI")
    L += ["Sessione ordinaria - Seduta pubblica di prima convocazione", ""]
    L += just("L'anno duemilaventotto il giorno trenta del mese di ottobre alle ore 18:30, nella "
              "sala consiliare della Sede Municipale, a seguito di avviso di convocazione prot. n. "
              "9688 del 23/10/2028, regolarmente notificato, si è riunito il Consiglio Comunale. "
              "All'appello nominale risultano:", first=2)
    L += [""]
    status = {"CORE Alessia": "assente giustificato", "TASSONI Emidio": "assente giustificato",
              "DI FELICE Roberta": "assente", "NARDI Piergiorgio": "assente giustificato"}
    for n, name, role in SANTOMERO_CC:
        L.append("  %2d. %-24s%-15s%s" % (n, name, role, status.get(name, "presente")))
    L += ["", "   Presenti n. 9      Assenti n. 4", ""]
    L += just("Presiede la seduta la Sig.ra Sabrina MARCOZZI, nella sua qualità di Presidente del "
              "Consiglio Comunale. Partecipa e ne cura la verbalizzazione il Vice Segretario "
              "Comunale dott.ssa Marta CIPRIETTI. La Presidente, riconosciuta la validità della "
              "seduta, pone in discussione l'argomento indicato in oggetto.", first=2)
    L += ["", centre("IL CONSIGLIO COMUNALE"), ""]
    for p in [
        "PREMESSO che l'art. 8 del D.Lgs. 267/2000 e l'art. 12 dello Statuto comunale promuovono "
        "organismi di partecipazione dei cittadini all'amministrazione locale;",
        "CONSIDERATO che l'Amministrazione intende istituire una Consulta comunale dei giovani, "
        "quale organismo consultivo e propositivo in materia di politiche giovanili, cultura, "
        "sport e tempo libero;",
        "VISTO lo schema di Regolamento, composto da 14 articoli, esaminato dalla Commissione "
        "consiliare Affari Istituzionali nella seduta del 20/10/2028;",
        "VISTO il parere favorevole di regolarità tecnica espresso dal Responsabile del Settore "
        "III - Affari Generali ai sensi dell'art. 49 del D.Lgs. 267/2000, dando atto che l'atto "
        "non comporta riflessi sulla situazione economico-finanziaria dell'Ente;",
        "CON votazione palese, per alzata di mano, che dà il seguente esito: presenti n. 9, "
        "votanti n. 9, favorevoli n. 9, contrari nessuno, astenuti nessuno;",
    ]:
        L += just(p, first=2) + [""]
    L += [centre("D E L I B E R A"), ""]
    for i, p in enumerate([
        "di approvare il Regolamento per l'istituzione ed il funzionamento della Consulta "
        "comunale dei giovani, composto da 14 articoli, allegato al presente atto quale parte "
        "integrante e sostanziale;",
        "di stabilire che il Regolamento entra in vigore il quindicesimo giorno successivo "
        "alla sua pubblicazione all'Albo Pretorio on line;",
        "di incaricare il Responsabile del Settore III - Affari Generali di predisporre "
        "l'avviso pubblico per la raccolta delle candidature.",
    ]):
        L += just("%d) %s" % (i + 1, p), indent=5, first=2)
    L += [""]
    L += just("Successivamente, con separata votazione unanime dei n. 9 consiglieri presenti e "
              "votanti, il presente atto è dichiarato immediatamente eseguibile ai sensi "
              "dell'art. 134, comma 4, del D.Lgs. 267/2000.", first=2)
    L += signatures(("IL PRESIDENTE", "Sig.ra Sabrina MARCOZZI"),
                    ("IL VICE SEGRETARIO COMUNALE", "dott.ssa Marta CIPRIETTI"))
    L += ["=" * W, centre("CERTIFICATO DI PUBBLICAZIONE"), "=" * W]
    L += just("Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line dal "
              "03/11/2028 per quindici giorni consecutivi (N. 1497 Reg. Pubbl.).")
    L += ["", "Sant'Omero, 03/11/2028" + " " * 16 + "IL VICE SEGRETARIO COMUNALE",
          " " * 38 + "F.to dott.ssa Marta CIPRIETTI"]
    return paginate(L, "COMUNE DI SANT'OMERO - Delibera C.C. n. 30 del 30/10/2028",
                    "Delibera C.C. n. 30 del 30/10/2028")


# ----------------------------------------------------------------------- S3
def s3():
    L = letterhead("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE", 118, "11/10/2028",
                   copia="ORIGINALE")
    L += oggetto("SERVIZIO DI TRASPORTO SCOLASTICO PER L'ANNO SCOLASTICO 2028/2029. "
                 "DETERMINAZIONE DELLE TARIFFE E DELLE AGEVOLAZIONI ISEE")
    L += ["PROPOSTA N. 131 DEL 06/10/2028",
          "SETTORE PROPONENTE: SERVIZI SOCIALI E PUBBLICA ISTRUZIONE", ""]
    L += just("L'anno duemilaventotto il giorno undici del mese di ottobre alle ore 13:00, nella "
              "Sede Municipale, convocata nelle forme di legge, si è riunita la Giunta Comunale "
              "con l'intervento dei Signori:", first=2)
    L += ["", "   +----+------------------------+----------------+----------+---------+",
          "   | N. | COGNOME E NOME         | CARICA         | PRESENTE | ASSENTE |",
          "   +----+------------------------+----------------+----------+---------+"]
    for n, name, role in SANTOMERO_GC:
        ab = name == "PAOLINI Nicola"
        L.append("   | %2d | %-22s | %-14s | %s | %s |" % (n, name, role, ("" if ab else "SI").center(8),
                                                         ("SI" if ab else "").center(7)))
    L += ["   +----+------------------------+----------------+----------+---------+",
          "                                      TOTALE PRESENTI: 4   TOTALE ASSENTI: 1", ""]
    L += just("Presiede il Sindaco Andrea DI DOMENICO. Partecipa il Segretario Comunale dott. "
              "Gianluca DI MARCO, incaricato della redazione del verbale. Il Presidente, "
              "constatato il numero legale, dichiara aperta la riunione ed invita i presenti a "
              "deliberare sull'oggetto sopra indicato.", first=2)
    L += ["", centre("LA GIUNTA COMUNALE"), ""]
    for p in [
        "VISTA la proposta di deliberazione n. 131 del 06/10/2028 predisposta dal Settore II - "
        "Servizi Sociali e Pubblica Istruzione, che di seguito si riporta integralmente;",
        "PREMESSO che il Comune assicura il servizio di trasporto scolastico per gli alunni "
        "della scuola dell'infanzia, primaria e secondaria di primo grado residenti nelle "
        "frazioni e nelle zone rurali del territorio comunale;",
        "RICHIAMATO il D.M. 31/12/1983, che individua il trasporto scolastico tra i servizi "
        "pubblici a domanda individuale, e l'art. 172, comma 1, lett. c), del D.Lgs. 267/2000;",
        "RITENUTO di confermare la quota annua ordinaria e di graduare le agevolazioni in base "
        "all'indicatore ISEE del nucleo familiare, come da prospetto allegato sub A);",
        "ACQUISITI i pareri favorevoli di regolarità tecnica e contabile resi ai sensi "
        "dell'art. 49 del D.Lgs. 267/2000;",
        "CON voti unanimi e palesi;",
    ]:
        L += just(p, first=2) + [""]
    L += [centre("D E L I B E R A"), ""]
    for i, p in enumerate([
        "di determinare per l'anno scolastico 2028/2029 la quota annua di compartecipazione al "
        "servizio di trasporto scolastico in euro 220,00 per il primo figlio e in euro 150,00 "
        "per ciascun figlio successivo;",
        "di approvare le agevolazioni per fasce ISEE riportate nell'allegato A), con esenzione "
        "totale per i nuclei con ISEE fino a euro 6.000,00;",
        "di dare atto che il tasso di copertura previsto del servizio è pari al 31,4 per cento;",
        "di trasmettere copia del presente atto al Responsabile del Settore I - Affari "
        "Finanziari per gli adempimenti di competenza.",
    ]):
        L += just("%d. %s" % (i + 1, p), indent=5, first=2)
    L += [""]
    L += just("Con successiva, separata ed unanime votazione, la presente deliberazione viene "
              "dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. "
              "267/2000, stante l'imminente avvio del servizio.", first=2)
    L += signatures(("IL SINDACO", "Andrea DI DOMENICO"),
                    ("IL SEGRETARIO COMUNALE", "dott. Gianluca DI MARCO"))
    L += ["=" * W, centre("CERTIFICATO DI PUBBLICAZIONE"), "=" * W]
    L += just("La presente deliberazione viene pubblicata all'Albo Pretorio on line in data "
              "13/10/2028 per quindici giorni consecutivi (N. 1351 Reg. Pubbl.) e "
              "contestualmente comunicata ai Capigruppo consiliari ai sensi dell'art. 125 del "
              "D.Lgs. 267/2000.")
    return paginate(L, "COMUNE DI SANT'OMERO - Delibera G.C. n. 118 del 11/10/2028",
                    "Delibera G.C. n. 118 del 11/10/2028")


def troff(pages):
    """Plain troff, no macro package: Courier 10 on 12 points, no fill, one .bp a page."""
    out = [".\\\" Sant'Omero - 80-column report, plain troff for groff -Tps",
           ".pl 11.69i", ".po 0.75i", ".ll 6.9i", ".ps 10", ".vs 12", ".ft CR", ".nf", ".nh",
           ".sp 0.4i"]
    for k, p in enumerate(pages):
        if k:
            out += [".bp", ".sp 0.4i"]
        for line in p:
            esc = line.replace("\\", "\\e")
            if esc.startswith((".", "'")):
                esc = "\\&" + esc
            out.append(esc)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    od = sys.argv[1]
    open(os.path.join(od, "S1.tr"), "w", encoding="utf-8").write(troff(s1()))
    for name, f in (("S2.txt", s2), ("S3.txt", s3)):
        open(os.path.join(od, name), "w", encoding="latin-1").write("\f".join("\n".join(p) + "\n" for p in f()))
