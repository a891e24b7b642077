import os
OUT="/tmp/round15/java-15/source/src/main/resources/jrxml"
def esc(s): return s.replace("&","&amp;").replace("<","&lt;").replace(">","&gt;")
FONTS={
 "helv":('DejaVu Sans','pdfFontName="Helvetica"','pdfFontName="Helvetica-Bold"',''),
 "times":('DejaVu Serif','pdfFontName="Times-Roman"','pdfFontName="Times-Bold"',''),
 "djserif":('DejaVu Serif','pdfFontName="/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf" pdfEncoding="Identity-H" isPdfEmbedded="true"','pdfFontName="/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf" pdfEncoding="Identity-H" isPdfEmbedded="true"',''),
 "djcond":('DejaVu Sans Condensed','pdfFontName="/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf" pdfEncoding="Identity-H" isPdfEmbedded="true"','pdfFontName="/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf" pdfEncoding="Identity-H" isPdfEmbedded="true"',''),
}
def st(x,y,w,h,text,style="n",align="Left",box=False,size=None):
    b='<box><pen lineWidth="0.6"/><leftPen lineWidth="0.6"/><topPen lineWidth="0.6"/><rightPen lineWidth="0.6"/><bottomPen lineWidth="0.6"/></box><box padding="3"/>' if box else ''
    b = '<box leftPadding="3" rightPadding="3"><pen lineWidth="0.6"/></box>' if box else ''
    sz=f' size="{size}"' if size else ''
    f=f'<font{sz}/>' if size else ''
    return f'<staticText><reportElement style="{style}" x="{x}" y="{y}" width="{w}" height="{h}"/>{b}<textElement textAlignment="{align}" verticalAlignment="Middle">{f}</textElement><text><![CDATA[{text}]]></text></staticText>'
def tf(x,y,w,h,expr,style="n",align="Left",box=False,stretch=False,size=None,evalt=None,valign="Middle",markup=None):
    b = '<box leftPadding="3" rightPadding="3"><pen lineWidth="0.6"/></box>' if box else ''
    sz=f'<font size="{size}"/>' if size else ''
    adj=' textAdjust="StretchHeight"' if stretch else ''
    ev=f' evaluationTime="{evalt}"' if evalt else ''
    mk=f' markup="{markup}"' if markup else ''
    pos=' positionType="Float"' if False else ''
    return f'<textField{adj}{ev}><reportElement style="{style}" x="{x}" y="{y}" width="{w}" height="{h}" stretchType="NoStretch"/>{b}<textElement textAlignment="{align}" verticalAlignment="{valign}"{mk}>{sz}</textElement><textFieldExpression><![CDATA[{expr}]]></textFieldExpression></textField>'
def rect(x,y,w,h): return f'<rectangle><reportElement x="{x}" y="{y}" width="{w}" height="{h}"/><graphicElement><pen lineWidth="0.6"/></graphicElement></rectangle>'
def line(x,y,w): return f'<line><reportElement x="{x}" y="{y}" width="{w}" height="1"/><graphicElement><pen lineWidth="0.6"/></graphicElement></line>'
def report(name,font,title_h,title,cw=495,detail_bands=None,header=None,footer=None,size=9.5,lm=50,params=()):
    fn,pn,pb,_=FONTS[font]
    ps="".join(f'<parameter name="{p}" class="java.lang.String"/>' for p in params)
    bands="".join(f'<band height="{h}" splitType="Stretch"><printWhenExpression><![CDATA[$F{{kind}}.equals("{k}")]]></printWhenExpression>{body}</band>' for k,h,body in detail_bands)
    ph = f'<pageHeader><band height="{header[0]}"><printWhenExpression><![CDATA[$V{{PAGE_NUMBER}} > 1]]></printWhenExpression>{header[1]}</band></pageHeader>' if header else ''
    x=f'''<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports http://jasperreports.sourceforge.net/xsd/jasperreport.xsd" name="{name}" pageWidth="595" pageHeight="842" columnWidth="{cw}" leftMargin="{lm}" rightMargin="{595-lm-cw}" topMargin="36" bottomMargin="30" whenNoDataType="AllSectionsNoDetail">
<style name="n" isDefault="true" fontName="{fn}" fontSize="{size}" {pn}/>
<style name="b" fontName="{fn}" fontSize="{size}" isBold="true" {pb}/>
{ps}
<field name="kind" class="java.lang.String"/><field name="c1" class="java.lang.String"/><field name="c2" class="java.lang.String"/><field name="c3" class="java.lang.String"/><field name="c4" class="java.lang.String"/>
<title><band height="{title_h}" splitType="Stretch">{title}</band></title>
{ph}
<detail>{bands}</detail>
<pageFooter><band height="{footer[0]}">{footer[1]}</band></pageFooter>
</jasperReport>'''
    open(f"{OUT}/{name}.jrxml","w").write(x)

CW=495
def common_bands(num_w=22):
    return [
     ("PARA",16,tf(0,1,CW,14,'$F{c1}',"n","Justified",stretch=True,valign="Top")),
     ("HEAD",22,tf(0,4,CW,15,'$F{c1}',"b","Center")),
     ("POINT",16,tf(8,1,num_w,14,'$F{c1}',"n","Left",valign="Top")+tf(8+num_w,1,CW-8-num_w,14,'$F{c2}',"n","Justified",stretch=True,valign="Top")),
     ("SIG",40,tf(0,4,240,34,'$F{c1}',"n","Center",stretch=True,valign="Top")+tf(255,4,240,34,'$F{c2}',"n","Center",stretch=True,valign="Top")),
     ("GAP",8,""),
    ]
def footer(left):
    return (26, line(0,2,CW)+tf(0,6,380,12,left,"n","Left",size=7)+tf(380,6,85,12,'"Pagina " + $V{PAGE_NUMBER} + " di"',"n","Right",size=7)+tf(465,6,30,12,'" " + $V{PAGE_NUMBER}',"n","Left",size=7,evalt="Report"))

# I. Siniscola, Giunta, Sicraweb style
t = (tf(0,0,CW,18,'$P{MUN}',"b","Center",size=15)+tf(0,18,CW,12,'$P{PROV}',"n","Center",size=9)+line(0,36,CW)
  +st(0,44,CW,18,"VERBALE DI DELIBERAZIONE DELLA GIUNTA COMUNALE","b","Center",size=11.5)
  +st(0,68,70,18,"N.","b","Left",box=True)+tf(70,68,90,18,'$P{NUM}',"b","Left",box=True)+st(160,68,70,18,"del","b","Left",box=True)+tf(230,68,265,18,'$P{DATA}',"b","Left",box=True)
  +st(0,86,70,18,"Proposta","n","Left",box=True)+tf(70,86,425,18,'$P{PROP}',"n","Left",box=True)
  +st(0,112,70,14,"OGGETTO:","b","Left",) + tf(70,112,425,14,'$P{OGG}',"b","Justified",stretch=True,valign="Top")
  )
t2 = ('<frame><reportElement positionType="Float" x="0" y="138" width="495" height="30"/>' + tf(0,0,CW,28,'$P{INTRO}',"n","Justified",stretch=True,valign="Top")+'</frame>')
bands=[("ROLLHEAD",18,st(40,0,200,18,"Componente","b","Left",box=True)+st(240,0,140,18,"Carica","b","Left",box=True)+st(380,0,70,18,"Presenza","b","Center",box=True)),
       ("ROLL",18,tf(40,0,200,18,'$F{c1}',"n","Left",box=True)+tf(240,0,140,18,'$F{c2}',"n","Left",box=True)+tf(380,0,70,18,'$F{c3}',"n","Center",box=True)),
       ("ROLLTOT",22,tf(40,0,410,18,'$F{c1}',"b","Right",box=True))]+common_bands()
report("giunta_sicraweb","helv",172,t+t2,detail_bands=bands,footer=footer('"Deliberazione di Giunta Comunale n. " + $P{NUM} + " del " + $P{DATA} + " - Comune di Siniscola"'),params=("MUN","PROV","NUM","DATA","PROP","OGG","INTRO"))

# J. Piombino, determinazione, Civilia Next style
t = (tf(0,-4,CW,22,'$P{MUN}',"b","Left",size=14)+tf(0,17,CW,12,'$P{PROV}',"n","Left",size=8.5)+line(0,34,CW)
  +tf(0,40,CW,16,'$P{SETTORE}',"b","Left",size=10.5)+tf(0,56,CW,14,'$P{SERVIZIO}',"n","Left")
  +rect(0,76,CW,62)
  +st(0,80,CW,16,"DETERMINAZIONE DIRIGENZIALE","b","Center",size=11)
  +st(10,100,120,16,"N. Registro Generale","n","Left")+tf(130,100,60,16,'$P{NUM}',"b","Left")+st(190,100,30,16,"del","n","Left")+tf(220,100,80,16,'$P{DATA}',"b","Left")
  +st(10,118,120,16,"N. Registro Settore","n","Left")+tf(130,118,60,16,'$P{NSETT}',"n","Left")+st(190,118,30,16,"del","n","Left")+tf(220,118,80,16,'$P{DSETT}',"n","Left")
  +st(310,100,70,16,"Proposta n.","n","Left")+tf(380,100,110,16,'$P{PROP}',"n","Left")
  +st(0,146,62,14,"OGGETTO:","b","Left")+tf(62,146,433,14,'$P{OGG}',"b","Justified",stretch=True,valign="Top"))
bands=common_bands(20)
report("determina_civilia","djserif",168,t,detail_bands=bands,size=9.5,footer=footer('"Determinazione n. " + $P{NUM} + " del " + $P{DATA} + " - Comune di Piombino - documento firmato digitalmente"'),params=("MUN","PROV","SETTORE","SERVIZIO","NUM","DATA","NSETT","DSETT","PROP","OGG"))

# K. Sapri, ordinanza, Studio K style
t = (tf(0,-4,CW,24,'$P{MUN}',"b","Center",size=16)+tf(0,19,CW,12,'$P{PROV}',"n","Center",size=9)+tf(0,31,CW,11,'$P{ADDR}',"n","Center",size=7.5)+line(0,48,CW)
  +rect(90,58,315,40)+st(90,60,315,18,"ORDINANZA SINDACALE","b","Center",size=13)
  +st(150,79,30,16,"N.","b","Right")+tf(182,79,40,16,'$P{NUM}',"b","Left")+st(222,79,30,16,"del","b","Center")+tf(254,79,100,16,'$P{DATA}',"b","Left")
  +st(0,108,65,14,"OGGETTO:","b","Left")+tf(65,108,430,14,'$P{OGG}',"b","Justified",stretch=True,valign="Top"))
bands=common_bands(18)
report("ordinanza_studiok","times",130,t,detail_bands=bands,size=11,footer=footer('"Comune di Sapri - Ordinanza n. " + $P{NUM} + "/2026"'),params=("MUN","PROV","ADDR","NUM","DATA","OGG"))

# L. Pesaro, allegato (graduatoria), Datagraph style
t = (tf(0,-3,CW,20,'$P{MUN}',"b","Center",size=13)+tf(0,16,CW,12,'$P{SERV}',"n","Center",size=9)
  +tf(0,34,CW,14,'$P{ALL}',"b","Right",size=9.5)+tf(0,54,CW,28,'$P{TIT}',"b","Center",stretch=True,size=11,valign="Top")+tf(0,86,CW,26,'$P{NOTE}',"n","Justified",stretch=True,size=8.5,valign="Top"))
hdr=(st(0,0,28,24,"N.","b","Center",box=True,size=8)+st(28,0,90,24,"Prot. domanda","b","Center",box=True,size=8)+st(118,0,90,24,"Codice domanda","b","Center",box=True,size=8)
     +st(208,0,70,24,"Nucleo (comp.)","b","Center",box=True,size=8)+st(278,0,75,24,"ISEE (€)","b","Center",box=True,size=8)+st(353,0,70,24,"Canone annuo (€)","b","Center",box=True,size=8)+st(423,0,72,24,"Contributo (€)","b","Center",box=True,size=8))
def cols(prefix):
    return (tf(0,0,28,16,'$F{c1}.split("\\\\|")[0]',"n","Center",box=True,size=8)+tf(28,0,90,16,'$F{c1}.split("\\\\|")[1]',"n","Center",box=True,size=8)+tf(118,0,90,16,'$F{c1}.split("\\\\|")[2]',"n","Center",box=True,size=8)
     +tf(208,0,70,16,'$F{c1}.split("\\\\|")[3]',"n","Center",box=True,size=8)+tf(278,0,75,16,'$F{c1}.split("\\\\|")[4]',"n","Right",box=True,size=8)+tf(353,0,70,16,'$F{c1}.split("\\\\|")[5]',"n","Right",box=True,size=8)+tf(423,0,72,16,'$F{c1}.split("\\\\|")[6]',"n","Right",box=True,size=8))
bands=[("TABHEAD",24,hdr),("ROW",16,cols("")),("TOT",22,tf(0,0,423,16,'$F{c1}',"b","Right",box=True,size=8)+tf(423,0,72,16,'$F{c2}',"b","Right",box=True,size=8))]+common_bands()
report("allegato_datagraph","djcond",116,t,detail_bands=bands,size=8.5,header=(42,tf(0,0,CW,12,'$P{ALL}',"n","Right",size=7.5)+'<frame><reportElement x="0" y="14" width="495" height="24"/>'+hdr.replace('y="0"','y="0"')+'</frame>'),footer=footer('"Comune di Pesaro - Servizio Politiche Abitative - " + $P{ALL}'),params=("MUN","SERV","ALL","TIT","NOTE"))
