"""Comune di Massa Lubrense - Consiglio Comunale n. 14 of 09/03/2026.
Legacy fixed-width report (80 columns, capitals, boxes in characters) as an
old AS/400-style package prints it; written as plain text, set in Courier by
enscript and distilled by Ghostscript."""
import sys, textwrap

W = 80
out = sys.argv[1]


def center(s):
    return s.center(W).rstrip()


def box(lines):
    r = ["+" + "-" * (W - 2) + "+"]
    for ln in lines:
        r.append("|" + ln.ljust(W - 2)[: W - 2] + "|")
    r.append("+" + "-" * (W - 2) + "+")
    return r


def wrap(s, indent="", first=None):
    first = indent if first is None else first
    return textwrap.wrap(s, W, initial_indent=first, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def dots(label, value, width=W):
    pad = width - len(label) - len(value) - 2
    return label + " " + "." * pad + " " + value


L = []
L += [center("COMUNE DI MASSA LUBRENSE"),
      center("CITTA' METROPOLITANA DI NAPOLI"),
      center("=" * 30), "",
      "COPIA" + "CODICE ENTE 063043".rjust(W - 5), ""]
L += box(["", "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE".center(W - 2), "",
          "  N.  14" + "DEL 09/03/2026  ".rjust(W - 10), ""])
L += [""]
subj = ("APPROVAZIONE DEL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE "
        "PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - "
        "MODIFICHE AGLI ARTT. 27 E 41.")
L += wrap(subj, indent=" " * 10, first="OGGETTO : ")
L += ["-" * W, ""]
L += wrap("L'ANNO DUEMILAVENTISEI, IL GIORNO NOVE DEL MESE DI MARZO, ALLE ORE 18,30, "
          "NELLA SALA DELLE ADUNANZE CONSILIARI DELLA SEDE COMUNALE, A SEGUITO DI "
          "AVVISO DI CONVOCAZIONE PROT. N. 4471 DEL 02/03/2026, REGOLARMENTE NOTIFICATO, "
          "SI E' RIUNITO IL CONSIGLIO COMUNALE IN SESSIONE ORDINARIA, SEDUTA PUBBLICA DI "
          "PRIMA CONVOCAZIONE.")
L += [""]
L += wrap("ALL'APPELLO NOMINALE RISULTANO:")
L += [""]
roll = [
    ("ESPOSITO GIOVANNI", "SINDACO", "P"),
    ("CACACE FRANCESCO", "CONSIGLIERE", "P"),
    ("STINGA ROSARIA", "CONSIGLIERE", "P"),
    ("AIELLO CARMINE", "CONSIGLIERE", "P"),
    ("DE MAIO ANTONINO", "CONSIGLIERE", "P"),
    ("GARGIULO LUCIA", "CONSIGLIERE", "A"),
    ("VINACCIA SALVATORE", "CONSIGLIERE", "P"),
    ("PERSICO ANGELA", "CONSIGLIERE", "P"),
    ("ESPOSITO ROBERTO", "CONSIGLIERE", "P"),
    ("MAIONE GIUSEPPE", "CONSIGLIERE", "P"),
    ("RUSSO ANNAMARIA", "CONSIGLIERE", "P"),
    ("SAVARESE LUIGI", "CONSIGLIERE", "A"),
    ("DI LEVA TERESA", "CONSIGLIERE", "P"),
    ("FIORENTINO MICHELE", "CONSIGLIERE", "P"),
    ("CAFIERO PAOLO", "CONSIGLIERE", "P"),
    ("ACAMPORA NUNZIA", "CONSIGLIERE", "P"),
    ("STARITA VINCENZO", "CONSIGLIERE", "P"),
]
half = 9
hdrl = "  N. COGNOME E NOME     QUALIFICA   P/A "
hdrr = "  N. COGNOME E NOME     QUALIFICA   P/A"
L += [hdrl + "|" + hdrr, "-" * 40 + "+" + "-" * 39]
for i in range(half):
    a = roll[i]
    left = f"{i+1:>3} {a[0]:<18} {a[1]:<11}   {a[2]}  "
    if i + half < len(roll):
        b = roll[i + half]
        right = f"{i+half+1:>3} {b[0]:<18} {b[1]:<11}   {b[2]}"
    else:
        right = ""
    L.append(left + "|" + right)
L += ["-" * W]
L += ["PRESENTI N. 15" + "ASSENTI N. 2".rjust(40)]
L += [""]
L += wrap("PRESIEDE LA SEDUTA IL PRESIDENTE DEL CONSIGLIO, AVV. FRANCESCO CACACE.")
L += wrap("PARTECIPA, CON FUNZIONI CONSULTIVE, REFERENTI, DI ASSISTENZA E VERBALIZZAZIONE "
          "(ART. 97, COMMA 4, LETT. A, DEL D.LGS. 267/2000) IL SEGRETARIO GENERALE "
          "DOTT.SSA MARIA ROSARIA LEONE.")
L += [""]
L += wrap("IL PRESIDENTE, CONSTATATO IL NUMERO LEGALE DEGLI INTERVENUTI, DICHIARA APERTA "
          "LA SEDUTA ED INVITA IL CONSIGLIO A DELIBERARE SULL'ARGOMENTO IN OGGETTO, "
          "ISCRITTO AL PUNTO N. 3 DELL'ORDINE DEL GIORNO.")
L += [""]
L += ["PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 18/08/2000 N. 267"]
L += ["-" * 57]
L += [dots("REGOLARITA' TECNICA", "FAVOREVOLE  05/03/2026", 70)]
L += [dots("REGOLARITA' CONTABILE", "FAVOREVOLE  05/03/2026", 70)]
L += [dots("PARERE DEL REVISORE DEI CONTI (VERBALE N. 6)", "FAVOREVOLE  04/03/2026", 70)]

PAGE = 62
pages = []
def flush(lines):
    pages.append(lines)

body = [""]
body += [center("IL CONSIGLIO COMUNALE"), ""]
for s in [
    "PREMESSO CHE CON DELIBERAZIONE DI CONSIGLIO COMUNALE N. 9 DEL 29/04/2021 E' "
    "STATO APPROVATO IL REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI "
    "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA, DI CUI ALL'ART. 1, "
    "COMMI 816-836, DELLA LEGGE 27/12/2019 N. 160;",
    "CONSIDERATO CHE SI RENDE NECESSARIO ADEGUARE L'ART. 27 (OCCUPAZIONI CON "
    "DEHORS E ARREDI DEGLI ESERCIZI PUBBLICI) E L'ART. 41 (RIDUZIONI ED ESENZIONI) "
    "ALLE ESIGENZE DELLE ATTIVITA' COMMERCIALI DEL CENTRO E DELLE FRAZIONI, "
    "NONCHE' ALLA DISCIPLINA DEI PIANI DI ZONA APPROVATI CON DELIBERAZIONE DI "
    "GIUNTA COMUNALE N. 188 DEL 21/11/2025;",
    "VISTA LA PROPOSTA DEL RESPONSABILE DEL SETTORE ECONOMICO FINANZIARIO E IL "
    "TESTO DEGLI ARTICOLI MODIFICATI, ALLEGATO ALLA PRESENTE SOTTO LA LETTERA "
    "\"A\";",
    "UDITI GLI INTERVENTI DEI CONSIGLIERI, COME DA RESOCONTO INTEGRALE DELLA "
    "SEDUTA CONSERVATO AGLI ATTI;",
    "ACQUISITI I PARERI RIPORTATI IN FRONTESPIZIO;",
]:
    body += wrap(s) + [""]
body += wrap("CON LA SEGUENTE VOTAZIONE, ESPRESSA PER ALZATA DI MANO E PROCLAMATA DAL "
             "PRESIDENTE:")
body += ["",
         "     PRESENTI ...................... N. 15",
         "     VOTANTI ....................... N. 14",
         "     VOTI FAVOREVOLI ............... N. 11",
         "     VOTI CONTRARI ................. N.  3  (DI LEVA, FIORENTINO, CAFIERO)",
         "     ASTENUTI ...................... N.  1  (ACAMPORA)", ""]
body += [center("D E L I B E R A"), ""]
pts = [
    "DI APPROVARE LE MODIFICHE AGLI ARTT. 27 E 41 DEL REGOLAMENTO COMUNALE PER "
    "L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O "
    "ESPOSIZIONE PUBBLICITARIA, NEL TESTO ALLEGATO SOTTO LA LETTERA \"A\" CHE FORMA "
    "PARTE INTEGRANTE E SOSTANZIALE DEL PRESENTE ATTO;",
    "DI DARE ATTO CHE LE MODIFICHE HANNO EFFETTO DAL 01/01/2026, AI SENSI DELL'ART. "
    "53, COMMA 16, DELLA LEGGE 23/12/2000 N. 388;",
    "DI TRASMETTERE COPIA DELLA PRESENTE AL SETTORE ECONOMICO FINANZIARIO E AL "
    "COMANDO DI POLIZIA LOCALE PER GLI ADEMPIMENTI DI COMPETENZA;",
    "DI PUBBLICARE IL REGOLAMENTO COSI' MODIFICATO NELLA SEZIONE \"AMMINISTRAZIONE "
    "TRASPARENTE\" DEL SITO ISTITUZIONALE DELL'ENTE.",
]
for i, s in enumerate(pts, 1):
    body += wrap(s, indent="    ", first=f"{i})  ") + [""]
body += wrap("LA PRESENTE DELIBERAZIONE DIVENTERA' ESECUTIVA DECORSI DIECI GIORNI DALLA "
             "SUA PUBBLICAZIONE, AI SENSI DELL'ART. 134, COMMA 3, DEL D.LGS. 267/2000.")
body += [""]
sig = [
    "LETTO, APPROVATO E SOTTOSCRITTO", "",
    "        IL PRESIDENTE                         IL SEGRETARIO GENERALE",
    "  F.TO AVV. FRANCESCO CACACE            F.TO DOTT.SSA MARIA ROSARIA LEONE", "",
    "=" * W,
    center("CERTIFICATO DI PUBBLICAZIONE"), "",
]
sig += wrap("SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE VIENE PUBBLICATA "
            "ALL'ALBO PRETORIO ON LINE DI QUESTO COMUNE IL 13/03/2026 E VI RESTERA' PER "
            "15 GIORNI CONSECUTIVI (REG. PUBBL. N. 398).")
sig += ["", "MASSA LUBRENSE, 13/03/2026" + "IL MESSO COMUNALE".rjust(W - 26),
        "F.TO SORRENTINO CIRO".rjust(W), "",
        "E' COPIA CONFORME ALL'ORIGINALE, PER USO AMMINISTRATIVO.", "=" * W]

rest = body + sig
chunk = PAGE - 2
parts = [L] + [rest[k * chunk:(k + 1) * chunk] for k in range((len(rest) + chunk - 1) // chunk)]
# paginate with a running head, as the old printer spool does
out_lines = []
pg = 0
for k, part in enumerate(parts):
    pg += 1
    head = ("DELIBERA C.C. N. 14 DEL 09/03/2026" + f"PAG. {pg:>3}".rjust(W - 34))
    if k:
        out_lines.append("\f" + head)
    else:
        out_lines.append(head)
    out_lines.append("")
    out_lines += part
open(out, "w", encoding="latin-1").write("\n".join(out_lines) + "\n")
