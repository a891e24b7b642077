# writes a groff -ms source (latin-1 via preconv); R.G. only in the closing certificate on the last page
import sys
from acts import A, PREM
a = A["calopezzati"]
def t(s): return s.replace("\\", "\\\\").replace("'", "\\(aq").replace('"', "\\(dq")
L = [".nr HY 0", ".hy 0", ".nr PS 11", ".nr VS 14", ".nr LL 6.3i", ".ds CH", ".ds CF - \\\\n% -", ".ce 3", ".ps 16", "\\fB%s\\fP" % a["muni"], ".ps 11", a["prov"], "Piazza Municipio \\(en 87060 Calopezzati (CS)", ".sp", "\\l'6.3i'",
     ".LP", "\\fB%s\\fP \\(em %s" % (t(a["organ"]), t(a["office"])), ".sp", ".ce 2", "\\fBDETERMINAZIONE DEL RESPONSABILE DI AREA N. %d DEL %s\\fP" % (a["sec"], a["secdate"]),
     "(Proposta n. %d del %s)" % (a["prop"], a["propdate"]), ".LP", "\\fBOGGETTO:\\fP \\fB%s\\fP" % t(a["subj"]), ".sp", ".ce", "\\fBIL RESPONSABILE DELL'AREA\\fP"]
for p in PREM + ["VISTA l'istanza presentata dall'Associazione Pro Loco Calopezzati, acquisita al protocollo n. 1702 del 30/03/2026, con la quale si chiede un contributo per la manifestazione \"Sagra del Pesce Azzurro\" edizione 2026;",
                 "VISTO il Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione consiliare n. 21 del 29/06/2017;"]:
    L += [".PP", t(p)]
L += [".sp", ".ce", "\\fBD E T E R M I N A\\fP"]
for i, p in enumerate(a["pts"], 1): L += [".IP %d." % i, t(p)]
L += [".sp 2", ".in 3.3i", ".ce 2", t(a["sign"]), a["signer"], ".in 0", ".bp", ".ce", "\\fBATTESTAZIONE DI COPERTURA FINANZIARIA\\fP",
      ".PP", "Si attesta la copertura finanziaria della spesa sul capitolo 1720.5 del bilancio 2026, impegno n. 166/2026.", ".sp", ".in 3.3i", ".ce 2", "Il Responsabile dell\\(aqArea Finanziaria", "Rag. Franco Madeo", ".in 0",
      ".sp 2", "\\l'6.3i'", ".ce", "\\fBCERTIFICATO DI REGISTRAZIONE E PUBBLICAZIONE\\fP",
      ".PP", "Si certifica che la presente determinazione è stata registrata al n. %d del Registro Generale in data %s e pubblicata all\\(aqAlbo Pretorio on line dal 21/04/2026 per quindici giorni consecutivi." % (a["rg"], a["rgdate"]),
      ".sp", ".in 3.3i", ".ce 2", "Il Responsabile della Pubblicazione", "Giuseppina Scorza", ".in 0"]
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(L) + "\n")
