# Comune di Torviscosa (UD), "Insiel"-like house style: the minutes are 80-column
# reports in Courier, as the regional package's older modules print them.
#   giunta-52-torviscosa-insiel.txt  -> enscript + ps2pdf
#   giunta-55-torviscosa-insiel.pdf  -> written here with ReportLab: every character
#                                       placed alone on an 80 x 66 grid (as a spool
#                                       to PDF converter does), no space characters
#   consiglio-18-torviscosa-insiel.tr -> groff -Tps (plain troff requests) + ps2pdf,
#                                       Courier, filled and adjusted
#   certificato-torviscosa-insiel.txt -> a2ps + ps2pdf
# People, numbers and facts are invented.
import sys, os, textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
COLS = 80
LINES = 62

GIUNTA = [("TONIUTTI MARCO", "Sindaco"), ("CUMIN ELISA", "Vice Sindaco"),
          ("DEL FRATE ANDREA", "Assessore"), ("ZAMPARO GIULIA", "Assessore"),
          ("DRIUSSI PAOLO", "Assessore")]
CONSIGLIO = ["TONIUTTI MARCO", "CUMIN ELISA", "DEL FRATE ANDREA", "ZAMPARO GIULIA",
             "DRIUSSI PAOLO", "FABRIS LUCA", "BULFON SARA", "TOMASIN DAVIDE",
             "VISINTIN CHIARA", "GON STEFANO", "CECOTTI NADIA", "FURLAN IVAN",
             "CLOCCHIATTI MONICA"]


def justify(line, width):
    words = line.split(" ")
    if len(words) < 2:
        return line
    gaps = len(words) - 1
    extra = width - len(line)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (1 + extra // gaps + (1 if i < extra % gaps else 0))
    return out + words[-1]


def para(text, width=78, indent=0, hang=0, just=True):
    lines = textwrap.wrap(text, width=width - indent, subsequent_indent=" " * hang,
                          break_on_hyphens=False)
    out = []
    for i, l in enumerate(lines):
        if just and i < len(lines) - 1:
            if l.startswith(" " * hang) and hang and i > 0:
                l = " " * hang + justify(l[hang:], width - indent - hang)
            else:
                l = justify(l, width - indent)
        out.append(" " * indent + l)
    return out + [""]


def head(number, date, title):
    return [
        "COMUNE DI TORVISCOSA".ljust(52) + ("Reg. Delib. N. %5s" % number),
        "Regione Autonoma Friuli Venezia Giulia".ljust(52) + ("del     %s" % date),
        "Ente di Decentramento Regionale di Udine",
        "=" * COLS,
        "COPIA".center(COLS).rstrip(),
        title.center(COLS).rstrip(),
        "=" * COLS,
        "",
    ]


def oggetto(subject):
    lines = textwrap.wrap(subject, width=69)
    out = ["OGGETTO: " + lines[0]] + ["         " + l for l in lines[1:]]
    return out + ["-" * COLS, ""]


def giunta_roll(absent):
    out = [" " * 51 + "Presente   Assente"]
    for n, r in GIUNTA:
        mark = " " * 64 + "X" if n in absent else " " * 54 + "X"
        row = ("   " + n.ljust(29) + r.ljust(22)).ljust(len(mark))
        out.append((row[:54] + mark[54:]).rstrip())
    out.append(" " * 51 + "---------  ---------")
    p = len(GIUNTA) - len(absent)
    out.append(" " * 42 + "TOTALE" + " " * 6 + str(p) + " " * 10 + str(len(absent)))
    return out + [""]


def paginate(lines, running, foot):
    pages, cur = [], []
    for l in lines:
        if l.startswith("\0NEED:"):
            if len(cur) + int(l[6:]) >= LINES - 4:
                pages.append(cur); cur = []
            continue
        cur.append(l)
        if len(cur) >= LINES - 4:
            pages.append(cur); cur = []
    if cur:
        pages.append(cur)
    out = []
    for i, pg in enumerate(pages):
        body = pg[:]
        if i > 0:
            body = [running.ljust(70) + ("Pag. %d" % (i + 1)).rjust(10), "-" * COLS, ""] + body
        while len(body) < LINES - 2:
            body.append("")
        body += ["-" * COLS, foot.ljust(70) + ("Pag. %d" % (i + 1)).rjust(10)]
        out.append("\n".join(l.rstrip() for l in body))
    return "\n\f".join(out) + "\n"


# ------------------------------------------------------------------ Giunta 52
def giunta52():
    L = head("52", "16/06/2026", "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    L += oggetto("CONCESSIONE IN USO TEMPORANEO DEI LOCALI DEL CENTRO CIVICO DI MALISANA AD "
                 "ASSOCIAZIONI DEL TERRITORIO. APPROVAZIONE SCHEMA DI CONVENZIONE.")
    L += para("L'anno duemilaventisei, il giorno sedici del mese di giugno alle ore 18.30, nella "
              "sala comunale, in seguito a convocazione disposta dal Sindaco, si e' riunita la "
              "Giunta Comunale.")
    L += giunta_roll({"ZAMPARO GIULIA"})
    L += para("Assiste il Segretario comunale dott.ssa CANDOTTO Michela.")
    L += para("Constatato il numero legale degli intervenuti, assume la presidenza il sig. "
              "TONIUTTI Marco nella sua qualita' di Sindaco ed espone gli oggetti inscritti "
              "all'ordine del giorno e su questi la Giunta comunale adotta la seguente "
              "deliberazione:")
    L += ["LA GIUNTA COMUNALE".center(COLS).rstrip(), ""]
    for t in [
        "PREMESSO che il Comune e' proprietario dell'edificio denominato Centro civico di "
        "Malisana, i cui locali al piano terra sono stati oggetto di recenti lavori di "
        "manutenzione e risultano idonei ad ospitare attivita' associative, culturali e "
        "sportive di modesta entita';",
        "VISTE le richieste di utilizzo pervenute da n. 3 associazioni operanti sul territorio "
        "comunale, acquisite agli atti ai prott. n. 3114, 3187 e 3240 del mese di maggio 2026;",
        "VISTO lo schema di convenzione predisposto dall'Ufficio Segreteria, che disciplina "
        "durata, modalita' di utilizzo, oneri di pulizia e rimborso forfettario delle utenze, "
        "fissato in Euro 300,00 annui per ciascuna associazione;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
        "CON VOTI unanimi, palesemente espressi,",
    ]:
        L += para(t)
    L += ["\0NEED:8", "D E L I B E R A".center(COLS).rstrip(), ""]
    for i, t in enumerate([
        "di approvare lo schema di convenzione per la concessione in uso temporaneo dei locali "
        "del Centro civico di Malisana, allegato alla presente quale parte integrante e "
        "sostanziale;",
        "di concedere i locali alle associazioni richiedenti per il periodo dal 01/07/2026 al "
        "30/06/2028, secondo il calendario di utilizzo concordato con l'Ufficio Segreteria;",
        "di incaricare il Responsabile dell'Area Amministrativa della sottoscrizione delle "
        "convenzioni e degli adempimenti conseguenti.",
    ], 1):
        L += para("%d. %s" % (i, t), hang=3)
    L += para("Con successiva, separata votazione unanime, palesemente espressa, la presente "
              "deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, "
              "comma 19, della L.R. 11 dicembre 2003, n. 21, e successive modifiche e "
              "integrazioni.")
    L += ["\0NEED:16"]
    L += ["PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "",
          "Regolarita' tecnica:   FAVOREVOLE   16/06/2026   Il Responsabile del Servizio",
          "                                                 F.to dott. Paolo Zanin",
          "Regolarita' contabile: FAVOREVOLE   16/06/2026   Il Responsabile del Servizio",
          "                                                 F.to rag. Lorena Bortolussi", "",
          "-" * COLS, "", "Letto, confermato e sottoscritto.", "",
          "         IL PRESIDENTE                            IL SEGRETARIO COMUNALE",
          "     F.to Marco Toniutti                      F.to dott.ssa Michela Candotto", ""]
    txt = paginate(L, "COMUNE DI TORVISCOSA - Deliberazione G.C. n. 52 del 16/06/2026",
                   "Comune di Torviscosa - Delibera G.C. n. 52/2026")
    open(os.path.join(OUT, "giunta-52-torviscosa-insiel.txt"), "w", encoding="latin-1").write(txt)


# ------------------------------------------------------------------ Giunta 55
def giunta55_lines():
    L = head("55", "23/06/2026", "VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE")
    L += oggetto("AFFIDAMENTO DEL SERVIZIO DI TRASPORTO SCOLASTICO PER GLI ANNI SCOLASTICI "
                 "2026/2027 E 2027/2028. ATTO DI INDIRIZZO.")
    L += para("L'anno duemilaventisei, il giorno ventitre del mese di giugno alle ore 12.00, nella "
              "sala comunale, in seguito a convocazione disposta dal Sindaco, si e' riunita la "
              "Giunta Comunale.")
    L += giunta_roll({"CUMIN ELISA"})
    L += para("Assiste il Vice Segretario comunale dott.ssa TOMAT Sonia.")
    L += para("Constatato il numero legale degli intervenuti, assume la presidenza il sig. "
              "TONIUTTI Marco nella sua qualita' di Sindaco ed espone gli oggetti inscritti "
              "all'ordine del giorno e su questi la Giunta comunale adotta la seguente "
              "deliberazione:")
    L += ["LA GIUNTA COMUNALE".center(COLS).rstrip(), ""]
    for t in [
        "PREMESSO che il contratto per il servizio di trasporto scolastico degli alunni della "
        "scuola primaria e secondaria di primo grado scade il 31/08/2026 e che occorre "
        "garantire la continuita' del servizio dall'inizio dell'anno scolastico 2026/2027;",
        "CONSIDERATO che il servizio interessa mediamente n. 74 alunni residenti nelle frazioni "
        "di Malisana e Torre Zuino e nelle localita' sparse del territorio comunale, su due "
        "linee di andata e ritorno;",
        "RITENUTO di fornire al Responsabile dell'Area Amministrativa gli indirizzi per "
        "l'affidamento del servizio per due anni scolastici, con facolta' di rinnovo per un "
        "ulteriore anno, per una spesa presunta di Euro 196.000,00 oltre IVA;",
        "DATO ATTO che l'Assessore DEL FRATE Andrea dichiara di astenersi, per ragioni di "
        "opportunita', in quanto parente di un dipendente di un operatore del settore;",
        "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi "
        "dell'art. 49 del D.Lgs. 18 agosto 2000, n. 267;",
        "CON VOTI favorevoli n. 3 e astenuti n. 1 (DEL FRATE Andrea), palesemente espressi dai "
        "n. 4 componenti presenti,",
    ]:
        L += para(t)
    L += ["\0NEED:8", "D E L I B E R A".center(COLS).rstrip(), ""]
    for i, t in enumerate([
        "di esprimere indirizzo favorevole all'affidamento del servizio di trasporto scolastico "
        "per gli anni scolastici 2026/2027 e 2027/2028 mediante procedura negoziata, con il "
        "criterio dell'offerta economicamente piu' vantaggiosa;",
        "di dare atto che la spesa presunta di Euro 196.000,00 oltre IVA trova copertura negli "
        "stanziamenti del bilancio di previsione 2026-2028 e del successivo bilancio;",
        "di demandare al Responsabile dell'Area Amministrativa l'adozione di tutti gli atti "
        "gestionali necessari all'espletamento della procedura.",
    ], 1):
        L += para("%d. %s" % (i, t), hang=3)
    L += para("Con successiva, separata votazione, con voti favorevoli n. 3 e astenuti n. 1 "
              "(DEL FRATE Andrea), la presente deliberazione viene dichiarata immediatamente "
              "eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.")
    L += ["\0NEED:16"]
    L += ["PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "",
          "Regolarita' tecnica:   FAVOREVOLE   22/06/2026   Il Responsabile del Servizio",
          "                                                 F.to dott. Paolo Zanin",
          "Regolarita' contabile: FAVOREVOLE   22/06/2026   Il Responsabile del Servizio",
          "                                                 F.to rag. Lorena Bortolussi", "",
          "-" * COLS, "", "Letto, confermato e sottoscritto.", "",
          "         IL PRESIDENTE                          IL VICE SEGRETARIO COMUNALE",
          "     F.to Marco Toniutti                        F.to dott.ssa Sonia Tomat", "",
          "-" * COLS,
          "ATTESTATO DI INIZIO PUBBLICAZIONE".center(COLS).rstrip(), ""]
    L += para("Si attesta che la presente deliberazione viene pubblicata all'Albo pretorio on "
              "line del Comune dal 26/06/2026 al 10/07/2026 per quindici giorni consecutivi, ai "
              "sensi dell'art. 1, comma 15, della L.R. 11 dicembre 2003, n. 21.")
    L += ["Torviscosa, 26/06/2026" + " " * 22 + "L'IMPIEGATO RESPONSABILE",
          " " * 44 + "F.to Daniela Moro"]
    return paginate(L, "COMUNE DI TORVISCOSA - Deliberazione G.C. n. 55 del 23/06/2026",
                    "Comune di Torviscosa - Delibera G.C. n. 55/2026")


def giunta55():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    txt = giunta55_lines()
    c = canvas.Canvas(os.path.join(OUT, "giunta-55-torviscosa-insiel.pdf"), pagesize=A4,
                      pageCompression=1)
    c.setProducer("ReportLab PDF Library - www.reportlab.com")
    left, top, adv, lead = 56.0, A4[1] - 48.0, 6.0, 12.0
    for page in txt.rstrip("\n").split("\n\f"):
        for row, line in enumerate(page.split("\n")):
            y = top - row * lead
            for col, ch in enumerate(line):
                if ch == " ":
                    continue
                t = c.beginText(left + col * adv, y)
                t.setFont("Courier", 10)
                t.textOut(ch)
                c.drawText(t)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ Consiglio 18 (groff)
def consiglio18():
    absent = {"TOMASIN DAVIDE", "CLOCCHIATTI MONICA"}
    roll = [" N.  COGNOME E NOME            CARICA           PRES.   ASS."]
    for i, n in enumerate(CONSIGLIO, 1):
        role = "Sindaco" if i == 1 else "Consigliere"
        mark = " " * 58 + "X" if n in absent else " " * 50 + "X"
        row = ("%3d  %-24s  %-16s" % (i, n, role)).ljust(len(mark))
        roll.append((row[:47] + mark[47:]).rstrip())
    roll.append(" " * 46 + "-----   -----")
    roll.append(" " * 31 + "TOTALE" + " " * 11 + "11" + " " * 7 + "2")
    ms = r""".\" Comune di Torviscosa - Consiglio Comunale n. 18 del 26/06/2026
.\" plain troff (groff-base has no -ms): Courier, filled and adjusted, own page traps
.pl 11.69i
.po 0.75i
.ll 6.6i
.lt 6.6i
.ps 10
.vs 12
.ft CR
.de HD
'sp 0.55i
.if \\n%>1 \{\
.tl 'Comune di Torviscosa - Delib. C.C. n. 18 del 26/06/2026''Pag. \\n%'
'sp 1v
.\}
..
.de FO
'sp 0.35i
.tl 'Comune di Torviscosa - Delibera C.C. n. 18/2026''Pag. \\n%'
'bp
..
.wh 0 HD
.wh -0.9i FO
.de LP
.sp 0.5v
.in 0
.ne 2
..
.de IP
.sp 0.5v
.in 4n
.ti -4n
\\$1\h'|4n'\c
..
.hy 0
"""
    ms += r""".LP
.nf
COMUNE DI TORVISCOSA                                    Reg. Delib. N.    18
Regione Autonoma Friuli Venezia Giulia                  del     26/06/2026
Ente di Decentramento Regionale di Udine
================================================================================
                                     COPIA
               VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE
           Adunanza ordinaria di prima convocazione - Seduta pubblica
================================================================================

OGGETTO: VARIAZIONE AL BILANCIO DI PREVISIONE 2026/2028 E VERIFICA DEL
         PERMANERE DEGLI EQUILIBRI GENERALI DI BILANCIO.
--------------------------------------------------------------------------------
.fi
.ad b
.LP
L'anno duemilaventisei, il giorno ventisei del mese di giugno alle ore 20.30, nella sala consiliare, in seguito a convocazione disposta con invito scritto e relativo ordine del giorno notificato ai singoli Consiglieri in data 19/06/2026, si e' riunito il Consiglio Comunale.
.LP
.nf
""" + "\n".join(roll) + r"""
.fi
.LP
Partecipa il Segretario comunale dott.ssa Michela CANDOTTO.
.LP
Constatato il numero legale degli intervenuti, assume la presidenza il sig. Marco TONIUTTI nella sua qualita' di Sindaco ed espone gli oggetti inscritti all'ordine del giorno e su questi il Consiglio comunale adotta la seguente deliberazione:
.LP
.ce
IL CONSIGLIO COMUNALE
.LP
PREMESSO che con propria deliberazione n. 7 del 27/03/2026 e' stato approvato il bilancio di previsione per il triennio 2026-2028 e che con deliberazione della Giunta comunale n. 24 del 09/04/2026 e' stato approvato il Piano esecutivo di gestione;
.LP
CONSIDERATO che si rende necessario apportare al bilancio variazioni di competenza e di cassa, per l'iscrizione del contributo regionale di Euro 120.000,00 destinato alla manutenzione straordinaria della palestra comunale e per l'adeguamento degli stanziamenti relativi alle utenze degli edifici pubblici, come dettagliato nei prospetti allegati;
.LP
VISTO l'art. 193 del D.Lgs. 18 agosto 2000, n. 267, e ritenuto di dare atto, contestualmente, del permanere degli equilibri generali di bilancio;
.LP
VISTO il parere favorevole del Revisore dei conti, verbale n. 6 del 22/06/2026;
.LP
UDITA la relazione dell'Assessore al bilancio DEL FRATE Andrea e uditi gli interventi dei Consiglieri GON Stefano e CECOTTI Nadia, come riportati nel resoconto della seduta;
.LP
ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;
.LP
CON VOTI favorevoli n. 8, contrari n. 3 (GON Stefano, CECOTTI Nadia, FURLAN Ivan), astenuti nessuno, espressi per alzata di mano da n. 11 Consiglieri presenti e votanti,
.LP
.ce
D E L I B E R A
.IP 1.
di approvare le variazioni al bilancio di previsione 2026-2028, di competenza e di cassa, come risultanti dai prospetti allegati sub A) e sub B), parte integrante e sostanziale della presente deliberazione;
.IP 2.
di dare atto del permanere degli equilibri generali di bilancio, ai sensi dell'art. 193 del D.Lgs. 267/2000, come da prospetto allegato sub C);
.IP 3.
di dare atto che, a seguito delle variazioni, il bilancio rispetta gli equilibri di cui all'art. 162 del D.Lgs. 267/2000;
.IP 4.
di trasmettere copia della presente deliberazione al Tesoriere comunale.
.LP
Successivamente, con separata votazione che ottiene voti favorevoli n. 8, contrari n. 3 (GON Stefano, CECOTTI Nadia, FURLAN Ivan), astenuti nessuno, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 1, comma 19, della L.R. 11 dicembre 2003, n. 21.
.LP
.ne 14v
.nf
PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000

Regolarita' tecnica:   FAVOREVOLE   19/06/2026   Il Responsabile del Servizio
                                                 F.to rag. Lorena Bortolussi
Regolarita' contabile: FAVOREVOLE   19/06/2026   Il Responsabile del Servizio
                                                 F.to rag. Lorena Bortolussi
--------------------------------------------------------------------------------

Letto, confermato e sottoscritto.

         IL PRESIDENTE                            IL SEGRETARIO COMUNALE
     F.to Marco Toniutti                      F.to dott.ssa Michela Candotto
.fi
"""
    open(os.path.join(OUT, "consiglio-18-torviscosa-insiel.tr"), "w", encoding="latin-1").write(ms)


# ------------------------------------------------------------------ certificate (a2ps)
def certificato():
    L = ["COMUNE DI TORVISCOSA",
         "Regione Autonoma Friuli Venezia Giulia",
         "Ente di Decentramento Regionale di Udine",
         "=" * COLS,
         "CERTIFICATO DI PUBBLICAZIONE".center(COLS).rstrip(),
         "=" * COLS, "",
         "Deliberazione del Consiglio Comunale n. 18 del 26/06/2026", ""]
    L += oggetto("VARIAZIONE AL BILANCIO DI PREVISIONE 2026/2028 E VERIFICA DEL PERMANERE DEGLI "
                 "EQUILIBRI GENERALI DI BILANCIO.")
    L += para("Si certifica che copia della presente deliberazione viene pubblicata all'Albo "
              "pretorio on line del Comune dal 30/06/2026 al 14/07/2026 per quindici giorni "
              "consecutivi, ai sensi dell'art. 1, comma 15, della L.R. 11 dicembre 2003, n. 21 e "
              "successive modifiche ed integrazioni (Reg. pubbl. n. 631).")
    L += para("Si certifica altresi' che la deliberazione e' stata dichiarata immediatamente "
              "eseguibile ai sensi dell'art. 1, comma 19, della medesima L.R. n. 21/2003.")
    L += ["", "Torviscosa, 30/06/2026", "",
          " " * 44 + "L'IMPIEGATO RESPONSABILE",
          " " * 44 + "F.to Daniela Moro", "", "",
          "-" * COLS,
          "Copia conforme all'originale firmato digitalmente, per uso amministrativo."]
    open(os.path.join(OUT, "certificato-torviscosa-insiel.txt"), "w", encoding="latin-1").write(
        "\n".join(L) + "\n")


if __name__ == "__main__":
    giunta52()
    giunta55()
    consiglio18()
    certificato()
