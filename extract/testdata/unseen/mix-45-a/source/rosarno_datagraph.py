# Comune di Rosarno - Consiglio Comunale - legacy 80-column report (Courier)
# printed through enscript (PostScript) and ps2pdf, like an old line-printer
# "stampa verbale" module. Output: rosarno.txt (latin-1, form feeds).
W = 80
def box(lines):
    out = ["+" + "-" * (W - 2) + "+"]
    for l in lines:
        out.append("|" + l.center(W - 2) + "|")
    out.append("+" + "-" * (W - 2) + "+")
    return out
def lead(label, value, width=W - 4):
    dots = width - len(label) - len(value) - 2
    return "  " + label + " " + "." * dots + " " + value
def wrap(text, indent=2, first="", width=W):
    words = text.split()
    lines, cur = [], " " * indent + first
    for w in words:
        if len(cur) + len(w) + 1 > width:
            lines.append(cur.rstrip())
            cur = " " * (indent + len(first)) + w
        else:
            cur = cur + ("" if cur.endswith(" ") or cur.strip() == "" else " ") + w
    lines.append(cur.rstrip())
    return lines

roll = [
 ("CARUSO DOMENICO (SINDACO)", True), ("LACQUANITI ROCCO", True), ("FAZZARI MARIA GRAZIA", True),
 ("SPANO' GIUSEPPE", True), ("CUTRI' ANNUNZIATA", False), ("BELCASTRO FRANCESCO", True),
 ("MONTELEONE ILARIA", True), ("ZUMBO ANTONINO", True), ("RASO CATERINA", True),
 ("PRONESTI' VINCENZO", True), ("CONDO' MICHELE", False), ("GALATI SERENA", True),
 ("ARENA PASQUALE", True), ("TRIPODI LUCIA", True), ("SCARAMOZZINO ENZO", False),
 ("ALVARO GIOVANNI", True), ("BAGALA' FRANCESCA", True),
]
L = []
L += box(["C O M U N E   D I   R O S A R N O", "CITTA' METROPOLITANA DI REGGIO CALABRIA",
          "PIAZZA VALARIOTI, 1 - 89025 ROSARNO (RC) - C.F. 00318620800"])
L += ["", "  COPIA CONFORME ALL'ORIGINALE" + " " * 29 + "CODICE ENTE 80065",
      "", "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE".center(W).rstrip(),
      "===============================================".center(W).rstrip(), "",
      "  DELIBERAZIONE N.  14   DEL 16/03/2026" + " " * 10 + "SESSIONE ORDINARIA",
      " " * 50 + "SEDUTA PUBBLICA",
      " " * 50 + "PRIMA CONVOCAZIONE", ""]
subj = ("APPROVAZIONE REGOLAMENTO PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI "
        "CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA - MODIFICA DEGLI "
        "ARTT. 23 E 31 (RIDUZIONI ED ESENZIONI).")
L += ["  " + "-" * (W - 4)]
L += wrap(subj, 2, "OGGETTO: ")
L += ["  " + "-" * (W - 4), ""]
L += wrap("L'ANNO DUEMILAVENTISEI, IL GIORNO SEDICI DEL MESE DI MARZO, ALLE ORE 18,00 "
          "E SEGUENTI, NELLA SALA DELLE ADUNANZE CONSILIARI DEL PALAZZO MUNICIPALE, A "
          "SEGUITO DI REGOLARE AVVISO DI CONVOCAZIONE PROT. N. 4418 DEL 10/03/2026, "
          "NOTIFICATO AI SIGG. CONSIGLIERI NEI MODI E TERMINI DI LEGGE, SI E' RIUNITO "
          "IL CONSIGLIO COMUNALE. ALL'APPELLO NOMINALE RISULTANO:")
L += [""]
hdr = " %2s %-26s%4s%4s" % ("N.", "CONSIGLIERE", "PRES", " ASS")
L += [" " + hdr.ljust(38) + "  |" + hdr]
L += [" " + "-" * 38 + "  |" + "-" * 38]
left, right = roll[:9], roll[9:]
def cell(i, r):
    n, p = r
    return " %2d %-26s%4s%4s" % (i, n, "SI" if p else "", "SI" if not p else "")
for k in range(9):
    a = cell(k + 1, left[k])
    b = cell(k + 10, right[k]) if k < len(right) else ""
    L.append(" " + a.ljust(38) + "  |" + b)
L += [" " + "-" * 38 + "  |" + "-" * 38]
L += ["  ASSEGNATI N. 17      IN CARICA N. 17      PRESENTI N. 14      ASSENTI N. 3", ""]
L += wrap("PRESIEDE LA SEDUTA IL PRESIDENTE DEL CONSIGLIO SIG. LACQUANITI ROCCO. "
          "PARTECIPA, CON FUNZIONI CONSULTIVE, REFERENTI, DI ASSISTENZA E DI "
          "VERBALIZZAZIONE (ART. 97, C. 4, LETT. A, D.LGS. 267/2000), IL SEGRETARIO "
          "GENERALE DOTT.SSA MARINA FERRARO.")
L += [""]
L += wrap("IL PRESIDENTE, CONSTATATO IL NUMERO LEGALE DEGLI INTERVENUTI, DICHIARA "
          "APERTA LA SEDUTA ED INVITA IL CONSIGLIO A DELIBERARE SULL'ARGOMENTO "
          "ISCRITTO AL PUNTO N. 3 DELL'ORDINE DEL GIORNO.")
L += ["", "  PROPOSTA N. 18 DEL 02/03/2026 - SETTORE ECONOMICO FINANZIARIO", ""]
L += ["IL CONSIGLIO COMUNALE".center(W).rstrip(), ""]
prem = [
 "PREMESSO CHE L'ART. 1, COMMI DA 816 A 836, DELLA LEGGE 27 DICEMBRE 2019, N. 160 "
 "HA ISTITUITO, A DECORRERE DAL 2021, IL CANONE PATRIMONIALE DI CONCESSIONE, "
 "AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA;",
 "RICHIAMATA LA PROPRIA DELIBERAZIONE N. 9 DEL 29/03/2021, CON LA QUALE E' STATO "
 "APPROVATO IL RELATIVO REGOLAMENTO, SUCCESSIVAMENTE MODIFICATO CON DELIBERAZIONE "
 "N. 21 DEL 28/04/2023;",
 "RITENUTO NECESSARIO RIVEDERE LA DISCIPLINA DELLE RIDUZIONI PER LE OCCUPAZIONI "
 "REALIZZATE DA ESERCIZI DI SOMMINISTRAZIONE NEL CENTRO STORICO E PREVEDERE "
 "L'ESENZIONE PER LE INIZIATIVE DELLE ASSOCIAZIONI DI VOLONTARIATO ISCRITTE AL RUNTS, "
 "CON DECORRENZA DAL 01/01/2026 AI SENSI DELL'ART. 53, COMMA 16, DELLA LEGGE 388/2000;",
 "VISTO IL PARERE FAVOREVOLE DELL'ORGANO DI REVISIONE ECONOMICO-FINANZIARIA, "
 "VERBALE N. 6 DEL 09/03/2026, ACQUISITO AL PROT. N. 4502;",
 "ACQUISITI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE ESPRESSI AI SENSI "
 "DELL'ART. 49 DEL D.LGS. 267/2000 DAL RESPONSABILE DEL SETTORE ECONOMICO FINANZIARIO;",
 "UDITI GLI INTERVENTI DEI CONSIGLIERI ALVARO, GALATI E RASO, COME DA RESOCONTO "
 "INTEGRALE DEPOSITATO AGLI ATTI;",
]
for p in prem:
    L += wrap(p) + [""]
L += wrap("CON LA SEGUENTE VOTAZIONE, RESA PER ALZATA DI MANO:")
L += ["",
      lead("CONSIGLIERI PRESENTI", "N. 14"),
      lead("CONSIGLIERI VOTANTI", "N. 13"),
      lead("VOTI FAVOREVOLI", "N. 10"),
      lead("VOTI CONTRARI (ALVARO, GALATI, TRIPODI)", "N.  3"),
      lead("ASTENUTI (RASO)", "N.  1"), ""]
L += ["D E L I B E R A".center(W).rstrip(), ""]
pts = [
 "1) DI APPROVARE LE MODIFICHE AGLI ARTT. 23 E 31 DEL REGOLAMENTO PER L'APPLICAZIONE "
 "DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA, "
 "NEL TESTO RIPORTATO NELL'ALLEGATO \"A\" CHE FORMA PARTE INTEGRANTE E SOSTANZIALE "
 "DEL PRESENTE ATTO;",
 "2) DI DARE ATTO CHE LE MODIFICHE DECORRONO DAL 01/01/2026;",
 "3) DI TRASMETTERE LA PRESENTE DELIBERAZIONE AL MINISTERO DELL'ECONOMIA E DELLE "
 "FINANZE - DIPARTIMENTO DELLE FINANZE, MEDIANTE INSERIMENTO NEL PORTALE DEL "
 "FEDERALISMO FISCALE.",
]
for p in pts:
    L += wrap(p[3:], 2, p[:3]) + [""]
L += wrap("SUCCESSIVAMENTE, CON SEPARATA VOTAZIONE DAL SEGUENTE ESITO: PRESENTI N. 14, "
          "VOTANTI N. 13, FAVOREVOLI N. 10, CONTRARI N. 3 (ALVARO, GALATI, TRIPODI), "
          "ASTENUTI N. 1 (RASO), LA PRESENTE DELIBERAZIONE VIENE DICHIARATA "
          "IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. "
          "18/08/2000, N. 267.")
L += ["", "  LETTO, APPROVATO E SOTTOSCRITTO.", ""]
L += ["  IL PRESIDENTE DEL CONSIGLIO              IL SEGRETARIO GENERALE",
      "  F.TO SIG. ROCCO LACQUANITI               F.TO DOTT.SSA MARINA FERRARO", ""]
L += box(["CERTIFICATO DI PUBBLICAZIONE"])
L += wrap("SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE E' STATA AFFISSA "
          "ALL'ALBO PRETORIO ON LINE DI QUESTO COMUNE IL 18/03/2026 E VI RIMARRA' "
          "PER QUINDICI GIORNI CONSECUTIVI (ART. 124 D.LGS. 267/2000).")
L += ["", lead("REG. PUBBL. N.", "311"), lead("ROSARNO, LI'", "18/03/2026"),
      "", "  IL MESSO COMUNALE" + " " * 24 + "F.TO ANNA MARIA CERAVOLO", ""]
L += box(["CERTIFICATO DI ESECUTIVITA'"])
L += ["  [X] DICHIARATA IMMEDIATAMENTE ESEGUIBILE (ART. 134, C. 4, D.LGS. 267/2000)",
      "  [ ] DECORSI 10 GIORNI DALLA PUBBLICAZIONE (ART. 134, C. 3, D.LGS. 267/2000)",
      "", "  E' COPIA CONFORME ALL'ORIGINALE PER USO AMMINISTRATIVO.",
      "  ROSARNO, LI' 18/03/2026" + " " * 17 + "IL SEGRETARIO GENERALE",
      " " * 42 + "DOTT.SSA MARINA FERRARO"]

# paginate: 60 lines per page with a running foot
PL = 64
pages = [L[i:i + PL] for i in range(0, len(L), PL)]
out = []
for n, pg in enumerate(pages, 1):
    pg = pg + [""] * (PL - len(pg))
    pg += ["", "-" * W, ("DELIB. C.C. N. 14 DEL 16/03/2026" + " " * 30 +
           "PAG. %d DI %d" % (n, len(pages))).ljust(W)[:W].rstrip(),
           "STAMPA DEL 18/03/2026 ORE 09:41      UTENTE: SEGRGEN      PRG: DLB132R"]
    out.append("\n".join(pg))
open("rosarno.txt", "w", encoding="latin-1").write("\f".join(out) + "\n")
