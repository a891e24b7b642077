"""Deliberazione G.C. San Fele: an 80-column fixed-width report (legacy procedure), written as text.
The text is then typeset by enscript (Courier 10) and ps2pdf (see build_sanfele.sh)."""
import sys, textwrap
W = 78
out = []
def ln(s=""): out.append(s)
def center(s): ln(s.center(W).rstrip())
def wrap(s, ind=0, first=None):
    first = ind if first is None else first
    for l in textwrap.wrap(s, W - ind, initial_indent="", subsequent_indent="", break_on_hyphens=False):
        pass
    lines = textwrap.wrap(s, width=W, initial_indent=" " * first, subsequent_indent=" " * ind, break_on_hyphens=False)
    out.extend(lines)
def box(lines):
    ln("+" + "-" * (W - 2) + "+")
    for l in lines: ln("| " + l.ljust(W - 4) + " |")
    ln("+" + "-" * (W - 2) + "+")
def head(page):
    ln("COMUNE DI SAN FELE".ljust(40) + ("DELIBERAZIONE G.C. N. 18 DEL 24/02/2026").rjust(W - 40))
    ln("PROVINCIA DI POTENZA".ljust(60) + ("PAG. %d" % page).rjust(W - 60))
    ln("=" * W)
head(1)
ln()
center("C O M U N E   D I   S A N   F E L E")
center("(PROVINCIA DI POTENZA)")
ln()
center("***************************************************")
center("*  VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE *")
center("***************************************************")
ln()
ln("   COPIA" + " " * 40 + "N. 18  DEL  24/02/2026")
ln()
box(["OGGETTO: APPROVAZIONE SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI",
     "         VOLONTARIATO 'SAN FELE SOCCORSO' PER LE ATTIVITA' DI PROTEZIONE",
     "         CIVILE E DI SUPPORTO ALLA POPOLAZIONE - ANNI 2026/2028."])
ln()
wrap("L'ANNO DUEMILAVENTISEI IL GIORNO VENTIQUATTRO DEL MESE DI FEBBRAIO ALLE ORE 13,30 NELLA SALA DELLE ADUNANZE DEL PALAZZO MUNICIPALE, SI E' RIUNITA LA GIUNTA COMUNALE CONVOCATA NELLE FORME DI LEGGE. RISULTANO:")
ln()
ln("+----+--------------------------------+--------------------+--------+--------+")
ln("| N. | COGNOME E NOME                 | CARICA             |PRESENTE|ASSENTE |")
ln("+----+--------------------------------+--------------------+--------+--------+")
roll = [("CARLUCCI DONATO", "SINDACO", True), ("PACELLA ROCCO", "VICE SINDACO", True),
        ("LORUSSO MARIA TERESA", "ASSESSORE", False), ("DI NOIA GIUSEPPE", "ASSESSORE", True)]
for i, (n, c, p) in enumerate(roll, 1):
    ln("| %2d | %-30s | %-18s |%s|%s|" % (i, n, c, "   SI   " if p else "        ", "        " if p else "   SI   "))
ln("+----+--------------------------------+--------------------+--------+--------+")
ln("                                            PRESENTI N.   3    ASSENTI N.   1")
ln()
wrap("PARTECIPA IL SEGRETARIO COMUNALE DOTT.SSA ROSARIA SANTORO, INCARICATO DELLA REDAZIONE DEL VERBALE.")
wrap("ESSENDO LEGALE IL NUMERO DEGLI INTERVENUTI, IL SINDACO DOTT. DONATO CARLUCCI ASSUME LA PRESIDENZA E DICHIARA APERTA LA SEDUTA PER LA TRATTAZIONE DELL'OGGETTO SOPRA INDICATO.")
ln()
ln("PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000")
ln("REGOLARITA' TECNICA ......................................... FAVOREVOLE")
ln("  IL RESPONSABILE DELL'AREA TECNICA ............... F.TO ING. VITO LABELLA")
ln("REGOLARITA' CONTABILE ....................................... FAVOREVOLE")
ln("  IL RESPONSABILE DELL'AREA FINANZIARIA ......... F.TO RAG. LUCIA CIRIELLO")
ln()
center("LA GIUNTA COMUNALE")
ln()
prem = [
 "PREMESSO CHE IL COMUNE DI SAN FELE E' DOTATO DI PIANO COMUNALE DI PROTEZIONE CIVILE, APPROVATO CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 11 DEL 29/04/2024;",
 "CHE L'ART. 35 DEL D.LGS. 2 GENNAIO 2018, N. 1 (CODICE DELLA PROTEZIONE CIVILE) PREVEDE CHE GLI ENTI LOCALI POSSANO AVVALERSI DELLE ORGANIZZAZIONI DI VOLONTARIATO ISCRITTE NELL'ELENCO TERRITORIALE;",
 "CHE L'ASSOCIAZIONE DI VOLONTARIATO 'SAN FELE SOCCORSO', CON SEDE IN VIA SAN GIUSTINO DE JACOBIS N. 4, E' ISCRITTA NELL'ELENCO TERRITORIALE DEL VOLONTARIATO DI PROTEZIONE CIVILE DELLA REGIONE BASILICATA;",
 "CONSIDERATO CHE LA CONVENZIONE IN ESSERE E' SCADUTA IN DATA 31/12/2025 E CHE OCCORRE ASSICURARE CONTINUITA' AL SERVIZIO DI PRESIDIO DEL TERRITORIO, CON PARTICOLARE RIGUARDO AL RISCHIO NEVE E AL RISCHIO INCENDI BOSCHIVI;",
 "VISTO LO SCHEMA DI CONVENZIONE PREDISPOSTO DALL'AREA TECNICA, COMPOSTO DA N. 12 ARTICOLI, CHE PREVEDE UN RIMBORSO DELLE SPESE DOCUMENTATE FINO A UN MASSIMO DI EURO 6.500,00 ANNUI;",
 "VISTI I PARERI FAVOREVOLI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000;",
]
for p in prem:
    wrap(p, 0, 5)
out.append("\f")
head(2)
ln()
wrap("CON VOTI UNANIMI FAVOREVOLI, ESPRESSI NELLE FORME DI LEGGE,")
ln()
center("D E L I B E R A")
ln()
pts = [
 "DI APPROVARE LO SCHEMA DI CONVENZIONE CON L'ASSOCIAZIONE DI VOLONTARIATO 'SAN FELE SOCCORSO' PER LE ATTIVITA' DI PROTEZIONE CIVILE E DI SUPPORTO ALLA POPOLAZIONE, PER GLI ANNI 2026/2028, CHE SI ALLEGA ALLA PRESENTE PER FARNE PARTE INTEGRANTE E SOSTANZIALE;",
 "DI DARE ATTO CHE LA SPESA PRESUNTA DI EURO 6.500,00 ANNUI TROVA COPERTURA AL CAP. 1120/1 DEL BILANCIO DI PREVISIONE 2026/2028;",
 "DI DEMANDARE AL RESPONSABILE DELL'AREA TECNICA LA SOTTOSCRIZIONE DELLA CONVENZIONE E GLI ADEMPIMENTI CONSEGUENTI;",
]
for i, p in enumerate(pts, 1):
    lines = textwrap.wrap(p, width=W - 4, break_on_hyphens=False)
    ln("%d)  %s" % (i, lines[0]))
    for l in lines[1:]: ln("    " + l)
ln()
wrap("INOLTRE, CON SUCCESSIVA E SEPARATA VOTAZIONE UNANIME, LA PRESENTE DELIBERAZIONE VIENE DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000.")
ln()
ln("LETTO, APPROVATO E SOTTOSCRITTO")
ln()
ln("        IL PRESIDENTE                          IL SEGRETARIO COMUNALE")
ln("  F.TO DOTT. DONATO CARLUCCI               F.TO DOTT.SSA ROSARIA SANTORO")
ln()
ln("=" * W)
center("RELATA DI PUBBLICAZIONE")
ln("=" * W)
wrap("SI ATTESTA CHE COPIA DELLA PRESENTE DELIBERAZIONE VIENE PUBBLICATA ALL'ALBO PRETORIO ON LINE DEL COMUNE IN DATA ODIERNA E VI RIMARRA' PER QUINDICI GIORNI CONSECUTIVI.")
ln("REG. PUBBL. N. .......... 143")
ln("SAN FELE, LI .............. 26/02/2026")
ln("                                          IL MESSO COMUNALE")
ln("                                    F.TO SIG. ANTONIO CICCONE")
ln("=" * W)
center("CERTIFICATO DI ESECUTIVITA'")
ln("=" * W)
ln("[X] DICHIARATA IMMEDIATAMENTE ESEGUIBILE (ART. 134, COMMA 4, D.LGS. 267/2000)")
ln("[ ] DIVENUTA ESECUTIVA DECORSI 10 GIORNI DALLA PUBBLICAZIONE")
ln("                                      IL SEGRETARIO COMUNALE")
ln("                                F.TO DOTT.SSA ROSARIA SANTORO")
ln()
ln("COPIA CONFORME ALL'ORIGINALE, PER USO AMMINISTRATIVO.")
ln("SAN FELE, LI 26/02/2026                   IL SEGRETARIO COMUNALE")
open(sys.argv[1], "w", encoding="latin-1").write("\n".join(out) + "\n")
