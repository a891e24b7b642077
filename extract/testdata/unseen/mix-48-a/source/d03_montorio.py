# Comune di Montorio nei Frentani - Giunta deliberation printed by a legacy
# DOS-era package (Halley-style fixed-width report): Courier 10 pt, 80 columns,
# capitals, boxes drawn with characters, dotted leaders, "QUALITA'" accents.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4

OUT = sys.argv[1]

P1 = r"""
                        COMUNE DI MONTORIO NEI FRENTANI
                            PROVINCIA DI CAMPOBASSO
                    ----------------------------------------
                    C.A.P. 86040 - TEL. 0874/831139 - C.F. 81001370705

+------------------------------------------------------------------------------+
|              COPIA DI DELIBERAZIONE DELLA GIUNTA COMUNALE                    |
+------------------------------------------------------------------------------+
| N. 23                                                     DEL 05/03/2026     |
+------------------------------------------------------------------------------+

OGGETTO: CONCESSIONE CONTRIBUTO ALL'ASSOCIAZIONE PRO LOCO "FRENTANA" PER LE
         ATTIVITA' DI PROMOZIONE TURISTICA DELLA SETTIMANA SANTA 2026.
         ATTO DI INDIRIZZO AL RESPONSABILE DEL SERVIZIO.

L'ANNO DUEMILAVENTISEI, IL GIORNO CINQUE DEL MESE DI MARZO, ALLE ORE 13,30,
NELLA SALA DELLE ADUNANZE DELLA SEDE COMUNALE, A SEGUITO DI REGOLARE
CONVOCAZIONE, SI E' RIUNITA LA GIUNTA COMUNALE NELLE PERSONE DEI SIGNORI:

                                                       PRESENTE   ASSENTE
  1  DI NINNO ANTONIO ............. SINDACO .............   SI
  2  TROIANO ROSSANA .............. VICE SINDACO ........   SI
  3  CIAMARRA PASQUALE ............ ASSESSORE ...........             SI
                                                       ---------  -------
                                    TOTALE                 2         1

ASSUME LA PRESIDENZA IL SIG. DI NINNO ANTONIO NELLA SUA QUALITA' DI SINDACO.
PARTECIPA IL SEGRETARIO COMUNALE DOTT.SSA PALLADINO MARIA GRAZIA, CON FUNZIONI
CONSULTIVE, REFERENTI E DI ASSISTENZA E CURA LA REDAZIONE DEL VERBALE.
IL PRESIDENTE, CONSTATATO IL NUMERO LEGALE DEGLI INTERVENUTI, DICHIARA APERTA
LA SEDUTA ED INVITA I CONVOCATI A DELIBERARE SULL'OGGETTO SOPRAINDICATO.

                               LA GIUNTA COMUNALE

PREMESSO CHE L'ASSOCIAZIONE PRO LOCO "FRENTANA", CON NOTA ACQUISITA AL
PROTOCOLLO COMUNALE AL N. 612 DEL 19/02/2026, HA CHIESTO UN CONTRIBUTO PER
L'ORGANIZZAZIONE DELLE INIZIATIVE DI PROMOZIONE TURISTICA LEGATE ALLA
SETTIMANA SANTA 2026 (RAPPRESENTAZIONE DEL VENERDI' SANTO, VISITE GUIDATE AL
CENTRO STORICO, MERCATINO DEI PRODOTTI TIPICI);

VISTO IL REGOLAMENTO COMUNALE PER LA CONCESSIONE DI CONTRIBUTI, SOVVENZIONI E
VANTAGGI ECONOMICI, APPROVATO CON DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 11
DEL 28/04/2016;

RITENUTO DI SOSTENERE L'INIZIATIVA, CHE RIVESTE RILEVANTE INTERESSE PER LA
COMUNITA' LOCALE, NEI LIMITI DELLO STANZIAMENTO DI BILANCIO;

VISTO IL BILANCIO DI PREVISIONE 2026/2028, APPROVATO CON DELIBERAZIONE DEL
CONSIGLIO COMUNALE N. 4 DEL 27/01/2026;

ACQUISITI I PARERI FAVOREVOLI ESPRESSI AI SENSI DELL'ART. 49 DEL D.LGS.
18/08/2000, N. 267, RIPORTATI IN CALCE AL PRESENTE ATTO;

CON VOTI UNANIMI FAVOREVOLI, RESI NELLE FORME DI LEGGE;
"""

P2 = r"""
                                   D E L I B E R A

1) DI CONCEDERE ALL'ASSOCIAZIONE PRO LOCO "FRENTANA", CON SEDE IN MONTORIO NEI
   FRENTANI, UN CONTRIBUTO DI EURO 1.800,00 PER LE INIZIATIVE DESCRITTE IN
   PREMESSA;

2) DI DARE ATTO CHE LA SPESA TROVA IMPUTAZIONE ALLA MISSIONE 07, PROGRAMMA 01,
   CAP. 1850/1 DEL BILANCIO 2026/2028, ESERCIZIO 2026;

3) DI DEMANDARE AL RESPONSABILE DEL SERVIZIO AMMINISTRATIVO L'ADOZIONE DEGLI
   ATTI CONSEGUENTI, IVI COMPRESA LA LIQUIDAZIONE A RENDICONTAZIONE;

4) DI COMUNICARE LA PRESENTE AI CAPIGRUPPO CONSILIARI AI SENSI DELL'ART. 125
   DEL D.LGS. 267/2000.

SUCCESSIVAMENTE, CON SEPARATA ED UNANIME VOTAZIONE, LA PRESENTE DELIBERAZIONE
VIENE DICHIARATA IMMEDIATAMENTE ESEGUIBILE AI SENSI DELL'ART. 134, COMMA 4,
DEL D.LGS. 267/2000.

................................................................................
PARERE DI REGOLARITA' TECNICA: FAVOREVOLE
                                  IL RESPONSABILE DEL SERVIZIO
                                  F.TO RAG. COLASURDO NICOLINA
PARERE DI REGOLARITA' CONTABILE: FAVOREVOLE
                                  IL RESPONSABILE DEL SERVIZIO FINANZIARIO
                                  F.TO RAG. COLASURDO NICOLINA
................................................................................

LETTO, APPROVATO E SOTTOSCRITTO.

        IL SINDACO                             IL SEGRETARIO COMUNALE
   F.TO DI NINNO ANTONIO                F.TO DOTT.SSA PALLADINO MARIA GRAZIA

+------------------------------------------------------------------------------+
|                      CERTIFICATO DI PUBBLICAZIONE                            |
|                                                                              |
| N. 141 REG. PUBBL.                                                           |
| SI CERTIFICA CHE COPIA DELLA PRESENTE DELIBERAZIONE VIENE PUBBLICATA         |
| ALL'ALBO PRETORIO ON LINE DI QUESTO COMUNE IL 06/03/2026 E VI RESTERA' PER   |
| 15 GIORNI CONSECUTIVI.                                                       |
|                                                                              |
| LI', 06/03/2026                            IL SEGRETARIO COMUNALE            |
|                                      F.TO DOTT.SSA PALLADINO MARIA GRAZIA    |
+------------------------------------------------------------------------------+

E' COPIA CONFORME ALL'ORIGINALE PER USO AMMINISTRATIVO.
"""


def page(c, text, n, tot):
    c.setFont("Courier", 9.6)
    y = 800
    for line in text.strip("\n").split("\n"):
        c.drawString(42, y, line)
        y -= 11.6
    c.setFont("Courier", 8)
    c.drawString(42, 30, "DELIBERA DI G.C. N. 23 DEL 05/03/2026" + " " * 44 + "PAG. %d DI %d" % (n, tot))


c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("DELIBERA GC 23-2026")
c.setCreator("HALLEY - PROCEDURA ATTI AMMINISTRATIVI")
page(c, P1, 1, 2)
c.showPage()
page(c, P2, 2, 2)
c.showPage()
c.save()
