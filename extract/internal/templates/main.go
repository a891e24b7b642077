// Command templates prints the acts of extract/testdata/templates, HTML
// written in the layouts other municipal software gives its acts, to PDF
// with headless Chromium: the documents TestTemplateActs reads and scores
// against templates/keys.json.
//
//	go run ./extract/internal/templates            # from the repository root
//	go run ./extract/internal/templates -chromium /usr/bin/chromium
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	dir := flag.String("dir", filepath.Join("extract", "testdata", "templates"), "folder of the HTML acts")
	chromium := flag.String("chromium", "chromium", "headless Chromium to print with")
	flag.Parse()
	pages, err := filepath.Glob(filepath.Join(*dir, "*.html"))
	if err != nil || len(pages) == 0 {
		log.Fatalf("templates: no HTML act in %s", *dir)
	}
	for _, page := range pages {
		if err := printPDF(*chromium, page); err != nil {
			log.Fatalf("templates: %s: %v", page, err)
		}
		fmt.Println(strings.TrimSuffix(page, ".html") + ".pdf")
	}
}

// printPDF writes page's PDF beside it.
func printPDF(chromium, page string) error {
	abs, err := filepath.Abs(page)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu",
		"--no-pdf-header-footer", "--print-to-pdf="+strings.TrimSuffix(abs, ".html")+".pdf", "file://"+abs)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v\n%s", chromium, err, out)
	}
	return nil
}
