package index

// pairTable maps the (frequency, norm) pairs of a term's postings to
// values: most in a table, as a term meets a few dozen pairs, at every
// posting; the rest in a map. The norm is keyed by its bits (normBits).
// The zero pairTable is empty and ready to use.
type pairTable[V any] struct {
	rows  [tableFreqs][]pairSlot[V] // made on first use
	other map[uint64]V              // by frequency << 32 | the norm's bits
}

type pairSlot[V any] struct {
	value V
	set   bool
}

// The table holds frequencies 1 to tableFreqs and norms (field lengths)
// under tableNorms.
const (
	tableFreqs = 4
	tableNorms = 1024
)

// get is the value of the pair (freq, the norm's bits), if set.
func (t *pairTable[V]) get(freq, norm uint64) (V, bool) {
	if freq-1 < tableFreqs && norm < tableNorms {
		if row := t.rows[freq-1]; row != nil {
			return row[norm].value, row[norm].set
		}
		var zero V
		return zero, false
	}
	v, ok := t.other[freq<<32|norm]
	return v, ok
}

// set gives the pair (freq, the norm's bits) the value v.
func (t *pairTable[V]) set(freq, norm uint64, v V) {
	if freq-1 >= tableFreqs || norm >= tableNorms {
		if t.other == nil {
			t.other = map[uint64]V{}
		}
		t.other[freq<<32|norm] = v
		return
	}
	if t.rows[freq-1] == nil {
		t.rows[freq-1] = make([]pairSlot[V], tableNorms)
	}
	t.rows[freq-1][norm] = pairSlot[V]{value: v, set: true}
}
