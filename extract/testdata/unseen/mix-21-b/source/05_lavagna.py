"""Comune di Lavagna - deliberazione del Consiglio Comunale as a 132-column AS/400-style report
(plain text, capitals, boxes of - | +, dotted leaders), printed with enscript Courier 7 + ps2pdf."""
import sys, textwrap
W = 132
L = []
def ln(s=""): L.append(s)
def box(lines):
    ln("+" + "-" * (W - 2) + "+")
    for s in lines:
        ln("| " + s.ljust(W - 4) + " |")
    ln("+" + "-" * (W - 2) + "+")
def wrap(s, ind=0, w=W - 2):
    for x in textwrap.wrap(s, w - ind):
        ln(" " * ind + x)
ln("COMUNE DI LAVAGNA".ljust(66) + "SISTEMA ATTI - GESTIONE DELIBERE".rjust(56) + "  PAG.   1")
ln("CITTA' METROPOLITANA DI GENOVA".ljust(66) + "STAMPA DEL 18/03/2026 ORE 09:12:44".rjust(56) + "  DLB420R")
ln("=" * W)
ln()
ln(" " * 36 + "VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE")
ln()
box(["DELIBERAZIONE N. ....: 14                    DATA SEDUTA ....: 16/03/2026            ORA ....: 20:45",
     "SESSIONE ...........: ORDINARIA               CONVOCAZIONE ...: PRIMA                 SEDUTA .: PUBBLICA",
     "OGGETTO ............: REGOLAMENTO PER L'APPLICAZIONE DELL'IMPOSTA DI SOGGIORNO. MODIFICHE AGLI ARTICOLI 4, 7 E 11.",])
ln()
wrap("L'ANNO DUEMILAVENTISEI ADDI' SEDICI DEL MESE DI MARZO ALLE ORE 20:45 NELLA SALA CONSILIARE DEL PALAZZO COMUNALE, PREVIA CONVOCAZIONE DISPOSTA NEI MODI E TERMINI DI LEGGE, SI E' RIUNITO IL CONSIGLIO COMUNALE. ALL'APPELLO NOMINALE RISULTANO:")
ln()
rows = [("SANGUINETI GIORGIO", "SINDACO", "SI"), ("DALLORSO MARINA", "PRESIDENTE DEL CONSIGLIO", "SI"),
        ("CAMPODONICO LUCA", "CONSIGLIERE", "SI"), ("PODESTA' ELENA", "CONSIGLIERE", "SI"),
        ("BACIGALUPO ROBERTO", "CONSIGLIERE", "NO"), ("GANDOLFO SILVIA", "CONSIGLIERE", "SI"),
        ("ROCCATAGLIATA PAOLO", "CONSIGLIERE", "SI"), ("FOPPIANO CHIARA", "CONSIGLIERE", "SI"),
        ("CAVIGLIA MATTEO", "CONSIGLIERE", "NO"), ("RAFFO ANDREA", "CONSIGLIERE", "SI"),
        ("SCHIAFFINO GIULIA", "CONSIGLIERE", "SI"), ("NOCE FRANCESCO", "CONSIGLIERE", "SI"),
        ("BOZZO ALESSANDRA", "CONSIGLIERE", "SI")]
ln("  +-----+--------------------------------+------------------------------+----------+")
ln("  | N.  | COGNOME E NOME                 | QUALIFICA                    | PRESENTE |")
ln("  +-----+--------------------------------+------------------------------+----------+")
for i, (n, q, p) in enumerate(rows, 1):
    ln("  | %3d | %-30s | %-28s |    %-5s |" % (i, n, q, p))
ln("  +-----+--------------------------------+------------------------------+----------+")
ln("  TOTALE PRESENTI ........: 11" + " " * 10 + "TOTALE ASSENTI ........: 2")
ln()
wrap("PRESIEDE LA SEDUTA LA PRESIDENTE DEL CONSIGLIO SIG.RA MARINA DALLORSO. PARTECIPA IL SEGRETARIO GENERALE DOTT. STEFANO PARODI, INCARICATO DELLA REDAZIONE DEL VERBALE.")
ln()
ln(" " * 58 + "IL CONSIGLIO COMUNALE")
ln()
for t in ["VISTO L'ART. 4 DEL D.LGS. 14 MARZO 2011, N. 23, CHE CONSENTE AI COMUNI INCLUSI NEGLI ELENCHI REGIONALI DELLE LOCALITA' TURISTICHE DI ISTITUIRE L'IMPOSTA DI SOGGIORNO;",
          "RICHIAMATA LA PROPRIA DELIBERAZIONE N. 9 DEL 28/02/2024, CON LA QUALE E' STATO APPROVATO IL REGOLAMENTO PER L'APPLICAZIONE DELL'IMPOSTA DI SOGGIORNO;",
          "RITENUTO DI MODIFICARE GLI ARTICOLI 4 (ESENZIONI), 7 (OBBLIGHI DEI GESTORI) E 11 (SANZIONI) COME DA TESTO ALLEGATO;",
          "VISTI I PARERI FAVOREVOLI DI REGOLARITA' TECNICA E CONTABILE E IL PARERE DELL'ORGANO DI REVISIONE (VERBALE N. 5 DEL 09/03/2026);",
          "CON VOTI: PRESENTI 11 - VOTANTI 10 - FAVOREVOLI 8 - CONTRARI 2 - ASTENUTI 1 (BOZZO), ESPRESSI PER ALZATA DI MANO;"]:
    wrap(t, 2)
ln()
ln(" " * 62 + "D E L I B E R A")
ln()
for i, t in enumerate(["DI APPROVARE LE MODIFICHE AGLI ARTICOLI 4, 7 E 11 DEL REGOLAMENTO PER L'APPLICAZIONE DELL'IMPOSTA DI SOGGIORNO, NEL TESTO ALLEGATO SOTTO LA LETTERA A);",
                       "DI STABILIRE CHE LE MODIFICHE HANNO EFFICACIA DAL 01/05/2026;",
                       "DI TRASMETTERE LA PRESENTE DELIBERAZIONE AL MINISTERO DELL'ECONOMIA E DELLE FINANZE PER LA PUBBLICAZIONE NEL PORTALE DEL FEDERALISMO FISCALE."], 1):
    wrap("%d) %s" % (i, t), 2)
ln()
wrap("INOLTRE, CON SEPARATA VOTAZIONE (PRESENTI 11 - FAVOREVOLI 8 - CONTRARI 2 - ASTENUTI 1), LA PRESENTE DELIBERAZIONE E' DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4, DEL D.LGS. 267/2000.")
ln()
ln("-" * W)
ln("  LA PRESIDENTE DEL CONSIGLIO" + " " * 50 + "IL SEGRETARIO GENERALE")
ln("  SIG.RA MARINA DALLORSO" + " " * 55 + "DOTT. STEFANO PARODI")
ln("-" * W)
ln()
box(["PUBBLICAZIONE ALBO PRETORIO ON LINE .......: DAL 18/03/2026 AL 02/04/2026          N. REG. PUBBL. ......: 731"])
open(sys.argv[1], "w", encoding="latin-1").write("\n".join(L) + "\n")
