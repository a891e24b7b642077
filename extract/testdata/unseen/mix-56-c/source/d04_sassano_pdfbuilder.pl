#!/usr/bin/perl
# Determinazione, Comune di Sassano - PDF::Builder, a fixed-pitch print of a legacy
# character-mode procedure (Courier core font, Latin-1), running head and page numbers.
use strict; use warnings; use PDF::Builder;
my ($in, $out) = @ARGV;
open my $fh, '<:encoding(UTF-8)', $in or die; my @lines = <$fh>; close $fh; chomp @lines;
my $pdf = PDF::Builder->new(-compress => 'flate');
$pdf->info(Title => 'DETERMINAZIONE REG. GEN. 211/2026', Creator => 'STAMPA DETERMINE (PROCEDURA A CARATTERI)', Producer => "PDF::Builder $PDF::Builder::VERSION");
my $f  = $pdf->corefont('Courier', -encode => 'latin1');
my $fb = $pdf->corefont('Courier-Bold', -encode => 'latin1');
my $perpage = 66; my $total = int((@lines + $perpage - 1) / $perpage); my $n = 0;
while (@lines) {
  my @chunk = splice(@lines, 0, $perpage); $n++;
  my $page = $pdf->page; $page->mediabox('A4'); my $t = $page->text;
  $t->font($f, 8); $t->translate(40, 815); $t->text("COMUNE DI SASSANO - DETERMINAZIONE R.G. N. 211 DEL 10/03/2026");
  $t->translate(555, 815); $t->text_right("PAG. $n/$total");
  my $y = 790;
  for my $l (@chunk) {
    my $bold = ($l =~ /^(OGGETTO:|\s+D E T E R M I N A|\s+COMUNE DI SASSANO|\s+DETERMINAZIONE DEL)/);
    $t->font($bold ? $fb : $f, 9.5); $t->translate(40, $y); $t->text($l); $y -= 11.6;
  }
}
$pdf->saveas($out);
