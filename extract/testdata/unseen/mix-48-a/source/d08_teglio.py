# Comune di Teglio - determinazione printed as a 132-column fixed-width report
# (old Saga-style accounting package), A4 landscape, Courier 7.4 pt.
import sys
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape

OUT = sys.argv[1]
W = 132
HR = "=" * W
SR = "-" * W


def c_(s):
    return s.center(W).rstrip()


def lr(a, b):
    return a + " " * (W - len(a) - len(b)) + b


P1 = [
    lr("COMUNE DI TEGLIO", "STAMPA DEL 04/03/2026 ORE 11:42"),
    lr("PROVINCIA DI SONDRIO", "UTENTE: RAGIONERIA1"),
    HR,
    c_("D E T E R M I N A Z I O N E"),
    c_("DEL RESPONSABILE DEL SERVIZIO"),
    HR,
    lr("AREA ECONOMICO-FINANZIARIA", "REG. GENERALE N.    97   DEL 04/03/2026"),
    lr("SERVIZIO RAGIONERIA E TRIBUTI", "REG. SETTORE  N.    18   DEL 03/03/2026"),
    SR,
    "OGGETTO..: LIQUIDAZIONE FATTURE ENEL ENERGIA S.P.A. PER LA FORNITURA DI ENERGIA ELETTRICA AGLI IMMOBILI COMUNALI E ALLA PUBBLICA",
    "           ILLUMINAZIONE - PERIODO GENNAIO 2026 - CIG B8C1F40A27.",
    SR,
    "",
    "IL RESPONSABILE DEL SERVIZIO",
    "",
    "VISTO IL DECRETO SINDACALE N. 2 DEL 08/01/2026 DI NOMINA DEI RESPONSABILI DELLE AREE E DEI SERVIZI PER L'ANNO 2026;",
    "VISTA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 38 DEL 22/12/2025 DI APPROVAZIONE DEL BILANCIO DI PREVISIONE 2026/2028;",
    "RICHIAMATA LA PROPRIA DETERMINAZIONE N. 412 DEL 18/12/2025 DI IMPEGNO DELLA SPESA PER LE UTENZE ELETTRICHE DELL'ESERCIZIO 2026, IN ADESIONE",
    "ALLA CONVENZIONE CONSIP \"ENERGIA ELETTRICA 22\" - LOTTO 3;",
    "VISTE LE FATTURE ELETTRONICHE PERVENUTE, RIEPILOGATE NEL SEGUENTE PROSPETTO:",
    "",
    "+------+------------------+------------+------------------------------------------+-----------+-----------+-----------+------------+",
    "| N.   | NUMERO FATTURA   | DATA       | UTENZA / POD                             | IMPONIB.  | IVA       | TOTALE    | CAP./ART.  |",
    "+------+------------------+------------+------------------------------------------+-----------+-----------+-----------+------------+",
    "|    1 | 0041873266       | 12/02/2026 | MUNICIPIO P.ZZA S.EUFEMIA IT001E01234567 |  1.204,10 |    264,90 |  1.469,00 | 1043/1     |",
    "|    2 | 0041873267       | 12/02/2026 | SCUOLA PRIMARIA IT001E01234598           |    986,55 |    217,04 |  1.203,59 | 4021/1     |",
    "|    3 | 0041873268       | 12/02/2026 | PALESTRA COMUNALE IT001E01235011         |    512,30 |    112,71 |    625,01 | 6011/1     |",
    "|    4 | 0041873269       | 12/02/2026 | ILLUMINAZIONE PUBBLICA QUADRI 1-14       |  5.877,20 |  1.292,98 |  7.170,18 | 10051/1    |",
    "|    5 | 0041873270       | 12/02/2026 | MAGAZZINO COMUNALE S. GIACOMO            |    143,85 |     31,65 |    175,50 | 1051/1     |",
    "+------+------------------+------------+------------------------------------------+-----------+-----------+-----------+------------+",
    "|                                                                  TOTALI ......  |  8.724,00 |  1.919,28 | 10.643,28 |            |",
    "+---------------------------------------------------------------------------------+-----------+-----------+-----------+------------+",
    "",
    "ACCERTATA LA REGOLARITA' DELLE FORNITURE E LA CORRISPONDENZA DEGLI IMPORTI ALLE CONDIZIONI CONTRATTUALI;",
    "VERIFICATA LA REGOLARITA' CONTRIBUTIVA (NON DOVUTA PER FORNITURE DI ENERGIA IN CONVENZIONE) E DATO ATTO CHE L'IVA E' SOGGETTA A",
    "SCISSIONE DEI PAGAMENTI AI SENSI DELL'ART. 17-TER DEL D.P.R. 633/1972;",
    "VISTO L'ART. 184 DEL D.LGS. 18/08/2000, N. 267;",
]

P2 = [
    lr("COMUNE DI TEGLIO - DETERMINAZIONE REG. GEN. N. 97 DEL 04/03/2026", "SEGUE"),
    SR,
    "",
    c_("D E T E R M I N A"),
    "",
    "1) DI LIQUIDARE A FAVORE DI ENEL ENERGIA S.P.A., P.IVA 15844561009, LE FATTURE RIEPILOGATE IN PREMESSA PER L'IMPONIBILE DI",
    "   EURO 8.724,00 ...................................................................................... EURO       8.724,00",
    "2) DI VERSARE ALL'ERARIO L'IVA IN SCISSIONE DEI PAGAMENTI ..................................................... EURO       1.919,28",
    "3) DI IMPUTARE LA SPESA COMPLESSIVA DI EURO 10.643,28 AGLI IMPEGNI ASSUNTI CON DETERMINAZIONE N. 412/2025 SUI CAPITOLI INDICATI",
    "   NEL PROSPETTO, BILANCIO 2026/2028 ESERCIZIO 2026;",
    "4) DI TRASMETTERE IL PRESENTE ATTO AL SERVIZIO FINANZIARIO PER L'EMISSIONE DEI MANDATI DI PAGAMENTO.",
    "",
    SR,
    lr("TEGLIO, LI' 04/03/2026", "IL RESPONSABILE DEL SERVIZIO"),
    lr("", "RAG. BRUNO PEDRANZINI    "),
    lr("", "(FIRMATO DIGITALMENTE)    "),
    SR,
    "",
    "VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA (ART. 183, COMMA 7, D.LGS. 267/2000): FAVOREVOLE",
    "",
    "+-------------+----------+-------------+---------------+",
    "| IMPEGNO     | ANNO     | CAPITOLO    | IMPORTO       |",
    "+-------------+----------+-------------+---------------+",
    "| 2026/41     | 2026     | 1043/1      |      1.469,00 |",
    "| 2026/42     | 2026     | 4021/1      |      1.203,59 |",
    "| 2026/43     | 2026     | 6011/1      |        625,01 |",
    "| 2026/44     | 2026     | 10051/1     |      7.170,18 |",
    "| 2026/45     | 2026     | 1051/1      |        175,50 |",
    "+-------------+----------+-------------+---------------+",
    "",
    lr("TEGLIO, LI' 04/03/2026", "IL RESPONSABILE DEL SERVIZIO FINANZIARIO"),
    lr("", "RAG. BRUNO PEDRANZINI       "),
    "",
    SR,
    "PUBBLICAZIONE: LA PRESENTE DETERMINAZIONE E' PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL 05/03/2026 PER 15 GIORNI CONSECUTIVI (N. 188).",
]


def page(c, lines, n):
    c.setFont("Courier", 7.4)
    y = 560
    for line in lines:
        c.drawString(26, y, line)
        y -= 9.6
    c.drawString(26, 22, lr("SAGA/ATTI - DETE0132", "PAGINA %3d" % n))


c = canvas.Canvas(OUT, pagesize=landscape(A4))
c.setCreator("SAGA Contabilita' Finanziaria - modulo DETE")
c.setTitle("")
page(c, P1, 1)
c.showPage()
page(c, P2, 2)
c.showPage()
c.save()
