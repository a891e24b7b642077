#!/usr/bin/env python3
"""Ciminna, ordinanza sindacale n. 42 of 18/12/2028, "Archimede" house style,
written as hand-made content streams with pikepdf (as a report engine of a
municipal package writes them): base-14 fonts in WinAnsi, justification by
word spacing (Tw), the letterhead and the signature block in Form XObjects
drawn at the end of the page's stream, the dispositivo drawn before the
premises, a publication stamp rotated up the left margin. The number and date
stand only in the signature block at the foot of the act."""
import sys
import pikepdf
from pikepdf import Name, Dictionary, Array
from reportlab.pdfbase.pdfmetrics import stringWidth

out = sys.argv[1]
W, H = 595.28, 841.89
MM = 72 / 25.4
FONTS = {'F1': 'Times-Roman', 'F2': 'Times-Bold', 'F3': 'Times-Italic', 'F4': 'Helvetica', 'F5': 'Helvetica-Bold'}


def enc(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')


def wrap(text, font, size, width, first_width=None):
    words = text.split()
    lines, cur = [], []
    limit = first_width or width
    for w in words:
        trial = ' '.join(cur + [w])
        if cur and stringWidth(trial, FONTS[font], size) > limit:
            lines.append(cur)
            cur = [w]
            limit = width
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return [' '.join(l) for l in lines]


class Block:
    """A run of content-stream operators for one block of text."""
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, font='F1', size=11, tw=0.0):
        self.ops.append(b'BT /%s %.1f Tf %.3f Tw %.2f %.2f Td (%s) Tj ET' %
                        (font.encode(), size, tw, x, y, enc(s)))

    def para(self, x, y, text, width, font='F1', size=11, lead=14, justify=True, indent=0.0, hang=0.0):
        lines = wrap(text, font, size, width - hang, first_width=width - indent)
        for i, ln in enumerate(lines):
            lx = x + (indent if i == 0 else hang)
            lw = width - (indent if i == 0 else hang)
            tw = 0.0
            if justify and i < len(lines) - 1 and ln.count(' '):
                tw = (lw - stringWidth(ln, FONTS[font], size)) / ln.count(' ')
            self.text(lx, y, ln, font, size, tw)
            y -= lead
        return y

    def centre(self, y, s, font='F2', size=12):
        self.text((W - stringWidth(s, FONTS[font], size)) / 2, y, s, font, size)

    def raw(self, b):
        self.ops.append(b)

    def bytes(self):
        return b'\n'.join(self.ops) + b'\n'


pdf = pikepdf.new()
fontres = Dictionary({'/' + k: Dictionary(Type=Name.Font, Subtype=Name.Type1, BaseFont=Name('/' + v),
                                    Encoding=Name.WinAnsiEncoding) for k, v in FONTS.items()})
fontres = pdf.make_indirect(fontres)


def xobject(block, bbox):
    xo = pikepdf.Stream(pdf, block.bytes())
    xo.Type = Name.XObject
    xo.Subtype = Name.Form
    xo.BBox = Array(bbox)
    xo.Resources = Dictionary(Font=fontres)
    return pdf.make_indirect(xo)


# --- letterhead (Form XObject) ---
lh = Block()
lh.raw(b'0.6 w 40 770 m 40 812 l 74 812 l 74 786 l 74 776 57 766 57 766 c 57 766 40 776 40 786 c h S')
lh.text(45, 790, 'CIMINNA', 'F2', 5.5)
lh.text(88, 798, 'COMUNE DI CIMINNA', 'F2', 17)
lh.text(88, 784, 'Città Metropolitana di Palermo', 'F3', 11)
lh.text(88, 772, 'Piazza Umberto I, 1 – 90023 Ciminna (PA) – Tel. 091 8204411', 'F1', 8.5)
lh.raw(b'0.8 w 40 762 m 555 762 l S')
lh.text(400, 798, 'UFFICIO DEL SINDACO', 'F5', 9)
lh.text(400, 787, 'protocollo@pec.comune.ciminna.pa.it', 'F4', 7.5)
LH = xobject(lh, [0, 0, W, H])

# --- signature block (Form XObject), drawn last ---
sg = Block()
sg.text(60, 178, 'Ordinanza n. 42', 'F2', 11)
sg.text(60, 164, 'Registro delle ordinanze sindacali', 'F3', 9)
sg.text(330, 178, 'Dalla Residenza Municipale, 18/12/2028', 'F1', 11)
sg.text(395, 158, 'IL SINDACO', 'F2', 11)
sg.text(375, 144, 'dott. Giuseppe Lo Bue', 'F3', 11)
sg.text(352, 130, '(firmato digitalmente ai sensi del D.Lgs. 82/2005)', 'F1', 7.5)
SG = xobject(sg, [0, 0, W, H])

# --- rotated publication stamp (Form XObject) ---
st = Block()
st.raw(b'0.55 0.1 0.1 RG 0.55 0.1 0.1 rg 1.2 w 0 0 m 330 0 l 330 30 l 0 30 l h S')
st.text(8, 18, "ALBO PRETORIO ON LINE – COMUNE DI CIMINNA", 'F5', 8.5)
st.text(8, 6, "Pubblicata dal 18/12/2028 al 02/01/2029 – Reg. pubbl. n. 1952", 'F4', 8)
ST = xobject(st, [-2, -2, 332, 32])

X0, WIDTH = 60, W - 60 - 45

# --- body, in blocks, laid out top-down and then written in another order ---
head = Block()
y = 728
head.centre(y, 'ORDINANZA SINDACALE', 'F2', 15)
y -= 18
head.centre(y, 'contingibile e urgente', 'F3', 11)
y -= 28
head.text(X0, y, 'OGGETTO:', 'F2', 11)
subj_caps = ("CHIUSURA TEMPORANEA DEL CIMITERO COMUNALE E DIVIETO DI ACCESSO ALL'AREA DI VIA CALVARIO")
subj_low = "per l'esecuzione di lavori urgenti di consolidamento del muro perimetrale lato nord."
ind = 62
y = head.para(X0, y, subj_caps, WIDTH, 'F2', 11, 14, justify=False, indent=ind, hang=ind)
y = head.para(X0, y, subj_low, WIDTH, 'F1', 11, 14, justify=False, indent=ind, hang=ind)
y -= 10
head.centre(y, 'IL SINDACO', 'F2', 12)
y -= 20

prem = Block()
for t in [
    "Premesso che in data 16/12/2028, a seguito delle intense precipitazioni dei giorni precedenti, si è "
    "verificato il parziale crollo di un tratto del muro perimetrale lato nord del cimitero comunale, "
    "prospiciente la Via Calvario, con caduta di materiale lapideo sulla sede stradale;",
    "Vista la relazione di sopralluogo del Responsabile dell'Area Tecnica, prot. n. 14872 del 17/12/2028, "
    "dalla quale risulta che il tratto residuo del muro, per una lunghezza di circa 40 metri, presenta "
    "lesioni passanti e fuori piombo tali da costituire grave pericolo per la pubblica incolumità;",
    "Ritenuto necessario ed urgente interdire l'accesso al cimitero comunale e all'area di Via Calvario "
    "fino all'esecuzione dei lavori di messa in sicurezza e consolidamento;",
    "Visti gli artt. 50 e 54 del D.Lgs. 18 agosto 2000, n. 267, e l'O.R.EE.LL. vigente nella Regione Siciliana;"]:
    y = prem.para(X0, y, t, WIDTH, 'F1', 11, 14, justify=True)
    y -= 5

disp = Block()
y -= 4
disp.centre(y, 'O R D I N A', 'F2', 12)
y -= 20
pts = [
    "la chiusura al pubblico del cimitero comunale dal 19/12/2028 e fino al completamento dei lavori di "
    "messa in sicurezza, fatta eccezione per le operazioni di polizia mortuaria, da svolgersi con l'ausilio "
    "del personale comunale;",
    "il divieto di transito pedonale e veicolare nel tratto di Via Calvario compreso tra l'incrocio con "
    "Via San Giovanni e l'ingresso del cimitero, con esclusione dei mezzi di soccorso e di quelli impegnati "
    "nei lavori;",
    "al Responsabile dell'Area Tecnica di provvedere con somma urgenza all'esecuzione dei lavori di "
    "consolidamento del muro perimetrale, ai sensi dell'art. 140 del D.Lgs. 36/2023."]
for i, t in enumerate(pts, 1):
    disp.text(X0 + 4, y, '%d.' % i, 'F1', 11)
    y = disp.para(X0 + 20, y, t, WIDTH - 20, 'F1', 11, 14, justify=True)
    y -= 4
y -= 6
for t in [
    "DISPONE che la presente ordinanza sia pubblicata all'Albo Pretorio on line, resa nota mediante "
    "affissione di avvisi all'ingresso del cimitero e trasmessa alla Stazione Carabinieri di Ciminna, al "
    "Comando di Polizia Municipale e all'Area Tecnica per quanto di competenza.",
    "Avverso il presente provvedimento è ammesso ricorso al T.A.R. Sicilia entro 60 giorni dalla "
    "pubblicazione, ovvero ricorso straordinario al Presidente della Regione Siciliana entro 120 giorni."]:
    y = disp.para(X0, y, t, WIDTH, 'F1', 11, 14, justify=True)
    y -= 5
assert y > 195, y

foot = Block()
foot.raw(b'0.4 w 40 52 m 555 52 l S')
foot.text(40, 40, 'Archimede Atti Amministrativi – ORD/SIN', 'F4', 7)
foot.text(520, 40, 'Pag. 1/1', 'F4', 7)

# page stream: footer, dispositivo, stamp, premises, heading, then letterhead and signature
stream = b''.join([
    foot.bytes(), disp.bytes(),
    b'q 0 1 -1 0 30 250 cm /St Do Q\n',
    prem.bytes(), head.bytes(),
    b'q /Lh Do Q\n', b'q /Sg Do Q\n'])
page = pikepdf.Page(Dictionary(Type=Name.Page, MediaBox=Array([0, 0, W, H]),
                               Resources=Dictionary(Font=fontres,
                                                    XObject=Dictionary(Lh=LH, Sg=SG, St=ST)),
                               Contents=pdf.make_stream(stream)))
pdf.pages.append(page)
pdf.docinfo[Name.Producer] = 'Archimede Report Engine 3.1'
pdf.docinfo[Name.Title] = 'Ordinanza sindacale n. 42/2028'
pdf.save(out)
