"""Comune di Formia - Settore Polizia Locale, ordinanza n. 48 del 16/03/2026,
in the layout of an APKappa (Hypersic) ordinance.  Hand-written content
streams (rawpdf):
  * standard-14 Helvetica / Helvetica-Bold, not embedded, /WinAnsiEncoding,
    accented letters at their WinAnsi codes (à è é ì ò ù);
  * the title ORDINANZA drawn as plain letters spread by Tc (no spaces);
  * justified premises written with Tw and Tc;
  * the dispositive points written as TJ arrays: words cut into syllables,
    kerning numbers inside words, the gaps between words as numbers;
  * the AVVERTE paragraph drawn syllable by syllable with separate Tj.
"""
import sys

from rawpdf import PDF, Std14Font, _read_afm, URW, glyphname
from docflow import Flow, A4W, A4H

OUT = sys.argv[1] if len(sys.argv) > 1 else "ordinanza-formia-apkappa.pdf"

SUBJECT = ("Disciplina temporanea della circolazione veicolare e della sosta in via Vitruvio e "
           "in largo Paone per i lavori di rifacimento della rete idrica e degli allacci d'utenza.")


class KernedStd14(Std14Font):
    def __init__(self, pdf, base, name, afm):
        super().__init__(pdf, base, name)
        self.kern = _read_afm(URW + afm + ".afm")[1]

    def kerning(self, a, b):
        try:
            return self.kern.get((glyphname(a), glyphname(b)), 0.0)
        except KeyError:
            return 0.0


def build(total):
    pdf = PDF(producer="APKappa S.r.l. - PDF Writer 4.1", creator="Hypersic Atti - Ordinanze",
              title="Ordinanza n. 48 del 16/03/2026")
    H = KernedStd14(pdf, "Helvetica", "F1", "NimbusSans-Regular")
    HB = KernedStd14(pdf, "Helvetica-Bold", "F2", "NimbusSans-Bold")
    HO = Std14Font(pdf, "Helvetica-Oblique", "F3")

    def foot(flow, n):
        st = flow.st
        st.text(HO, 7.5, 56, 34, "Ordinanza n. 48 del 16/03/2026 - Settore Polizia Locale - "
                "documento firmato digitalmente ai sensi del D.Lgs. n. 82/2005")
        st.text(H, 7.5, A4W - 56, 34, "Pagina %d di %d" % (n, total), align="right")

    fl = Flow(left=56, right=56, top=50, bottom=48, on_new_page=foot)
    st = fl.st
    # letterhead with a drawn emblem
    st.raw("q 0.55 0.1 0.1 RG 1.2 w 82 778 m 82 802 l 98 812 l 114 802 l 114 778 l 98 766 l h S Q")
    st.text(HB, 16, 128, 794, "COMUNE DI FORMIA")
    st.text(H, 9.5, 128, 780, "Provincia di Latina")
    st.text(H, 8, A4W - 56, 794, "Via Vitruvio, 190 - 04023 Formia (LT)", align="right")
    st.text(H, 8, A4W - 56, 784, "PEC: protocollo@pec.comune.formia.lt.it", align="right")
    st.line(56, 760, A4W - 56, 760, 1.0)
    fl.y = 748
    fl.line(HB, 11, "SETTORE POLIZIA LOCALE", align="center", leading=14)
    fl.line(H, 9.5, "Servizio Viabilità e Traffico", align="center", leading=20)
    # title drawn by Tc
    fl.line(HB, 15, "ORDINANZA", align="center", tc=7.5, leading=20)
    fl.line(HB, 11, "N. 48 del 16/03/2026", align="center", leading=14)
    fl.line(H, 8.5, "(Registro di Settore n. 19)", align="center", leading=14)
    y = fl.y
    st.rect(56, y - 46, fl.width, 46, 0.6, fill=0.94)
    st.text(HB, 10, 64, y - 14, "OGGETTO:")
    fl.y = y - 4
    fl.para(HB, 10, SUBJECT, leading=13, x=120, width=fl.width - 72, justify=False, space_after=0)
    fl.y = y - 58
    fl.line(HB, 10.5, "IL COMANDANTE DELLA POLIZIA LOCALE", align="center", leading=18)
    prem = [
        "Vista la nota prot. n. 11873 del 10/03/2026, con la quale il gestore del servizio idrico "
        "integrato ha comunicato l'avvio dei lavori di rifacimento della condotta idrica e degli "
        "allacci d'utenza in via Vitruvio, nel tratto compreso tra largo Paone e via Lavanga, e ha "
        "chiesto l'adozione dei provvedimenti necessari alla sicurezza del cantiere;",
        "Considerato che, per l'esecuzione dei lavori in condizioni di sicurezza, è necessario "
        "istituire il divieto di sosta con rimozione forzata e regolare il transito a senso unico "
        "alternato, così da garantire la fluidità della circolazione e l'accesso ai mezzi di soccorso;",
        "Ritenuto di dover disporre, altresì, la chiusura temporanea di largo Paone, poiché la "
        "carreggiata, ridotta dall'area di cantiere, non consente il passaggio in sicurezza dei veicoli;",
        "Visti gli artt. 5, 6, 7 e 21 del D.Lgs. 30 aprile 1992, n. 285 (Nuovo Codice della Strada) "
        "e il relativo Regolamento di esecuzione approvato con D.P.R. 16 dicembre 1992, n. 495;",
        "Visto l'art. 107 del D.Lgs. 18 agosto 2000, n. 267, e il decreto sindacale n. 9 del "
        "02/01/2026 di conferimento dell'incarico di Comandante del Corpo di Polizia Locale;",
    ]
    for i, p in enumerate(prem):
        fl.para(H, 9.6, p, leading=12.4, mode="tw", tc=0.12 if i % 2 else 0.0, indent=14)
    fl.space(2)
    fl.need(24)
    fl.line(HB, 11, "ORDINA", align="center", tc=3, leading=18)
    punti = [
        "1. dalle ore 7:00 del 23/03/2026 alle ore 19:00 del 03/04/2026, e comunque fino al "
        "termine dei lavori, l'istituzione del divieto di sosta con rimozione forzata su entrambi i "
        "lati di via Vitruvio, nel tratto compreso tra largo Paone e via Lavanga;",
        "2. nello stesso periodo, l'istituzione del senso unico alternato nel tratto interessato "
        "dal cantiere, regolato da impianto semaforico o da movieri, con limite di velocità di 30 km/h;",
        "3. la chiusura al transito veicolare di largo Paone, eccetto i mezzi di soccorso, delle "
        "Forze dell'Ordine e quelli diretti ai passi carrabili, che potranno transitare a passo d'uomo;",
        "4. all'impresa esecutrice, l'apposizione della segnaletica prevista dal D.M. 10 luglio "
        "2002 almeno 48 ore prima dell'inizio dei lavori e la sua rimozione al termine degli stessi;",
        "5. la sospensione, per la durata dei lavori, della fermata del trasporto pubblico urbano "
        "di via Vitruvio, civico 112, temporaneamente spostata in via Abate Tosti.",
    ]
    for p in punti:
        fl.para(H, 9.6, p, leading=12.4, mode="tj")
    fl.space(2)
    fl.need(24)
    fl.line(HB, 11, "DISPONE", align="center", tc=3, leading=18)
    fl.para(H, 9.6, "che la presente ordinanza sia resa nota mediante pubblicazione all'Albo Pretorio "
            "on line e l'apposizione della prescritta segnaletica, e che sia trasmessa al Comando "
            "Stazione Carabinieri di Formia, al Commissariato di P.S., ai Vigili del Fuoco e al "
            "servizio di trasporto pubblico locale. Gli organi di polizia stradale di cui all'art. 12 "
            "del Codice della Strada sono incaricati di farla osservare.", leading=12.4, mode="tw")
    fl.need(24)
    fl.line(HB, 11, "AVVERTE", align="center", tc=3, leading=18)
    fl.para(H, 9.6, "che contro il presente provvedimento è ammesso ricorso al Tribunale "
            "Amministrativo Regionale del Lazio, sezione di Latina, entro sessanta giorni dalla "
            "pubblicazione, ovvero ricorso straordinario al Presidente della Repubblica entro "
            "centoventi giorni; è altresì ammesso ricorso al Ministero delle Infrastrutture e dei "
            "Trasporti, ai sensi dell'art. 37, comma 3, del Codice della Strada, entro sessanta giorni.",
            leading=12.4, mode="syl")
    fl.space(4)
    fl.need(44)
    st = fl.st
    st.text(H, 9.8, 56, fl.y - 10, "Formia, 16/03/2026")
    st.text(HB, 9.8, A4W - 56 - 220, fl.y - 10, "IL COMANDANTE", align="center", width=220)
    st.text(H, 9.8, A4W - 56 - 220, fl.y - 24, "Ten. Col. Dott. Luca Marzullo", align="center", width=220)
    st.text(HO, 8, A4W - 56 - 220, fl.y - 36, "(firmato digitalmente)", align="center", width=220)
    res = {"Font": {"F1": H.ref, "F2": HB.ref, "F3": HO.ref}}
    for p in fl.pages:
        pdf.page(p.data(), res)
    return pdf, len(fl.pages)


if __name__ == "__main__":
    _, n = build(0)
    pdf, n2 = build(n)
    pdf.write(OUT)
    print(OUT, n2, "pages")
