#!/usr/bin/env python3
"""Writes the four .rtf sources into ./rtf/ (RTF typed by hand, as Word would save it)."""
import os, re

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rtf")
os.makedirs(OUT, exist_ok=True)

def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif ch == "\n":
            out.append("\\line ")
        elif o > 127:
            out.append("\\u%d?" % (o if o < 32768 else o - 65536))
        else:
            out.append(ch)
    return "".join(out)

def rich(s):
    """**bold** __underline__ //italic// ^^smallcaps^^"""
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"{\\b \1}", s)
    s = re.sub(r"__(.+?)__", r"{\\ul \1}", s)
    s = re.sub(r"//(.+?)//", r"{\\i \1}", s)
    s = re.sub(r"\^\^(.+?)\^\^", r"{\\scaps \1}", s)
    return s

CM = 567
def par(text="", align="j", size=None, sb=0, sa=80, li=0, fi=0, keep=False, tabs="", font=None):
    a = {"j": "\\qj", "c": "\\qc", "r": "\\qr", "l": "\\ql"}[align]
    fmt = f"\\pard\\plain{a}\\sb{sb}\\sa{sa}\\li{li}\\fi{fi}" + ("\\keepn" if keep else "") + tabs
    fs = f"\\fs{int(size*2)}" if size else ""
    f = f"\\f{font}" if font is not None else ""
    return "{" + fmt + f + fs + " " + rich(text) + "\\par}\n"

def field(instr):
    return "{\\field{\\*\\fldinst " + instr + "}{\\fldrslt 1}}"

def row(cells, widths_cm, border=True, shade=None, bold=False, size=None, aligns=None, left_cm=0):
    s = "\\trowd\\trgaph85\\trleft%d" % int(left_cm * CM)
    x = int(left_cm * CM)
    for i, w in enumerate(widths_cm):
        x += int(w * CM)
        if border:
            s += "\\clbrdrt\\brdrs\\brdrw10\\clbrdrl\\brdrs\\brdrw10\\clbrdrb\\brdrs\\brdrw10\\clbrdrr\\brdrs\\brdrw10"
        if shade:
            s += "\\clcbpat%d\\clshdng10000" % shade
        s += "\\clvertalc\\cellx%d" % x
    s += "\n"
    for i, c in enumerate(cells):
        a = (aligns[i] if aligns else "l")
        a = {"j": "\\qj", "c": "\\qc", "r": "\\qr", "l": "\\ql"}[a]
        fs = f"\\fs{int(size*2)}" if size else ""
        b = "\\b" if bold else ""
        paras = c.split("\n\n")
        inner = "\\par ".join(rich(pp) for pp in paras)
        s += "\\pard\\plain\\intbl" + a + fs + b + " " + inner + "\\cell\n"
    s += "\\row\n"
    return s

def doc(body, header="", footer="", fonts=("Liberation Serif", "Liberation Sans", "DejaVu Sans"), deff=0, size=11,
        margins=(2.0, 2.0, 2.0, 2.0), landscape=False):
    ft = "".join("{\\f%d\\fnil\\fcharset0 %s;}" % (i, f) for i, f in enumerate(fonts))
    t, b, l, r = [int(x * CM) for x in margins]
    pw, ph = (16838, 11906) if landscape else (11906, 16838)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff%d\\uc1{\\fonttbl%s}" % (deff, ft) +
            "{\\colortbl;\\red0\\green0\\blue0;\\red217\\green217\\blue217;\\red160\\green160\\blue160;}" +
            "\\paperw%d\\paperh%d\\margt%d\\margb%d\\margl%d\\margr%d\\hyphauto1\\hyphhotz284\\deflang1040" % (pw, ph, t, b, l, r) +
            "\\headery567\\footery567\\fs%d\n" % (size * 2) +
            ("{\\header " + header + "}\n" if header else "") +
            ("{\\footer " + footer + "}\n" if footer else "") +
            body + "}")

def write(name, s):
    open(os.path.join(OUT, name), "w", encoding="ascii").write(s)

SIG3 = "\\tqc\\tx1580\\tqc\\tx4820\\tqc\\tx8050"

# 1. Giunta, Pieve di Soligo — Civilia Next-like
def giunta_pieve():
    b = ""
    b += par("COMUNE DI PIEVE DI SOLIGO", "c", 16, sa=0, font=1)
    b += par("Provincia di Treviso", "c", 10, sa=0, font=1)
    b += par("Piazza Vittorio Emanuele II, 1 – 31053 Pieve di Soligo (TV)", "c", 8, sa=240, font=1)
    b += par("**VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE**", "c", 12, sa=60, font=1)
    b += par("**N. 142 del 02/12/2025**", "c", 12, sa=200, font=1)
    b += row(["**OGGETTO:**", "**ADESIONE AL PROGETTO “BIBLIOTECHE IN RETE – SINISTRA PIAVE” PER IL TRIENNIO 2026-2028 E APPROVAZIONE DELLO SCHEMA DI CONVENZIONE CON I COMUNI DI FARRA DI SOLIGO, FOLLINA E CISON DI VALMARINO.**"],
             [2.6, 14.4], aligns=["l", "j"], size=10.5)
    b += par("", sa=0)
    b += par("L'anno **duemilaventicinque**, addì **due** del mese di **dicembre**, alle ore **17:00**, nella Residenza Municipale, convocata nei modi di legge, si è riunita la Giunta Comunale con l'intervento dei Signori:", sb=120)
    tabs = "\\tx567\\tx5100\\tqc\\tx8200\\tqc\\tx9200"
    b += par("\tCognome e nome\tCarica\tPres.\tAss.", "l", 9.5, sa=0, tabs=tabs, font=1).replace(" Cognome", " {\\b\\ul Cognome").replace("Ass.\\par", "Ass.}\\par")
    roll = [("BORTOLINI GIORGIO", "Sindaco", "X", ""), ("DE CONTI MARTA", "Vice Sindaco", "X", ""),
            ("ZANCHETTA LORIS", "Assessore", "X", ""), ("TONON SILVIA", "Assessore", "", "X"),
            ("CESCHIN ALBERTO", "Assessore", "X", "")]
    for i, (n, c, pz, az) in enumerate(roll, 1):
        b += par(f"{i}.\t{n}\t{c}\t{pz}\t{az}", "l", 9.5, sa=0, tabs=tabs, font=1)
    b += par("\tTotale\t\t4\t1", "l", 9.5, sa=120, tabs=tabs, font=1)
    b += par("Partecipa alla seduta il Segretario Comunale dott. Federico Zambon.")
    b += par("Il sig. Giorgio Bortolini, nella sua qualità di Sindaco, assume la presidenza e, riconosciuta legale l'adunanza, dichiara aperta la seduta.")
    b += par("**LA GIUNTA COMUNALE**", "c", sb=120, keep=True)
    for t in [
        "PREMESSO che i Comuni di Pieve di Soligo, Farra di Soligo, Follina e Cison di Valmarino gestiscono dal 2019 in forma coordinata il servizio di prestito interbibliotecario e le attività di promozione della lettura, in base alla convenzione approvata con deliberazione consiliare n. 44 del 26/09/2019, scaduta il 31/12/2024 e prorogata sino al 31/12/2025;",
        "RITENUTO di proseguire la collaborazione per il triennio 2026-2028, affidando al Comune di Pieve di Soligo il ruolo di ente capofila, con la gestione del catalogo unico, del servizio di interprestito settimanale e del calendario condiviso delle iniziative;",
        "VISTO lo schema di convenzione allegato, che prevede una quota annua a carico di ciascun ente proporzionale alla popolazione residente al 31 dicembre dell'anno precedente;",
        "VISTO l'art. 30 del D.Lgs. 18 agosto 2000, n. 267;",
        "ACQUISITI i pareri favorevoli espressi dal Responsabile dell'Area Servizi alla Persona in ordine alla regolarità tecnica e dal Responsabile dell'Area Economico-Finanziaria in ordine alla regolarità contabile, ai sensi dell'art. 49 del D.Lgs. 267/2000;",
        "CON VOTI favorevoli unanimi, resi nelle forme di legge;",
    ]:
        b += par(t)
    # the dispositivo, boxed in a one-cell table
    disp = ("**D E L I B E R A**\n\n"
            "1)\tdi aderire al progetto “Biblioteche in rete – Sinistra Piave” per il triennio 2026-2028, in qualità di ente capofila;\n\n"
            "2)\tdi approvare lo schema di convenzione con i Comuni di Farra di Soligo, Follina e Cison di Valmarino, allegato al presente atto quale parte integrante e sostanziale;\n\n"
            "3)\tdi dare atto che la quota a carico del Comune di Pieve di Soligo, pari a € 7.480,00 annui, trova copertura al capitolo 5110 “Spese per il sistema bibliotecario” del bilancio di previsione 2026/2028;\n\n"
            "4)\tdi autorizzare il Sindaco alla sottoscrizione della convenzione;\n\n"
            "5)\tdi dichiarare, con separata e unanime votazione, la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000, stante l'urgenza di garantire la continuità del servizio dal 1° gennaio 2026.")
    s = "\\trowd\\trgaph140\\trleft0\\clbrdrt\\brdrs\\brdrw15\\clbrdrl\\brdrs\\brdrw15\\clbrdrb\\brdrs\\brdrw15\\clbrdrr\\brdrs\\brdrw15\\cellx%d\n" % int(17 * CM)
    ps = disp.split("\n\n")
    s += "\\pard\\plain\\intbl\\qc\\sa120 " + rich(ps[0]) + "\\par "
    s += "".join("\\pard\\plain\\intbl\\qj\\sa80\\li567\\fi-567\\tx567 " + rich(x) + ("\\par " if i < len(ps) - 2 else "") for i, x in enumerate(ps[1:]))
    s += "\\cell\n\\row\n"
    b += s
    b += par("", sa=0)
    b += par("Letto, approvato e sottoscritto.", sb=120, sa=240)
    b += par("\tIL SINDACO\t\tIL SEGRETARIO COMUNALE", "l", 10, sa=0, tabs=SIG3)
    b += par("\tGiorgio Bortolini\t\tdott. Federico Zambon", "l", 10, sa=0, tabs=SIG3)
    b += par("\t//firmato digitalmente//\t\t//firmato digitalmente//", "l", 8, sa=240, tabs=SIG3)
    b += par("**PARERI AI SENSI DELL'ART. 49 DEL D.LGS. 267/2000**", "c", 9, sb=120, keep=True)
    b += row(["Regolarità tecnica: favorevole\n\nIl Responsabile dell'Area Servizi alla Persona\n\ndott.ssa Paola Moret",
              "Regolarità contabile: favorevole\n\nIl Responsabile dell'Area Economico-Finanziaria\n\nrag. Ivano Dalla Libera"],
             [8.5, 8.5], border=False, size=9, aligns=["c", "c"])
    hdr = par("Comune di Pieve di Soligo – Deliberazione di Giunta Comunale n. 142 del 02/12/2025", "l", 7.5, sa=0, font=1)
    ftr = "{\\pard\\plain\\qc\\fs16\\f1 Pag. " + field("PAGE") + " di " + field("NUMPAGES") + "\\par}"
    write("giunta-pievedisoligo-civilia.rtf", doc(b, hdr, ftr, deff=0, size=11))

# 2. Determina, Rosignano Marittimo — header as a 3x3 grid
def determina_rosignano():
    b = ""
    w = [3.4, 9.2, 4.4]
    b += row(["[stemma]", "**COMUNE DI ROSIGNANO MARITTIMO**", "Registro Generale"], w, aligns=["c", "c", "c"], size=12)
    b += row(["", "Provincia di Livorno", "Atto n. 1587"], w, aligns=["c", "c", "c"], size=9.5)
    b += row(["", "SETTORE SERVIZI ALLA PERSONA E ALLE IMPRESE\n\nU.O. Sport, Associazionismo e Politiche Giovanili", "del 10/12/2025"], w, aligns=["c", "c", "c"], size=9)
    b += par("", sa=0)
    b += par("**DETERMINAZIONE DIRIGENZIALE**", "c", 13, sb=120, sa=60)
    b += par("Registro di Settore n. 301 del 09/12/2025", "c", 9.5, sa=200)
    b += par("**Oggetto:**\t**Concessione di contributi ordinari alle associazioni sportive dilettantistiche per la stagione sportiva 2025/2026 – approvazione della graduatoria e impegno di spesa.**", "j", sa=200, li=1700, fi=-1700, tabs="\\tx1700")
    b += par("**IL DIRIGENTE**", "c", sa=120, keep=True)
    for t in [
        "Visto il decreto sindacale n. 38 del 15/07/2024, con il quale è stato conferito al sottoscritto l'incarico dirigenziale del Settore Servizi alla Persona e alle Imprese;",
        "Visto il vigente Regolamento comunale per la concessione di contributi e vantaggi economici, approvato con deliberazione del Consiglio Comunale n. 112 del 30/11/2021;",
        "Richiamata la deliberazione della Giunta Comunale n. 241 del 25/09/2025, con la quale sono stati approvati i criteri e lo stanziamento di € 60.000,00 per i contributi ordinari alle associazioni sportive dilettantistiche per la stagione 2025/2026;",
        "Richiamata la propria determinazione n. 1204 del 03/10/2025, con la quale è stato approvato l'avviso pubblico, pubblicato dal 06/10/2025 al 05/11/2025;",
        "Preso atto che sono pervenute n. 23 domande, di cui n. 21 ammissibili, e visto il verbale della commissione tecnica del 27/11/2025, che ha attribuito i punteggi secondo i criteri dell'avviso (numero di tesserati under 18, attività per persone con disabilità, utilizzo di impianti comunali, partecipazione a campionati federali);",
        "Dato atto che il responsabile del procedimento è la dott.ssa Elisa Bientinesi, che ha dichiarato l'assenza di conflitto di interessi ai sensi dell'art. 6-bis della legge 241/1990;",
        "Visti gli artt. 107 e 183 del D.Lgs. 18 agosto 2000, n. 267, e l'art. 12 della legge 7 agosto 1990, n. 241;",
    ]:
        b += par(t, fi=567)
    b += par("**DETERMINA**", "c", sb=120, sa=120, keep=True)
    items = [
        "di approvare il verbale della commissione tecnica del 27/11/2025 e la graduatoria delle associazioni sportive dilettantistiche ammesse a contributo per la stagione 2025/2026, allegata al presente atto sotto la lettera “A”;",
        "di escludere le domande presentate dall'A.S.D. Vada Beach Volley e dalla Polisportiva Castelnuovo della Misericordia per mancanza dell'iscrizione al Registro nazionale delle attività sportive dilettantistiche alla data di scadenza dell'avviso;",
        "di impegnare la somma complessiva di € 60.000,00 al capitolo 6320.05 “Contributi ad associazioni sportive” del bilancio di previsione 2025/2027, esercizio 2025, a favore delle associazioni indicate nell'allegato “A”;",
        "di liquidare il 70% del contributo entro il 31/01/2026 e il saldo a presentazione del rendiconto della stagione sportiva, ai sensi dell'art. 14 del Regolamento;",
        "di pubblicare il presente atto nella sezione “Amministrazione trasparente”, sottosezione “Sovvenzioni, contributi, sussidi, vantaggi economici”, ai sensi degli artt. 26 e 27 del D.Lgs. 33/2013.",
    ]
    for i, t in enumerate(items, 1):
        b += par(f"{i}.\t{t}", li=567, fi=-567, tabs="\\tx567")
    b += par("", sa=0)
    b += par("Rosignano Marittimo, 10/12/2025", "l", sb=200, sa=0)
    b += par("\tIL DIRIGENTE DEL SETTORE", "l", sa=0, tabs="\\tqc\\tx7000")
    b += par("\tDott. Marco Guerrieri", "l", sa=0, tabs="\\tqc\\tx7000")
    b += par("\t//Documento firmato digitalmente ai sensi del D.Lgs. 82/2005//", "l", 8, tabs="\\tqc\\tx7000")
    b += par("**VISTO DI REGOLARITÀ CONTABILE**", "c", 10, sb=240, keep=True)
    b += par("Si attesta la copertura finanziaria della spesa ai sensi dell'art. 183, comma 7, del D.Lgs. 267/2000 (impegno n. 2719/2025). Rosignano Marittimo, 11/12/2025. Il Dirigente del Settore Programmazione e Sviluppo, Dott.ssa Laura Niccolai.", "j", 9)
    hdr = par("COPIA", "r", 20, sa=0, font=1).replace("\\fs40", "\\fs40\\cf3\\b")
    ftr = "{\\pard\\plain\\qr\\fs16\\f1 Determinazione n. 1587 del 10/12/2025 \\endash  Pag. " + field("PAGE") + "/" + field("NUMPAGES") + "\\par}"
    write("determina-rosignano-apkappa.rtf", doc(b, hdr, ftr, deff=1, size=10, fonts=("Liberation Serif", "Liberation Sans", "DejaVu Sans")))

# 3. Certificate of executivity, Pachino — Datagraph-like
def certificato_pachino():
    b = ""
    b += par("**COMUNE DI PACHINO**", "c", 16, sa=0)
    b += par("Libero Consorzio Comunale di Siracusa", "c", 10, sa=0)
    b += par("Settore Affari Generali – Ufficio Segreteria e Albo Pretorio", "c", 9, sa=360)
    b += par("**CERTIFICATO DI ESECUTIVITÀ**", "c", 14, sa=80)
    b += par("(art. 12 della L.R. 3 dicembre 1991, n. 44)", "c", 9, sa=300)
    b += row(["Atto", "Deliberazione della Giunta Municipale"], [4.0, 13.0], size=10)
    b += row(["Numero", "203"], [4.0, 13.0], size=10)
    b += row(["Data", "28/11/2025"], [4.0, 13.0], size=10)
    b += row(["Oggetto", "Approvazione dello schema di protocollo d'intesa con l'Istituto di Istruzione Superiore “Michelangelo Bartolo” per lo svolgimento di percorsi per le competenze trasversali e l'orientamento (PCTO) presso gli uffici comunali – anno scolastico 2025/2026."], [4.0, 13.0], size=10, aligns=["l", "j"])
    b += row(["Pubblicazione", "Albo Pretorio on line dal 29/11/2025 al 14/12/2025 – Reg. n. 2561"], [4.0, 13.0], size=10)
    b += par("", sa=120)
    b += par("IL SEGRETARIO GENERALE", "c", sb=120, sa=120)
    b += par("Visti gli atti d'ufficio,", "l")
    b += par("**CERTIFICA**", "c", sb=120, sa=120)
    b += par("che la deliberazione sopra indicata, pubblicata all'Albo Pretorio on line di questo Comune a partire dal 29/11/2025, senza opposizioni o reclami, è divenuta esecutiva il **09/12/2025**, decorsi dieci giorni dalla pubblicazione, ai sensi dell'art. 12, comma 1, della L.R. 44/1991.", fi=567)
    b += par("Il presente certificato si rilascia per gli usi consentiti dalla legge.", fi=567, sa=360)
    b += par("Pachino, 10/12/2025", "l", sa=360)
    b += par("\tL'addetto all'Albo\tIl Responsabile del Settore\tIl Segretario Generale", "l", 9.5, sa=0, tabs=SIG3)
    b += par("\tSig. Corrado Aprile\tDott. Giuseppe Spataro\tDott.ssa Rosalba Carnemolla", "l", 9.5, sa=0, tabs=SIG3)
    b += par("\t//f.to//\t//f.to//\t//f.to//", "l", 9.5, sa=0, tabs=SIG3)
    ftr = "{\\pard\\plain\\qc\\fs14\\f1 Comune di Pachino \\endash  Via XXV Luglio, 1 \\endash  96018 Pachino (SR) \\endash  Documento generato il 10/12/2025 \\endash  - " + field("PAGE") + " -\\par}"
    write("certificato-pachino-datagraph.rtf", doc(b, "", ftr, deff=2, size=10.5))

# 4. Notice of another body published on the Albo of Terni
def avviso_terni_consorzio():
    b = ""
    b += row(["**COMUNE DI TERNI \\endash  ALBO PRETORIO ON LINE**\n\nPubblicato dal 12/01/2026 al 11/02/2026\n\nRegistro pubblicazioni n. 118/2026"], [7.5], size=8, left_cm=9.5)
    b = b.replace("\\\\endash ", "\\endash ")
    b += par("", sa=120)
    b += par("**CONSORZIO DI BONIFICA TEVERE NERA**", "c", 15, sa=0)
    b += par("Ente pubblico economico – L.R. Umbria n. 30/2004", "c", 9, sa=0)
    b += par("Via Bartocci, 10 – 05100 Terni – PEC: consorziotevere@legalmail.it", "c", 8.5, sa=300)
    b += par("Prot. n. 142/2026\tTerni, 08/01/2026", "l", 10, sa=200, tabs="\\tx7500")
    b += par("Ai Comuni del comprensorio consortile\nper la pubblicazione all'Albo Pretorio on line", "l", 10, sa=300, li=5950)
    b += par("**AVVISO**", "c", 14, sa=200)
    b += par("**Oggetto:**\tEmissione degli avvisi di pagamento del contributo consortile di bonifica per l'anno 2026 e apertura degli sportelli per i consorziati.", "j", sa=200, li=1400, fi=-1400, tabs="\\tx1400")
    b += par("Si rende noto che il Consorzio di Bonifica Tevere Nera, in esecuzione della deliberazione del Consiglio di Amministrazione n. 87 del 27/11/2025, con la quale è stato approvato il ruolo di contribuenza per l'anno 2026 sulla base del Piano di classifica vigente, provvederà dal mese di febbraio 2026 all'invio degli avvisi di pagamento ai proprietari degli immobili ricadenti nel comprensorio consortile.", fi=567)
    b += par("Il pagamento potrà essere effettuato in un'unica soluzione entro il 31 marzo 2026 ovvero in due rate di pari importo con scadenza 31 marzo e 30 settembre 2026, tramite il circuito pagoPA. Gli avvisi di importo inferiore a € 12,00 non saranno emessi e il relativo contributo sarà cumulato con quello dell'annualità successiva.", fi=567)
    b += par("Per informazioni, rettifiche catastali o richieste di rateizzazione, i consorziati possono rivolgersi agli sportelli consortili nei seguenti orari:", fi=567)
    for t in ["Terni, via Bartocci 10: dal lunedì al venerdì, ore 9:00 \\u8211? 12:30; martedì e giovedì anche ore 15:00 \\u8211? 17:00;",
              "Narni Scalo, presso la sede della Delegazione comunale: mercoledì, ore 9:00 \\u8211? 12:00;",
              "Numero verde 800 215 611 e indirizzo e-mail tributi@bonificaterni.it."]:
        b += "{\\pard\\plain\\qj\\sa60\\li850\\fi-283\\tx850 \\bullet\\tab " + esc(t).replace("\\\\u8211?", "\\u8211?") + "\\par}\n"
    b += par("Si invitano i Comuni in indirizzo a pubblicare il presente avviso all'Albo Pretorio on line per trenta giorni consecutivi.", fi=567, sb=120, sa=360)
    b += par("\tIL DIRETTORE GENERALE", "l", sa=0, tabs="\\tqc\\tx7000")
    b += par("\tIng. Stefano Renzetti", "l", sa=0, tabs="\\tqc\\tx7000")
    b += par("\t//(firmato digitalmente)//", "l", 8.5, tabs="\\tqc\\tx7000")
    write("avviso-terni-consorzio.rtf", doc(b, "", "", deff=0, size=11))

if __name__ == "__main__":
    giunta_pieve(); determina_rosignano(); certificato_pachino(); avviso_terni_consorzio()
    print("rtf written")
