#!/usr/bin/env python3
"""Villafranca Tirrena (Kibernetes-like legacy house style): writes the
80-column text of Giunta n. 77 (printed by enscript) and Consiglio n. 20
(printed by a2ps). Plain ASCII as the old report writer prints it:
accented capitals as apostrophes (CITTA', CANNISTRA'), lower-case accents
too (e')."""
import sys, os, textwrap

OUTDIR = sys.argv[1] if len(sys.argv) > 1 else "."
W = 80
RULE = "=" * W
THIN = "-" * W


def wrap(text, indent="", width=W):
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=indent, break_on_hyphens=False)


def point(n, text):
    lab = "%d) " % n
    return textwrap.wrap(text, width=W, initial_indent=lab.ljust(4),
                         subsequent_indent="    ", break_on_hyphens=False)


def head(title, right, numline, office, subject):
    out = [
        "COMUNE DI VILLAFRANCA TIRRENA".center(W).rstrip(),
        "CITTA' METROPOLITANA DI MESSINA".center(W).rstrip(),
        "Via Nazionale, 28 - 98049 Villafranca Tirrena (ME)".center(W).rstrip(),
        RULE,
        (" " + title).ljust(W - len(right) - 1) + right,
        RULE,
        numline,
        " Settore proponente: " + office,
        THIN,
    ]
    sub = textwrap.wrap(subject, width=W - 10, break_on_hyphens=False)
    out.append(" OGGETTO: " + sub[0])
    out += ["          " + s for s in sub[1:]]
    out.append(THIN)
    return out


def gm77():
    L = head("VERBALE DI DELIBERAZIONE DELLA GIUNTA MUNICIPALE", "ORIGINALE",
             " Deliberazione n.  77        del 11/05/2027        Proposta n. 92 del 06/05/2027",
             "AREA TECNICA - MANUTENZIONI",
             "ASSEGNAZIONE RISORSE AL RESPONSABILE DELL'AREA TECNICA PER LA MANUTENZIONE "
             "STRAORDINARIA DEL LUNGOMARE E DELLE DISCESE A MARE - STAGIONE BALNEARE 2027")
    L.append("")
    L += wrap("L'anno duemilaventisette, il giorno undici del mese di maggio, alle ore 10,30 "
              "e segg., nella sala delle adunanze della Sede Municipale, si e' riunita la "
              "Giunta Municipale, convocata nelle forme di legge.")
    L += wrap("Presiede l'adunanza il Sindaco avv. Giuseppe Cannistra' e sono rispettivamente "
              "presenti ed assenti i seguenti Signori:")
    L.append("")
    L.append("  N.  COGNOME E NOME              CARICA               PRESENTE  ASSENTE")
    L.append("  --  --------------------------  -------------------  --------  -------")
    roll = [("1", "CANNISTRA' GIUSEPPE", "SINDACO", True),
            ("2", "SAIJA MARIA GRAZIA", "VICE SINDACO", True),
            ("3", "CRISAFULLI SALVATORE", "ASSESSORE", False),
            ("4", "BONFIGLIO LETTERIO", "ASSESSORE", True),
            ("5", "MENTO CONCETTA", "ASSESSORE", True)]
    for n, nm, r, p in roll:
        L.append("  %-2s  %-26s  %-19s  %s" % (n, nm, r, "   SI" if p else "             SI"))
    L.append("")
    L.append("                                     Totale presenti: 4    Totale assenti: 1")
    L.append("")
    L += wrap("Partecipa il Segretario Generale dott. Francesco Bonanno.")
    L += wrap("Il Presidente, constatato che gli intervenuti sono in numero legale, dichiara "
              "aperta la riunione ed invita i convenuti a deliberare sull'argomento in oggetto "
              "specificato.")
    L.append("")
    L.append("LA GIUNTA MUNICIPALE".center(W).rstrip())
    L.append("")
    for p in [
        "VISTA la proposta di deliberazione n. 92 del 06/05/2027 predisposta dal Responsabile "
        "dell'Area Tecnica, relativa agli interventi di manutenzione straordinaria del lungomare "
        "di contrada Calvaruso e delle discese a mare di via Marina, da eseguirsi prima "
        "dell'apertura della stagione balneare;",
        "CONSIDERATO che gli eventi meteomarini dei mesi di gennaio e febbraio 2027 hanno "
        "danneggiato la pavimentazione, le ringhiere e l'impianto di illuminazione del tratto "
        "compreso tra il torrente Calvaruso e il Parco Urbano;",
        "VISTI i pareri favorevoli di regolarita' tecnica e contabile espressi ai sensi "
        "dell'art. 53 della L. 142/90, come recepito dall'art. 1, comma 1, lett. i), della "
        "L.R. 48/91 e s.m.i., e dell'art. 49 del D.Lgs. 267/2000;",
        "VISTO l'O.A.EE.LL. vigente nella Regione Siciliana;",
        "Con voti unanimi, espressi in forma palese,",
    ]:
        L += wrap(p)
    L.append("")
    L.append("D E L I B E R A".center(W).rstrip())
    L.append("")
    for i, p in enumerate([
        "ASSEGNARE al Responsabile dell'Area Tecnica la somma complessiva di euro 38.400,00 per "
        "la manutenzione straordinaria del lungomare e delle discese a mare, da imputare al "
        "cap. 2810/1 del bilancio di previsione 2027/2029, annualita' 2027;",
        "DARE MANDATO al Responsabile dell'Area Tecnica di porre in essere gli atti gestionali "
        "necessari, ivi compreso l'affidamento dei lavori ai sensi dell'art. 50 del D.Lgs. "
        "36/2023, in modo da concludere gli interventi entro il 15 giugno 2027;",
        "DICHIARARE la presente deliberazione, con separata e unanime votazione, immediatamente "
        "esecutiva ai sensi dell'art. 12, comma 2, della L.R. n. 44/1991.",
    ], 1):
        L += point(i, p)
    L.append("")
    L.append(THIN)
    L += wrap("Il presente verbale, previa lettura, viene approvato e sottoscritto.")
    L.append("")
    L.append("    IL SINDACO              L'ASSESSORE ANZIANO        IL SEGRETARIO GENERALE")
    L.append("  avv. G. Cannistra'        dott.ssa M.G. Saija        dott. F. Bonanno")
    L.append("  (firma digitale)          (firma digitale)           (firma digitale)")
    L.append(THIN)
    L.append("")
    L += wrap("CERTIFICATO DI PUBBLICAZIONE - Il sottoscritto Responsabile dell'Albo certifica che "
              "copia della presente deliberazione e' stata pubblicata all'Albo Pretorio on line "
              "dal 12/05/2027 al 26/05/2027, Reg. Pubbl. n. 811.")
    L.append("Villafranca Tirrena, 27/05/2027           Il Responsabile  F.to Salvatore Mazzeo")
    return L


def cc20():
    L = head("VERBALE DI DELIBERAZIONE DEL CONSIGLIO COMUNALE", "ORIGINALE",
             " Deliberazione n.  20        del 26/05/2027       Proposta n. 101 del 17/05/2027",
             "AREA ECONOMICO-FINANZIARIA",
             "RICONOSCIMENTO DELLA LEGITTIMITA' DEL DEBITO FUORI BILANCIO DERIVANTE DALLA SENTENZA "
             "N. 412/2027 DEL GIUDICE DI PACE DI MESSINA, AI SENSI DELL'ART. 194, COMMA 1, LETT. "
             "A), DEL D.LGS. N. 267/2000")
    L.append(" Sessione ordinaria - Seduta di prosecuzione - Seduta pubblica")
    L.append(THIN)
    L.append("")
    L += wrap("L'anno duemilaventisette, il giorno ventisei del mese di maggio, alle ore 19,00, "
              "nella sala delle adunanze consiliari, in prosecuzione della seduta del 25/05/2027, "
              "si e' riunito il Consiglio Comunale. All'appello nominale risultano presenti (*) "
              "i Consiglieri:")
    L.append("")
    left = [("LO PRESTI ANTONELLA", False), ("SIDOTI CARMELO", True), ("CALABRO' DOMENICO", True),
            ("D'ANDREA GIOVANNI", True), ("FAMA' NUNZIATA", True), ("GERMANA' ROSARIO", True)]
    right = [("IMBESI CATERINA", True), ("LA SPADA FRANCESCO", False), ("MILONE ANGELA", True),
             ("PULEJO SANTI", True), ("RUGOLO MARIA", True), ("SCIMONE ANTONINO", False)]
    L.append("  CONSIGLIERI              PRES.  ASS.      CONSIGLIERI              PRES.  ASS.")
    L.append("  ----------------------   -----  ----      ----------------------   -----  ----")

    def row(a, pa, b, pb):
        r = [" "] * W
        def put(col, txt):
            r[col:col + len(txt)] = list(txt)
        put(2, a); put(29 if pa else 35, "*")
        put(44, b); put(71 if pb else 77, "*")
        return "".join(r).rstrip()
    for (a, pa), (b, pb) in zip(left, right):
        L.append(row(a, pa, b, pb))
    L.append("")
    L.append("  Consiglieri assegnati n. 12 - in carica n. 12 - presenti n. 9 - assenti n. 3")
    L.append("")
    L += wrap("Assume la presidenza il Vice Presidente del Consiglio, Sig. Carmelo Sidoti, in "
              "assenza del Presidente. Partecipa il Vice Segretario Generale Dott.ssa Rosaria "
              "Arena. Sono presenti per l'Amministrazione il Sindaco avv. Giuseppe Cannistra' e "
              "l'Assessore al Bilancio Salvatore Crisafulli.")
    L += wrap("Il Presidente, accertato il numero legale, dichiara aperta la seduta e pone in "
              "trattazione il punto 4 dell'ordine del giorno.")
    L.append("")
    L.append("IL CONSIGLIO COMUNALE".center(W).rstrip())
    L.append("")
    for p in [
        "VISTA la proposta di deliberazione n. 101 del 17/05/2027 del Responsabile dell'Area "
        "Economico-Finanziaria, corredata dei pareri favorevoli di regolarita' tecnica e "
        "contabile;",
        "VISTA la sentenza n. 412/2027 del Giudice di Pace di Messina, depositata il "
        "09/03/2027, che condanna il Comune al risarcimento dei danni subiti dal sig. G.M. a "
        "seguito di sinistro stradale in via Nazionale, per euro 3.870,00 oltre interessi e "
        "spese legali, per un totale di euro 5.214,36;",
        "VISTO il parere favorevole del Collegio dei Revisori dei conti, verbale n. 14 del "
        "21/05/2027;",
        "UDITI gli interventi dei Consiglieri, riportati nel resoconto stenotipico allegato;",
        "Con la seguente votazione, espressa per alzata di mano: presenti n. 9, votanti n. 6, "
        "astenuti n. 3 (Fama', Imbesi, Pulejo), voti favorevoli n. 6, contrari nessuno;",
    ]:
        L += wrap(p)
    L.append("")
    L.append("D E L I B E R A".center(W).rstrip())
    L.append("")
    for i, p in enumerate([
        "RICONOSCERE, ai sensi dell'art. 194, comma 1, lett. a), del D.Lgs. n. 267/2000, la "
        "legittimita' del debito fuori bilancio di euro 5.214,36 derivante dalla sentenza n. "
        "412/2027 del Giudice di Pace di Messina;",
        "DARE ATTO che la spesa trova copertura al cap. 1058/3 \"Oneri da contenzioso\" del "
        "bilancio di previsione 2027/2029, annualita' 2027;",
        "DEMANDARE al Responsabile dell'Area Economico-Finanziaria l'adozione degli atti di "
        "impegno e liquidazione;",
        "TRASMETTERE il presente atto alla Procura regionale della Corte dei conti per la "
        "Sicilia, ai sensi dell'art. 23, comma 5, della L. 289/2002.",
    ], 1):
        L += point(i, p)
    L.append("")
    L += wrap("Successivamente, con separata votazione che riporta il medesimo esito, il Consiglio "
              "Comunale dichiara la presente deliberazione immediatamente esecutiva, ai sensi "
              "dell'art. 12, comma 2, della L.R. n. 44/1991.")
    L.append("")
    L.append(THIN)
    L.append("  IL PRESIDENTE          IL CONSIGLIERE ANZIANO      IL VICE SEGRETARIO GENERALE")
    L.append("  F.to Carmelo Sidoti    F.to Domenico Calabro'      F.to Rosaria Arena")
    L.append(THIN)
    return L


if __name__ == "__main__":
    for name, fn in (("gm77-villafrancatirrena.txt", gm77), ("cc20-villafrancatirrena.txt", cc20)):
        lines = fn()
        for ln in lines:
            assert len(ln) <= W, (name, len(ln), ln)
        with open(os.path.join(OUTDIR, name), "w", encoding="ascii") as f:
            f.write("\n".join(lines) + "\n")
