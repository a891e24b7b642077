# Shared data for set mix-111-c: every act is printed from here and keyed from here.
RUB = dict(muni="Comune di Rubano", prov="Provincia di Padova", soft="sicraweb")
FRA = dict(muni="Comune di Frattaminore", prov="Città Metropolitana di Napoli", soft="halley")
URA = dict(muni="Comune di Uras", prov="Provincia di Oristano", soft="siscom")

RUB_GIUNTA = [("TREVISAN Marco", "Sindaco", True), ("BOSCOLO Giulia", "Vicesindaco", True),
              ("FAVARO Luca", "Assessore", True), ("ZANELLA Chiara", "Assessore", False),
              ("MENEGHETTI Paolo", "Assessore", True)]
RUB_GIUNTA2 = [("TREVISAN Marco", "Sindaco", False), ("BOSCOLO Giulia", "Vicesindaco", True),
               ("FAVARO Luca", "Assessore", True), ("ZANELLA Chiara", "Assessore", True),
               ("MENEGHETTI Paolo", "Assessore", True)]
RUB_CONS = [("TREVISAN Marco", "Sindaco", True), ("CALLEGARO Anna", "Presidente", True),
            ("BERTIN Stefano", "Consigliere", True), ("GOTTARDO Elisa", "Consigliere", True),
            ("MASIERO Davide", "Consigliere", True), ("PAVAN Roberta", "Consigliere", True),
            ("SCHIAVON Andrea", "Consigliere", True), ("TONIOLO Federica", "Consigliere", False),
            ("VOLPATO Nicola", "Consigliere", True), ("BARISON Silvia", "Consigliere", True),
            ("CAMPAGNARO Enrico", "Consigliere", True), ("DE MARCHI Laura", "Consigliere", True),
            ("FERRO Matteo", "Consigliere", True), ("MILAN Giorgia", "Consigliere", True),
            ("RIGON Alberto", "Consigliere", True), ("SALMASO Irene", "Consigliere", False),
            ("ZECCHIN Tommaso", "Consigliere", True)]

FRA_GIUNTA = [("DEL PRETE Giuseppe", "Sindaco", True), ("PEZZELLA Maria Rosaria", "Vice Sindaco", True),
              ("CRISPINO Antonio", "Assessore", True), ("LANDOLFO Carmela", "Assessore", False),
              ("CHIANESE Salvatore", "Assessore", True), ("RUSSO Annalisa", "Assessore", True)]
FRA_CONS = [("DEL PRETE Giuseppe", "Sindaco", True), ("FERRIERO Luigi", "Presidente del Consiglio", True),
            ("CASO Teresa", "Consigliere", True), ("DI LORENZO Pasquale", "Consigliere", True),
            ("ESPOSITO Ciro", "Consigliere", True), ("GALLUCCIO Rosa", "Consigliere", False),
            ("IOVINE Francesco", "Consigliere", True), ("MARINIELLO Anna", "Consigliere", True),
            ("NAPOLANO Raffaele", "Consigliere", True), ("PALMIERI Giovanna", "Consigliere", True),
            ("SANTORO Michele", "Consigliere", False), ("VITALE Domenico", "Consigliere", True),
            ("ZINNO Lucia", "Consigliere", True)]

URA_GIUNTA = [("PIRAS Salvatore", "Sindaco", True), ("MELIS Antonella", "Vice Sindaco", True),
              ("SCANU Roberto", "Assessore", True), ("ATZORI Franca", "Assessore", False),
              ("CONCAS Efisio", "Assessore", True)]
URA_GIUNTA2 = [("PIRAS Salvatore", "Sindaco", True), ("MELIS Antonella", "Vice Sindaco", True),
               ("SCANU Roberto", "Assessore", True), ("ATZORI Franca", "Assessore", True),
               ("CONCAS Efisio", "Assessore", True)]
URA_CONS = [("PIRAS Salvatore", "Sindaco", True), ("CADDEO Marisa", "Consigliere", True),
            ("CORDA Gianluca", "Consigliere", True), ("DEIANA Paolo", "Consigliere", True),
            ("FLORIS Angela", "Consigliere", False), ("LOI Michele", "Consigliere", True),
            ("MANCA Sara", "Consigliere", True), ("ORRU' Giampaolo", "Consigliere", True),
            ("PORCU Simona", "Consigliere", True), ("SERRA Ignazio", "Consigliere", True),
            ("TUVERI Luisa", "Consigliere", False)]

def att(roll):
    return [{"name": n, "role": r, "present": p} for n, r, p in roll]

ACTS = {
 "R1": dict(c=RUB, organ="Giunta Comunale", number=112, date="2026-11-05", time="17:30",
   proposal_number=131, proposal_date="2026-10-29", proposing_office="Area Lavori Pubblici e Patrimonio",
   subject="APPROVAZIONE DEL PROGETTO DI FATTIBILITÀ TECNICO-ECONOMICA PER LA MANUTENZIONE STRAORDINARIA DELLA SCUOLA PRIMARIA \"G. MARCONI\" DI SARMEOLA - CUP J12B26000140004",
   roll=RUB_GIUNTA, president=dict(title="dott.", role="Sindaco", name="Marco Trevisan"),
   secretary=dict(title="dott.ssa", role="Segretario Generale", name="Elena Scarpa"),
   vote="unanimous", ie=True, points=4),
 "R2": dict(c=RUB, organ="Consiglio Comunale", number=48, date="2026-11-26", time="20:30",
   subject="VARIAZIONE DI ASSESTAMENTO GENERALE E SALVAGUARDIA DEGLI EQUILIBRI DEL BILANCIO DI PREVISIONE 2026-2028 (ARTT. 175, COMMA 8, E 193 DEL D.LGS. N. 267/2000)",
   roll=RUB_CONS, president=dict(title="sig.ra", role="Presidente del Consiglio Comunale", name="Anna Callegaro"),
   secretary=dict(title="dott.ssa", role="Segretario Generale", name="Elena Scarpa"),
   vote="majority", counts=dict(present=15, in_favour=11, against=3, abstained=1), ie=True, points=3),
 "R3": dict(c=RUB, organ="Giunta Comunale", number=118, date="2026-11-19", time="18:00",
   proposal_number=139, proposal_date="2026-11-12", proposing_office="Area Servizi alla Persona",
   subject="CONCESSIONE DI CONTRIBUTI ORDINARI ALLE ASSOCIAZIONI SPORTIVE DILETTANTISTICHE PER LA STAGIONE 2026/2027",
   roll=RUB_GIUNTA2, president=dict(title="avv.", role="Vicesindaco", name="Giulia Boscolo"),
   secretary=dict(title="dott.", role="Vice Segretario", name="Fabio Carraro"),
   vote="unanimous", ie=True, points=3),
 "F1": dict(c=FRA, organ="Giunta Comunale", number=141, date="2026-11-03", time="13:15",
   subject="ATTO DI INDIRIZZO PER L'ORGANIZZAZIONE DELLE INIZIATIVE NATALIZIE 2026 \"NATALE A FRATTAMINORE\" E ASSEGNAZIONE RISORSE AL RESPONSABILE DEL SETTORE AFFARI GENERALI",
   roll=FRA_GIUNTA, president=dict(title="dott.", role="Sindaco", name="Giuseppe Del Prete"),
   secretary=dict(title="avv.", role="Segretario Comunale", name="Raffaella Esposito"),
   vote="unanimous", ie=True, points=4),
 "F2": dict(c=FRA, organ="Consiglio Comunale", number=39, date="2026-11-16", time="18:00",
   subject="MODIFICHE AL REGOLAMENTO COMUNALE PER L'APPLICAZIONE DEL CANONE PATRIMONIALE DI CONCESSIONE, AUTORIZZAZIONE O ESPOSIZIONE PUBBLICITARIA",
   roll=FRA_CONS, president=dict(title="prof.", role="Presidente del Consiglio", name="Luigi Ferriero"),
   secretary=dict(title="avv.", role="Segretario Comunale", name="Raffaella Esposito"),
   vote="majority", counts=dict(present=11, in_favour=8, against=3), ie=True, points=3),
 "F3": dict(c=FRA, organ="Giunta Comunale", number=147, date="2026-11-24", time="12:30",
   subject="APPROVAZIONE DELLO SCHEMA DI PROTOCOLLO D'INTESA CON L'ASL NAPOLI 2 NORD PER IL SERVIZIO DI ASSISTENZA DOMICILIARE INTEGRATA (ADI) - TRIENNIO 2027/2029",
   roll=[("DEL PRETE Giuseppe", "Sindaco", True), ("PEZZELLA Maria Rosaria", "Vice Sindaco", True),
         ("CRISPINO Antonio", "Assessore", False), ("LANDOLFO Carmela", "Assessore", True),
         ("CHIANESE Salvatore", "Assessore", True), ("RUSSO Annalisa", "Assessore", True)],
   president=dict(title="dott.", role="Sindaco", name="Giuseppe Del Prete"),
   secretary=dict(title="dott.", role="Vice Segretario Comunale", name="Gennaro Cesaro"),
   vote="unanimous", ie=False, points=3),
 "U1": dict(c=URA, organ="Consiglio Comunale", number=27, date="2026-11-12", time="18:30",
   subject="APPROVAZIONE DEL PIANO DI RIPARTO DEI CONTRIBUTI PER IL DIRITTO ALLO STUDIO - ANNO SCOLASTICO 2026/2027 (L.R. N. 31/1984)",
   roll=URA_CONS, president=dict(title="dott.", role="Sindaco", name="Salvatore Piras"),
   secretary=dict(title="dott.", role="Segretario Comunale", name="Giovanni Mura"),
   vote="unanimous", counts=dict(present=9, voters=9, in_favour=9), ie=True, points=3),
 "U2": dict(c=URA, organ="Giunta Comunale", number=96, date="2026-11-05", time="11:00",
   subject="PRELEVAMENTO DAL FONDO DI RISERVA PER SPESE URGENTI DI MANUTENZIONE DELLA RETE IDRICA RURALE IN LOCALITA' PRANU",
   roll=URA_GIUNTA, president=dict(title="dott.", role="Sindaco", name="Salvatore Piras"),
   secretary=dict(title="dott.", role="Segretario Comunale", name="Giovanni Mura"),
   vote="unanimous", ie=True, points=3),
 "U3": dict(c=URA, organ="Giunta Comunale", number=101, date="2026-11-20", time="12:00",
   subject="APPROVAZIONE DEL PROGETTO \"CANTIERI DI NUOVA ATTIVAZIONE\" - PROGRAMMA LAVORAS 2026 E DIRETTIVE AL RESPONSABILE DELL'AREA TECNICA",
   roll=URA_GIUNTA2, president=dict(title="dott.", role="Sindaco", name="Salvatore Piras"),
   secretary=dict(title="dott.", role="Segretario Comunale", name="Giovanni Mura"),
   vote="majority", counts=dict(present=5, in_favour=4, abstained=1), ie=True, points=4),
}

def it_date(d):
    y, m, g = d.split("-")
    return f"{g}/{m}/{y}"
MESI = ["gennaio","febbraio","marzo","aprile","maggio","giugno","luglio","agosto","settembre","ottobre","novembre","dicembre"]
GIORNI = {3:"tre",5:"cinque",12:"dodici",16:"sedici",19:"diciannove",20:"venti",24:"ventiquattro",26:"ventisei"}
def words_date(d):
    y, m, g = d.split("-")
    return f"{GIORNI[int(g)]} del mese di {MESI[int(m)-1]}"
