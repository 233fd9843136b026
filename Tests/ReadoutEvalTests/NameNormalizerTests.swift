// Name normalization as score.py's `norm` does it, and document keys as its `doc_id`.
import Testing
@testable import ReadoutEval

@Suite struct NameNormalizerTests {
    @Test(arguments: [
        ("The Hague", "hague"),
        ("The\u{00A0}Gambia", "gambia"),          // any Unicode space after "the"
        ("  The  Kremlin ", "the kremlin"),       // "the" only at the very start
        ("the-state", "the state"),
        ("theory", "theory"),
        ("Recep Tayyip Erdoğan", "recep tayyip erdogan"),
        ("São Tomé and Príncipe", "sao tome and principe"),
        ("Łódź", "łodz"),                          // ł has no decomposition
        ("Xi’s “Belt and Road”", "xi's belt and road"),
        ("Ngozi Okonjo-Iweala", "ngozi okonjo iweala"),
        ("Kim Jong Un_2", "kim jong un_2"),
        ("ﬁnance Ⅻ", "finance xii"),               // compatibility forms
        ("Ｔｏｋｙｏ", "tokyo"),
        ("İstanbul", "istanbul"),
        ("ΟΔΟΣ ΑΘΗΝΑΣ", "οδος αθηνας"),            // final sigma at word ends
        ("नरेन्द्र मोदी", "नर नदर म द"),             // Devanagari vowel signs are not word characters
    ])
    func normalizesLikeScorePy(input: String, expected: String) {
        #expect(NameNormalizer.normalize(input).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test func nilAndPunctuationOnlyAreEmpty() {
        #expect(NameNormalizer.normalize(nil) == "")
        #expect(NameNormalizer.normalize(" — ") == "")
    }

    @Test func documentKeys() {
        #expect(NameNormalizer.documentKey(id: "ke-001", file: "other.txt") == "ke-001")
        #expect(NameNormalizer.documentKey(id: "", file: "corpus/ke-001.txt") == "ke-001")
        #expect(NameNormalizer.documentKey(id: nil, file: "page.htm") == "page")
        #expect(NameNormalizer.documentKey(id: "a.b.json", file: nil) == "a.b")
        #expect(NameNormalizer.documentKey(id: "feed.xml#3", file: nil) == "feed.xml#3")
        #expect(NameNormalizer.documentKey(id: "NOTES.TXT", file: nil) == "NOTES.TXT")
    }
}
