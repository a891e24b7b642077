#!/usr/bin/env python3
"""Comune di Castelgrande - the legacy package's 80-column reports (Saga-like).

Writes the two plain-text reports build.sh prints in Courier:
  deliberazione-castelgrande-saga.txt  -> enscript (Consiglio n. 29, roll in two columns,
                                          running head and foot with the number)
  determinazione-castelgrande-saga.txt -> a2ps (Reg. gen. 212 / settore 58)
Text is justified the way old word processors do it, by padding the gaps with
spaces; accented capitals are typed with an apostrophe (QUALITA', E').
usage: castelgrande_txt.py OUTDIR
"""
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
W = 80


def just(text, width=W, indent=0, first=None):
    """wrap and pad with spaces to the full width (last line left as is)"""
    lines = textwrap.wrap(text, width - indent)
    out = []
    for i, ln in enumerate(lines):
        if i < len(lines) - 1:
            words = ln.split(" ")
            gaps = len(words) - 1
            extra = (width - indent) - len(ln)
            if gaps:
                res = ""
                for j, w in enumerate(words[:-1]):
                    res += w + " " * (1 + extra // gaps + (1 if j < extra % gaps else 0))
                ln = res + words[-1]
        out.append(" " * indent + ln)
    if first is not None and out:
        out[0] = first + out[0][len(first):]
    return out


def center(t):
    return t.center(W).rstrip()


RULE = "=" * W
DASH = "-" * W
HEAD = [RULE,
        center("C O M U N E   D I   C A S T E L G R A N D E"),
        center("PROVINCIA DI POTENZA"),
        center("Piazza Municipio, 1 - 85050 Castelgrande (PZ) - C.F. 80002370765"),
        RULE]


def pages(body, head_fmt, foot_fmt, per_page):
    """split body into pages; page 1 carries the letterhead, later ones a running head"""
    out, pg, chunks = [], 1, []
    first = HEAD + [""]
    i = 0
    while i < len(body):
        top = first if pg == 1 else [head_fmt % pg, DASH, ""]
        room = per_page - len(top) - 3
        chunk = body[i:i + room]
        # don't leave a heading alone at the foot of a page
        i += len(chunk)
        chunks.append((top, chunk))
        pg += 1
    n = len(chunks)
    for k, (top, chunk) in enumerate(chunks, 1):
        page = top + chunk
        page += [""] * (per_page - 2 - len(page))
        page += [DASH, (foot_fmt % (k, n)).rjust(W)]
        out.append("\n".join(page))
    return "\f".join(out) + "\n"


# ---------------------------------------------------------------- deliberazione
b = []
b += ["ORIGINALE".rjust(W), "",
      center("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE"), "",
      "  N. 29  DEL 15/12/2028                    SESSIONE STRAORDINARIA",
      "                                          SEDUTA PUBBLICA DI 1^ CONVOCAZIONE",
      DASH]
b += just("RATIFICA DELLA DELIBERAZIONE DI GIUNTA COMUNALE N. 68 DEL 30/11/2028 "
          "AVENTE AD OGGETTO: VARIAZIONE D'URGENZA AL BILANCIO DI PREVISIONE 2028/2030 "
          "(ART. 175, COMMA 4, D.LGS. 267/2000).", indent=9, first="OGGETTO: ")
b += [DASH, ""]
b += just("L'anno duemilaventotto il giorno quindici del mese di dicembre alle ore 18:00, "
          "nella sala delle adunanze consiliari del Palazzo Municipale, convocato dal Sindaco con "
          "avviso prot. n. 4127 dell'11/12/2028, notificato a ciascun Consigliere nei modi e "
          "termini di legge, si e' riunito il Consiglio Comunale in sessione straordinaria ed "
          "in seduta pubblica di prima convocazione.")
b += ["", "All'appello nominale risultano:", ""]
left = [("CANTISANI ROCCO (SINDACO)", "SI"), ("FIERRO ANTONIETTA", "SI"), ("MECCA GIUSEPPE", "SI"),
        ("NARDOZZA VITO", "SI"), ("SALVIA MARIA ROSARIA", "SI"), ("GRIPPO DONATO", "NO")]
right = [("VACCARO ANNA", "SI"), ("LACAVA PASQUALE", "SI"), ("SANTARSIERO CARMELA", "SI"),
         ("TANCREDI ANTONIO", "NO"), ("CAPUTO GERARDO", "SI"), ("", "")]
b.append("  %-28s %-6s |  %-28s %-6s" % ("COMPONENTI", "PRES.", "COMPONENTI", "PRES."))
b.append("  " + "-" * 35 + "+" + "-" * 38)
for (n1, p1), (n2, p2) in zip(left, right):
    b.append(("  %-28s  %-5s |  %-28s  %-5s" % (n1, p1, n2, p2)).rstrip())
b.append("  " + "-" * 35 + "+" + "-" * 38)
b.append("  ASSEGNATI N. 11   IN CARICA N. 11   PRESENTI N. 9   ASSENTI N. 2")
b.append("")
b += just("Presiede il Sig. ROCCO CANTISANI nella sua qualita' di SINDACO. Partecipa con "
          "funzioni consultive, referenti, di assistenza e verbalizzazione (art. 97, comma 4, "
          "lett. a, del D.Lgs. 267/2000) il SEGRETARIO COMUNALE DOTT. NICOLA MASTROBERTI.")
b.append("")
b += just("Il Presidente, riconosciuto legale il numero degli intervenuti, dichiara aperta la "
          "seduta e pone in discussione l'argomento iscritto al punto n. 2 dell'ordine del giorno.")
b += ["", center("IL CONSIGLIO COMUNALE"), ""]
for t in [
    "PREMESSO che con deliberazione della Giunta Comunale n. 68 del 30/11/2028, dichiarata "
    "immediatamente eseguibile, e' stata adottata in via d'urgenza, ai sensi dell'art. 175, "
    "comma 4, del D.Lgs. 18 agosto 2000, n. 267, una variazione al bilancio di previsione "
    "2028/2030 per l'iscrizione del contributo regionale di euro 38.000,00 concesso per il "
    "ripristino della strada comunale \"Piano del Conte\" danneggiata dagli eventi meteorici "
    "del mese di novembre e per l'adeguamento degli stanziamenti del servizio sgombero neve;",
    "VISTO l'art. 175, comma 4, del D.Lgs. 267/2000, secondo il quale le variazioni di "
    "bilancio adottate dalla Giunta in via d'urgenza sono sottoposte a ratifica del "
    "Consiglio entro i sessanta giorni seguenti e comunque entro il 31 dicembre dell'anno in "
    "corso, a pena di decadenza;",
    "DATO ATTO che la variazione non altera il pareggio finanziario e il rispetto degli "
    "equilibri di bilancio, come da prospetti allegati alla deliberazione n. 68/2028;",
    "VISTO il parere favorevole del Revisore dei conti, rilasciato con verbale n. 14 del "
    "05/12/2028 ed acquisito al prot. n. 4069;",
    "VISTI i pareri favorevoli di regolarita' tecnica e contabile espressi dal Responsabile "
    "del Settore Amministrativo e Contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
    "UDITI gli interventi dei Consiglieri, riportati nel resoconto allegato, e la "
    "dichiarazione di voto contrario del Consigliere Caputo a nome del gruppo di minoranza;",
    "CON VOTI favorevoli n. 7, contrari n. 2 (Santarsiero, Caputo), astenuti n. 0, espressi "
    "per alzata di mano dai n. 9 Consiglieri presenti e votanti;",
]:
    b += just(t) + [""]
b += [center("D E L I B E R A"), ""]
for i, t in enumerate([
    "DI RATIFICARE, ai sensi dell'art. 175, comma 4, del D.Lgs. 267/2000, la deliberazione "
    "della Giunta Comunale n. 68 del 30/11/2028, avente ad oggetto \"Variazione d'urgenza al "
    "bilancio di previsione 2028/2030\", che qui si intende integralmente richiamata;",
    "DI DARE ATTO che, a seguito della variazione, permangono il pareggio finanziario e gli "
    "equilibri di bilancio previsti dall'art. 193 del D.Lgs. 267/2000;",
    "DI TRASMETTERE copia del presente atto al Tesoriere comunale.",
], 1):
    b += just(t, indent=4, first="%d)  " % i) + [""]
b += just("SUCCESSIVAMENTE, stante l'urgenza di provvedere entro il termine di legge, con voti "
          "favorevoli n. 7, contrari n. 2, astenuti n. 0, resi per alzata di mano,")
b += ["", center("D E L I B E R A"), ""]
b += just("di dichiarare il presente atto immediatamente eseguibile ai sensi dell'art. 134, "
          "comma 4, del D.Lgs. 267/2000.")
b += ["", DASH, "PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000", "",
      "REGOLARITA' TECNICA: FAVOREVOLE     REGOLARITA' CONTABILE: FAVOREVOLE",
      "Data: 07/12/2028                     Data: 07/12/2028",
      "IL RESPONSABILE DEL SETTORE          IL RESPONSABILE DEL SETTORE",
      "F.to DOTT.SSA ROSANNA GENOVESE       F.to DOTT.SSA ROSANNA GENOVESE",
      DASH, "",
      "Letto, approvato e sottoscritto.", "",
      "      IL PRESIDENTE                          IL SEGRETARIO COMUNALE",
      "   F.to ROCCO CANTISANI                  F.to DOTT. NICOLA MASTROBERTI", "",
      DASH, center("CERTIFICATO DI PUBBLICAZIONE"), ""]
b += just("Copia della presente deliberazione viene pubblicata all'Albo Pretorio on line il "
          "16/12/2028 per 15 giorni consecutivi (Reg. Pubbl. n. 612).")
b += ["", "Castelgrande, 16/12/2028                  IL SEGRETARIO COMUNALE",
      "                                          F.to DOTT. NICOLA MASTROBERTI"]
open(OUT + "/deliberazione-castelgrande-saga.txt", "w", encoding="latin-1").write(
    pages(b, "COMUNE DI CASTELGRANDE - DELIBERAZIONE C.C. N. 29 DEL 15/12/2028     PAG. %d",
          "DELIBERA C.C. N. 29/2028 - PAG. %d DI %d", 66))

# ---------------------------------------------------------------- determinazione
b = []
b += ["SETTORE AMMINISTRATIVO E CONTABILE",
      "SERVIZIO FINANZIARIO E PERSONALE", "",
      center("DETERMINAZIONE DEL RESPONSABILE DEL SETTORE"), "",
      "  REG. GENERALE N. 212 DEL 12/12/2028          REG. SETTORE N. 58 DEL 12/12/2028",
      DASH]
b += just("LIQUIDAZIONE INDENNITA' DI FUNZIONE AL SINDACO E AGLI ASSESSORI COMUNALI - "
          "PERIODO LUGLIO/DICEMBRE 2028.", indent=9, first="OGGETTO: ")
b += [DASH, "", center("IL RESPONSABILE DEL SETTORE"), ""]
for t in [
    "VISTO il decreto sindacale n. 4 del 02/01/2028 di nomina della sottoscritta a Responsabile "
    "del Settore Amministrativo e Contabile;",
    "VISTO l'art. 82 del D.Lgs. 18 agosto 2000, n. 267 e il D.M. 4 aprile 2000, n. 119, "
    "nonche' l'art. 1, commi 583 e seguenti, della Legge 30 dicembre 2021, n. 234, che ha "
    "rideterminato le indennita' di funzione dei Sindaci metropolitani e dei Sindaci dei "
    "Comuni delle regioni a statuto ordinario;",
    "RICHIAMATA la deliberazione della Giunta Comunale n. 5 del 17/01/2028, con la quale "
    "sono state determinate le indennita' di funzione spettanti al Sindaco, al Vicesindaco e "
    "all'Assessore per l'anno 2028;",
    "DATO ATTO che nessuno degli amministratori e' lavoratore dipendente in aspettativa non "
    "retribuita e che, pertanto, le indennita' spettano nella misura intera;",
    "RITENUTO di dover liquidare le indennita' relative al periodo dal 01/07/2028 al "
    "31/12/2028, gia' impegnate con determinazione n. 14 del 24/01/2028 (impegno n. 47/2028);",
]:
    b += just(t) + [""]
b += [center("D E T E R M I N A"), ""]
for i, t in enumerate([
    "DI LIQUIDARE, per il periodo dal 01/07/2028 al 31/12/2028, le indennita' di funzione "
    "agli amministratori comunali come segue: Sindaco Rocco Cantisani euro 6.600,00; "
    "Vicesindaco Giuseppe Mecca euro 990,00; Assessore Antonietta Fierro euro 660,00;",
    "DI IMPUTARE la spesa complessiva di euro 8.250,00, oltre IRAP di euro 701,25, alla "
    "Missione 01, Programma 01, capitoli 10/1 e 12/1 del bilancio 2028/2030, esercizio 2028, "
    "impegno n. 47/2028;",
    "DI TRASMETTERE il presente atto all'Ufficio Ragioneria per l'emissione dei relativi "
    "mandati di pagamento;",
    "DI PUBBLICARE il presente provvedimento all'Albo Pretorio on line e nella sezione "
    "\"Amministrazione Trasparente\" - Organizzazione - Titolari di incarichi politici.",
], 1):
    b += just(t, indent=4, first="%d)  " % i) + [""]
b += ["Castelgrande, li' 12/12/2028", "",
      "                                        IL RESPONSABILE DEL SETTORE",
      "                                        F.to DOTT.SSA ROSANNA GENOVESE", "",
      DASH, center("VISTO DI REGOLARITA' CONTABILE"), ""]
b += just("Si attesta la regolarita' contabile e la copertura finanziaria della spesa "
          "(art. 151, comma 4, e art. 183, comma 7, D.Lgs. 267/2000).")
b += ["", "Castelgrande, li' 12/12/2028          IL RESPONSABILE DEL SERVIZIO FINANZIARIO",
      "                                        F.to DOTT.SSA ROSANNA GENOVESE"]
open(OUT + "/determinazione-castelgrande-saga.txt", "w", encoding="latin-1").write(
    pages(b, "COMUNE DI CASTELGRANDE - DETERMINAZIONE R.G. N. 212 DEL 12/12/2028   PAG. %d",
          "DETERMINA R.G. N. 212/2028 - PAG. %d DI %d", 64))
