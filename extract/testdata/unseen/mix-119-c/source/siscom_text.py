#!/usr/bin/env python3
"""Comune di Cessole -- "Siscom" house style: the 80-column report the old
package prints in Courier.  Writes, into the directory given:

  giunta-29.txt     -> enscript (fancy header with the number, text justified by padding spaces)
  giunta-31.tr      -> groff -Tps (plain troff, Courier, header and footer traps) -> ps2pdf
  consiglio-12.txt  -> a2ps (its own header and footers with the number) -> ps2pdf

Accented capitals and final accents are typed as apostrophes, as the
package's character set has them ("E'", "formalita'").
"""
import sys, os, textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
COLS = 78


def justify(text, width=COLS, indent="", hang=None):
    hang = indent if hang is None else hang
    words = text.split()
    lines, cur = [], []
    first = True
    for w in words:
        pre = indent if not lines else hang
        if cur and len(pre) + len(" ".join(cur + [w])) > width:
            lines.append((pre, cur))
            cur = []
        cur.append(w)
    if cur:
        lines.append((indent if not lines else hang, cur))
    out = []
    for i, (pre, ws) in enumerate(lines):
        if i == len(lines) - 1 or len(ws) == 1:
            out.append(pre + " ".join(ws))
            continue
        room = width - len(pre) - sum(len(w) for w in ws)
        gaps = len(ws) - 1
        base, extra = divmod(room, gaps)
        s = pre
        for j, w in enumerate(ws[:-1]):
            s += w + " " * (base + (1 if j < extra else 0))
        out.append(s + ws[-1])
    return out


def ragged(text, width=COLS, indent="", hang=None):
    hang = indent if hang is None else hang
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=hang,
                         break_on_hyphens=False)


def centre(s, width=COLS):
    return " " * ((width - len(s)) // 2) + s


def head(organ, num):
    return [centre("COMUNE DI CESSOLE"), centre("PROVINCIA DI ASTI"),
            "=" * COLS,
            centre("VERBALE DI DELIBERAZIONE DELLA " + organ if organ.startswith("G")
                   else "VERBALE DI DELIBERAZIONE DEL " + organ),
            centre("N. %d" % num),
            "=" * COLS]


def oggetto(subject, fill):
    lines = fill(subject, width=COLS, indent="OGGETTO: ", hang="         ")
    return lines + ["-" * COLS, ""]


def firme(left, right):
    return ["", "Letto, confermato e sottoscritto.", "",
            "          IL PRESIDENTE                          IL SEGRETARIO COMUNALE",
            "%-44s%s" % ("      F.to " + left, "F.to " + right), ""]


def pareri(rows):
    out = ["-" * COLS, "PARERI ai sensi dell'art. 49, comma 1, del D.Lgs. 18/08/2000 n. 267", ""]
    for a, b, c in rows:
        out.append(a)
        out.append("                                        " + b)
        out.append("                                        " + c)
        out.append("")
    return out


def relata(lines, fill):
    out = ["-" * COLS, centre("RELAZIONE DI PUBBLICAZIONE"), ""]
    for l in lines:
        out += fill(l) + [""]
    return out


# ------------------------------------------------------------- Giunta 29
J = justify
L = []
L += head("GIUNTA COMUNALE", 29)
L += oggetto("AFFIDAMENTO IN CONCESSIONE DEL SERVIZIO DI GESTIONE DEL PUNTO INFORMATIVO TURISTICO DI "
             "PIAZZA ROMA - ATTO DI INDIRIZZO AL RESPONSABILE DEL SERVIZIO", ragged)
for t in [
    "L'anno DUEMILAVENTISETTE, addi' DUE del mese di LUGLIO, alle ore 11,00, nella solita sala delle "
    "riunioni, previo esaurimento delle formalita' prescritte dalla vigente legge e dallo Statuto, vennero "
    "oggi convocati a seduta i componenti della Giunta Comunale.",
    "Sono presenti i Signori BOGLIOLO Franco, Sindaco, e GARBARINO Silvia, Vice Sindaco. E' assente "
    "giustificato il Signor DELPIANO Enrico, Assessore.",
    "Assiste all'adunanza il Segretario Comunale Dott.ssa OLIVIERI Patrizia, la quale provvede alla "
    "redazione del presente verbale.",
    "Essendo legale il numero degli intervenuti, il Signor BOGLIOLO Franco, nella sua qualita' di Sindaco, "
    "assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.",
]:
    L += J(t) + [""]
L += [centre("LA GIUNTA COMUNALE"), ""]
for t in [
    "PREMESSO che il Comune gestisce dal 2019 un punto informativo turistico nei locali di Piazza Roma, "
    "al piano terreno del Palazzo Comunale, aperto nel periodo estivo e in occasione delle manifestazioni "
    "della Langa Astigiana;",
    "CONSIDERATO che il Comune non dispone di personale da destinare al servizio e che appare opportuno "
    "affidarne la gestione in concessione a un soggetto del terzo settore, per il periodo dal 15/07/2027 "
    "al 31/10/2028, con un corrispettivo annuo stimato non superiore a euro 4.500,00;",
    "RITENUTO di fornire al Responsabile del Servizio Amministrativo i necessari indirizzi per "
    "l'espletamento della procedura di affidamento ai sensi dell'art. 50, comma 1, lett. b), del D.Lgs. "
    "31/03/2023 n. 36;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del "
    "D.Lgs. 18/08/2000 n. 267, riportati in calce;",
    "Con voti unanimi favorevoli espressi in forma palese,",
]:
    L += J(t) + [""]
L += [centre("D E L I B E R A"), ""]
for t in [
    "1) DI FORNIRE al Responsabile del Servizio Amministrativo l'indirizzo di procedere all'affidamento in "
    "concessione del servizio di gestione del punto informativo turistico di Piazza Roma per il periodo dal "
    "15/07/2027 al 31/10/2028;",
    "2) DI STABILIRE che il servizio dovra' garantire l'apertura almeno nei giorni di sabato e domenica dal "
    "mese di giugno al mese di ottobre e in occasione della Sagra delle Frittelle e della Fiera di San "
    "Martino;",
    "3) DI DARE ATTO che la spesa, stimata in euro 4.500,00 annui, trova copertura al capitolo 1572 del "
    "bilancio di previsione 2027/2029.",
]:
    L += J(t, indent="", hang="   ") + [""]
L += J("Con successiva e separata votazione unanime, la presente deliberazione viene dichiarata "
       "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18/08/2000 n. 267.") + [""]
L += pareri([("Parere FAVOREVOLE in ordine alla regolarita' tecnica.", "Il Responsabile del Servizio",
              "F.to Rag. GIACOSA Marina"),
             ("Parere FAVOREVOLE in ordine alla regolarita' contabile.", "Il Responsabile del Servizio Finanziario",
              "F.to Rag. GIACOSA Marina")])
L += firme("BOGLIOLO Franco", "Dott.ssa OLIVIERI Patrizia")
L += relata(["Certifico io sottoscritto Segretario Comunale, su conforme dichiarazione del Messo, che copia "
             "del presente verbale viene pubblicata all'Albo Pretorio on line il giorno 05/07/2027 per 15 "
             "giorni consecutivi, con il n. 214 del Registro delle Pubblicazioni.",
             "Cessole, li' 05/07/2027              IL SEGRETARIO COMUNALE F.to Dott.ssa OLIVIERI Patrizia",
             "DIVENUTA ESECUTIVA in data 02/07/2027 per dichiarazione di immediata eseguibilita' (art. 134, "
             "comma 4, D.Lgs. 267/2000)."], lambda t: ragged(t))
open(os.path.join(OUT, "giunta-29.txt"), "w", encoding="latin-1").write("\n".join(L) + "\n")

# ------------------------------------------------------------- Giunta 31 (troff)
L = []
L += head("GIUNTA COMUNALE", 31)
L += oggetto("APPROVAZIONE DEL RENDICONTO DEL SERVIZIO DI TRASPORTO SCOLASTICO PER L'ANNO SCOLASTICO "
             "2026/2027 E DETERMINAZIONE DELLE TARIFFE PER L'ANNO SCOLASTICO 2027/2028", ragged)
for t in [
    "L'anno DUEMILAVENTISETTE, addi' SEDICI del mese di LUGLIO, alle ore 10,30, nella solita sala delle "
    "riunioni, previa convocazione, si e' riunita la Giunta Comunale.",
    "Intervengono i Signori: Sindaco BOGLIOLO Franco, Vice Sindaco GARBARINO Silvia, Assessore DELPIANO "
    "Enrico. Presenti n. 3 - Assenti n. 0.",
    "Presiede il Sindaco Signor BOGLIOLO Franco. Partecipa il Segretario Comunale Dott.ssa OLIVIERI "
    "Patrizia, che cura la verbalizzazione.",
]:
    L += ragged(t) + [""]
L += [centre("LA GIUNTA COMUNALE"), ""]
for t in [
    "VISTO il rendiconto del servizio di trasporto scolastico per l'anno scolastico 2026/2027, predisposto "
    "dal Servizio Finanziario, dal quale risultano una spesa complessiva di euro 41.860,00 e entrate da "
    "tariffe per euro 9.120,00, con una percentuale di copertura del 21,79 per cento;",
    "RICHIAMATA la propria deliberazione n. 34 del 05/08/2026, con la quale sono state approvate le tariffe "
    "per l'anno scolastico 2026/2027;",
    "RITENUTO di aggiornare le tariffe per l'anno scolastico 2027/2028 nella misura del tasso di inflazione "
    "programmato, mantenendo le riduzioni per il secondo figlio e l'esenzione per i nuclei con ISEE "
    "inferiore a euro 6.000,00;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. "
    "18/08/2000 n. 267;",
    "Con voti unanimi favorevoli resi nelle forme di legge,",
]:
    L += ragged(t) + [""]
L += [centre("D E L I B E R A"), ""]
for t in [
    "1. DI APPROVARE il rendiconto del servizio di trasporto scolastico per l'anno scolastico 2026/2027, "
    "allegato alla presente sotto la lettera A);",
    "2. DI DETERMINARE per l'anno scolastico 2027/2028 la tariffa mensile in euro 36,00 per il primo figlio "
    "e in euro 26,00 per il secondo figlio;",
    "3. DI CONFERMARE l'esenzione per i nuclei familiari con ISEE inferiore a euro 6.000,00;",
    "4. DI DARE ATTO che la presente deliberazione costituisce allegato al bilancio di previsione "
    "2028/2030 ai sensi dell'art. 172 del D.Lgs. 18/08/2000 n. 267.",
]:
    L += ragged(t, indent="", hang="   ") + [""]
L += ragged("Con successiva e separata votazione unanime, la presente deliberazione viene dichiarata "
            "immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 18/08/2000 n. 267.") + [""]
L += pareri([("Parere FAVOREVOLE in ordine alla regolarita' tecnica.", "Il Responsabile del Servizio",
              "F.to Rag. GIACOSA Marina"),
             ("Parere FAVOREVOLE in ordine alla regolarita' contabile.", "Il Responsabile del Servizio Finanziario",
              "F.to Rag. GIACOSA Marina")])
L += firme("BOGLIOLO Franco", "Dott.ssa OLIVIERI Patrizia")
L += relata(["Certifico io sottoscritto Segretario Comunale, su conforme dichiarazione del Messo, che copia "
             "del presente verbale viene pubblicata all'Albo Pretorio on line il giorno 19/07/2027 per 15 "
             "giorni consecutivi, con il n. 229 del Registro delle Pubblicazioni.",
             "Cessole, li' 19/07/2027              IL SEGRETARIO COMUNALE F.to Dott.ssa OLIVIERI Patrizia",
             "DIVENUTA ESECUTIVA in data 16/07/2027 per dichiarazione di immediata eseguibilita' (art. 134, "
             "comma 4, D.Lgs. 267/2000)."], lambda t: ragged(t))


def troff_escape(s):
    s = s.replace("\\", "\\e")
    if s.startswith(".") or s.startswith("'"):
        s = "\\&" + s
    return s


tr = [
    '.\\" Comune di Cessole - Siscom - stampa verbale 80 colonne (troff, Courier)',
    ".pl 29.7c", ".po 2.2c", ".ll 17c", ".lt 17c", ".ps 10", ".vs 12.4p", ".ft CR",
    '.de hd', "'sp 1.1c", ".ft CR", ".ps 8",
    ".tl 'COMUNE DI CESSOLE - DELIBERAZIONE G.C. N. 31 DEL 16/07/2027''Pag. %'",
    ".ps 10", "'sp 0.6c", "..",
    '.de fo', "'sp 0.5c", ".ps 7",
    ".tl 'SISCOM - Affari Generali - Stampa verbali''Copia conforme all'originale'",
    ".ps 10", "'bp", "..",
    ".wh 0 hd", ".wh -2.2c fo",
    ".nf",
] + [troff_escape(l) for l in L]
open(os.path.join(OUT, "giunta-31.tr"), "w", encoding="latin-1").write("\n".join(tr) + "\n")

# ------------------------------------------------------------- Consiglio 12
L = []
L += head("CONSIGLIO COMUNALE", 12)
L += ["Adunanza ORDINARIA di PRIMA convocazione - Seduta PUBBLICA", ""]
L += oggetto("VARIAZIONE AL BILANCIO DI PREVISIONE FINANZIARIO 2027/2029 E VERIFICA DEL PERMANERE DEGLI "
             "EQUILIBRI GENERALI DI BILANCIO (ART. 193 D.LGS. 267/2000)", ragged)
for t in [
    "L'anno DUEMILAVENTISETTE, addi' VENTISETTE del mese di LUGLIO, alle ore 21,00, nella sala delle "
    "adunanze consiliari, convocato dal Sindaco con avvisi scritti e recapitati a norma di legge, si e' "
    "riunito in sessione ordinaria ed in seduta pubblica di prima convocazione il Consiglio Comunale.",
    "Fatto l'appello nominale, risultano presenti i Signori: BOGLIOLO Franco, Sindaco; GARBARINO Silvia, "
    "DELPIANO Enrico, CAVALLERO Mauro, NEGRO Lucia, BORMIDA Claudio, SCAGLIONE Piergiorgio e PREGLIASCO "
    "Dario, Consiglieri; ARMANDO Luisa, Consigliere (entra alle ore 21,15, prima della trattazione del "
    "presente punto). Risultano assenti: TARDITO Elena, Consigliere (giustificata), e ROVERA Ivana, "
    "Consigliere (ingiustificata).",
    "Presenti n. 9 - Assenti n. 2.",
    "Il Signor BOGLIOLO Franco, Sindaco, assume la presidenza e, riconosciuta legale l'adunanza, dichiara "
    "aperta la seduta. Partecipa all'adunanza il Segretario Comunale Dott.ssa OLIVIERI Patrizia, la quale "
    "provvede alla redazione del presente verbale.",
]:
    L += ragged(t) + [""]
L += [centre("IL CONSIGLIO COMUNALE"), ""]
for t in [
    "RICHIAMATA la propria deliberazione n. 4 del 30/03/2027, esecutiva, con la quale e' stato approvato il "
    "bilancio di previsione finanziario 2027/2029;",
    "VISTO l'art. 193 del D.Lgs. 18/08/2000 n. 267, il quale dispone che con periodicita' stabilita dal "
    "regolamento di contabilita', e comunque almeno una volta entro il 31 luglio di ciascun anno, l'organo "
    "consiliare provvede a dare atto del permanere degli equilibri generali di bilancio;",
    "VISTA la relazione del Responsabile del Servizio Finanziario, dalla quale risulta la necessita' di "
    "incrementare di euro 12.400,00 lo stanziamento per la manutenzione della viabilita' comunale, "
    "finanziandolo con maggiori entrate da trasferimenti regionali, e da cui non emergono squilibri ne' "
    "debiti fuori bilancio;",
    "ACQUISITO il parere favorevole del Revisore dei Conti, verbale n. 7 del 20/07/2027;",
    "ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile ai sensi dell'art. 49 del D.Lgs. "
    "18/08/2000 n. 267;",
    "Con voti favorevoli n. 7, contrari n. 0, astenuti n. 2 (PREGLIASCO Dario, ARMANDO Luisa), resi per "
    "alzata di mano dai n. 9 Consiglieri presenti,",
]:
    L += ragged(t) + [""]
L += [centre("D E L I B E R A"), ""]
for t in [
    "1) DI APPORTARE al bilancio di previsione finanziario 2027/2029 le variazioni di competenza e di cassa "
    "riportate nell'allegato A);",
    "2) DI DARE ATTO del permanere degli equilibri generali di bilancio ai sensi dell'art. 193 del D.Lgs. "
    "18/08/2000 n. 267;",
    "3) DI DARE ATTO che non sussistono debiti fuori bilancio da riconoscere;",
    "4) DI TRASMETTERE copia della presente al Tesoriere comunale.",
]:
    L += ragged(t, indent="", hang="   ") + [""]
L += ragged("Successivamente, con voti favorevoli n. 7, contrari n. 0, astenuti n. 2, la presente "
            "deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del "
            "D.Lgs. 18/08/2000 n. 267.") + [""]
L += pareri([("Parere FAVOREVOLE in ordine alla regolarita' tecnica e contabile.",
              "Il Responsabile del Servizio Finanziario", "F.to Rag. GIACOSA Marina")])
L += firme("BOGLIOLO Franco", "Dott.ssa OLIVIERI Patrizia")
L += relata(["Certifico io sottoscritto Segretario Comunale, su conforme dichiarazione del Messo, che copia "
             "del presente verbale viene pubblicata all'Albo Pretorio on line il giorno 30/07/2027 per 15 "
             "giorni consecutivi, con il n. 247 del Registro delle Pubblicazioni.",
             "Cessole, li' 30/07/2027              IL SEGRETARIO COMUNALE F.to Dott.ssa OLIVIERI Patrizia"],
            lambda t: ragged(t))
open(os.path.join(OUT, "consiglio-12.txt"), "w", encoding="latin-1").write("\n".join(L) + "\n")

for f in ("giunta-29.txt", "consiglio-12.txt"):
    for i, l in enumerate(open(os.path.join(OUT, f), encoding="latin-1")):
        assert len(l.rstrip("\n")) <= 80, (f, i, l)
