// Package albo holds what the whole project shares as data: the sample acts
// embedded in the binary, which `albo demo` serves through the local Albo
// replica and the tests read as fixtures.
package albo

import "embed"

// Samples holds the sample acts: the real Giunta deliberation n. 2187 of
// 06/12/2019 (a faithful rebuild of the published PDF) and the synthetic
// reconstruction of its June 2019 revision n. 1098 (see
// testdata/gold/delibera-1098-2019/README.md).
//
//go:embed testdata/delibera-2187-2019.pdf testdata/delibera-1098-2019.pdf
var Samples embed.FS

// Vocabulary is the hand-checked plan of n. 2187 (directorates, directors
// and objective texts as printed): the real words synthetic acts and
// synthetic index corpora are made of, for benchmarks at any size.
//
//go:embed testdata/gold/delibera-2187-2019/plan.json
var Vocabulary []byte
