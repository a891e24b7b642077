# Sindaco's ordinance typed in a word processor and archived through DocuWare (stamp line on top) -> odfpy ODT, converted by LibreOffice
import sys
from odf.opendocument import OpenDocumentText
from odf.style import Style, TextProperties, ParagraphProperties, PageLayout, PageLayoutProperties, MasterPage, HeaderStyle, FooterStyle, HeaderFooterProperties, TableColumnProperties, TableProperties, TableCellProperties
from odf.text import P, Span, Tab
from odf.table import Table, TableColumn, TableRow, TableCell
from odf.style import Header, Footer
out=sys.argv[1]
doc=OpenDocumentText()
pl=PageLayout(name='pl'); pl.addElement(PageLayoutProperties(pagewidth='21cm',pageheight='29.7cm',margintop='1.2cm',marginbottom='1.2cm',marginleft='2.3cm',marginright='2.1cm'))
hs=HeaderStyle(); hs.addElement(HeaderFooterProperties(marginbottom='0.4cm')); pl.addElement(hs)
fs=FooterStyle(); fs.addElement(HeaderFooterProperties(margintop='0.4cm')); pl.addElement(fs)
doc.automaticstyles.addElement(pl)
def ps(name,size='11pt',bold=False,align='justify',font='Liberation Serif',after='0.18cm',before='0cm',italic=False,color=None,indent=None,border=None):
    s=Style(name=name,family='paragraph')
    kw=dict(fontsize=size,fontname=font,fontfamily=font)
    if bold: kw['fontweight']='bold'
    if italic: kw['fontstyle']='italic'
    if color: kw['color']=color
    s.addElement(TextProperties(**kw))
    pk=dict(textalign=align,marginbottom=after,margintop=before)
    if indent: pk.update(marginleft=indent[0],textindent=indent[1])
    if border: pk.update(border=border,padding='0.15cm')
    s.addElement(ParagraphProperties(**pk))
    doc.automaticstyles.addElement(s); return s
B=ps('B'); C=ps('C',align='center'); H1=ps('H1','18pt',True,'center',after='0cm'); H2=ps('H2','10.5pt',False,'center',after='0.1cm')
HB=ps('HB','12pt',True,'center',before='0.2cm'); ST=ps('ST','7.5pt',False,'left',font='Liberation Mono',color='#1a3e8c',border='0.5pt solid #1a3e8c')
FT=ps('FT','7.5pt',False,'center',font='Liberation Sans'); L=ps('L',indent=('0.8cm','-0.8cm')); R=ps('R',align='right',after='0cm')
TT=ps('TT','13pt',True,'center',after='0.05cm')
bold=Style(name='bo',family='text'); bold.addElement(TextProperties(fontweight='bold')); doc.automaticstyles.addElement(bold)
mp=MasterPage(name='Standard',pagelayoutname=pl)
h=Header(); h.addElement(P(stylename=ST,text='DocuWare | Archivio: ATTI_FISCIANO | Doc-ID 48213 | Protocollo n. 0005941/2026 del 13/03/2026 - USCITA | Ordinanze sindacali')); mp.addElement(h)
f=Footer(); f.addElement(P(stylename=FT,text='Comune di Fisciano - Piazza Municipio, 1 - 84084 Fisciano (SA) - tel. 089 9501 - protocollo@pec.comune.fisciano.sa.it')); mp.addElement(f)
doc.masterstyles.addElement(mp)
T=doc.text
def add(style,text=None,parts=None):
    p=P(stylename=style)
    if text: p.addText(text)
    if parts:
        for b,t in parts:
            if b: sp=Span(stylename=bold,text=t); p.addElement(sp)
            else: p.addText(t)
    T.addElement(p)
add(C,'[ stemma del Comune ]')
add(H1,'COMUNE DI FISCIANO')
add(H2,'Provincia di Salerno')
add(HB,'IL SINDACO')
add(TT,'ORDINANZA N. 12 DEL 13/03/2026')
add(B,parts=[(True,'OGGETTO: '),(True,"Ordinanza contingibile e urgente per la messa in sicurezza del fabbricato sito in Via Roma n. 48, frazione Lancusi, a seguito del distacco di parte del cornicione.")])
for t in ["PREMESSO che in data 11/03/2026 il Comando di Polizia Locale, a seguito di segnalazione pervenuta da cittadini, ha accertato il distacco di porzioni di intonaco e di parte del cornicione del fabbricato sito in Via Roma n. 48, frazione Lancusi, con caduta di materiale sulla pubblica via;",
 "VISTO il verbale di sopralluogo congiunto del Comando di Polizia Locale e dell'Ufficio Tecnico comunale, prot. n. 5862 del 12/03/2026, dal quale risulta la sussistenza di un pericolo grave e imminente per la pubblica incolumità, per i pedoni e per la circolazione veicolare;",
 "ACCERTATO che il fabbricato risulta di proprietà dei Sigg. indicati nella relazione tecnica conservata agli atti dell'Ufficio Tecnico, ai quali la presente ordinanza sarà notificata individualmente;",
 "RITENUTO necessario e urgente adottare provvedimenti a tutela della pubblica incolumità, nelle more degli interventi definitivi;",
 "VISTI gli artt. 50, comma 5, e 54, comma 4, del D.Lgs. 18 agosto 2000, n. 267, nonché l'art. 7 del D.Lgs. 30 aprile 1992, n. 285;"]:
    add(B,t)
add(HB,'O R D I N A')
add(B,'ai proprietari del fabbricato sito in Via Roma n. 48, frazione Lancusi:')
for i,t in enumerate(["di provvedere, entro 48 (quarantotto) ore dalla notifica della presente, alla rimozione delle parti pericolanti del cornicione e degli intonaci e alla messa in sicurezza provvisoria della facciata prospiciente la pubblica via, a mezzo di ditta specializzata;",
 "di trasmettere all'Ufficio Tecnico comunale, entro 10 (dieci) giorni dall'esecuzione degli interventi, una relazione a firma di tecnico abilitato attestante l'avvenuta eliminazione del pericolo;",
 "di provvedere, entro 90 (novanta) giorni, agli interventi definitivi di ripristino, previo titolo abilitativo ove necessario."],1):
    p=P(stylename=L); p.addText('%d.'%i); p.addElement(Tab()); p.addText(t); T.addElement(p)
add(HB,'D I S P O N E')
add(B,"l'istituzione, con effetto immediato e fino all'avvenuta messa in sicurezza, del divieto di transito pedonale sul marciapiede antistante il civico n. 48 di Via Roma, con delimitazione a cura del Comando di Polizia Locale.")
add(HB,'A V V E R T E')
add(B,"che, in caso di inottemperanza, si procederà all'esecuzione d'ufficio degli interventi con addebito delle spese ai proprietari inadempienti, fatta salva la denuncia all'Autorità giudiziaria ai sensi dell'art. 650 del Codice penale. Avverso la presente ordinanza è ammesso ricorso al T.A.R. Campania – Sezione staccata di Salerno entro 60 giorni dalla notifica, ovvero ricorso straordinario al Presidente della Repubblica entro 120 giorni.")
add(B,"La presente ordinanza è pubblicata all'Albo Pretorio on line, notificata agli interessati e trasmessa al Comando di Polizia Locale, all'Ufficio Tecnico comunale e alla Stazione Carabinieri di Fisciano.")
add(B,'Fisciano, 13/03/2026')
add(R,'IL SINDACO')
add(R,'Avv. Vincenzo Sessa')
add(R,'(firmato digitalmente ai sensi del D.Lgs. 82/2005)')
doc.save(out)
