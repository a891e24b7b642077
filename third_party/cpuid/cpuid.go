// Package cpuid stands in, for albo, for github.com/klauspost/cpuid/v2:
// it answers the questions albo's dependencies ask of that package (which
// SIMD instructions the processor and the system support) from
// golang.org/x/sys/cpu, which the Go runtime's own packages have already
// asked the processor. See ALBO.md for why and how to update it.
package cpuid

import "golang.org/x/sys/cpu"

// FeatureID is a processor feature.
type FeatureID int

// The features albo's dependencies ask about (klauspost/cpuid's names).
const (
	UNKNOWN FeatureID = iota - 1
	SSE2
	SSE4 // SSE4.1
	CLMUL
	AVX2
	AVX512F
	AVX512DQ
	AVX512VL
	VPCLMULQDQ
	ASIMD
	PMULL
	SHA3
)

// CPUInfo answers for the processor this runs on.
type CPUInfo struct{}

// CPU is the processor this runs on.
var CPU CPUInfo

// Has says whether the processor and the system support feature id.
func (CPUInfo) Has(id FeatureID) bool {
	switch id {
	case SSE2:
		return cpu.X86.HasSSE2
	case SSE4:
		return cpu.X86.HasSSE41
	case CLMUL:
		return cpu.X86.HasPCLMULQDQ
	case AVX2:
		return cpu.X86.HasAVX2
	case AVX512F:
		return cpu.X86.HasAVX512F
	case AVX512DQ:
		return cpu.X86.HasAVX512DQ
	case AVX512VL:
		return cpu.X86.HasAVX512VL
	case VPCLMULQDQ:
		return cpu.X86.HasAVX512VPCLMULQDQ
	case ASIMD:
		return cpu.ARM64.HasASIMD
	case PMULL:
		return cpu.ARM64.HasPMULL
	case SHA3:
		return cpu.ARM64.HasSHA3
	}
	return false
}

// Supports says whether the processor and the system support every one
// of ids.
func (c CPUInfo) Supports(ids ...FeatureID) bool {
	for _, id := range ids {
		if !c.Has(id) {
			return false
		}
	}
	return true
}
