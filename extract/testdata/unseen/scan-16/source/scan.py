#!/usr/bin/env python3
"""Turn a clean PDF into a scanned-looking image-only PDF (Pillow), per-file config.
Usage: scan.py NAME  (reads SCRATCH/NAME.clean.pdf, writes SCRATCH/NAME.img.pdf)"""
import sys, os, math, random, subprocess, re, glob
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops
SCR = '/tmp/scan-16-scratch'
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONTO = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf'
if not os.path.exists(FONT):
    FONT = glob.glob('/usr/share/fonts/**/DejaVuSans-Bold.ttf', recursive=True)[0]
    FONTO = glob.glob('/usr/share/fonts/**/DejaVuSans-Oblique.ttf', recursive=True)[0]

BLUE = (30, 40, 140); VIOLET = (90, 40, 150); INK = (20, 30, 90); RED = (170, 30, 40)

# per file: dpi, colour, angles per page, bg (paper grey), speckle per page, holes, shadow side,
# sigs: (page, word, occurrence, dx_pt, dy_pt), stamps: (page, word, occ, dx, dy, colour, ring text, centre text)
CFG = {
 'giunta-acquiterme-halley': dict(dpi=300, colour=False, angles=[0.4, -0.3, 0.6], bg=236, speck=500, holes=True, shadow=None,
    sigs=[(2,'SINDACO',-1,-10,28),(2,'SEGRETARIO',-1,0,28),(3,'SEGRETARIO',0,0,22),(3,'SEGRETARIO',-1,0,18)],
    stamps=[(2,'SEGRETARIO',-1,95,35,VIOLET,'CITTÀ DI ACQUI TERME','PROVINCIA DI\nALESSANDRIA'),(3,'SEGRETARIO',-1,95,30,VIOLET,'CITTÀ DI ACQUI TERME','PROVINCIA DI\nALESSANDRIA')]),
 'consiglio-galatina-sicraweb': dict(dpi=300, colour=False, angles=[-0.5, 0.8], bg=232, speck=700, holes=True, shadow='left',
    sigs=[(2,'PRESIDENTE',-1,0,28),(2,'GENERALE',-1,-20,28)],
    stamps=[(2,'GENERALE',-1,60,40,BLUE,'CITTÀ DI GALATINA','PROVINCIA\nDI LECCE')]),
 'giunta-ittiri-siscom': dict(dpi=150, colour=False, angles=[1.1, -0.9], bg=228, speck=300, holes=False, shadow=None,
    sigs=[(2,'PRESIDENTE',-1,0,30),(2,'SEGRETARIO',0,0,30),(2,'SEGRETARIO',1,10,14)],
    stamps=[(2,'PRESIDENTE',-1,-25,30,BLUE,'COMUNE DI ITTIRI','PROVINCIA\nDI SASSARI')],
    ticks=[(2,'dichiarata',-1,-14,-1)]),
 'determina-castelfidardo-jiride': dict(dpi=300, colour=False, angles=[-0.7, 0.35], bg=240, speck=400, holes=False, shadow='left',
    sigs=[(1,'SETTORE',-1,0,28),(2,'FINANZE',-1,-20,28)], stamps=[]),
 'determina-caorle-civilia': dict(dpi=200, colour=True, angles=[0.25], bg=(238,236,228), speck=300, holes=True, shadow=None,
    sigs=[(1,'PERSONA',-1,0,32)], stamps=[]),
 'determina-enna-kibernetes': dict(dpi=150, colour=False, angles=[-1.3], bg=225, speck=350, holes=False, shadow=None,
    sigs=[(1,'SETTORE',-1,0,28),(1,'Servizio',-1,0,14)], stamps=[]),
 'ordinanza-ladispoli-apkappa': dict(dpi=300, colour=True, angles=[0.9], bg=(240,238,232), speck=400, holes=False, shadow='left',
    sigs=[(1,'SINDACO',-1,-10,26)], stamps=[(1,'SINDACO',-1,-95,40,BLUE,'COMUNE DI LADISPOLI','IL SINDACO')]),
 'avviso-dueville-datagraph': dict(dpi=300, colour=False, angles=[-0.2], bg=242, speck=250, holes=False, shadow=None,
    sigs=[(1,'PERSONA',-1,0,30)], stamps=[],
    hand=[(1,'Prot.',0,40,-9,'4317'),(1,'del',0,24,-9,'03/03/2026')]),
 'certificato-deruta-studiok': dict(dpi=300, colour=False, angles=[0.6], bg=234, speck=450, holes=False, shadow=None,
    sigs=[(1,'SEGRETERIA',-1,0,30)], stamps=[(1,'SEGRETERIA',-1,-50,28,BLUE,'COMUNE DI DERUTA','PROVINCIA\nDI PERUGIA')],
    hand=[(1,'N.',-1,22,-6,'743')]),
 'allegato-follonica-word': dict(dpi=300, colour=False, angles=[-0.45], bg=238, speck=300, holes=False, shadow=None,
    sigs=[(1,'PROGETTISTA',-1,0,28),(1,'PROGETTO',-1,0,28)], stamps=[],
    proto=('COMUNE DI FOLLONICA','PROTOCOLLO GENERALE - ARRIVO','N. 0019877','05 GIU 2026')),
 'convocazione-bernalda-hypersic': dict(dpi=300, colour=False, angles=[1.4], bg=230, speck=500, holes=True, shadow=None,
    sigs=[(1,'COMUNALE',-1,0,30)], stamps=[(1,'COMUNALE',-1,-110,35,VIOLET,'COMUNE DI BERNALDA','IL PRESIDENTE\nDEL CONSIGLIO')]),
 'lettera-giarre-sfera': dict(dpi=200, colour=True, angles=[-0.6], bg=(236,236,236), speck=350, holes=False, shadow='right',
    sigs=[(1,'RESPONSABILE',-1,0,30)], stamps=[(1,'RESPONSABILE',-1,-60,40,BLUE,'COMUNE DI GIARRE','AREA 4')]),
}

def words(pdf):
    out = subprocess.run(['pdftotext','-bbox',pdf,'-'],capture_output=True,text=True).stdout
    pages=[]; cur=None
    for line in out.splitlines():
        if '<page ' in line: cur=[]; pages.append(cur)
        m=re.search(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',line)
        if m and cur is not None: cur.append((float(m[1]),float(m[2]),float(m[3]),float(m[4]),m[5]))
    return pages

def find(pages,p,w,occ):
    hits=[b for b in pages[p-1] if b[4]==w]
    return hits[occ]

def scribble(draw,x,y,s,col,seed):
    r=random.Random(seed); pts=[]; phi=r.random()*6
    n=r.randint(60,90); amp=1.0
    for i in range(n):
        if i%12==0: amp=0.5+r.random()*0.9
        t=i*0.42
        px=x+s*0.022*i+s*0.10*math.cos(t+phi)
        py=y-s*0.20*amp*math.sin(t+phi)+s*0.05*math.sin(i*0.05)
        pts.append((px,py))
    w=max(2,int(s/30))
    draw.line(pts,fill=col,width=w,joint='curve')
    draw.line([(x-s*0.05,y+s*0.22),(x+s*0.022*n*0.8,y+s*0.12)],fill=col,width=max(1,w-1))

def round_stamp(col,ring,centre,R):
    S=2*R+20; im=Image.new('RGBA',(S,S),(0,0,0,0)); d=ImageDraw.Draw(im); c=S/2
    d.ellipse([c-R,c-R,c+R,c+R],outline=col+(210,),width=max(3,R//28))
    d.ellipse([c-R*0.66,c-R*0.66,c+R*0.66,c+R*0.66],outline=col+(210,),width=max(2,R//40))
    f=ImageFont.truetype(FONT,int(R*0.2)); n=len(ring); span=min(330,n*13)
    for i,ch in enumerate(ring):
        a=math.radians(-90-span/2+span*i/max(1,n-1))
        g=Image.new('RGBA',(int(R*0.3),int(R*0.3)),(0,0,0,0)); ImageDraw.Draw(g).text((g.width/2,g.height/2),ch,font=f,fill=col+(210,),anchor='mm')
        g=g.rotate(-math.degrees(a)-90,resample=Image.BICUBIC)
        rr=R*0.83; im.alpha_composite(g,(int(c+rr*math.cos(a)-g.width/2),int(c+rr*math.sin(a)-g.height/2)))
    f2=ImageFont.truetype(FONT,int(R*0.14))
    d.multiline_text((c,c),centre,font=f2,fill=col+(210,),anchor='mm',align='center')
    return im.rotate(random.uniform(-25,25),resample=Image.BICUBIC)

def proto_stamp(lines,scale,col=RED):
    f=ImageFont.truetype(FONT,int(11*scale)); W=int(230*scale); H=int(78*scale)
    im=Image.new('RGBA',(W,H),(0,0,0,0)); d=ImageDraw.Draw(im)
    d.rectangle([2,2,W-3,H-3],outline=col+(200,),width=max(2,int(2*scale)))
    for i,l in enumerate(lines): d.text((W/2,int((12+i*17)*scale)),l,font=f,fill=col+(200,),anchor='mt')
    return im.rotate(2.5,expand=True,resample=Image.BICUBIC)

def main(name):
    c=CFG[name]; dpi=c['dpi']; k=dpi/72.0; random.seed(name)
    clean=f'{SCR}/{name}.clean.pdf'; pages=words(clean)
    subprocess.run(['pdftoppm','-r',str(dpi),'-png',clean,f'{SCR}/{name}-r'],check=True)
    files=sorted(glob.glob(f'{SCR}/{name}-r-*.png'))
    out=[]
    for pi,fp in enumerate(files,1):
        im=Image.open(fp).convert('RGBA'); d=ImageDraw.Draw(im)
        for (p,w,o,dx,dy) in c.get('sigs',[]):
            if p!=pi: continue
            b=find(pages,p,w,o); x=(b[0]+dx-15)*k; y=(b[3]+dy)*k
            scribble(d,x,y,70*k,INK if c['colour'] else (40,40,40),name+w+str(o))
        for (p,w,o,dx,dy,txt) in c.get('hand',[]):
            if p!=pi: continue
            b=find(pages,p,w,o); f=ImageFont.truetype(FONTO,int(13*k))
            g=Image.new('RGBA',(int(120*k),int(22*k)),(0,0,0,0)); ImageDraw.Draw(g).text((2,2),txt,font=f,fill=INK+(235,))
            g=g.rotate(3,resample=Image.BICUBIC,expand=True); im.alpha_composite(g,(int((b[0]+dx)*k),int((b[1]+dy)*k)))
        for (p,w,o,dx,dy) in c.get('ticks',[]):
            if p!=pi: continue
            b=find(pages,p,w,o); x=(b[0]+dx)*k; y=(b[1]+dy)*k; s=9*k
            d.line([(x,y+s*0.5),(x+s*0.35,y+s*0.95),(x+s*1.1,y-s*0.2)],fill=(25,25,60,255),width=max(2,int(1.6*k)))
        for (p,w,o,dx,dy,col,ring,centre) in c.get('stamps',[]):
            if p!=pi: continue
            b=find(pages,p,w,o); st=round_stamp(col,ring,centre,int(40*k))
            im.alpha_composite(st,(int((b[0]+dx)*k-st.width/2),int((b[3]+dy)*k-st.height/2)))
        if c.get('proto') and pi==1:
            st=proto_stamp(c['proto'],k*0.9); im.alpha_composite(st,(int(60*k),int(im.height-st.height-150*k)))
        im=im.convert('RGB')
        if not c['colour']: im=im.convert('L')
        # paper tone: multiply white towards bg
        bg=c['bg']
        if c['colour']:
            tone=Image.new('RGB',im.size,bg); im=ImageChops.multiply(im,tone)
        else:
            im=im.point(lambda v: int(v*bg/255))
        # shadow along binding edge
        if c.get('shadow'):
            W,H=im.size; sw=int(0.35*72*k)
            mask=Image.new('L',(W,H),255); md=ImageDraw.Draw(mask)
            for i in range(sw):
                v=int(110+145*(i/sw)**0.6)
                xx=i if c['shadow']=='left' else W-1-i
                md.line([(xx,0),(xx,H)],fill=v)
            im=ImageChops.multiply(im,mask.convert(im.mode) if im.mode=='RGB' else mask)
        d=ImageDraw.Draw(im)
        W,H=im.size; rnd=random.Random(name+str(pi))
        dark=(70,70,70) if im.mode=='RGB' else 70
        for _ in range(c['speck']):
            x=rnd.randrange(W); y=rnd.randrange(H); r=rnd.choice([0,0,1,1,2])*k/4
            d.ellipse([x,y,x+r+1,y+r+1],fill=dark)
        if c.get('holes'):
            for yy in (H*0.5-40*k, H*0.5+40*k):
                x=int(14*k); rr=int(8*k)
                d.ellipse([x-rr,yy-rr,x+rr,yy+rr],fill=(60,60,60) if im.mode=='RGB' else 60)
                d.ellipse([x-rr+3,yy-rr+3,x+rr-3,yy+rr-3],fill=(25,25,25) if im.mode=='RGB' else 25)
        ang=c['angles'][(pi-1)%len(c['angles'])]
        fill=(250,250,250) if im.mode=='RGB' else 250
        im=im.rotate(ang,resample=Image.BICUBIC,expand=False,fillcolor=fill)
        im=im.filter(ImageFilter.GaussianBlur(0.45*k/4))
        out.append(im)
    out[0].save(f'{SCR}/{name}.img.pdf',save_all=True,append_images=out[1:],resolution=dpi)
    for fp in files: os.remove(fp)
    print(name,'pages',len(out))

if __name__=='__main__':
    for n in sys.argv[1:]: main(n)
