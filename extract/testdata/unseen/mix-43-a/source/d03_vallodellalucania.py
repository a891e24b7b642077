# Determinazione printed as an 80-column fixed-width report (legacy
# "Datagraph-like" procedure), plain text -> paps (Pango/cairo) -> PDF.
import textwrap
W = 80
L = []
def p(s=""): L.append(s)
def c(s): L.append(s.center(W).rstrip())
def wrap(s, ind=0):
    for x in textwrap.wrap(s, W-ind): L.append(" "*ind + x)
def lead(label, val, w=46): p("  " + label + " " + "."*(w-len(label)) + " " + val)
p("COMUNE DI VALLO DELLA LUCANIA".center(W))
p("PROVINCIA DI SALERNO".center(W))
p("="*W)
p("AREA TECNICA")
p("SERVIZIO LAVORI PUBBLICI E MANUTENZIONI")
p("="*W)
p("")
c("DETERMINAZIONE DEL RESPONSABILE DI AREA")
p("")
lead("NUMERO REGISTRO GENERALE", "287")
lead("DATA REGISTRO GENERALE", "09/04/2026")
lead("NUMERO REGISTRO DI SETTORE", "61")
lead("DATA ADOZIONE", "03/04/2026")
lead("PROPOSTA N.", "74 DEL 01/04/2026")
p("")
p("-"*W)
subj = ("AFFIDAMENTO DIRETTO AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. "
        "36/2023 DEI LAVORI DI MANUTENZIONE STRAORDINARIA DELLA COPERTURA DELLA "
        "SCUOLA DELL'INFANZIA DI VIA ANGELO RUBINO - IMPEGNO DI SPESA - CIG B6A1C93F20")
t = textwrap.wrap(subj, W-10)
p("OGGETTO:  " + t[0])
for x in t[1:]: p("          " + x)
p("-"*W)
p("")
c("IL RESPONSABILE DELL'AREA TECNICA")
p("")
for s in ["VISTO IL DECRETO SINDACALE N. 3 DEL 08/01/2026 CON IL QUALE E' STATA "
          "CONFERITA ALLO SCRIVENTE LA RESPONSABILITA' DELL'AREA TECNICA;",
          "VISTA LA DELIBERAZIONE DEL CONSIGLIO COMUNALE N. 9 DEL 27/02/2026 DI "
          "APPROVAZIONE DEL BILANCIO DI PREVISIONE 2026/2028;",
          "PREMESSO CHE A SEGUITO DELLE PRECIPITAZIONI DEL MESE DI MARZO 2026 SI "
          "SONO VERIFICATE INFILTRAZIONI D'ACQUA NELLE AULE DEL PIANO PRIMO DELLA "
          "SCUOLA DELL'INFANZIA DI VIA ANGELO RUBINO, COME DA VERBALE DI SOPRALLUOGO "
          "DEL 18/03/2026;",
          "DATO ATTO CHE E' STATO RICHIESTO PREVENTIVO ALLA DITTA EDIL CILENTO "
          "COSTRUZIONI S.R.L., CON SEDE IN NOVI VELIA, P.IVA 05218730652, CHE HA "
          "OFFERTO L'IMPORTO DI EURO 18.640,00 OLTRE IVA AL 10%, RITENUTO CONGRUO;",
          "ACCERTATA LA REGOLARITA' CONTRIBUTIVA DELLA DITTA (DURC PROT. INAIL "
          "N. 51877402 CON SCADENZA 22/07/2026);",
          "VISTI IL D.LGS. 267/2000 E IL D.LGS. 36/2023;"]:
    wrap(s); p("")
c("D E T E R M I N A")
p("")
pts = ["DI AFFIDARE, AI SENSI DELL'ART. 50, COMMA 1, LETT. A), DEL D.LGS. 36/2023, "
       "ALLA DITTA EDIL CILENTO COSTRUZIONI S.R.L. I LAVORI IN OGGETTO PER L'IMPORTO "
       "DI EURO 18.640,00 OLTRE IVA AL 10%, PER COMPLESSIVI EURO 20.504,00;",
       "DI IMPEGNARE LA SPESA DI EURO 20.504,00 SUL CAPITOLO 2045/3 \"MANUTENZIONE "
       "STRAORDINARIA EDIFICI SCOLASTICI\" DEL BILANCIO 2026/2028, ANNUALITA' 2026;",
       "DI DARE ATTO CHE IL RESPONSABILE UNICO DEL PROGETTO E' IL GEOM. ANTONIO "
       "SCARPA, ISTRUTTORE TECNICO DELL'AREA;",
       "DI DISPORRE LA PUBBLICAZIONE DEL PRESENTE ATTO ALL'ALBO PRETORIO ON LINE E "
       "NELLA SEZIONE AMMINISTRAZIONE TRASPARENTE."]
for i, s in enumerate(pts, 1):
    t = textwrap.wrap(s, W-6)
    p("%2d. - " % i + t[0])
    for x in t[1:]: p("      " + x)
p("")
p("                                        IL RESPONSABILE DELL'AREA TECNICA")
p("                                          F.TO ING. GIUSEPPE DE LUCA")
p("")
p("+" + "-"*(W-2) + "+")
p("|" + " VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA".ljust(W-2) + "|")
p("|" + " (ART. 183, COMMA 7, D.LGS. 267/2000)".ljust(W-2) + "|")
p("+" + "-"*(W-2) + "+")
p("|" +  " IMPEGNO N. .... 612/2026   CAPITOLO .... 2045/3   IMPORTO EURO .... 20.504,00".ljust(W-2) + "|")
p("|" + " DATA ............. 08/04/2026".ljust(W-2) + "|")
p("|" + "                          IL RESPONSABILE DELL'AREA ECONOMICO-FINANZIARIA".ljust(W-2) + "|")
p("|" + "                                 F.TO DOTT. PASQUALE MAUTONE".ljust(W-2) + "|")
p("+" + "-"*(W-2) + "+")
p("")
wrap("LA PRESENTE DETERMINAZIONE E' PUBBLICATA ALL'ALBO PRETORIO ON LINE DAL "
     "14/04/2026 PER QUINDICI GIORNI CONSECUTIVI (N. 402 DEL REGISTRO DELLE PUBBLICAZIONI).")
for x in L: assert len(x) <= W, (len(x), x)
open("d03.txt", "w").write("\n".join(L) + "\n")
