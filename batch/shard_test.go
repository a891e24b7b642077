package batch_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/openalbo/albo/batch"
)

func TestParseShard(t *testing.T) {
	tests := []struct {
		in      string
		want    batch.Shard
		wantErr bool
	}{
		{"0/1", batch.Shard{Index: 0, Count: 1}, false},
		{"2/4", batch.Shard{Index: 2, Count: 4}, false},
		{"4/4", batch.Shard{}, true},
		{"-1/4", batch.Shard{}, true},
		{"1/0", batch.Shard{}, true},
		{"1", batch.Shard{}, true},
		{"a/4", batch.Shard{}, true},
		{"1/b", batch.Shard{}, true},
		{"", batch.Shard{}, true},
	}
	for _, tt := range tests {
		got, err := batch.ParseShard(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseShard(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err == nil && got.String() != tt.in {
			t.Errorf("ParseShard(%q).String() = %q", tt.in, got.String())
		}
	}
}

// TestShardsPartitionTheCorpus runs N sharded batches one after the other
// on one corpus, as N workers would: every document is extracted by
// exactly one shard, and a stale pass of every shard then finds nothing
// left.
func TestShardsPartitionTheCorpus(t *testing.T) {
	ctx := context.Background()
	const docs = 40
	store, damaged := newCorpus(t, docs, 0, 0)
	if len(damaged) != 0 {
		t.Fatalf("%d damaged acts in a corpus asked to have none", len(damaged))
	}
	for _, n := range []int{1, 3, 4} {
		t.Run(fmt.Sprintf("%d shards", n), func(t *testing.T) {
			mode := batch.All
			sum, covered := 0, make(map[string]int)
			for i := range n {
				sh := batch.Shard{Index: i, Count: n}
				var seen []string
				got, err := batch.Run(ctx, store, batch.Options{Workers: 2, Mode: mode, Shard: sh,
					Progress: func(p batch.Progress) { seen = append(seen, p.Last) }})
				if err != nil {
					t.Fatal(err)
				}
				if got.Extracted != got.Documents || got.Failed != 0 {
					t.Fatalf("shard %v: %+v", sh, got)
				}
				if n > 1 && (got.Documents == 0 || got.Documents == docs) {
					t.Errorf("shard %v took %d of %d documents: not a share", sh, got.Documents, docs)
				}
				sum += got.Documents
				for _, d := range seen {
					covered[d]++
				}
			}
			if sum != docs || len(covered) != docs {
				t.Errorf("%d shards took %d documents (%d distinct), want %d", n, sum, len(covered), docs)
			}
			for d, k := range covered {
				if k != 1 {
					t.Errorf("%s extracted by %d shards", d, k)
				}
			}
		})
	}
	// A stale pass of each shard after the others: nothing left to do.
	for i := range 3 {
		got, err := batch.Run(ctx, store, batch.Options{Shard: batch.Shard{Index: i, Count: 3}})
		if err != nil {
			t.Fatal(err)
		}
		if got.Extracted != 0 || got.UpToDate != got.Documents {
			t.Errorf("stale shard %d/3 after a full pass: %+v", i, got)
		}
	}
}

// TestShardIsStable: a document's share depends on its digest alone.
func TestShardIsStable(t *testing.T) {
	sha := "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
	holders := 0
	for i := range 5 {
		if (batch.Shard{Index: i, Count: 5}).Holds(sha) {
			holders++
			if !(batch.Shard{Index: i, Count: 5}).Holds(sha) {
				t.Error("Holds changed its answer")
			}
		}
	}
	if holders != 1 {
		t.Errorf("%d of 5 shards hold one digest, want 1", holders)
	}
	if !(batch.Shard{}).Holds(sha) {
		t.Error("the zero shard must hold everything")
	}
}

// FuzzParseShard: any --shard value is refused with an error or read into a
// shard that prints back the same and holds a digest with exactly one of
// its siblings.
func FuzzParseShard(f *testing.F) {
	for _, s := range []string{"0/1", "3/8", "8/8", "-1/2", "1/-2", "/", "0/0", "99999999999999999999/1", "1/2/3", " 1/2"} {
		f.Add(s)
	}
	const sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
	f.Fuzz(func(t *testing.T, s string) {
		sh, err := batch.ParseShard(s)
		if err != nil {
			return
		}
		if sh.Index < 0 || sh.Index >= sh.Count {
			t.Fatalf("ParseShard(%q) = %+v: out of range", s, sh)
		}
		if again, err := batch.ParseShard(sh.String()); err != nil || again != sh {
			t.Fatalf("ParseShard(%q) = %+v prints %q, which reads back as %+v, %v", s, sh, sh.String(), again, err)
		}
		if sh.Count > 64 {
			return // checking every sibling would be slow, not more telling
		}
		holders := 0
		for i := range sh.Count {
			if (batch.Shard{Index: i, Count: sh.Count}).Holds(sha) {
				holders++
			}
		}
		if holders != 1 {
			t.Fatalf("%d of %d shards hold one digest", holders, sh.Count)
		}
	})
}
