package extract

import "encoding/json"

// Version names the extractor that produced a Result. The corpus keys
// stored extractions, quarantines and the index's digests to it, and
// `albo extract --corpus --stale` re-reads every document that has no
// extraction by this Version: it must change whenever the output can.
//
// It cannot go stale unnoticed: testdata/version.txt records, beside the
// Version, a fingerprint (SHA-256) of the extractor's output on every
// document its tests read (the golden and variant acts, the changes annex,
// the damaged copies) and on the real acts of ../shared/realdata, and
// TestVersionFingerprint fails when that output differs from the one
// recorded for this Version. A change that alters any output therefore
// bumps Version and records the new output with
// `go test ./extract -run TestVersionFingerprint -update`, which refuses to
// record another output under the same Version. (A change whose effect
// none of those documents shows goes unseen: add a document that shows it.)
const Version = "albo 0.3.502"

// SchemaVersion is the version of the JSON shape in contract/EXTRACT.md.
const SchemaVersion = 1

// Result is what `albo extract` prints for one file (contract/EXTRACT.md).
// Fields may be added; the contract's fields are never renamed or dropped.
type Result struct {
	Schema    int      `json:"schema"`
	Extractor string   `json:"extractor"`
	Source    Source   `json:"source"`
	Act       *Act     `json:"act"`
	Plan      *Plan    `json:"plan"`
	Changes   []Change `json:"changes"`
	// DocumentRole is what the document is among those an Albo publishes
	// (RoleAct, RoleAttachment, …), read from its text: an attachment or a
	// certificate lacks an act header by nature, not by a reading error.
	DocumentRole string `json:"document_role,omitempty"`
	// Issuer is the public body whose letterhead heads a document that
	// states no act of its own, Act being nil: an annex's table, a
	// schedule ("Comune di Sabaudia"). An act's issuer is its
	// Act.Municipality.
	Issuer string `json:"issuer,omitempty"`
}

// Source describes the file an extraction was read from.
type Source struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
	Pages  int    `json:"pages"`
	// Kind is what the content is, whatever the file's name: "pdf",
	// "p7m" (a signed envelope around a PDF).
	Kind string `json:"kind,omitempty"`
	// PDFSHA256 is the digest of the PDF inside a signed envelope.
	PDFSHA256  string      `json:"pdf_sha256,omitempty"`
	Producer   string      `json:"producer,omitempty"`
	Signatures []Signature `json:"signatures,omitempty"`
	// PagesWithoutText lists the 1-based pages that have no text layer
	// (scans); their content is missing from the extraction unless OCR ran.
	PagesWithoutText []int `json:"pages_without_text,omitempty"`
	// OCRPages lists the pages among PagesWithoutText whose text was read
	// back with OCR (--ocr); OCR text may hold misread words.
	OCRPages []int `json:"ocr_pages,omitempty"`
	// Warnings are problems that did not stop the extraction, such as a
	// damaged page that was skipped ("page 7: …").
	Warnings []string `json:"warnings,omitempty"`
}

// Signature is one signer of a CAdES envelope. Level 1 is the outermost
// envelope; a document signed twice has levels 1 and 2.
type Signature struct {
	Level       int    `json:"level"`
	Subject     string `json:"subject"`
	CommonName  string `json:"common_name,omitempty"`
	Issuer      string `json:"issuer,omitempty"`
	Serial      string `json:"serial,omitempty"`
	SigningTime string `json:"signing_time,omitempty"` // RFC 3339, when the envelope records it
	// Intact says the envelope's signature matches its content: the file
	// was not altered after signing (it says nothing of the signer's trust).
	Intact bool `json:"intact"`
}

// Person is a name with its role or title as printed.
type Person struct {
	Title string `json:"title,omitempty"`
	Role  string `json:"role,omitempty"`
	Name  string `json:"name"`
}

// Attendee is one row of the attendance table of a session.
type Attendee struct {
	Name    string `json:"name"`
	Role    string `json:"role"`
	Present bool   `json:"present"`
}

// OperativePoint is one numbered point of the "D E L I B E R A" section.
type OperativePoint struct {
	N    int    `json:"n"`
	Text string `json:"text"`
}

// Attachment is an annex the act declares. Number is nil for annexes that
// are attached without a number (pareri).
type Attachment struct {
	Number *int   `json:"number"`
	Title  string `json:"title"`
	Pages  *int   `json:"pages"`
}

// CitedAct is an act the deliberation refers to ("deliberazione di Giunta
// Comunale n. 1098 del 28 giugno 2019").
type CitedAct struct {
	Section   string   `json:"section,omitempty"`
	Organ     string   `json:"organ,omitempty"`
	Kind      string   `json:"kind"`
	Number    *int     `json:"number"`
	Date      string   `json:"date,omitempty"` // YYYY-MM-DD
	Year      int      `json:"year,omitempty"`
	Articles  []string `json:"articles,omitempty"`
	AsPrinted string   `json:"as_printed"`
	// Subject is the cited act's subject where the citation quotes it
	// ("… avente oggetto “…”").
	Subject string `json:"subject,omitempty"`
}

// SignatureBlock is one "Firmato digitalmente da" group printed in the act.
type SignatureBlock struct {
	Where   string       `json:"where,omitempty"`
	Signers []SignerDate `json:"signers"`
}

// SignerDate is a printed signer with the date printed beside the name.
type SignerDate struct {
	Name string `json:"name"`
	Date string `json:"date,omitempty"`
}

// Act is the deliberation's (or determinazione's) front matter.
type Act struct {
	// AbsenteesDeclared is the count of those absent the minute prints
	// beside the attendance ("Assenti n° 1", "Tot. 1" under "Assente").
	AbsenteesDeclared int `json:"absentees_declared_count,omitempty"`
	// VoteCounts are the counts of the act's vote where the minute prints
	// them (the first vote: the act's, not its immediate executivity's).
	VoteCounts *VoteCounts `json:"vote_counts,omitempty"`

	Municipality         string     `json:"municipality,omitempty"`
	Organ                string     `json:"organ,omitempty"`
	Office               string     `json:"office,omitempty"` // issuing office of a determinazione
	Kind                 string     `json:"kind,omitempty"`   // deliberazione, determinazione, avviso, attestazione…
	Number               int        `json:"number,omitempty"`
	NumberAsPrinted      string     `json:"number_as_printed,omitempty"`
	Date                 string     `json:"date,omitempty"` // YYYY-MM-DD
	DateInWords          string     `json:"date_in_words,omitempty"`
	Time                 string     `json:"time,omitempty"` // HH:MM
	TimeAsPrinted        string     `json:"time_as_printed,omitempty"`
	Place                string     `json:"place,omitempty"`
	ProposalNumber       int        `json:"proposal_number,omitempty"`
	ProposalDate         string     `json:"proposal_date,omitempty"`
	Subject              string     `json:"subject,omitempty"`
	ProposingOffice      string     `json:"proposing_office,omitempty"`
	ProposedBy           []Person   `json:"proposed_by,omitempty"`
	ProposalSignatories  []Person   `json:"proposal_signatories,omitempty"`
	AttendeesDeclared    int        `json:"attendees_declared_count,omitempty"`
	Attendees            []Attendee `json:"attendees,omitempty"`
	President            *Person    `json:"president,omitempty"`
	Secretary            *Person    `json:"secretary,omitempty"`
	OthersPresent        []Person   `json:"others_present,omitempty"`
	Vote                 string     `json:"vote,omitempty"` // "unanimous", "majority", or as printed
	VoteAsPrinted        string     `json:"vote_as_printed,omitempty"`
	GiuntaResolution     string     `json:"giunta_resolution,omitempty"`
	ImmediatelyExecutive bool       `json:"immediately_executive"`
	// ExecutiveArticle is the law the immediate executivity rests on, in
	// canonical form ("art. 134, comma 4, D.Lgs. 267/2000"); the ways the
	// act prints it are in ExecutiveAsPrinted.
	ExecutiveArticle      string           `json:"immediately_executive_article,omitempty"`
	ExecutiveAsPrinted    []string         `json:"immediately_executive_as_printed,omitempty"`
	OperativePoints       []OperativePoint `json:"operative_points,omitempty"`
	Attachments           []Attachment     `json:"attachments,omitempty"`
	Signers               []string         `json:"signers,omitempty"`
	SignatureBlocks       []SignatureBlock `json:"signature_blocks,omitempty"`
	CitedActs             []CitedAct       `json:"cited_acts,omitempty"`
	CitedActsOtherSection []CitedAct       `json:"cited_acts_other_sections,omitempty"`
	// SectorNumber is the act's number in its office's own register
	// ("Registro di Settore", the left one of "N. 100 DEL … Registro
	// Generale N. 145"), when it prints one besides the general register's
	// Number.
	SectorNumber int `json:"sector_number,omitempty"`
}

// VoteCounts are the counts of a vote as printed; a count the minute does
// not print is nil, a printed zero ("contrari nessuno") is 0.
type VoteCounts struct {
	Present   *int `json:"present,omitempty"`
	Voters    *int `json:"voters,omitempty"`
	InFavour  *int `json:"in_favour,omitempty"`
	Against   *int `json:"against,omitempty"`
	Abstained *int `json:"abstained,omitempty"`
}

// Plan is a performance plan (Piano degli Obiettivi): its directorates, each
// with a director and objectives laid out in year columns.
type Plan struct {
	Title        string        `json:"title"`
	Years        []int         `json:"years"`
	Directorates []Directorate `json:"directorates"`
	// Solidarity and Management hold the plan's "Obiettivi Solidali" and
	// "Obiettivi Gestionali" where the document lists them.
	Solidarity []TargetedObjective `json:"solidarity_objectives,omitempty"`
	Management []TargetedObjective `json:"management_objectives,omitempty"`
}

// Directorate is one organisational unit of the plan with its objectives.
// A directorate continued over several slides is one Directorate.
type Directorate struct {
	Directorate string      `json:"directorate"`
	Director    *Person     `json:"director"`
	Pages       []int       `json:"pages,omitempty"`
	Objectives  []Objective `json:"objectives"`
}

// Objective is one objective in its year column. The key inside a
// directorate is (Year, Section, N): numbering restarts under each section.
type Objective struct {
	Year          int      `json:"year"`
	N             int      `json:"n"`
	Section       *string  `json:"section"`
	Page          int      `json:"page"`
	Text          string   `json:"text"`
	Collaborators []string `json:"collaborators"`
	// Phases, Deadline and Target are filled for plans that print them
	// (e.g. "DESCRIZIONE OBIETTIVO n" plans with fasi, scadenze, target).
	Phases []Phase `json:"phases,omitempty"`
	Target string  `json:"target,omitempty"`
}

// Phase is a step of an objective with its deadline as printed.
type Phase struct {
	Text     string `json:"text"`
	Deadline string `json:"deadline,omitempty"`
}

// TargetedObjective is a cross-cutting objective with its targets per year.
type TargetedObjective struct {
	Title   string            `json:"title"`
	Text    string            `json:"text,omitempty"`
	Page    int               `json:"page,omitempty"`
	Targets map[string]string `json:"targets,omitempty"` // year -> target as printed
}

// Change kinds of the changes annex (contract/EXTRACT.md).
const (
	ChangeTransferOut       = "transfer_out"
	ChangeTransferIn        = "transfer_in"
	ChangeNew               = "new"
	ChangeRetitled          = "retitled"
	ChangeUpdatedPriorities = "updated_priorities"
	ChangeUpdatedRegulatory = "updated_regulatory"
	ChangeUpdatedForm       = "updated_form"
)

// Change is one record ("• OD …" bullet) of the changes annex.
type Change struct {
	Section     string  `json:"section"`
	PageRef     string  `json:"page_ref"`
	Directorate string  `json:"directorate"`
	Kind        string  `json:"kind"`
	Counterpart *string `json:"counterpart"`
	Reason      *string `json:"reason"`
	Text        string  `json:"text"`
	Page        int     `json:"page,omitempty"`
}

// MarshalJSON writes every act field of contract/EXTRACT.md whether or not
// the document printed it — null for a value it lacks, [] for an empty
// list — so that an act's record has the same keys whatever the layout it
// came from. The contract's fields come first, in its order; the further
// fields follow, written only when found.
func (a Act) MarshalJSON() ([]byte, error) {
	type fields Act // the same fields without this method
	return json.Marshal(struct {
		Municipality    *string          `json:"municipality"`
		Organ           *string          `json:"organ"`
		Kind            *string          `json:"kind"`
		Number          *int             `json:"number"`
		Date            *string          `json:"date"`
		Time            *string          `json:"time"`
		ProposalNumber  *int             `json:"proposal_number"`
		ProposalDate    *string          `json:"proposal_date"`
		Subject         *string          `json:"subject"`
		ProposingOffice *string          `json:"proposing_office"`
		Attendees       []Attendee       `json:"attendees"`
		President       *Person          `json:"president"`
		Secretary       *Person          `json:"secretary"`
		OthersPresent   []Person         `json:"others_present"`
		Vote            *string          `json:"vote"`
		Immediately     bool             `json:"immediately_executive"`
		OperativePoints []OperativePoint `json:"operative_points"`
		Attachments     []Attachment     `json:"attachments"`
		Signers         []string         `json:"signers"`
		CitedActs       []CitedAct       `json:"cited_acts"`
		fields
	}{
		fields:          fields(a),
		Municipality:    orNull(a.Municipality),
		Organ:           orNull(a.Organ),
		Kind:            orNull(a.Kind),
		Number:          orNull(a.Number),
		Date:            orNull(a.Date),
		Time:            orNull(a.Time),
		ProposalNumber:  orNull(a.ProposalNumber),
		ProposalDate:    orNull(a.ProposalDate),
		Subject:         orNull(a.Subject),
		ProposingOffice: orNull(a.ProposingOffice),
		Attendees:       orEmpty(a.Attendees),
		President:       a.President,
		Secretary:       a.Secretary,
		OthersPresent:   orEmpty(a.OthersPresent),
		Vote:            orNull(a.Vote),
		Immediately:     a.ImmediatelyExecutive,
		OperativePoints: orEmpty(a.OperativePoints),
		Attachments:     orEmpty(a.Attachments),
		Signers:         orEmpty(a.Signers),
		CitedActs:       orEmpty(a.CitedActs),
	})
}

// orNull is nil for the zero value, else a pointer to v.
func orNull[T comparable](v T) *T {
	var zero T
	if v == zero {
		return nil
	}
	return &v
}

// orEmpty is an empty, non-nil list for a nil one.
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
