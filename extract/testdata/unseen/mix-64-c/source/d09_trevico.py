# Comune di Trevico - determinazione (page 1) followed by its certificate of publication (page 2):
# an 80-column text report written here, printed by enscript (Courier, Latin-1) and ps2pdf.
import sys
L = []
def a(s=""): L.append(s)
def box(lines):
    a("+" + "-" * 76 + "+")
    for s in lines: a("| " + s.ljust(74) + " |")
    a("+" + "-" * 76 + "+")
a("                           COMUNE DI TREVICO"); a("                         PROVINCIA DI AVELLINO")
a("            Via Municipio n. 1 - 83058 Trevico (AV) - C.F. 81000990647"); a("=" * 78)
a("AREA AMMINISTRATIVA"); a("Servizio Affari Generali e Demografici"); a()
box(["DETERMINAZIONE N. 47/2026 R.G.          DATA 27/04/2026",
     "N. 12 DEL SERVIZIO                      PROPOSTA N. 55 DEL 23/04/2026"])
a()
W = []
def wrap(text, first="", ind=""):
    words = text.split(); cur = first
    for w in words:
        if len(cur) + len(w) + 1 > 78 and cur.strip(): L.append(cur.rstrip()); cur = ind
        cur += w + " "
    L.append(cur.rstrip())
wrap("ACQUISTO DI ARREDI PER LA BIBLIOTECA COMUNALE \"FRANCESCO DE SANCTIS\" - AFFIDAMENTO DIRETTO E IMPEGNO DI SPESA - CIG B8F20C7E51", "OGGETTO: ", "         ")
a()
a("                     IL RESPONSABILE DEL SERVIZIO"); a()
for s in ["PREMESSO che con decreto sindacale n. 3 del 02/01/2026 e' stata attribuita al sottoscritto la responsabilita' dell'Area Amministrativa;",
          "CONSIDERATO che la biblioteca comunale necessita di nuove scaffalature e di quattro postazioni di lettura, come da relazione dell'addetto del 10/04/2026;",
          "VISTO il preventivo della ditta Irpinia Arredamenti S.a.s. di Ariano Irpino, pari a euro 6.840,00 oltre IVA, ritenuto congruo;",
          "VISTO l'art. 50, comma 1, lett. b), del D.Lgs. 36/2023;"]:
    wrap(s, "- ", "  ")
a(); a("                              D E T E R M I N A"); a()
for i, s in enumerate(["DI AFFIDARE alla ditta Irpinia Arredamenti S.a.s. la fornitura degli arredi per la biblioteca comunale per euro 6.840,00 oltre IVA;",
          "DI IMPEGNARE la spesa complessiva di euro 8.344,80 al cap. 2310/1 del bilancio 2026;",
          "DI DARE ATTO che la liquidazione avverra' a fornitura eseguita, previa verifica della regolarita' contributiva."], 1):
    wrap(s, "%d) " % i, "   ")
a(); a("Trevico, 27/04/2026"); a()
a("                                          IL RESPONSABILE DEL SERVIZIO"); a("                                           Dott. Gerardo Ciampa"); a()
a("-" * 78)
a("VISTO DI REGOLARITA' CONTABILE: si attesta la copertura finanziaria (impegno")
a("n. 198/2026). Trevico, 27/04/2026 - Il Responsabile del Servizio Finanziario:"); a("Rag. Lucia Cataldo")
a("\f")
a("                           COMUNE DI TREVICO"); a("                         PROVINCIA DI AVELLINO"); a("=" * 78); a()
a("                     CERTIFICATO DI PUBBLICAZIONE"); a()
a("Registro delle pubblicazioni n. 231/2026"); a()
wrap("Il sottoscritto Messo comunale CERTIFICA che copia della determinazione n. 47/2026 R.G. del 27/04/2026 (n. 12 del Servizio Affari Generali e Demografici) avente ad oggetto \"ACQUISTO DI ARREDI PER LA BIBLIOTECA COMUNALE\" e' stata pubblicata all'Albo Pretorio on line del Comune dal 28/04/2026 al 13/05/2026 per quindici giorni consecutivi, ai sensi dell'art. 32 della legge 69/2009.")
a(); a("Trevico, 14/05/2026"); a()
a("                                                  IL MESSO COMUNALE"); a("                                                   Antonio Lo Conte")
open(sys.argv[1], "w", encoding="latin-1").write("\n".join(L) + "\n")
