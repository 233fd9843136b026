// The simple present of a timetable: "the president travels to X on Thursday" in the body of a story is
// ahead of the day of writing; the same tense in a headline or under a photo tells what happened.
// Invented people, places and outlets.
import Testing
import ReadoutCore
import ReadoutAnalysis

@Suite struct ScheduledPresentTests {
    // 2025-06-10 is a Tuesday.
    private let published = "2025-06-10"

    @Test func aTimetablePresentInTheBodyPointsItsDayAhead() {
        let a = analyze(article("President Amara Diallo travels to Lisbon on Thursday for talks with Prime Minister Rui Costa, his office said.",
                                published: published))
        let meeting = a.meetings().first { Set($0.participants) == ["Amara Diallo", "Rui Costa"] }
        #expect(meeting?.date == "2025-06-12")
        #expect(meeting?.status == .planned)
        #expect(a.times.first { $0.text == "on Thursday" }?.value == "2025-06-12")
    }

    @Test func aPluralSubjectsTimetableIsAheadToo() {
        // The base form after a plural subject: "the two leaders meet", "Voters in X go", "talks begin".
        let cases = ["The two leaders meet in Lisbon on Thursday to sign the accord.",
                     "Voters in Portugal go to the polls on Thursday.",
                     "President Amara Diallo and Prime Minister Rui Costa meet in Lisbon on Thursday.",
                     "Talks between the two sides begin in Lisbon on Thursday."]
        for text in cases {
            #expect(analyze(article(text, published: published)).times.first { $0.text == "on Thursday" }?.value == "2025-06-12", "\(text)")
        }
        // Not a present: an infinitive, a negated past, a noun after a determiner ("the Lisbon visit").
        let past = ["The two leaders did not meet in Lisbon on Thursday.",
                    "Officials praised the Lisbon visit on Thursday as a success."]
        for text in past {
            #expect(analyze(article(text, published: published)).times.first { $0.text == "on Thursday" }?.value == "2025-06-05", "\(text)")
        }
    }

    @Test func theSamePresentUnderAPhotoToldWhatHappened() {
        let caption = "President Amara Diallo (left) meets Prime Minister Rui Costa in Lisbon on Friday."
        let body = "The two leaders discussed fisheries."
        let text = caption + "\n\n" + body
        let captionEnd = caption.unicodeScalars.count
        let a = analyze(Article(id: "test", source: "test.html", format: .html, text: text,
                                blocks: [TextBlock(kind: .caption, span: TextSpan(0, captionEnd)),
                                         TextBlock(kind: .paragraph, span: TextSpan(captionEnd + 2, text.unicodeScalars.count))],
                                metadata: ArticleMetadata(title: nil, published: published), rawHash: "", contentHash: ""))
        #expect(a.times.first { $0.text == "on Friday" }?.value == "2025-06-06")
        #expect(a.meetings().first?.status == .occurred)
    }

    @Test func aHeadlineEventDatedByItsStoryAfterPublicationIsPlanned() {
        // The headline's visit has no day of its own; the story's sentence puts it on Thursday, ahead.
        let a = analyze(article("Kenji Tanaka, the prime minister, travels to Lisbon on Thursday for talks with President Amara Diallo.",
                                title: "Prime Minister Kenji Tanaka visits Lisbon", published: published))
        let visits = a.events.filter { $0.type == .visit && $0.location == "Lisbon" }
        #expect(!visits.isEmpty)
        #expect(visits.allSatisfy { $0.status == .planned })
    }
}
