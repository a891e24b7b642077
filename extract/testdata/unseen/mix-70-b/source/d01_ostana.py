# Ostana (CN): Giunta minute typed on an 80-column "typewriter" report; writes UTF-8 text for enscript
import sys, textwrap
W = 76
def par(s, ind=""): return textwrap.fill(s, W, initial_indent=ind, subsequent_indent="") + "\n\n"
def c(s): return s.center(W).rstrip() + "\n"
o = ""
o += c("COMUNE DI OSTANA") + c("Provincia di Cuneo") + c("Via Roma n. 1 - 12030 Ostana (CN)") + c("-" * 44) + "\n"
o += c("VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE") + "\n"
o += "                      +-------------------------------+\n"
o += "                      |  N. 18      del 26/05/2026    |\n"
o += "                      +-------------------------------+\n\n"
o += textwrap.fill("OGGETTO: AFFIDAMENTO IN GESTIONE DEL POSTO TAPPA GTA DI BERTORELLI PER LE STAGIONI ESTIVE 2026-2028 - APPROVAZIONE DELLO SCHEMA DI CONVENZIONE.", W, subsequent_indent="         ") + "\n\n"
o += par("L'anno duemilaventisei, addi' ventisei del mese di maggio, alle ore 18,30, nella solita sala delle adunanze, previa l'osservanza di tutte le formalita' prescritte dalla vigente legge, vennero oggi convocati a seduta i componenti della Giunta Comunale.")
o += par("Fatto l'appello risultano presenti i Signori: AUDISIO Marco (Sindaco), PEIRONE Laura (Vicesindaco); risulta assente giustificato: GIUSIANO Enrico (Assessore).")
o += par("Partecipa all'adunanza il Segretario Comunale Dott. BRUNO Silvio, il quale provvede alla redazione del presente verbale.")
o += par("Essendo legale il numero degli intervenuti, il Sig. AUDISIO Marco, nella sua qualita' di Sindaco, assume la presidenza e dichiara aperta la seduta per la trattazione dell'oggetto sopra indicato.")
o += c("LA GIUNTA COMUNALE") + "\n"
o += par("PREMESSO che il Comune e' proprietario del fabbricato denominato posto tappa GTA di Bertorelli, struttura ricettiva a servizio della Grande Traversata delle Alpi, e che la precedente convenzione di gestione e' scaduta il 31/10/2025;")
o += par("RITENUTO di affidare la gestione della struttura per le stagioni estive 2026, 2027 e 2028 mediante convenzione, previa manifestazione di interesse pubblicata dal 02/04/2026 al 30/04/2026;")
o += par("ACQUISITI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi dell'art. 49 del D.Lgs. 267/2000;")
o += par("CON VOTI unanimi e favorevoli espressi nelle forme di legge,")
o += c("D E L I B E R A") + "\n"
o += par("1) DI APPROVARE lo schema di convenzione per la gestione del posto tappa GTA di Bertorelli per le stagioni estive 2026-2028, allegato alla presente quale parte integrante e sostanziale;")
o += par("2) DI DEMANDARE al Responsabile del Servizio Tecnico la sottoscrizione della convenzione con il gestore individuato;")
o += par("3) DI DARE ATTO che il canone annuo di euro 1.800,00 sara' introitato al capitolo 3050 del bilancio di previsione 2026-2028.")
o += par("Successivamente, con separata votazione unanime, la presente deliberazione viene dichiarata immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.")
o += "Letto, confermato e sottoscritto.\n\n"
o += "      IL PRESIDENTE                           IL SEGRETARIO COMUNALE\n"
o += "  F.to AUDISIO Marco                        F.to Dott. BRUNO Silvio\n"
open(sys.argv[1], "w", encoding="utf-8").write(o)
