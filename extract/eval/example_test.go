package eval_test

import (
	"fmt"
	"os"

	"github.com/openalbo/albo/extract"
	"github.com/openalbo/albo/extract/eval"
)

// Compare scores an extraction against answers and lists what differs.
func ExampleCompare() {
	gold, err := eval.ParseGold(nil, nil, []byte(`[
		{"section": "S", "page_ref": "3", "directorate": "Direzione A", "kind": "new", "counterpart": null, "reason": null, "text": "Uno"},
		{"section": "S", "page_ref": "3", "directorate": "Direzione A", "kind": "new", "counterpart": null, "reason": null, "text": "Due"}
	]`))
	if err != nil {
		fmt.Println(err)
		return
	}
	res := &extract.Result{Changes: []extract.Change{
		{Section: "S", PageRef: "3", Directorate: "Direzione A", Kind: extract.ChangeNew, Text: "Uno"},
		{Section: "S", PageRef: "4", Directorate: "Direzione A", Kind: extract.ChangeNew, Text: "Due"},
	}}
	report := eval.Compare(res, gold)
	report.WriteText(os.Stdout)
	// Output:
	// type                                   gold extracted correct precision recall     f1
	// changes                                   2         2       1     0.500  0.500  0.500
	//
	// 1 mismatch(es):
	// changes [1] Direzione A: Due: differs page_ref
	//     want: "3"
	//     got:  "4"
}
