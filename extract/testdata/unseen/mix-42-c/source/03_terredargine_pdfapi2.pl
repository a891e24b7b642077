#!/usr/bin/perl
# Deliberazione della Giunta dell'Unione delle Terre d'Argine, printed by an in-house Perl/CGI
# "registro atti" application through PDF::API2 (plain text flow, Times-like TrueType font).
use strict; use warnings; use utf8;
use PDF::API2;
my $out = shift or die "usage: $0 out.pdf\n";
my $pdf = PDF::API2->new();
$pdf->info(Title => 'Delibera GU 29/2026', Author => 'Unione delle Terre d\'Argine - Segreteria Generale',
           Creator => 'RegistroAtti 3.2 (perl)', Producer => "PDF::API2 $PDF::API2::VERSION");
my $FD = '/usr/share/fonts/truetype/liberation/';
my $R = $pdf->ttfont($FD.'LiberationSerif-Regular.ttf');
my $B = $pdf->ttfont($FD.'LiberationSerif-Bold.ttf');
my $I = $pdf->ttfont($FD.'LiberationSerif-Italic.ttf');
my $S = $pdf->ttfont($FD.'LiberationSans-Regular.ttf');
my ($W, $H) = (595, 842); my ($LM, $RM, $TOP, $BOT) = (62, 62, 760, 70);
my ($page, $txt, $gfx, $y, $pno) = (undef, undef, undef, 0, 0);
my @pages;

sub newpage {
    $page = $pdf->page(); $page->mediabox($W, $H); $pno++; push @pages, $page;
    $gfx = $page->gfx(); $txt = $page->text();
    # running head
    $txt->font($S, 7.5); $txt->fillcolor('#444444');
    $txt->translate($LM, $H-40); $txt->text("Unione delle Terre d'Argine - Registro delle deliberazioni della Giunta - Anno 2026");
    $txt->translate($W-$RM, $H-40); $txt->text_right("Delibera n. 29 / 2026");
    $gfx->strokecolor('#888888'); $gfx->linewidth(0.5); $gfx->move($LM, $H-45); $gfx->line($W-$RM, $H-45); $gfx->stroke();
    $txt->fillcolor('black');
    $y = ($pno == 1) ? $TOP : $H-70;
}
sub wrap {
    my ($font, $size, $width, $s) = @_;
    my @w = split / /, $s; my @lines; my $cur = '';
    for my $x (@w) {
        my $try = $cur eq '' ? $x : "$cur $x";
        if ($txt->advancewidth($try, font => $font, fontsize => $size) > $width && $cur ne '') { push @lines, $cur; $cur = $x; }
        else { $cur = $try }
    }
    push @lines, $cur if $cur ne '';
    return @lines;
}
sub para {
    my ($s, %o) = @_;
    my $font = $o{font} || $R; my $size = $o{size} || 11.5; my $lead = $o{lead} || 15;
    my $ind = $o{indent} || 0; my $hang = $o{hang} || 0; my $align = $o{align} || 'left';
    my @l = wrap($font, $size, $W-$LM-$RM-$ind-$hang, $s);
    my $first = 1;
    for my $l (@l) {
        newpage() if $y < $BOT;
        $txt->font($font, $size);
        if ($align eq 'center') { $txt->translate($W/2, $y); $txt->text_center($l); }
        else {
            my $x = $LM + $ind + ($first ? 0 : $hang);
            $txt->translate($x, $y); $txt->text($l);
        }
        $first = 0; $y -= $lead;
    }
    $y -= ($o{after} // 5);
}

newpage();
# letterhead
$txt->font($B, 15); $txt->translate($W/2, $H-78); $txt->text_center("UNIONE DELLE TERRE D'ARGINE");
$txt->font($I, 10);  $txt->translate($W/2, $H-93); $txt->text_center('Comuni di Carpi, Campogalliano, Novi di Modena, Soliera');
$txt->font($S, 8.5); $txt->translate($W/2, $H-106); $txt->text_center('Provincia di Modena - Corso Alberto Pio n. 91 - 41012 Carpi (MO)');
$gfx->strokecolor('black'); $gfx->linewidth(1); $gfx->move($LM, $H-114); $gfx->line($W-$RM, $H-114); $gfx->stroke();
$y = $H-142;
para("DELIBERAZIONE DELLA GIUNTA DELL'UNIONE N. 29 DEL 18/03/2026", font => $B, size => 12.5, align => 'center', after => 10);
para("OGGETTO: ADESIONE ALLA CONVENZIONE PER LA GESTIONE ASSOCIATA DEL SERVIZIO DI TRASPORTO SCOLASTICO PER GLI ALUNNI CON DISABILITÀ – ANNO SCOLASTICO 2026/2027. INDIRIZZI.", font => $B, size => 11.5, hang => 62, after => 12);
para("L'anno duemilaventisei (2026), il giorno diciotto del mese di marzo, alle ore 13:00, presso la sede dell'Unione in Carpi, Corso Alberto Pio n. 91, Sala della Giunta, si è riunita la Giunta dell'Unione, convocata nelle forme di legge.");
para("Sono presenti i Sigg.: BORSARI LUCIA (Presidente), MALAGOLI ENRICO (Vice Presidente), CAVAZZUTI PAOLA (Componente). Risulta assente il Sig. MONTANARI DAVIDE (Componente).");
para("Presiede la seduta la Presidente dell'Unione, Lucia Borsari. Partecipa il Segretario Generale dell'Unione, Dott. Stefano Pirani, incaricato della redazione del verbale.");
para("La Presidente, riconosciuta la legalità dell'adunanza, invita la Giunta a deliberare sull'oggetto sopra indicato.", after => 10);
para("LA GIUNTA DELL'UNIONE", font => $B, align => 'center', after => 8);
for my $p (
 "Premesso che con deliberazione del Consiglio dell'Unione n. 4 del 26/02/2026 è stata approvata la convenzione tra l'Unione delle Terre d'Argine e i Comuni aderenti per la gestione associata dei servizi scolastici integrativi, ivi compreso il trasporto degli alunni con disabilità frequentanti le scuole dell'infanzia, primarie e secondarie di primo e secondo grado;",
 "Considerato che, per l'anno scolastico 2026/2027, le richieste pervenute al Settore Istruzione dell'Unione ammontano a n. 64 alunni, con un incremento del 12% rispetto all'anno precedente, e che occorre definire gli indirizzi per l'organizzazione del servizio e per la ripartizione della spesa tra i Comuni;",
 "Vista la proposta del Dirigente del Settore Istruzione, Dott.ssa Elisa Righi, n. 41 del 12/03/2026;",
 "Visti gli artt. 30 e 32 del D.Lgs. 18 agosto 2000, n. 267 e lo Statuto dell'Unione;",
 "Dato atto che sono stati acquisiti i pareri favorevoli di regolarità tecnica e contabile ai sensi dell'art. 49 del D.Lgs. 267/2000;",
) { para($p) }
para("Con voti unanimi favorevoli resi nei modi di legge,", after => 8);
para("DELIBERA", font => $B, align => 'center', after => 8);
for my $p (
 "di aderire, per l'anno scolastico 2026/2027, alla convenzione per la gestione associata del servizio di trasporto scolastico per gli alunni con disabilità, secondo gli indirizzi riportati in premessa;",
 "di stabilire che la spesa, stimata in € 412.000,00, sia ripartita tra i Comuni aderenti in proporzione al numero degli alunni trasportati residenti in ciascun Comune, secondo i dati forniti dal Settore Istruzione al 30 giugno 2026;",
 "di demandare al Dirigente del Settore Istruzione l'adozione degli atti di gestione necessari, compreso l'avvio della procedura di affidamento del servizio tramite la Centrale Unica di Committenza dell'Unione.",
) { para("-  $p", indent => 14, hang => 10) }
para("Inoltre, con successiva e separata votazione unanime, la Giunta dell'Unione dichiara la presente deliberazione immediatamente eseguibile ai sensi dell'art. 134, comma 4, del D.Lgs. 267/2000.", after => 18);
para("Letto, approvato e sottoscritto.", after => 14);
newpage() if $y < $BOT + 60;
$txt->font($R, 11);
$txt->translate($LM+80, $y); $txt->text_center('La Presidente');
$txt->translate($W-$RM-90, $y); $txt->text_center('Il Segretario Generale');
$y -= 15;
$txt->translate($LM+80, $y); $txt->text_center('Lucia Borsari');
$txt->translate($W-$RM-90, $y); $txt->text_center('Dott. Stefano Pirani');
$y -= 14; $txt->font($I, 8.5);
$txt->translate($LM+80, $y); $txt->text_center('(firmato digitalmente)');
$txt->translate($W-$RM-90, $y); $txt->text_center('(firmato digitalmente)');
# page numbers
my $n = scalar @pages; my $i = 0;
for my $p (@pages) { $i++; my $t = $p->text(); $t->font($S, 8); $t->translate($W/2, 40); $t->text_center("- $i / $n -"); }
$pdf->saveas($out);
