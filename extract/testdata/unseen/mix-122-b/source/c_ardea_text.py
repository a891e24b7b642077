#!/usr/bin/env python3
"""Comune di Ardea - house style of a legacy "Datagraph" installation: fixed-width
80-column reports, capitals, accents typed as apostrophes. Writes the plain-text
sources that build.sh prints with enscript (C1) and a2ps (C4), and the troff source
printed with groff (C2). Usage: c_ardea_text.py OUTDIR"""
import sys
import os
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "."
W = 80


def center(s):
    return s.center(W).rstrip()


def wrapped(s, indent="", first=None, width=W):
    return textwrap.fill(s, width=width, initial_indent=first if first is not None else indent,
                         subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)


def header(settore, servizio=None):
    L = [center("C O M U N E   D I   A R D E A"),
         center("CITTA' METROPOLITANA DI ROMA CAPITALE"),
         center("Via Garibaldi, 5 - 00040 Ardea (RM) - C.F. 80071590586"),
         "=" * W,
         center(settore)]
    if servizio:
        L.append(center(servizio))
    L.append("=" * W)
    return L


# ---------------------------------------------------------------- C1 (enscript)
c1 = header("SETTORE V - LAVORI PUBBLICI, MANUTENZIONI E PATRIMONIO",
            "SERVIZIO MANUTENZIONE STRADE E VERDE PUBBLICO")
c1 += ["",
       center("DETERMINAZIONE DEL DIRIGENTE DEL SETTORE V"),
       "",
       "   REGISTRO GENERALE  N.   1187      DEL  12/10/2027",
       "   REGISTRO SETTORE   N.    214      DEL  11/10/2027",
       "   PROPOSTA           N.    231      DEL  08/10/2027",
       "-" * W]
subj1 = ("AFFIDAMENTO DIRETTO, AI SENSI DELL'ART. 50, COMMA 1, LETT. B) DEL D.LGS. 36/2023, DEL SERVIZIO DI "
         "POTATURA E MESSA IN SICUREZZA DELLE ALBERATURE DI VIA DEL TEMPIO E DEL LUNGOMARE DEGLI ARDEATINI "
         "ALLA DITTA VERDE LITORALE SRL - CIG B6A20F4D18 - IMPEGNO DI SPESA.")
c1.append(wrapped(subj1, indent=" " * 9, first="OGGETTO: "))
c1 += ["-" * W, "", center("IL DIRIGENTE"), ""]
body1 = [
    ("PREMESSO CHE:", None),
    ("- con deliberazione del Consiglio Comunale n. 18 del 29/03/2027, esecutiva, e' stato approvato il "
     "bilancio di previsione finanziario 2027-2029;", "  "),
    ("- con deliberazione della Giunta Comunale n. 61 del 15/04/2027 e' stato approvato il Piano Esecutivo "
     "di Gestione 2027-2029 e sono state assegnate le risorse ai Dirigenti;", "  "),
    ("- con decreto sindacale n. 9 del 02/01/2027 e' stato conferito al sottoscritto l'incarico di "
     "Dirigente del Settore V;", "  "),
    ("CONSIDERATO CHE a seguito delle raffiche di vento del 3 e 4 ottobre 2027 numerose alberature di pino "
     "domestico di Via del Tempio e del Lungomare degli Ardeatini presentano rami spezzati e inclinazioni "
     "anomale, come risulta dalla relazione dell'agronomo incaricato, dott. agr. Marco Pellegrini, acquisita "
     "al protocollo n. 58213 del 07/10/2027, e che occorre intervenire con urgenza per la pubblica "
     "incolumita';", None),
    ("DATO ATTO CHE e' stato richiesto preventivo, tramite la piattaforma di approvvigionamento digitale "
     "certificata in uso all'Ente, alla ditta VERDE LITORALE SRL con sede in Pomezia (RM), P.IVA "
     "14872650581, in possesso di adeguata esperienza, che ha offerto l'importo di euro 38.450,00 oltre IVA "
     "al 22%, ritenuto congruo dal RUP;", None),
    ("VISTI il D.Lgs. 18/08/2000, n. 267; il D.Lgs. 31/03/2023, n. 36; lo Statuto comunale; il vigente "
     "Regolamento di contabilita';", None),
]
for t, ind in body1:
    c1.append(wrapped(t, indent=ind or ""))
c1 += ["", center("D E T E R M I N A"), ""]
pts1 = [
    "DI AFFIDARE alla ditta VERDE LITORALE SRL il servizio di potatura e messa in sicurezza delle "
    "alberature di Via del Tempio e del Lungomare degli Ardeatini, per l'importo di euro 38.450,00 oltre "
    "IVA al 22%;",
    "DI IMPEGNARE la somma complessiva di euro 46.909,00 (IVA inclusa) al cap. 9620/3 \"Manutenzione "
    "straordinaria verde pubblico\" del bilancio 2027-2029, esercizio 2027;",
    "DI NOMINARE responsabile unico del progetto il geom. Fabio Ruggeri, istruttore tecnico del Servizio;",
    "DI DARE ATTO che la ditta e' in regola con gli obblighi contributivi (DURC prot. INPS_47730912 "
    "valido fino al 02/02/2028);",
    "DI TRASMETTERE il presente provvedimento al Settore II - Servizi Finanziari per il visto di "
    "regolarita' contabile e di disporne la pubblicazione all'Albo Pretorio on line.",
]
for i, p in enumerate(pts1, 1):
    c1.append(wrapped(p, indent=" " * 4, first=f"{i})  "))
c1 += ["", "Ardea, 12/10/2027", "",
       " " * 44 + "IL DIRIGENTE DEL SETTORE V",
       " " * 44 + "  ING. PAOLO DE SANTIS",
       " " * 44 + "(firmato digitalmente)", "", "\f"]
c1 += ["-" * W, center("VISTO DI REGOLARITA' CONTABILE ATTESTANTE LA COPERTURA FINANZIARIA"), "-" * W,
       wrapped("Ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 si appone il visto di regolarita' "
               "contabile attestante la copertura finanziaria della spesa."),
       "",
       "   IMPEGNO N.  2027/1944   CAP. 9620/3   IMPORTO EURO     46.909,00",
       "",
       "Ardea, 12/10/2027",
       "",
       " " * 44 + "IL DIRIGENTE DEL SETTORE II",
       " " * 44 + " DOTT.SSA MONICA FALASCHI",
       "", "=" * W,
       wrapped("Documento informatico firmato digitalmente ai sensi del D.Lgs. 82/2005. La presente copia "
               "e' pubblicata all'Albo Pretorio on line dal 13/10/2027 per 15 giorni consecutivi."),
       "=" * W]

# ---------------------------------------------------------------- C4 (a2ps)
c4 = header("SETTORE IV - POLITICHE SOCIALI, SCUOLA E CULTURA")
c4 += ["",
       center("DETERMINAZIONE DEL DIRIGENTE DEL SETTORE IV"),
       "",
       "   REGISTRO GENERALE  N.   1263      DEL  28/10/2027",
       "   REGISTRO SETTORE   N.     97      DEL  27/10/2027",
       "-" * W]
subj4 = ("LIQUIDAZIONE DEI CONTRIBUTI ECONOMICI PER IL SOSTEGNO AL PAGAMENTO DEI CANONI DI LOCAZIONE - "
         "AVVISO PUBBLICO ANNO 2027 - PRIMO ELENCO DI N. 142 BENEFICIARI.")
c4.append(wrapped(subj4, indent=" " * 9, first="OGGETTO: "))
c4 += ["-" * W, "", center("IL DIRIGENTE"), ""]
body4 = [
    "PREMESSO CHE con deliberazione della Giunta Comunale n. 97 del 10/06/2027 sono stati approvati i "
    "criteri per la concessione dei contributi integrativi per il pagamento dei canoni di locazione "
    "relativi all'anno 2027, finanziati con le risorse del Fondo regionale per il sostegno alla locazione "
    "assegnate con determinazione della Regione Lazio n. G09214 del 04/07/2027;",
    "CHE con propria determinazione R.G. n. 846 del 14/07/2027 e' stato approvato l'avviso pubblico, "
    "pubblicato dal 15/07/2027 al 15/09/2027, e che entro il termine sono pervenute n. 377 domande;",
    "VISTO il verbale dell'Ufficio Politiche Abitative del 20/10/2027, dal quale risultano ammissibili e "
    "istruite con esito positivo n. 142 domande, per un contributo complessivo di euro 213.000,00, come "
    "da elenco allegato che, per ragioni di riservatezza, non viene pubblicato;",
    "VISTI il D.Lgs. 18/08/2000, n. 267, la legge 9 dicembre 1998, n. 431, art. 11, e il vigente "
    "Regolamento comunale per la concessione di contributi economici;",
]
for t in body4:
    c4.append(wrapped(t))
c4 += ["", center("D E T E R M I N A"), ""]
pts4 = [
    "DI APPROVARE il primo elenco dei beneficiari dei contributi per il sostegno alla locazione anno 2027, "
    "composto da n. 142 nominativi, allegato al presente atto quale parte integrante e sostanziale "
    "(ALLEGATO A - non pubblicato);",
    "DI LIQUIDARE ai beneficiari la somma complessiva di euro 213.000,00 con imputazione al cap. 12450 "
    "\"Contributi per canoni di locazione\" del bilancio 2027-2029, esercizio 2027, impegno n. 2027/1577;",
    "DI AUTORIZZARE il Settore II - Servizi Finanziari all'emissione dei mandati di pagamento mediante "
    "accredito sui conti correnti indicati dai beneficiari;",
    "DI DARE ATTO che l'elenco e' pubblicato nella sezione Amministrazione Trasparente in forma "
    "anonimizzata, ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.",
]
for i, p in enumerate(pts4, 1):
    c4.append(wrapped(p, indent=" " * 4, first=f"{i})  "))
c4 += ["", "Ardea, 28/10/2027", "",
       " " * 44 + "IL DIRIGENTE DEL SETTORE IV",
       " " * 44 + " DOTT.SSA SABRINA COLETTA",
       " " * 44 + "(firmato digitalmente)", "",
       "-" * W,
       "ALLEGATI: A) ELENCO BENEFICIARI (N. 142 POSIZIONI) - NON PUBBLICATO",
       "-" * W]

for name, lines in (("c1_det_ardea.txt", c1), ("c4_det_ardea.txt", c4)):
    txt = "\n".join(lines) + "\n"
    for ln in txt.split("\n"):
        assert len(ln) <= W, (name, ln)
    with open(os.path.join(OUT, name), "w", encoding="latin-1") as f:
        f.write(txt)

# ---------------------------------------------------------------- C2 (groff)
subj2 = ("DISCIPLINA TEMPORANEA DELLA CIRCOLAZIONE E DELLA SOSTA IN VIA DEI RUTULI, PIAZZA DEL CIMITERO E "
         "VIA LAURENTINA (TRATTO URBANO) IN OCCASIONE DELLA COMMEMORAZIONE DEI DEFUNTI, DAL 30 OTTOBRE AL "
         "3 NOVEMBRE 2027.")
troff = r""".\" Comune di Ardea - ordinanza dirigenziale, house style "Datagraph", typeset in plain troff
.\" (groff -Tps, Courier, lines adjusted on both margins), then ps2pdf.
.pl 29.7c
.po 2.3c
.ll 16.4c
.lt 16.4c
.fam C
.ft CR
.ps 10
.vs 12p
.nh
.de NP
'sp 1.2c
.ft CR
.ps 8
.tl 'COMUNE DI ARDEA - ORDINANZA DIRIGENZIALE N. 96 DEL 15/10/2027''PAG. %'
.ps 10
'sp 0.6c
..
.de FO
'sp 0.8c
.ps 8
.tl 'SETTORE VII - POLIZIA LOCALE''DOCUMENTO FIRMATO DIGITALMENTE'
.ps 10
'bp
..
.wh -2.2c FO
.wh 0 NP
.na
.ce 6
.ft CB
COMUNE DI ARDEA
.ft CR
CITTA' METROPOLITANA DI ROMA CAPITALE
Via Garibaldi, 5 - 00040 Ardea (RM)
.sp 0.3
.ft CB
SETTORE VII - POLIZIA LOCALE, MOBILITA' E PROTEZIONE CIVILE
.ft CR
\l'16.4c\(ru'
.sp 1
.ce 1
.ft CB
ORDINANZA DIRIGENZIALE N. 96 DEL 15/10/2027
.ft CR
.sp 1
.in 9n
.ti -9n
OGGETTO: """ + subj2 + r"""
.in 0
.sp 1
.ce 1
.ft CB
IL DIRIGENTE DEL SETTORE VII
.ft CR
.sp 1
.ad b
CONSIDERATO che nei giorni dal 30 ottobre al 3 novembre 2027, in occasione della ricorrenza della
Commemorazione dei Defunti, e' previsto un notevole afflusso di veicoli e di pedoni presso il
Cimitero comunale di Via dei Rutuli e che occorre garantire la sicurezza della circolazione e la
fluidita' del traffico lungo la Via Laurentina nel tratto urbano;
.sp 0.5
VISTA la nota del Servizio Cimiteriale prot. n. 59102 del 11/10/2027 e sentito il Comando Stazione
Carabinieri di Ardea;
.sp 0.5
VISTI gli artt. 5, 6, 7 e 159 del D.Lgs. 30/04/1992, n. 285 (Nuovo Codice della Strada), il
relativo Regolamento di esecuzione e l'art. 107 del D.Lgs. 18/08/2000, n. 267;
.sp 1
.ce 1
.ft CB
O R D I N A
.ft CR
.sp 0.5
.in 4n
.ti -4n
1)\ \ dalle ore 7.00 del 30/10/2027 alle ore 20.00 del 03/11/2027, in Via dei Rutuli, nel tratto
compreso tra Via Laurentina e Piazza del Cimitero, il divieto di sosta con rimozione forzata su
entrambi i lati della carreggiata, eccetto i veicoli al servizio di persone con disabilita'
muniti del contrassegno;
.sp 0.3
.ti -4n
2)\ \ nello stesso periodo e nello stesso tratto, il senso unico di marcia con direzione Via
Laurentina - Piazza del Cimitero;
.sp 0.3
.ti -4n
3)\ \ in Piazza del Cimitero, la riserva di n. 6 stalli di sosta ai veicoli al servizio di persone
con disabilita' e di n. 2 stalli ai mezzi di soccorso;
.sp 0.3
.ti -4n
4)\ \ sulla Via Laurentina, tratto urbano compreso tra il km 29+500 e il km 30+200, il limite
massimo di velocita' di 30 km/h e il divieto di sorpasso.
.in 0
.sp 1
.ce 1
.ft CB
D I S P O N E
.ft CR
.sp 0.5
che la presente ordinanza sia resa nota mediante l'apposizione della prescritta segnaletica, a
cura del Servizio Manutenzione Strade, almeno 48 ore prima dell'entrata in vigore, e mediante
pubblicazione all'Albo Pretorio on line. Gli organi di polizia stradale sono incaricati di far
rispettare la presente ordinanza.
.sp 0.5
Contro il presente provvedimento e' ammesso ricorso al T.A.R. del Lazio entro 60 giorni dalla
pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni, e
ricorso al Ministero delle Infrastrutture e dei Trasporti ai sensi dell'art. 37 del C.d.S.
.sp 1
.ne 9v
.na
Ardea, 15/10/2027
.sp 1.5
.in 8c
.ce 3
IL DIRIGENTE DEL SETTORE VII
DOTT. CLAUDIO MASTRANTONI
(firmato digitalmente)
.in 0
"""
with open(os.path.join(OUT, "c2_ord_ardea.tr"), "w", encoding="latin-1") as f:
    f.write(troff)
