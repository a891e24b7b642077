package batch

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
)

// Shard is one worker's share of a corpus: of N workers started on the same
// corpus with shards 0/N … N-1/N, each extracts the documents whose PDF
// digest falls in its share, so together they cover every document exactly
// once, and a document stays in the same share from run to run (its
// digest never changes) however the corpus grows. The zero value is the
// whole corpus.
type Shard struct {
	Index int // 0 ≤ Index < Count
	Count int // 0 or 1: no sharding
}

// ParseShard reads "i/N" (as --shard takes it and a Kubernetes Indexed Job
// builds it from JOB_COMPLETION_INDEX): 0 ≤ i < N.
func ParseShard(s string) (Shard, error) {
	is, ns, ok := strings.Cut(s, "/")
	if !ok {
		return Shard{}, fmt.Errorf("shard %q: want i/N, e.g. 0/4", s)
	}
	i, err := strconv.Atoi(is)
	if err != nil {
		return Shard{}, fmt.Errorf("shard %q: index %q is not a number", s, is)
	}
	n, err := strconv.Atoi(ns)
	if err != nil {
		return Shard{}, fmt.Errorf("shard %q: count %q is not a number", s, ns)
	}
	if n < 1 {
		return Shard{}, fmt.Errorf("shard %q: count must be at least 1", s)
	}
	if i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: index must be from 0 to %d", s, n-1)
	}
	return Shard{Index: i, Count: n}, nil
}

// String is the shard as ParseShard reads it.
func (sh Shard) String() string {
	if sh.Count <= 1 {
		return "0/1"
	}
	return fmt.Sprintf("%d/%d", sh.Index, sh.Count)
}

// Holds says whether the document whose PDF has digest sha is in the
// shard. The share is the digest's first eight bytes modulo the count: a
// SHA-256 is uniform, so the shares are even.
func (sh Shard) Holds(sha string) bool {
	if sh.Count <= 1 {
		return true
	}
	b, err := hex.DecodeString(sha[:min(len(sha), 16)])
	if err != nil || len(b) < 8 {
		// Not a digest (the store never yields one): shard 0 takes it, so
		// it is still covered once.
		return sh.Index == 0
	}
	return binary.BigEndian.Uint64(b)%uint64(sh.Count) == uint64(sh.Index)
}
